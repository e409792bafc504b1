//! Matching translations to segments: one [`LocalizedDocument`] per document
//! and locale, the single model that every renderer and the report read.
//!
//! A translation is used only if it was written for this segment (same id),
//! for this English (its record says so, or it was revised since; see
//! `catalog::records`), and it keeps the segment's links, images and code and
//! adds no markup. Otherwise the segment falls back along the locale's chain.

pub mod placeables;
mod readiness;
mod state;
mod validate;

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::{FluentBundle, FluentResource};
use rayon::prelude::*;

use crate::catalog::fingerprint::fingerprint;
use crate::catalog::records::Freshness;
use crate::catalog::CatalogFile;
use crate::config::{Locale, SiteConfig};
use crate::content::Document;
use crate::inline::Invariants;
use crate::project::{Project, TERMS_CATALOG};

pub use readiness::Readiness;
pub use state::{MessageState, State};

/// One segment as a reader of this locale sees it.
#[derive(Debug, Clone)]
pub struct LocalizedSegment {
    pub id: String,
    /// This locale's own translation state.
    pub state: State,
    /// The text shown: the translation, or the fallback's text.
    pub text: String,
    /// The locale `text` is written in.
    pub lang: String,
}

#[derive(Debug, Clone)]
pub struct LocalizedDocument<'p> {
    pub doc: &'p Document,
    pub locale: &'p Locale,
    /// Same order as `doc.segments`.
    pub segments: Vec<LocalizedSegment>,
    /// Whether a community reviewer has checked this translation (always
    /// true for the source locale).
    pub reviewed: bool,
}

impl LocalizedDocument<'_> {
    /// Whether any segment is shown in another locale than the page's.
    pub fn has_fallback(&self) -> bool {
        self.segments.iter().any(|s| s.lang != self.locale.code)
    }
}

/// Localizes every document in every locale (document-major order).
pub fn localize_all(project: &Project) -> Vec<LocalizedDocument<'_>> {
    (0..project.documents.len())
        .into_par_iter()
        .flat_map_iter(|index| localize_document(project, index))
        .collect()
}

/// Localizes document `index` in every locale (in `site.toml` order): what
/// `serve` needs to show one page without localizing the whole project.
pub fn localize_document(project: &Project, index: usize) -> Vec<LocalizedDocument<'_>> {
    let doc = &project.documents[index];
    localize_with(&Sources {
        config: &project.config,
        doc,
        ids: &project.ids[index],
        reference_texts: project.reference_texts.get(&doc.slug),
        catalogs: project,
    })
}

/// Where localizing finds catalogs: a whole loaded [`Project`], or (in a
/// build, see `crate::prepare`) one document's translations loaded just for
/// it over the project's UI and terms catalogs.
pub trait Catalogs: Sync {
    fn catalog(&self, locale: &str, name: &str) -> Option<&CatalogFile>;
}

impl Catalogs for Project {
    fn catalog(&self, locale: &str, name: &str) -> Option<&CatalogFile> {
        Project::catalog(self, locale, name)
    }
}

/// Everything localizing one document reads.
pub struct Sources<'p> {
    pub config: &'p SiteConfig,
    pub doc: &'p Document,
    /// The message id of each segment.
    pub ids: &'p [String],
    /// id → English as last synced (see `Project::reference_texts`).
    pub reference_texts: Option<&'p std::collections::HashMap<String, String>>,
    pub catalogs: &'p dyn Catalogs,
}

/// Localizes one document in every locale of `sources.config`.
pub fn localize_with<'p>(sources: &Sources<'p>) -> Vec<LocalizedDocument<'p>> {
    let translator = Translator::new(sources);
    sources
        .config
        .locales
        .iter()
        .map(|locale| translator.localize(locale))
        .collect()
}

/// Looks up one document's translations in every locale.
struct Translator<'s, 'p> {
    sources: &'s Sources<'p>,
    /// Per locale: that locale's resolved text (or state) for each segment.
    lookups: BTreeMap<&'p str, Vec<Lookup>>,
}

#[derive(Debug, Clone)]
struct Lookup {
    state: State,
    text: Option<String>,
}

impl<'s, 'p> Translator<'s, 'p> {
    fn new(sources: &'s Sources<'p>) -> Self {
        let english: Vec<English> = sources
            .doc
            .segments
            .iter()
            .map(|s| English {
                invariants: crate::inline::invariants(&s.text),
                fingerprint: fingerprint(&s.text),
            })
            .collect();
        let lookups = sources
            .config
            .locales
            .par_iter()
            .map(|locale| {
                (
                    locale.code.as_str(),
                    lookup_locale(sources, &english, locale),
                )
            })
            .collect();
        Translator { sources, lookups }
    }

