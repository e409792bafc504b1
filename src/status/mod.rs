//! The translation status report: every message of every locale in exactly
//! one state, with roll-ups per locale and per catalog, for translators
//! (terminal, HTML dashboard) and for CI (JSON, `--fail-on`).
//!
//! Content states come from the same [`LocalizedDocument`]s the renderers
//! use, so the report can never disagree with what a page shows.
//!
//! [`LocalizedDocument`]: crate::localize::LocalizedDocument

pub mod carried;
mod collect;
pub mod dashboard;
mod diff;
pub mod ftl_only;
pub mod json;
pub mod text;

use std::collections::BTreeMap;

use serde::Serialize;

pub use collect::{
    assemble, collect, collect_from, document_parts, ContentPart, ContentParts, DocumentHistory,
    Filter, FreshMessages,
};
pub use diff::{word_diff, Change};

pub use crate::localize::MessageState;
use crate::project::CatalogKind;

/// One message of one locale.
#[derive(Debug, Clone, Serialize)]
pub struct MessageStatus {
    pub locale: String,
    /// Document slug, `ui` or `terms` (or a file path for `--ftl-only`).
    pub catalog: String,
    pub kind: CatalogKind,
    pub id: String,
    pub state: MessageState,
    /// The translation file (it may not exist yet for missing messages).
    pub file: String,
    /// Line (and column, for syntax errors) in `file`; none when missing.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where the English is written.
    pub source_file: Option<String>,
    pub source_line: Option<usize>,
    /// The current English; none for obsolete messages.
    pub english: Option<String>,
    /// Words of English (what a translator plans by).
    pub words: usize,
    /// Why an invalid message cannot be used.
    pub reason: Option<String>,
    /// For stale messages: the English the translation was made from, when
    /// known, and the word-level change to today's English.
    pub old_english: Option<String>,
    pub change: Option<Vec<Change>>,
}

impl MessageStatus {
    /// `file:line:column`, as much of it as is known.
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }
}

/// A problem in a file that belongs to no single message (e.g. a syntax
/// error between messages).
/// How many fresh messages of one catalog of one locale were not listed.
#[derive(Debug, Clone)]
pub struct FreshCount {
    pub locale: String,
    pub catalog: String,
    pub kind: CatalogKind,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileProblem {
    pub locale: String,
    pub file: String,
    pub line: usize,
    pub column: Option<usize>,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub fresh: usize,
    pub stale: usize,
    pub missing: usize,
    pub invalid: usize,
    pub obsolete: usize,
    /// Messages the locale should have (everything but obsolete).
    pub total: usize,
    /// English words of stale, missing and invalid messages.
    pub words_to_translate: usize,
    /// fresh / total, in percent, one decimal.
    pub percent_complete: f64,
}

impl Counts {
    fn add(&mut self, message: &MessageStatus) {
        match message.state {
            MessageState::Fresh => self.fresh += 1,
            MessageState::Stale => self.stale += 1,
            MessageState::Missing => self.missing += 1,
            MessageState::Invalid => self.invalid += 1,
            MessageState::Obsolete => self.obsolete += 1,
        }
        if message.state != MessageState::Obsolete {
            self.total += 1;
            if message.state != MessageState::Fresh {
                self.words_to_translate += message.words;
            }
        }
        self.update_percent();
    }

    /// Adds `n` fresh messages known only by their count.
    fn add_fresh(&mut self, n: usize) {
        self.fresh += n;
        self.total += n;
        self.update_percent();
    }

    fn update_percent(&mut self) {
        self.percent_complete = if self.total == 0 {
            100.0
        } else {
            (self.fresh as f64 * 1000.0 / self.total as f64).floor() / 10.0
        };
    }

    pub fn get(&self, state: MessageState) -> usize {
        match state {
            MessageState::Fresh => self.fresh,
            MessageState::Stale => self.stale,
            MessageState::Missing => self.missing,
            MessageState::Invalid => self.invalid,
            MessageState::Obsolete => self.obsolete,
        }
    }
}

/// Counts split by kind of catalog.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Rollup {
    pub all: Counts,
    pub content: Counts,
    pub ui: Counts,
}

impl Rollup {
    fn add(&mut self, message: &MessageStatus) {
        self.all.add(message);
        match message.kind {
            CatalogKind::Content => self.content.add(message),
            CatalogKind::Ui => self.ui.add(message),
        }
    }

