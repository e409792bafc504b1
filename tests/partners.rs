//! Partner sites (issue #15): overlays built with the binary on a fixture
//! with two partners, one Greek-speaking with a local-services document
//! translated into el only (en is the source; fr and ar are missing), one
//! with a logo and a subset of the locales.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{have_tool, select, text, Site, PREP, PREP_AR, PREP_FR};

const PREP_EL: &str = r#"prep-title = Η PrEP
prep-description = Τι είναι η PrEP.
prep-intro-1 = Η PrEP είναι ένα φάρμακο που σταματά τον HIV.
prep-how-it-works = Πώς λειτουργεί
prep-how-it-works-1 = Παίρνετε ένα χάπι κάθε μέρα.
prep-how-it-works-2 = Διαβάστε [τη σελίδα του ΠΟΥ](https://www.who.int/) για περισσότερα.
prep-how-it-works-3 = Είναι ασφαλής.
prep-how-it-works-4 = Λειτουργεί καλά.
prep-where-to-get-it = Πού θα τη βρείτε
prep-where-to-get-it-1 = Ρωτήστε σε μια κλινική.
"#;

const LOCAL_SERVICES: &str = r#"+++
title = "Where to get help in Athens"
description = "Free tests and PrEP near you."
order = 10
reviewed = 2026-11-01
+++

Athens Checkpoint: free and anonymous HIV tests, Monday to Friday 10:00-18:00.

## Other places

- Syngros Hospital: PrEP clinic.
"#;

const LOCAL_SERVICES_EL: &str = r#"local-services-title = Πού θα βρείτε βοήθεια στην Αθήνα
local-services-description = Δωρεάν τεστ και PrEP κοντά σας.
local-services-intro-1 = Athens Checkpoint: δωρεάν και ανώνυμα τεστ HIV, Δευτέρα έως Παρασκευή 10:00-18:00.
local-services-other-places = Άλλα μέρη
local-services-other-places-1 = Νοσοκομείο Συγγρός: ιατρείο PrEP.
"#;

const ATHENS_TOML: &str = r#"base_url = "https://athens.example.gr/hiv"

[organisation]
name = "Athens Checkpoint"
website = "https://athens.example.gr/"
email = "info@athens.example.gr"
phone = "+30 210 000 0000"
address = "1 Example Street, 10431 Athens"
"#;

const LYON_TOML: &str = r#"base_url = "https://lyon.example.fr/"
locales = ["fr", "ar"]
logo = "logo.svg"

[organisation]
name = "Lyon Santé"
email = "contact@lyon.example.fr"
"#;

const LOGO: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20" width="80" height="40">
<defs><linearGradient id="g"><stop offset="0" stop-color="#a00"/></linearGradient></defs>
<rect width="40" height="20" fill="url(#g)"/>
</svg>
"##;

/// en, fr, el and ar; prep translated into all three; two partners.
fn fixture() -> Site {
    let site = Site::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    site.write(
        "translations/el/ui.ftl",
        &std::fs::read_to_string(repo.join("translations/el/ui.ftl")).expect("el ui.ftl"),
    );
    site.write(
        "site.toml",
        "source_locale = \"en\"\nlocales = [\"en\", \"fr\", \"el\", \"ar\"]\nbase_url = \"https://example.org/hiv/\"\n\n[organisation]\nname = \"Test Org\"\n",
    );
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.write("translations/el/prep.ftl", PREP_EL);
    site.write("translations/ar/prep.ftl", PREP_AR);
    site.write("partners/athens/partner.toml", ATHENS_TOML);
    site.write("partners/athens/content/local-services.md", LOCAL_SERVICES);
    site.write(
        "partners/athens/translations/el/local-services.ftl",
        LOCAL_SERVICES_EL,
    );
    site.write("partners/lyon/partner.toml", LYON_TOML);
    site.write("partners/lyon/logo.svg", LOGO);
    site.ok(&["sync"]);
    site.ok(&["sync", "--partner", "athens"]);
    site
}

fn html(site: &Site, rel: &str) -> scraper::Html {
    scraper::Html::parse_document(&site.read(rel))
}

fn attr(html: &scraper::Html, css: &str, name: &str) -> Vec<String> {
    select(html, css)
        .iter()
        .filter_map(|e| e.value().attr(name).map(str::to_string))
        .collect()
}

/// Every file under `dir`, by path relative to it.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("prefix");
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect()
}

