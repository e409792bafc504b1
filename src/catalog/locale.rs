//! A translated catalog `translations/<locale>/<file>.ftl`, with the
//! bookkeeping that makes staleness visible from the files alone.
//!
//! Beside each translated message `sync` writes one marker comment:
//!
//! ```text
//! # peerpress: en=3f2a9c1d tr=7b8e0a12
//! u-equals-u-what-it-means-1 = …
//! ```
//!
//! `en` fingerprints the English the translation was made from, `tr` the
//! translation itself. When the English changes, `en` no longer matches: the
//! message is stale. When the translator edits the message, `tr` no longer
//! matches: they have revised it, so it is fresh again (and deleting the
//! marker line has the same effect).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;

use super::fingerprint::fingerprint;
use super::ftl::{self, EntryLines};
use super::CatalogError;
use crate::diagnostic::{read_utf8, Location};

pub const MARKER_PREFIX: &str = "# peerpress:";

/// The recorded fingerprints of one translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Fingerprint of the source text the translation was made from.
    pub source: String,
    /// Fingerprint of the translation when that was recorded.
    pub translation: String,
}

impl Marker {
    pub fn line(&self) -> String {
        format!("{MARKER_PREFIX} en={} tr={}", self.source, self.translation)
    }

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
    pub marker: Option<Marker>,
    /// Fingerprint of the message as it is written now.
    pub fingerprint: String,
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
    pub provenance: Provenance,
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
        Ok(Some(CatalogFile::parse(display.to_path_buf(), text)))
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
        let entries: Vec<CatalogEntry> = ftl::scan(&text)
            .into_iter()
            .map(|entry| {
                let marker = lines[entry.comment.clone()]
                    .iter()
                    .find_map(|line| Marker::parse(line));
                let fingerprint = fingerprint(&ftl::entry_source(&lines, &entry));
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
                    fingerprint,
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

    /// The file with the marker of each listed message set as given, other
    /// lines unchanged; `None` when nothing would change.
    pub fn with_markers(&self, markers: &[(&CatalogEntry, Marker)]) -> Option<String> {
        let mut lines: Vec<String> = self.text.lines().map(str::to_string).collect();
        let mut changed = false;
        // Work from the bottom so inserted lines do not shift later entries.
        let mut markers: Vec<_> = markers.iter().collect();
        markers.sort_by_key(|(entry, _)| std::cmp::Reverse(entry.lines.start));
        for (entry, marker) in markers {
            let new_line = marker.line();
            let existing = entry
                .lines
                .comment
                .clone()
                .find(|&i| lines[i].starts_with(MARKER_PREFIX));
            match existing {
                Some(i) if lines[i] == new_line => {}
                Some(i) => {
                    lines[i] = new_line;
                    changed = true;
                }
                None => {
                    lines.insert(entry.lines.start, new_line);
                    changed = true;
                }
            }
        }
        changed.then(|| {
            let mut out = lines.join("\n");
            out.push('\n');
            out
        })
    }
}
