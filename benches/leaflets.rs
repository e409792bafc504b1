//! `cargo bench --bench leaflets`: leaflets per second, side by side with
//! Typst (the PyPI package `typst`) in the same run.
//!
//! 1. The bundled content: 4 documents × 9 locales × 2 formats, on every core.
//! 2. A generated corpus of 200 one-page A4 leaflets, once in English and
//!    once in Arabic (the same text translated; right to left, joined
//!    letters), and the same 200 texts set by Typst as comparable one-page A4
//!    leaflets (title, headings, paragraphs, a list, page footer; no QR code,
//!    which Typst has no built-in for) with the same DejaVu fonts. Typst
//!    compiles them with ONE `typst.Compiler` reused, as a Typst user
//!    batching leaflets would. Both sides run on one thread; peerpress's
//!    rate on every core is reported too. Each figure is the best of
//!    `ROUNDS` runs (other jobs share this machine's cores).

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const DOCS: usize = 200;
const ROUNDS: usize = 3;

// The allocator the `peerpress` binary uses (src/main.rs), so the bench
// measures what a build runs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One generated document: title, and per section its heading, paragraphs and list items.
type Section = (String, Vec<String>, Vec<String>);
type Text = (String, Vec<Section>);

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    English,
    Arabic,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Arabic => "ar",
        }
    }
}

fn main() {
    // `LEAFLETS_PROFILE=en` (or `ar`): only that corpus, one thread (or
    // `LEAFLETS_THREADS`), many rounds, no Typst — for `perf record`.
    if let Ok(code) = std::env::var("LEAFLETS_PROFILE") {
        return profile(&code);
    }
    bundled();
    let dir = tempfile::tempdir().expect("temp");
    for lang in [Lang::English, Lang::Arabic] {
        let root = dir.path().join(lang.code());
        let texts = generate(&root, lang);
        let one = best(|| render(&root, Some(1)));
        let all = best(|| render(&root, None));
        let code = lang.code();
        println!(
            "generated corpus ({code}): peerpress, 1 thread:  {}",
            rate(one)
        );
        println!(
            "generated corpus ({code}): peerpress, {} threads: {}",
            rayon::current_num_threads(),
            rate(all)
        );
        match typst(&root, &texts, lang) {
            Some(seconds) => {
                println!(
                    "generated corpus ({code}): Typst, 1 thread, one Compiler reused: {}",
                    rate((DOCS, seconds))
                );
                println!(
                    "generated corpus ({code}): peerpress is {:.2}x Typst's rate, one thread each (target: 2x)",
                    (one.0 as f64 / one.1) / (DOCS as f64 / seconds)
                );
            }
            None => println!("*** Typst comparison SKIPPED: `pip install typst` to run it ***"),
        }
    }
}

fn profile(code: &str) {
    let lang = if code == "ar" {
        Lang::Arabic
    } else {
        Lang::English
    };
    let dir = tempfile::tempdir().expect("temp");
    let root = dir.path().join(lang.code());
    generate(&root, lang);
    let threads = std::env::var("LEAFLETS_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    for _ in 0..10 {
        println!(
            "{code}, {threads} thread(s): {}",
            rate(render(&root, Some(threads)))
        );
    }
}

fn rate((count, seconds): (usize, f64)) -> String {
    format!(
        "{count} leaflets in {seconds:.3} s = {:.1} leaflets/s ({:.2} ms per leaflet)",
        count as f64 / seconds,
        seconds * 1000.0 / count as f64
    )
}

/// The fastest of `ROUNDS` runs of `run` (count, seconds).
fn best(mut run: impl FnMut() -> (usize, f64)) -> (usize, f64) {
    (0..ROUNDS)
        .map(|_| run())
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .expect("rounds")
}

/// Renders every leaflet of the project at `root` on `threads` threads
/// (all cores if `None`); returns (count, seconds).
fn render(root: &Path, threads: Option<usize>) -> (usize, f64) {
    let project = peerpress::project::Project::load(root).expect("load");
    let localized = peerpress::localize::localize_all(&project);
    let ui = peerpress::ui::UiStrings::new(&project);
    let options = peerpress::leaflet::Options {
        allow_incomplete: false,
        timestamp: 1_795_000_000,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .expect("thread pool");
    let start = Instant::now();
    let output = pool
        .install(|| peerpress::leaflet::render_all(&project, &localized, &ui, &options))
        .expect("render");
    (output.len(), start.elapsed().as_secs_f64())
}

fn bundled() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (count, seconds) = best(|| render(repo, None));
    println!(
        "bundled content: {} ({} threads)",
        rate((count, seconds)),
        rayon::current_num_threads()
    );
}

