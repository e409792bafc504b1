//! `peerpress sync`: bring the bookkeeping files up to date with the content.
//!
//! It rewrites the reference catalogs from the Markdown, writes each locale
//! catalog's translation records (`translations/<locale>/.peerpress/`, see
//! `catalog::records`) — moving inline markers of older versions there —,
//! keeps the history of source texts that records refer to, and (with
//! `stubs`) lists the English of missing messages as comments. With `minor`
//! or `confirm` it carries existing translations over to changed English. It
//! never writes English into a locale file as a translation, never removes a
//! translator's text, and running it twice changes nothing the second time.

mod minor;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::catalog::fingerprint::fingerprint;
use crate::catalog::history::History;
use crate::catalog::records::{self, Record, Records};
use crate::catalog::{reference, CatalogError, CatalogFile};
use crate::project::{CatalogKind, LoadError, Project, SourceMessage};

pub use minor::{log_path, MinorEdit, MinorLog};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error("{0}")]
    Refused(String),
    /// Boxed: a partner error carries locations and is rare.
    #[error(transparent)]
    Partner(Box<crate::partner::PartnerError>),
}

impl From<crate::partner::PartnerError> for SyncError {
    fn from(err: crate::partner::PartnerError) -> Self {
        SyncError::Partner(Box::new(err))
    }
}

#[derive(Debug, Default, Clone)]
pub struct SyncOptions {
    /// Write commented stubs with the English of missing messages into each
    /// existing locale file.
    pub stubs: bool,
    /// Documents or message ids whose English changed only in form (a typo,
    /// a comma): their translations stay fresh in every locale.
    pub minor: Vec<String>,
    /// `LOCALE:ID` pairs whose translation a translator checked against the
    /// changed English and found still right.
    pub confirm: Vec<String>,
    /// Only this partner's documents (`partners/<name>/translations/`).
    pub partner: Option<String>,
}

/// Files `sync` changed, relative to the project root, and translations
/// carried over to new English.
#[derive(Debug, Default)]
pub struct SyncSummary {
    pub written: Vec<PathBuf>,
    pub carried_over: Vec<MinorEdit>,
}

/// A file `sync` may write: its path (relative to the root), the text it
/// should have, and the text it has now (`None`: absent).
type Change = (PathBuf, String, Option<String>);

/// (message id, English it was made from) → locales carried over from it.
type Carried = BTreeMap<(String, String), Vec<String>>;

pub fn sync(root: &Path, options: SyncOptions) -> Result<SyncSummary, SyncError> {
    // A partner's sync writes only the partner's own catalogs; the shared
    // ones are the main `sync`'s.
    let (project, only): (Project, Option<BTreeSet<String>>) = match &options.partner {
        None => (Project::load(root)?, None),
        Some(name) => {
            let project = crate::partner::load_project(root, name)?;
            let own = project.catalog_homes.keys().cloned().collect();
            (project, Some(own))
        }
    };
    let wanted = |name: &str| only.as_ref().is_none_or(|own| own.contains(name));
    let source = project.config.source_locale.clone();
    let today = minor::today();
    let carry = minor::Selection::parse(&project, &options)?;
    let mut changes: Vec<Change> = Vec::new();
    for (index, doc) in project.documents.iter().enumerate() {
        if !wanted(&doc.slug) {
            continue;
        }
        let text = reference::write(doc, &project.ids[index]);
        let path = project.catalog_file(&source, &doc.slug);
        changes.push((path, text, project.previous_reference[index].clone()));
    }
    let log_path = minor::log_path(&source);
    let mut run = Run {
        project: &project,
        root,
        options: &options,
        carry,
        today,
        log: MinorLog::load(root, &log_path)?,
        summary: SyncSummary::default(),
        changes,
    };
    for (name, kind) in project.catalog_names() {
        if !wanted(&name) {
            continue;
        }
        run.catalog(&name, kind)?;
    }
    let Run {
        log,
        mut summary,
        mut changes,
        ..
    } = run;
    if !summary.carried_over.is_empty() {
        let old_text = std::fs::read_to_string(root.join(&log_path)).ok();
        changes.push((log_path, log.to_file_text(), old_text));
    }
    for (path, text, old) in changes {
        if old.as_deref() != Some(text.as_str()) {
            write(root, &path, &text)?;
            summary.written.push(path);
        }
    }
    Ok(summary)
}

