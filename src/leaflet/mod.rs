//! The print renderer: each localized document → PDF leaflets (`a4`, and
//! `a5-booklet` imposed for folding), from the same model as the web pages.
//!
//! Flow: coverage gate ([`crate::typeset::fonts`]) → [`compose`] (lines set
//! by [`crate::typeset`], placed on logical pages by [`layout`];
//! writer-independent) → imposition → [`pdf`] (printpdf + tagging).
//! A leaflet is made only for a fully translated, up-to-date document unless
//! `allow_incomplete` is set, in which case every page says DRAFT.

pub mod compose;
pub mod layout;
mod pdf;
mod qr;
pub mod theme;

use std::path::PathBuf;

use fluent_bundle::FluentArgs;

use crate::catalog::fingerprint::fingerprint;
use crate::engine::hash::Hasher;
use crate::engine::{Job, JobError, Renderer, Written};
use crate::localize::{LocalizedDocument, Readiness};
use crate::partner::help::{for_leaflet, HelpBlock};
use crate::project::Project;
use crate::typeset::spans::{plain, spans};
use crate::typeset::units::MM;
use crate::typeset::{FontSet, Style, TypesetError};
use crate::ui::UiStrings;
use compose::{compose, primary_script, Furniture};
use layout::Geometry;

#[derive(Debug, thiserror::Error)]
pub enum LeafletError {
    #[error("{0}")]
    Theme(String),
    #[error(transparent)]
    Typeset(#[from] TypesetError),
    #[error(transparent)]
    Coverage(Box<CoverageError>),
    #[error("{path}: unknown leaflet format `{format}` (use \"a4\" or \"a5-booklet\")")]
    UnknownFormat { path: String, format: String },
    #[error("could not write a PDF: {0}")]
    Pdf(String),
}

/// A character to be printed that no chosen font has.
#[derive(Debug, thiserror::Error)]
#[error("{locale}/{doc}: no font has {chars} (in {segment}); the theme's {script} font is `{font}`\n  help: choose a font that covers these characters in themes/<theme>/theme.toml [leaflet.fonts.{script}], or fix the text")]
pub struct CoverageError {
    pub locale: String,
    pub doc: String,
    pub segment: String,
    pub chars: String,
    pub script: &'static str,
    pub font: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    A4,
    A5Booklet,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "a4" => Some(Format::A4),
            "a5-booklet" => Some(Format::A5Booklet),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::A4 => "a4",
            Format::A5Booklet => "a5-booklet",
        }
    }
}

pub struct Options {
    pub allow_incomplete: bool,
    /// Seconds since 1970 (UTC) of the build date printed in the edition stamp.
    pub timestamp: i64,
}

impl Options {
    /// The build date: `SOURCE_DATE_EPOCH` if set (reproducible builds), else today.
    pub fn today(allow_incomplete: bool) -> Options {
        Options {
            allow_incomplete,
            timestamp: crate::clock::today(),
        }
    }

    pub fn date(&self) -> String {
        crate::clock::iso_date(self.timestamp)
    }
}

/// UI messages a leaflet prints.
const UI_IDS: [&str; 9] = [
    "last-reviewed",
    "sources-heading",
    "leaflet-contact",
    "leaflet-read-online",
    "leaflet-qr-alt",
    "leaflet-page",
    "leaflet-edition",
    "leaflet-draft",
    "translation-unreviewed",
];

/// The leaflet jobs of a build: one per printable document × locale × format.
pub struct LeafletRenderer<'p> {
    project: &'p Project,
    ui: &'p UiStrings,
    options: &'p Options,
    fonts: FontSet,
    /// Subset font programs, deflated, shared by the build's leaflets.
    programs: pdf::ProgramCache,
    font_size: f32,
    /// Fingerprint of the fonts and the theme's leaflet settings.
    theme_digest: String,
    config_digest: String,
    printed: Vec<(&'p LocalizedDocument<'p>, Format, bool)>,
    /// A partner build: per locale, the "where to get help" block.
    help: std::collections::HashMap<String, HelpBlock<'p>>,
    /// Leaflets not made, and why.
    pub skipped: Vec<Readiness>,
    /// Fonts not found that fell back to the built-in one.
    pub notes: Vec<String>,
}

