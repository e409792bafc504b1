//! Reference catalogs and translation matching: ids survive edits, inserts,
//! deletions and moves; files round-trip; `sync` is idempotent.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{marked_segments, select, text, Site, PREP, PREP_FR};

/// Parses a Fluent file with fluent-syntax; fails on any error or junk.
fn parse_clean(path: &Path) -> BTreeMap<String, String> {
    let source = std::fs::read_to_string(path).expect("read");
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let value = m.value.as_ref().expect("value");
                Some((
                    m.id.name.to_string(),
                    peerpress::catalog::ftl::pattern_text(value),
                ))
            }
            fluent_syntax::ast::Entry::Junk { content } => {
                panic!("{}: junk {content}", path.display())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_bundled_catalog_parses_without_junk() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("translations");
    let mut count = 0;
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.expect("walk");
        if entry.path().extension().is_some_and(|e| e == "ftl") {
            parse_clean(entry.path());
            count += 1;
        }
    }
    assert!(count >= 13, "found {count} catalogs");
}

#[test]
fn bundled_ui_catalogs_are_complete_in_every_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("translations");
    let english: Vec<String> = parse_clean(&root.join("en/ui.ftl")).into_keys().collect();
    for locale in ["fr", "de", "el", "it", "pt", "sv", "ru", "ar"] {
        let ids: Vec<String> = parse_clean(&root.join(locale).join("ui.ftl"))
            .into_keys()
            .collect();
        assert_eq!(ids, english, "{locale}/ui.ftl");
    }
}

#[test]
fn reference_catalog_round_trips_tricky_text() {
    let site = Site::new();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "Ask at a clinic.",
            "Ask at a clinic {or a *community* centre}.\n\n\\[Not a link\\] and `code {x}`.\n\nLine one  \nline two\\\n. three\n\n1\\. Not a list",
        ),
    );
    site.ok(&["sync"]);
    let messages = parse_clean(&site.path("translations/en/prep.ftl"));
    let texts: Vec<&String> = messages.values().collect();
    for expected in [
        "Ask at a clinic {or a *community* centre}.",
        "\\[Not a link\\] and `code {x}`.",
        "Line one\\\nline two\\\n. three",
        "1\\. Not a list",
    ] {
        assert!(
            texts.iter().any(|t| *t == expected),
            "{expected:?} not in {texts:#?}"
        );
    }
    // The page shows the same text.
    site.ok(&["build"]);
    let en = site.html("en/prep/index.html");
    let paragraphs: Vec<String> = select(&en, "main article p").iter().map(text).collect();
    assert!(
        paragraphs.contains(&"Ask at a clinic {or a community centre}.".to_string()),
        "{paragraphs:?}"
    );
    assert!(
        paragraphs.contains(&"1. Not a list".to_string()),
        "{paragraphs:?}"
    );
}

#[test]
fn sync_twice_changes_nothing_the_second_time() {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    let first = site.ok(&["sync"]);
    assert!(
        first.contains("updated translations/en/prep.ftl"),
        "{first}"
    );
    assert!(
        first.contains("updated translations/fr/.peerpress/prep.toml"),
        "{first}"
    );
    assert!(
        !first.contains("updated translations/fr/prep.ftl"),
        "the translator's file is left as it is: {first}"
    );
    let reference = site.read("translations/en/prep.ftl");
    let french = site.read("translations/fr/prep.ftl");
    let second = site.ok(&["sync"]);
    assert_eq!(second.trim(), "everything is up to date");
    assert_eq!(site.read("translations/en/prep.ftl"), reference);
    assert_eq!(site.read("translations/fr/prep.ftl"), french);
    // Sync only added markers: every translated line is still there, and no English.
    for line in PREP_FR.lines() {
        assert!(french.contains(line), "lost {line}");
    }
    assert!(
        !french.contains("You take one pill"),
        "no English in a locale file"
    );
}

/// Ids in the reference catalog, in order, with their text.
fn reference(site: &Site) -> Vec<(String, String)> {
    let source = site.read("translations/en/prep.ftl");
    let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some((
                m.id.name.to_string(),
                peerpress::catalog::ftl::pattern_text(m.value.as_ref().expect("value")),
            )),
            _ => None,
        })
        .collect()
}

fn id_of(entries: &[(String, String)], text: &str) -> String {
    entries
        .iter()
        .find(|(_, t)| t == text)
        .map(|(id, _)| id.clone())
        .unwrap_or_else(|| panic!("{text:?} not in {entries:#?}"))
}

/// A synced site with the French translation in place.
fn synced_site() -> (Site, Vec<(String, String)>) {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.ok(&["sync"]);
    let before = reference(&site);
    (site, before)
}

/// The French page's article paragraphs and list items, in order.
fn french_body(site: &Site) -> Vec<String> {
    site.ok(&["build"]);
    let fr = site.html("fr/prep/index.html");
    select(
        &fr,
        "main article > p:not(.reviewed):not(.lead):not(.notice), main article > ul > li",
    )
    .iter()
    .map(text)
    .collect()
}

