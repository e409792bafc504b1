//! Printed leaflets, checked as a reader and a printer would: the text that
//! `pdftotext` extracts has every segment in reading order (Arabic in logical
//! order), nothing lies outside the printable area, fonts are embedded and
//! subset, the file is valid and tagged with its language, the QR code
//! decodes to the page online, and the print policy and font coverage gate
//! hold. Needs poppler-utils and qpdf (CI installs them).

mod common;

use std::path::Path;
use std::process::Command;

use common::{have_tool, Site, PREP, PREP_AR, PREP_FR};

const MM: f64 = 72.0 / 25.4;

fn tools() -> bool {
    ["pdftotext", "pdffonts", "pdfinfo", "pdftoppm", "qpdf"]
        .iter()
        .all(|t| have_tool(t))
}

fn translated_site() -> Site {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.write("translations/ar/prep.ftl", PREP_AR);
    site
}

fn build(site: &Site, args: &[&str]) -> String {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    let out = Command::new(env!("CARGO_BIN_EXE_peerpress"))
        .args(&all)
        .current_dir(site.root())
        .env("SOURCE_DATE_EPOCH", "1795000000")
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().expect(program);
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Words (letters and digits), lower-cased, without markup or punctuation.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The segments of a translated catalog (or the English content), in order.
fn segment_texts(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_string()))
        .collect()
}

fn english_segments() -> Vec<String> {
    let body = PREP.split("+++").nth(2).expect("body");
    let mut out = vec!["PrEP".to_string(), "What PrEP is.".to_string()];
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push(
            line.trim_start_matches("## ")
                .trim_start_matches("- ")
                .to_string(),
        );
    }
    out
}

/// Every segment's words appear, in order, in the extracted words.
fn assert_in_reading_order(extracted: &str, segments: &[String], what: &str) {
    let stream = tokens(extracted);
    let mut at = 0;
    for segment in segments {
        for token in tokens(segment) {
            match stream[at..].iter().position(|t| *t == token) {
                Some(offset) => at += offset + 1,
                None => panic!(
                    "{what}: `{token}` of {segment:?} missing or out of order in:\n{extracted}"
                ),
            }
        }
    }
}

fn page_count(pdf: &Path) -> usize {
    run("pdfinfo", &[pdf.to_str().expect("path")])
        .lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().expect("count"))
        })
        .expect("pages")
}

/// Text of one region of one page.
fn region_text(pdf: &Path, page: usize, x: f64, width: f64, height: f64) -> String {
    let p = page.to_string();
    run(
        "pdftotext",
        &[
            "-f",
            &p,
            "-l",
            &p,
            "-x",
            &format!("{}", x as i64),
            "-y",
            "0",
            "-W",
            &format!("{}", width as i64),
            "-H",
            &format!("{}", height as i64),
            pdf.to_str().expect("path"),
            "-",
        ],
    )
}

/// The A5 pages of a booklet, read back in the order they are read once folded.
fn booklet_pages_in_order(pdf: &Path, rtl: bool) -> Vec<String> {
    let sides = page_count(pdf);
    let n = sides * 2;
    let (w, h) = (297.0 * MM, 210.0 * MM);
    let mut pages = vec![String::new(); n];
    for side in 0..sides {
        let sheet = side / 2;
        let (left, right) = if side % 2 == 0 {
            (n - 1 - 2 * sheet, 2 * sheet)
        } else {
            (2 * sheet + 1, n - 2 - 2 * sheet)
        };
        let (left, right) = if rtl { (right, left) } else { (left, right) };
        // pdftotext crops in pixels at 72 dpi, i.e. points.
        pages[left] = region_text(pdf, side + 1, 0.0, w / 2.0, h);
        pages[right] = region_text(pdf, side + 1, w / 2.0, w / 2.0, h);
    }
    pages
}

