//! Translation tools rewrite `.ftl` files: Mozilla's serializer reformats
//! them on every save, and Pontoon regenerates each locale file from the
//! reference, dropping the locale's own comments. Neither may change what
//! peerpress knows about a translation (issue #10). The tools are simulated
//! with the real python `fluent.syntax` (tests/tools/fluent_tools.py).

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::{Site, PREP, PREP_AR, PREP_FR};
use serde_json::Value;

const EDITED: &str = "You take one pill at the same time every day.";

/// Whether python's `fluent.syntax` is there; loud skip, or a failure
/// under PEERPRESS_REQUIRE_TOOLS.
fn have_python_fluent() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import fluent.syntax"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        common::skip(
            "python3 with `fluent.syntax` is not installed (python3 -m pip install fluent.syntax, or run scripts/test)",
        );
    }
    ok
}

fn tool(site: &Site, command: &str) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/fluent_tools.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(command)
        .arg(site.root())
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn report(site: &Site) -> Value {
    let out = site.run(&["status", "--format", "json"]);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// (locale, catalog, id) → state, every message of every catalog.
fn states(site: &Site) -> BTreeMap<(String, String, String), String> {
    let report = report(site);
    report["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap_or("").to_string();
            ((s("locale"), s("catalog"), s("id")), s("state"))
        })
        .collect()
}

fn provenance(site: &Site) -> Vec<(String, String, String)> {
    report(site)["provenance"]
        .as_array()
        .expect("provenance")
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or("").to_string();
            (s("locale"), s("translated_by"), s("reviewed_by"))
        })
        .collect()
}

/// fr and ar translated with provenance headers and synced; then one English
/// paragraph edited and synced again: `prep-how-it-works-1` is stale in both.
fn site_with_a_stale_message() -> Site {
    let site = Site::new();
    let header =
        "### translated-by: Amal (volunteer), 2026-11-23\n### reviewed-by: Karim, 2026-11-25\n\n";
    // Values that a serializer writes differently: literals and a long
    // value on several lines.
    let fr = PREP_FR.replace(
        "prep-where-to-get-it-1 = Demandez dans une clinique.",
        "prep-where-to-get-it-1 =\n    {\"*\"} Demandez dans une clinique\n    ou un centre de santé.",
    );
    site.write("translations/fr/prep.ftl", &format!("{header}{fr}"));
    site.write("translations/ar/prep.ftl", &format!("{header}{PREP_AR}"));
    site.ok(&["sync"]);
    site.write(
        "content/prep.md",
        &PREP.replace("You take one pill every day.", EDITED),
    );
    site.ok(&["sync"]);
    let states = states(&site);
    for locale in ["fr", "ar"] {
        let key = (locale.into(), "prep".into(), "prep-how-it-works-1".into());
        assert_eq!(states[&key], "stale", "{states:?}");
    }
    site
}

fn stale_ids(states: &BTreeMap<(String, String, String), String>) -> Vec<String> {
    states
        .iter()
        .filter(|(_, s)| *s == "stale")
        .map(|((l, _, id), _)| format!("{l}:{id}"))
        .collect()
}

#[test]
fn records_live_beside_the_translations_not_in_them() {
    let site = site_with_a_stale_message();
    let fr = site.read("translations/fr/prep.ftl");
    assert!(!fr.contains("# peerpress:"), "{fr}");
    let records = site.read("translations/fr/.peerpress/prep.toml");
    assert!(
        records.contains("prep-how-it-works-1 = { en = "),
        "{records}"
    );
    assert!(records.contains("translated-by = \"Amal (volunteer), 2026-11-23\""));
    // The reference's header reads right when a tool copies it into a locale file.
    let reference = site.read("translations/en/prep.ftl");
    assert!(
        !reference.to_lowercase().contains("do not edit"),
        "{reference}"
    );
}

#[test]
fn reserializing_every_file_changes_no_state() {
    if !have_python_fluent() {
        return;
    }
    let site = site_with_a_stale_message();
    let before = states(&site);
    let provenance_before = provenance(&site);
    let fr_before = site.read("translations/fr/prep.ftl");
    tool(&site, "reserialize");
    assert_ne!(
        site.read("translations/fr/prep.ftl"),
        fr_before,
        "the serializer reformats"
    );
    assert_eq!(states(&site), before);
    site.ok(&["sync"]);
    assert_eq!(states(&site), before);
    assert_eq!(provenance(&site), provenance_before);
}