impl<'p> LeafletRenderer<'p> {
    /// Loads the theme's fonts and decides which leaflets to make.
    pub fn new(
        project: &'p Project,
        localized: &'p [LocalizedDocument<'p>],
        ui: &'p UiStrings,
        options: &'p Options,
    ) -> Result<LeafletRenderer<'p>, LeafletError> {
        let theme_dir = project.config.theme_dir();
        let theme_display = PathBuf::from("themes").join(&project.config.theme);
        let theme = theme::load_theme(&theme_dir, &theme_display)?;
        let mut notes = Vec::new();
        let fonts = FontSet::load(&theme.fonts, &theme_dir, &mut notes)?;
        notes.extend(unprinted_logo_note(project));
        let theme_digest = Hasher::new("leaflet theme")
            .add(fonts.digest())
            .add(theme.font_size.to_le_bytes())
            .finish();

        let mut printed = Vec::new();
        let mut skipped = Vec::new();
        let help = crate::partner::help::help_blocks(project, localized);
        for ld in localized {
            let readiness = crate::partner::help::readiness(ld, for_leaflet(&help, ld));
            if !readiness.ready && !options.allow_incomplete {
                skipped.push(readiness);
                continue;
            }
            let formats = ld
                .doc
                .front
                .leaflet
                .formats
                .clone()
                .unwrap_or_else(|| theme.formats.clone());
            for name in formats {
                let format = Format::parse(&name).ok_or_else(|| LeafletError::UnknownFormat {
                    path: ld.doc.path.display().to_string(),
                    format: name.clone(),
                })?;
                printed.push((ld, format, !readiness.ready));
            }
        }
        Ok(LeafletRenderer {
            project,
            ui,
            options,
            fonts,
            programs: pdf::ProgramCache::default(),
            font_size: theme.font_size,
            theme_digest,
            config_digest: crate::render::site::config_digest(&project.config),
            printed,
            help,
            skipped,
            notes,
        })
    }

    /// Every input of one leaflet: the edition (source and shown text), the
    /// document, the UI strings it prints, fonts, site.toml, the date.
    fn fingerprint(
        &self,
        ld: &LocalizedDocument<'_>,
        format: Format,
        draft: bool,
        path: &str,
    ) -> String {
        let mut h = Hasher::new("leaflet");
        h.add(path)
            .add(format.name())
            .add([u8::from(draft)])
            .add(printed_edition(ld, for_leaflet(&self.help, ld)))
            .add(format!("{:?}", ld.doc))
            .add(&self.theme_digest)
            .add(&self.config_digest)
            .add(self.ui.digest(&ld.locale.code, &UI_IDS))
            .add(self.options.timestamp.to_le_bytes());
        crate::render::site::add_localized(&mut h, ld);
        if let Some(help) = for_leaflet(&self.help, ld) {
            h.add(format!("{:?}", help.ld.doc));
            crate::render::site::add_localized(&mut h, help.ld);
        }
        h.finish()
    }

    /// How many leaflets this build makes.
    pub fn count(&self) -> usize {
        self.printed.len()
    }
}

impl Renderer for LeafletRenderer<'_> {
    fn jobs<'s>(&'s self, _done: &[Written]) -> Result<Vec<Job<'s>>, JobError> {
        Ok(self
            .printed
            .iter()
            .map(|&(ld, format, draft)| {
                let path = leaflet_path(&ld.doc.slug, &ld.locale.code, format);
                Job {
                    kind: "leaflet",
                    fingerprint: self.fingerprint(ld, format, draft, &path),
                    path,
                    locale: Some(ld.locale.code.clone()),
                    doc: Some(ld.doc.slug.clone()),
                    variant: Some(format.name()),
                    render: Box::new(move || {
                        Ok(render_one(
                            self.project,
                            ld,
                            for_leaflet(&self.help, ld),
                            self.ui,
                            &self.fonts,
                            &self.programs,
                            self.font_size,
                            format,
                            draft,
                            self.options,
                        )?)
                    }),
                }
            })
            .collect())
    }
}

/// Renders every leaflet in memory, without the engine or its cache
/// (benchmarks): `(path in the site folder, PDF bytes)`.
pub fn render_all<'p>(
    project: &'p Project,
    localized: &'p [LocalizedDocument<'p>],
    ui: &'p UiStrings,
    options: &'p Options,
) -> Result<Vec<(String, Vec<u8>)>, JobError> {
    use rayon::prelude::*;
    let renderer = LeafletRenderer::new(project, localized, ui, options)?;
    let jobs = renderer.jobs(&[])?;
    let out = jobs
        .par_iter()
        .map(|job| Ok((job.path.clone(), (job.render)()?)))
        .collect();
    out
}

