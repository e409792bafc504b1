//! `cargo bench --bench status`: `peerpress status` over 9 locales × 1,000
//! messages (four documents of 250 segments, every locale translated, one
//! paragraph in ten stale, one in twenty missing). Target: under 200 ms.
//!
//! Timed as a person runs it — the release binary, start to finish, JSON
//! output — median of repeated runs, plus the library call alone.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const LOCALES: [&str; 9] = ["en", "fr", "de", "el", "it", "pt", "sv", "ru", "ar"];
const DOCS: usize = 4;
const SEGMENTS_PER_DOC: usize = 250;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    generate(root);
    let sync = Command::new(env!("CARGO_BIN_EXE_peerpress"))
        .arg("sync")
        .current_dir(root)
        .output()
        .expect("sync");
    assert!(
        sync.status.success(),
        "{}",
        String::from_utf8_lossy(&sync.stderr)
    );
    // Make one paragraph in ten stale: edit the English after the markers were written.
    for d in 0..DOCS {
        let path = root.join(format!("content/doc{d}.md"));
        let text = std::fs::read_to_string(&path).expect("read");
        let edited: String = text
            .lines()
            .map(|l| {
                if l.starts_with("Paragraph") && l.contains("number 0") {
                    format!("{l} Edited.\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        std::fs::write(&path, edited).expect("write");
    }

    let project = peerpress::project::Project::load(root).expect("load");
    let report = peerpress::status::collect(&project, &peerpress::status::Filter::default());
    let content = report
        .messages
        .iter()
        .filter(|m| m.kind == peerpress::project::CatalogKind::Content)
        .count();
    println!(
        "corpus: {} locales × {} content messages ({} content message states), {} stale, {} missing",
        LOCALES.len(),
        DOCS * SEGMENTS_PER_DOC,
        content,
        report.count_in(&[peerpress::status::MessageState::Stale]),
        report.count_in(&[peerpress::status::MessageState::Missing]),
    );

    let library = median(15, || {
        let project = peerpress::project::Project::load(root).expect("load");
        let report = peerpress::status::collect(&project, &peerpress::status::Filter::default());
        std::hint::black_box(peerpress::status::json::render(&report));
    });
    let cli = median(15, || {
        let out = Command::new(env!("CARGO_BIN_EXE_peerpress"))
            .args(["status", "--format", "json"])
            .current_dir(root)
            .output()
            .expect("status");
        std::hint::black_box(out.stdout.len());
    });
    println!(
        "status (library: load + match + JSON): median {:.1} ms",
        ms(library)
    );
    println!(
        "peerpress status --format json (whole process): median {:.1} ms  [target < 200 ms]",
        ms(cli)
    );
    large_file();
}

/// One Fluent file of 60,001 messages (about 3 MB, Mozilla-sized), nine in
/// ten translated, through `status --ftl-only`. Target: under 1 s.
fn large_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut en, mut fr) = (String::new(), String::new());
    for i in 0..60_001 {
        let _ = writeln!(en, "msg-{i} = Message number {i} with {{ $count }} words");
        if i % 10 != 0 {
            let _ = writeln!(fr, "msg-{i} = Le message numéro {i} avec {{ $count }} mots");
        }
    }
    for (locale, text) in [("en", en), ("fr", fr)] {
        std::fs::create_dir_all(dir.path().join(locale)).expect("mkdir");
        std::fs::write(dir.path().join(locale).join("main.ftl"), text).expect("write");
    }
    let cli = median(5, || {
        let out = Command::new(env!("CARGO_BIN_EXE_peerpress"))
            .args(["status", "--ftl-only", "--format", "json"])
            .arg(dir.path())
            .output()
            .expect("status");
        std::hint::black_box(out.stdout.len());
    });
    println!(
        "peerpress status --ftl-only on one file of 60,001 messages (whole process): median {:.1} ms  [target < 1000 ms]",
        ms(cli)
    );
}

fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn generate(root: &Path) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = |from: &Path, to: &Path| {
        for entry in walkdir::WalkDir::new(from) {
            let entry = entry.expect("walk");
            let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).expect("mkdir");
            } else {
                std::fs::copy(entry.path(), &target).expect("copy");
            }
        }
    };
    copy(&repo.join("themes"), &root.join("themes"));
    let list: Vec<String> = LOCALES.iter().map(|l| format!("\"{l}\"")).collect();
    std::fs::write(
        root.join("site.toml"),
        format!(
            "source_locale = \"en\"\nlocales = [{}]\nbase_url = \"https://example.org/\"\n",
            list.join(", ")
        ),
    )
    .expect("site.toml");
    std::fs::create_dir_all(root.join("content")).expect("content");
    for locale in LOCALES {
        std::fs::create_dir_all(root.join("translations").join(locale)).expect("dir");
        std::fs::copy(
            repo.join(format!("translations/{locale}/ui.ftl")),
            root.join(format!("translations/{locale}/ui.ftl")),
        )
        .expect("ui");
    }
    for d in 0..DOCS {
        // Title + description + 248 body segments: 8 sections of a heading and 30 paragraphs.
        let mut md = format!("+++\ntitle = \"Document {d}\"\ndescription = \"About document {d}.\"\nreviewed = 2026-11-01\n+++\n\n");
        let mut ids = vec![
            (format!("doc{d}-title"), format!("Document {d}")),
            (
                format!("doc{d}-description"),
                format!("About document {d}."),
            ),
        ];
        for s in 0..8 {
            let heading = format!("Section {s} of document {d}");
            let heading_id = format!("doc{d}-section-{s}-of-document-{d}");
            let _ = writeln!(md, "## {heading}\n");
            ids.push((heading_id.clone(), heading));
            for p in 0..30 {
                let text = format!(
                    "Paragraph {p} of section {s}: people living with HIV who take treatment can live long, healthy lives, number {}.",
                    p % 10
                );
                let _ = writeln!(md, "{text}\n");
                ids.push((format!("{heading_id}-{}", p + 1), text));
            }
        }
        std::fs::write(root.join(format!("content/doc{d}.md")), md).expect("md");
        for locale in &LOCALES[1..] {
            let mut ftl = String::new();
            for (i, (id, text)) in ids.iter().enumerate() {
                if i % 20 == 19 {
                    continue; // missing
                }
                let _ = writeln!(ftl, "{id} = [{locale}] {text}");
            }
            std::fs::write(root.join(format!("translations/{locale}/doc{d}.ftl")), ftl)
                .expect("ftl");
        }
    }
}
