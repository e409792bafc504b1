//! The print-shop pages of a bundle: for whoever prints the leaflets, every
//! leaflet of every language with its format, pages, size, edition and
//! whether it may be handed out (ready) or is a DRAFT.
//!
//! They exist only in the bundle: they describe the leaflet files actually
//! packed (page counts are read from the PDFs themselves), and offline there
//! is no address to be canonical for. `print-shop/index.html` lets the reader
//! choose a language; `<locale>/print-shop/index.html` is the list, in that
//! language. All links are relative and name `index.html` (file://).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::BundleError;
use crate::config::{Locale, SiteConfig};
use crate::content::Document;
use crate::leaflet::{edition, leaflet_path, Format};
use crate::localize::{LocalizedDocument, Readiness};
use crate::project::Project;
use crate::render::inline::plain_text;
use crate::render::site::{Frame, LanguageLink};
use crate::render::templates::Templates;
use crate::ui::UiStrings;

/// The folder of the print-shop pages (below the site, and below each locale).
pub const FOLDER: &str = "print-shop";

/// One leaflet file in the bundle.
#[derive(Debug, Clone, Serialize)]
pub struct PrintedLeaflet {
    /// Path in the site folder (`fr/prep/prep-fr-a4.pdf`).
    pub path: String,
    pub locale: String,
    pub doc: String,
    pub format: &'static str,
    pub pages: usize,
    pub bytes: u64,
    /// The code printed in the leaflet's footer.
    pub edition: String,
    /// Ready to hand out (else it was made with `--allow-incomplete` and says DRAFT).
    pub ready: bool,
    /// The title as printed, and its language.
    pub title: String,
    pub title_lang: String,
}

/// Every leaflet the build wrote into `site_dir`, in locale, document and
/// format order, with its page count read from the file.
pub fn collect(
    project: &Project,
    localized: &[LocalizedDocument<'_>],
    site_dir: &Path,
) -> Result<Vec<PrintedLeaflet>, BundleError> {
    let mut found = Vec::new();
    for locale in &project.config.locales {
        for ld in localized.iter().filter(|d| d.locale.code == locale.code) {
            for format in [Format::A4, Format::A5Booklet] {
                let path = leaflet_path(&ld.doc.slug, &locale.code, format);
                let file = site_dir.join(&path);
                let Ok(bytes) = std::fs::read(&file) else {
                    continue; // not made: not ready, or not one of its formats
                };
                let pages = lopdf::Document::load_mem(&bytes)
                    .map_err(|e| BundleError::Leaflet {
                        path: display(project, &file),
                        message: e.to_string(),
                    })?
                    .get_pages()
                    .len();
                let title = &ld.segments[Document::TITLE];
                found.push(PrintedLeaflet {
                    path,
                    locale: locale.code.clone(),
                    doc: ld.doc.slug.clone(),
                    format: format.name(),
                    pages,
                    bytes: bytes.len() as u64,
                    edition: edition(ld),
                    ready: Readiness::of(ld).ready,
                    title: plain_text(&title.text),
                    title_lang: title.lang.clone(),
                });
            }
        }
    }
    Ok(found)
}

fn display(project: &Project, file: &Path) -> PathBuf {
    file.strip_prefix(&project.config.root)
        .unwrap_or(file)
        .to_path_buf()
}

#[derive(Serialize)]
struct Row {
    href: String,
    title: String,
    title_lang: String,
    title_dir: &'static str,
    format: String,
    pages: usize,
    size: String,
    edition: String,
    ready: bool,
}

#[derive(Serialize)]
struct NotMade {
    title: String,
    lang: String,
    dir: &'static str,
}

#[derive(Serialize)]
struct Section {
    code: String,
    dir: &'static str,
    name: String,
    rows: Vec<Row>,
    not_made: Vec<NotMade>,
}

/// Writes the print-shop pages: `(path in the bundle, HTML)`.
pub struct Pages<'p> {
    pub project: &'p Project,
    pub localized: &'p [LocalizedDocument<'p>],
    pub ui: Arc<UiStrings>,
    pub leaflets: &'p [PrintedLeaflet],
    /// The build day printed in the editions (`YYYY-MM-DD`).
    pub date: String,
}