#[test]
fn sync_partner_writes_only_the_partners_catalogs() {
    let site = fixture();
    let reference = site.read("partners/athens/translations/en/local-services.ftl");
    assert!(
        reference.contains("local-services-intro-1 = Athens Checkpoint"),
        "{reference}"
    );
    assert!(site
        .path("partners/athens/translations/el/.peerpress/local-services.toml")
        .is_file());
    // A second sync changes nothing, and never the shared files.
    let out = site.ok(&["sync", "--partner", "athens"]);
    assert_eq!(out.trim(), "everything is up to date");
    // The shared reference catalogs are the main sync's, not copied.
    assert!(!site
        .path("partners/athens/translations/en/prep.ftl")
        .exists());
}

#[test]
fn partner_pages_use_the_partners_address_name_and_local_services() {
    let site = fixture();
    site.ok(&["build", "--partner", "athens"]);
    let base = "output/partners/athens/site";
    let page = html(&site, &format!("{base}/el/prep/index.html"));
    assert_eq!(
        attr(&page, "link[rel=canonical]", "href"),
        ["https://athens.example.gr/hiv/el/prep/"]
    );
    let alternates = attr(&page, "link[rel=alternate]", "href");
    assert_eq!(alternates.len(), 5, "{alternates:?}");
    assert!(alternates
        .iter()
        .all(|a| a.starts_with("https://athens.example.gr/hiv/")));
    let footer = text(&select(&page, "footer")[0]);
    assert!(footer.contains("Athens Checkpoint"), "{footer}");
    assert!(!footer.contains("Test Org"), "{footer}");
    // Every page links to the local-services page, in its language.
    let link = select(&page, "header .local-services a");
    assert_eq!(
        link[0].value().attr("href"),
        Some("../../el/local-services/index.html")
    );
    assert_eq!(text(&link[0]), "Πού θα βρείτε βοήθεια στην Αθήνα");
    for rel in [
        "index.html",
        "el/index.html",
        "fr/prep/index.html",
        "404.html",
    ] {
        let page = html(&site, &format!("{base}/{rel}"));
        assert_eq!(
            select(&page, "header .local-services a").len(),
            1,
            "{rel} links to local services"
        );
    }
    assert!(site
        .path(&format!("{base}/el/local-services/index.html"))
        .is_file());
    // The dashboard includes the partner's document.
    let dashboard = site.read(&format!("{base}/status/index.html"));
    assert!(dashboard.contains("local-services"), "dashboard");
}

#[test]
fn missing_local_services_translation_falls_back_marked_and_holds_leaflets_back() {
    let site = fixture();
    let stdout = site.ok(&["build", "--partner", "athens"]);
    let base = "output/partners/athens/site";
    // French has no local-services translation: the page shows the English,
    // marked as English, and the link in the header is marked too.
    let page = html(&site, &format!("{base}/fr/local-services/index.html"));
    assert!(!common::marked_segments(&page, "en").is_empty());
    let link = select(&page, "header .local-services a");
    assert_eq!(link[0].value().attr("lang"), Some("en"));
    // No French local-services leaflet, and none of prep either: every
    // leaflet prints the local-services block, which is not translated.
    assert!(!site
        .path(&format!(
            "{base}/fr/local-services/local-services-fr-a4.pdf"
        ))
        .exists());
    assert!(!site
        .path(&format!("{base}/fr/prep/prep-fr-a4.pdf"))
        .exists());
    assert!(
        stdout.contains("fr/prep: not printed: 2 missing segment(s), 2 of them in the local-services block it prints"),
        "{stdout}"
    );
    // Greek is complete: printed. The main site's French prep leaflet is
    // printed (the main site has no local-services block).
    assert!(site
        .path(&format!("{base}/el/prep/prep-el-a4.pdf"))
        .is_file());
    site.ok(&["build"]);
    assert!(site.path("output/site/fr/prep/prep-fr-a4.pdf").is_file());

    site.ok(&["build", "--partner", "athens", "--allow-incomplete"]);
    let draft = site.path(&format!(
        "{base}/fr/local-services/local-services-fr-a4.pdf"
    ));
    assert!(draft.is_file());
    if have_tool("pdftotext") {
        let out = std::process::Command::new("pdftotext")
            .args([draft.to_str().expect("path"), "-"])
            .output()
            .expect("pdftotext");
        let printed = String::from_utf8_lossy(&out.stdout);
        assert!(
            printed.contains("BROUILLON"),
            "the DRAFT banner, in French: {printed}"
        );
        assert!(printed.contains("Where to get help in Athens"), "{printed}");
    }
}

