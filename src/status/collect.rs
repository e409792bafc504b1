//! Project → [`Report`]: content catalogs through the localized documents,
//! hand-written catalogs (ui, terms) against the source locale's files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;

use super::{
    word_count, word_diff, CatalogProvenance, FileProblem, FreshCount, MessageState, MessageStatus,
    Report,
};
use crate::catalog::fingerprint::fingerprint;
use crate::catalog::history::History;
use crate::catalog::ids::PreviousEntry;
use crate::catalog::records::Freshness;
use crate::catalog::{reference, CatalogFile};
use crate::localize::{self, placeables, Catalogs, LocalizedDocument, State};
use crate::project::{CatalogKind, Project, TERMS_CATALOG};
use rayon::prelude::*;

/// Which locales and catalogs to report; empty means all.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub locales: Vec<String>,
    pub catalogs: Vec<String>,
    pub fresh: FreshMessages,
}

/// Whether fresh messages are listed one by one or only counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FreshMessages {
    /// Every message in the report (`peerpress status`).
    #[default]
    Listed,
    /// Fresh ones only counted, per locale and catalog: the dashboard lists
    /// what needs work, and on a large site the fresh messages' texts were
    /// a third of a build's memory.
    Counted,
}

impl Filter {
    /// What the translation dashboard of a build needs.
    pub fn dashboard() -> Filter {
        Filter {
            fresh: FreshMessages::Counted,
            ..Filter::default()
        }
    }

    fn locale(&self, code: &str) -> bool {
        self.locales.is_empty() || self.locales.iter().any(|l| l == code)
    }

    pub(crate) fn catalog(&self, name: &str) -> bool {
        self.catalogs.is_empty() || self.catalogs.iter().any(|c| c == name)
    }
}

pub fn collect(project: &Project, filter: &Filter) -> Report {
    let localized = localize::localize_all(project);
    collect_from(project, &localized, filter)
}

/// The report for already localized documents (`serve` shares them).
pub fn collect_from(
    project: &Project,
    localized: &[LocalizedDocument<'_>],
    filter: &Filter,
) -> Report {
    let mut by_document: HashMap<&str, Vec<&LocalizedDocument<'_>>> = HashMap::new();
    for ld in localized {
        by_document
            .entry(ld.doc.slug.as_str())
            .or_default()
            .push(ld);
    }
    let parts: ContentParts = project
        .documents
        .par_iter()
        .enumerate()
        .filter(|(_, doc)| filter.catalog(&doc.slug))
        .flat_map_iter(|(index, doc)| {
            let lds = by_document
                .get(doc.slug.as_str())
                .cloned()
                .unwrap_or_default();
            let context = DocumentHistory::load(project, index);
            document_parts(project, project, &lds, &context, filter)
        })
        .collect();
    assemble(project, localized, filter, parts)
}

/// The report's part for one content catalog of one locale: what can only
/// be computed while its file is loaded (a build drops each document's
/// files once this is made, see `crate::prepare`).
#[derive(Debug, Default)]
pub struct ContentPart {
    pub messages: Vec<MessageStatus>,
    pub fresh_counted: usize,
    pub problems: Vec<FileProblem>,
    pub provenance: Option<CatalogProvenance>,
}

/// `(locale, document slug)` → its part of the report.
pub type ContentParts = HashMap<(String, String), ContentPart>;

/// The older English of one document's messages that stale translations
/// were made from: its history file and its reference catalog as on disk,
/// read only when the document has a stale message (most builds have none).
pub struct DocumentHistory<'a> {
    root: &'a Path,
    history_file: PathBuf,
    previous_reference: Option<&'a str>,
    read: std::sync::OnceLock<(History, Vec<PreviousEntry>)>,
}

