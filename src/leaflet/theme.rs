//! `[leaflet]` in themes/<theme>/theme.toml: formats, base font size, and
//! the fonts per script and style (`[leaflet.fonts.<script>]`).

use std::path::Path;

use serde::Deserialize;

use super::LeafletError;
use crate::diagnostic::read_utf8;
use crate::typeset::fonts::FontChoice;
use crate::typeset::Script;

#[derive(Deserialize, Default)]
struct ThemeFile {
    #[serde(default)]
    leaflet: Option<LeafletTheme>,
}

/// `[leaflet]` in themes/<theme>/theme.toml.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct LeafletTheme {
    #[serde(default = "default_formats")]
    pub formats: Vec<String>,
    #[serde(default = "default_size")]
    pub font_size: f32,
    #[serde(default)]
    pub fonts: FontChoice,
}

impl Default for LeafletTheme {
    fn default() -> Self {
        LeafletTheme {
            formats: default_formats(),
            font_size: default_size(),
            fonts: FontChoice::new(),
        }
    }
}

fn default_formats() -> Vec<String> {
    vec!["a4".into(), "a5-booklet".into()]
}

fn default_size() -> f32 {
    11.0
}

/// Reads `[leaflet]` from the theme's theme.toml (defaults when absent).
pub fn load_theme(theme_dir: &Path, display: &Path) -> Result<LeafletTheme, LeafletError> {
    let path = theme_dir.join("theme.toml");
    if !path.is_file() {
        return Ok(LeafletTheme::default());
    }
    let shown = display.join("theme.toml");
    let text = read_utf8(&path, &shown).map_err(|e| LeafletError::Theme(e.to_string()))?;
    let file: ThemeFile = toml::from_str(&text).map_err(|err| {
        let at = crate::diagnostic::Location::at_offset(
            &shown,
            &text,
            err.span().map_or(0, |s| s.start),
        );
        LeafletError::Theme(format!("{at}: {}", err.message().trim()))
    })?;
    let theme = file.leaflet.unwrap_or_default();
    for script in theme.fonts.keys() {
        if !Script::ALL.iter().any(|s| s.name() == script) {
            return Err(LeafletError::Theme(format!(
                "{}: unknown script `{script}` in [leaflet.fonts] (use latin, greek, cyrillic or arabic)",
                shown.display()
            )));
        }
    }
    Ok(theme)
}
