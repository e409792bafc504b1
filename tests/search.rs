//! sitemap.xml and robots.txt, as a search engine reads them: valid XML
//! (parsed with a real parser), every page listed once with its `hreflang`
//! alternates, every listed address a file of the built site, all from the
//! build's `base_url`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::Site;

const TESTING: &str = r#"+++
title = "HIV testing"
description = "Where and how to get a test."
order = 2
reviewed = 2026-10-15
+++

A test tells you if you have HIV.
"#;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

fn two_document_site() -> Site {
    let site = Site::new();
    site.write("content/hiv-testing.md", TESTING);
    site
}

/// `(loc, lastmod, [(hreflang, href)])` of every `<url>`, in order.
type Url = (String, Option<String>, Vec<(String, String)>);

fn sitemap(site: &Site) -> Vec<Url> {
    sitemap_of(site, "output/site")
}

/// The `<url>`s of the sitemap.xml of the site built in `site_dir`.
fn sitemap_of(site: &Site, site_dir: &str) -> Vec<Url> {
    let text = site.read(&format!("{site_dir}/sitemap.xml"));
    let xml = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let root = xml.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(root.tag_name().namespace(), Some(SITEMAP_NS));
    root.children()
        .filter(|n| n.is_element())
        .map(|url| {
            assert_eq!(url.tag_name().name(), "url");
            let child = |name: &str| {
                url.children()
                    .find(|c| {
                        c.tag_name().name() == name && c.tag_name().namespace() == Some(SITEMAP_NS)
                    })
                    .and_then(|c| c.text())
                    .map(str::to_string)
            };
            let alternates = url
                .children()
                .filter(|c| {
                    c.tag_name().name() == "link" && c.tag_name().namespace() == Some(XHTML_NS)
                })
                .map(|l| {
                    assert_eq!(l.attribute("rel"), Some("alternate"));
                    (
                        l.attribute("hreflang").expect("hreflang").to_string(),
                        l.attribute("href").expect("href").to_string(),
                    )
                })
                .collect();
            (child("loc").expect("loc"), child("lastmod"), alternates)
        })
        .collect()
}

/// The file a URL under `base` is served from (`…/fr/` → `fr/index.html`).
fn file_of(site_dir: &Path, base: &str, url: &str) -> std::path::PathBuf {
    let rel = url
        .strip_prefix(base)
        .unwrap_or_else(|| panic!("{url} is not under {base}"));
    let rel = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    site_dir.join(rel)
}

/// Every HTML page of the built site, relative to it.
fn html_pages(site_dir: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(site_dir)
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            e.path()
                .strip_prefix(site_dir)
                .expect("prefix")
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn sitemap_lists_every_page_with_its_alternates_and_each_address_is_a_file() {
    let site = two_document_site();
    site.ok(&["build", "--no-leaflets"]);
    let base = "https://example.org/hiv/";
    let site_dir = site.path("output/site");
    let urls = sitemap(&site);

    let mut listed = BTreeSet::new();
    for (loc, lastmod, alternates) in &urls {
        let file = file_of(&site_dir, base, loc);
        assert!(file.is_file(), "{loc} → {} does not exist", file.display());
        let rel = file.strip_prefix(&site_dir).expect("prefix");
        assert!(
            listed.insert(rel.to_string_lossy().into_owned()),
            "{loc} listed twice"
        );
        let langs: Vec<&str> = alternates.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(langs, ["en", "fr", "ar", "x-default"], "{loc}");
        for (hreflang, href) in alternates {
            assert!(file_of(&site_dir, base, href).is_file(), "{loc}: {href}");
            if hreflang == "x-default" {
                assert_eq!(href, base, "x-default is the language chooser");
            }
        }
        // A page in a locale is its own alternate for that locale.
        if let Some(locale) = ["en", "fr", "ar"]
            .into_iter()
            .find(|l| loc.starts_with(&format!("{base}{l}/")))
        {
            assert!(
                alternates.iter().any(|(l, h)| l == locale && h == loc),
                "{loc} is not among its own alternates"
            );
        }
        // Document pages carry their reviewed date, the others none.
        let expected = if loc.ends_with("/prep/") {
            Some("2026-11-01")
        } else if loc.ends_with("/hiv-testing/") {
            Some("2026-10-15")
        } else {
            None
        };
        assert_eq!(lastmod.as_deref(), expected, "{loc}");
    }

    let mut expected = html_pages(&site_dir);
    expected.remove("404.html");
    expected.remove("status/index.html");
    assert_eq!(listed, expected, "every page but 404 and the dashboard");
    assert_eq!(
        urls.len(),
        1 + 3 * 3,
        "chooser + 3 × (topics + 2 documents)"
    );
    assert_eq!(urls[0].0, base, "the chooser comes first");

    // The alternates are the same ones the page itself declares.
    let page = site.html("ar/prep/index.html");
    let declared: Vec<(String, String)> = common::select(&page, "link[rel=alternate]")
        .iter()
        .map(|l| {
            (
                l.value().attr("hreflang").expect("hreflang").to_string(),
                l.value().attr("href").expect("href").to_string(),
            )
        })
        .collect();
    let listed = urls
        .iter()
        .find(|(loc, _, _)| loc == "https://example.org/hiv/ar/prep/")
        .expect("ar/prep listed");
    assert_eq!(declared, listed.2);
}

#[test]
fn robots_txt_names_the_sitemap_by_its_absolute_address() {
    let site = Site::new();
    site.ok(&["build", "--no-leaflets"]);
    let robots = site.read("output/site/robots.txt");
    let lines: Vec<&str> = robots.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        lines,
        [
            "User-agent: *",
            "Disallow: /hiv/status/",
            "",
            "Sitemap: https://example.org/hiv/sitemap.xml"
        ],
        "{robots}"
    );
}