impl<'a> DocumentHistory<'a> {
    /// For document `index` of `project` (whose `previous_reference` it reads).
    pub fn load(project: &'a Project, index: usize) -> DocumentHistory<'a> {
        let slug = &project.documents[index].slug;
        DocumentHistory::new(
            &project.config.root,
            project.history_file(slug),
            project.previous_reference[index].as_deref(),
        )
    }

    pub fn new(root: &'a Path, history_file: PathBuf, previous_reference: Option<&'a str>) -> Self {
        DocumentHistory {
            root,
            history_file,
            previous_reference,
            read: std::sync::OnceLock::new(),
        }
    }

    /// The English whose fingerprint is `source_fingerprint`, if known.
    fn old_english(&self, source_fingerprint: &str) -> Option<String> {
        let (history, previous) = self.read.get_or_init(|| {
            (
                History::load(self.root, &self.history_file),
                self.previous_reference
                    .map(reference::read)
                    .unwrap_or_default(),
            )
        });
        history.texts.get(source_fingerprint).cloned().or_else(|| {
            previous
                .iter()
                .find(|p| fingerprint(&p.text) == source_fingerprint)
                .map(|p| p.text.clone())
        })
    }
}

/// The report's parts for one document of `project`: one per reported
/// locale, from its localized documents `lds` and its catalogs as
/// `catalogs` has them (the project's own, or those read for a build).
pub fn document_parts(
    project: &Project,
    catalogs: &dyn Catalogs,
    lds: &[&LocalizedDocument<'_>],
    context: &DocumentHistory<'_>,
    filter: &Filter,
) -> Vec<((String, String), ContentPart)> {
    let source_locale = &project.config.source_locale;
    lds.iter()
        .filter(|ld| &ld.locale.code != source_locale && filter.locale(&ld.locale.code))
        .map(|ld| {
            let (locale, name) = (ld.locale.code.as_str(), ld.doc.slug.as_str());
            let file = catalogs.catalog(locale, name);
            let mut part = ContentPart::default();
            part.fresh_counted = content(
                ld,
                file,
                &project.catalog_file(locale, name),
                context,
                filter.fresh,
                &mut part.messages,
            );
            if let Some(file) = file {
                part.problems = unattributed_syntax_errors(file, locale);
                part.provenance = Some(provenance(locale, name, file));
            }
            ((locale.to_string(), name.to_string()), part)
        })
        .collect()
}

fn provenance(locale: &str, catalog: &str, file: &CatalogFile) -> CatalogProvenance {
    CatalogProvenance {
        locale: locale.to_string(),
        catalog: catalog.to_string(),
        file: display(&file.path),
        translated_by: file.provenance.translated_by.clone(),
        reviewed_by: file.provenance.reviewed_by.clone(),
        reviewed: file.provenance.is_reviewed(),
    }
}

/// The report from the content catalogs' `parts` and the project's
/// hand-written catalogs (ui, terms), in locale-major, catalog order.
pub fn assemble(
    project: &Project,
    localized: &[LocalizedDocument<'_>],
    filter: &Filter,
    mut parts: ContentParts,
) -> Report {
    let source = project.config.source_locale.clone();
    let locales: Vec<String> = project
        .config
        .locales
        .iter()
        .map(|l| l.code.clone())
        .filter(|c| c != &source && filter.locale(c))
        .collect();
    let catalogs: Vec<(String, CatalogKind)> = project
        .catalog_names()
        .into_iter()
        .filter(|(name, _)| filter.catalog(name))
        .collect();
    let hand_written: Vec<(&String, &String)> = locales
        .iter()
        .flat_map(|l| {
            catalogs
                .iter()
                .filter(|(_, kind)| *kind == CatalogKind::Ui)
                .map(move |(name, _)| (l, name))
        })
        .collect();
    // Each hand-written catalog's history once, whatever the locale.
    let histories: HashMap<&str, History> = catalogs
        .iter()
        .filter(|(_, kind)| *kind == CatalogKind::Ui)
        .map(|(name, _)| {
            let history = History::load(&project.config.root, &project.history_file(name));
            (name.as_str(), history)
        })
        .collect();
    let mut ui_parts: HashMap<(&str, &str), ContentPart> = hand_written
        .par_iter()
        .map(|&(locale, name)| {
            let key = (locale.as_str(), name.as_str());
            let history = &histories[name.as_str()];
            (key, hand_written_part(project, locale, name, history))
        })
        .collect();

    let mut messages = Vec::new();
    let mut problems = Vec::new();
    let mut fresh_counted = Vec::new();
    let mut provenance = Vec::new();
    for locale in &locales {
        for (catalog, kind) in &catalogs {
            let part = match kind {
                CatalogKind::Content => parts.remove(&(locale.clone(), catalog.clone())),
                CatalogKind::Ui => ui_parts.remove(&(locale.as_str(), catalog.as_str())),
            };
            let Some(mut part) = part else { continue };
            if filter.fresh == FreshMessages::Counted {
                let listed = part.messages.len();
                part.messages.retain(|m| m.state != MessageState::Fresh);
                part.fresh_counted += listed - part.messages.len();
            }
            if part.fresh_counted > 0 {
                fresh_counted.push(FreshCount {
                    locale: locale.clone(),
                    catalog: catalog.clone(),
                    kind: *kind,
                    count: part.fresh_counted,
                });
            }
            messages.extend(part.messages);
            problems.extend(part.problems);
            provenance.extend(part.provenance);
        }
    }
    let help = crate::partner::help::help_blocks(project, localized);
    let leaflets = localized
        .iter()
        .filter(|ld| filter.locale(&ld.locale.code) && filter.catalog(&ld.doc.slug))
        .map(|ld| crate::partner::help::readiness(ld, crate::partner::help::for_leaflet(&help, ld)))
        .collect();
    Report {
        leaflets,
        provenance,
        source_locale: source,
        locales,
        catalogs,
        messages,
        fresh_counted,
        problems,
    }
}

/// One hand-written catalog (ui, terms) of one locale against the source's.
fn hand_written_part(
    project: &Project,
    locale: &str,
    name: &str,
    history: &History,
) -> ContentPart {
    let source = &project.config.source_locale;
    let file = project.catalog(locale, name);
    let mut part = ContentPart::default();
    if let Some(reference) = project.catalog(source, name) {
        part.messages = compare_hand_written(&HandWritten {
            reference,
            translation: file,
            terms: TermsCheck::Against(project.catalog(locale, TERMS_CATALOG)),
            locale,
            catalog: name,
            expected_path: &project.catalog_file(locale, name),
            history: Some(history),
        });
    }
    if let Some(file) = file {
        part.problems = unattributed_syntax_errors(file, locale);
        part.provenance = Some(provenance(locale, name, file));
    }
    part
}

/// Lists the messages of one localized document in `out`; returns how many
/// fresh ones were only counted.
fn content(
    ld: &LocalizedDocument<'_>,
    file: Option<&CatalogFile>,
    expected: &std::path::Path,
    context: &DocumentHistory<'_>,
    fresh: FreshMessages,
    out: &mut Vec<MessageStatus>,
) -> usize {
    let mut counted = 0;
    let path = file.map_or_else(|| expected.to_path_buf(), |f| f.path.clone());
    for (segment, localized) in ld.doc.segments.iter().zip(&ld.segments) {
        if fresh == FreshMessages::Counted && localized.state.kind() == MessageState::Fresh {
            counted += 1;
            continue;
        }
        let entry = file.and_then(|f| f.entry(&localized.id));
        let mut status = MessageStatus {
            locale: ld.locale.code.clone(),
            catalog: ld.doc.slug.clone(),
            kind: CatalogKind::Content,
            id: localized.id.clone(),
            state: MessageState::Fresh,
            file: display(&path),
            line: entry.map(|e| e.lines.line()),
            column: None,
            source_file: Some(display(&ld.doc.path)),
            source_line: Some(segment.line),
            english: Some(segment.text.clone()),
            words: word_count(&segment.text),
            reason: None,
            old_english: None,
            change: None,
        };
        status.state = localized.state.kind();
        match &localized.state {
            State::Source | State::Fresh | State::Missing => {}
            State::Invalid { reason } => {
                status.reason = Some(reason.clone());
                status.column = entry
                    .and_then(|e| e.syntax_error.as_ref())
                    .and_then(|e| e.location.column);
                if let Some(error) = entry.and_then(|e| e.syntax_error.as_ref()) {
                    status.line = Some(error.location.line);
                }
            }
            State::Stale { source_fingerprint } => {
                let old = context.old_english(source_fingerprint);
                status.change = old.as_ref().map(|old| word_diff(old, &segment.text));
                status.old_english = old;
            }
        }
        out.push(status);
    }
    if let Some(file) = file {
        let current: std::collections::HashSet<&str> =
            ld.segments.iter().map(|s| s.id.as_str()).collect();
        for entry in &file.entries {
            if entry.lines.is_term || current.contains(entry.lines.id.as_str()) {
                continue;
            }
            out.push(obsolete(
                &ld.locale.code,
                &ld.doc.slug,
                CatalogKind::Content,
                file,
                entry.lines.line(),
                &entry.lines.id,
            ));
        }
    }
    counted
}

fn obsolete(
    locale: &str,
    catalog: &str,
    kind: CatalogKind,
    file: &CatalogFile,
    line: usize,
    id: &str,
) -> MessageStatus {
    MessageStatus {
        locale: locale.to_string(),
        catalog: catalog.to_string(),
        kind,
        id: id.to_string(),
        state: MessageState::Obsolete,
        file: display(&file.path),
        line: Some(line),
        column: None,
        source_file: None,
        source_line: None,
        english: None,
        words: 0,
        reason: None,
        old_english: None,
        change: None,
    }
}

/// Whether term references are checked against the locale's own terms.
#[derive(Clone, Copy)]
pub enum TermsCheck<'a> {
    /// Plain Fluent projects (`--ftl-only`) define terms in other files.
    Skip,
    /// Against the locale's terms file, if it has one.
    Against(Option<&'a CatalogFile>),
}

/// One hand-written catalog (ui, or any file of a plain Fluent project) of
/// one locale, and what it is compared against.
pub struct HandWritten<'a> {
    pub reference: &'a CatalogFile,
    pub translation: Option<&'a CatalogFile>,
    pub terms: TermsCheck<'a>,
    pub locale: &'a str,
    pub catalog: &'a str,
    /// Where the translation belongs when it does not exist yet.
    pub expected_path: &'a Path,
    pub history: Option<&'a History>,
}

/// Compares a hand-written catalog with its reference, message by message:
/// missing, obsolete, invalid (syntax, variables, terms), stale (markers), fresh.
pub fn compare_hand_written(catalog: &HandWritten<'_>) -> Vec<MessageStatus> {
    let ref_ast = by_id(catalog.reference.resource.entries());
    let tr_ast = catalog
        .translation
        .map(|t| by_id(t.resource.entries()))
        .unwrap_or_default();
    let path = display(
        &catalog
            .translation
            .map_or_else(|| catalog.expected_path.to_path_buf(), |t| t.path.clone()),
    );
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for ref_entry in &catalog.reference.entries {
        let id = &ref_entry.lines.id;
        if ref_entry.syntax_error.is_some() || !seen.insert(id.as_str()) {
            continue;
        }
        let english = ref_entry.value.clone();
        let entry = catalog.translation.and_then(|t| t.entry(id));
        let mut status = MessageStatus {
            locale: catalog.locale.to_string(),
            catalog: catalog.catalog.to_string(),
            kind: CatalogKind::Ui,
            id: id.clone(),
            state: MessageState::Fresh,
            file: path.clone(),
            line: entry.map(|e| e.lines.line()),
            column: None,
            source_file: Some(display(&catalog.reference.path)),
            source_line: Some(ref_entry.lines.line()),
            words: word_count(&english),
            english: None,
            reason: None,
            old_english: None,
            change: None,
        };
        match entry {
            None => status.state = MessageState::Missing,
            Some(entry) => {
                let asts = (ref_ast.get(id.as_str()), tr_ast.get(id.as_str()));
                judge_hand_written(catalog, entry, asts, &english, &mut status);
            }
        }
        status.english = Some(english);
        out.push(status);
    }
    if let Some(translation) = catalog.translation {
        let mut seen_obsolete = std::collections::HashSet::new();
        for entry in &translation.entries {
            let id = &entry.lines.id;
            if catalog.reference.entry(id).is_none() && seen_obsolete.insert(id.as_str()) {
                out.push(obsolete(
                    catalog.locale,
                    catalog.catalog,
                    CatalogKind::Ui,
                    translation,
                    entry.lines.line(),
                    id,
                ));
            }
        }
    }
    out
}

/// The state of a hand-written message the translation has: invalid
/// (syntax, defect, placeables, terms), stale, or fresh as `status` stands.
fn judge_hand_written(
    catalog: &HandWritten<'_>,
    entry: &crate::catalog::CatalogEntry,
    (reference, translated): (Option<&&Entry<&str>>, Option<&&Entry<&str>>),
    english: &str,
    status: &mut MessageStatus,
) {
    if let Some(error) = &entry.syntax_error {
        status.state = MessageState::Invalid;
        status.line = Some(error.location.line);
        status.column = error.location.column;
        status.reason = Some(error.to_string());
        return;
    }
    if let Some(defect) = &entry.defect {
        status.state = MessageState::Invalid;
        status.reason = Some(defect.clone());
        return;
    }
    let checked = match (reference, translated) {
        (Some(r), Some(t)) => placeables::check(r, t)
            .and_then(|()| undefined_terms(t, catalog.translation, catalog.terms)),
        _ => Ok(()),
    };
    if let Err(reason) = checked {
        status.state = MessageState::Invalid;
        status.reason = Some(format!("{}:{}: {reason}", status.file, entry.lines.line()));
        return;
    }
    if let Freshness::Stale { source_fingerprint } = entry.freshness(english, None) {
        status.state = MessageState::Stale;
        let old = catalog
            .history
            .and_then(|h| h.texts.get(&source_fingerprint))
            .cloned();
        status.change = old.as_ref().map(|old| word_diff(old, english));
        status.old_english = old;
    }
}

/// Terms a translation uses that its locale does not define (in the same
/// file or the locale's terms file): Fluent would print `{-term}`.
fn undefined_terms(
    translation: &Entry<&str>,
    file: Option<&CatalogFile>,
    terms: TermsCheck<'_>,
) -> Result<(), String> {
    let TermsCheck::Against(terms) = terms else {
        return Ok(());
    };
    let defined = |id: &String| {
        [file, terms]
            .into_iter()
            .flatten()
            .any(|f| f.entry(id).is_some_and(|e| e.syntax_error.is_none()))
    };
    let undefined: Vec<String> = placeables::references(translation)
        .terms
        .iter()
        .filter(|t| !defined(t))
        .map(|t| format!("`{t}`"))
        .collect();
    if undefined.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "uses the term {} that this locale does not define: add it to its terms.ftl",
            undefined.join(", ")
        ))
    }
}