#[test]
fn a_pontoon_save_changes_no_state_and_keeps_provenance() {
    if !have_python_fluent() {
        return;
    }
    let site = site_with_a_stale_message();
    // One message left untranslated: Pontoon omits it from the file.
    site.write(
        "translations/ar/prep.ftl",
        &site
            .read("translations/ar/prep.ftl")
            .replace("prep-where-to-get-it-1 = اسأل في عيادة.\n", ""),
    );
    site.ok(&["sync"]);
    let before = states(&site);
    let provenance_before = provenance(&site);
    assert!(provenance_before
        .iter()
        .any(|(l, by, rev)| l == "fr" && by.starts_with("Amal") && rev.starts_with("Karim")));
    tool(&site, "pontoon");
    let fr = site.read("translations/fr/prep.ftl");
    assert!(
        !fr.contains("translated-by"),
        "Pontoon drops the header:\n{fr}"
    );
    assert!(
        fr.contains("# paragraph"),
        "and copies the reference's comments:\n{fr}"
    );
    assert_eq!(states(&site), before);
    assert_eq!(provenance(&site), provenance_before);
    site.ok(&["sync"]);
    assert_eq!(states(&site), before);
    assert_eq!(provenance(&site), provenance_before);
    // The leaflet of the stale translation is still held back.
    let out = site.ok(&["build"]);
    assert!(out.contains("fr/prep"), "{out}");
    assert!(!site.path("output/site/fr/prep/prep-fr-a4.pdf").exists());
}

#[test]
fn after_a_tool_save_a_new_wording_clears_staleness_and_a_reformat_does_not() {
    if !have_python_fluent() {
        return;
    }
    for tool_name in ["reserialize", "pontoon"] {
        let site = site_with_a_stale_message();
        tool(&site, tool_name);
        // Reformatting only: the same words over two lines, literal spelled differently.
        let fr = site.read("translations/fr/prep.ftl");
        let reformatted = fr.replace(
            "prep-how-it-works-1 = Vous prenez un comprimé chaque jour.",
            "prep-how-it-works-1 =\n    Vous prenez un comprimé\n        chaque   jour.",
        );
        assert_ne!(reformatted, fr, "{tool_name}: {fr}");
        site.write("translations/fr/prep.ftl", &reformatted);
        assert_eq!(
            stale_ids(&states(&site)),
            ["ar:prep-how-it-works-1", "fr:prep-how-it-works-1"],
            "{tool_name}: a reformat is not a revision"
        );
        site.ok(&["sync"]);
        tool(&site, tool_name);
        assert_eq!(stale_ids(&states(&site)).len(), 2, "{tool_name}");
        // A real revision.
        let fr = site.read("translations/fr/prep.ftl");
        let start = fr.find("prep-how-it-works-1 =").expect("message");
        let end = fr[start..].find("\n\n").map_or(fr.len(), |e| start + e);
        let revised = format!(
            "{}prep-how-it-works-1 = Vous prenez un comprimé chaque jour à la même heure.{}",
            &fr[..start],
            &fr[end..]
        );
        site.write("translations/fr/prep.ftl", &revised);
        assert_eq!(
            stale_ids(&states(&site)),
            ["ar:prep-how-it-works-1"],
            "{tool_name}: a new wording is a revision"
        );
        site.ok(&["sync"]);
        tool(&site, tool_name);
        assert_eq!(stale_ids(&states(&site)), ["ar:prep-how-it-works-1"]);
    }
}

#[test]
fn a_translation_without_a_record_counts_from_the_last_synced_english() {
    let site = Site::new();
    site.ok(&["sync"]);
    // The English changes, but nobody has synced: a translation added now
    // was made from what translators were shown, the synced reference.
    site.write(
        "content/prep.md",
        &PREP.replace("You take one pill every day.", EDITED),
    );
    site.write("translations/fr/prep.ftl", PREP_FR);
    let key = (
        "fr".to_string(),
        "prep".to_string(),
        "prep-how-it-works-1".to_string(),
    );
    assert_eq!(states(&site)[&key], "stale");
    site.ok(&["sync"]);
    assert_eq!(states(&site)[&key], "stale", "sync records it so");
    let others_fresh = states(&site)
        .iter()
        .filter(|((l, c, id), _)| l == "fr" && c == "prep" && id != "prep-how-it-works-1")
        .all(|(_, s)| s == "fresh");
    assert!(others_fresh);

    // After a sync, a new translation of the new English is fresh.
    let ar = PREP_AR.replace(
        "تأخذ حبة واحدة كل يوم.",
        "تأخذ حبة واحدة في نفس الوقت كل يوم.",
    );
    site.write("translations/ar/prep.ftl", &ar);
    let key = (
        "ar".to_string(),
        "prep".to_string(),
        "prep-how-it-works-1".to_string(),
    );
    assert_eq!(states(&site)[&key], "fresh");
}

