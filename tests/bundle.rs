//! `peerpress bundle`, checked as an outreach worker and a print shop would
//! use it: the zip unzips into a site whose every internal link resolves
//! from `file://` (relative, to a file, never a bare folder), with every
//! leaflet and print-shop pages that list each one with its real page count;
//! the same input gives the same bytes.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{have_tool, select, text, Site, PREP_FR};

const EPOCH: &str = "1795000000";
const ZIP: &str = "output/test-org-2026-11-18.zip";

fn run(site: &Site, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_peerpress"))
        .args(args)
        .current_dir(site.root())
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("NO_COLOR", "1")
        .output()
        .expect("run peerpress")
}

fn bundle(site: &Site, args: &[&str]) -> String {
    let mut all = vec!["bundle"];
    all.extend_from_slice(args);
    let out = run(site, &all);
    assert!(
        out.status.success(),
        "bundle failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// French translated, Arabic not: two ready leaflets, two that are not.
fn fixture() -> Site {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site
}

fn unzip(zip: &Path, into: &Path) -> Vec<String> {
    let file = std::fs::File::open(zip).unwrap_or_else(|e| panic!("{}: {e}", zip.display()));
    let mut archive = zip::ZipArchive::new(file).expect("a zip");
    let names: Vec<String> = (0..archive.len())
        .map(|i| {
            archive
                .name_for_index(i)
                .expect("entry")
                .expect("a UTF-8 name")
                .into_owned()
        })
        .collect();
    archive.extract(into).expect("extract");
    names
}

/// Every `href`/`src` of every HTML file that is not an outside address
/// must lead, relative to its file, to a file in the bundle.
fn assert_links_resolve_offline(dir: &Path) -> usize {
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.expect("walk");
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = scraper::Html::parse_document(
            &std::fs::read_to_string(entry.path()).expect("read html"),
        );
        for element in select(&html, "[href], [src]") {
            let link = element
                .value()
                .attr("href")
                .or_else(|| element.value().attr("src"))
                .unwrap_or_default();
            if ["http://", "https://", "mailto:", "tel:"]
                .iter()
                .any(|s| link.starts_with(s))
            {
                continue;
            }
            let page = entry.path().strip_prefix(dir).expect("prefix").display();
            assert!(!link.starts_with('/'), "{page}: absolute path {link}");
            assert!(!link.contains(':'), "{page}: {link}");
            let path = link.split(['#', '?']).next().unwrap_or_default();
            let target: PathBuf = if path.is_empty() {
                entry.path().to_path_buf()
            } else {
                entry.path().parent().expect("parent").join(path)
            };
            assert!(
                target.is_file(),
                "{page}: {link} does not lead to a file from file://"
            );
            checked += 1;
        }
    }
    checked
}

fn pdf_pages(pdf: &Path) -> usize {
    lopdf::Document::load(pdf)
        .unwrap_or_else(|e| panic!("{}: {e}", pdf.display()))
        .get_pages()
        .len()
}

/// `(href, title, format, pages, size, edition, status)` of each listed leaflet, per language section.
type Row = (String, String, String, usize, String, String, String);

fn print_shop_rows(page: &Path) -> Vec<(String, Vec<Row>)> {
    let html = scraper::Html::parse_document(&std::fs::read_to_string(page).expect("page"));
    let cell = scraper::Selector::parse("th, td").expect("selector");
    let row_sel = scraper::Selector::parse("tbody tr").expect("selector");
    select(&html, "main section")
        .into_iter()
        .map(|section| {
            let id = section
                .value()
                .attr("aria-labelledby")
                .expect("labelled")
                .to_string();
            let rows = section
                .select(&row_sel)
                .map(|tr| {
                    let cells: Vec<_> = tr.select(&cell).collect();
                    assert_eq!(cells.len(), 6);
                    let link = select_in(&cells[0], "a");
                    (
                        link.value().attr("href").expect("href").to_string(),
                        text(&cells[0]),
                        text(&cells[1]),
                        text(&cells[2]).parse().expect("a page count"),
                        text(&cells[3]),
                        text(&cells[4]),
                        text(&cells[5]),
                    )
                })
                .collect();
            (id, rows)
        })
        .collect()
}

fn select_in<'a>(element: &scraper::ElementRef<'a>, css: &str) -> scraper::ElementRef<'a> {
    element
        .select(&scraper::Selector::parse(css).expect("selector"))
        .next()
        .expect("element")
}

