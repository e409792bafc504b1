//! `peerpress status` scenarios S1–S8 on a three-locale fixture site, the
//! JSON schema, the filters and the CI gate, the dashboard, and plain Fluent
//! projects compared with Mozilla's compare-locales results.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{marked_segments, select, text, Site, PREP, PREP_AR, PREP_FR};
use serde_json::Value;

/// Everything translated in fr and ar, then synced: the starting point.
fn translated_site() -> Site {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.write("translations/ar/prep.ftl", PREP_AR);
    site.ok(&["sync"]);
    site
}

fn json(site: &Site, args: &[&str]) -> Value {
    let mut all = vec!["status", "--format", "json"];
    all.extend_from_slice(args);
    let out = site.run(&all);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// (locale, id) → state, for content messages of `prep`.
fn states(report: &Value) -> BTreeMap<(String, String), String> {
    report["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["catalog"] == "prep")
        .map(|m| {
            (
                (
                    m["locale"].as_str().unwrap_or("").to_string(),
                    m["id"].as_str().unwrap_or("").to_string(),
                ),
                m["state"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// (locale, id) of every message in `state`, in report order.
fn in_state(report: &Value, state: &str) -> Vec<(String, String)> {
    report["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter(|m| m["state"] == state)
        .map(|m| {
            (
                m["locale"].as_str().unwrap_or("").into(),
                m["id"].as_str().unwrap_or("").into(),
            )
        })
        .collect()
}

fn count(states: &BTreeMap<(String, String), String>, state: &str) -> usize {
    states.values().filter(|s| *s == state).count()
}

#[test]
fn s1_everything_translated_is_fresh() {
    let site = translated_site();
    let report = json(&site, &[]);
    let states = states(&report);
    assert_eq!(states.len(), 20);
    assert_eq!(count(&states, "fresh"), 20, "{states:?}");
    let out = site.run(&["status", "--fail-on", "missing,stale"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn s2_edited_paragraph_is_stale_in_each_locale_and_nothing_else_moves() {
    let site = translated_site();
    let before = states(&json(&site, &[]));
    site.write(
        "content/prep.md",
        &PREP.replace(
            "You take one pill every day.",
            "You take one pill at the same time every day.",
        ),
    );
    let report = json(&site, &[]);
    let after = states(&report);
    let changed: Vec<_> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(*v))
        .collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    for locale in ["fr", "ar"] {
        assert_eq!(
            after[&(locale.to_string(), "prep-how-it-works-1".to_string())],
            "stale"
        );
    }
    let stale = report["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .find(|m| m["state"] == "stale" && m["locale"] == "fr")
        .expect("a stale fr message");
    assert_eq!(stale["old_english"], "You take one pill every day.");
    assert_eq!(
        stale["english"],
        "You take one pill at the same time every day."
    );
    let inserted: String = stale["change"]
        .as_array()
        .expect("change")
        .iter()
        .filter(|c| c["op"] == "insert")
        .map(|c| c["text"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(inserted.trim(), "at the same time");
    assert_eq!(stale["file"], "translations/fr/prep.ftl");
    assert!(stale["line"].as_u64().is_some());

    // The terminal says the same, with the change marked (no colour off a TTY).
    let out = site.run(&["status"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("was: You take one pill every day."),
        "{stdout}"
    );
    assert!(
        stdout.contains("now: You take one pill {+at the same time +}every day."),
        "{stdout}"
    );
    assert!(!stdout.contains('\x1b'), "no colour when not a terminal");
    assert_eq!(
        site.run(&["status", "--fail-on", "stale"]).status.code(),
        Some(1)
    );

    // After sync the old English is still known, from the files alone.
    site.ok(&["sync"]);
    let report = json(&site, &["--locale", "ar"]);
    let stale: Vec<&Value> = report["messages"]
        .as_array()
        .expect("m")
        .iter()
        .filter(|m| m["state"] == "stale")
        .collect();
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0]["old_english"], "You take one pill every day.");
}

#[test]
fn s3_french_revision_clears_fr_only() {
    let site = translated_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "You take one pill every day.",
            "You take one pill at the same time every day.",
        ),
    );
    site.ok(&["sync"]);
    let french = site.read("translations/fr/prep.ftl").replace(
        "Vous prenez un comprimé chaque jour.",
        "Vous prenez un comprimé chaque jour à la même heure.",
    );
    site.write("translations/fr/prep.ftl", &french);
    let states = states(&json(&site, &[]));
    assert_eq!(
        states[&("fr".to_string(), "prep-how-it-works-1".to_string())],
        "fresh"
    );
    assert_eq!(
        states[&("ar".to_string(), "prep-how-it-works-1".to_string())],
        "stale"
    );
    assert_eq!(count(&states, "stale"), 1);
    // And sync records the revision without changing its state.
    site.ok(&["sync"]);
    assert_eq!(states_after(&site), states);
}

fn states_after(site: &Site) -> BTreeMap<(String, String), String> {
    states(&json(site, &[]))
}

#[test]
fn s4_inserted_paragraph_is_one_missing_per_locale_and_nothing_stale() {
    let site = translated_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "## How it works\n\n",
            "## How it works\n\nA new first paragraph.\n\n",
        ),
    );
    let report = json(&site, &[]);
    let verdict = report["leaflets"]
        .as_array()
        .expect("leaflets")
        .iter()
        .find(|l| l["locale"] == "fr")
        .expect("fr verdict");
    assert_eq!(verdict["ready"], false);
    assert_eq!(verdict["missing"], 1);
    let english = report["leaflets"]
        .as_array()
        .expect("leaflets")
        .iter()
        .find(|l| l["locale"] == "en")
        .expect("en verdict");
    assert_eq!(english["ready"], true);
    let states = states(&report);
    assert_eq!(count(&states, "missing"), 2, "{states:?}");
    assert_eq!(count(&states, "stale"), 0);
    assert_eq!(count(&states, "fresh"), 20);
    site.ok(&["build"]);
    let fr = site.html("fr/prep/index.html");
    let body: Vec<String> = select(
        &fr,
        "main article > p:not(.reviewed):not(.lead):not(.notice)",
    )
    .iter()
    .map(text)
    .collect();
    assert_eq!(
        body,
        [
            "La PrEP est un médicament qui empêche le VIH.",
            "A new first paragraph.",
            "Vous prenez un comprimé chaque jour.",
            "Lisez la page de l’OMS pour en savoir plus.",
            "Demandez dans une clinique."
        ]
    );
}

#[test]
fn s5_deleted_paragraph_is_obsolete_and_not_rendered() {
    let site = translated_site();
    site.write(
        "content/prep.md",
        &PREP.replace("You take one pill every day.\n\n", ""),
    );
    site.ok(&["sync"]);
    let report = json(&site, &[]);
    let obsolete = in_state(&report, "obsolete");
    assert_eq!(
        obsolete,
        [
            ("fr".to_string(), "prep-how-it-works-1".to_string()),
            ("ar".into(), "prep-how-it-works-1".into())
        ]
    );
    assert_eq!(
        count(&states(&report), "stale") + count(&states(&report), "missing"),
        0
    );
    assert!(
        site.read("translations/fr/prep.ftl")
            .contains("Vous prenez un comprimé"),
        "kept until a human removes it"
    );
    site.ok(&["build"]);
    assert!(!site
        .read("output/site/fr/prep/index.html")
        .contains("Vous prenez un comprimé"));
    assert!(!site
        .read("output/site/ar/prep/index.html")
        .contains("تأخذ حبة"));
}

#[test]
fn s6_swapped_paragraphs_keep_their_translations() {
    let site = translated_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "- It is safe.\n- It works well.",
            "- It works well.\n- It is safe.",
        ),
    );
    let states = states(&json(&site, &[]));
    assert_eq!(count(&states, "fresh"), 20);
    site.ok(&["build"]);
    let ar = site.html("ar/prep/index.html");
    let items: Vec<String> = select(&ar, "main article ul:not(.leaflets) li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(items, ["إنها فعالة جدًا.", "إنها آمنة."]);
}

#[test]
fn s7_syntax_error_is_reported_and_the_rest_of_the_file_is_used() {
    let site = translated_site();
    let broken = site
        .read("translations/fr/prep.ftl")
        .replace("C’est sûr.", "C’est { sûr.");
    site.write("translations/fr/prep.ftl", &broken);
    let report = json(&site, &["--locale", "fr"]);
    let states = states(&report);
    assert_eq!(
        states[&("fr".to_string(), "prep-how-it-works-3".to_string())],
        "invalid"
    );
    assert_eq!(
        count(&states, "fresh"),
        9,
        "every other fr message is still used"
    );
    let invalid = report["messages"]
        .as_array()
        .expect("m")
        .iter()
        .find(|m| m["state"] == "invalid")
        .expect("invalid");
    let line = broken
        .lines()
        .position(|l| l.contains("C’est { sûr."))
        .expect("line")
        + 1;
    assert_eq!(invalid["line"].as_u64(), Some(line as u64));
    assert!(invalid["column"].as_u64().is_some());
    assert!(invalid["reason"]
        .as_str()
        .unwrap_or("")
        .contains(&format!("translations/fr/prep.ftl:{line}:")));
    let out = site.run(&["status", "--locale", "fr"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!("translations/fr/prep.ftl:{line}:"))
    );
}

#[test]
fn s8_hostile_translations_are_invalid_and_never_markup() {
    let site = translated_site();
    let hostile = site
        .read("translations/fr/prep.ftl")
        .replace("(https://www.who.int/)", "(https://evil.example/)")
        .replace("C’est sûr.", "C’est sûr.<script>alert(1)</script>")
        .replace("Ça marche bien.", "Ça marche [bien](javascript:alert(1)).")
        .replace(
            "Demandez dans une clinique.",
            "Demandez <a href=\"https://evil.example\">ici</a>.",
        );
    site.write("translations/fr/prep.ftl", &hostile);
    let report = json(&site, &["--locale", "fr"]);
    let invalid: BTreeSet<String> = in_state(&report, "invalid")
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    assert_eq!(
        invalid,
        [
            "prep-how-it-works-2",
            "prep-how-it-works-3",
            "prep-how-it-works-4",
            "prep-where-to-get-it-1"
        ]
        .map(String::from)
        .into()
    );
    site.ok(&["build"]);
    let raw = site.read("output/site/fr/prep/index.html");
    for bad in [
        "evil.example",
        "<script",
        "javascript:",
        "<a href=\"https://evil",
    ] {
        assert!(!raw.contains(bad), "{bad} reached the page");
    }
    let fr = site.html("fr/prep/index.html");
    assert_eq!(
        marked_segments(&fr, "en").len(),
        4,
        "the four fall back to English"
    );
}

#[test]
fn json_schema_roll_ups_and_filters() {
    let site = translated_site();
    site.write(
        "translations/ar/prep.ftl",
        &PREP_AR.replace("prep-how-it-works-3 = إنها آمنة.\n", ""),
    );
    let report = json(&site, &[]);
    assert_eq!(report["schema"], "peerpress-status/1");
    assert_eq!(report["source_locale"], "en");
    assert_eq!(report["locales"], serde_json::json!(["fr", "ar"]));
    assert_eq!(
        report["catalogs"],
        serde_json::json!([{"name": "prep", "kind": "content"}, {"name": "ui", "kind": "ui"}])
    );
    for key in [
        "locale",
        "catalog",
        "kind",
        "id",
        "state",
        "file",
        "line",
        "column",
        "source_file",
        "source_line",
        "english",
        "words",
        "reason",
        "old_english",
        "change",
    ] {
        assert!(
            report["messages"][0].get(key).is_some(),
            "message key {key}"
        );
    }
    let ar = &report["summary"]["by_locale"]["ar"];
    assert_eq!(ar["content"]["missing"], 1);
    assert_eq!(ar["content"]["fresh"], 9);
    assert_eq!(ar["content"]["total"], 10);
    assert_eq!(
        ar["content"]["words_to_translate"], 3,
        "\"It is safe.\" is three words"
    );
    assert_eq!(ar["content"]["percent_complete"], 90.0);
    assert_eq!(ar["ui"]["missing"], 0);
    assert_eq!(
        ar["all"]["total"].as_u64(),
        Some(10 + ar["ui"]["total"].as_u64().expect("ui total"))
    );
    assert_eq!(report["summary"]["matrix"]["ar"]["prep"]["missing"], 1);
    assert_eq!(report["summary"]["by_catalog"]["prep"]["missing"], 1);

    // The JSON and the terminal table agree.
    let out = String::from_utf8_lossy(&site.run(&["status"]).stdout).into_owned();
    let ar_row = out.lines().find(|l| l.starts_with("ar ")).expect("ar row");
    let cells: Vec<&str> = ar_row.split_whitespace().collect();
    let ui_fresh = ar["ui"]["fresh"].as_u64().expect("ui fresh");
    assert_eq!(cells[2], (9 + ui_fresh).to_string(), "{ar_row}");
    assert_eq!(cells[3], "0", "stale: {ar_row}");
    assert_eq!(cells[4], "1", "missing: {ar_row}");
    assert_eq!(cells[7], "3", "words left: {ar_row}");

    // Filters.
    let only = json(&site, &["--locale", "ar", "--doc", "prep"]);
    assert_eq!(only["locales"], serde_json::json!(["ar"]));
    assert!(only["messages"]
        .as_array()
        .expect("m")
        .iter()
        .all(|m| m["locale"] == "ar" && m["catalog"] == "prep"));
    assert_eq!(
        site.run(&["status", "--locale", "fr", "--fail-on", "missing"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        site.run(&["status", "--locale", "ar", "--fail-on", "missing"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        site.run(&["status", "--fail-on", "invalid,stale"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        site.run(&["status", "--locale", "xx"]).status.code(),
        Some(2)
    );
    assert_eq!(
        site.run(&["status", "--doc", "nope"]).status.code(),
        Some(2)
    );
    assert_eq!(
        site.run(&["status", "--fail-on", "bogus"]).status.code(),
        Some(2)
    );
    let listed =
        String::from_utf8_lossy(&site.run(&["status", "--locale", "ar"]).stdout).into_owned();
    assert!(
        listed.contains("prep-how-it-works-3") && listed.contains("en: It is safe."),
        "{listed}"
    );
}

#[test]
fn ui_catalogs_are_checked_for_variables_per_variant() {
    let site = translated_site();
    let ar_ui = site.read("translations/ar/ui.ftl");
    let few = ar_ui
        .lines()
        .find(|l| l.trim_start().starts_with("[few]"))
        .expect("few variant");
    let broken = ar_ui.replace(few, &few.replace("{ $count }", ""));
    site.write("translations/ar/ui.ftl", &broken);
    let fr_ui: String = site
        .read("translations/fr/ui.ftl")
        .lines()
        .map(|l| {
            let l = if l.starts_with("last-reviewed =") {
                l.replace("{ $date }", "{ $datum }")
            } else {
                l.to_string()
            };
            l + "\n"
        })
        .collect();
    site.write("translations/fr/ui.ftl", &fr_ui);
    let report = json(&site, &["--doc", "ui"]);
    let invalid: Vec<(String, String, String)> = report["messages"]
        .as_array()
        .expect("m")
        .iter()
        .filter(|m| m["state"] == "invalid")
        .map(|m| {
            (
                m["locale"].as_str().unwrap_or("").into(),
                m["id"].as_str().unwrap_or("").into(),
                m["reason"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    assert_eq!(invalid.len(), 2, "{invalid:?}");
    assert!(invalid
        .iter()
        .any(|(l, id, r)| l == "fr" && id == "last-reviewed" && r.contains("$datum")));
    assert!(invalid
        .iter()
        .any(|(l, id, r)| l == "ar" && id == "sources-count" && r.contains("[few]")));
}

#[test]
fn ui_messages_go_stale_and_clear() {
    let site = translated_site();
    let en_ui = site.read("translations/en/ui.ftl").replace(
        "back-to-topics = Back to all topics",
        "back-to-topics = Back to the list of topics",
    );
    site.write("translations/en/ui.ftl", &en_ui);
    let report = json(&site, &["--doc", "ui"]);
    let stale: Vec<&Value> = report["messages"]
        .as_array()
        .expect("m")
        .iter()
        .filter(|m| m["state"] == "stale")
        .collect();
    assert_eq!(stale.len(), 2);
    assert!(stale
        .iter()
        .all(|m| m["id"] == "back-to-topics" && m["old_english"] == "Back to all topics"));
}

#[test]
fn sync_stubs_show_english_for_missing_messages_and_go_away() {
    let site = Site::new();
    site.write(
        "translations/fr/prep.ftl",
        &PREP_FR.replace("prep-how-it-works-3 = C’est sûr.\n", ""),
    );
    site.ok(&["sync", "--stubs"]);
    let french = site.read("translations/fr/prep.ftl");
    assert!(
        french.contains("# prep-how-it-works-3 = It is safe."),
        "{french}"
    );
    let before = json(&site, &["--locale", "fr"]);
    assert_eq!(
        count(&states(&before), "missing"),
        1,
        "a stub is not a translation"
    );
    assert_eq!(
        site.ok(&["sync", "--stubs"]).trim(),
        "everything is up to date"
    );
    // The translator writes the message under the stubs: the stub goes, the text stays.
    site.write(
        "translations/fr/prep.ftl",
        &format!("{french}prep-how-it-works-3 = C’est sûr.\n"),
    );
    site.ok(&["sync", "--stubs"]);
    let french = site.read("translations/fr/prep.ftl");
    assert!(
        !french.contains("# prep-how-it-works-3 = It is safe."),
        "{french}"
    );
    assert!(
        french.contains("prep-how-it-works-3 = C’est sûr."),
        "{french}"
    );
    assert_eq!(
        count(&states(&json(&site, &["--locale", "fr"])), "fresh"),
        10
    );
}

#[test]
fn dashboard_lists_missing_and_stale_messages() {
    let site = translated_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "You take one pill every day.",
            "You take one pill at the same time every day.",
        ),
    );
    site.write(
        "translations/ar/prep.ftl",
        &site
            .read("translations/ar/prep.ftl")
            .replace("prep-where-to-get-it-1 = اسأل في عيادة.\n", ""),
    );
    site.ok(&["build"]);
    let html = site.html("status/index.html");
    assert_eq!(select(&html, "h1").len(), 1);
    assert_eq!(select(&html, "html")[0].value().attr("lang"), Some("en"));
    let rows = select(&html, "table.status-matrix tbody tr");
    assert_eq!(rows.len(), 2);
    let ar_section = select(&html, "section[aria-labelledby=locale-ar] li");
    let items: Vec<String> = ar_section.iter().map(text).collect();
    assert!(
        items
            .iter()
            .any(|i| i.starts_with("stale prep-how-it-works-1")
                && i.contains("Was: You take one pill every day.")),
        "{items:?}"
    );
    assert!(
        items
            .iter()
            .any(|i| i.starts_with("missing prep-where-to-get-it-1")
                && i.contains("English: Ask at a clinic.")),
        "{items:?}"
    );
    let ins = select(&html, "section[aria-labelledby=locale-fr] ins");
    assert_eq!(text(&ins[0]), "at the same time");
}

/// The real Mozilla corpus in ../shared/testdata/fluent-real, with
/// compare-locales' own results in expected.json.
#[test]
fn ftl_only_matches_compare_locales_on_a_real_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/testdata/fluent-real");
    if !corpus.join("expected.json").is_file() {
        common::skip(&format!(
            "{} is not there (it lives in the shared folder beside the repository)",
            corpus.display()
        ));
        return;
    }
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(corpus.join("expected.json")).expect("read"))
            .expect("json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peerpress"))
        .args([
            "status",
            "--ftl-only",
            "--reference",
            "en",
            "--format",
            "json",
        ])
        .arg(&corpus)
        .output()
        .expect("run");
    let report: Value = serde_json::from_slice(&out.stdout).expect("json output");
    let locales = expected["about"]["locales"].as_array().expect("locales");
    assert_eq!(
        report["locales"].as_array().expect("locales").len(),
        locales.len()
    );
    for locale in locales {
        let locale = locale.as_str().expect("locale");
        for state in ["missing", "obsolete"] {
            let mut mine: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for m in report["messages"].as_array().expect("m") {
                if m["locale"] == locale && m["state"] == state {
                    mine.entry(m["catalog"].as_str().unwrap_or("").into())
                        .or_default()
                        .insert(m["id"].as_str().unwrap_or("").into());
                }
            }
            let theirs: BTreeMap<String, BTreeSet<String>> = expected["derived"][locale][state]
                .as_object()
                .expect("per file")
                .iter()
                .map(|(file, ids)| {
                    (
                        file.clone(),
                        ids.as_array()
                            .expect("ids")
                            .iter()
                            .map(|i| i.as_str().unwrap_or("").to_string())
                            .collect(),
                    )
                })
                .filter(|(_, ids): &(String, BTreeSet<String>)| !ids.is_empty())
                .collect();
            assert_eq!(mine, theirs, "{locale} {state}");
        }
    }
    // Beyond compare-locales: the term-reference mismatches its python checks found.
    let invalid: BTreeSet<(String, String)> = in_state(&report, "invalid").into_iter().collect();
    let mut checks = BTreeSet::new();
    for locale in locales {
        let locale = locale.as_str().expect("locale");
        for kind in ["variable_mismatches", "term_reference_mismatches"] {
            for m in expected["python_checks"][locale][kind]
                .as_array()
                .into_iter()
                .flatten()
            {
                checks.insert((
                    locale.to_string(),
                    m["id"].as_str().unwrap_or("").to_string(),
                ));
            }
        }
    }
    assert_eq!(invalid, checks);
}

#[test]
fn provenance_is_reported_and_shown() {
    let site = translated_site();
    let header =
        "### translated-by: Volunteer team, 2026-10\n### reviewed-by: Amina K., 2026-11-01\n";
    site.write(
        "translations/fr/prep.ftl",
        &format!("{header}\n{}", site.read("translations/fr/prep.ftl")),
    );
    site.write(
        "translations/ar/prep.ftl",
        &format!(
            "### translated-by: machine-assisted draft (AI)\n### reviewed-by: nobody yet\n\n{}",
            site.read("translations/ar/prep.ftl")
        ),
    );
    let report = json(&site, &["--doc", "prep"]);
    assert_eq!(report["summary"]["review"]["reviewed"], 1);
    assert_eq!(report["summary"]["review"]["unreviewed"], 1);
    let fr = report["provenance"]
        .as_array()
        .expect("p")
        .iter()
        .find(|p| p["locale"] == "fr")
        .expect("fr");
    assert_eq!(fr["reviewed_by"], "Amina K., 2026-11-01");
    assert_eq!(fr["translated_by"], "Volunteer team, 2026-10");
    site.ok(&["build"]);
    assert!(
        select(&site.html("fr/prep/index.html"), ".provenance").is_empty(),
        "reviewed: no note"
    );
    assert_eq!(
        select(&site.html("ar/prep/index.html"), ".provenance").len(),
        1,
        "unreviewed: a discreet note"
    );
    assert!(String::from_utf8_lossy(&site.run(&["status"]).stdout)
        .contains("reviewed by a fluent community member: 1 of"));
}

/// The build's dashboard counts fresh messages without listing them; its
/// figures must still be exactly those of `peerpress status`.
#[test]
fn dashboard_figures_match_status_json() {
    let site = translated_site();
    site.write(
        "content/prep.md",
        &PREP.replace(
            "You take one pill every day.",
            "You take one pill at the same time every day.",
        ),
    );
    site.write(
        "translations/ar/prep.ftl",
        &site
            .read("translations/ar/prep.ftl")
            .replace("prep-where-to-get-it-1 = اسأل في عيادة.\n", ""),
    );
    site.ok(&["build"]);
    let report = json(&site, &[]);
    let html = site.html("status/index.html");
    // Tera writes 90.0 as "90": figures are compared as numbers.
    let percent = |v: &Value| format!("{}%", v.as_f64().expect("percent"));
    let intro = text(&select(&html, "main p")[0]);
    let total = &report["summary"]["total"]["all"];
    assert!(
        intro.contains(&format!(
            "Overall {} complete, {} English words left",
            percent(&total["percent_complete"]),
            total["words_to_translate"]
        )),
        "{intro} / {total}"
    );
    for row in select(&html, "table.status-matrix tbody tr") {
        let cells: Vec<String> = row
            .select(&scraper::Selector::parse("td").expect("selector"))
            .map(|c| text(&c))
            .collect();
        let locale = row
            .select(&scraper::Selector::parse("th a").expect("selector"))
            .next()
            .and_then(|a| a.value().attr("href"))
            .and_then(|h| h.strip_prefix("#locale-"))
            .expect("row names its locale")
            .to_string();
        let catalogs = report["catalogs"].as_array().expect("catalogs");
        for (cell, catalog) in cells.iter().zip(catalogs) {
            let counts =
                &report["summary"]["matrix"][&locale][catalog["name"].as_str().expect("name")];
            assert!(
                cell.starts_with(&percent(&counts["percent_complete"])),
                "{locale} {catalog}: {cell} vs {counts}"
            );
        }
        let all = &report["summary"]["by_locale"][&locale]["all"];
        assert_eq!(
            cells.last().map(String::as_str),
            Some(
                format!(
                    "{}{} words left",
                    percent(&all["percent_complete"]),
                    all["words_to_translate"]
                )
                .as_str()
            ),
            "{locale}"
        );
    }
}
