//! Incremental builds: a job is re-rendered exactly when one of its inputs
//! changed, its bytes are otherwise reused from `output/.cache/`, and the
//! result is always byte-identical to a clean build from scratch.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use common::{Site, PREP, PREP_AR, PREP_FR};

/// en, fr and ar fully translated: every page and six leaflets.
fn translated_site() -> Site {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.write("translations/ar/prep.ftl", PREP_AR);
    site
}

/// Runs `build --report-json` with a fixed date; returns (stdout, report).
fn build(site: &Site, extra: &[&str]) -> (String, serde_json::Value) {
    let report = site.path("report.json");
    let mut args = vec!["build", "--report-json"];
    let report_arg = report.to_string_lossy().into_owned();
    args.push(&report_arg);
    args.extend_from_slice(extra);
    let out = Command::new(env!("CARGO_BIN_EXE_peerpress"))
        .args(&args)
        .current_dir(site.root())
        .env("SOURCE_DATE_EPOCH", "1795000000")
        .output()
        .expect("run peerpress");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let json = serde_json::from_str(&std::fs::read_to_string(&report).expect("report"))
        .expect("report is JSON");
    (String::from_utf8_lossy(&out.stdout).into_owned(), json)
}

/// Paths of the jobs the report lists as rendered.
fn rendered(report: &serde_json::Value) -> BTreeSet<String> {
    jobs(report, "rendered")
}

fn jobs(report: &serde_json::Value, outcome: &str) -> BTreeSet<String> {
    report["jobs"]
        .as_array()
        .expect("jobs")
        .iter()
        .filter(|j| j["outcome"] == outcome)
        .map(|j| j["path"].as_str().expect("path").to_string())
        .collect()
}

/// Every file of the published site, by path.
fn snapshot(site: &Site) -> BTreeMap<String, Vec<u8>> {
    let dir = site.path("output/site");
    walkdir::WalkDir::new(&dir)
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(&dir).expect("prefix");
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect()
}

/// The incremental result equals a clean build from scratch, byte for byte.
fn assert_same_as_clean(site: &Site) {
    assert_same_as_clean_with(site, &[]);
}