#[test]
fn the_bundle_works_offline_and_lists_every_leaflet_with_its_pages() {
    if !have_tool("pdfinfo") {
        return;
    }
    let site = fixture();
    let out = bundle(&site, &["--allow-incomplete"]);
    assert!(out.contains(ZIP), "{out}");
    let dir = site.path("unzipped");
    let names = unzip(&site.path(ZIP), &dir);

    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries in sorted order");
    for left_out in ["404.html", "sitemap.xml", "robots.txt"] {
        assert!(
            !names.iter().any(|n| n == left_out),
            "{left_out} is for servers only"
        );
    }
    for needed in [
        "index.html",
        "assets/style.css",
        "en/index.html",
        "ar/prep/index.html",
        "status/index.html",
        "print-shop/index.html",
        "en/print-shop/index.html",
        "ar/print-shop/index.html",
    ] {
        assert!(
            names.iter().any(|n| n == needed),
            "{needed} missing from {names:?}"
        );
    }
    let checked = assert_links_resolve_offline(&dir);
    assert!(checked > 50, "only {checked} links checked");

    let pdfs: BTreeSet<String> = names
        .iter()
        .filter(|n| n.ends_with(".pdf"))
        .cloned()
        .collect();
    assert_eq!(pdfs.len(), 6, "3 locales × 2 formats: {pdfs:?}");

    // Every locale's print-shop page lists every leaflet once, with its real page count.
    for locale in ["en", "fr", "ar"] {
        let page = dir.join(format!("{locale}/print-shop/index.html"));
        let sections = print_shop_rows(&page);
        let ids: Vec<&str> = sections.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(
            ids,
            ["leaflets-en", "leaflets-fr", "leaflets-ar"],
            "{locale}"
        );
        let mut listed = BTreeSet::new();
        for (id, rows) in &sections {
            assert_eq!(rows.len(), 2, "{locale} {id}: A4 and A5 booklet");
            for (href, _, format, pages, size, edition, status) in rows {
                let pdf = page.parent().expect("dir").join(href);
                assert!(pdf.is_file(), "{href}");
                assert_eq!(*pages, pdf_pages(&pdf), "{locale}: {href}");
                let info = Command::new("pdfinfo").arg(&pdf).output().expect("pdfinfo");
                let info = String::from_utf8_lossy(&info.stdout);
                assert!(
                    info.contains(&format!("Pages:           {pages}\n")),
                    "{info}"
                );
                let kb = std::fs::metadata(&pdf).expect("size").len().div_ceil(1024);
                assert_eq!(size, &format!("{kb} KB"));
                assert!(!format.is_empty() && !edition.is_empty());
                let draft = id == "leaflets-ar";
                if locale == "en" {
                    assert_eq!(
                        status,
                        if draft {
                            "DRAFT – not for distribution"
                        } else {
                            "Ready to print"
                        },
                        "{href}"
                    );
                }
                listed.insert(
                    pdf.canonicalize()
                        .expect("canonical")
                        .strip_prefix(dir.canonicalize().expect("dir"))
                        .expect("inside")
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
        assert_eq!(listed, pdfs, "{locale}: every leaflet listed once");
    }

    // The English page, as a reader sees it.
    let en = scraper::Html::parse_document(
        &std::fs::read_to_string(dir.join("en/print-shop/index.html")).expect("en"),
    );
    assert_eq!(select(&en, "h1").len(), 1);
    assert_eq!(text(&select(&en, "h1")[0]), "Leaflets to print");
    let ar_heading = select(&en, "#leaflets-ar span[lang=ar][dir=rtl]");
    assert_eq!(text(&ar_heading[0]), "العربية");
    let en_rows = &print_shop_rows(&dir.join("en/print-shop/index.html"))[0].1;
    assert_eq!(en_rows[0].2, "A4");
    assert_eq!(en_rows[1].2, "A5 booklet");
    assert!(en_rows[0].5.starts_with("Edition ") && en_rows[0].5.ends_with(", made 2026-11-18"));
    // The edition is the one printed in the leaflet's footer.
    if have_tool("pdftotext") {
        let pdf = dir.join("en/prep/prep-en-a4.pdf");
        let out = Command::new("pdftotext")
            .args([pdf.to_str().expect("p"), "-"])
            .output()
            .expect("pdftotext");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains(&en_rows[0].5),
            "{}",
            en_rows[0].5
        );
    }
    // In Arabic: the page's own language and direction, Arabic strings, and
    // the English title of an untranslated leaflet marked as English.
    let ar = scraper::Html::parse_document(
        &std::fs::read_to_string(dir.join("ar/print-shop/index.html")).expect("ar"),
    );
    let root = select(&ar, "html")[0];
    assert_eq!(root.value().attr("lang"), Some("ar"));
    assert_eq!(root.value().attr("dir"), Some("rtl"));
    assert_eq!(text(&select(&ar, "h1")[0]), "نشرات للطباعة");
    let ar_rows = print_shop_rows(&dir.join("ar/print-shop/index.html"));
    assert_eq!(ar_rows[2].1[0].6, "مسودة – غير مخصصة للتوزيع");
    assert_eq!(ar_rows[1].1[0].6, "جاهزة للطباعة");
    let titles = select(&ar, "#leaflets-ar ~ div a[lang=en][dir=ltr]");
    assert!(
        !titles.is_empty(),
        "the untranslated title is marked English"
    );
    // The chooser of print-shop/ leads to each language's list.
    let chooser = scraper::Html::parse_document(
        &std::fs::read_to_string(dir.join("print-shop/index.html")).expect("chooser"),
    );
    let hrefs: Vec<&str> = select(&chooser, "main a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "../en/print-shop/index.html",
            "../fr/print-shop/index.html",
            "../ar/print-shop/index.html"
        ]
    );
}

#[test]
fn leaflets_that_are_not_ready_are_named_but_not_packed() {
    let site = fixture();
    bundle(&site, &[]);
    let dir = site.path("unzipped");
    let names = unzip(&site.path(ZIP), &dir);
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("ar/") && n.ends_with(".pdf")),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n == "fr/prep/prep-fr-a4.pdf"));
    let rows = print_shop_rows(&dir.join("en/print-shop/index.html"));
    assert!(rows[2].1.is_empty(), "no Arabic leaflet");
    let en = scraper::Html::parse_document(
        &std::fs::read_to_string(dir.join("en/print-shop/index.html")).expect("en"),
    );
    let section = text(&select(&en, "section[aria-labelledby=leaflets-ar]")[0]);
    assert!(
        section.contains("No leaflet in this language is ready to print yet."),
        "{section}"
    );
    assert!(
        section.contains("Not printable yet") && section.contains("PrEP"),
        "{section}"
    );
    assert_links_resolve_offline(&dir);
}

