//! The web site: a language chooser, a topic list per locale, and one page per
//! document per locale, through the theme's Tera templates.
//!
//! Every link between pages is relative and names `index.html`, so the site
//! works under any path and straight from a USB stick (file://). Only
//! `canonical` and `hreflang` alternates are absolute (from `base_url`), as
//! search engines require; browsers never fetch them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use super::body::BodyRenderer;
use super::inline::{inline_html, plain_text};
use super::{tera_message, RenderError};
use crate::config::{Locale, Organisation};
use crate::content::Document;
use crate::localize::LocalizedDocument;
use crate::project::Project;
use crate::ui::{Translate, UiStrings};

/// A file to write, relative to the site folder.
pub struct OutputFile {
    pub path: PathBuf,
    pub contents: String,
}

pub struct SiteRenderer<'p> {
    project: &'p Project,
    ui: Arc<UiStrings>,
    /// One Tera per locale: the same templates, with `t` bound to that locale.
    tera: BTreeMap<String, tera::Tera>,
}

#[derive(Serialize)]
struct Link {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
struct LanguageLink {
    code: String,
    dir: &'static str,
    name: String,
    prompt: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct Frame<'a> {
    lang: &'a str,
    dir: &'static str,
    root: String,
    topics_href: Option<String>,
    canonical: String,
    alternates: Vec<Link>,
    organisation: Option<&'a Organisation>,
    description: Option<String>,
}

#[derive(Serialize)]
struct TopicLink {
    href: String,
    title: String,
    title_attrs: String,
    description: Option<String>,
    description_attrs: String,
}

#[derive(Serialize)]
struct LeafletLink {
    href: String,
    label: String,
}

#[derive(Serialize)]
struct SourceLink {
    title: String,
    url: String,
    lang: String,
    dir: &'static str,
}

impl<'p> SiteRenderer<'p> {
    pub fn new(project: &'p Project, ui: Arc<UiStrings>) -> Result<Self, RenderError> {
        let dir = project.config.theme_dir().join("templates");
        let display = PathBuf::from("themes")
            .join(&project.config.theme)
            .join("templates");
        let mut base = tera::Tera::default();
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = entry.map_err(|err| RenderError::Template {
                path: display.clone(),
                message: err.to_string(),
            })?;
            if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "html")
            {
                let name = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
                files.push((
                    entry.path().to_path_buf(),
                    Some(name.to_string_lossy().replace('\\', "/")),
                ));
            }
        }
        base.add_template_files(files)
            .map_err(|err| RenderError::Template {
                path: display.clone(),
                message: tera_message(&err),
            })?;
        base.autoescape_on(vec![".html"]);
        base.set_escape_fn(escape_html);
        let tera = project
            .config
            .locales
            .iter()
            .map(|locale| {
                let mut tera = base.clone();
                tera.register_function(
                    "t",
                    Translate {
                        strings: ui.clone(),
                        locale: locale.code.clone(),
                    },
                );
                (locale.code.clone(), tera)
            })
            .collect();
        Ok(SiteRenderer { project, ui, tera })
    }

    /// Renders every page of the site, the translation dashboard included.
    pub fn render(
        &self,
        localized: &[LocalizedDocument<'p>],
        leaflets: &[crate::leaflet::Leaflet],
    ) -> Result<Vec<OutputFile>, RenderError> {
        let report =
            crate::status::collect_from(self.project, localized, &crate::status::Filter::default());
        let mut files = vec![
            self.chooser()?,
            self.not_found()?,
            self.status_page(&report)?,
        ];
        let per_locale: Vec<Vec<OutputFile>> = self
            .project
            .config
            .locales
            .par_iter()
            .map(|locale| {
                let docs: Vec<&LocalizedDocument> = localized
                    .iter()
                    .filter(|d| d.locale.code == locale.code)
                    .collect();
                let mut out = vec![self.topics(locale, &docs)?];
                for doc in docs {
                    out.push(self.page(doc, leaflets)?);
                }
                Ok(out)
            })
            .collect::<Result<_, RenderError>>()?;
        files.extend(per_locale.into_iter().flatten());
        Ok(files)
    }

    fn ui_text(&self, locale: &str, id: &str) -> String {
        self.ui
            .get(locale, id, None)
            .map(|t| t.text)
            .unwrap_or_default()
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.project.config.base_url)
    }

    fn frame(
        &self,
        locale: &'p Locale,
        depth: usize,
        path: &str,
        alternates: Vec<Link>,
    ) -> Frame<'p> {
        let root = "../".repeat(depth);
        Frame {
            lang: &locale.code,
            dir: locale.direction.as_str(),
            topics_href: (depth > 0).then(|| format!("{root}{}/index.html", locale.code)),
            root,
            canonical: self.url(path),
            alternates,
            organisation: Some(&self.project.config.organisation).filter(|o| !o.name.is_empty()),
            description: None,
        }
    }

    fn alternates(&self, path_in_locale: &str) -> Vec<Link> {
        let config = &self.project.config;
        let mut links: Vec<Link> = config
            .locales
            .iter()
            .map(|l| Link {
                hreflang: l.code.clone(),
                href: self.url(&format!("{}/{path_in_locale}", l.code)),
            })
            .collect();
        links.push(Link {
            hreflang: "x-default".into(),
            href: self.url(""),
        });
        links
    }

    fn language_links(
        &self,
        depth: usize,
        current: &str,
        path_in_locale: &str,
    ) -> Vec<LanguageLink> {
        let root = "../".repeat(depth);
        self.project
            .config
            .locales
            .iter()
            .map(|l| LanguageLink {
                code: l.code.clone(),
                dir: l.direction.as_str(),
                name: self.ui_text(&l.code, "language-name"),
                prompt: self.ui_text(&l.code, "chooser-title"),
                href: format!("{root}{}/{path_in_locale}index.html", l.code),
                current: l.code == current,
            })
            .collect()
    }

    fn render_template(
        &self,
        locale: &str,
        template: &str,
        context: &tera::Context,
        out: &str,
    ) -> Result<OutputFile, RenderError> {
        let tera = &self.tera[locale];
        let contents = tera
            .render(template, context)
            .map_err(|err| RenderError::Template {
                path: PathBuf::from("themes")
                    .join(&self.project.config.theme)
                    .join("templates")
                    .join(template),
                message: format!("while writing {out}: {}", tera_message(&err)),
            })?;
        Ok(OutputFile {
            path: PathBuf::from(out),
            contents,
        })
    }

    fn chooser(&self) -> Result<OutputFile, RenderError> {
        let source = self.project.config.source();
        let mut context = tera::Context::new();
        context.insert("frame", &self.frame(source, 0, "", self.alternates("")));
        context.insert("languages", &self.language_links(0, "", ""));
        self.render_template(&source.code, "chooser.html", &context, "index.html")
    }

    fn topics(
        &self,
        locale: &'p Locale,
        docs: &[&LocalizedDocument<'p>],
    ) -> Result<OutputFile, RenderError> {
        let path = format!("{}/index.html", locale.code);
        let topics: Vec<TopicLink> = docs
            .iter()
            .map(|ld| {
                let body = BodyRenderer {
                    doc: ld,
                    config: &self.project.config,
                };
                let description = ld.doc.description_segment();
                TopicLink {
                    href: format!("{}/index.html", ld.doc.slug),
                    title: plain_text(&ld.segments[Document::TITLE].text),
                    title_attrs: body.lang_attrs(Document::TITLE),
                    description: description.map(|i| inline_html(&ld.segments[i].text)),
                    description_attrs: description.map(|i| body.lang_attrs(i)).unwrap_or_default(),
                }
            })
            .collect();
        let mut context = tera::Context::new();
        context.insert(
            "frame",
            &self.frame(locale, 1, &format!("{}/", locale.code), self.alternates("")),
        );
        context.insert("topics", &topics);
        context.insert("languages", &self.language_links(1, &locale.code, ""));
        self.render_template(&locale.code, "topics.html", &context, &path)
    }

    /// `404.html`: served for any missing address, so its links are absolute
    /// paths under `base_url` (the one exception to relative links).
    fn not_found(&self) -> Result<OutputFile, RenderError> {
        let source = self.project.config.source();
        let base_path = base_path(&self.project.config.base_url);
        let mut frame = self.frame(source, 0, "404.html", Vec::new());
        frame.root = base_path.clone();
        let languages: Vec<LanguageLink> = self
            .language_links(0, "", "")
            .into_iter()
            .map(|mut l| {
                l.href = format!("{base_path}{}", l.href);
                l
            })
            .collect();
        let mut context = tera::Context::new();
        context.insert("frame", &frame);
        context.insert("languages", &languages);
        self.render_template(&source.code, "404.html", &context, "404.html")
    }

    /// The translation dashboard, `status/index.html`, in the source locale.
    pub fn status_page(&self, report: &crate::status::Report) -> Result<OutputFile, RenderError> {
        let source = self.project.config.source();
        let mut frame = self.frame(source, 1, "status/", Vec::new());
        frame.topics_href = Some(format!("../{}/index.html", source.code));
        let mut context = tera::Context::new();
        context.insert("frame", &frame);
        context.insert("dashboard", &crate::status::dashboard::dashboard(report));
        context.insert(
            "locale_names",
            &self
                .project
                .config
                .locales
                .iter()
                .map(|l| (l.code.clone(), self.ui_text(&l.code, "language-name")))
                .collect::<BTreeMap<_, _>>(),
        );
        self.render_template(&source.code, "status.html", &context, "status/index.html")
    }

    fn page(
        &self,
        ld: &LocalizedDocument<'p>,
        leaflets: &[crate::leaflet::Leaflet],
    ) -> Result<OutputFile, RenderError> {
        let slug = &ld.doc.slug;
        let locale = ld.locale;
        let path = format!("{}/{slug}/index.html", locale.code);
        let body = BodyRenderer {
            doc: ld,
            config: &self.project.config,
        };
        let mut frame = self.frame(
            locale,
            2,
            &format!("{}/{slug}/", locale.code),
            self.alternates(&format!("{slug}/")),
        );
        let description = ld.doc.description_segment();
        frame.description = description.map(|i| plain_text(&ld.segments[i].text));
        let sources: Vec<SourceLink> = ld
            .doc
            .front
            .sources
            .iter()
            .map(|s| {
                let lang = s
                    .lang
                    .clone()
                    .unwrap_or_else(|| self.project.config.source_locale.clone());
                let dir = self
                    .project
                    .config
                    .locale(&lang)
                    .map_or("ltr", |l| l.direction.as_str());
                SourceLink {
                    title: s.title.clone(),
                    url: s.url.clone(),
                    lang,
                    dir,
                }
            })
            .collect();
        let leaflet_links: Vec<LeafletLink> = leaflets
            .iter()
            .filter(|l| l.locale == locale.code && &l.doc == slug)
            .map(|l| {
                let id = match l.format {
                    crate::leaflet::Format::A4 => "leaflet-download-a4",
                    crate::leaflet::Format::A5Booklet => "leaflet-download-booklet",
                };
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("size", format!("{} KB", l.bytes.len().div_ceil(1024)));
                LeafletLink {
                    href: l
                        .path
                        .file_name()
                        .map(|f| f.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    label: self
                        .ui
                        .get(&locale.code, id, Some(&args))
                        .map(|t| t.text)
                        .unwrap_or_default(),
                }
            })
            .collect();
        let mut context = tera::Context::new();
        context.insert("leaflets", &leaflet_links);
        context.insert("frame", &frame);
        context.insert(
            "title_text",
            &plain_text(&ld.segments[Document::TITLE].text),
        );
        context.insert("title_html", &body.segment_html(Document::TITLE));
        context.insert("title_attrs", &body.lang_attrs(Document::TITLE));
        context.insert(
            "description_html",
            &description.map(|i| body.segment_html(i)),
        );
        context.insert(
            "description_attrs",
            &description.map(|i| body.lang_attrs(i)).unwrap_or_default(),
        );
        context.insert("has_fallback", &ld.has_fallback());
        context.insert("unreviewed", &!ld.reviewed);
        context.insert("reviewed", &ld.doc.front.reviewed.to_string());
        context.insert("body", &body.render());
        context.insert("sources", &sources);
        context.insert(
            "languages",
            &self.language_links(2, &locale.code, &format!("{slug}/")),
        );
        self.render_template(&locale.code, "page.html", &context, &path)
    }
}

/// The path part of an absolute URL, ending in `/` (`https://x.org/hiv/` → `/hiv/`).
fn base_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

/// HTML escaping for text and attribute values. Unlike Tera's default it
/// leaves `/` alone, so paths in the output stay readable.
pub fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Copies the theme's `static/` folder into `site/assets/`.
pub fn copy_assets(theme_dir: &Path, site_dir: &Path) -> std::io::Result<()> {
    let from = theme_dir.join("static");
    for entry in walkdir::WalkDir::new(&from).sort_by_file_name() {
        let entry = entry?;
        let rel = entry.path().strip_prefix(&from).unwrap_or(entry.path());
        let to = site_dir.join("assets").join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to)?;
        } else {
            std::fs::copy(entry.path(), &to)?;
        }
    }
    Ok(())
}