#[test]
fn inserted_paragraph_gets_a_new_id_and_others_keep_theirs() {
    let (site, before) = synced_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "## How it works\n\n",
            "## How it works\n\nA new first paragraph.\n\n",
        ),
    );
    site.ok(&["sync"]);
    let after = reference(&site);
    for (id, text) in &before {
        assert_eq!(&id_of(&after, text), id, "{text:?} kept its id");
    }
    let new_id = id_of(&after, "A new first paragraph.");
    assert!(
        before.iter().all(|(id, _)| id != &new_id),
        "new text never reuses an id"
    );

    let body = french_body(&site);
    assert_eq!(
        body,
        [
            "La PrEP est un médicament qui empêche le VIH.",
            "A new first paragraph.",
            "Vous prenez un comprimé chaque jour.",
            "Lisez la page de l’OMS pour en savoir plus.",
            "C’est sûr.",
            "Ça marche bien.",
            "Demandez dans une clinique.",
        ]
    );
    let fr = site.html("fr/prep/index.html");
    let marked: Vec<String> = marked_segments(&fr, "en").iter().map(text).collect();
    assert_eq!(marked, ["A new first paragraph."]);
}

#[test]
fn deleted_paragraph_is_not_rendered_and_its_id_is_not_reused() {
    let (site, before) = synced_site();
    let deleted_id = id_of(&before, "You take one pill every day.");
    site.write(
        "content/prep.md",
        &PREP.replace("You take one pill every day.\n\n", ""),
    );
    site.ok(&["sync"]);
    let after = reference(&site);
    assert!(after.iter().all(|(id, _)| id != &deleted_id));
    let body = french_body(&site);
    assert!(
        !body.iter().any(|p| p.contains("comprimé chaque jour")),
        "{body:?}"
    );

    // New text added later never inherits the deleted id (whose French is still in fr/prep.ftl).
    site.write(
        "content/prep.md",
        &PREP
            .replace("You take one pill every day.\n\n", "")
            .replace(
                "## Where to get it\n\n",
                "## Where to get it\n\nBrand new text.\n\n",
            ),
    );
    site.ok(&["sync"]);
    let later = reference(&site);
    assert_ne!(id_of(&later, "Brand new text."), deleted_id);
    assert!(
        site.read("translations/fr/prep.ftl")
            .contains(&format!("{deleted_id} = Vous prenez")),
        "translator's text kept"
    );
}

#[test]
fn swapped_paragraphs_keep_their_translations() {
    let (site, before) = synced_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "- It is safe.\n- It works well.",
            "- It works well.\n- It is safe.",
        ),
    );
    site.ok(&["sync"]);
    let after = reference(&site);
    assert_eq!(id_of(&after, "It is safe."), id_of(&before, "It is safe."));
    assert_eq!(
        id_of(&after, "It works well."),
        id_of(&before, "It works well.")
    );
    let body = french_body(&site);
    let items: Vec<&String> = body
        .iter()
        .filter(|p| p.starts_with("C’est") || p.starts_with("Ça"))
        .collect();
    assert_eq!(items, ["Ça marche bien.", "C’est sûr."]);
}

#[test]
fn edited_paragraph_keeps_its_id_and_its_translation_goes_stale() {
    let (site, before) = synced_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "You take one pill every day.",
            "You take one pill at the same time every day.",
        ),
    );
    site.ok(&["sync"]);
    let after = reference(&site);
    assert_eq!(
        id_of(&after, "You take one pill at the same time every day."),
        id_of(&before, "You take one pill every day.")
    );
    // The stale French is not shown: the new English is, marked as English.
    site.ok(&["build"]);
    let fr = site.html("fr/prep/index.html");
    let marked: Vec<String> = marked_segments(&fr, "en").iter().map(text).collect();
    assert_eq!(marked, ["You take one pill at the same time every day."]);

    // The translator revises it: fresh again, with no fingerprint to compute by hand.
    let french = site.read("translations/fr/prep.ftl").replace(
        "Vous prenez un comprimé chaque jour.",
        "Vous prenez un comprimé chaque jour, à la même heure.",
    );
    site.write("translations/fr/prep.ftl", &french);
    site.ok(&["build"]);
    let fr = site.html("fr/prep/index.html");
    assert!(marked_segments(&fr, "en").is_empty());
    assert!(french_body(&site)
        .contains(&"Vous prenez un comprimé chaque jour, à la même heure.".to_string()));
}

#[test]
fn rewritten_paragraph_gets_a_new_id() {
    let (site, before) = synced_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "Ask at a clinic.",
            "Pharmacies in some countries sell it with a prescription.",
        ),
    );
    site.ok(&["sync"]);
    let after = reference(&site);
    assert_ne!(
        id_of(
            &after,
            "Pharmacies in some countries sell it with a prescription."
        ),
        id_of(&before, "Ask at a clinic.")
    );
}