fn assert_inside_printable_area(pdf: &Path, halves: bool) {
    let html = run("pdftotext", &["-bbox", pdf.to_str().expect("path"), "-"]);
    let mut page_w = 0.0;
    let mut page_h = 0.0;
    let attr = |line: &str, name: &str| -> f64 {
        let key = format!("{name}=\"");
        let start = line.find(&key).expect(name) + key.len();
        line[start..]
            .split('"')
            .next()
            .expect("value")
            .parse()
            .expect("number")
    };
    let mut words = 0;
    for line in html.lines() {
        if line.contains("<page ") {
            page_w = attr(line, "width");
            page_h = attr(line, "height");
        }
        if line.contains("<word ") {
            words += 1;
            let (x0, x1, y0, y1) = (
                attr(line, "xMin"),
                attr(line, "xMax"),
                attr(line, "yMin"),
                attr(line, "yMax"),
            );
            let width = if halves { page_w / 2.0 } else { page_w };
            let (x0, x1) = if halves && x0 >= width {
                (x0 - width, x1 - width)
            } else {
                (x0, x1)
            };
            let min = 10.0 * MM - 0.5;
            assert!(
                x0 >= min && x1 <= width - min && y0 >= min && y1 <= page_h - min,
                "{}: word outside the printable area: {line}",
                pdf.display()
            );
        }
    }
    assert!(words > 50, "{}: too few words", pdf.display());
}

#[test]
fn every_segment_is_printed_in_reading_order_in_every_leaflet() {
    if !tools() {
        return;
    }
    let site = translated_site();
    let stdout = build(&site, &[]);
    assert!(stdout.contains("wrote 6 leaflets"), "{stdout}");
    for (locale, segments, rtl) in [
        ("en", english_segments(), false),
        ("fr", segment_texts(PREP_FR), false),
        ("ar", segment_texts(PREP_AR), true),
    ] {
        let a4 = site.path(&format!("output/site/{locale}/prep/prep-{locale}-a4.pdf"));
        let text = run("pdftotext", &[a4.to_str().expect("path"), "-"]);
        assert_in_reading_order(&text, &segments, &format!("{locale} a4"));
        assert_inside_printable_area(&a4, false);

        let booklet = site.path(&format!(
            "output/site/{locale}/prep/prep-{locale}-a5-booklet.pdf"
        ));
        assert_eq!(
            page_count(&booklet) % 2,
            0,
            "sheets are printed on both sides"
        );
        let pages = booklet_pages_in_order(&booklet, rtl);
        assert_eq!(pages.len() % 4, 0);
        assert_in_reading_order(&pages.concat(), &segments, &format!("{locale} booklet"));
        assert_inside_printable_area(&booklet, true);
    }
    // Arabic words come out in logical order, not reversed.
    let ar = run(
        "pdftotext",
        &[
            site.path("output/site/ar/prep/prep-ar-a4.pdf")
                .to_str()
                .expect("p"),
            "-",
        ],
    );
    assert!(ar.contains("الوقاية قبل التعرض"), "{ar}");
    assert!(ar.contains("تأخذ حبة واحدة كل يوم"), "{ar}");
}

