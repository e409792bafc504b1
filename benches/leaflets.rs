//! `cargo bench --bench leaflets`: leaflets per second, side by side with
//! Typst (the PyPI package `typst`) in the same run.
//!
//! 1. The bundled content: 4 documents × 9 locales × 2 formats.
//! 2. A generated corpus of 200 one-page English documents (A4 only), and the
//!    same 200 texts set by Typst as comparable one-page A4 leaflets (title,
//!    headings, paragraphs, a list, page footer; no QR code, which Typst has
//!    no built-in for), each compiled from its own file so no cache is reused.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const DOCS: usize = 200;

/// One generated document: title, and per section its heading, paragraphs and list items.
type Section = (String, Vec<String>, Vec<String>);
type Text = (String, Vec<Section>);

fn main() {
    bundled();
    let dir = tempfile::tempdir().expect("temp");
    let texts = generate(dir.path());
    let ours = render(dir.path());
    println!(
        "generated corpus: peerpress {} leaflets in {:.2} s = {:.1} leaflets/s ({:.2} ms per leaflet)",
        ours.0,
        ours.1,
        ours.0 as f64 / ours.1,
        ours.1 * 1000.0 / ours.0 as f64
    );
    match typst(dir.path(), &texts) {
        Some(seconds) => {
            println!(
                "generated corpus: Typst {DOCS} leaflets in {seconds:.2} s = {:.1} leaflets/s ({:.2} ms per leaflet)",
                DOCS as f64 / seconds,
                seconds * 1000.0 / DOCS as f64
            );
            println!(
                "peerpress / Typst time per leaflet: {:.2} (below 1 means peerpress is faster)",
                (ours.1 / ours.0 as f64) / (seconds / DOCS as f64)
            );
        }
        None => println!("*** Typst comparison SKIPPED: `pip install typst` to run it ***"),
    }
}

/// Renders every leaflet of the project at `root`; returns (count, seconds).
fn render(root: &Path) -> (usize, f64) {
    let project = peerpress::project::Project::load(root).expect("load");
    let localized = peerpress::localize::localize_all(&project);
    let ui = peerpress::ui::UiStrings::new(&project);
    let options = peerpress::leaflet::Options {
        allow_incomplete: false,
        timestamp: 1_795_000_000,
    };
    let start = Instant::now();
    let output =
        peerpress::leaflet::render_all(&project, &localized, &ui, &options).expect("render");
    (output.len(), start.elapsed().as_secs_f64())
}

fn bundled() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (count, seconds) = render(repo);
    println!(
        "bundled content: {count} leaflets in {seconds:.2} s = {:.1} leaflets/s ({:.2} ms per leaflet, 2 cores)",
        count as f64 / seconds,
        seconds * 1000.0 / count as f64
    );
}

/// Writes the 200-document project; returns each document's (title, sections).
fn generate(root: &Path) -> Vec<Text> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in walkdir::WalkDir::new(repo.join("themes")) {
        let entry = entry.expect("walk");
        let to = root.join(entry.path().strip_prefix(repo).expect("rel"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &to).expect("copy");
        }
    }
    std::fs::create_dir_all(root.join("translations/en")).expect("dir");
    std::fs::create_dir_all(root.join("content")).expect("dir");
    std::fs::copy(
        repo.join("translations/en/ui.ftl"),
        root.join("translations/en/ui.ftl"),
    )
    .expect("ui");
    std::fs::write(
        root.join("site.toml"),
        "source_locale = \"en\"\nlocales = [\"en\"]\nbase_url = \"https://example.org/\"\n[organisation]\nname = \"Bench\"\n",
    )
    .expect("site");
    let sentence = |d: usize, s: usize, p: usize| {
        format!(
            "People living with HIV who take their treatment every day can live long and healthy lives, and document {d} explains part {s}.{p} of this in plain words for everyone."
        )
    };
    let mut texts = Vec::new();
    for d in 0..DOCS {
        let title = format!("Information sheet {d}");
        let mut md = format!("+++\ntitle = \"{title}\"\nreviewed = 2026-11-01\n[leaflet]\nformats = [\"a4\"]\n+++\n\n");
        let mut sections = Vec::new();
        for s in 0..3 {
            let heading = format!("What you need to know, part {s}");
            let paragraphs: Vec<String> = (0..2)
                .map(|p| format!("{} {}", sentence(d, s, p), sentence(d, s, p + 2)))
                .collect();
            let items: Vec<String> = (0..3)
                .map(|i| format!("Point {i}: ask your clinic about testing and treatment."))
                .collect();
            let _ = writeln!(md, "## {heading}\n");
            for p in &paragraphs {
                let _ = writeln!(md, "{p}\n");
            }
            for i in &items {
                let _ = writeln!(md, "- {i}");
            }
            md.push('\n');
            sections.push((heading, paragraphs, items));
        }
        std::fs::write(root.join(format!("content/doc{d:03}.md")), md).expect("md");
        texts.push((title, sections));
    }
    texts
}

fn typst(root: &Path, texts: &[Text]) -> Option<f64> {
    let dir = root.join("typst");
    std::fs::create_dir_all(&dir).ok()?;
    for (n, (title, sections)) in texts.iter().enumerate() {
        let mut src = String::from(
            "#set page(paper: \"a4\", margin: 15mm, footer: context align(center, text(size: 8pt)[Page #counter(page).display() · Edition 0000]))\n#set text(font: \"DejaVu Sans\", size: 11pt, lang: \"en\")\n",
        );
        let _ = writeln!(src, "= {title}\n");
        for (heading, paragraphs, items) in sections {
            let _ = writeln!(src, "== {heading}\n");
            for p in paragraphs {
                let _ = writeln!(src, "{p}\n");
            }
            for i in items {
                let _ = writeln!(src, "- {i}");
            }
            src.push('\n');
        }
        let _ = writeln!(
            src,
            "Last reviewed: 2026-11-01\n\n== Contact\n\nBench · https://example.org/en/doc{n:03}/"
        );
        std::fs::write(dir.join(format!("doc{n:03}.typ")), src).ok()?;
    }
    let script = format!(
        "import glob, time, typst\nfiles = sorted(glob.glob('{}/*.typ'))\nfonts = '{}'\nstart = time.time()\nfor f in files:\n    typst.compile(f, output=f[:-4] + '.pdf', font_paths=[fonts])\nprint(time.time() - start)\n",
        dir.display(),
        root.join("fonts").display()
    );
    // Typst gets the same DejaVu Sans the built-in fallback uses.
    std::fs::create_dir_all(root.join("fonts")).ok()?;
    std::fs::write(root.join("fonts/DejaVuSans.ttf"), dejavu::sans::regular()).ok()?;
    std::fs::write(root.join("fonts/DejaVuSans-Bold.ttf"), dejavu::sans::bold()).ok()?;
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}