impl Pages<'_> {
    pub fn render(&self) -> Result<Vec<(String, String)>, BundleError> {
        let templates = Templates::load(self.project, &self.ui)?;
        let config = &self.project.config;
        let mut pages = vec![(format!("{FOLDER}/index.html"), self.chooser(&templates)?)];
        for locale in &config.locales {
            pages.push((
                format!("{}/{FOLDER}/index.html", locale.code),
                self.list(&templates, locale)?,
            ));
        }
        Ok(pages)
    }

    fn text(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> String {
        self.ui
            .get(locale, id, args)
            .map(|t| t.text)
            .unwrap_or_default()
    }

    fn frame<'a>(&self, config: &'a SiteConfig, locale: &'a Locale, depth: usize) -> Frame<'a> {
        let root = "../".repeat(depth);
        Frame {
            lang: &locale.code,
            dir: locale.direction.as_str(),
            topics_href: (depth > 1).then(|| format!("{root}{}/index.html", locale.code)),
            root,
            canonical: String::new(),
            alternates: Vec::new(),
            organisation: Some(&config.organisation).filter(|o| !o.name.is_empty()),
            organisation_lang: config.organisation_lang(),
            description: None,
            partner: None,
        }
    }

    /// Links to the list in every language, from a page `depth` folders down.
    fn languages(&self, depth: usize, current: &str) -> Vec<LanguageLink> {
        crate::render::site::language_links(
            &self.project.config,
            &self.ui,
            crate::render::site::LanguageTarget {
                depth,
                current,
                path_in_locale: &format!("{FOLDER}/"),
                prompt_id: "print-shop-title",
            },
        )
    }

    fn chooser(&self, templates: &Templates) -> Result<String, BundleError> {
        let config = &self.project.config;
        let source = config.source();
        let mut context = tera::Context::new();
        context.insert("frame", &self.frame(config, source, 1));
        context.insert("languages", &self.languages(1, ""));
        let out = format!("{FOLDER}/index.html");
        Ok(templates.render_page(config, &source.code, "chooser.html", &context, &out)?)
    }

    fn list(&self, templates: &Templates, page: &Locale) -> Result<String, BundleError> {
        let config = &self.project.config;
        let sections: Vec<Section> = config
            .locales
            .iter()
            .map(|l| self.section(page, l))
            .collect();
        let mut context = tera::Context::new();
        context.insert("frame", &self.frame(config, page, 2));
        context.insert("sections", &sections);
        context.insert("languages", &self.languages(2, &page.code));
        let out = format!("{}/{FOLDER}/index.html", page.code);
        Ok(templates.render_page(config, &page.code, "print-shop.html", &context, &out)?)
    }

    /// The leaflets of `locale`, described in the page's language.
    fn section(&self, page: &Locale, locale: &Locale) -> Section {
        let config = &self.project.config;
        let rows = self
            .leaflets
            .iter()
            .filter(|l| l.locale == locale.code)
            .map(|l| {
                let mut args = FluentArgs::new();
                args.set("edition", l.edition.clone());
                args.set("date", self.date.clone());
                Row {
                    href: format!("../../{}", l.path),
                    title: l.title.clone(),
                    title_dir: config.direction(&l.title_lang).as_str(),
                    title_lang: l.title_lang.clone(),
                    format: self.text(&page.code, &format!("print-shop-format-{}", l.format), None),
                    pages: l.pages,
                    size: format!("{} KB", l.bytes.div_ceil(1024)),
                    edition: self.text(&page.code, "leaflet-edition", Some(&args)),
                    ready: l.ready,
                }
            })
            .collect();
        let not_made = self
            .localized
            .iter()
            .filter(|d| d.locale.code == locale.code)
            .filter(|d| {
                !self
                    .leaflets
                    .iter()
                    .any(|l| l.locale == locale.code && l.doc == d.doc.slug)
            })
            .map(|d| {
                let title = &d.segments[Document::TITLE];
                NotMade {
                    title: plain_text(&title.text),
                    dir: config.direction(&title.lang).as_str(),
                    lang: title.lang.clone(),
                }
            })
            .collect();
        Section {
            code: locale.code.clone(),
            dir: locale.direction.as_str(),
            name: self.text(&locale.code, "language-name", None),
            rows,
            not_made,
        }
    }
}
