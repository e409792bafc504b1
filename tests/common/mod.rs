//! A small fixture site (en, fr, ar) built in a temporary folder, and the
//! `peerpress` binary run on it: tests go through the public surface.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const PREP: &str = r#"+++
title = "PrEP"
description = "What PrEP is."
order = 1
reviewed = 2026-11-01

[[sources]]
title = "WHO: HIV prevention"
url = "https://www.who.int/"
+++

PrEP is a medicine that stops HIV.

## How it works

You take one pill every day.

Read [the WHO page](https://www.who.int/) for more.

- It is safe.
- It works well.

## Where to get it

Ask at a clinic.
"#;

/// A French translation of every segment of [`PREP`], by the ids sync gives them.
pub const PREP_FR: &str = r#"prep-title = La PrEP
prep-description = Ce qu’est la PrEP.
prep-intro-1 = La PrEP est un médicament qui empêche le VIH.
prep-how-it-works = Comment ça marche
prep-how-it-works-1 = Vous prenez un comprimé chaque jour.
prep-how-it-works-2 = Lisez [la page de l’OMS](https://www.who.int/) pour en savoir plus.
prep-how-it-works-3 = C’est sûr.
prep-how-it-works-4 = Ça marche bien.
prep-where-to-get-it = Où l’obtenir
prep-where-to-get-it-1 = Demandez dans une clinique.
"#;

/// PREP translated into Arabic, by the ids sync gives it.
pub const PREP_AR: &str = r#"prep-title = الوقاية قبل التعرض
prep-description = ما هي الوقاية قبل التعرض.
prep-intro-1 = الوقاية قبل التعرض دواء يمنع فيروس نقص المناعة البشرية.
prep-how-it-works = كيف تعمل
prep-how-it-works-1 = تأخذ حبة واحدة كل يوم.
prep-how-it-works-2 = اقرأ [صفحة منظمة الصحة العالمية](https://www.who.int/) لمعرفة المزيد.
prep-how-it-works-3 = إنها آمنة.
prep-how-it-works-4 = إنها فعالة جدًا.
prep-where-to-get-it = أين تحصل عليها
prep-where-to-get-it-1 = اسأل في عيادة.
"#;

pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    /// en + fr + ar, the repository's theme and UI strings, one document.
    pub fn new() -> Site {
        let dir = tempfile::tempdir().expect("temp dir");
        let site = Site { dir };
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_dir(&repo.join("themes/default"), &site.path("themes/default"));
        for locale in ["en", "fr", "ar"] {
            site.write(
                &format!("translations/{locale}/ui.ftl"),
                &std::fs::read_to_string(repo.join(format!("translations/{locale}/ui.ftl")))
                    .expect("ui.ftl"),
            );
        }
        site.write(
            "site.toml",
            "source_locale = \"en\"\nlocales = [\"en\", \"fr\", \"ar\"]\nbase_url = \"https://example.org/hiv/\"\n\n[organisation]\nname = \"Test Org\"\n",
        );
        site.write("content/prep.md", PREP);
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_peerpress"))
            .args(args)
            .current_dir(self.root())
            .env("NO_COLOR", "1")
            .output()
            .expect("run peerpress")
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "peerpress {args:?} failed:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs a command that must fail with exit code 1; returns its stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "peerpress {args:?} should exit 1:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    pub fn html(&self, rel: &str) -> scraper::Html {
        scraper::Html::parse_document(&self.read(&format!("output/site/{rel}")))
    }
}

pub fn select<'a>(html: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = scraper::Selector::parse(css).expect("selector");
    html.select(&selector).collect()
}

pub fn text(element: &scraper::ElementRef) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A copy of the repository's project files (site.toml, content,
/// translations, themes, partners) in a temporary folder.
pub fn bundled_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for part in ["site.toml", "content", "translations", "themes", "partners"] {
        copy_dir(&repo.join(part), &dir.path().join(part));
    }
    dir
}

/// Copies a folder (or one file) to `to`.
fn copy_dir(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::copy(from, to).expect("copy");
        return;
    }
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Elements of the article body marked as another language than `page_lang`
/// (fallback segments); the sources list and language links are not segments.
pub fn marked_segments<'a>(html: &'a scraper::Html, lang: &str) -> Vec<scraper::ElementRef<'a>> {
    select(html, &format!("main article [lang={lang}]"))
        .into_iter()
        .filter(|e| {
            !e.ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| c == "sources"))
        })
        .collect()
}

/// Whether an outside program can run; when it cannot, says so loudly, and
/// fails instead when PEERPRESS_REQUIRE_TOOLS is set (as in CI).
pub fn have_tool(program: &str) -> bool {
    let found = std::process::Command::new(program)
        .arg("-v")
        .output()
        .is_ok();
    if !found {
        skip(&format!(
            "`{program}` is not installed (apt-get install poppler-utils qpdf, or run scripts/test)"
        ));
    }
    found
}

/// Reports a skipped check: a failure under PEERPRESS_REQUIRE_TOOLS (CI and
/// scripts/test), else a message written straight to the terminal — libtest
/// hides what a passing test prints with `eprintln!`, but not this.
pub fn skip(reason: &str) {
    use std::io::Write as _;
    let message = format!("SKIPPED: {reason}");
    assert!(
        std::env::var_os("PEERPRESS_REQUIRE_TOOLS").is_none(),
        "{message}"
    );
    let _ = writeln!(std::io::stderr(), "\n*** {message} ***\n");
}

/// The text of the one QR code on the last page of `pdf` (rendered with
/// pdftoppm into `scratch`, decoded with rqrr). Needs poppler-utils: call
/// [`have_tool`] first.
pub fn decode_qr(pdf: &Path, scratch: &Path) -> String {
    let tool = |program: &str, args: &[&str]| {
        let out = Command::new(program).args(args).output().expect(program);
        assert!(
            out.status.success(),
            "{program} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let pdf_arg = pdf.to_str().expect("path");
    let last = tool("pdfinfo", &[pdf_arg])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().to_string()))
        .expect("pages");
    std::fs::create_dir_all(scratch).expect("scratch dir");
    let prefix = scratch.join("qr");
    tool(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-f",
            &last,
            "-l",
            &last,
            pdf_arg,
            prefix.to_str().expect("path"),
        ],
    );
    let png = std::fs::read_dir(scratch)
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("qr"))
        })
        .expect("png");
    let image = image::open(&png).expect("png").to_luma8();
    let _ = std::fs::remove_file(&png);
    let mut prepared = rqrr::PreparedImage::prepare(image);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    let (_, content) = grids[0].decode().expect("decodes");
    content
}
