//! The web site: a language chooser, a topic list per locale, and one page per
//! document per locale, through the theme's Tera templates.
//!
//! Every link between pages is relative and names `index.html`, so the site
//! works under any path and straight from a USB stick (file://). Only
//! `canonical` and `hreflang` alternates are absolute (from `base_url`), as
//! search engines require; browsers never fetch them.

use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;

use super::body::BodyRenderer;
use super::inline::{inline_html, plain_text};
use super::templates::Templates;
use super::RenderError;
use crate::config::{Locale, Organisation, SiteConfig};
use crate::content::Document;
use crate::engine::hash::Hasher;
use crate::engine::{Job, JobError, Renderer, Written};
use crate::localize::LocalizedDocument;
use crate::project::Project;
use crate::status::Report;
use crate::ui::UiStrings;

pub struct SiteRenderer<'p> {
    project: &'p Project,
    ui: Arc<UiStrings>,
    tera: Templates,
    localized: &'p [LocalizedDocument<'p>],
    report: &'p Report,
    /// `(locale, document)` whose leaflets, when made at all, are DRAFTs
    /// (the same print verdict the leaflet renderer uses).
    drafts: std::collections::HashSet<(String, String)>,
    /// Fingerprints of inputs many jobs share.
    config_digest: String,
    names_digest: String,
    /// Per locale, the fingerprint of the UI strings of its fallback chain.
    ui_digests: HashMap<String, String>,
    doc_digests: BTreeMap<String, String>,
    /// Per locale, the header link to a partner's local-services page.
    local_services: HashMap<String, NavLink>,
}

#[derive(Serialize)]
pub(crate) struct Link {
    hreflang: String,
    href: String,
}

/// A link to the same page in another language (`languages.html`, the chooser).
#[derive(Serialize)]
pub(crate) struct LanguageLink {
    pub(crate) code: String,
    pub(crate) dir: &'static str,
    pub(crate) name: String,
    pub(crate) prompt: String,
    pub(crate) href: String,
    pub(crate) current: bool,
}

/// What `base.html` reads around every page.
#[derive(Serialize)]
pub(crate) struct Frame<'a> {
    pub(crate) lang: &'a str,
    pub(crate) dir: &'static str,
    /// `../` to the site folder.
    pub(crate) root: String,
    pub(crate) topics_href: Option<String>,
    /// Absolute URL online; empty for pages that exist only offline (no link).
    pub(crate) canonical: String,
    pub(crate) alternates: Vec<Link>,
    pub(crate) organisation: Option<&'a Organisation>,
    /// The language the organisation's name is written in.
    pub(crate) organisation_lang: &'a str,
    pub(crate) description: Option<String>,
    /// A partner build: the partner's logo and local-services page.
    pub(crate) partner: Option<PartnerFrame<'a>>,
}

/// What the page header shows of a partner: its logo (path inside the site,
/// with the organisation's name as alt text) and a link to its
/// local-services page, titled in the page's language (or marked with the
/// language it falls back to).
#[derive(Serialize, Clone)]
pub(crate) struct PartnerFrame<'a> {
    logo: Option<&'static str>,
    logo_alt: &'a str,
    local_services: Option<NavLink>,
}

#[derive(Serialize, Clone)]
pub(crate) struct NavLink {
    path: String,
    text: String,
    attrs: String,
}

#[derive(Serialize)]
struct TopicLink {
    href: String,
    title: String,
    title_attrs: String,
    description: Option<String>,
    description_attrs: String,
}

