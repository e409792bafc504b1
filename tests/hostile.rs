//! Adversarial fixtures (tests/hostile/<case>/): messy and hostile files a
//! real project meets — broken Fluent, bytes that are not UTF-8, a BOM,
//! repeated ids, undefined terms, author mistakes in the Markdown. Each case
//! overlays `files/` (copied byte for byte) and `append/` (appended) onto the
//! small fixture site, runs `status --format json` and `build`, and compares
//! exactly with its `expected.json`: every message that is not fresh (locale,
//! catalog, id, state, line, column), the file problems, exit codes, and the
//! file:line:col the messages must name.
//!
//! `PEERPRESS_BLESS=1 cargo test --test hostile` rewrites the expected files
//! from the current output — read the diff before committing it.

mod common;

use std::path::Path;

use common::Site;
use serde_json::{json, Value};

fn overlay(site: &Site, case: &Path) {
    for (part, append) in [("files", false), ("append", true)] {
        let from = case.join(part);
        if !from.is_dir() {
            continue;
        }
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.expect("walk");
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(&from).expect("rel");
            let to = site.root().join(rel);
            std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
            let mut bytes = if append {
                std::fs::read(&to).unwrap_or_default()
            } else {
                Vec::new()
            };
            bytes.extend(std::fs::read(entry.path()).expect("read"));
            std::fs::write(&to, bytes).expect("write");
        }
    }
}

/// What the tool said about the case, in the shape of expected.json.
fn observe(site: &Site) -> Value {
    let status = site.run(&["status", "--format", "json"]);
    let report: Value = serde_json::from_slice(&status.stdout).unwrap_or(Value::Null);
    let not_fresh: Vec<Value> = report["messages"]
        .as_array()
        .map(|m| m.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|m| m["state"] != "fresh")
        .map(|m| {
            json!([
                m["locale"],
                m["catalog"],
                m["id"],
                m["state"],
                m["line"],
                m["column"],
                m["reason"]
            ])
        })
        .collect();
    let problems: Vec<Value> = report["problems"]
        .as_array()
        .map(|p| p.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|p| json!([p["locale"], p["file"], p["line"], p["column"], p["message"]]))
        .collect();
    let build = site.run(&["build"]);
    let lines = |bytes: &[u8]| -> Vec<String> {
        String::from_utf8_lossy(bytes)
            .lines()
            .filter(|l| {
                l.starts_with("error")
                    || l.starts_with("warning")
                    || l.contains(".ftl:")
                    || l.contains(".md:")
            })
            .map(str::to_string)
            .collect()
    };
    json!({
        "status": {
            "exit": status.status.code(),
            "not_fresh": not_fresh,
            "problems": problems,
            "stderr": lines(&status.stderr),
        },
        "build": {
            "exit": build.status.code(),
            "stderr": lines(&build.stderr),
            "published": site.path("output/site/index.html").exists(),
        }
    })
}

#[test]
fn every_hostile_fixture_gets_exactly_its_expected_report() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/hostile")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 7, "{cases:?}");
    let bless = std::env::var_os("PEERPRESS_BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let site = Site::new();
        overlay(&site, case);
        let observed = observe(&site);
        let expected_path = case.join("expected.json");
        if bless {
            let text = serde_json::to_string_pretty(&observed).expect("json") + "\n";
            std::fs::write(&expected_path, text).expect("write expected");
            continue;
        }
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display())),
        )
        .expect("expected.json");
        if observed != expected {
            failures.push(format!(
                "{}:\nexpected {}\nobserved {}",
                case.display(),
                serde_json::to_string_pretty(&expected).unwrap_or_default(),
                serde_json::to_string_pretty(&observed).unwrap_or_default()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
