//! TOML front matter between `+++` lines at the top of a content file.

use std::path::Path;

use serde::Deserialize;

use super::ContentError;
use crate::diagnostic::Location;

/// Metadata an author writes above the Markdown.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Position in the list of topics (lower first; ties sorted by file name).
    #[serde(default)]
    pub order: i64,
    /// When a person last checked the content against its sources.
    pub reviewed: toml::value::Datetime,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub leaflet: LeafletOptions,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
    /// Language of the source's title, if not the source locale.
    #[serde(default)]
    pub lang: Option<String>,
}

/// Print options; read now so that a typo is caught early.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeafletOptions {
    #[serde(default)]
    pub formats: Option<Vec<String>>,
}

/// Splits a content file into its front matter and the byte offset where the
/// Markdown body starts.
pub fn parse(path: &Path, text: &str) -> Result<(FrontMatter, usize), ContentError> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_line_end].trim_end() != "+++" {
        return Err(ContentError::FrontMatter {
            location: Location::new(path, 1),
            message: "the file must start with a `+++` line that opens the front matter".into(),
        });
    }
    let mut offset = first_line_end;
    let mut close = None;
    for line in text[first_line_end..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((toml_end, body_start)) = close else {
        return Err(ContentError::FrontMatter {
            location: Location::new(path, 1),
            message: "the front matter opened here is never closed with a `+++` line".into(),
        });
    };
    let toml_text = &text[first_line_end..toml_end];
    let front: FrontMatter = toml::from_str(toml_text).map_err(|err| {
        let at = first_line_end + err.span().map_or(0, |s| s.start);
        ContentError::FrontMatter {
            location: Location::at_offset(path, text, at),
            message: err.message().trim().to_string(),
        }
    })?;
    if front.title.trim().is_empty() {
        return Err(ContentError::FrontMatter {
            location: Location::new(path, 2),
            message: "the title is empty".into(),
        });
    }
    Ok((front, body_start))
}