#[derive(Serialize, Clone)]
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
    pub fn new(
        project: &'p Project,
        ui: Arc<UiStrings>,
        localized: &'p [LocalizedDocument<'p>],
        report: &'p Report,
    ) -> Result<Self, RenderError> {
        let tera = Templates::load(project, &ui)?;
        let mut names = Hasher::new("language names");
        for l in &project.config.locales {
            for id in ["language-name", "chooser-title"] {
                names.add(&l.code).add(
                    ui.get(&l.code, id, None)
                        .map(|t| format!("{}\u{1f}{}", t.lang, t.text))
                        .unwrap_or_default(),
                );
            }
        }
        // Only the documents this renderer shows (`serve` renders a few).
        let mut doc_digests = BTreeMap::new();
        for ld in localized {
            let d = ld.doc;
            doc_digests
                .entry(d.slug.clone())
                .or_insert_with(|| Hasher::new("document").add(format!("{d:?}")).finish());
        }
        let ui_digests = project
            .config
            .locales
            .iter()
            .map(|l| (l.code.clone(), ui.chain_digest(&l.code)))
            .collect();
        let local_services = local_services_links(project, localized);
        let help = crate::partner::help::help_blocks(project, localized);
        let drafts = localized
            .iter()
            .filter(|ld| {
                !crate::partner::help::readiness(ld, crate::partner::help::for_leaflet(&help, ld))
                    .ready
            })
            .map(|ld| (ld.locale.code.clone(), ld.doc.slug.clone()))
            .collect();
        Ok(SiteRenderer {
            local_services,
            drafts,
            ui_digests,
            config_digest: config_digest(&project.config),
            names_digest: names.finish(),
            project,
            ui,
            tera,
            localized,
            report,
            doc_digests,
        })
    }

    /// The inputs every page in `locale` shares: peerpress, templates,
    /// site.toml, the locale's UI strings, every locale's name.
    fn hasher(&self, kind: &str, path: &str, locale: &str) -> Hasher {
        let mut h = Hasher::new(kind);
        h.add(path)
            .add(&self.tera.digest)
            .add(&self.config_digest)
            .add(self.ui_digests.get(locale).map_or("", String::as_str))
            .add(&self.names_digest);
        if let Some(link) = self.local_services.get(locale) {
            h.add(&link.text).add(&link.attrs);
        }
        h
    }

    fn job<'s>(
        &self,
        kind: &'static str,
        path: String,
        locale: &str,
        doc: Option<&str>,
        fingerprint: String,
        render: impl Fn() -> Result<String, RenderError> + Send + Sync + 's,
    ) -> Job<'s> {
        Job {
            kind,
            path,
            locale: Some(locale.to_string()),
            doc: doc.map(str::to_string),
            variant: None,
            fingerprint,
            render: Box::new(move || Ok(render()?.into_bytes())),
        }
    }

    fn leaflet_links(
        &self,
        ld: &LocalizedDocument<'_>,
        leaflets: &LeafletIndex,
    ) -> Vec<LeafletLink> {
        let locale = &ld.locale.code;
        let key = (locale.as_str(), ld.doc.slug.as_str());
        let draft = self
            .drafts
            .contains(&(locale.to_string(), ld.doc.slug.clone()));
        leaflets
            .get(&key)
            .into_iter()
            .flatten()
            .map(|w| {
                let id = match w.variant {
                    Some("a4") => "leaflet-download-a4",
                    _ => "leaflet-download-booklet",
                };
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("size", format!("{} KB", w.size.div_ceil(1024)));
                let mut label = self
                    .ui
                    .get(locale, id, Some(&args))
                    .map(|t| t.text)
                    .unwrap_or_default();
                // A leaflet made although the translation is incomplete
                // (`--allow-incomplete`, `serve`) says so before anyone prints it.
                if draft {
                    label = format!("{label} — {}", self.ui_text(locale, "print-shop-draft"));
                }
                LeafletLink {
                    href: w.path.rsplit('/').next().unwrap_or_default().to_string(),
                    label,
                }
            })
            .collect()
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
            organisation_lang: self.project.config.organisation_lang(),
            description: None,
            partner: self.project.config.partner.as_ref().map(|p| PartnerFrame {
                logo: p.logo.as_ref().map(|l| l.asset_path()),
                logo_alt: &self.project.config.organisation.name,
                local_services: self.local_services.get(&locale.code).cloned(),
            }),
        }
    }

    fn alternates(&self, path_in_locale: &str) -> Vec<Link> {
        alternate_urls(&self.project.config, path_in_locale)
            .into_iter()
            .map(|(hreflang, href)| Link { hreflang, href })
            .collect()
    }

    fn language_links(
        &self,
        depth: usize,
        current: &str,
        path_in_locale: &str,
    ) -> Vec<LanguageLink> {
        language_links(
            &self.project.config,
            &self.ui,
            LanguageTarget {
                depth,
                current,
                path_in_locale,
                prompt_id: "chooser-title",
            },
        )
    }

    fn render_template(
        &self,
        locale: &str,
        template: &str,
        context: &tera::Context,
        out: &str,
    ) -> Result<String, RenderError> {
        self.tera
            .render_page(&self.project.config, locale, template, context, out)
    }

    fn chooser(&self) -> Result<String, RenderError> {
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
    ) -> Result<String, RenderError> {
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
    fn not_found(&self) -> Result<String, RenderError> {
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
    fn status_page(&self, report: &Report) -> Result<String, RenderError> {
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
        leaflet_links: &[LeafletLink],
    ) -> Result<String, RenderError> {
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
                let dir = self.project.config.direction(&lang).as_str();
                SourceLink {
                    title: s.title.clone(),
                    url: s.url.clone(),
                    lang,
                    dir,
                }
            })
            .collect();
        let mut context = tera::Context::new();
        context.insert("leaflets", leaflet_links);
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

/// Leaflets written by the leaflet renderer, by (locale, document), in job order.
type LeafletIndex<'w> = HashMap<(&'w str, &'w str), Vec<&'w Written>>;

/// The path part of an absolute URL, ending in `/` (`https://x.org/hiv/` → `/hiv/`).
pub fn base_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

/// `(hreflang, absolute URL)` of a page in every locale, then `x-default`
/// (the language chooser): the `hreflang` links of pages and of sitemap.xml.
/// `path_in_locale` is the page's path below its locale folder (`prep/`).
pub fn alternate_urls(config: &SiteConfig, path_in_locale: &str) -> Vec<(String, String)> {
    config
        .locales
        .iter()
        .map(|l| {
            (
                l.code.clone(),
                format!("{}{}/{path_in_locale}", config.base_url, l.code),
            )
        })
        .chain(std::iter::once((
            "x-default".to_string(),
            config.base_url.clone(),
        )))
        .collect()
}

/// Where a list of language links leads, and what each link says.
pub(crate) struct LanguageTarget<'a> {
    /// Folders between the linking page and the site folder.
    pub depth: usize,
    /// The linking page's locale (marked current); `""` for none.
    pub current: &'a str,
    /// The page below each locale's folder (`prep/`; `""`: the locale's list).
    pub path_in_locale: &'a str,
    /// The UI string each link's prompt says, in its own language.
    pub prompt_id: &'a str,
}

