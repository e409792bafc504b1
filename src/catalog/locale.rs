//! A translated catalog `translations/<locale>/<file>.ftl`, with the
//! record of what each translation was made from (see [`super::records`]):
//! staleness is known from the files alone.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;

use super::fingerprint::fingerprint;
use super::ftl::{self, EntryLines};
use super::records::{self, Record, Records};
use super::{meaning, CatalogError};
use crate::diagnostic::{read_utf8, Location};

pub const MARKER_PREFIX: &str = "# peerpress:";

/// The inline record of older peerpress versions,
/// `# peerpress: en=3f2a9c1d tr=7b8e0a12` above a message; read when the
/// message has no record in the records file, and removed by `sync`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Fingerprint of the source text the translation was made from.
    pub source: String,
    /// Fingerprint of the translation when that was recorded.
    pub translation: String,
}

impl Marker {
    fn parse(line: &str) -> Option<Marker> {
        let rest = line.strip_prefix(MARKER_PREFIX)?;
        let mut source = None;
        let mut translation = None;
        for part in rest.split_whitespace() {
            if let Some(v) = part.strip_prefix("en=") {
                source = Some(v.to_string());
            } else if let Some(v) = part.strip_prefix("tr=") {
                translation = Some(v.to_string());
            }
        }
        Some(Marker {
            source: source?,
            translation: translation?,
        })
    }
}

/// Who or what made a translation and whether a fluent speaker from the
/// community has reviewed it, from the file's header comment:
///
/// ```text
/// ### translated-by: machine-assisted draft (AI), 2026-11-23
/// ### reviewed-by: nobody yet
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Provenance {
    pub translated_by: Option<String>,
    pub reviewed_by: Option<String>,
}

impl Provenance {
    fn parse(text: &str) -> Provenance {
        let field = |key: &str| {
            text.lines()
                .take_while(|l| l.starts_with('#') || l.trim().is_empty())
                .find_map(|l| {
                    l.strip_prefix("###")
                        .map(str::trim)
                        .and_then(|l| l.strip_prefix(key))
                })
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        Provenance {
            translated_by: field("translated-by:"),
            reviewed_by: field("reviewed-by:"),
        }
    }

    /// Reviewed means a reviewer is named (not "nobody yet", "no" or "-").
    pub fn is_reviewed(&self) -> bool {
        self.reviewed_by.as_deref().is_some_and(|r| {
            let r = r.to_lowercase();
            !(r.starts_with("nobody") || r == "no" || r == "-" || r == "none")
        })
    }
}

/// One message of a catalog file, as found on disk.
#[derive(Debug, Clone)]
pub struct CatalogEntry {
    pub lines: EntryLines,
    /// An inline marker of an older peerpress, if the file still has one.
    pub marker: Option<Marker>,
    /// What the translation was made from: from the records file, else
    /// from an inline marker.
    pub record: Option<Record>,
    /// Fingerprint of the message's lines as written (what inline markers used).
    pub raw_fingerprint: String,
    /// Fingerprint of what the message says (see [`meaning`]).
    pub meaning: String,
    /// The value as written after `id =` (continuation lines dedented).
    pub value: String,
    /// Set when the message lies in a part of the file Fluent could not parse.
    pub syntax_error: Option<SyntaxError>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub location: Location,
    pub message: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: Fluent syntax error: {}",
            self.location, self.message
        )
    }
}

/// A Fluent file of one locale. Parts with syntax errors are reported and
/// the rest of the file is still used.
#[derive(Debug)]
pub struct CatalogFile {
    /// Path relative to the project root, for messages.
    pub path: PathBuf,
    pub text: String,
    pub resource: Arc<FluentResource>,
    pub entries: Vec<CatalogEntry>,
    pub syntax_errors: Vec<SyntaxError>,
    /// From the file's header comment when it has one, else from its records.
    pub provenance: Provenance,
    /// The records file as read (empty if there is none).
    pub records: Records,
    /// id → index of its first entry.
    index: std::collections::HashMap<String, usize>,
}

