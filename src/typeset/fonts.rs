//! The fonts of a typesetting run: one face per script and style, chosen by
//! the theme and looked up in the theme folder, then among system fonts, then
//! built in (DejaVu, which covers Latin, Greek, Cyrillic and Arabic), and
//! checked for coverage before anything is drawn: a character no chosen font
//! has is an error, never a box.

mod find;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use serde::Deserialize;

use super::script::{needs_glyph, Script, Style};
use super::TypesetError;

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

    /// Every character the face's Unicode cmap subtables map.
    fn characters(&self) -> Coverage {
        let mut set = Coverage::default();
        if let Ok(f) = ttf_parser::Face::parse(self.bytes(), 0) {
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
    }
}

/// A set of characters: a bit per character of the Basic Multilingual
/// Plane (8 KB; every character of a leaflet is looked up, some twice),
/// a hash set for the rest.
#[derive(Default)]
struct Coverage {
    bmp: Vec<u64>,
    astral: HashSet<char>,
}

impl Coverage {
    fn insert(&mut self, c: char) {
        let cp = c as usize;
        if cp < 0x1_0000 {
            if self.bmp.is_empty() {
                self.bmp = vec![0; 0x1_0000 / 64];
            }
            self.bmp[cp / 64] |= 1 << (cp % 64);
        } else {
            self.astral.insert(c);
        }
    }

    fn contains(&self, c: char) -> bool {
        let cp = c as usize;
        if cp < 0x1_0000 {
            self.bmp
                .get(cp / 64)
                .is_some_and(|w| w & (1 << (cp % 64)) != 0)
        } else {
            self.astral.contains(&c)
        }
    }
}

/// Index into [`FontSet::faces`].
pub type FaceId = usize;

/// Font names for one script, per style (`[leaflet.fonts.<script>]` in a
/// theme); a style left out uses the built-in face.
#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct FaceNames {
    regular: Option<String>,
    bold: Option<String>,
    italic: Option<String>,
    bold_italic: Option<String>,
}

impl FaceNames {
    fn get(&self, style: Style) -> Option<&String> {
        match (style.bold, style.italic) {
            (false, false) => self.regular.as_ref(),
            (true, false) => self.bold.as_ref(),
            (false, true) => self.italic.as_ref(),
            (true, true) => self.bold_italic.as_ref(),
        }
    }
}

/// Script name (`latin`, `arabic`, …) → the faces chosen for it.
pub type FontChoice = BTreeMap<String, FaceNames>;

pub struct FontSet {
    pub faces: Vec<Face>,
    /// (script, style) → face.
    choice: BTreeMap<(Script, Style), FaceId>,
    /// The same, indexed by [`choice_index`] (looked up per character).
    chosen: [FaceId; 16],
    /// Characters each face covers (cmap), for the coverage gate.
    covers: Vec<Coverage>,
    /// Compiled shaping plans, shared by every leaflet of a build: compiling
    /// a plan (OpenType feature lookup) costs more than shaping a word.
    plans: Mutex<HashMap<PlanKey, Arc<rustybuzz::ShapePlan>>>,
    /// Texts already shaped, per face and direction, shared by every leaflet
    /// of a build: the same words and lines recur in every leaflet, and a
    /// paragraph's words are measured while breaking lines and shaped again
    /// when set.
    shaped: Mutex<ShapedCache>,
}

/// Shaped texts by face, direction and text, in two generations: texts go
/// into `recent`; when it holds [`GENERATION_GLYPHS`] glyphs it becomes
/// `older` and the previous `older` is dropped, and a text found in `older`
/// moves back to `recent`. So the words every leaflet uses stay, the lines
/// of leaflets set long ago go, and memory stays bounded on a huge site (a
/// cap on the number of texts was no bound: most texts are whole lines, and
/// 200,000 of them held 700 MiB on a 1,000-document site).
struct ShapedCache {
    recent: ShapedTexts,
    older: ShapedTexts,
    /// Glyphs held by `recent`.
    glyphs: usize,
    /// Glyphs per generation.
    limit: usize,
}

impl Default for ShapedCache {
    fn default() -> Self {
        ShapedCache {
            recent: ShapedTexts::default(),
            older: ShapedTexts::default(),
            glyphs: 0,
            limit: GENERATION_GLYPHS,
        }
    }
}

/// Face and direction → text → its glyphs.
type ShapedTexts = HashMap<(FaceId, bool), HashMap<String, Shaped>>;