/// Parsed messages and terms by id (terms with their `-`), the first of a
/// repeated id as Fluent uses it: one lookup per message, not a scan.
fn by_id<'a>(
    entries: impl Iterator<Item = &'a Entry<&'a str>>,
) -> std::collections::HashMap<String, &'a Entry<&'a str>> {
    let mut map = std::collections::HashMap::new();
    for entry in entries {
        let id = match entry {
            Entry::Message(m) => m.id.name.to_string(),
            Entry::Term(t) => format!("-{}", t.id.name),
            _ => continue,
        };
        map.entry(id).or_insert(entry);
    }
    map
}

/// Syntax errors that lie in no message the scan found (stray text between
/// messages): reported against the file.
pub fn unattributed_syntax_errors(file: &CatalogFile, locale: &str) -> Vec<FileProblem> {
    file.syntax_errors
        .iter()
        .filter(|error| {
            !file
                .entries
                .iter()
                .any(|e| e.syntax_error.as_ref() == Some(*error))
        })
        .map(|error| FileProblem {
            locale: locale.to_string(),
            file: display(&file.path),
            line: error.location.line,
            column: error.location.column,
            message: format!("Fluent syntax error: {}", error.message),
        })
        .collect()
}

pub fn display(path: &Path) -> String {
    path.display().to_string().replace('\\', "/")
}