impl CatalogFile {
    /// Reads `root/display`; `Ok(None)` when the file does not exist.
    pub fn load(root: &Path, display: &Path) -> Result<Option<CatalogFile>, CatalogError> {
        let path = root.join(display);
        if !path.is_file() {
            return Ok(None);
        }
        let text = read_utf8(&path, display)?;
        let mut file = CatalogFile::parse(display.to_path_buf(), text);
        file.attach(Records::load(root, &records::path_for(display))?);
        Ok(Some(file))
    }

    /// Uses `records` for every message it records (over inline markers),
    /// and its provenance when the file's header names none.
    pub fn attach(&mut self, records: Records) {
        for entry in &mut self.entries {
            if let Some(record) = records.messages.get(&entry.lines.id) {
                entry.record = Some(record.clone());
            }
        }
        if self.provenance == Provenance::default() {
            self.provenance = records.provenance();
        }
        self.records = records;
    }

    pub fn parse(path: PathBuf, text: String) -> CatalogFile {
        let (resource, errors) = match FluentResource::try_new(text.clone()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let syntax_errors: Vec<SyntaxError> = errors
            .iter()
            .map(|err| SyntaxError {
                location: Location::at_offset(&path, &text, err.pos.start),
                message: err.kind.to_string(),
            })
            .collect();
        let lines: Vec<&str> = text.lines().collect();
        let mut meanings = meanings(&resource);
        let entries: Vec<CatalogEntry> = ftl::scan(&text)
            .into_iter()
            .map(|entry| {
                let marker = lines[entry.comment.clone()]
                    .iter()
                    .find_map(|line| Marker::parse(line));
                let raw_fingerprint = fingerprint(&ftl::entry_source(&lines, &entry));
                let meaning = meanings
                    .get_mut(&entry.id)
                    .and_then(|queue| queue.pop_front())
                    .unwrap_or_else(|| raw_fingerprint.clone());
                let record = marker.as_ref().map(|m| Record {
                    en: m.source.clone(),
                    tr: m.translation.clone(),
                    legacy: true,
                });
                let value = ftl::entry_value(&lines, &entry);
                let syntax_error = syntax_errors
                    .iter()
                    .find(|e| {
                        (entry.start + 1..=entry.end.max(entry.start + 1))
                            .contains(&e.location.line)
                    })
                    .cloned();
                CatalogEntry {
                    lines: entry,
                    marker,
                    record,
                    raw_fingerprint,
                    meaning,
                    value,
                    syntax_error,
                }
            })
            .collect();
        let mut index = std::collections::HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            index.entry(entry.lines.id.clone()).or_insert(i);
        }
        let provenance = Provenance::parse(&text);
        CatalogFile {
            provenance,
            records: Records::default(),
            path,
            text,
            resource: Arc::new(resource),
            entries,
            syntax_errors,
            index,
        }
    }

    /// The entry with this id (terms keep their leading `-`); the first one
    /// if it is repeated, as Fluent does.
    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        self.index.get(id).map(|&i| &self.entries[i])
    }

    /// The file without the inline markers of older peerpress versions;
    /// `None` when it has none.
    pub fn without_markers(&self) -> Option<String> {
        if !self.entries.iter().any(|e| e.marker.is_some()) {
            return None;
        }
        let mut out = String::with_capacity(self.text.len());
        for line in self.text.lines() {
            if Marker::parse(line).is_none() {
                out.push_str(line);
                out.push('\n');
            }
        }
        Some(out)
    }
}

/// Meaning fingerprints of the parsed messages and terms, per id in file order.
fn meanings(
    resource: &FluentResource,
) -> std::collections::HashMap<String, std::collections::VecDeque<String>> {
    let mut out: std::collections::HashMap<String, std::collections::VecDeque<String>> =
        std::collections::HashMap::new();
    for entry in resource.entries() {
        let id = match entry {
            fluent_syntax::ast::Entry::Message(m) => m.id.name.to_string(),
            fluent_syntax::ast::Entry::Term(t) => format!("-{}", t.id.name),
            _ => continue,
        };
        if let Some(fp) = meaning::of_entry(entry) {
            out.entry(id).or_default().push_back(fp);
        }
    }
    out
}