/// The English of one catalog, as a carry-over compares it.
struct English<'a> {
    name: &'a str,
    kind: CatalogKind,
    messages: &'a [SourceMessage],
    /// Every English text known, by fingerprint.
    known_texts: &'a BTreeMap<String, String>,
}

/// One `sync`: what it has decided to write so far.
struct Run<'p> {
    project: &'p Project,
    root: &'p Path,
    options: &'p SyncOptions,
    carry: minor::Selection,
    today: String,
    log: MinorLog,
    summary: SyncSummary,
    changes: Vec<Change>,
}

impl Run<'_> {
    /// The records and locale files of catalog `name` in every locale, the
    /// carry-overs asked for, and the history of English they refer to.
    fn catalog(&mut self, name: &str, kind: CatalogKind) -> Result<(), SyncError> {
        let project = self.project;
        let source = &project.config.source_locale;
        let messages = project.source_messages(name);
        let old_history = History::load(self.root, &project.history_file(name));
        let mut referenced: BTreeSet<String> =
            messages.iter().map(|m| fingerprint(&m.text)).collect();
        let mut carried = Carried::new();
        // Every English text known by fingerprint: the history, then the
        // reference as last synced (what a minor edit is compared with).
        let mut known_texts = old_history.texts.clone();
        for text in project
            .reference_texts
            .get(name)
            .into_iter()
            .flat_map(|t| t.values())
        {
            known_texts.insert(fingerprint(text), text.clone());
        }
        for locale in project.config.locales.iter().filter(|l| &l.code != source) {
            let Some(file) = project.catalog(&locale.code, name) else {
                continue;
            };
            let mut records = new_records(project, file, name, &messages);
            let english = English {
                name,
                kind,
                messages: &messages,
                known_texts: &known_texts,
            };
            self.carry_over(&mut records, &locale.code, &english, &mut carried)?;
            referenced.extend(records.messages.values().map(|r| r.en.clone()));
            let records_path = records::path_for(&file.path);
            let old_records = file.records.file_text.clone();
            if !(records.is_empty() && old_records.is_none()) {
                self.changes
                    .push((records_path, records.to_file_text(&file.path), old_records));
            }
            if let Some(text) = update_locale_file(file, &messages, self.options) {
                self.changes
                    .push((file.path.clone(), text, Some(file.text().to_string())));
            }
        }
        self.log_carried(name, &messages, carried);
        referenced.extend(self.log.fingerprints(name));
        self.history(name, &messages, known_texts, &referenced, old_history)
    }

    /// Moves the records of the messages selected with `--minor` or
    /// `--confirm` in `locale` to the current English, noting each in `carried`.
    fn carry_over(
        &self,
        records: &mut Records,
        locale: &str,
        english: &English<'_>,
        carried: &mut Carried,
    ) -> Result<(), SyncError> {
        let name = english.name;
        for message in english.messages {
            if !self.carry.wants(locale, name, &message.id) {
                continue;
            }
            let Some(record) = records.messages.get_mut(&message.id) else {
                continue;
            };
            let now = fingerprint(&message.text);
            if record.en == now {
                continue;
            }
            if self.carry.is_minor(name, &message.id) {
                let old = english.known_texts.get(&record.en).map(String::as_str);
                minor::check_same_form(message, english.kind, old)?;
            }
            carried
                .entry((message.id.clone(), record.en.clone()))
                .or_default()
                .push(locale.to_string());
            record.en = now;
        }
        Ok(())
    }

    /// One minor-edit log entry per message and old English carried over.
    fn log_carried(&mut self, name: &str, messages: &[SourceMessage], carried: Carried) {
        for ((id, old), locales) in carried {
            let Some(message) = messages.iter().find(|m| m.id == id) else {
                continue;
            };
            let kind = if self.carry.is_minor(name, &id) {
                "minor"
            } else {
                "confirmed"
            };
            let edit = MinorEdit {
                date: self.today.clone(),
                catalog: name.to_string(),
                id,
                old,
                new: fingerprint(&message.text),
                locales,
                kind: kind.into(),
            };
            self.summary.carried_over.push(edit.clone());
            self.log.edits.push(edit);
        }
    }

    /// The history of catalog `name`: every English text still referred to.
    fn history(
        &mut self,
        name: &str,
        messages: &[SourceMessage],
        known_texts: BTreeMap<String, String>,
        referenced: &BTreeSet<String>,
        old_history: History,
    ) -> Result<(), SyncError> {
        let history_path = self.project.history_file(name);
        let mut new = History { texts: known_texts };
        for message in messages {
            new.texts
                .insert(fingerprint(&message.text), message.text.clone());
        }
        new.texts.retain(|fp, _| referenced.contains(fp));
        if new != old_history {
            let old_text = std::fs::read_to_string(self.root.join(&history_path)).ok();
            self.changes
                .push((history_path, new.to_file_text()?, old_text));
        }
        Ok(())
    }
}

