//! A build killed at any moment (SIGKILL: no clean-up code runs) leaves
//! `output/site` as either the complete previous site or the complete new
//! one, and the next build succeeds; two builds at once never mix their
//! output (issue #11).
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Site, PREP, PREP_AR, PREP_FR};

/// Relative path → hash of the bytes, for every file of output/site.
fn snapshot(site_dir: &Path) -> BTreeMap<String, u64> {
    let mut files = BTreeMap::new();
    if !site_dir.is_dir() {
        return files;
    }
    for entry in walkdir::WalkDir::new(site_dir) {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            std::fs::read(entry.path()).expect("read").hash(&mut hasher);
            let rel = entry.path().strip_prefix(site_dir).expect("rel");
            files.insert(rel.display().to_string(), hasher.finish());
        }
    }
    files
}

fn content(version: usize) -> String {
    if version == 0 {
        PREP.to_string()
    } else {
        PREP.replace("Ask at a clinic.", "Ask at a clinic or a community centre.")
    }
}

/// A fixed-seed xorshift: the same kill moments on every run.
struct Moments(u64);

impl Moments {
    fn next_below(&mut self, limit: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % limit.max(1)
    }
}

#[test]
fn a_killed_build_leaves_the_old_site_or_the_new_one() {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.write("translations/ar/prep.ftl", PREP_AR);
    let site_dir = site.path("output/site");

    // The two complete sites, each from a clean build.
    let mut expected = Vec::new();
    let mut duration = Duration::ZERO;
    for version in 0..2 {
        site.write("content/prep.md", &content(version));
        let _ = std::fs::remove_dir_all(site.path("output"));
        let start = Instant::now();
        site.ok(&["build"]);
        duration = duration.max(start.elapsed());
        expected.push(snapshot(&site_dir));
    }
    assert_ne!(expected[0], expected[1]);

    let mut moments = Moments(0x9E37_79B9_7F4A_7C15);
    let mut current = 1;
    let mut written = 1;
    let limit = duration.as_micros() as u64 * 3 / 2;
    for round in 0..24 {
        let next = 1 - current;
        site.write("content/prep.md", &content(next));
        written = next;
        let mut child = Command::new(env!("CARGO_BIN_EXE_peerpress"))
            .arg("build")
            .current_dir(site.root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(moments.next_below(limit)));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = snapshot(&site_dir);
        let which = expected.iter().position(|e| *e == now);
        assert!(
            which.is_some(),
            "round {round}: output/site is neither the old nor the new site ({} files)",
            now.len()
        );
        current = which.unwrap_or(current);
    }
    // The next build succeeds and gives exactly the new site.
    site.ok(&["build"]);
    assert_eq!(snapshot(&site_dir), expected[written]);
}

#[test]
fn two_builds_at_once_never_mix_their_output() {
    let site = Site::new();
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.ok(&["build"]);
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_peerpress"))
            .arg("build")
            .current_dir(site.root())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    site.write("content/prep.md", &content(1));
    let first = spawn();
    let second = spawn();
    let first = first.wait_with_output().expect("first");
    let second = second.wait_with_output().expect("second");
    for out in [&first, &second] {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() || stderr.contains("another peerpress build"),
            "{stderr}"
        );
    }
    let both = snapshot(&site.path("output/site"));
    let _ = std::fs::remove_dir_all(site.path("output"));
    site.ok(&["build"]);
    assert_eq!(
        both,
        snapshot(&site.path("output/site")),
        "a complete, unmixed site"
    );
}