/// One link per locale to the same page in that locale, named in its own language.
pub(crate) fn language_links(
    config: &SiteConfig,
    ui: &UiStrings,
    target: LanguageTarget<'_>,
) -> Vec<LanguageLink> {
    let text =
        |locale: &str, id: &str| ui.get(locale, id, None).map(|t| t.text).unwrap_or_default();
    let root = "../".repeat(target.depth);
    config
        .locales
        .iter()
        .map(|l| LanguageLink {
            code: l.code.clone(),
            dir: l.direction.as_str(),
            name: text(&l.code, "language-name"),
            prompt: text(&l.code, target.prompt_id),
            href: format!("{root}{}/{}index.html", l.code, target.path_in_locale),
            current: l.code == target.current,
        })
        .collect()
}

/// Per locale, the header link to a partner's local-services page: its
/// title in that locale, marked with its language when it falls back.
fn local_services_links(
    project: &Project,
    localized: &[LocalizedDocument<'_>],
) -> HashMap<String, NavLink> {
    crate::partner::help::local_services(project, localized)
        .map(|ld| {
            let body = BodyRenderer {
                doc: ld,
                config: &project.config,
            };
            let link = NavLink {
                path: format!("{}/{}/index.html", ld.locale.code, ld.doc.slug),
                text: plain_text(&ld.segments[Document::TITLE].text),
                attrs: body.lang_attrs(Document::TITLE),
            };
            (ld.locale.code.clone(), link)
        })
        .collect()
}

/// Fingerprint of the site.toml values renderers read (and, in a partner
/// build, of what the partner adds).
pub fn config_digest(config: &SiteConfig) -> String {
    let mut h = Hasher::new("site.toml");
    h.add(&config.source_locale)
        .add(format!("{:?}", config.locales))
        .add(&config.base_url)
        .add(&config.theme)
        .add(format!("{:?}", config.organisation));
    if let Some(partner) = &config.partner {
        h.add(partner.digest());
    }
    h.finish()
}

/// Adds what a localized document shows: each segment's id, text, language
/// and state, and whether it was reviewed.
pub fn add_localized(h: &mut Hasher, ld: &LocalizedDocument<'_>) {
    h.add(&ld.locale.code).add([u8::from(ld.reviewed)]);
    for s in &ld.segments {
        h.add(&s.id).add(&s.text).add(&s.lang).add(s.state.name());
    }
}

impl Renderer for SiteRenderer<'_> {
    fn jobs<'s>(&'s self, done: &[Written]) -> Result<Vec<Job<'s>>, JobError> {
        let source = self.project.config.source().code.as_str();
        let mut leaflets: LeafletIndex = HashMap::new();
        for w in done.iter().filter(|w| w.kind == "leaflet") {
            if let (Some(locale), Some(doc)) = (w.locale.as_deref(), w.doc.as_deref()) {
                leaflets.entry((locale, doc)).or_default().push(w);
            }
        }
        let mut jobs = Vec::new();
        let fp = self.hasher("chooser", "index.html", source).finish();
        jobs.push(self.job(
            "chooser",
            "index.html".into(),
            source,
            None,
            fp,
            move || self.chooser(),
        ));
        let fp = self.hasher("404", "404.html", source).finish();
        jobs.push(
            self.job("404", "404.html".into(), source, None, fp, move || {
                self.not_found()
            }),
        );
        let dashboard = crate::status::dashboard::dashboard(self.report);
        let fp = self
            .hasher("dashboard", "status/index.html", source)
            .add(serde_json::to_string(&dashboard).unwrap_or_default())
            .finish();
        jobs.push(self.job(
            "dashboard",
            "status/index.html".into(),
            source,
            None,
            fp,
            move || self.status_page(self.report),
        ));
        for locale in &self.project.config.locales {
            let code = locale.code.as_str();
            let docs: Vec<&LocalizedDocument> = self
                .localized
                .iter()
                .filter(|d| d.locale.code == code)
                .collect();
            let path = format!("{code}/index.html");
            let mut h = self.hasher("topics", &path, code);
            for ld in &docs {
                h.add(&ld.doc.slug);
                for i in std::iter::once(Document::TITLE).chain(ld.doc.description_segment()) {
                    let s = &ld.segments[i];
                    h.add(&s.text).add(&s.lang);
                }
            }
            let fp = h.finish();
            let list = docs.clone();
            jobs.push(self.job("topics", path, code, None, fp, move || {
                self.topics(locale, &list)
            }));
            // Fingerprinting hashes every page's text: in parallel, as the
            // rendering that follows.
            let pages: Vec<_> = docs
                .into_par_iter()
                .map(|ld| {
                    let slug = ld.doc.slug.as_str();
                    let path = format!("{code}/{slug}/index.html");
                    let links = self.leaflet_links(ld, &leaflets);
                    let mut h = self.hasher("page", &path, code);
                    h.add(self.doc_digests.get(slug).map_or("", String::as_str));
                    add_localized(&mut h, ld);
                    for link in &links {
                        h.add(&link.href).add(&link.label);
                    }
                    (ld, path, links, h.finish())
                })
                .collect();
            for (ld, path, links, fp) in pages {
                let slug = ld.doc.slug.as_str();
                jobs.push(self.job("page", path, code, Some(slug), fp, move || {
                    self.page(ld, &links)
                }));
            }
        }
        Ok(jobs)
    }
}
