//! `peerpress build` on a fixture site: the HTML a reader and a screen reader get.

mod common;

use common::{marked_segments, select, text, Site, PREP_FR};

#[test]
fn builds_chooser_indexes_and_pages_for_every_locale() {
    let site = Site::new();
    site.ok(&["build"]);
    for rel in ["index.html", "assets/style.css"] {
        assert!(site.path(&format!("output/site/{rel}")).is_file(), "{rel}");
    }
    for locale in ["en", "fr", "ar"] {
        assert!(site
            .path(&format!("output/site/{locale}/index.html"))
            .is_file());
        assert!(site
            .path(&format!("output/site/{locale}/prep/index.html"))
            .is_file());
    }

    let chooser = site.html("index.html");
    let links = select(&chooser, "main ul.languages a");
    assert_eq!(links.len(), 3);
    let ar = links
        .iter()
        .find(|a| a.value().attr("hreflang") == Some("ar"))
        .expect("ar link");
    assert_eq!(ar.value().attr("lang"), Some("ar"));
    assert_eq!(ar.value().attr("dir"), Some("rtl"));
    assert_eq!(ar.value().attr("href"), Some("ar/index.html"));
    assert!(text(ar).contains("العربية"), "endonym: {}", text(ar));
}

#[test]
fn page_has_lang_dir_landmarks_and_one_h1() {
    let site = Site::new();
    site.ok(&["build"]);
    for (locale, dir) in [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")] {
        let html = site.html(&format!("{locale}/prep/index.html"));
        let root = select(&html, "html")[0];
        assert_eq!(root.value().attr("lang"), Some(locale));
        assert_eq!(root.value().attr("dir"), Some(dir));
        for landmark in [
            "header",
            "nav",
            "main#main",
            "footer",
            "a.skip-link[href='#main']",
        ] {
            assert!(
                !select(&html, landmark).is_empty(),
                "{locale}: no {landmark}"
            );
        }
        assert_eq!(select(&html, "h1").len(), 1, "{locale}: one h1");
        let mut previous = 1;
        for heading in select(&html, "h1, h2, h3, h4, h5, h6") {
            let level: u32 = heading.value().name()[1..].parse().expect("level");
            assert!(
                level <= previous + 1,
                "{locale}: heading level jumps to h{level}"
            );
            previous = level;
        }
        let csp = select(&html, "meta[http-equiv='Content-Security-Policy']");
        assert!(csp[0]
            .value()
            .attr("content")
            .expect("csp")
            .contains("default-src 'none'"));
    }
}

