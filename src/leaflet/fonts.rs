//! Fonts for leaflets: chosen per script and style in the theme, looked up in
//! the theme folder, then among system fonts, then built in (DejaVu, which
//! covers Latin, Greek, Cyrillic and Arabic), and checked for coverage before
//! anything is drawn: a character no chosen font has is an error, never a box.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::LeafletError;
use crate::diagnostic::read_utf8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    Latin,
    Greek,
    Cyrillic,
    Arabic,
}

impl Script {
    pub const ALL: [Script; 4] = [
        Script::Latin,
        Script::Greek,
        Script::Cyrillic,
        Script::Arabic,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "latin",
            Script::Greek => "greek",
            Script::Cyrillic => "cyrillic",
            Script::Arabic => "arabic",
        }
    }

    /// The script of a character, or `None` for characters every script
    /// shares (spaces, digits, punctuation), which follow their neighbours.
    pub fn of(c: char) -> Option<Script> {
        match c as u32 {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Some(Script::Arabic),
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Some(Script::Greek),
            0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => {
                Some(Script::Cyrillic)
            }
            _ if c.is_alphabetic() => Some(Script::Latin),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
}

/// One loaded font file, parsed once for shaping.
pub struct Face {
    /// What the theme called it (for messages).
    pub name: String,
    data: FontData,
}

type Shaper<'a> = Option<rustybuzz::Face<'a>>;

self_cell::self_cell!(
    /// Font bytes read from a file, with the shaping face that borrows them.
    struct OwnedFont {
        owner: Vec<u8>,
        #[covariant]
        dependent: Shaper,
    }
);

enum FontData {
    Builtin(&'static [u8], Box<Shaper<'static>>),
    Loaded(OwnedFont),
}

impl FontData {
    fn builtin(bytes: &'static [u8]) -> FontData {
        FontData::Builtin(bytes, Box::new(rustybuzz::Face::from_slice(bytes, 0)))
    }

    fn loaded(bytes: Vec<u8>) -> FontData {
        FontData::Loaded(OwnedFont::new(bytes, |b| rustybuzz::Face::from_slice(b, 0)))
    }
}

impl Face {
    pub fn bytes(&self) -> &[u8] {
        match &self.data {
            FontData::Builtin(b, _) => b,
            FontData::Loaded(f) => f.borrow_owner(),
        }
    }

    /// The parsed face for rustybuzz (parsed once, not per paragraph).
    pub fn shaper(&self) -> Option<&rustybuzz::Face<'_>> {
        match &self.data {
            FontData::Builtin(_, s) => s.as_ref().as_ref(),
            FontData::Loaded(f) => f.borrow_dependent().as_ref(),
        }
    }
}

/// Index into [`FontSet::faces`].
pub type FaceId = usize;

pub struct FontSet {
    pub faces: Vec<Face>,
    /// (script, style) → face.
    choice: BTreeMap<(Script, Style), FaceId>,
    /// Characters each face covers (cmap), for the coverage gate.
    covers: Vec<std::collections::HashSet<char>>,
    /// Compiled shaping plans, shared by every leaflet of a build: compiling
    /// a plan (OpenType feature lookup) costs more than shaping a word.
    plans:
        std::sync::Mutex<std::collections::HashMap<PlanKey, std::sync::Arc<rustybuzz::ShapePlan>>>,
    /// Texts already shaped, per face and direction, shared by every leaflet
    /// of a build: the same words and lines recur in every leaflet, and a
    /// paragraph's words are measured while breaking lines and shaped again
    /// when set.
    shaped: std::sync::Mutex<std::collections::HashMap<(FaceId, bool), ShapedTexts>>,
}

type ShapedTexts = std::collections::HashMap<String, Shaped>;

/// At most this many shaped texts are kept per build (memory stays bounded
/// on a huge site; past it, texts are shaped every time).
const MAX_SHAPED: usize = 200_000;

/// One glyph of a shaped text in font units, so any size can scale it.
#[derive(Debug, Clone)]
pub struct ShapedGlyph {
    pub gid: u16,
    pub x_advance: i32,
    /// The font's own advance (hmtx), when it has one.
    pub natural: Option<u16>,
    /// The text this glyph stands for.
    pub text: String,
}

/// A shaped text, in visual order.
pub type Shaped = std::sync::Arc<[ShapedGlyph]>;

type PlanKey = (
    FaceId,
    rustybuzz::Direction,
    rustybuzz::Script,
    Option<rustybuzz::Language>,
);

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
    fonts: BTreeMap<String, FaceNames>,
}

impl Default for LeafletTheme {
    fn default() -> Self {
        LeafletTheme {
            formats: default_formats(),
            font_size: default_size(),
            fonts: BTreeMap::new(),
        }
    }
}

fn default_formats() -> Vec<String> {
    vec!["a4".into(), "a5-booklet".into()]
}

fn default_size() -> f32 {
    11.0
}

#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
struct FaceNames {
    regular: Option<String>,
    bold: Option<String>,
    italic: Option<String>,
    bold_italic: Option<String>,
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

fn default_face(style: Style) -> &'static str {
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

impl FontSet {
    /// The shaping plan for `face` and the buffer's direction, script and
    /// language (what `rustybuzz::shape` would compile on every call).
    pub fn plan(
        &self,
        face: FaceId,
        shaper: &rustybuzz::Face<'_>,
        buffer: &rustybuzz::UnicodeBuffer,
    ) -> std::sync::Arc<rustybuzz::ShapePlan> {
        let key = (face, buffer.direction(), buffer.script(), buffer.language());
        let mut plans = self
            .plans
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        plans
            .entry(key)
            .or_insert_with_key(|(_, direction, script, language)| {
                std::sync::Arc::new(rustybuzz::ShapePlan::new(
                    shaper,
                    *direction,
                    Some(*script),
                    language.as_ref(),
                    &[],
                ))
            })
            .clone()
    }

