//! Every bad input gets exit code 1 and a message naming the file and line,
//! never a panic; a failed build leaves the previous output untouched.

mod common;

use common::{Site, PREP, PREP_FR};

fn assert_names(stderr: &str, location: &str, words: &str) {
    assert!(
        stderr.contains(location),
        "expected {location} in:\n{stderr}"
    );
    assert!(stderr.contains(words), "expected {words:?} in:\n{stderr}");
    assert!(!stderr.contains("panicked"), "panic:\n{stderr}");
}

#[test]
fn malformed_front_matter() {
    let site = Site::new();
    site.write("content/prep.md", &PREP.replace("order = 1", "order = = 1"));
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:4", "malformed front matter");

    site.write("content/prep.md", &PREP.replace("title = \"PrEP\"\n", ""));
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:", "missing field `title`");

    site.write("content/prep.md", &PREP.replacen("+++", "", 2));
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:1", "`+++`");

    site.write(
        "content/prep.md",
        &PREP.replace("reviewed = 2026-11-01", "reviewed = \"last week\""),
    );
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:5", "malformed front matter");
}

#[test]
fn unknown_and_malformed_locales() {
    let site = Site::new();
    let config = site.read("site.toml");

    site.write("site.toml", &config.replace("\"ar\"]", "\"ar\", \"x!y\"]"));
    let err = site.fails(&["build"]);
    assert_names(
        &err,
        "site.toml:2",
        "`x!y` is not a well-formed locale code",
    );

    site.write(
        "site.toml",
        &format!("{config}\n[fallback]\nfr = [\"es\"]\n"),
    );
    let err = site.fails(&["build"]);
    assert_names(&err, "site.toml:9", "unknown locale `es`");

    site.write("site.toml", &config.replace("\"ar\"]", "\"ar\", \"sv\"]"));
    let err = site.fails(&["build"]);
    assert_names(&err, "site.toml:2", "translations/sv/ui.ftl");

    site.write(
        "site.toml",
        &config.replace("source_locale = \"en\"", "source_locale = \"EN\""),
    );
    let err = site.fails(&["build"]);
    assert_names(&err, "site.toml:1", "unknown locale `EN`");
}

#[test]
fn fluent_syntax_error_names_file_line_and_column() {
    let site = Site::new();
    site.write(
        "translations/fr/prep.ftl",
        &PREP_FR.replace(
            "prep-how-it-works-3 = C’est sûr.",
            "prep-how-it-works-3 = C’est { sûr.",
        ),
    );
    let err = site.fails(&["build"]);
    assert_names(&err, "translations/fr/prep.ftl:7:", "Fluent syntax error");
}

#[test]
fn image_without_alt_text() {
    let site = Site::new();
    site.write(
        "content/prep.md",
        &PREP.replace("Ask at a clinic.", "Ask at a clinic.\n\n![](pill.png)"),
    );
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:27", "has no alt text");

    site.write(
        "content/prep.md",
        &PREP.replace("Ask at a clinic.", "Ask at a ![ ](clinic.png) clinic."),
    );
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:25", "has no alt text");
}

#[test]
fn invalid_utf8_in_content_and_catalogs() {
    let site = Site::new();
    let mut bytes = PREP
        .replace("Ask at a clinic.", "Ask at a clinic \u{1}.")
        .into_bytes();
    let at = bytes.iter().position(|b| *b == 1).expect("marker");
    bytes[at] = 0xff;
    std::fs::write(site.path("content/prep.md"), &bytes).expect("write");
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:25", "not valid UTF-8");

    let site = Site::new();
    let mut bytes = PREP_FR.as_bytes().to_vec();
    bytes.extend_from_slice(b"prep-extra = caf\xe9\n");
    std::fs::write(site.path("translations/fr/prep.ftl"), &bytes).expect("write");
    let err = site.fails(&["build"]);
    assert_names(&err, "translations/fr/prep.ftl:11", "not valid UTF-8");
}

#[test]
fn heading_structure_and_raw_html_in_content() {
    let site = Site::new();
    site.write(
        "content/prep.md",
        &PREP.replace("## Where to get it", "#### Where to get it"),
    );
    let err = site.fails(&["build"]);
    assert_names(
        &err,
        "content/prep.md:23",
        "heading level jumps from 2 to 4",
    );

    site.write(
        "content/prep.md",
        &PREP.replace("## How it works", "# How it works"),
    );
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:14", "only top-level heading");

    site.write(
        "content/prep.md",
        &PREP.replace("Ask at a clinic.", "<div>Ask at a clinic.</div>"),
    );
    let err = site.fails(&["build"]);
    assert_names(&err, "content/prep.md:25", "raw HTML");
}

#[test]
fn a_failed_build_leaves_the_previous_output_intact() {
    let site = Site::new();
    site.ok(&["build"]);
    let before = site.read("output/site/en/prep/index.html");
    site.write(
        "content/prep.md",
        &PREP.replace("Ask at a clinic.", "Ask at a clinic.\n\n![](pill.png)"),
    );
    site.fails(&["build"]);
    assert_eq!(site.read("output/site/en/prep/index.html"), before);
    assert!(site.path("output/site/index.html").is_file());
    assert!(
        !site.path("output/.staging-site").exists(),
        "no half-written staging folder"
    );
}