#[test]
fn partner_leaflets_carry_the_partner_and_its_help_block_and_qr_address() {
    let site = fixture();
    site.ok(&["build", "--partner", "athens"]);
    let pdf = site.path("output/partners/athens/site/el/prep/prep-el-a4.pdf");
    if !(have_tool("pdftotext") && have_tool("pdftoppm") && have_tool("pdfinfo")) {
        return;
    }
    let out = std::process::Command::new("pdftotext")
        .args([pdf.to_str().expect("path"), "-"])
        .output()
        .expect("pdftotext");
    let printed = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "Athens Checkpoint",
        "info@athens.example.gr",
        "+30 210 000 0000",
        "1 Example Street, 10431 Athens",
        "Πού θα βρείτε βοήθεια στην Αθήνα",
        "δωρεάν και ανώνυμα τεστ HIV",
        "https://athens.example.gr/hiv/el/local-services/",
    ] {
        assert!(printed.contains(expected), "{expected} in:\n{printed}");
    }
    assert!(!printed.contains("Test Org"), "{printed}");
    // Only the first paragraph: the rest is on the local-services page.
    assert!(!printed.contains("Συγγρός"), "{printed}");
    assert_eq!(
        common::decode_qr(&pdf, &site.path("qr")),
        "https://athens.example.gr/hiv/el/prep/"
    );
}

#[test]
fn a_partner_with_a_logo_and_a_subset_of_locales() {
    let site = fixture();
    site.ok(&["build", "--partner", "lyon"]);
    let base = site.path("output/partners/lyon/site");
    // fr and ar as asked, and the source locale (every page's fallback).
    for locale in ["en", "fr", "ar"] {
        assert!(
            base.join(locale).join("prep/index.html").is_file(),
            "{locale}"
        );
    }
    assert!(!base.join("el").exists());
    let page = html(&site, "output/partners/lyon/site/ar/prep/index.html");
    assert_eq!(
        attr(&page, "link[rel=alternate]", "hreflang"),
        ["en", "fr", "ar", "x-default"]
    );
    assert_eq!(
        attr(&page, "link[rel=canonical]", "href"),
        ["https://lyon.example.fr/ar/prep/"]
    );
    let logo = select(&page, "header img.site-logo");
    assert_eq!(logo.len(), 1);
    assert_eq!(logo[0].value().attr("alt"), Some("Lyon Santé"));
    assert_eq!(
        logo[0].value().attr("src"),
        Some("../../assets/partner-logo.svg")
    );
    assert_eq!(
        std::fs::read_to_string(base.join("assets/partner-logo.svg")).expect("logo"),
        LOGO
    );
    // No local-services document: no link to one.
    assert!(select(&page, "header .local-services").is_empty());
    assert!(base.join("fr/prep/prep-fr-a4.pdf").is_file());
    if have_tool("pdftoppm") && have_tool("pdfinfo") {
        assert_eq!(
            common::decode_qr(&base.join("ar/prep/prep-ar-a4.pdf"), &site.path("qr")),
            "https://lyon.example.fr/ar/prep/"
        );
    }
}

#[test]
fn the_main_site_is_the_same_whether_or_not_partners_were_built() {
    let site = fixture();
    site.ok(&["build"]);
    let before = snapshot(&site.path("output/site"));
    site.ok(&["build", "--partner", "athens"]);
    site.ok(&["build", "--partner", "lyon"]);
    assert_eq!(snapshot(&site.path("output/site")), before, "untouched");
    site.ok(&["build"]);
    assert_eq!(snapshot(&site.path("output/site")), before, "rebuilt");
    // Partner builds share the cache: building them again reuses everything.
    let out = site.ok(&["build", "--partner", "athens"]);
    assert!(out.contains("rendered 0,"), "{out}");
    // And the main build kept the partners' entries.
    let again = site.ok(&["build", "--partner", "lyon"]);
    assert!(again.contains("rendered 0,"), "{again}");
}

#[test]
fn build_all_builds_the_main_site_and_every_partner() {
    let site = fixture();
    let out = site.ok(&["build", "--all", "--no-leaflets"]);
    for dir in [
        "output/site",
        "output/partners/athens/site",
        "output/partners/lyon/site",
    ] {
        assert!(site.path(dir).join("en/prep/index.html").is_file(), "{dir}");
    }
    assert!(out.contains("output/partners/lyon/site"), "{out}");
    // The main site does not publish partner documents.
    assert!(!site.path("output/site/en/local-services").exists());
}