#[test]
fn hreflang_alternates_canonical_and_relative_links() {
    let site = Site::new();
    site.ok(&["build"]);
    let html = site.html("fr/prep/index.html");
    let alternates: Vec<(String, String)> = select(&html, "link[rel=alternate]")
        .iter()
        .map(|l| {
            (
                l.value().attr("hreflang").unwrap_or("").to_string(),
                l.value().attr("href").unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        [
            ("en", "https://example.org/hiv/en/prep/"),
            ("fr", "https://example.org/hiv/fr/prep/"),
            ("ar", "https://example.org/hiv/ar/prep/"),
            ("x-default", "https://example.org/hiv/"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let canonical = select(&html, "link[rel=canonical]")[0].value().attr("href");
    assert_eq!(canonical, Some("https://example.org/hiv/fr/prep/"));

    // Every link between pages is relative and resolves to a file that exists.
    let page_dir = site.path("output/site/fr/prep");
    for a in select(&html, "a[href], link[rel=stylesheet]") {
        let href = a.value().attr("href").expect("href");
        if href.starts_with("https://") || href.starts_with('#') {
            continue;
        }
        assert!(!href.starts_with('/'), "absolute path {href}");
        let target = page_dir.join(href);
        assert!(target.is_file(), "broken link {href}");
    }
}

#[test]
fn untranslated_segments_fall_back_to_english_marked_with_lang() {
    let site = Site::new();
    site.write(
        "translations/fr/prep.ftl",
        PREP_FR
            .replace(
                "prep-how-it-works-1 = Vous prenez un comprimé chaque jour.\n",
                "",
            )
            .as_str(),
    );
    site.ok(&["build"]);

    let fr = site.html("fr/prep/index.html");
    let notice = select(&fr, "p.notice");
    assert_eq!(notice.len(), 1, "French page says parts are untranslated");
    assert!(
        text(&notice[0]).contains("pas encore traduites"),
        "{}",
        text(&notice[0])
    );
    let fallback: Vec<_> = marked_segments(&fr, "en");
    assert_eq!(fallback.len(), 1, "exactly the one missing paragraph");
    assert_eq!(text(&fallback[0]), "You take one pill every day.");
    assert_eq!(
        select(&fr, "h1")[0].value().attr("lang"),
        None,
        "translated title has the page's language"
    );
    assert!(text(&select(&fr, "h1")[0]).contains("La PrEP"));

    let ar = site.html("ar/prep/index.html");
    let h1 = select(&ar, "h1")[0];
    assert_eq!(h1.value().attr("lang"), Some("en"));
    assert_eq!(
        h1.value().attr("dir"),
        Some("ltr"),
        "English inside an RTL page is marked ltr"
    );
    assert!(text(&select(&ar, "p.notice")[0])
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));

    let en = site.html("en/prep/index.html");
    assert!(
        select(&en, "p.notice").is_empty(),
        "the source page has no notice"
    );
    assert!(marked_segments(&en, "fr").is_empty());
}

#[test]
fn fully_translated_page_has_no_notice_and_keeps_links() {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.ok(&["build"]);
    let fr = site.html("fr/prep/index.html");
    assert!(select(&fr, "p.notice").is_empty());
    assert!(marked_segments(&fr, "en").is_empty());
    let link = select(&fr, "main p a[href='https://www.who.int/']");
    assert_eq!(text(&link[0]), "la page de l’OMS");
    let items: Vec<String> = select(&fr, "main article ul:not(.leaflets) li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(items, ["C’est sûr.", "Ça marche bien."]);

    // A complete translation gets its leaflets, linked with their size.
    let leaflets = select(&fr, "main ul.leaflets a");
    assert_eq!(leaflets.len(), 2);
    for a in &leaflets {
        let href = a.value().attr("href").expect("href");
        let size = std::fs::metadata(site.path(&format!("output/site/fr/prep/{href}")))
            .expect("leaflet file")
            .len();
        assert!(
            text(a).contains(&format!("{} KB", size.div_ceil(1024))),
            "{}",
            text(a)
        );
    }
    // The source page has leaflets; the Arabic one, untranslated here, has none.
    assert_eq!(
        select(&site.html("ar/prep/index.html"), "main ul.leaflets a").len(),
        0
    );
}

#[test]
fn hostile_translation_is_never_markup() {
    let site = Site::new();
    let hostile = PREP_FR
        .replace(
            "prep-intro-1 = La PrEP est un médicament qui empêche le VIH.",
            "prep-intro-1 = <script>alert('x')</script> <img src=x onerror=alert(1)> texte",
        )
        .replace(
            "prep-how-it-works-2 = Lisez [la page de l’OMS](https://www.who.int/) pour en savoir plus.",
            "prep-how-it-works-2 = Lisez [la page](javascript:alert(1)) pour en savoir plus.",
        )
        .replace("prep-how-it-works-3 = C’est sûr.", "prep-how-it-works-3 = [Cliquez](https://evil.example/)");
    site.write("translations/fr/prep.ftl", &hostile);
    site.ok(&["build"]);
    let raw = site.read("output/site/fr/prep/index.html");
    assert!(!raw.contains("<script"), "no script element");
    assert!(!raw.contains("<img"), "no injected image");
    assert!(!raw.contains("javascript:"), "no javascript: link");
    assert!(
        !raw.contains("evil.example"),
        "a translation cannot add a link"
    );
    let fr = site.html("fr/prep/index.html");
    // The broken translations are not used: the English shows instead, marked.
    let fallback: Vec<String> = marked_segments(&fr, "en").iter().map(text).collect();
    assert!(
        fallback.contains(&"PrEP is a medicine that stops HIV.".to_string()),
        "{fallback:?}"
    );
    assert!(
        fallback.contains(&"It is safe.".to_string()),
        "{fallback:?}"
    );
}

#[test]
fn raw_html_that_validation_lets_through_is_still_escaped() {
    // Even text the translator typed as `&lt;b&gt;` or a bare `<` stays text.
    let site = Site::new();
    site.write(
        "translations/fr/prep.ftl",
        &PREP_FR.replace(
            "prep-how-it-works-4 = Ça marche bien.",
            "prep-how-it-works-4 = 3 < 5 & 7 > 2",
        ),
    );
    site.ok(&["build"]);
    let raw = site.read("output/site/fr/prep/index.html");
    assert!(raw.contains("3 &lt; 5 &amp; 7 &gt; 2"), "escaped");
}

#[test]
fn build_is_deterministic() {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.ok(&["build"]);
    let first = site.read("output/site/fr/prep/index.html") + &site.read("output/site/index.html");
    site.ok(&["build"]);
    let second = site.read("output/site/fr/prep/index.html") + &site.read("output/site/index.html");
    assert_eq!(first, second);
}

#[test]
fn missing_ui_message_falls_back_and_is_never_a_raw_id() {
    let site = Site::new();
    let fr_ui = site.read("translations/fr/ui.ftl");
    let without: String = fr_ui
        .lines()
        .filter(|l| !l.starts_with("back-to-topics ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without, fr_ui);
    site.write("translations/fr/ui.ftl", &without);
    site.ok(&["build"]);
    let fr = site.html("fr/prep/index.html");
    let back = select(&fr, "p.back a span[lang=en]");
    assert_eq!(back.len(), 1, "English fallback, marked");
    assert_eq!(text(&back[0]), "Back to all topics");
    assert!(!site
        .read("output/site/fr/prep/index.html")
        .contains("back-to-topics"));

    // Missing everywhere: the build fails and names the message.
    let en_ui = site.read("translations/en/ui.ftl");
    site.write(
        "translations/en/ui.ftl",
        &en_ui
            .lines()
            .filter(|l| !l.starts_with("back-to-topics ="))
            .map(|l| format!("{l}\n"))
            .collect::<String>(),
    );
    let err = site.fails(&["build"]);
    assert!(
        err.contains("`back-to-topics`") && err.contains("translations/en/ui.ftl"),
        "{err}"
    );
}

#[test]
fn arabic_plural_uses_its_own_categories() {
    let site = Site::new();
    let two_sources = common::PREP.replace(
        "+++\n\nPrEP is",
        "\n[[sources]]\ntitle = \"UNAIDS\"\nurl = \"https://www.unaids.org/\"\n+++\n\nPrEP is",
    );
    site.write("content/prep.md", &two_sources);
    site.ok(&["build"]);
    let ar = site.html("ar/prep/index.html");
    let count = text(&select(&ar, "section.sources > p")[0]);
    let en = text(&select(&site.html("en/prep/index.html"), "section.sources > p")[0]);
    assert_eq!(en, "This page is based on 2 sources.");
    let ar_ui = site.read("translations/ar/ui.ftl");
    let two = ar_ui
        .lines()
        .find(|l| l.trim_start().starts_with("[two]"))
        .expect("ar has a `two` variant");
    let expected = two.trim_start().trim_start_matches("[two]").trim();
    assert_eq!(count, expected.replace("{ $count }", "2"));
}

#[test]
fn a_document_without_sources_has_no_sources_section() {
    let site = Site::new();
    let no_sources = common::PREP.replace(
        "\n[[sources]]\ntitle = \"WHO: HIV prevention\"\nurl = \"https://www.who.int/\"\n",
        "\n",
    );
    assert!(!no_sources.contains("[[sources]]"));
    site.write("content/prep.md", &no_sources);
    site.ok(&["build"]);
    for locale in ["en", "ar"] {
        let page = site.html(&format!("{locale}/prep/index.html"));
        assert!(
            select(&page, "section.sources").is_empty(),
            "{locale}: no \"based on 0 sources\""
        );
        assert_eq!(select(&page, "main h1").len(), 1);
    }
}
