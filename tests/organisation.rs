//! The organisation's name keeps its own language wherever it appears: in
//! the page footer (a `lang`/`dir` span when the page is in another
//! language) and in the leaflet's contact block (its structure element's
//! /Lang), so a screen reader does not read a Latin name with an Arabic voice.

mod common;

use std::process::Command;

use common::{have_tool, select, Site, PREP_AR, PREP_FR};

fn with_organisation(block: &str) -> Site {
    let site = Site::new();
    let toml = site.read("site.toml");
    let (head, _) = toml
        .split_once("[organisation]")
        .expect("organisation table");
    site.write("site.toml", &format!("{head}[organisation]\n{block}"));
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.write("translations/ar/prep.ftl", PREP_AR);
    site
}

/// The footer's "published by" paragraph and the `[lang]` spans inside it.
fn footer(site: &Site, page: &str) -> (String, Vec<(String, String, String)>) {
    let html = site.html(page);
    let p = select(&html, "footer p")
        .into_iter()
        .nth(1)
        .unwrap_or_else(|| panic!("{page}: no organisation line"));
    let spans = p
        .select(&scraper::Selector::parse("span[lang]").expect("selector"))
        .map(|s| {
            (
                s.value().attr("lang").unwrap_or_default().to_string(),
                s.value().attr("dir").unwrap_or_default().to_string(),
                common::text(&s),
            )
        })
        .collect();
    (common::text(&p), spans)
}

#[test]
fn a_latin_name_on_an_arabic_page_is_marked_as_the_source_language() {
    let site = with_organisation("name = \"Test Org\"\n");
    site.ok(&["build", "--no-leaflets"]);
    let (text, spans) = footer(&site, "ar/prep/index.html");
    assert!(text.contains("Test Org"), "{text}");
    assert_eq!(
        spans,
        [("en".into(), "ltr".into(), "Test Org".into())],
        "{text}"
    );
    // In its own language the name needs no mark.
    let (text, spans) = footer(&site, "en/prep/index.html");
    assert_eq!(text, "Published by Test Org");
    assert!(spans.is_empty(), "{spans:?}");
    // Also on the topic lists and the chooser.
    assert_eq!(footer(&site, "ar/index.html").1.len(), 1);
    assert!(footer(&site, "index.html").1.is_empty());
}

#[test]
fn the_lang_key_says_which_language_the_name_is_in() {
    let site = with_organisation("name = \"جمعية الصحة\"\nlang = \"ar\"\n");
    site.ok(&["build", "--no-leaflets"]);
    let (_, spans) = footer(&site, "fr/prep/index.html");
    assert_eq!(spans, [("ar".into(), "rtl".into(), "جمعية الصحة".into())]);
    let (text, spans) = footer(&site, "ar/prep/index.html");
    assert!(text.contains("جمعية الصحة"), "{text}");
    assert!(
        spans.is_empty(),
        "an Arabic name on an Arabic page: {spans:?}"
    );
    // The name is escaped like any other text.
    let site = with_organisation("name = \"A & <B>\"\n");
    site.ok(&["build", "--no-leaflets"]);
    let raw = site.read("output/site/ar/prep/index.html");
    assert!(
        raw.contains("<span lang=\"en\" dir=\"ltr\">A &amp; &lt;B&gt;</span>"),
        "{raw}"
    );
}

#[test]
fn a_malformed_lang_is_refused_with_its_line() {
    let site = with_organisation("name = \"Test Org\"\nlang = \"not a code\"\n");
    let err = site.fails(&["build"]);
    assert!(err.contains("site.toml:7"), "{err}");
    assert!(
        err.contains("`not a code` is not a well-formed locale code"),
        "{err}"
    );
    let site = with_organisation("name = \"Test Org\"\nlang = \"EN\"\n");
    let err = site.fails(&["build"]);
    assert!(
        err.contains("site.toml:7") && err.contains("as `en`"),
        "{err}"
    );
}

/// `(role, /Lang)` of every structure element of a PDF.
fn struct_langs(pdf: &std::path::Path) -> Vec<(String, Option<String>)> {
    let doc = lopdf::Document::load(pdf).expect("lopdf reads it");
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"StructElem".as_slice()))
        .map(|d| {
            let role = d.get(b"S").and_then(|s| s.as_name()).unwrap_or_default();
            let lang = d
                .get(b"Lang")
                .and_then(|l| l.as_str())
                .ok()
                .map(|l| String::from_utf8_lossy(l).into_owned());
            (String::from_utf8_lossy(role).into_owned(), lang)
        })
        .collect()
}

#[test]
fn the_leaflet_contact_block_tags_the_name_with_its_language() {
    if !["pdftotext", "qpdf"].iter().all(|t| have_tool(t)) {
        return;
    }
    let site = with_organisation(
        "name = \"Beratungsstelle Nord\"\nlang = \"de\"\nemail = \"info@example.org\"\n",
    );
    site.ok(&["build"]);
    for locale in ["ar", "fr", "en"] {
        let pdf = site.path(&format!("output/site/{locale}/prep/prep-{locale}-a4.pdf"));
        let tagged: Vec<_> = struct_langs(&pdf)
            .into_iter()
            .filter(|(_, lang)| lang.as_deref() == Some("de"))
            .collect();
        assert_eq!(
            tagged,
            [("P".to_string(), Some("de".to_string()))],
            "{locale}"
        );
        let out = Command::new("pdftotext")
            .args([pdf.to_str().expect("path"), "-"])
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Beratungsstelle Nord"), "{locale}: {text}");
    }
    // With no `lang`, the name is the source locale's: English on the Arabic leaflet.
    let site = with_organisation("name = \"Test Org\"\n");
    site.ok(&["build"]);
    let langs = struct_langs(&site.path("output/site/ar/prep/prep-ar-a4.pdf"));
    assert!(
        langs.contains(&("P".to_string(), Some("en".to_string()))),
        "{langs:?}"
    );
    let langs = struct_langs(&site.path("output/site/en/prep/prep-en-a4.pdf"));
    assert!(
        !langs.iter().any(|(r, l)| r == "P" && l.is_some()),
        "nothing marked on the English leaflet: {langs:?}"
    );
}