#[test]
fn leaflets_are_valid_tagged_subset_and_carry_their_language() {
    if !tools() {
        return;
    }
    let site = translated_site();
    build(&site, &[]);
    for locale in ["fr", "ar"] {
        for format in ["a4", "a5-booklet"] {
            let pdf = site.path(&format!(
                "output/site/{locale}/prep/prep-{locale}-{format}.pdf"
            ));
            let path = pdf.to_str().expect("path");
            run("qpdf", &["--check", path]);
            let fonts = run("pdffonts", &[path]);
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty());
            for row in rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                let n = cols.len();
                assert_eq!(
                    &cols[n - 5..n - 2],
                    ["yes", "yes", "yes"],
                    "embedded, subset, with ToUnicode: {row}"
                );
            }
            let info = run("pdfinfo", &[path]);
            assert!(info.contains("Tagged:          yes"), "{info}");
            let title = info
                .lines()
                .find_map(|l| l.strip_prefix("Title:"))
                .map(str::trim)
                .unwrap_or("");
            assert!(!title.is_empty(), "{info}");
            if locale == "ar" {
                // Latin words inside Arabic (the URL, "PrEP") are marked as English.
                let expanded = site.path(&format!("expanded-{format}.pdf"));
                run(
                    "qpdf",
                    &[
                        "--qdf",
                        "--object-streams=disable",
                        path,
                        expanded.to_str().expect("p"),
                    ],
                );
                let raw = std::fs::read(&expanded).expect("qdf");
                assert!(
                    raw.windows(10).any(|w| w == b"/Lang (en)"),
                    "marked content with its own /Lang"
                );
            }
            let size = std::fs::metadata(&pdf).expect("size").len();
            assert!(
                size < 150_000,
                "{format} {locale}: {size} bytes; fonts should be subset"
            );

            let doc = lopdf::Document::load(&pdf).expect("lopdf reads it");
            let catalog = doc.catalog().expect("catalog");
            let lang = catalog
                .get(b"Lang")
                .and_then(|l| l.as_str())
                .expect("/Lang");
            assert_eq!(lang, locale.as_bytes());
            let mut roles = std::collections::BTreeSet::new();
            let mut figure_alt = None;
            for object in doc.objects.values() {
                if let Ok(dict) = object.as_dict() {
                    if dict.get(b"Type").and_then(|t| t.as_name()).ok()
                        == Some(b"StructElem".as_slice())
                    {
                        let role = String::from_utf8_lossy(
                            dict.get(b"S").and_then(|s| s.as_name()).expect("S"),
                        )
                        .into_owned();
                        if role == "Figure" {
                            figure_alt = dict
                                .get(b"Alt")
                                .ok()
                                .map(|a| a.as_str().map(|b| b.to_vec()).unwrap_or_default());
                        }
                        roles.insert(role);
                    }
                }
            }
            for role in [
                "Document", "H1", "H2", "P", "L", "LI", "LBody", "Link", "Figure",
            ] {
                assert!(
                    roles.contains(role),
                    "{locale} {format}: no {role} in {roles:?}"
                );
            }
            assert!(
                figure_alt.is_some_and(|a| !a.is_empty()),
                "the QR code figure has alt text"
            );
            let links = doc
                .objects
                .values()
                .filter_map(|o| o.as_dict().ok())
                .filter(|d| {
                    d.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Link".as_slice())
                })
                .count();
            assert!(links >= 3, "clickable links: {links}");
        }
    }
}

#[test]
fn qr_code_leads_to_the_same_page_online() {
    if !tools() {
        return;
    }
    let site = translated_site();
    build(&site, &[]);
    let pdf = site.path("output/site/ar/prep/prep-ar-a4.pdf");
    let content = common::decode_qr(&pdf, &site.path("qr"));
    assert_eq!(content, "https://example.org/hiv/ar/prep/");
}

#[test]
fn incomplete_translations_are_not_printed_unless_asked_and_then_say_draft() {
    if !tools() {
        return;
    }
    let site = translated_site();
    site.write(
        "translations/ar/prep.ftl",
        &PREP_AR.replace("prep-how-it-works-3 = إنها آمنة.\n", ""),
    );
    let stdout = build(&site, &[]);
    assert!(
        stdout.contains("ar/prep: not printed: 1 missing segment(s)"),
        "{stdout}"
    );
    assert!(!site.path("output/site/ar/prep/prep-ar-a4.pdf").exists());
    assert!(site.path("output/site/fr/prep/prep-fr-a4.pdf").exists());

    build(&site, &["--allow-incomplete"]);
    let pdf = site.path("output/site/ar/prep/prep-ar-a4.pdf");
    let draft = site.read("translations/ar/ui.ftl");
    let draft = draft
        .lines()
        .find_map(|l| l.strip_prefix("leaflet-draft = "))
        .expect("ar leaflet-draft");
    let first_word = draft.split_whitespace().next().expect("word");
    for page in 1..=page_count(&pdf) {
        let text = region_text(&pdf, page, 0.0, 210.0 * MM, 297.0 * MM);
        assert!(
            text.contains(first_word),
            "page {page} says DRAFT ({first_word}):\n{text}"
        );
    }
    // The missing segment is printed in English, so nothing is lost.
    let text = run("pdftotext", &[pdf.to_str().expect("p"), "-"]);
    assert!(text.contains("It is safe."), "{text}");
    // The page's links say DRAFT before anyone prints; complete ones do not.
    let ar_ui = site.read("translations/ar/ui.ftl");
    let label = ar_ui
        .lines()
        .find_map(|l| l.strip_prefix("print-shop-draft = "))
        .expect("ar print-shop-draft");
    let ar_page = site.html("ar/prep/index.html");
    let links: Vec<String> = common::select(&ar_page, "a[type=\"application/pdf\"]")
        .iter()
        .map(common::text)
        .collect();
    assert_eq!(links.len(), 2, "{links:?}");
    assert!(links.iter().all(|l| l.ends_with(label)), "{links:?}");
    let fr_page = site.html("fr/prep/index.html");
    let fr_links: Vec<String> = common::select(&fr_page, "a[type=\"application/pdf\"]")
        .iter()
        .map(common::text)
        .collect();
    assert_eq!(fr_links.len(), 2, "{fr_links:?}");
    assert!(
        fr_links.iter().all(|l| !l.contains("BROUILLON")),
        "{fr_links:?}"
    );
}