/// A logo leaflets cannot print (an SVG with text, say; see
/// `crate::partner::vector`): the partner is told why, so a logo missing
/// from the print is no surprise.
fn unprinted_logo_note(project: &Project) -> Option<String> {
    let logo = project.config.partner.as_ref()?.logo.as_ref()?;
    let why = logo.printed.as_ref().err()?;
    Some(format!(
        "{}: pages show this SVG logo, but leaflets show none: it {why}\n  help: to print it on leaflets, convert its text to paths (in Inkscape: Path → Object to Path) and its effects to plain shapes, or use a PNG logo (about 600 px wide)",
        logo.file.display()
    ))
}

/// `<locale>/<doc>/<doc>-<locale>-<format>.pdf`, inside the site folder.
pub fn leaflet_path(doc: &str, locale: &str, format: Format) -> String {
    format!("{locale}/{doc}/{}", file_name(doc, locale, format))
}

#[allow(clippy::too_many_arguments)]
fn render_one(
    project: &Project,
    ld: &LocalizedDocument<'_>,
    help: Option<&HelpBlock<'_>>,
    ui: &UiStrings,
    fonts: &FontSet,
    programs: &pdf::ProgramCache,
    base_size: f32,
    format: Format,
    draft: bool,
    options: &Options,
) -> Result<Vec<u8>, LeafletError> {
    let locale = &ld.locale.code;
    let text = |id: &str, args: Option<&FluentArgs>| {
        ui.get(locale, id, args).map(|t| t.text).unwrap_or_default()
    };
    let date = options.date();
    let edition = printed_edition(ld, help);
    let mut reviewed = FluentArgs::new();
    reviewed.set("date", ld.doc.front.reviewed.to_string());
    let mut edition_args = FluentArgs::new();
    edition_args.set("edition", edition.clone());
    edition_args.set("date", date.clone());
    let page_label = |page: usize, pages: usize| {
        let mut args = FluentArgs::new();
        args.set("page", page);
        args.set("pages", pages);
        ui.get(locale, "leaflet-page", Some(&args))
            .map_or_else(|| format!("{page}/{pages}"), |t| t.text)
    };
    let furniture = Furniture {
        last_reviewed: text("last-reviewed", Some(&reviewed)),
        sources_heading: text("sources-heading", None),
        contact_heading: text("leaflet-contact", None),
        read_online: text("leaflet-read-online", None),
        qr_alt: text("leaflet-qr-alt", None),
        url: format!("{}{}/{}/", project.config.base_url, locale, ld.doc.slug),
        page_label: Box::new(page_label),
        edition: text("leaflet-edition", Some(&edition_args)),
        draft: draft.then(|| text("leaflet-draft", None)),
        unreviewed: (!ld.reviewed).then(|| text("translation-unreviewed", None)),
        help: help.map(|h| {
            (
                h,
                format!("{}{}/{}/", project.config.base_url, locale, h.ld.doc.slug),
            )
        }),
    };
    check_coverage(ld, fonts, &furniture)?;
    let (geometry, size) = match format {
        Format::A4 => (a4_geometry(), base_size),
        Format::A5Booklet => (a5_geometry(), base_size * 0.9),
    };
    let composed = compose(ld, &project.config, fonts, geometry, size, &furniture);
    let imposition = match format {
        Format::A4 => pdf::Imposition {
            width: geometry.width,
            height: geometry.height,
            sides: (0..composed.pages.len())
                .map(|i| vec![(Some(i), 0.0)])
                .collect(),
        },
        Format::A5Booklet => booklet(
            composed.pages.len(),
            geometry.width,
            geometry.height,
            ld.locale.direction,
        ),
    };
    let title = plain(&spans(&ld.segments[crate::content::Document::TITLE].text));
    let meta = pdf::Meta {
        title,
        lang: locale.clone(),
        timestamp: options.timestamp,
        id: format!(
            "{edition}{}",
            fingerprint(&format!("{}{}{}", edition, format.name(), date))
        ),
    };
    pdf::write(&composed, fonts, programs, &meta, &imposition)
}

pub fn file_name(doc: &str, locale: &str, format: Format) -> String {
    format!("{doc}-{locale}-{}.pdf", format.name())
}

/// The edition stamp of a leaflet that also prints `help` (a partner's
/// "where to get help" block): its text is part of what was printed.
fn printed_edition(ld: &LocalizedDocument<'_>, help: Option<&HelpBlock<'_>>) -> String {
    match help {
        None => edition(ld),
        Some(help) => fingerprint(&format!("{}\u{1f}{}", edition(ld), edition(help.ld))),
    }
}