/// Glyphs per generation: at most twice this many (some 100 MiB) are kept.
const GENERATION_GLYPHS: usize = 750_000;

impl ShapedCache {
    fn get(&mut self, face: FaceId, rtl: bool, text: &str) -> Option<Shaped> {
        if let Some(hit) = self.recent.get(&(face, rtl)).and_then(|t| t.get(text)) {
            return Some(hit.clone());
        }
        let (text, hit) = self.older.get_mut(&(face, rtl))?.remove_entry(text)?;
        self.insert(face, rtl, text, hit.clone());
        Some(hit)
    }

    fn insert(&mut self, face: FaceId, rtl: bool, text: String, glyphs: Shaped) {
        if self.glyphs + glyphs.len() > self.limit {
            self.older = std::mem::take(&mut self.recent);
            self.glyphs = 0;
        }
        self.glyphs += glyphs.len();
        let texts = self.recent.entry((face, rtl)).or_default();
        if let Some(replaced) = texts.insert(text, glyphs) {
            self.glyphs -= replaced.len();
        }
    }
}

/// One glyph of a shaped text in font units, so any size can scale it.
#[derive(Debug, Clone)]
pub struct ShapedGlyph {
    pub gid: u16,
    pub x_advance: i32,
    /// The font's own advance (hmtx), when it has one.
    pub natural: Option<u16>,
    /// The text this glyph stands for.
    pub text: Arc<str>,
}

/// A shaped text, in visual order.
pub type Shaped = Arc<[ShapedGlyph]>;

type PlanKey = (
    FaceId,
    rustybuzz::Direction,
    rustybuzz::Script,
    Option<rustybuzz::Language>,
);

/// Where (`script`, `style`) is in [`FontSet::chosen`]: [`Script::ALL`] ×
/// [`Style::ALL`], in their order.
fn choice_index(script: Script, style: Style) -> usize {
    let script = match script {
        Script::Latin => 0,
        Script::Greek => 1,
        Script::Cyrillic => 2,
        Script::Arabic => 3,
    };
    script * 4 + usize::from(style.bold) + 2 * usize::from(style.italic)
}

/// Characters of a text that no face chosen for them has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncovered {
    /// Each missing character once, in order of appearance.
    pub chars: Vec<char>,
    /// The script of the last one found (whose font the theme should change).
    pub script: Script,
}

impl FontSet {
    /// Resolves every (script, style) `choice` names, font files relative to
    /// `dir`. `notes` collects faces that were not found and fell back to
    /// the built-in one.
    pub fn load(
        choice: &FontChoice,
        dir: &Path,
        notes: &mut Vec<String>,
    ) -> Result<FontSet, TypesetError> {
        let mut faces: Vec<Face> = Vec::new();
        let mut by_name: BTreeMap<String, FaceId> = BTreeMap::new();
        let mut chosen = BTreeMap::new();
        for script in Script::ALL {
            let names = choice.get(script.name()).cloned().unwrap_or_default();
            for style in Style::ALL {
                let wanted = names
                    .get(style)
                    .cloned()
                    .unwrap_or_else(|| find::default_face(style).to_string());
                if let Some(&id) = by_name.get(&wanted) {
                    chosen.insert((script, style), id);
                    continue;
                }
                let face = Face {
                    name: wanted.clone(),
                    data: find::font_data(&wanted, script, style, dir, notes)?,
                };
                if face.shaper().is_none() {
                    return Err(TypesetError::NotAFont { name: wanted });
                }
                faces.push(face);
                by_name.insert(wanted, faces.len() - 1);
                chosen.insert((script, style), faces.len() - 1);
            }
        }
        let covers = faces.iter().map(Face::characters).collect();
        Ok(FontSet {
            faces,
            chosen: std::array::from_fn(|i| {
                chosen
                    .get(&(Script::ALL[i / 4], Style::ALL[i % 4]))
                    .copied()
                    .unwrap_or(0)
            }),
            choice: chosen,
            covers,
            plans: Default::default(),
            shaped: Default::default(),
        })
    }