fn assert_same_as_clean_with(site: &Site, extra: &[&str]) {
    let incremental = snapshot(site);
    std::fs::remove_dir_all(site.path("output")).expect("remove output");
    let (_, report) = build(site, extra);
    assert!(jobs(&report, "reused").is_empty());
    let clean = snapshot(site);
    assert_eq!(
        incremental.keys().collect::<Vec<_>>(),
        clean.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &clean {
        assert!(
            incremental[path] == *bytes,
            "{path} differs from a clean build"
        );
    }
}

fn set(paths: &[&str]) -> BTreeSet<String> {
    paths.iter().map(|p| p.to_string()).collect()
}

const HTML: [&str; 9] = [
    "index.html",
    "404.html",
    "status/index.html",
    "en/index.html",
    "en/prep/index.html",
    "fr/index.html",
    "fr/prep/index.html",
    "ar/index.html",
    "ar/prep/index.html",
];

#[test]
fn a_rebuild_without_changes_reuses_every_file() {
    let site = translated_site();
    let (_, first) = build(&site, &[]);
    assert!(jobs(&first, "reused").is_empty());
    assert!(rendered(&first).contains("fr/prep/prep-fr-a4.pdf"));
    let before = snapshot(&site);
    let (stdout, second) = build(&site, &[]);
    assert!(rendered(&second).is_empty(), "{:?}", rendered(&second));
    assert_eq!(second["reused"], first["rendered"]);
    assert!(stdout.contains("rendered 0, reused"), "{stdout}");
    assert_eq!(snapshot(&site), before);
    assert!(
        !site.path("output/site/.cache").exists(),
        "the cache is never published"
    );
}

#[test]
fn editing_one_english_paragraph_rerenders_that_document_only() {
    let site = translated_site();
    site.write(
        "content/other.md",
        &PREP.replace("title = \"PrEP\"", "title = \"Other\""),
    );
    build(&site, &["--allow-incomplete"]);
    site.write(
        "content/prep.md",
        &PREP.replace("Ask at a clinic.", "Ask at a clinic or a pharmacy."),
    );
    let (stdout, report) = build(&site, &["--allow-incomplete"]);
    // The translations carry no markers, so they stay fresh: the dashboard
    // has nothing new to say and is reused.
    let mut expected = set(&[
        "en/prep/index.html",
        "fr/prep/index.html",
        "ar/prep/index.html",
    ]);
    for locale in ["en", "fr", "ar"] {
        for format in ["a4", "a5-booklet"] {
            expected.insert(format!("{locale}/prep/prep-{locale}-{format}.pdf"));
        }
    }
    assert_eq!(rendered(&report), expected);
    assert!(
        stdout.contains(&format!("rendered {}, reused", expected.len())),
        "{stdout}"
    );
    assert_same_as_clean_with(&site, &["--allow-incomplete"]);
}

#[test]
fn a_now_stale_translation_removes_its_leaflets() {
    let site = translated_site();
    site.ok(&["sync"]);
    build(&site, &[]);
    site.write(
        "content/prep.md",
        &PREP.replace("Ask at a clinic.", "Ask at a clinic or a pharmacy."),
    );
    let (stdout, report) = build(&site, &[]);
    let removed: BTreeSet<String> = report["removed"]
        .as_array()
        .expect("removed")
        .iter()
        .map(|p| p.as_str().expect("path").to_string())
        .collect();
    assert!(removed.contains("fr/prep/prep-fr-a4.pdf"), "{removed:?}");
    assert!(
        rendered(&report).contains("status/index.html"),
        "the dashboard shows the stale messages"
    );
    assert!(
        !rendered(&report).contains("fr/index.html"),
        "the title did not change"
    );
    assert!(
        stdout.contains(&format!("removed {}", removed.len())),
        "{stdout}"
    );
    assert!(!site.path("output/site/fr/prep/prep-fr-a4.pdf").exists());
    assert_same_as_clean(&site);
}

#[test]
fn editing_one_translation_rerenders_that_page_and_its_leaflets() {
    let site = translated_site();
    build(&site, &[]);
    site.write(
        "translations/fr/prep.ftl",
        &PREP_FR.replace("Demandez dans une clinique.", "Demandez à une clinique."),
    );
    let (_, report) = build(&site, &[]);
    assert_eq!(
        rendered(&report),
        set(&[
            "fr/prep/index.html",
            "fr/prep/prep-fr-a4.pdf",
            "fr/prep/prep-fr-a5-booklet.pdf",
        ])
    );
    assert_same_as_clean(&site);
}

#[test]
fn editing_a_ui_string_rerenders_what_shows_it() {
    let site = translated_site();
    build(&site, &[]);
    // Shown on French pages only (the leaflet download link).
    let ui = site.read("translations/fr/ui.ftl");
    let line = ui
        .lines()
        .find(|l| l.starts_with("leaflet-download-a4 ="))
        .expect("fr leaflet-download-a4");
    site.write(
        "translations/fr/ui.ftl",
        &ui.replace(line, "leaflet-download-a4 = Télécharger (A4, { $size })"),
    );
    let (_, report) = build(&site, &[]);
    assert_eq!(
        rendered(&report),
        set(&["fr/index.html", "fr/prep/index.html"])
    );
    // Printed on French leaflets too.
    let ui = site.read("translations/fr/ui.ftl");
    let line = ui
        .lines()
        .find(|l| l.starts_with("leaflet-read-online ="))
        .expect("fr leaflet-read-online");
    site.write(
        "translations/fr/ui.ftl",
        &ui.replace(line, "leaflet-read-online = Lire en ligne, aussi :"),
    );
    let (_, report) = build(&site, &[]);
    assert_eq!(
        rendered(&report),
        set(&[
            "fr/index.html",
            "fr/prep/index.html",
            "fr/prep/prep-fr-a4.pdf",
            "fr/prep/prep-fr-a5-booklet.pdf",
        ])
    );
    assert_same_as_clean(&site);
}

#[test]
fn editing_a_template_rerenders_pages_not_leaflets_or_assets() {
    let site = translated_site();
    build(&site, &[]);
    let template = site.read("themes/default/templates/page.html");
    site.write(
        "themes/default/templates/page.html",
        &format!("{template}\n{{# edited #}}\n"),
    );
    let (_, report) = build(&site, &[]);
    assert_eq!(rendered(&report), set(&HTML));
    assert_same_as_clean(&site);
}

#[test]
fn editing_the_theme_css_recopies_only_it() {
    let site = translated_site();
    build(&site, &[]);
    let css: Vec<_> = walkdir::WalkDir::new(site.path("themes/default/static"))
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.path().extension().is_some_and(|x| x == "css"))
        .map(|e| e.into_path())
        .collect();
    let file = &css[0];
    let text = std::fs::read_to_string(file).expect("css");
    std::fs::write(file, format!("{text}\n/* edited */\n")).expect("write css");
    let (_, report) = build(&site, &[]);
    let rel = file
        .strip_prefix(site.path("themes/default/static"))
        .expect("prefix");
    assert_eq!(
        rendered(&report),
        set(&[&format!("assets/{}", rel.to_string_lossy())])
    );
    assert_same_as_clean(&site);
}

