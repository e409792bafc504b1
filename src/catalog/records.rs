//! Translation records: what each translation was made from, kept beside
//! the translations in `translations/<locale>/.peerpress/<catalog>.toml`.
//!
//! ```toml
//! [provenance]
//! translated-by = "Amal (volunteer), 2026-11-23"
//! reviewed-by = "nobody yet"
//!
//! [messages]
//! prep-intro-1 = { en = "b90f408c", tr = "52ab1512" }
//! ```
//!
//! `en` fingerprints the English the translation was made from, `tr` the
//! translation's meaning (see [`super::meaning`]). They live in their own
//! file, not in comments of the `.ftl` file, because translation tools
//! rewrite `.ftl` files: Pontoon regenerates each locale file from the
//! reference and keeps only the reference's comments, and every Fluent
//! serializer reformats values. A record survives all of that.
//!
//! The rule, in one place ([`freshness`]):
//! - With a record: the translation is stale when the English changed since
//!   (`en` differs) and the translation has not been revised since (`tr`
//!   still matches its meaning). A revision of the wording makes it fresh.
//! - Without a record (a translation added since the last `sync`): it was
//!   made from the English that translators and tools were shown, the
//!   reference catalog `translations/<source>/<doc>.ftl` as last synced. It
//!   is fresh only if the English has not changed since that sync. A tool
//!   rewriting files never touches records, so it can never turn a stale
//!   translation fresh.
//!
//! Older peerpress wrote the record as an inline comment
//! (`# peerpress: en=… tr=…`, `tr` over the raw text); such a marker is read
//! when there is no record, and the next `sync` moves it here.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::fingerprint::fingerprint;
use super::locale::{CatalogEntry, Provenance};
use super::CatalogError;
use crate::diagnostic::{read_utf8, Location};

/// The folder of record files inside each locale's folder.
pub const RECORDS_DIR: &str = ".peerpress";

/// `translations/<locale>/.peerpress/<catalog>.toml` for the catalog file
/// `translations/<locale>/<catalog>.ftl`.
pub fn path_for(catalog_file: &Path) -> PathBuf {
    let stem = catalog_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    catalog_file
        .parent()
        .unwrap_or(Path::new(""))
        .join(RECORDS_DIR)
        .join(format!("{stem}.toml"))
}

/// One translation's record.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Record {
    /// Fingerprint of the English the translation was made from.
    pub en: String,
    /// Meaning fingerprint of the translation when that was recorded.
    pub tr: String,
    /// Read from an inline marker of an older peerpress: `tr` is then a
    /// fingerprint of the raw text, not of the meaning.
    #[serde(skip)]
    pub legacy: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct ProvenanceFields {
    translated_by: Option<String>,
    reviewed_by: Option<String>,
}

/// The record file of one catalog of one locale.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Records {
    #[serde(default)]
    provenance: ProvenanceFields,
    #[serde(default)]
    pub messages: BTreeMap<String, Record>,
    /// The file's text as read, so `sync` can tell whether it changes
    /// without reading it again.
    #[serde(skip)]
    pub file_text: Option<String>,
}

impl Records {
    /// Reads the records of `display` (a path relative to `root`); none when
    /// the file does not exist. A malformed file is an error: ignoring it
    /// would make stale translations look fresh.
    pub fn load(root: &Path, display: &Path) -> Result<Records, CatalogError> {
        let path = root.join(display);
        if !path.is_file() {
            return Ok(Records::default());
        }
        let text = read_utf8(&path, display)?;
        let mut records: Records = toml::from_str(&text).map_err(|err| {
            let offset = err.span().map_or(0, |s| s.start);
            CatalogError::Records {
                location: Location::at_offset(display, &text, offset),
                message: err.message().to_string(),
            }
        })?;
        records.file_text = Some(text);
        Ok(records)
    }

    pub fn provenance(&self) -> Provenance {
        Provenance {
            translated_by: self.provenance.translated_by.clone(),
            reviewed_by: self.provenance.reviewed_by.clone(),
        }
    }

