//! Where a named font's bytes come from: a file in the theme folder, one of
//! the built-in DejaVu faces, or an installed system font; a name found
//! nowhere falls back to the built-in face for its style, with a note.

use std::path::{Path, PathBuf};

use super::FontData;
use crate::typeset::script::{Script, Style};
use crate::typeset::TypesetError;

/// The bytes of the font `wanted` for `script` and `style`, looked up in
/// `dir` (the theme folder), the built-ins and the system fonts, in that order.
pub(super) fn font_data(
    wanted: &str,
    script: Script,
    style: Style,
    dir: &Path,
    notes: &mut Vec<String>,
) -> Result<FontData, TypesetError> {
    if let Some(problem) = crate::diagnostic::unsafe_name(wanted)
        .or_else(|| crate::diagnostic::leaves_root(dir, &dir.join(wanted)))
    {
        return Err(TypesetError::UnsafeFontName {
            name: wanted.to_string(),
            script: script.name(),
            style: style.name(),
            problem,
        });
    }
    let read = |path: &Path, shown: String| {
        std::fs::read(path).map_err(|error| TypesetError::ReadFont { file: shown, error })
    };
    Ok(if dir.join(wanted).is_file() {
        FontData::loaded(read(&dir.join(wanted), wanted.to_string())?)
    } else if let Some(bytes) = builtin(wanted) {
        FontData::builtin(bytes)
    } else if let Some(path) = find_system_font(wanted) {
        FontData::loaded(read(&path, path.display().to_string())?)
    } else {
        let fallback = default_face(style);
        notes.push(format!(
            "font `{wanted}` ({} {}) is not in the theme folder, the system fonts or the built-ins; using {fallback}",
            script.name(),
            style.name()
        ));
        FontData::builtin(builtin(fallback).unwrap_or_else(dejavu::sans::regular))
    })
}

fn builtin(name: &str) -> Option<&'static [u8]> {
    Some(match name {
        "DejaVu Sans" => dejavu::sans::regular(),
        "DejaVu Sans Bold" => dejavu::sans::bold(),
        "DejaVu Sans Oblique" => dejavu::sans::oblique(),
        "DejaVu Sans Bold Oblique" => dejavu::sans::bold_oblique(),
        "DejaVu Serif" => dejavu::serif::regular(),
        _ => return None,
    })
}

/// The built-in face for a style the theme does not name.
pub(super) fn default_face(style: Style) -> &'static str {
    match (style.bold, style.italic) {
        (false, false) => "DejaVu Sans",
        (true, false) => "DejaVu Sans Bold",
        (false, true) => "DejaVu Sans Oblique",
        (true, true) => "DejaVu Sans Bold Oblique",
    }
}

fn system_font_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![
        PathBuf::from("/usr/share/fonts"),
        PathBuf::from("/usr/local/share/fonts"),
    ];
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(&home).join(".fonts"));
        dirs.push(PathBuf::from(home).join(".local/share/fonts"));
    }
    dirs
}

fn find_system_font(file_name: &str) -> Option<PathBuf> {
    system_font_dirs().into_iter().find_map(|dir| {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(|e| e.ok())
            .find(|e| e.file_type().is_file() && e.file_name().to_str() == Some(file_name))
            .map(|e| e.into_path())
    })
}