#[test]
fn inline_markers_of_older_versions_migrate_on_sync_losing_nothing() {
    use peerpress::catalog::fingerprint::fingerprint;
    let site = Site::new();
    site.ok(&["sync"]);
    site.write(
        "content/prep.md",
        &PREP.replace("You take one pill every day.", EDITED),
    );
    // What peerpress wrote before records files: a marker over the raw line.
    let line = "prep-how-it-works-1 = Vous prenez un comprimé chaque jour.";
    let old_en = fingerprint("You take one pill every day.");
    let mut fr =
        String::from("### translated-by: Amal (volunteer)\n### reviewed-by: nobody yet\n\n");
    for l in PREP_FR.lines() {
        if l == line {
            fr.push_str(&format!(
                "# peerpress: en={old_en} tr={}\n",
                fingerprint(line)
            ));
        }
        fr.push_str(l);
        fr.push('\n');
    }
    site.write("translations/fr/prep.ftl", &fr);
    let key = (
        "fr".to_string(),
        "prep".to_string(),
        "prep-how-it-works-1".to_string(),
    );
    assert_eq!(states(&site)[&key], "stale");
    let out = site.ok(&["sync"]);
    assert!(
        out.contains("translations/fr/.peerpress/prep.toml"),
        "{out}"
    );
    let migrated = site.read("translations/fr/prep.ftl");
    assert!(!migrated.contains("# peerpress:"), "{migrated}");
    assert!(migrated.contains("### translated-by: Amal"));
    assert_eq!(states(&site)[&key], "stale");
    assert_eq!(stale_ids(&states(&site)), ["fr:prep-how-it-works-1"]);
}

#[test]
fn minor_edits_carry_translations_over_and_are_logged() {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.write("translations/ar/prep.ftl", PREP_AR);
    site.ok(&["sync"]);
    site.write(
        "content/prep.md",
        &PREP.replace("Ask at a clinic.", "Ask at a clinic!"),
    );
    let out = site.run(&["sync", "--minor", "prep-where-to-get-it-1"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("carried over (minor): prep prep-where-to-get-it-1 in fr, ar"),
        "{stdout}"
    );
    assert!(stale_ids(&states(&site)).is_empty());
    let listed = site.ok(&["status", "--minor-since", "2000-01-01"]);
    assert!(listed.contains("was: Ask at a clinic."), "{listed}");
    assert!(listed.contains("now: Ask at a clinic!"), "{listed}");
    let none = site.ok(&["status", "--minor-since", "2999-01-01"]);
    assert!(none.contains("no translations carried over"), "{none}");

    // A change of a link target is never minor: refused, nothing written.
    site.write(
        "content/prep.md",
        &PREP
            .replace("Ask at a clinic.", "Ask at a clinic!")
            .replace(
                "[the WHO page](https://www.who.int/)",
                "[the WHO page](https://www.who.int/hiv)",
            ),
    );
    let records_before = site.read("translations/fr/.peerpress/prep.toml");
    let err = site.fails(&["sync", "--minor", "prep"]);
    assert!(err.contains("content/prep.md:"), "{err}");
    assert!(err.contains("prep-how-it-works-2"), "{err}");
    assert!(err.contains("link targets"), "{err}");
    assert_eq!(
        site.read("translations/fr/.peerpress/prep.toml"),
        records_before
    );

    // A change of meaning without --minor goes stale; a translator can
    // confirm one locale's translation is still right.
    site.write(
        "content/prep.md",
        &PREP.replace("Ask at a clinic.", "Ask at a clinic or a pharmacy."),
    );
    site.ok(&["sync"]);
    assert_eq!(
        stale_ids(&states(&site)),
        ["ar:prep-where-to-get-it-1", "fr:prep-where-to-get-it-1"]
    );
    let err = site.fails(&["sync", "--confirm", "xx:prep-where-to-get-it-1"]);
    assert!(err.contains("not a locale"), "{err}");
    site.ok(&["sync", "--confirm", "fr:prep-where-to-get-it-1"]);
    assert_eq!(stale_ids(&states(&site)), ["ar:prep-where-to-get-it-1"]);
    let err = site.fails(&["sync", "--minor", "no-such-thing"]);
    assert!(err.contains("no-such-thing"), "{err}");
}