    fn add_fresh(&mut self, kind: CatalogKind, n: usize) {
        self.all.add_fresh(n);
        match kind {
            CatalogKind::Content => self.content.add_fresh(n),
            CatalogKind::Ui => self.ui.add_fresh(n),
        }
    }
}

/// Provenance of one translated catalog file.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogProvenance {
    pub locale: String,
    pub catalog: String,
    pub file: String,
    pub translated_by: Option<String>,
    pub reviewed_by: Option<String>,
    pub reviewed: bool,
}

/// How many translated catalog files a community reviewer has checked.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReviewCounts {
    pub reviewed: usize,
    pub unreviewed: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Translated files reviewed by a fluent community member, overall and per locale.
    pub review: ReviewCounts,
    pub review_by_locale: BTreeMap<String, ReviewCounts>,
    pub total: Rollup,
    pub by_locale: BTreeMap<String, Rollup>,
    /// Per catalog (document, `ui`, `terms`), over all locales.
    pub by_catalog: BTreeMap<String, Counts>,
    /// locale → catalog → counts.
    pub matrix: BTreeMap<String, BTreeMap<String, Counts>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub source_locale: String,
    /// Locales reported, in display order.
    pub locales: Vec<String>,
    /// Catalogs reported, in order, with their kind.
    pub catalogs: Vec<(String, CatalogKind)>,
    pub messages: Vec<MessageStatus>,
    /// Fresh messages counted but not listed ([`FreshMessages::Counted`]).
    #[serde(skip)]
    pub fresh_counted: Vec<FreshCount>,
    pub problems: Vec<FileProblem>,
    pub provenance: Vec<CatalogProvenance>,
    /// Print verdict per document × locale (source locale included).
    pub leaflets: Vec<crate::localize::Readiness>,
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut review = ReviewCounts::default();
        let mut review_by_locale: BTreeMap<String, ReviewCounts> = BTreeMap::new();
        for p in &self.provenance {
            let entry = review_by_locale.entry(p.locale.clone()).or_default();
            if p.reviewed {
                review.reviewed += 1;
                entry.reviewed += 1;
            } else {
                review.unreviewed += 1;
                entry.unreviewed += 1;
            }
        }
        let mut summary = Summary {
            review,
            review_by_locale,
            total: Rollup::default(),
            by_locale: self
                .locales
                .iter()
                .map(|l| (l.clone(), Rollup::default()))
                .collect(),
            by_catalog: self
                .catalogs
                .iter()
                .map(|(c, _)| (c.clone(), Counts::default()))
                .collect(),
            matrix: self
                .locales
                .iter()
                .map(|l| {
                    (
                        l.clone(),
                        self.catalogs
                            .iter()
                            .map(|(c, _)| (c.clone(), Counts::default()))
                            .collect(),
                    )
                })
                .collect(),
        };
        for message in &self.messages {
            summary.total.add(message);
            summary
                .by_locale
                .entry(message.locale.clone())
                .or_default()
                .add(message);
            summary
                .by_catalog
                .entry(message.catalog.clone())
                .or_default()
                .add(message);
            summary
                .matrix
                .entry(message.locale.clone())
                .or_default()
                .entry(message.catalog.clone())
                .or_default()
                .add(message);
        }
        for fresh in &self.fresh_counted {
            summary.total.add_fresh(fresh.kind, fresh.count);
            summary
                .by_locale
                .entry(fresh.locale.clone())
                .or_default()
                .add_fresh(fresh.kind, fresh.count);
            summary
                .by_catalog
                .entry(fresh.catalog.clone())
                .or_default()
                .add_fresh(fresh.count);
            summary
                .matrix
                .entry(fresh.locale.clone())
                .or_default()
                .entry(fresh.catalog.clone())
                .or_default()
                .add_fresh(fresh.count);
        }
        summary
    }

    /// Number of messages (and file problems, counted as invalid) in any of `states`.
    pub fn count_in(&self, states: &[MessageState]) -> usize {
        let messages = self
            .messages
            .iter()
            .filter(|m| states.contains(&m.state))
            .count();
        let problems = if states.contains(&MessageState::Invalid) {
            self.problems.len()
        } else {
            0
        };
        let fresh: usize = if states.contains(&MessageState::Fresh) {
            self.fresh_counted.iter().map(|f| f.count).sum()
        } else {
            0
        };
        messages + problems + fresh
    }
}

/// English words in a text, for planning.
pub fn word_count(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_words().count()
}