#[test]
fn a_font_without_arabic_is_a_coverage_error_not_boxes() {
    let site = translated_site();
    build(&site, &[]);
    let before =
        std::fs::read(site.path("output/site/ar/prep/prep-ar-a4.pdf")).expect("first build");
    let theme = std::fs::read_to_string(site.path("themes/default/theme.toml")).expect("theme");
    let latin_only = theme.replace(
        "[leaflet.fonts.arabic]\nregular = \"DejaVu Sans\"\nbold = \"DejaVu Sans Bold\"",
        "[leaflet.fonts.arabic]\nregular = \"DejaVu Serif\"\nbold = \"DejaVu Serif\"",
    );
    assert_ne!(theme, latin_only);
    site.write("themes/default/theme.toml", &latin_only);
    let err = site.fails(&["build"]);
    for part in ["ar/prep", "prep-title", "U+06", "DejaVu Serif", "arabic"] {
        assert!(err.contains(part), "{part} not in: {err}");
    }
    // The failed build changed nothing that was there.
    assert_eq!(
        std::fs::read(site.path("output/site/ar/prep/prep-ar-a4.pdf")).expect("kept"),
        before
    );
}

#[test]
fn leaflets_are_byte_identical_for_the_same_input() {
    let site = translated_site();
    build(&site, &[]);
    let first =
        std::fs::read(site.path("output/site/ar/prep/prep-ar-a5-booklet.pdf")).expect("pdf");
    build(&site, &[]);
    let second =
        std::fs::read(site.path("output/site/ar/prep/prep-ar-a5-booklet.pdf")).expect("pdf");
    assert!(first == second, "same input, same bytes");
}

/// What a build caches (parsed fonts, shaping plans, shaped words) must not
/// change a leaflet: each leaflet rendered with cold caches, again with the
/// caches warm from every leaflet, and by a second renderer that filled its
/// caches in the opposite order, is the same bytes.
#[test]
fn caches_do_not_change_a_leaflet() {
    use peerpress::engine::Renderer;
    let site = translated_site();
    site.write("content/second.md", common::PREP);
    let project = peerpress::project::Project::load(site.root()).expect("project");
    let localized = peerpress::localize::localize_all(&project);
    let ui = peerpress::ui::UiStrings::new(&project);
    let options = peerpress::leaflet::Options {
        allow_incomplete: true,
        timestamp: 1_795_000_000,
    };
    let render = |reverse: bool| {
        let renderer =
            peerpress::leaflet::LeafletRenderer::new(&project, &localized, &ui, &options)
                .expect("renderer");
        let mut jobs = renderer.jobs(&[]).expect("jobs");
        if reverse {
            jobs.reverse();
        }
        let mut cold: Vec<(String, Vec<u8>)> = jobs
            .iter()
            .map(|job| (job.path.clone(), (job.render)().expect("render")))
            .collect();
        for (job, (path, first)) in jobs.iter().zip(&cold) {
            let warm = (job.render)().expect("render again");
            assert!(&warm == first, "{path}: warm caches changed the bytes");
        }
        cold.sort();
        cold
    };
    let forward = render(false);
    let backward = render(true);
    assert!(forward.len() >= 6, "{} leaflets", forward.len());
    for ((path, a), (_, b)) in forward.iter().zip(&backward) {
        assert!(a == b, "{path}: cache order changed the bytes");
    }
}