#[test]
fn editing_site_toml_rerenders_what_reads_it() {
    let site = translated_site();
    build(&site, &[]);
    let config = site.read("site.toml");
    site.write(
        "site.toml",
        &config.replace("Test Org", "Test Organisation"),
    );
    let (_, report) = build(&site, &[]);
    let all: BTreeSet<String> = jobs(&report, "rendered")
        .union(&jobs(&report, "reused"))
        .cloned()
        .collect();
    // The organisation is not in sitemap.xml or robots.txt: they are reused.
    let unaffected = |p: &str| p.starts_with("assets/") || p == "sitemap.xml" || p == "robots.txt";
    let affected: BTreeSet<String> = all.into_iter().filter(|p| !unaffected(p)).collect();
    assert_eq!(rendered(&report), affected);
    assert!(jobs(&report, "reused").iter().all(|p| unaffected(p)));
    assert!(jobs(&report, "reused").contains("sitemap.xml"));
    // A new base_url changes them.
    let config = site.read("site.toml");
    site.write(
        "site.toml",
        &config.replace("https://example.org/hiv/", "https://example.net/"),
    );
    let (_, report) = build(&site, &[]);
    assert!(rendered(&report).contains("sitemap.xml") && rendered(&report).contains("robots.txt"));
    assert_same_as_clean(&site);
}

fn cache_entries(site: &Site) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(site.path("output/.cache"))
        .expect("cache")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            // `<fingerprint>.<sha256>.<length>`
            name.is_some_and(|n| n.split('.').count() == 3 && !n.contains(".tmp"))
        })
        .collect()
}

#[test]
fn corrupt_truncated_or_missing_cache_entries_are_rendered_again() {
    let site = translated_site();
    build(&site, &[]);
    let entries = cache_entries(&site);
    assert!(entries.len() > 10);
    // Replace (not rewrite in place: the bytes are also the published files).
    for (i, entry) in entries.iter().enumerate() {
        let bytes = std::fs::read(entry).expect("read entry");
        let _ = std::fs::remove_file(entry);
        match i % 4 {
            0 => {}
            1 => std::fs::write(entry, &bytes[..bytes.len() / 2]).expect("truncate"),
            2 => {
                let mut bad = bytes.clone();
                bad[bytes.len() / 2] ^= 0x55;
                std::fs::write(entry, bad).expect("corrupt");
            }
            _ => std::fs::write(entry, &bytes).expect("keep"),
        }
    }
    // A foreign file, and a foreign entry whose name claims a sum its bytes lack.
    std::fs::write(
        site.path("output/.cache/0123456789abcdef0123456789abcdef"),
        "x",
    )
    .expect("foreign");
    let (first, _) = entries[0]
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.split_once('.'))
        .expect("entry name");
    std::fs::write(
        site.path(&format!("output/.cache/{first}.{}.1", "0".repeat(64))),
        "y",
    )
    .expect("foreign entry");
    let (_, report) = build(&site, &[]);
    assert_eq!(
        jobs(&report, "reused").len(),
        entries.len() / 4,
        "only sound entries are reused"
    );
    assert_same_as_clean(&site);
    std::fs::remove_dir_all(site.path("output/.cache")).expect("delete cache");
    let (_, report) = build(&site, &[]);
    assert!(jobs(&report, "reused").is_empty());
    assert_same_as_clean(&site);
}

#[test]
fn a_build_that_fails_while_rendering_leaves_the_previous_site() {
    let site = translated_site();
    build(&site, &[]);
    let before = snapshot(&site);
    let template = site.read("themes/default/templates/topics.html");
    site.write(
        "themes/default/templates/topics.html",
        &template.replacen("{%", "{{ no_such_variable.field }}{%", 1),
    );
    let err = site.fails(&["build"]);
    assert!(err.contains("topics.html"), "{err}");
    assert_eq!(snapshot(&site), before);
    assert!(!site.path("output/.staging-site").exists());
}

#[test]
fn quiet_and_no_leaflets() {
    let site = translated_site();
    let out = site.ok(&["build", "--quiet", "--no-leaflets"]);
    assert_eq!(out, "");
    assert!(site.path("output/site/fr/prep/index.html").is_file());
    assert!(!site.path("output/site/fr/prep/prep-fr-a4.pdf").exists());
    let page = site.read("output/site/fr/prep/index.html");
    assert!(
        !page.contains(".pdf"),
        "no link to a leaflet that is not made"
    );
    assert!(Path::new(&site.path("output/.cache")).is_dir());
}

/// Another peerpress binary (an update from the repository keeps its
/// version number) never reuses what the old one rendered; the same binary
/// reuses everything.
#[test]
fn a_rebuilt_peerpress_renders_everything_again() {
    let site = translated_site();
    let bin = site.path("peerpress-copy");
    let run = |bin: &Path| {
        let out = Command::new(bin)
            .args(["build", "--quiet", "--no-leaflets"])
            .current_dir(site.root())
            .env("SOURCE_DATE_EPOCH", "1795000000")
            .output()
            .expect("run peerpress");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    std::fs::copy(env!("CARGO_BIN_EXE_peerpress"), &bin).expect("copy binary");
    run(&bin);
    let (_, report) = build(&site, &["--no-leaflets"]);
    assert!(
        jobs(&report, "reused").is_empty(),
        "a different binary reused {:?}",
        jobs(&report, "reused")
    );
    let (_, report) = build(&site, &["--no-leaflets"]);
    assert!(jobs(&report, "rendered").is_empty());
}