#[test]
fn both_files_follow_the_builds_base_url_and_escape_it() {
    let site = Site::new();
    let toml = site.read("site.toml").replace(
        "https://example.org/hiv/",
        "https://partner.example.net/info&more/",
    );
    site.write("site.toml", &toml);
    site.ok(&["build", "--no-leaflets"]);
    let raw = site.read("output/site/sitemap.xml");
    assert!(raw.contains("info&amp;more/fr/prep/"), "{raw}");
    for (loc, _, alternates) in sitemap(&site) {
        assert!(
            loc.starts_with("https://partner.example.net/info&more/"),
            "{loc}"
        );
        for (_, href) in alternates {
            assert!(
                href.starts_with("https://partner.example.net/info&more/"),
                "{href}"
            );
        }
    }
    let robots = site.read("output/site/robots.txt");
    assert!(
        robots.contains("Sitemap: https://partner.example.net/info&more/sitemap.xml"),
        "{robots}"
    );
    assert!(robots.contains("Disallow: /info&more/status/"), "{robots}");
}

#[test]
fn sitemap_and_robots_are_byte_identical_across_builds_and_caches() {
    let site = two_document_site();
    site.ok(&["build", "--no-leaflets"]);
    let first = (
        site.read("output/site/sitemap.xml"),
        site.read("output/site/robots.txt"),
    );
    std::fs::remove_dir_all(site.path("output")).expect("rm output");
    site.ok(&["build", "--no-leaflets"]);
    site.ok(&["build", "--no-leaflets"]);
    let again = (
        site.read("output/site/sitemap.xml"),
        site.read("output/site/robots.txt"),
    );
    assert_eq!(first, again);
    let summary = site.ok(&["build", "--no-leaflets"]);
    assert!(
        summary.contains("wrote 12 pages"),
        "sitemap and robots are not counted as pages: {summary}"
    );
}

const LOCAL_SERVICES: &str = r#"+++
title = "Where to get help in Lyon"
description = "Free tests near you."
order = 10
reviewed = 2026-11-02
+++

Lyon Santé: free HIV tests every day.
"#;

#[test]
fn a_partner_sitemap_and_robots_use_its_address_and_list_only_what_it_publishes() {
    let site = two_document_site();
    site.write(
        "partners/lyon/partner.toml",
        "base_url = \"https://lyon.example.fr/sante/\"\nlocales = [\"fr\"]\ndocuments = [\"prep\"]\n\n[organisation]\nname = \"Lyon Santé\"\n",
    );
    site.write("partners/lyon/content/local-services.md", LOCAL_SERVICES);
    site.ok(&["sync", "--partner", "lyon"]);
    site.ok(&["build", "--partner", "lyon", "--no-leaflets"]);
    let base = "https://lyon.example.fr/sante/";
    let rel_dir = "output/partners/lyon/site";
    let site_dir = site.path(rel_dir);
    let urls = sitemap_of(&site, rel_dir);

    let mut listed = BTreeSet::new();
    for (loc, _, alternates) in &urls {
        let file = file_of(&site_dir, base, loc);
        assert!(file.is_file(), "{loc} → {} does not exist", file.display());
        listed.insert(
            file.strip_prefix(&site_dir)
                .expect("prefix")
                .to_string_lossy()
                .into_owned(),
        );
        // The source locale is always published; ar is not, nor hiv-testing.
        let langs: Vec<&str> = alternates.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(langs, ["en", "fr", "x-default"], "{loc}");
        for (_, href) in alternates {
            assert!(file_of(&site_dir, base, href).is_file(), "{loc}: {href}");
        }
        assert!(!loc.contains("hiv-testing"), "{loc}");
    }
    let locs: Vec<&str> = urls.iter().map(|(loc, _, _)| loc.as_str()).collect();
    assert_eq!(
        locs,
        [
            "https://lyon.example.fr/sante/",
            "https://lyon.example.fr/sante/en/",
            "https://lyon.example.fr/sante/en/prep/",
            "https://lyon.example.fr/sante/en/local-services/",
            "https://lyon.example.fr/sante/fr/",
            "https://lyon.example.fr/sante/fr/prep/",
            "https://lyon.example.fr/sante/fr/local-services/",
        ]
    );
    let mut expected = html_pages(&site_dir);
    expected.remove("404.html");
    expected.remove("status/index.html");
    assert_eq!(listed, expected, "every page of the partner's site");
    let local = urls
        .iter()
        .find(|(loc, _, _)| loc.ends_with("/en/local-services/"))
        .expect("listed");
    assert_eq!(local.1.as_deref(), Some("2026-11-02"));

    let robots = site.read(&format!("{rel_dir}/robots.txt"));
    assert!(
        robots.contains("Sitemap: https://lyon.example.fr/sante/sitemap.xml"),
        "{robots}"
    );
    assert!(robots.contains("Disallow: /sante/status/"), "{robots}");
    assert!(!robots.contains("example.org"), "{robots}");

    // The main site's sitemap knows nothing of the partner.
    site.ok(&["build", "--no-leaflets"]);
    let main = site.read("output/site/sitemap.xml");
    assert!(
        !main.contains("lyon") && !main.contains("local-services"),
        "{main}"
    );
}
