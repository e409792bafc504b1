//! Carrying translations over to changed English without translators:
//! `sync --minor <doc or id>` for an author's typo or comma fix, and
//! `sync --confirm <locale>:<id>` for a translator who checked that a stale
//! translation is still right.
//!
//! A minor carry-over is refused when the change could matter to a
//! translation: link targets, image sources, inline code or Fluent
//! placeables differ, or the old English is not known. Every carry-over is
//! logged in `translations/<source>/.history/minor-edits.toml`, and the
//! history keeps both texts, so `status --minor-since DATE` can show them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{SyncError, SyncOptions};
use crate::catalog::CatalogError;
use crate::diagnostic::{read_utf8, Location};
use crate::inline::invariants;
use crate::localize::placeables::{self, References};
use crate::project::{CatalogKind, Project, SourceMessage};

/// One carry-over: the translations of `id` in `locales`, made from the
/// English `old`, now count as made from `new`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinorEdit {
    pub date: String,
    /// `minor` (author, all locales) or `confirmed` (a translator, one locale).
    pub kind: String,
    pub catalog: String,
    pub id: String,
    pub old: String,
    pub new: String,
    pub locales: Vec<String>,
}

/// The log of every carry-over.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinorLog {
    #[serde(default, rename = "edit")]
    pub edits: Vec<MinorEdit>,
}

pub fn log_path(source_locale: &str) -> PathBuf {
    Path::new("translations")
        .join(source_locale)
        .join(".history")
        .join("minor-edits.toml")
}

impl MinorLog {
    pub fn load(root: &Path, display: &Path) -> Result<MinorLog, CatalogError> {
        let path = root.join(display);
        if !path.is_file() {
            return Ok(MinorLog::default());
        }
        let text = read_utf8(&path, display)?;
        toml::from_str(&text).map_err(|err| CatalogError::Records {
            location: Location::at_offset(display, &text, err.span().map_or(0, |s| s.start)),
            message: err.message().to_string(),
        })
    }

    /// English fingerprints the log refers to in `catalog` (kept in the history).
    pub fn fingerprints(&self, catalog: &str) -> Vec<String> {
        self.edits
            .iter()
            .filter(|e| e.catalog == catalog)
            .flat_map(|e| [e.old.clone(), e.new.clone()])
            .collect()
    }

    pub fn to_file_text(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# Translations carried over to changed English by `peerpress sync --minor`\n\
             # (author: the change does not alter the meaning) or `--confirm` (a translator\n\
             # checked it). Written by peerpress; `status --minor-since DATE` lists them.\n\n{body}"
        )
    }
}

/// What `--minor` and `--confirm` ask for.
pub struct Selection {
    minor: Vec<String>,
    confirm: Vec<(String, String)>,
}

impl Selection {
    pub fn parse(project: &Project, options: &SyncOptions) -> Result<Selection, SyncError> {
        let catalogs = project.catalog_names();
        let exists = |id: &str| {
            catalogs
                .iter()
                .any(|(name, _)| project.source_messages(name).iter().any(|m| m.id == id))
        };
        for name in &options.minor {
            if !catalogs.iter().any(|(c, _)| c == name) && !exists(name) {
                return Err(SyncError::Refused(format!(
                    "--minor {name}: there is no document, catalog or message `{name}`"
                )));
            }
        }
        let mut confirm = Vec::new();
        for pair in &options.confirm {
            let Some((locale, id)) = pair.split_once(':') else {
                return Err(SyncError::Refused(format!(
                    "--confirm {pair}: write LOCALE:MESSAGE-ID, e.g. fr:prep-intro-1"
                )));
            };
            if !project.config.locales.iter().any(|l| l.code == locale) {
                return Err(SyncError::Refused(format!(
                    "--confirm {pair}: `{locale}` is not a locale in site.toml"
                )));
            }
            if !exists(id) {
                return Err(SyncError::Refused(format!(
                    "--confirm {pair}: there is no message `{id}`"
                )));
            }
            confirm.push((locale.to_string(), id.to_string()));
        }
        Ok(Selection {
            minor: options.minor.clone(),
            confirm,
        })
    }

    pub fn is_minor(&self, catalog: &str, id: &str) -> bool {
        self.minor.iter().any(|m| m == catalog || m == id)
    }

    pub fn wants(&self, locale: &str, catalog: &str, id: &str) -> bool {
        self.is_minor(catalog, id) || self.confirm.iter().any(|(l, i)| l == locale && i == id)
    }
}

/// Refuses a minor carry-over when the change is more than words: what
/// translations must keep (links, images, code, placeables) changed, or the
/// old English is unknown.
pub fn check_same_form(
    message: &SourceMessage,
    kind: CatalogKind,
    old: Option<&str>,
) -> Result<(), SyncError> {
    let at = format!("{}:{}", message.file.display(), message.line);
    let Some(old) = old else {
        return Err(SyncError::Refused(format!(
            "{at}: cannot carry `{}` over as a minor edit: the English it was translated from is not in the history\n  help: let translators check it (it stays stale until they do)",
            message.id
        )));
    };
    let (before, after) = (invariants(old), invariants(&message.text));
    let changed = [
        ("link targets", before.links != after.links),
        ("image sources", before.images != after.images),
        ("inline code", before.code != after.code),
        ("raw HTML", before.raw_html != after.raw_html),
        (
            "placeables",
            references(kind, old) != references(kind, &message.text),
        ),
    ];
    if let Some((what, _)) = changed.iter().find(|(_, differs)| *differs) {
        return Err(SyncError::Refused(format!(
            "{at}: `{}` is not a minor edit: its {what} changed\n  was: {old}\n  now: {}\n  help: run `peerpress sync` without --minor; translators must update it",
            message.id, message.text
        )));
    }
    Ok(())
}

/// The variables and terms a hand-written Fluent value refers to (content
/// segments are Markdown: they have none).
fn references(kind: CatalogKind, value: &str) -> Option<References> {
    if kind != CatalogKind::Ui {
        return None;
    }
    let source: String = std::iter::once("m =\n".to_string())
        .chain(value.lines().map(|line| format!("    {line}\n")))
        .collect();
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    resource.body.first().map(placeables::references)
}

/// Today as YYYY-MM-DD (UTC), or the day of `SOURCE_DATE_EPOCH`.
pub fn today() -> String {
    crate::clock::iso_date(crate::clock::today())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeables_of_hand_written_values_are_compared() {
        let ui = CatalogKind::Ui;
        assert_eq!(
            references(ui, "a { $n } b {$n}"),
            references(ui, "A {$n}  b { $n }!")
        );
        assert_ne!(references(ui, "{ $date }"), references(ui, "{ $day }"));
        assert_ne!(references(ui, "{ -prep }"), references(ui, "{ -pep }"));
        assert_eq!(references(CatalogKind::Content, "{ x }"), None);
    }
}
