//! For search engines: `sitemap.xml` (every page a reader may land on, with
//! its `hreflang` alternates) and `robots.txt` (where the sitemap is), both
//! from the build's `base_url`, so a site published elsewhere (a partner's)
//! points at its own addresses.
//!
//! Listed: the language chooser, each locale's topic list and every document
//! page in every locale — the pages whose `<link rel=canonical>` is their own
//! address. Not listed: `404.html` (no address of its own) and the
//! translation dashboard `status/` (a tool for translators, not for readers;
//! robots.txt asks crawlers to leave it alone). Document pages carry the
//! document's `reviewed` date as `lastmod`; nothing is taken from the clock,
//! so the files are the same for the same inputs.

use std::fmt::Write as _;

use super::site::{alternate_urls, base_path};
use crate::engine::hash::Hasher;
use crate::engine::{Job, JobError, Renderer, Written};
use crate::html::escape_html;
use crate::localize::LocalizedDocument;
use crate::project::Project;

pub const SITEMAP: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";

pub struct SearchRenderer<'p> {
    pub project: &'p Project,
    /// The documents the site shows, per locale (as the page renderer has them).
    pub localized: &'p [LocalizedDocument<'p>],
}

/// One `<url>` of the sitemap.
struct Entry {
    /// The page's address below `base_url` (`fr/prep/`).
    path: String,
    /// Its path below each locale folder, for the alternates (`prep/`; `""`
    /// for the chooser and the topic lists, whose alternates are the lists).
    alternates_of: String,
    lastmod: Option<String>,
}

impl SearchRenderer<'_> {
    /// Every listed page, in a fixed order: chooser, then per locale its
    /// topic list and its documents.
    fn entries(&self) -> Vec<Entry> {
        let config = &self.project.config;
        let mut entries = vec![Entry {
            path: String::new(),
            alternates_of: String::new(),
            lastmod: None,
        }];
        for locale in &config.locales {
            entries.push(Entry {
                path: format!("{}/", locale.code),
                alternates_of: String::new(),
                lastmod: None,
            });
            for ld in self
                .localized
                .iter()
                .filter(|d| d.locale.code == locale.code)
            {
                let slug = &ld.doc.slug;
                entries.push(Entry {
                    path: format!("{}/{slug}/", locale.code),
                    alternates_of: format!("{slug}/"),
                    lastmod: reviewed_date(&ld.doc.front.reviewed),
                });
            }
        }
        entries
    }

    fn sitemap(&self, entries: &[Entry]) -> String {
        let config = &self.project.config;
        let mut xml = String::from(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ",
            "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        ));
        for entry in entries {
            let loc = format!("{}{}", config.base_url, entry.path);
            let _ = writeln!(xml, "<url>\n<loc>{}</loc>", escape_html(&loc));
            if let Some(date) = &entry.lastmod {
                let _ = writeln!(xml, "<lastmod>{date}</lastmod>");
            }
            for (hreflang, href) in alternate_urls(config, &entry.alternates_of) {
                let _ = writeln!(
                    xml,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    escape_html(&hreflang),
                    escape_html(&href)
                );
            }
            xml.push_str("</url>\n");
        }
        xml.push_str("</urlset>\n");
        xml
    }

    fn robots(&self) -> String {
        let base_url = &self.project.config.base_url;
        format!(
            "# Crawlers read robots.txt only at the root of a host: if this site is\n\
             # published below a path, copy these lines into the host's robots.txt.\n\
             User-agent: *\n\
             Disallow: {}status/\n\
             \n\
             Sitemap: {base_url}{SITEMAP}\n",
            base_path(base_url)
        )
    }
}

/// `YYYY-MM-DD` of a `reviewed` value (a time of day, if any, is dropped:
/// the sitemap would need a time zone with it).
fn reviewed_date(reviewed: &toml::value::Datetime) -> Option<String> {
    reviewed.date.map(|d| d.to_string())
}

impl Renderer for SearchRenderer<'_> {
    fn jobs<'s>(&'s self, _done: &[Written]) -> Result<Vec<Job<'s>>, JobError> {
        // Both files are small and cheap to write: their text is their fingerprint.
        let sitemap = self.sitemap(&self.entries());
        let robots = self.robots();
        let job = |kind, path: &str, text: String| Job {
            kind,
            fingerprint: Hasher::new(kind).add(path).add(&text).finish(),
            path: path.to_string(),
            locale: None,
            doc: None,
            variant: None,
            render: Box::new(move || Ok(text.clone().into_bytes())),
        };
        Ok(vec![
            job("sitemap", SITEMAP, sitemap),
            job("robots", ROBOTS, robots),
        ])
    }
}