    /// `text` shaped with `face` in direction `rtl`: from the build's cache,
    /// or by `shape` (outside the lock, so threads shape in parallel; two
    /// threads shaping the same text get the same glyphs).
    pub fn shaped(
        &self,
        face: FaceId,
        rtl: bool,
        text: &str,
        shape: impl FnOnce() -> Vec<ShapedGlyph>,
    ) -> Shaped {
        let lock = || {
            self.shaped
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        if let Some(hit) = lock().get(&(face, rtl)).and_then(|texts| texts.get(text)) {
            return hit.clone();
        }
        let glyphs: Shaped = shape().into();
        let mut cache = lock();
        if cache.values().map(|texts| texts.len()).sum::<usize>() < MAX_SHAPED {
            cache
                .entry((face, rtl))
                .or_default()
                .insert(text.to_string(), glyphs.clone());
        }
        glyphs
    }

    /// Fingerprint of every face (name and bytes) and which one each
    /// script and style uses.
    pub fn digest(&self) -> String {
        let mut h = crate::engine::hash::Hasher::new("fonts");
        for face in &self.faces {
            h.add(&face.name).add(face.bytes());
        }
        h.add(format!("{:?}", self.choice));
        h.finish()
    }

    /// Resolves every (script, style) the theme names. `notes` collects faces
    /// that were not found and fell back to the built-in one.
    pub fn load(
        theme: &LeafletTheme,
        theme_dir: &Path,
        notes: &mut Vec<String>,
    ) -> Result<FontSet, LeafletError> {
        let mut faces: Vec<Face> = Vec::new();
        let mut by_name: BTreeMap<String, FaceId> = BTreeMap::new();
        let mut choice = BTreeMap::new();
        for script in Script::ALL {
            let names = theme.fonts.get(script.name()).cloned().unwrap_or_default();
            for (bold, italic) in [(false, false), (true, false), (false, true), (true, true)] {
                let style = Style { bold, italic };
                let wanted = match (bold, italic) {
                    (false, false) => names.regular.clone(),
                    (true, false) => names.bold.clone(),
                    (false, true) => names.italic.clone(),
                    (true, true) => names.bold_italic.clone(),
                }
                .unwrap_or_else(|| default_face(style).to_string());
                if let Some(&id) = by_name.get(&wanted) {
                    choice.insert((script, style), id);
                    continue;
                }
                if let Some(problem) = crate::diagnostic::unsafe_name(&wanted)
                    .or_else(|| crate::diagnostic::leaves_root(theme_dir, &theme_dir.join(&wanted)))
                {
                    return Err(LeafletError::Theme(format!(
                        "theme.toml: font `{wanted}` ({} {}): {problem}\n  help: name a font file in the theme folder, or a font installed on the system",
                        script.name(),
                        style_name(style)
                    )));
                }
                let data = if theme_dir.join(&wanted).is_file() {
                    FontData::loaded(
                        std::fs::read(theme_dir.join(&wanted))
                            .map_err(|e| LeafletError::Theme(format!("{wanted}: {e}")))?,
                    )
                } else if let Some(bytes) = builtin(&wanted) {
                    FontData::builtin(bytes)
                } else if let Some(path) = find_system_font(&wanted) {
                    FontData::loaded(
                        std::fs::read(&path)
                            .map_err(|e| LeafletError::Theme(format!("{}: {e}", path.display())))?,
                    )
                } else {
                    let fallback = default_face(style);
                    notes.push(format!(
                        "font `{wanted}` ({} {}) is not in the theme folder, the system fonts or the built-ins; using {fallback}",
                        script.name(),
                        style_name(style)
                    ));
                    FontData::builtin(builtin(fallback).unwrap_or_else(dejavu::sans::regular))
                };
                let face = Face {
                    name: wanted.clone(),
                    data,
                };
                if face.shaper().is_none() {
                    return Err(LeafletError::Theme(format!(
                        "font `{wanted}` is not a TrueType/OpenType font"
                    )));
                }
                faces.push(face);
                by_name.insert(wanted, faces.len() - 1);
                choice.insert((script, style), faces.len() - 1);
            }
        }
        let covers = faces
            .iter()
            .map(|face| {
                let mut set = std::collections::HashSet::new();
                if let Ok(f) = ttf_parser::Face::parse(face.bytes(), 0) {
                    if let Some(cmap) = f.tables().cmap {
                        for sub in cmap.subtables {
                            if sub.is_unicode() {
                                sub.codepoints(|cp| {
                                    if let Some(c) = char::from_u32(cp) {
                                        set.insert(c);
                                    }
                                });
                            }
                        }
                    }
                }
                set
            })
            .collect();
        Ok(FontSet {
            faces,
            choice,
            covers,
            plans: Default::default(),
            shaped: Default::default(),
        })
    }

    pub fn face_for(&self, script: Script, style: Style) -> FaceId {
        self.choice.get(&(script, style)).copied().unwrap_or(0)
    }

    pub fn covers(&self, face: FaceId, c: char) -> bool {
        self.covers[face].contains(&c)
    }
}

pub fn style_name(style: Style) -> &'static str {
    match (style.bold, style.italic) {
        (false, false) => "regular",
        (true, false) => "bold",
        (false, true) => "italic",
        (true, true) => "bold italic",
    }
}

/// Characters that need no glyph: spaces, controls and invisible formatting.
pub fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF | 0xAD))
}
