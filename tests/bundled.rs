//! The content that ships with peerpress: complete, consistent and safe in
//! all nine languages, built as a new user would build it.

mod common;

use std::path::Path;
use std::process::Command;

use common::{bundled_copy, have_tool, select, text};

fn peerpress(root: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_peerpress"))
        .args(args)
        .current_dir(root)
        .output()
        .expect("run")
}

#[test]
fn shipped_translations_are_complete_and_valid() {
    let dir = bundled_copy();
    let out = peerpress(
        dir.path(),
        &["status", "--fail-on", "missing,stale,invalid,obsolete"],
    );
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Sync has recorded every translation: running it changes nothing.
    let out = peerpress(dir.path(), &["sync"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "everything is up to date"
    );
}

#[test]
fn thirty_six_fully_translated_pages_with_the_english_links() {
    let dir = bundled_copy();
    let out = peerpress(dir.path(), &["build"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("untranslated"), "{stdout}");
    assert!(stdout.contains("wrote 72 leaflets"), "{stdout}");
    let site = dir.path().join("output/site");
    let docs = ["u-equals-u", "prep", "hiv-testing", "health-rights"];
    let locales = ["en", "fr", "de", "el", "it", "pt", "sv", "ru", "ar"];
    let mut pages = 0;
    for doc in docs {
        let english = scraper::Html::parse_document(
            &std::fs::read_to_string(site.join(format!("en/{doc}/index.html"))).expect("en"),
        );
        let english_links: Vec<String> = select(&english, "main article > p a, main article ul:not(.leaflets) li a, main article ol li a, main article td a")
            .iter()
            .filter_map(|a| a.value().attr("href").map(str::to_string))
            .collect();
        let english_headings = select(&english, "main article h2, main article h3").len();
        let english_items = select(
            &english,
            "main article ul:not(.leaflets) > li, main article ol > li",
        )
        .len();
        for locale in locales {
            let html = scraper::Html::parse_document(
                &std::fs::read_to_string(site.join(format!("{locale}/{doc}/index.html")))
                    .expect("page"),
            );
            pages += 1;
            assert!(
                select(&html, "p.notice").is_empty(),
                "{locale}/{doc} has the untranslated notice"
            );
            let links: Vec<String> = select(&html, "main article > p a, main article ul:not(.leaflets) li a, main article ol li a, main article td a")
                .iter()
                .filter_map(|a| a.value().attr("href").map(str::to_string))
                .collect();
            assert_eq!(
                links, english_links,
                "{locale}/{doc}: link targets equal the English ones"
            );
            assert_eq!(
                select(&html, "main article h2, main article h3").len(),
                english_headings,
                "{locale}/{doc} headings"
            );
            assert_eq!(
                select(
                    &html,
                    "main article ul:not(.leaflets) > li, main article ol > li"
                )
                .len(),
                english_items,
                "{locale}/{doc} list items"
            );
            if locale != "en" {
                let note = select(&html, "p.reviewed .provenance");
                assert_eq!(
                    note.len(),
                    1,
                    "{locale}/{doc}: unreviewed translation says so"
                );
                assert!(!text(&note[0]).is_empty());
            }
        }
    }
    assert_eq!(pages, 36);

    // Every leaflet's text extracts cleanly: no glyph without its character.
    if have_tool("pdftotext") {
        let mut leaflets = 0;
        for entry in walkdir::WalkDir::new(&site) {
            let entry = entry.expect("walk");
            if entry.path().extension().is_some_and(|e| e == "pdf") {
                leaflets += 1;
                let out = Command::new("pdftotext")
                    .arg(entry.path())
                    .arg("-")
                    .output()
                    .expect("pdftotext");
                let extracted = String::from_utf8_lossy(&out.stdout);
                assert!(
                    !extracted.contains('\u{FFFD}'),
                    "{}: replacement character in:\n{extracted}",
                    entry.path().display()
                );
                assert!(
                    extracted.split_whitespace().count() > 300,
                    "{}",
                    entry.path().display()
                );
            }
        }
        assert_eq!(leaflets, 72);
    }
}

/// The corrections of the 2025–2026 medical review (issue #12) are in the
/// English source, and the claims they replaced are gone.
#[test]
fn english_content_carries_the_corrected_facts() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |doc: &str| {
        std::fs::read_to_string(repo.join(format!("content/{doc}.md"))).expect("content")
    };
    let prep = read("prep");
    let uu = read("u-equals-u");
    let testing = read("hiv-testing");
    let rights = read("health-rights");
    for (doc, text, present) in [
        ("prep", &prep, "**2-7**"),
        ("prep", &prep, "**hepatitis B**"),
        ("prep", &prep, "7 days"),
        ("prep", &prep, "stays in your body for many months"),
        ("u-equals-u", &uu, "at least **six months**"),
        ("u-equals-u", &uu, "200 copies"),
        ("u-equals-u", &uu, "Almost all of these babies"),
        ("hiv-testing", &testing, "**45 days**"),
        ("hiv-testing", &testing, "Test again after"),
        ("hiv-testing", &testing, "**CE mark**"),
        ("hiv-testing", &testing, "hepatitis C"),
        ("health-rights", &rights, "emergency"),
        ("health-rights", &rights, "asylum"),
    ] {
        assert!(text.contains(present), "{doc}: expected {present:?}");
    }
    for (doc, text, gone) in [
        (
            "prep",
            &prep,
            "**not** recommended for vaginal or front-hole sex",
        ),
        ("prep", &prep, "after the first dose"),
        ("hiv-testing", &testing, "6 weeks"),
        ("hiv-testing", &testing, "Reliable from"),
        ("hiv-testing", &testing, "only a laboratory can confirm"),
        ("hiv-testing", &testing, "4th generation"),
        ("u-equals-u", &uu, "harm reduction"),
        ("health-rights", &rights, "ombudsman"),
    ] {
        assert!(!text.contains(gone), "{doc}: {gone:?} should be corrected");
    }
}

/// The example partner's leaflets keep their contact block on one page:
/// an address alone at the top of the next page reads as nobody's (the
/// Greek PrEP leaflet split it before).
#[test]
fn the_example_partners_contact_block_stays_on_one_page() {
    if !have_tool("pdftotext") {
        return;
    }
    let dir = bundled_copy();
    let out = peerpress(dir.path(), &["build", "--partner", "example-athens"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let site = dir.path().join("output/partners/example-athens/site");
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&site) {
        let entry = entry.expect("walk");
        if entry.path().extension().is_none_or(|e| e != "pdf") {
            continue;
        }
        let pages = Command::new("pdftotext")
            .arg(entry.path())
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&pages.stdout).into_owned();
        let with_email: Vec<&str> = text
            .split('\u{c}')
            .filter(|page| page.contains("info@athens.example.org"))
            .collect();
        assert_eq!(with_email.len(), 1, "{}", entry.path().display());
        for line in [
            "Example Athens Checkpoint",
            "+30 210 000 0000",
            "Example Street 1, 104 31 Athens",
        ] {
            assert!(
                with_email[0].contains(line),
                "{}: `{line}` is not on the contact block's page:\n{}",
                entry.path().display(),
                with_email[0]
            );
        }
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} leaflets");
}