/// The records of a locale catalog as they should be now: one per
/// translated message of the catalog (what it was made from, its meaning),
/// the file's provenance.
fn new_records(
    project: &Project,
    file: &CatalogFile,
    name: &str,
    messages: &[SourceMessage],
) -> Records {
    let mut records = Records::default();
    records.set_provenance(&file.provenance);
    for message in messages {
        let Some(entry) = file.entry(&message.id) else {
            continue;
        };
        let record = if entry.syntax_error.is_some() {
            // Keep what is known until the translator fixes the message.
            match file.records.messages.get(&message.id) {
                Some(record) => record.clone(),
                None => continue,
            }
        } else {
            Record {
                en: entry.made_from(&message.text, project.reference_text(name, &message.id)),
                tr: entry.meaning.clone(),
                legacy: false,
            }
        };
        records.messages.insert(message.id.clone(), record);
    }
    records
}

/// The locale file without inline markers of older versions (and with
/// stubs updated, if asked); `None` when nothing changes.
fn update_locale_file(
    file: &CatalogFile,
    messages: &[SourceMessage],
    options: &SyncOptions,
) -> Option<String> {
    let without_markers = file.without_markers();
    if !options.stubs {
        return without_markers;
    }
    let text = without_markers.as_deref().unwrap_or(file.text());
    let stubbed = stubs::update(text, file, messages);
    match (stubbed, without_markers) {
        (Some(s), _) => Some(s),
        (None, m) => m,
    }
}

mod stubs {
    //! Commented stubs for missing messages, at the end of a locale file:
    //!
    //! ```text
    //! ## peerpress: untranslated (the English, for reference; write your text without the "# ")
    //! # prep-how-it-works-1 = You take one pill every day.
    //! ```
    //!
    //! A stub is a comment, never a translation; `sync --stubs` rewrites the
    //! block each time, so stubs of messages translated since disappear.

    use crate::catalog::locale::MARKER_PREFIX;
    use crate::catalog::{ftl, CatalogFile};
    use crate::project::SourceMessage;

    const HEADER: &str = "## peerpress: untranslated (the English, for reference; write your text without the \"# \")";

    pub fn update(text: &str, file: &CatalogFile, messages: &[SourceMessage]) -> Option<String> {
        // Drop the previous stub block's comments, but never a line a
        // translator wrote there (a translation, or its marker).
        let mut kept = String::with_capacity(text.len());
        let mut in_block = false;
        for line in text.lines() {
            if line == HEADER {
                in_block = true;
                continue;
            }
            let stub = in_block
                && (line == "#" || line.starts_with("# "))
                && !line.starts_with(MARKER_PREFIX);
            if !stub {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        let mut out = kept.trim_end().to_string();
        let missing: Vec<&SourceMessage> = messages
            .iter()
            .filter(|m| file.entry(&m.id).is_none())
            .collect();
        if !missing.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(HEADER);
            out.push('\n');
            for message in missing {
                for line in ftl::message(&message.id, &message.text).lines() {
                    out.push_str("# ");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        } else {
            out.push('\n');
        }
        (out != text).then_some(out)
    }
}

/// Writes through a temporary file and a rename, so a crash never leaves half a file.
fn write(root: &Path, display: &Path, text: &str) -> Result<(), CatalogError> {
    let path = root.join(display);
    let err = |source| CatalogError::Write {
        path: display.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text).map_err(err)?;
    std::fs::rename(&tmp, &path).map_err(err)
}
