//! `translations/<source>/.history/<catalog>.toml`: earlier source texts by
//! fingerprint, so that for a stale translation the report can show the
//! English it was made from beside today's — from the files alone, with no
//! version control. `sync` adds every current text and drops texts no marker
//! refers to any more. Deleting the folder loses only that display.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::CatalogError;
use crate::diagnostic::read_utf8;

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
}

const HEADER: &str = "# Source texts that translations were made from, by fingerprint.\n\
# Written by `peerpress sync` so that `peerpress status` can show what changed.\n\n";

pub fn path(source_locale: &str, catalog: &str) -> PathBuf {
    Path::new("translations")
        .join(source_locale)
        .join(".history")
        .join(format!("{catalog}.toml"))
}

impl History {
    /// Reads a history file; a missing or unreadable one is empty (it is a cache
    /// of old texts, never needed for correctness).
    pub fn load(root: &Path, display: &Path) -> History {
        let file = root.join(display);
        if !file.is_file() {
            return History::default();
        }
        read_utf8(&file, display)
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn to_file_text(&self) -> Result<String, CatalogError> {
        let body = toml::to_string(self).map_err(|err| CatalogError::Write {
            path: PathBuf::from(".history"),
            source: std::io::Error::other(err),
        })?;
        Ok(format!("{HEADER}{body}"))
    }
}