#[test]
fn two_bundles_of_the_same_input_are_byte_identical() {
    let site = fixture();
    bundle(&site, &[]);
    let first = std::fs::read(site.path(ZIP)).expect("zip");
    bundle(&site, &[]);
    assert_eq!(
        first,
        std::fs::read(site.path(ZIP)).expect("zip"),
        "warm cache"
    );
    std::fs::remove_dir_all(site.path("output")).expect("rm output");
    bundle(&site, &[]);
    assert_eq!(
        first,
        std::fs::read(site.path(ZIP)).expect("zip"),
        "cold build"
    );
    // Another day is another file name and other timestamps.
    let out = Command::new(env!("CARGO_BIN_EXE_peerpress"))
        .arg("bundle")
        .current_dir(site.root())
        .env("SOURCE_DATE_EPOCH", "1795100000")
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(site.path("output/test-org-2026-11-19.zip").is_file());
}

#[test]
fn a_failed_bundle_leaves_the_previous_one_and_an_unknown_partner_is_refused() {
    let site = fixture();
    bundle(&site, &[]);
    let before = std::fs::read(site.path(ZIP)).expect("zip");
    site.write("translations/fr/prep.ftl", "prep-title = = broken {\n");
    let out = run(&site, &["bundle"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("translations/fr/prep.ftl:1"), "{err}");
    assert_eq!(
        before,
        std::fs::read(site.path(ZIP)).expect("zip"),
        "previous bundle intact"
    );

    let out = run(&site, &["bundle", "--partner", "athens"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("partners/athens/partner.toml") && err.contains("unknown partner `athens`"),
        "{err}"
    );
}

#[test]
fn the_name_comes_from_the_organisation_else_the_host() {
    let site = Site::new();
    let toml = site
        .read("site.toml")
        .replace("name = \"Test Org\"", "name = \"\"");
    site.write("site.toml", &toml);
    let out = bundle(&site, &["--quiet"]);
    assert!(out.is_empty(), "{out}");
    assert!(site.path("output/example-org-2026-11-18.zip").is_file());
}

const LOCAL_SERVICES: &str = r#"+++
title = "Where to get help in Athens"
description = "Free tests and PrEP near you."
order = 10
reviewed = 2026-11-01
+++

Athens Checkpoint: free and anonymous HIV tests, Monday to Friday.
"#;

const LOCAL_SERVICES_FR: &str = r#"local-services-title = Où trouver de l'aide à Athènes
local-services-description = Tests gratuits et PrEP près de chez vous.
local-services-intro-1 = Athens Checkpoint : tests VIH gratuits et anonymes, du lundi au vendredi.
"#;

/// The fixture plus a partner publishing en and fr, with a local-services
/// document translated into French (so its leaflets are ready to print).
fn partner_fixture() -> Site {
    let site = fixture();
    site.write(
        "partners/athens/partner.toml",
        "base_url = \"https://athens.example.gr/hiv/\"\nlocales = [\"fr\"]\n\n[organisation]\nname = \"Athens Checkpoint\"\nemail = \"info@athens.example.gr\"\n",
    );
    site.write("partners/athens/content/local-services.md", LOCAL_SERVICES);
    site.write(
        "partners/athens/translations/fr/local-services.ftl",
        LOCAL_SERVICES_FR,
    );
    site.ok(&["sync"]);
    site.ok(&["sync", "--partner", "athens"]);
    site
}

#[test]
fn a_partner_bundle_holds_the_partners_site_and_leaflets() {
    let site = partner_fixture();
    let out = bundle(&site, &["--partner", "athens"]);
    let zip = "output/athens-2026-11-18.zip";
    assert!(out.contains(zip), "{out}");
    assert!(!site.path(ZIP).exists(), "not the main site's bundle");
    let dir = site.path("unzipped");
    let names = unzip(&site.path(zip), &dir);

    // The partner's pages: its name in the footer, its local-services page
    // linked from every page, and no locale it does not publish.
    for rel in ["en/prep/index.html", "fr/prep/index.html", "fr/index.html"] {
        let page =
            scraper::Html::parse_document(&std::fs::read_to_string(dir.join(rel)).expect("page"));
        let footer = text(&select(&page, "footer")[0]);
        assert!(footer.contains("Athens Checkpoint"), "{rel}: {footer}");
        assert!(!footer.contains("Test Org"), "{rel}: {footer}");
        assert_eq!(
            select(&page, "header .local-services a").len(),
            1,
            "{rel} links to local services"
        );
    }
    for needed in [
        "fr/local-services/index.html",
        "en/local-services/index.html",
        "fr/local-services/local-services-fr-a4.pdf",
        "fr/print-shop/index.html",
    ] {
        assert!(names.iter().any(|n| n == needed), "{needed}: {names:?}");
    }
    assert!(!names.iter().any(|n| n.starts_with("ar/")), "{names:?}");
    let checked = assert_links_resolve_offline(&dir);
    assert!(checked > 30, "only {checked} links checked");

    // The print-shop page lists exactly the partner's leaflets, per language.
    let pdfs: BTreeSet<String> = names
        .iter()
        .filter(|n| n.ends_with(".pdf"))
        .cloned()
        .collect();
    assert_eq!(
        pdfs.len(),
        8,
        "2 documents × 2 locales × 2 formats: {pdfs:?}"
    );
    let page = dir.join("fr/print-shop/index.html");
    let sections = print_shop_rows(&page);
    let ids: Vec<&str> = sections.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["leaflets-en", "leaflets-fr"]);
    let mut listed = BTreeSet::new();
    for (_, rows) in &sections {
        for (href, _, _, pages, _, _, _) in rows {
            let pdf = page.parent().expect("dir").join(href);
            assert_eq!(*pages, pdf_pages(&pdf), "{href}");
            listed.insert(
                pdf.canonicalize()
                    .expect("canonical")
                    .strip_prefix(dir.canonicalize().expect("dir"))
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    assert_eq!(listed, pdfs, "every leaflet listed once");
    // The leaflets are the partner's.
    if have_tool("pdftotext") {
        let pdf = dir.join("fr/prep/prep-fr-a4.pdf");
        let out = Command::new("pdftotext")
            .args([pdf.to_str().expect("p"), "-"])
            .output()
            .expect("pdftotext");
        let printed = String::from_utf8_lossy(&out.stdout);
        assert!(
            printed.contains("Athens Checkpoint")
                && printed.contains("Où trouver de l'aide à Athènes"),
            "{printed}"
        );
    }
}
