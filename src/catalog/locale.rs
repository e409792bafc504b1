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
use crate::diagnostic::{Location, ReadError};

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
    /// Fingerprint of the message's lines as written (what inline markers
    /// used); only taken for a message with a marker or without a meaning.
    pub raw_fingerprint: Option<String>,
    /// Fingerprint of what the message says (see [`meaning`]).
    pub meaning: String,
    /// The value as written after `id =` (continuation lines dedented).
    pub value: String,
    /// Set when the message lies in a part of the file Fluent could not parse.
    pub syntax_error: Option<SyntaxError>,
    /// Why the message cannot be used although it parses (a repeated id or
    /// attribute), starting with file:line.
    pub defect: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub location: Location,
    pub message: String,
    /// 1-based lines of the unparsable stretch (Fluent's "junk"): the entry
    /// whose `id =` line lies in it is the broken one, never its neighbour.
    pub lines: std::ops::RangeInclusive<usize>,
    /// Bytes that are not UTF-8, rather than bad Fluent syntax.
    pub encoding: bool,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.encoding {
            write!(f, "{}: {}", self.location, self.message)
        } else {
            write!(
                f,
                "{}: Fluent syntax error: {}",
                self.location, self.message
            )
        }
    }
}

/// A Fluent file of one locale. Parts with syntax errors are reported and
/// the rest of the file is still used.
#[derive(Debug)]
pub struct CatalogFile {
    /// Path relative to the project root, for messages.
    pub path: PathBuf,
    pub resource: Arc<FluentResource>,
    pub entries: Vec<CatalogEntry>,
    pub syntax_errors: Vec<SyntaxError>,
    /// Things peerpress repaired while reading (a byte-order mark), to print as warnings.
    pub warnings: Vec<String>,
    /// From the file's header comment when it has one, else from its records.
    pub provenance: Provenance,
    /// The records file as read (empty if there is none).
    pub records: Records,
    /// id → index of its first entry.
    index: std::collections::HashMap<String, usize>,
}

impl CatalogFile {
    /// The file's text as read (after repairs).
    pub fn text(&self) -> &str {
        self.resource.source()
    }