/// The generated documents' text in `lang`: title, headings, sentences, list items.
struct Words {
    title: fn(usize) -> String,
    heading: fn(usize) -> String,
    sentence: fn(usize, usize, usize) -> String,
    item: fn(usize) -> String,
    reviewed: &'static str,
    contact: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::English => Words {
            title: |d| format!("Information sheet {d}"),
            heading: |s| format!("What you need to know, part {s}"),
            sentence: |d, s, p| {
                format!(
                "People living with HIV who take their treatment every day can live long and healthy lives, and document {d} explains part {s}.{p} of this in plain words for everyone."
            )
            },
            item: |i| format!("Point {i}: ask your clinic about testing and treatment."),
            reviewed: "Last reviewed: 2026-11-01",
            contact: "Contact",
        },
        Lang::Arabic => Words {
            title: |d| format!("نشرة معلومات {d}"),
            heading: |s| format!("ما تحتاج إلى معرفته، الجزء {s}"),
            sentence: |d, s, p| {
                format!(
                "يمكن للأشخاص المتعايشين مع فيروس نقص المناعة البشرية الذين يتناولون علاجهم كل يوم أن يعيشوا حياة طويلة وصحية، وتشرح الوثيقة {d} الجزء {s}.{p} من ذلك بكلمات بسيطة للجميع."
            )
            },
            item: |i| format!("النقطة {i}: اسأل عيادتك عن الفحص والعلاج."),
            reviewed: "آخر مراجعة: 2026-11-01",
            contact: "للتواصل",
        },
    }
}

/// Writes the 200-document project in `lang` (its source language);
/// returns each document's (title, sections).
fn generate(root: &Path, lang: Lang) -> Vec<Text> {
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
    let code = lang.code();
    std::fs::create_dir_all(root.join("translations").join(code)).expect("dir");
    std::fs::create_dir_all(root.join("content")).expect("dir");
    for catalog in ["ui.ftl", "terms.ftl"] {
        let from = repo.join("translations").join(code).join(catalog);
        if from.is_file() {
            std::fs::copy(from, root.join("translations").join(code).join(catalog)).expect("ui");
        }
    }
    std::fs::write(
        root.join("site.toml"),
        format!("source_locale = \"{code}\"\nlocales = [\"{code}\"]\nbase_url = \"https://example.org/\"\n[organisation]\nname = \"Bench\"\n"),
    )
    .expect("site");
    let w = words(lang);
    let mut texts = Vec::new();
    for d in 0..DOCS {
        let title = (w.title)(d);
        let mut md = format!("+++\ntitle = \"{title}\"\nreviewed = 2026-11-01\n[leaflet]\nformats = [\"a4\"]\n+++\n\n");
        let mut sections = Vec::new();
        for s in 0..3 {
            let heading = (w.heading)(s);
            let paragraphs: Vec<String> = (0..2)
                .map(|p| format!("{} {}", (w.sentence)(d, s, p), (w.sentence)(d, s, p + 2)))
                .collect();
            let items: Vec<String> = (0..3).map(w.item).collect();
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

/// The Typst source of one generated leaflet.
fn typst_source(n: usize, (title, sections): &Text, lang: Lang) -> String {
    let w = words(lang);
    let dir = if lang == Lang::Arabic { "rtl" } else { "ltr" };
    let mut src = format!(
        "#set page(paper: \"a4\", margin: 15mm, footer: context align(center, text(size: 8pt)[#counter(page).display() · Edition 0000]))\n#set text(font: \"DejaVu Sans\", size: 11pt, lang: \"{}\", dir: {dir})\n",
        lang.code()
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
        "{}\n\n== {}\n\nBench · https://example.org/{}/doc{n:03}/",
        w.reviewed,
        w.contact,
        lang.code()
    );
    src
}

/// Seconds Typst takes for the 200 leaflets (best of `ROUNDS`), one
/// `typst.Compiler` reused, on one thread; `None` without Typst.
fn typst(root: &Path, texts: &[Text], lang: Lang) -> Option<f64> {
    let dir = root.join("typst");
    std::fs::create_dir_all(&dir).ok()?;
    for (n, text) in texts.iter().enumerate() {
        std::fs::write(
            dir.join(format!("doc{n:03}.typ")),
            typst_source(n, text, lang),
        )
        .ok()?;
    }
    // Typst gets the same DejaVu Sans the built-in fonts are.
    let fonts = root.join("fonts");
    std::fs::create_dir_all(&fonts).ok()?;
    std::fs::write(fonts.join("DejaVuSans.ttf"), dejavu::sans::regular()).ok()?;
    std::fs::write(fonts.join("DejaVuSans-Bold.ttf"), dejavu::sans::bold()).ok()?;
    // Output in memory, as peerpress's `render_all`; one compiler for the
    // 200 leaflets of a round, a new one per round (a compiler that has seen
    // the same files before would only replay its memoized results).
    let script = format!(
        "import glob, time, typst\n\
         files = sorted(glob.glob('{dir}/*.typ'))\n\
         best = None\n\
         for _ in range({ROUNDS}):\n    \
             compiler = typst.Compiler(root='{dir}', font_paths=['{fonts}'], ignore_system_fonts=True)\n    \
             start = time.perf_counter()\n    \
             for f in files:\n        \
                 pdf = compiler.compile(input=f)\n        \
                 assert len(pdf) > 1000\n    \
             took = time.perf_counter() - start\n    \
             best = took if best is None else min(best, took)\n\
         print(best)\n",
        dir = dir.display(),
        fonts = fonts.display(),
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .env("RAYON_NUM_THREADS", "1")
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}