#[test]
fn misuse_exits_2() {
    let site = Site::new();
    let out = site.run(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let out = site.run(&["build", "--root", "/nonexistent-folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("site.toml"));
}

/// Big and deep input: a clear error or a correct result, never a stack
/// overflow or a hang (issue #11).
#[test]
fn big_and_deep_markdown() {
    let site = Site::new();
    let front = &PREP[..PREP.rfind("+++").expect("front matter") + 4];
    for (what, body) in [
        ("quotes", format!("{} deep\n", ">".repeat(100_000))),
        (
            "lists",
            (0..600)
                .map(|i| format!("{}- x\n", "  ".repeat(i)))
                .collect(),
        ),
        ("mixed", format!("{}x\n", "> - ".repeat(50_000))),
    ] {
        site.write("content/prep.md", &format!("{front}\n{body}"));
        let err = site.fails(&["check"]);
        assert_names(&err, "content/prep.md:", "nested more than");
        assert!(!err.contains("overflow"), "{what}: {err}");
    }
    // 20 MB of Markdown: refused at once, naming the file.
    let para = "A paragraph of plain words about testing. ".repeat(40) + "\n\n";
    site.write(
        "content/prep.md",
        &format!("{front}\n{}", para.repeat(20 * 1024 * 1024 / para.len())),
    );
    let err = site.fails(&["check"]);
    assert_names(&err, "content/prep.md", "split it into several documents");
    // One 200 KB line is a correct result.
    site.write(
        "content/prep.md",
        &format!("{front}\n{}\n", "word ".repeat(40_000)),
    );
    let out = site.ok(&["check"]);
    assert!(out.contains("ok:"), "{out}");
}

/// Author mistakes that would publish broken pages are refused, each named
/// with file and line (more in tests/hostile/author-mistakes).
#[test]
fn document_names_that_collide_after_case_folding_are_refused() {
    let site = Site::new();
    site.write("content/PrEP.md", PREP);
    let err = site.fails(&["build"]);
    assert_names(&err, "content/PrEP.md", "a-z, 0-9");
}

/// Names that would reach outside the project are refused (issue #11).
#[test]
fn paths_that_leave_the_project_are_refused() {
    let site = Site::new();
    let config = site.read("site.toml");
    for theme in ["../../etc", "/etc", "a/b", "..", "x\\\\y"] {
        site.write(
            "site.toml",
            &format!("{config}\n").replace(
                "source_locale",
                &format!("theme = \"{theme}\"\nsource_locale"),
            ),
        );
        let err = site.fails(&["build"]);
        assert_names(&err, "site.toml:", "not a path");
    }
    site.write("site.toml", &config);
    for locale in ["../fr", "fr/../../x", "/tmp"] {
        site.write(
            "site.toml",
            &config.replace("\"ar\"]", &format!("\"ar\", \"{locale}\"]")),
        );
        let err = site.fails(&["build"]);
        assert_names(&err, "site.toml:", "locale");
    }
    site.write("site.toml", &config);

    let theme = site.read("themes/default/theme.toml");
    for font in [
        "../../../etc/passwd",
        "/usr/share/fonts/x.ttf",
        "fonts/../../x.ttf",
    ] {
        site.write(
            "themes/default/theme.toml",
            &theme.replacen(
                "regular = \"DejaVu Sans\"",
                &format!("regular = \"{font}\""),
                1,
            ),
        );
        let err = site.fails(&["build"]);
        assert_names(&err, "theme.toml", "not a path");
    }
    site.write("themes/default/theme.toml", &theme);

    #[cfg(unix)]
    {
        let outside = tempfile::tempdir().expect("temp");
        std::fs::write(outside.path().join("secret.md"), PREP).expect("write");
        std::fs::write(outside.path().join("secret.ftl"), PREP_FR).expect("write");
        std::os::unix::fs::symlink(
            outside.path().join("secret.md"),
            site.path("content/leak.md"),
        )
        .expect("symlink");
        let err = site.fails(&["build"]);
        assert_names(&err, "content/leak.md", "outside the project");
        std::fs::remove_file(site.path("content/leak.md")).expect("rm");

        std::fs::create_dir_all(site.path("translations/fr")).expect("mkdir");
        std::os::unix::fs::symlink(
            outside.path().join("secret.ftl"),
            site.path("translations/fr/prep.ftl"),
        )
        .expect("symlink");
        let err = site.fails(&["status"]);
        assert_names(&err, "translations/fr/prep.ftl", "outside the project");
        std::fs::remove_file(site.path("translations/fr/prep.ftl")).expect("rm");

        std::os::unix::fs::symlink(outside.path(), site.path("themes/evil")).expect("symlink");
        site.write(
            "site.toml",
            &config.replace("source_locale", "theme = \"evil\"\nsource_locale"),
        );
        let err = site.fails(&["build"]);
        assert_names(&err, "site.toml:", "outside the project");
    }
}