    fn localize(&self, locale: &'p Locale) -> LocalizedDocument<'p> {
        let Sources {
            config, doc, ids, ..
        } = *self.sources;
        let own = &self.lookups[locale.code.as_str()];
        let chain = config.chain(&locale.code);
        let segments = doc
            .segments
            .iter()
            .enumerate()
            .map(|(i, segment)| {
                let (text, lang) = chain
                    .iter()
                    .filter_map(|code| {
                        let lookup = &self.lookups.get(code.as_str())?[i];
                        let text = lookup.text.as_ref().filter(|_| lookup.state.is_usable())?;
                        Some((text.clone(), code.clone()))
                    })
                    .next()
                    .unwrap_or_else(|| (segment.text.clone(), config.source_locale.clone()));
                LocalizedSegment {
                    id: ids[i].clone(),
                    state: own[i].state.clone(),
                    text,
                    lang,
                }
            })
            .collect();
        let reviewed = locale.code == config.source_locale
            || self
                .sources
                .catalogs
                .catalog(&locale.code, &doc.slug)
                .is_some_and(|f| f.provenance.is_reviewed());
        LocalizedDocument {
            doc,
            locale,
            segments,
            reviewed,
        }
    }
}

/// What every locale's translation of one segment is checked against.
struct English {
    /// Links, images and code the translation must keep.
    invariants: Invariants,
    /// What the translation's record must say it was made from.
    fingerprint: String,
}

fn lookup_locale(sources: &Sources<'_>, english: &[English], locale: &Locale) -> Vec<Lookup> {
    let Sources {
        config,
        doc,
        ids,
        reference_texts,
        catalogs,
    } = *sources;
    if locale.code == config.source_locale {
        return doc
            .segments
            .iter()
            .map(|s| Lookup {
                state: State::Source,
                text: Some(s.text.clone()),
            })
            .collect();
    }
    let Some(file) = catalogs.catalog(&locale.code, &doc.slug) else {
        return doc
            .segments
            .iter()
            .map(|_| Lookup {
                state: State::Missing,
                text: None,
            })
            .collect();
    };
    let mut bundle: FluentBundle<Arc<FluentResource>> =
        FluentBundle::new(vec![locale.langid.clone()]);
    bundle.set_use_isolating(false);
    if let Some(terms) = catalogs.catalog(&locale.code, TERMS_CATALOG) {
        // Duplicate terms are reported by `status`; the first one wins here.
        let _ = bundle.add_resource(terms.resource.clone());
    }
    // A repeated id keeps its first message, as Fluent does; `status` reports it.
    let _ = bundle.add_resource(file.resource.clone());

    ids.iter()
        .zip(english)
        .map(|(id, english)| {
            let reference = reference_texts.and_then(|r| r.get(id)).map(String::as_str);
            lookup_segment(&bundle, file, locale, id, english, reference)
        })
        .collect()
}

/// One segment's translation: missing, invalid (with the reason), or its
/// text with its freshness.
fn lookup_segment(
    bundle: &FluentBundle<Arc<FluentResource>>,
    file: &crate::catalog::CatalogFile,
    locale: &Locale,
    id: &str,
    english: &English,
    reference: Option<&str>,
) -> Lookup {
    let Some(entry) = file.entry(id) else {
        return Lookup {
            state: State::Missing,
            text: None,
        };
    };
    let invalid = |reason: String| Lookup {
        state: State::Invalid { reason },
        text: None,
    };
    if let Some(error) = &entry.syntax_error {
        return invalid(error.to_string());
    }
    if let Some(defect) = &entry.defect {
        return invalid(defect.clone());
    }
    let location = format!("{}:{}", file.path.display(), entry.lines.line());
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return invalid(format!("{location}: the message has no value"));
    };
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, None, &mut errors)
        .trim()
        .to_string();
    if let Some(error) = errors.first() {
        return invalid(format!("{location}: {}", explain(error, &locale.code)));
    }
    if let Err(reason) = validate::translation(&english.invariants, &text) {
        return invalid(format!("{location}: {reason}"));
    }
    let state = match entry.freshness_against(&english.fingerprint, reference) {
        Freshness::Fresh => State::Fresh,
        Freshness::Stale { source_fingerprint } => State::Stale { source_fingerprint },
    };
    Lookup {
        state,
        text: Some(text),
    }
}

/// A Fluent formatting error in a translator's words.
fn explain(error: &fluent_bundle::FluentError, locale: &str) -> String {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    match error {
        fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
            ReferenceKind::Term { id, .. },
        )) => format!(
            "uses the term `-{id}` that this locale does not define: add it to translations/{locale}/terms.ftl, or write the word itself"
        ),
        fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
            ReferenceKind::Variable { id },
        )) => format!(
            "uses the variable `${id}`, which content messages never have: write the text itself"
        ),
        other => other.to_string(),
    }
}