#[test]
fn status_partner_reports_the_partners_documents() {
    let site = fixture();
    let json = site.ok(&["status", "--partner", "athens", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("json");
    let catalogs: Vec<&str> = report["catalogs"]
        .as_array()
        .expect("catalogs")
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(catalogs.contains(&"local-services"), "{catalogs:?}");
    let messages = report["messages"].as_array().expect("messages");
    let missing_fr: Vec<&serde_json::Value> = messages
        .iter()
        .filter(|m| m["catalog"] == "local-services" && m["locale"] == "fr")
        .collect();
    assert_eq!(missing_fr.len(), 5);
    assert!(missing_fr.iter().all(|m| m["state"] == "missing"
        && m["file"] == "partners/athens/translations/fr/local-services.ftl"
        && m["source_file"] == "partners/athens/content/local-services.md"));
    assert!(messages
        .iter()
        .filter(|m| m["catalog"] == "local-services" && m["locale"] == "el")
        .all(|m| m["state"] == "fresh"));
    let leaflet = report["leaflets"]
        .as_array()
        .expect("leaflets")
        .iter()
        .find(|l| l["locale"] == "fr" && l["doc"] == "prep")
        .expect("fr prep verdict");
    assert_eq!(leaflet["ready"], false);
    assert_eq!(
        leaflet["in_local_services"], 2,
        "the title and the first paragraph"
    );
    // The main status knows nothing of partner documents.
    let main = site.ok(&["status", "--format", "json"]);
    assert!(!main.contains("local-services"));
}

#[test]
fn editing_a_partner_document_makes_its_translations_stale() {
    let site = fixture();
    site.write(
        "partners/athens/content/local-services.md",
        &LOCAL_SERVICES.replace("10:00-18:00", "09:00-17:00"),
    );
    site.ok(&["sync", "--partner", "athens"]);
    let json = site.ok(&["status", "--partner", "athens", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("json");
    let stale: Vec<&str> = report["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["locale"] == "el" && m["state"] == "stale")
        .filter_map(|m| m["id"].as_str())
        .collect();
    assert_eq!(stale, ["local-services-intro-1"]);
}

/// A fixture whose partner `broken` has `toml` as its partner.toml.
fn broken(toml: &str) -> Site {
    let site = Site::new();
    site.write("partners/broken/partner.toml", toml);
    site
}

const ORG: &str = "\n[organisation]\nname = \"Broken\"\n";

#[test]
fn unknown_partner_lists_the_known_ones() {
    let site = fixture();
    let err = site.fails(&["build", "--partner", "paris"]);
    assert!(err.contains("unknown partner `paris`"), "{err}");
    assert!(err.contains("partners/paris/partner.toml"), "{err}");
    assert!(err.contains("known partners: athens, lyon"), "{err}");
}

#[test]
fn missing_partner_toml() {
    let site = Site::new();
    site.write("partners/empty/content/x.md", "");
    let err = site.fails(&["build", "--partner", "empty"]);
    assert!(
        err.contains("partners/empty: partner `empty` has no partner.toml"),
        "{err}"
    );
}

#[test]
fn malformed_partner_toml_names_the_line() {
    let site = broken("base_url = \"https://x.org/\"\n\n[organisation\nname = \"x\"\n");
    let err = site.fails(&["build", "--partner", "broken"]);
    assert!(err.contains("partners/broken/partner.toml:3:"), "{err}");
    let site = broken("base_url = \"https://x.org/\"\ncolour = \"red\"\n");
    let err = site.fails(&["status", "--partner", "broken"]);
    assert!(err.contains("partners/broken/partner.toml:2:"), "{err}");
    let site = broken(&format!("base_url = \"x.org\"\n{ORG}"));
    let err = site.fails(&["build", "--partner", "broken"]);
    assert!(
        err.contains("partners/broken/partner.toml:1:") && err.contains("absolute http(s) URL"),
        "{err}"
    );
}

#[test]
fn unknown_locale_and_document_name_the_line() {
    let site = broken(&format!(
        "base_url = \"https://x.org/\"\nlocales = [\n  \"fr\",\n  \"es\",\n]\n{ORG}"
    ));
    let err = site.fails(&["build", "--partner", "broken"]);
    assert!(err.contains("partners/broken/partner.toml:4:"), "{err}");
    assert!(
        err.contains("locale `es` is not one of site.toml's locales (en, fr, ar)"),
        "{err}"
    );
    let site = broken(&format!(
        "base_url = \"https://x.org/\"\n\ndocuments = [\"prep\", \"pep\"]\n{ORG}"
    ));
    let err = site.fails(&["build", "--partner", "broken"]);
    assert!(err.contains("partners/broken/partner.toml:3:"), "{err}");
    assert!(err.contains("no document `pep`"), "{err}");
}

#[test]
fn a_left_out_document_that_a_published_one_links_to_is_refused() {
    let site = broken(&format!(
        "base_url = \"https://x.org/\"\ndocuments = [\"prep\"]\n{ORG}"
    ));
    site.write(
        "content/testing.md",
        "+++\ntitle = \"Testing\"\nreviewed = 2026-11-01\n+++\n\nSee [PrEP](../prep/).\n",
    );
    site.write(
        "content/prep.md",
        &PREP.replace(
            "Ask at a clinic.",
            "Ask at a clinic, or [get tested](../testing/).",
        ),
    );
    let err = site.fails(&["build", "--partner", "broken"]);
    assert!(err.contains("partners/broken/partner.toml:2:"), "{err}");
    assert!(err.contains("content/prep.md:"), "{err}");
}

#[test]
fn a_partner_document_named_like_a_shared_one_is_refused() {
    let site = broken(&format!("base_url = \"https://x.org/\"\n{ORG}"));
    site.write("partners/broken/content/prep.md", PREP);
    let err = site.fails(&["build", "--partner", "broken"]);
    assert!(
        err.contains("partners/broken/content/prep.md:1: the partner document `prep` has the same name as content/prep.md"),
        "{err}"
    );
}

fn logo_error(file: &str, bytes: &[u8]) -> String {
    let site = broken(&format!(
        "base_url = \"https://x.org/\"\nlogo = \"{file}\"\n{ORG}"
    ));
    std::fs::write(site.path(&format!("partners/broken/{file}")), bytes).expect("logo");
    site.fails(&["build", "--partner", "broken"])
}

#[test]
fn bad_logos_are_refused_with_file_and_line() {
    let site = broken(&format!(
        "base_url = \"https://x.org/\"\n\nlogo = \"logo.svg\"\n{ORG}"
    ));
    let err = site.fails(&["build", "--partner", "broken"]);
    assert!(
        err.contains("partners/broken/partner.toml:3:") && err.contains("does not exist"),
        "{err}"
    );

    let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
    big.resize(201 * 1024, 0);
    let err = logo_error("logo.png", &big);
    assert!(
        err.contains("partners/broken/partner.toml:2:") && err.contains("at most 200 KB"),
        "{err}"
    );

    let err = logo_error("logo.png", b"GIF89a\x01\x00\x01\x00");
    assert!(
        err.contains("partners/broken/partner.toml:2:") && err.contains("neither an SVG nor a PNG"),
        "{err}"
    );

    let mut truncated = png_logo([0, 0, 0]);
    truncated.truncate(60);
    let err = logo_error("logo.png", &truncated);
    assert!(
        err.contains("partners/broken/partner.toml:2:")
            && err.contains("partners/broken/logo.png is not a readable PNG file"),
        "{err}"
    );
    let huge = {
        let mut bytes = Vec::new();
        image::GrayImage::new(2000, 600)
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Png,
            )
            .expect("encode png");
        bytes
    };
    let err = logo_error("logo.png", &huge);
    assert!(
        err.contains("partners/broken/partner.toml:2:")
            && err.contains("is 2000 × 600 pixels; a logo may have at most 1000000 pixels"),
        "{err}"
    );

    let svg = |body: &str| {
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\"\n  xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<rect width=\"1\" height=\"1\"/>\n{body}\n</svg>\n")
    };
    for (body, says) in [
        ("<script>alert(1)</script>", "<script>"),
        ("<rect onclick=\"x()\"/>", "event handler `onclick`"),
        (
            "<image href=\"https://tracker.example/p.png\"/>",
            "href=\"https://tracker.example/p.png\"",
        ),
        ("<use xlink:href=\"http://x.org/a.svg#b\"/>", "xlink:href="),
        (
            "<rect style=\"fill: url(http://x.org/a.png)\"/>",
            "url(http://x.org/a.png)",
        ),
        (
            "<style>rect { fill: url('//x.org/p') }</style>",
            "url('//x.org/p')",
        ),
    ] {
        let err = logo_error("logo.svg", svg(body).as_bytes());
        assert!(
            err.contains("partners/broken/logo.svg:4:") && err.contains(says),
            "{body}: {err}"
        );
    }
}

#[test]
fn misuse_of_partner_options_exits_2() {
    let site = fixture();
    for args in [
        &["build", "--partner", "athens", "--all"][..],
        &["sync", "--partner", "athens", "--minor", "prep"][..],
        &["build", "--partner"][..],
    ] {
        let out = site.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}

/// A 120 × 40 PNG logo: a `color` bar on a transparent ground.
fn png_logo(color: [u8; 3]) -> Vec<u8> {
    let [r, g, b] = color;
    let image = image::RgbaImage::from_fn(120, 40, |x, y| {
        if (10..110).contains(&x) && (10..30).contains(&y) {
            image::Rgba([r, g, b, 255])
        } else {
            image::Rgba([255, 255, 255, 0])
        }
    });
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode png");
    bytes
}

/// Lyon with a PNG logo instead of its SVG one.
fn with_png_logo(site: &Site, color: [u8; 3]) {
    std::fs::write(site.path("partners/lyon/logo.png"), png_logo(color)).expect("logo");
    site.write(
        "partners/lyon/partner.toml",
        &LYON_TOML.replace("logo.svg", "logo.png"),
    );
}

/// What a leaflet draws as images: each drawn XObject's x, width and its
/// page's width (points) and its /Subtype (Image or Form), and the alt text of every Figure element that
/// holds marked content.
struct Drawn {
    images: Vec<(f32, f32, f32, String)>,
    figures: Vec<String>,
}

fn drawn(pdf: &Path) -> Drawn {
    let doc = lopdf::Document::load(pdf).expect("lopdf reads it");
    let mut images = Vec::new();
    for page_id in doc.get_pages().into_values() {
        let page = doc.get_dictionary(page_id).expect("page");
        let media = page
            .get(b"MediaBox")
            .and_then(|m| m.as_array())
            .expect("box");
        let page_width = media[2].as_float().expect("width");
        let content = doc.get_and_decode_page_content(page_id).expect("content");
        let mut matrix = Vec::new();
        for op in content.operations {
            match op.operator.as_str() {
                "cm" => matrix = op.operands.clone(),
                "Do" => {
                    let name = op.operands[0].as_name().expect("name");
                    let xobject = page
                        .get(b"Resources")
                        .and_then(|r| doc.dereference(r))
                        .and_then(|(_, r)| r.as_dict())
                        .and_then(|r| r.get(b"XObject"))
                        .and_then(|x| doc.dereference(x))
                        .and_then(|(_, x)| x.as_dict())
                        .and_then(|x| x.get(name))
                        .and_then(|x| doc.dereference(x))
                        .and_then(|(_, x)| x.as_stream())
                        .expect("the drawn XObject");
                    let subtype = xobject
                        .dict
                        .get(b"Subtype")
                        .and_then(|s| s.as_name())
                        .expect("a /Subtype");
                    let w = matrix[0].as_float().expect("w");
                    let x = matrix[4].as_float().expect("x");
                    images.push((x, w, page_width, text_string(subtype)));
                }
                _ => {}
            }
        }
    }
    let figures = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").and_then(|s| s.as_name()).ok() == Some(b"Figure".as_slice()))
        .filter(|d| {
            d.get(b"K")
                .and_then(|k| k.as_array())
                .is_ok_and(|k| !k.is_empty())
        })
        .filter_map(|d| d.get(b"Alt").and_then(|a| a.as_str()).ok())
        .map(text_string)
        .collect();
    Drawn { images, figures }
}

/// A PDF text string: UTF-16BE after a byte-order mark, else ASCII.
fn text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => String::from_utf16_lossy(
            &utf16
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        ),
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

fn pdftotext(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([pdf.to_str().expect("path"), "-"])
        .output()
        .expect("pdftotext");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const TEXT_LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40">
<rect width="80" height="40" fill="#a00"/>
<text x="4" y="30">Lyon</text>
</svg>
"##;

/// A logo drawn on no page; the build note says why.
const TEXT_LOGO_NOTE: &str = "partners/lyon/logo.svg: pages show this SVG logo, but leaflets show none: it has <text> elements";

fn lyon_leaflet(site: &Site, locale: &str, format: &str) -> std::path::PathBuf {
    site.path(&format!(
        "output/partners/lyon/site/{locale}/prep/prep-{locale}-{format}.pdf"
    ))
}

/// The Arabic and French A4 leaflets' words, when pdftotext is there.
fn leaflet_words(site: &Site) -> Vec<Vec<String>> {
    ["fr", "ar"]
        .iter()
        .filter(|_| have_tool("pdftotext"))
        .map(|l| {
            pdftotext(&lyon_leaflet(site, l, "a4"))
                .split_whitespace()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

/// Builds Lyon and checks every leaflet draws one `subtype` XObject, the
/// logo, at the start edge, as a Figure named for the partner; and that
/// it adds no text and hides none (`words` without a logo).
fn assert_logo_printed(site: &Site, subtype: &str, words: &[Vec<String>]) {
    let out = site.run(&["build", "--partner", "lyon"]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("SVG logo"));
    for locale in ["en", "fr", "ar"] {
        for format in ["a4", "a5-booklet"] {
            let drawn = drawn(&lyon_leaflet(site, locale, format));
            assert_eq!(drawn.images.len(), 1, "{locale} {format}: one logo");
            assert!(
                drawn.figures.iter().any(|alt| alt == "Lyon Santé"),
                "{locale} {format}: a Figure with the organisation's name as /Alt: {:?}",
                drawn.figures
            );
            // At the start edge: left, and right on Arabic leaflets. A
            // booklet sheet holds two pages: the edge of the logo's page.
            let (x, w, sheet, kind) = &drawn.images[0];
            let (x, w) = (*x, *w);
            assert_eq!(kind, subtype, "{locale} {format}");
            let page = if format == "a4" { *sheet } else { sheet / 2.0 };
            let (x, page) = if x >= page {
                (x - page, page)
            } else {
                (x, page)
            };
            if locale == "ar" {
                assert!(
                    x + w > page * 0.8 && x > page / 2.0,
                    "{locale} {format}: {x} + {w} of {page}"
                );
            } else {
                assert!(x < page * 0.2, "{locale} {format}: {x} of {page}");
            }
            // 40% of the column at most.
            assert!(w > 20.0 && w < page * 0.4, "{locale} {format}: {w}");
        }
    }
    let after = leaflet_words(site);
    for (locale, (before, after)) in ["fr", "ar"].iter().zip(words.iter().zip(&after)) {
        assert!(after.iter().any(|w| w.contains("contact@lyon.example.fr")));
        assert_eq!(after, before, "{locale}");
    }
}

/// Lyon's leaflets without any logo printed (an SVG with text): the note,
/// no image, and their words.
fn unprinted_logo_words(site: &Site) -> Vec<Vec<String>> {
    site.write("partners/lyon/logo.svg", TEXT_LOGO);
    let out = site.run(&["build", "--partner", "lyon"]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(TEXT_LOGO_NOTE), "{said}");
    assert!(drawn(&lyon_leaflet(site, "fr", "a4")).images.is_empty());
    leaflet_words(site)
}

#[test]
fn a_png_logo_is_printed_on_every_leaflet_as_a_figure_named_for_the_partner() {
    let site = fixture();
    let words = unprinted_logo_words(&site);
    with_png_logo(&site, [0x8a, 0x14, 0x38]);
    assert_logo_printed(&site, "Image", &words);
    // The main site's leaflets have no image.
    site.ok(&["build"]);
    assert!(drawn(&site.path("output/site/fr/prep/prep-fr-a4.pdf"))
        .images
        .is_empty());
}

#[test]
fn an_svg_logo_is_printed_as_a_form_xobject_like_a_png_one() {
    let site = fixture();
    let words = unprinted_logo_words(&site);
    // The fixture's logo: a gradient-filled rectangle.
    site.write("partners/lyon/logo.svg", LOGO);
    assert_logo_printed(&site, "Form", &words);
    let pdf = lyon_leaflet(&site, "fr", "a5-booklet");
    let first = std::fs::read(&pdf).expect("pdf");
    site.write(
        "partners/lyon/logo.svg",
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60">
<circle cx="30" cy="30" r="28" fill="#14388a"/>
<path d="M10 30 L30 10 L50 30 Z" fill="#fff" opacity="0.5"/>
</svg>
"##,
    );
    assert_logo_printed(&site, "Form", &words);
    let second = std::fs::read(&pdf).expect("pdf");
    assert_ne!(second, first, "the new logo is printed");
    site.ok(&["build", "--partner", "lyon"]);
    assert_eq!(std::fs::read(&pdf).expect("pdf"), second, "same bytes");
}

#[test]
fn an_svg_logo_leaflets_cannot_draw_keeps_the_note() {
    let site = fixture();
    site.write(
        "partners/lyon/logo.svg",
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40">
<filter id="b"><feGaussianBlur stdDeviation="2"/></filter>
<rect width="80" height="40" fill="#a00" filter="url(#b)"/>
</svg>
"##,
    );
    let out = site.run(&["build", "--partner", "lyon"]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("partners/lyon/logo.svg: pages show this SVG logo, but leaflets show none: it has a filter"),
        "{said}"
    );
    assert!(drawn(&lyon_leaflet(&site, "ar", "a4")).images.is_empty());
}

#[test]
fn a_new_logo_reprints_the_leaflets() {
    let site = fixture();
    with_png_logo(&site, [0x8a, 0x14, 0x38]);
    site.ok(&["build", "--partner", "lyon"]);
    let pdf = site.path("output/partners/lyon/site/fr/prep/prep-fr-a4.pdf");
    let first = std::fs::read(&pdf).expect("pdf");
    site.ok(&["build", "--partner", "lyon"]);
    assert_eq!(
        std::fs::read(&pdf).expect("pdf"),
        first,
        "same input, same bytes"
    );
    with_png_logo(&site, [0x14, 0x38, 0x8a]);
    site.ok(&["build", "--partner", "lyon"]);
    assert_ne!(
        std::fs::read(&pdf).expect("pdf"),
        first,
        "the new logo is printed"
    );
}

/// `(xMin, text)` of every word pdftotext finds on a PDF's pages.
fn words_with_x(pdf: &Path) -> Vec<(f64, String)> {
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox", pdf.to_str().expect("path"), "-"])
        .output()
        .expect("pdftotext");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("<word "))
        .map(|line| {
            let x = line
                .split("xMin=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|v| v.parse().ok())
                .expect("xMin");
            let word = line
                .split('>')
                .nth(1)
                .and_then(|r| r.split('<').next())
                .unwrap_or_default();
            (x, word.to_string())
        })
        .collect()
}

#[test]
fn the_contact_phone_number_reads_left_to_right_on_arabic_leaflets() {
    if !have_tool("pdftotext") {
        return;
    }
    let site = fixture();
    site.write(
        "partners/lyon/partner.toml",
        &LYON_TOML.replace("email = ", "phone = \"+33 4 78 00 11 22\"\nemail = "),
    );
    site.ok(&["build", "--partner", "lyon"]);
    let words = words_with_x(&site.path("output/partners/lyon/site/ar/prep/prep-ar-a4.pdf"));
    let x = |text: &str| {
        words
            .iter()
            .find(|(_, w)| w.contains(text))
            .map(|(x, _)| *x)
            .unwrap_or_else(|| panic!("{text} not printed: {words:?}"))
    };
    // Left to right on paper: +33, then 4, 78, … 22 (not "22 11 00 78 4 33+").
    assert!(x("33") < x("78") && x("78") < x("22"), "{words:?}");
}

#[test]
fn a_broken_catalog_of_a_document_the_partner_does_not_publish_stops_only_the_main_build() {
    let site = fixture();
    site.write(
        "content/condoms.md",
        "+++\ntitle = \"Condoms\"\ndescription = \"About condoms.\"\norder = 5\nreviewed = 2026-11-01\n+++\n\nCondoms protect.\n",
    );
    site.write(
        "translations/fr/condoms.ftl",
        "condoms-title = Préservatifs\ncondoms-description = { \n",
    );
    site.write(
        "partners/lyon/partner.toml",
        &LYON_TOML.replace(
            "logo = \"logo.svg\"",
            "logo = \"logo.svg\"\ndocuments = [\"prep\"]",
        ),
    );
    let err = site.fails(&["build"]);
    assert!(
        err.contains("translations/fr/condoms.ftl:2"),
        "the main build names the broken file and line: {err}"
    );
    site.ok(&["build", "--partner", "lyon"]);
    assert!(site
        .path("output/partners/lyon/site/fr/prep/index.html")
        .is_file());
    assert!(!site.path("output/partners/lyon/site/fr/condoms").exists());
}