/// A short fingerprint of exactly the text printed: source and translation.
pub fn edition(ld: &LocalizedDocument<'_>) -> String {
    let mut all = String::new();
    all.push_str(&ld.locale.code);
    for (segment, shown) in ld.doc.segments.iter().zip(&ld.segments) {
        all.push('\u{1f}');
        all.push_str(&shown.id);
        all.push('\u{1f}');
        all.push_str(&segment.text);
        all.push('\u{1f}');
        all.push_str(&shown.text);
    }
    all.push_str(&ld.doc.front.reviewed.to_string());
    fingerprint(&all)
}

fn a4_geometry() -> Geometry {
    Geometry {
        width: 210.0 * MM,
        height: 297.0 * MM,
        margin: 15.0 * MM,
        footer: 9.0 * MM,
    }
}

fn a5_geometry() -> Geometry {
    Geometry {
        width: 148.0 * MM,
        height: 210.0 * MM,
        margin: 12.0 * MM,
        footer: 8.0 * MM,
    }
}

/// A5 pages two-up on A4 landscape sheets in booklet order: printed
/// double-sided (flip on the short edge) and folded once, the pages run in
/// order. Right-to-left booklets open from the right.
fn booklet(
    pages: usize,
    width: f32,
    height: f32,
    direction: crate::config::Direction,
) -> pdf::Imposition {
    let n = pages.div_ceil(4).max(1) * 4;
    let page = |i: usize| (i < pages).then_some(i);
    let mut sides = Vec::new();
    for sheet in 0..n / 4 {
        let (outer_back, outer_front) = (n - 1 - 2 * sheet, 2 * sheet);
        let (inner_front, inner_back) = (2 * sheet + 1, n - 2 - 2 * sheet);
        let (front, back) = match direction {
            crate::config::Direction::Ltr => ([outer_back, outer_front], [inner_front, inner_back]),
            crate::config::Direction::Rtl => ([outer_front, outer_back], [inner_back, inner_front]),
        };
        sides.push(vec![(page(front[0]), 0.0), (page(front[1]), width)]);
        sides.push(vec![(page(back[0]), 0.0), (page(back[1]), width)]);
    }
    pdf::Imposition {
        width: 2.0 * width,
        height,
        sides,
    }
}

/// Every character to be printed must be in the font chosen for it.
fn check_coverage(
    ld: &LocalizedDocument<'_>,
    fonts: &FontSet,
    furniture: &Furniture<'_>,
) -> Result<(), LeafletError> {
    let script = primary_script(ld);
    for (segment, text) in printed_texts(ld, furniture) {
        let Some(missing) = fonts.uncovered(&text, script) else {
            continue;
        };
        let chars = missing
            .chars
            .iter()
            .take(8)
            .map(|c| format!("'{c}' (U+{:04X})", *c as u32))
            .collect::<Vec<_>>()
            .join(", ");
        let face = fonts.face_for(missing.script, Style::default());
        return Err(LeafletError::Coverage(Box::new(CoverageError {
            locale: ld.locale.code.clone(),
            doc: ld.doc.slug.clone(),
            segment,
            chars,
            script: missing.script.name(),
            font: fonts.faces[face].name.clone(),
        })));
    }
    Ok(())
}

/// Every text a leaflet prints, named for messages: the segments, the UI
/// strings and the source titles.
fn printed_texts(ld: &LocalizedDocument<'_>, furniture: &Furniture<'_>) -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = ld
        .segments
        .iter()
        .map(|s| (s.id.clone(), plain(&spans(&s.text))))
        .collect();
    for (what, text) in [
        ("UI string last-reviewed", &furniture.last_reviewed),
        ("UI string sources-heading", &furniture.sources_heading),
        ("UI string leaflet-read-online", &furniture.read_online),
        ("UI string leaflet-edition", &furniture.edition),
    ] {
        texts.push((what.to_string(), text.clone()));
    }
    if let Some(draft) = &furniture.draft {
        texts.push(("UI string leaflet-draft".into(), draft.clone()));
    }
    if let Some((help, _)) = &furniture.help {
        for &i in &help.segments {
            let s = &help.ld.segments[i];
            texts.push((s.id.clone(), plain(&spans(&s.text))));
        }
    }
    for source in &ld.doc.front.sources {
        texts.push(("a source title".into(), source.title.clone()));
    }
    texts
}
