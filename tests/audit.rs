//! The browser audit (audit/audit.mjs) over the bundled site: axe-core's WCAG
//! 2.x A/AA rules in Debian's Chromium, no third-party requests, page weight,
//! links, hreflang, lang/dir, text without JavaScript, screenshots at 320 and
//! 1280 px into output/screenshots/. Needs node, chromium and
//! `npm ci --prefix audit`; says loudly that it skipped when they are absent
//! (and fails instead under PEERPRESS_REQUIRE_TOOLS=1, as in CI).

mod common;

use std::path::Path;
use std::process::Command;

fn available(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn every_page_passes_the_browser_audit() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let missing: Vec<&str> = [
        (!available("node", "--version")).then_some("node"),
        (!Path::new(&chromium).exists()).then_some("chromium (apt-get install chromium)"),
        (!repo.join("audit/node_modules/axe-core").exists())
            .then_some("axe-core and playwright-core (npm ci --prefix audit)"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        common::skip(&format!(
            "the browser audit: missing {} (scripts/test installs them)",
            missing.join(", ")
        ));
        return;
    }

    let dir = tempfile::tempdir().expect("temp");
    for part in ["site.toml", "content", "translations", "themes"] {
        for entry in walkdir::WalkDir::new(repo.join(part)) {
            let entry = entry.expect("walk");
            let to = dir
                .path()
                .join(entry.path().strip_prefix(repo).expect("rel"));
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("mkdir");
            } else {
                std::fs::copy(entry.path(), &to).expect("copy");
            }
        }
    }
    let build = Command::new(env!("CARGO_BIN_EXE_peerpress"))
        .arg("build")
        .current_dir(dir.path())
        .output()
        .expect("build");
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let base_url = std::fs::read_to_string(dir.path().join("site.toml"))
        .expect("site.toml")
        .lines()
        .find_map(|l| {
            l.strip_prefix("base_url = ")
                .map(|v| v.trim_matches('"').to_string())
        })
        .expect("base_url");
    let out = Command::new("node")
        .arg(repo.join("audit/audit.mjs"))
        .arg(dir.path().join("output/site"))
        .arg(repo.join("output/screenshots"))
        .arg(&base_url)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node");
    let report = String::from_utf8_lossy(&out.stdout);
    eprintln!("{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "browser audit failed:\n{report}");
    assert!(
        report.contains(
            "audit: 48 pages, 0 accessibility violations, 0 third-party requests, 0 broken links"
        ),
        "{report}"
    );
}