    pub fn set_provenance(&mut self, provenance: &Provenance) {
        self.provenance = ProvenanceFields {
            translated_by: provenance.translated_by.clone(),
            reviewed_by: provenance.reviewed_by.clone(),
        };
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty() && self.provenance == ProvenanceFields::default()
    }

    /// The file's text: stable order, one line per message.
    pub fn to_file_text(&self, catalog_file: &Path) -> String {
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# peerpress translation records for {}, written by `peerpress sync`.",
            catalog_file.display().to_string().replace('\\', "/")
        );
        out.push_str(
            "# For each translated message: `en` is a fingerprint of the English it was\n\
             # translated from, `tr` of the translation's wording. Commit this file with\n\
             # the translations; translation tools never need to read or write it.\n",
        );
        if self.provenance != ProvenanceFields::default() {
            out.push_str("\n[provenance]\n");
            if let Some(by) = &self.provenance.translated_by {
                let _ = writeln!(out, "translated-by = {}", quote(by));
            }
            if let Some(by) = &self.provenance.reviewed_by {
                let _ = writeln!(out, "reviewed-by = {}", quote(by));
            }
        }
        out.push_str("\n[messages]\n");
        for (id, record) in &self.messages {
            let bare = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            let _ = writeln!(
                out,
                "{} = {{ en = {}, tr = {} }}",
                if bare { id.clone() } else { quote(id) },
                quote(&record.en),
                quote(&record.tr)
            );
        }
        out
    }
}

/// Whether a translation is up to date with its English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Freshness {
    Fresh,
    /// Made from older English, whose fingerprint this is.
    Stale {
        source_fingerprint: String,
    },
}

impl CatalogEntry {
    /// Whether the translator changed the translation after its record was made.
    pub fn revised_since(&self, record: &Record) -> bool {
        let now = if record.legacy {
            self.raw_fingerprint.as_ref()
        } else {
            Some(&self.meaning)
        };
        now != Some(&record.tr)
    }

    /// The English fingerprint this translation counts as made from: its
    /// record's, unless revised since; else the reference's as last synced.
    pub fn made_from(&self, english: &str, reference_english: Option<&str>) -> String {
        self.made_from_fingerprint(|| fingerprint(english), reference_english)
    }

    fn made_from_fingerprint(
        &self,
        english: impl FnOnce() -> String,
        reference_english: Option<&str>,
    ) -> String {
        match (&self.record, reference_english) {
            (Some(record), _) if !self.revised_since(record) => record.en.clone(),
            (None, Some(reference)) => fingerprint(reference),
            _ => english(),
        }
    }

    /// The translation's state against the English `english`; the English
    /// in the reference catalog on disk is `reference_english` (content
    /// catalogs; `None` for hand-written ones, whose reference is the source).
    pub fn freshness(&self, english: &str, reference_english: Option<&str>) -> Freshness {
        self.freshness_against(&fingerprint(english), reference_english)
    }

    /// [`Self::freshness`] with the English given by its fingerprint (one
    /// segment's English is compared with every locale's translation).
    pub fn freshness_against(
        &self,
        english_fingerprint: &str,
        reference_english: Option<&str>,
    ) -> Freshness {
        let now = english_fingerprint;
        let made_from = self.made_from_fingerprint(|| now.to_string(), reference_english);
        if made_from == now {
            Freshness::Fresh
        } else {
            Freshness::Stale {
                source_fingerprint: made_from,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_through_their_file() {
        let mut records = Records::default();
        records.set_provenance(&Provenance {
            translated_by: Some("Amal \"A\" (volunteer)".into()),
            reviewed_by: Some("nobody yet".into()),
        });
        for id in ["prep-intro-1", "-prep", "a_b"] {
            records.messages.insert(
                id.into(),
                Record {
                    en: "0123abcd".into(),
                    tr: "89abcdef".into(),
                    legacy: false,
                },
            );
        }
        let text = records.to_file_text(Path::new("translations/fr/prep.ftl"));
        let back: Records = toml::from_str(&text).expect("parses");
        assert_eq!(back, records);
        assert_eq!(
            path_for(Path::new("translations/fr/prep.ftl")),
            Path::new("translations/fr/.peerpress/prep.toml")
        );
    }
}