    /// Reads `root/display`; `Ok(None)` when the file does not exist.
    pub fn load(root: &Path, display: &Path) -> Result<Option<CatalogFile>, CatalogError> {
        let path = root.join(display);
        if !path.is_file() {
            return Ok(None);
        }
        if let Some(problem) = crate::diagnostic::leaves_root(root, &path) {
            return Err(CatalogError::OutsideProject {
                path: display.to_path_buf(),
                problem,
            });
        }
        let bytes = std::fs::read(&path).map_err(|source| ReadError::Io {
            path: display.to_path_buf(),
            source,
        })?;
        let mut file = CatalogFile::from_bytes(display.to_path_buf(), &bytes);
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

    /// A file as read from disk: a leading byte-order mark is dropped (with a
    /// warning), bytes that are not UTF-8 are replaced and reported as
    /// errors of the messages they sit in, and the rest is used.
    pub fn from_bytes(path: PathBuf, bytes: &[u8]) -> CatalogFile {
        let (bytes, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (rest, true),
            None => (bytes, false),
        };
        let (text, bad) = decode_lossy(bytes);
        let encoding_errors: Vec<SyntaxError> = bad
            .into_iter()
            .map(|(offset, invalid)| {
                let location = Location::at_offset(&path, &text, offset);
                let line = location.line;
                SyntaxError {
                    location,
                    message: format!(
                        "not valid UTF-8 (byte{} {}): save the file as UTF-8 (most editors offer \"Save with encoding\")",
                        if invalid.len() == 1 { "" } else { "s" },
                        invalid.iter().map(|b| format!("0x{b:02X}")).collect::<Vec<_>>().join(" ")
                    ),
                    lines: line..=line,
                    encoding: true,
                }
            })
            .collect();
        let mut file = CatalogFile::parse_with(path, text, encoding_errors);
        if bom {
            file.warnings.push(format!(
                "{}: starts with a byte-order mark (BOM), which peerpress ignores; save the file as UTF-8 without BOM",
                file.path.display()
            ));
        }
        file
    }

    pub fn parse(path: PathBuf, text: String) -> CatalogFile {
        CatalogFile::parse_with(path, text, Vec::new())
    }

    fn parse_with(path: PathBuf, text: String, mut syntax_errors: Vec<SyntaxError>) -> CatalogFile {
        // The resource keeps the text; everything below reads it from there.
        let (resource, errors) = match FluentResource::try_new(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let text = resource.source();
        syntax_errors.extend(errors.iter().map(|err| syntax_error(&path, text, err)));
        syntax_errors.sort_by(|a, b| a.location.cmp(&b.location));
        let lines: Vec<&str> = text.lines().collect();
        let mut meanings = meanings(&resource);
        let entries: Vec<CatalogEntry> = ftl::scan(text)
            .into_iter()
            .map(|entry| {
                let marker = lines[entry.comment.clone()]
                    .iter()
                    .find_map(|line| Marker::parse(line));
                let raw = || fingerprint(&ftl::entry_source(&lines, &entry));
                let meaning = meanings
                    .get_mut(&entry.id)
                    .and_then(|queue| queue.pop_front());
                // Only inline markers (legacy records) compare the lines as
                // written; a message Fluent could not parse has no meaning
                // but its lines.
                let raw_fingerprint = (marker.is_some() || meaning.is_none()).then(raw);
                let meaning = meaning
                    .or_else(|| raw_fingerprint.clone())
                    .unwrap_or_default();
                let record = marker.as_ref().map(|m| Record {
                    en: m.source.clone(),
                    tr: m.translation.clone(),
                    legacy: true,
                });
                let value = ftl::entry_value(&lines, &entry);
                let syntax_error = syntax_errors
                    .iter()
                    .find(|e| {
                        if e.encoding {
                            (entry.start + 1..=entry.end.max(entry.start + 1))
                                .contains(&e.location.line)
                        } else {
                            e.lines.contains(&entry.line())
                        }
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
                    defect: None,
                }
            })
            .collect();
        let mut entries = entries;
        mark_repeats(&path, &resource, &lines, &mut entries);
        let mut index = std::collections::HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            index.entry(entry.lines.id.clone()).or_insert(i);
        }
        let provenance = Provenance::parse(text);
        drop(lines);
        CatalogFile {
            provenance,
            records: Records::default(),
            path,
            resource: Arc::new(resource),
            entries,
            syntax_errors,
            warnings: Vec::new(),
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
        let mut out = String::with_capacity(self.text().len());
        for line in self.text().lines() {
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

/// A parser error as the user should see it: placed in the broken entry
/// (Fluent reports an unclosed placeable at the start of the *next* line),
/// with the lines of the unparsable stretch for attribution.
fn syntax_error(path: &Path, text: &str, err: &fluent_syntax::parser::ParserError) -> SyntaxError {
    let (offset, lines) = match &err.slice {
        Some(slice) => {
            let junk = text.get(slice.clone()).unwrap_or("");
            let last = slice.start + junk.trim_end().len().saturating_sub(1);
            let first_line = crate::diagnostic::line_and_column(text, slice.start).0;
            let last_line = crate::diagnostic::line_and_column(text, last).0;
            (
                err.pos.start.min(last.max(slice.start)),
                first_line..=last_line,
            )
        }
        None => {
            let line = crate::diagnostic::line_and_column(text, err.pos.start).0;
            (err.pos.start, line..=line)
        }
    };
    SyntaxError {
        location: Location::at_offset(path, text, offset),
        message: err.kind.to_string(),
        lines,
        encoding: false,
    }
}

/// The text with every invalid UTF-8 sequence replaced by U+FFFD, and where
/// each replacement is (byte offset in the text, the invalid bytes).
fn decode_lossy(bytes: &[u8]) -> (String, Vec<(usize, Vec<u8>)>) {
    let mut text = String::with_capacity(bytes.len());
    let mut bad = Vec::new();
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            bad.push((text.len(), chunk.invalid().to_vec()));
            text.push(char::REPLACEMENT_CHARACTER);
        }
    }
    (text, bad)
}

/// Marks messages and terms defined more than once, and messages with a
/// repeated attribute: which text Fluent uses is not what the translator
/// can see, so neither is used.
fn mark_repeats(
    path: &Path,
    resource: &FluentResource,
    lines: &[&str],
    entries: &mut [CatalogEntry],
) {
    let mut by_id: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for entry in entries.iter() {
        by_id
            .entry(entry.lines.id.as_str())
            .or_default()
            .push(entry.lines.line());
    }
    let repeated: std::collections::HashMap<String, Vec<usize>> = by_id
        .into_iter()
        .filter(|(_, l)| l.len() > 1)
        .map(|(id, l)| (id.to_string(), l))
        .collect();
    for entry in entries.iter_mut() {
        if let Some(at) = repeated.get(&entry.lines.id) {
            let list: Vec<String> = at.iter().map(usize::to_string).collect();
            entry.defect = Some(format!(
                "{}:{}: `{}` is defined more than once (lines {}): keep one",
                path.display(),
                entry.lines.line(),
                entry.lines.id,
                list.join(" and ")
            ));
        }
    }
    for ast in resource.entries() {
        let (id, attributes) = match ast {
            fluent_syntax::ast::Entry::Message(m) => (m.id.name.to_string(), &m.attributes),
            fluent_syntax::ast::Entry::Term(t) => (format!("-{}", t.id.name), &t.attributes),
            _ => continue,
        };
        let mut seen = std::collections::HashSet::new();
        let Some(twice) = attributes.iter().find(|a| !seen.insert(a.id.name)) else {
            continue;
        };
        let Some(entry) = entries
            .iter_mut()
            .find(|e| e.lines.id == id && e.defect.is_none())
        else {
            continue;
        };
        let name = twice.id.name;
        let at: Vec<String> = (entry.lines.start..entry.lines.end.min(lines.len()))
            .filter(|&i| {
                lines[i]
                    .trim_start()
                    .strip_prefix('.')
                    .and_then(|rest| rest.strip_prefix(name))
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| (i + 1).to_string())
            .collect();
        entry.defect = Some(format!(
            "{}:{}: attribute `.{name}` of `{id}` is defined more than once (lines {}): keep one",
            path.display(),
            entry.lines.line(),
            at.join(" and ")
        ));
    }
}