    /// The shaping plan for `face` and the buffer's direction, script and
    /// language (what `rustybuzz::shape` would compile on every call).
    pub fn plan(
        &self,
        face: FaceId,
        shaper: &rustybuzz::Face<'_>,
        buffer: &rustybuzz::UnicodeBuffer,
    ) -> Arc<rustybuzz::ShapePlan> {
        let key = (face, buffer.direction(), buffer.script(), buffer.language());
        let mut plans = self.plans.lock().unwrap_or_else(PoisonError::into_inner);
        plans
            .entry(key)
            .or_insert_with_key(|(_, direction, script, language)| {
                Arc::new(rustybuzz::ShapePlan::new(
                    shaper,
                    *direction,
                    Some(*script),
                    language.as_ref(),
                    &[],
                ))
            })
            .clone()
    }

    /// Fingerprint of every face (name and bytes) and which one each
    /// script and style uses.
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
        if let Some(hit) = lock().get(face, rtl, text) {
            return hit;
        }
        let glyphs: Shaped = shape().into();
        lock().insert(face, rtl, text.to_string(), glyphs.clone());
        glyphs
    }

    pub fn digest(&self) -> String {
        let mut h = crate::engine::hash::Hasher::new("fonts");
        for face in &self.faces {
            h.add(&face.name).add(face.bytes());
        }
        h.add(format!("{:?}", self.choice));
        h.finish()
    }

    pub fn face_for(&self, script: Script, style: Style) -> FaceId {
        self.chosen[choice_index(script, style)]
    }

    pub fn covers(&self, face: FaceId, c: char) -> bool {
        self.covers[face].contains(c)
    }

    /// The face for `c`: the styled face of its script, or the script's
    /// regular face when the styled one lacks the character.
    pub fn face_for_char(&self, c: char, script: Script, style: Style) -> FaceId {
        let face = self.face_for(script, style);
        if !needs_glyph(c) || self.covers(face, c) {
            return face;
        }
        let regular = self.face_for(
            script,
            Style {
                bold: style.bold,
                italic: false,
            },
        );
        if self.covers(regular, c) {
            return regular;
        }
        self.face_for(script, Style::default())
    }

    /// The coverage gate: the characters of `text` that the face chosen for
    /// them (upright, regular or bold) lacks. Characters with no script of
    /// their own follow the one before them, starting from `script`.
    pub fn uncovered(&self, text: &str, script: Script) -> Option<Uncovered> {
        let mut current = script;
        let mut missing = Uncovered {
            chars: Vec::new(),
            script,
        };
        for c in text.chars() {
            if let Some(s) = Script::of(c) {
                current = s;
            }
            if !needs_glyph(c) {
                continue;
            }
            for bold in [false, true] {
                let face = self.face_for_char(
                    c,
                    current,
                    Style {
                        bold,
                        italic: false,
                    },
                );
                if !self.covers(face, c) && !missing.chars.contains(&c) {
                    missing.chars.push(c);
                    missing.script = current;
                }
            }
        }
        (!missing.chars.is_empty()).then_some(missing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(n: usize) -> Shaped {
        (0..n)
            .map(|i| ShapedGlyph {
                gid: i as u16,
                x_advance: 500,
                natural: None,
                text: "a".into(),
            })
            .collect::<Vec<_>>()
            .into()
    }

    #[test]
    fn shaped_texts_are_kept_in_two_bounded_generations() {
        let mut cache = ShapedCache {
            limit: 4,
            ..ShapedCache::default()
        };
        cache.insert(0, false, "the".into(), glyphs(3));
        cache.insert(0, false, "pill".into(), glyphs(4)); // `the` ages
        assert!(cache.get(0, false, "pill").is_some());
        assert!(
            cache.get(0, true, "pill").is_none(),
            "direction is part of the key"
        );
        // Found in the older generation: moves back to the recent one.
        assert_eq!(cache.get(0, false, "the").map(|g| g.len()), Some(3));
        cache.insert(0, false, "daily".into(), glyphs(2));
        assert!(cache.get(0, false, "the").is_some());
        assert!(cache.get(0, false, "daily").is_some());
        // `pill` went when two generations had turned over since its last use.
        assert!(cache.get(0, false, "pill").is_none());
        let held: usize = [&cache.recent, &cache.older]
            .iter()
            .flat_map(|g| g.values())
            .flat_map(|t| t.values())
            .map(|g| g.len())
            .sum();
        assert!(held <= 2 * cache.limit, "{held} glyphs held");
    }

    /// Every (script, style) has its own slot in the lookup array.
    #[test]
    fn choice_index_follows_the_all_orders() {
        for (s, script) in Script::ALL.iter().enumerate() {
            for (t, style) in Style::ALL.iter().enumerate() {
                assert_eq!(choice_index(*script, *style), s * 4 + t);
            }
        }
    }
}
