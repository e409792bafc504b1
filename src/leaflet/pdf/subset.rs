//! Font subsetting for one leaflet: exactly the glyphs it draws, per face,
//! cut out of the font with `subsetter` (the subsetter Typst uses) and handed
//! to printpdf as a font whose glyph ids are the subset's.
//!
//! printpdf only subsets with its `text_layout` feature, which pulls in the
//! azul layout crates; without it printpdf embeds whatever bytes it is given,
//! so it is given the subset, and the content stream the subset's glyph ids.
//! Everything printpdf needs to describe the font (widths, bounding box,
//! ascent, weight) is read from the face that shaping already parsed once
//! per build, so no font is parsed again per leaflet.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, PoisonError};

use printpdf::{FontId, FontMetrics, FontType, ParsedFont, PdfFontMetricsStub};
use subsetter::GlyphRemapper;

use super::super::compose::Composed;
use super::super::layout::Item;
use super::super::LeafletError;
use crate::typeset::{FaceId, FontSet};

/// The faces one leaflet uses, each with its subset's glyph numbering.
pub struct Subsets {
    /// In order of first use: that order names them (`PPFAAA`, `PPFAAB`, …).
    faces: Vec<FaceSubset>,
    /// Face → index into `faces`.
    index: BTreeMap<FaceId, usize>,
}

struct FaceSubset {
    face: FaceId,
    /// Six capital letters: printpdf's resource name, and the subset tag.
    id: FontId,
    /// Original glyph id → subset glyph id (0, `.notdef`, stays 0).
    remapper: GlyphRemapper,
    /// The original glyph ids drawn, ascending.
    used: Vec<u16>,
    /// TrueType outlines: printpdf writes the subset's glyph ids as the
    /// codes (a CID-keyed CFF font would be coded by its charset).
    truetype: bool,
}

impl Subsets {
    /// Every glyph drawn on the leaflet's pages, per face.
    pub fn collect(composed: &Composed, fonts: &FontSet) -> Subsets {
        let mut order: Vec<FaceId> = Vec::new();
        let mut glyphs: BTreeMap<FaceId, BTreeSet<u16>> = BTreeMap::new();
        for page in &composed.pages {
            for item in &page.items {
                if let Item::Text { run, .. } = item {
                    let set = glyphs.entry(run.face).or_insert_with(|| {
                        order.push(run.face);
                        BTreeSet::new()
                    });
                    set.extend(run.glyphs.iter().map(|g| g.gid));
                }
            }
        }
        let faces: Vec<FaceSubset> = order
            .iter()
            .enumerate()
            .map(|(n, face)| {
                let used: Vec<u16> = glyphs
                    .remove(face)
                    .unwrap_or_default()
                    .into_iter()
                    .collect();
                let mut remapper = GlyphRemapper::new();
                for gid in &used {
                    remapper.remap(*gid);
                }
                FaceSubset {
                    face: *face,
                    id: FontId(subset_tag(n)),
                    remapper,
                    used,
                    truetype: fonts.faces[*face]
                        .shaper()
                        .is_some_and(|shaper| shaper.tables().glyf.is_some()),
                }
            })
            .collect();
        let index = faces.iter().enumerate().map(|(i, f)| (f.face, i)).collect();
        Subsets { faces, index }
    }

    /// printpdf's name for `face`'s font.
    pub fn font_id(&self, face: FaceId) -> Option<&FontId> {
        self.index.get(&face).map(|&i| &self.faces[i].id)
    }

    /// The number of faces used.
    pub fn len(&self) -> usize {
        self.faces.len()
    }

    /// `face`'s index among the faces used.
    pub fn slot(&self, face: FaceId) -> Option<usize> {
        self.index.get(&face).copied()
    }

    /// How many glyph ids the subset of face `slot` has (`.notdef` included).
    pub fn glyph_count(&self, slot: usize) -> usize {
        usize::from(self.faces[slot].remapper.num_gids()).max(1)
    }

    /// Whether the codes in the content stream are `face`'s subset glyph ids.
    pub fn codes_are_gids(&self, face: FaceId) -> bool {
        self.index
            .get(&face)
            .is_some_and(|&i| self.faces[i].truetype)
    }

    /// The subset's glyph id for `face`'s original glyph `gid`.
    pub fn gid(&self, face: FaceId, gid: u16) -> u16 {
        self.index
            .get(&face)
            .and_then(|&i| self.faces[i].remapper.get(gid))
            .unwrap_or(0)
    }

    /// Cuts each subset out of its font and registers it with printpdf.
    /// Returns the font programs, deflated, for [`super::compress`].
    pub fn add_to(
        &self,
        doc: &mut printpdf::PdfDocument,
        fonts: &FontSet,
        cache: &ProgramCache,
    ) -> Result<Vec<Arc<Program>>, LeafletError> {
        let mut programs = Vec::new();
        for subset in &self.faces {
            let (parsed, program) = subset.font(fonts, cache)?;
            doc.resources
                .fonts
                .map
                .insert(subset.id.clone(), printpdf::PdfFont::new(parsed));
            programs.push(program);
        }
        Ok(programs)
    }
}

/// A subset font program and its deflated bytes (`None`: deflating would
/// not shrink it).
pub struct Program {
    pub bytes: Vec<u8>,
    pub deflated: Option<Vec<u8>>,
}

/// The subset font programs of a build, deflated, shared by its leaflets:
/// leaflets that draw the same glyphs of a face (a document's A4 leaflet and
/// its booklet, documents in one language) embed the same program, and
/// cutting and deflating it was a fifth of a leaflet's time. The bytes are
/// those made without the cache.
#[derive(Default)]
pub struct ProgramCache {
    programs: Mutex<Programs>,
}

/// The programs by face and glyphs drawn, and their bytes in total.
type Programs = (HashMap<(FaceId, Vec<u16>), Arc<Program>>, usize);

/// At most this many bytes of programs are kept per build; past it,
/// programs are made every time.
const MAX_CACHED_BYTES: usize = 64 << 20;

impl ProgramCache {
    /// The program of `face`'s glyphs `used`: from the cache, or by `make`
    /// (outside the lock, so threads subset in parallel).
    fn get(
        &self,
        face: FaceId,
        used: &[u16],
        make: impl FnOnce() -> Result<Program, LeafletError>,
    ) -> Result<Arc<Program>, LeafletError> {
        let lock = || self.programs.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(hit) = lock().0.get(&(face, used.to_vec())) {
            return Ok(hit.clone());
        }
        let program = Arc::new(make()?);
        let size = program.bytes.len() + program.deflated.as_ref().map_or(0, Vec::len);
        let mut cache = lock();
        if cache.1 + size <= MAX_CACHED_BYTES {
            cache.1 += size;
            cache.0.insert((face, used.to_vec()), program.clone());
        }
        Ok(program)
    }
}

impl FaceSubset {
    /// The subset font program, described for printpdf.
    fn font(
        &self,
        fonts: &FontSet,
        cache: &ProgramCache,
    ) -> Result<(ParsedFont, Arc<Program>), LeafletError> {
        let face = &fonts.faces[self.face];
        let cannot =
            |what: &str| LeafletError::Pdf(format!("cannot embed font `{}`: {what}", face.name));
        // The face as ttf-parser reads it (rustybuzz's own methods differ).
        let shaper: &ttf_parser::Face<'_> = face.shaper().ok_or_else(|| cannot("not a font"))?;
        let program = cache.get(self.face, &self.used, || {
            let bytes = subsetter::subset(face.bytes(), 0, &self.remapper)
                .map_err(|e| cannot(&format!("subsetting failed ({e})")))?;
            let deflated = super::deflate(&bytes)?;
            Ok(Program { bytes, deflated })
        })?;
        let tables = shaper.tables();
        let glyph_widths = self
            .used
            .iter()
            .filter_map(|&gid| {
                let width = shaper.glyph_hor_advance(ttf_parser::GlyphId(gid))?;
                Some((self.remapper.get(gid)?, width))
            })
            .collect();
        let (caret_slope_rise, caret_slope_run) = caret_slope(shaper);
        let bbox = shaper.global_bounding_box();
        let units_per_em = shaper.units_per_em();
        let parsed = ParsedFont {
            original_bytes: program.bytes.clone(),
            font_index: 0,
            font_name: Some(format!("{}+{}", self.id.0, postscript_name(face))),
            codepoint_to_glyph: BTreeMap::new(),
            glyph_widths,
            units_per_em,
            font_metrics: FontMetrics {
                ascent: tables.hhea.ascender,
                descent: tables.hhea.descender,
            },
            font_type: if tables.glyf.is_some() {
                FontType::TrueType
            } else {
                FontType::OpenTypeCFF(())
            },
            pdf_font_metrics: PdfFontMetricsStub {
                units_per_em,
                x_min: bbox.x_min,
                y_min: bbox.y_min,
                x_max: bbox.x_max,
                y_max: bbox.y_max,
                caret_slope_rise,
                caret_slope_run,
                us_weight_class: tables.os2.map_or(0, |os2| os2.weight().to_number()),
            },
        };
        Ok((parsed, program))
    }
}

/// `PPFAAA`, `PPFAAB`, …: six capital letters, as a subset tag must be.
fn subset_tag(n: usize) -> String {
    [
        'P',
        'P',
        'F',
        (b'A' + (n / 676 % 26) as u8) as char,
        (b'A' + (n / 26 % 26) as u8) as char,
        (b'A' + (n % 26) as u8) as char,
    ]
    .iter()
    .collect()
}

/// hhea's caret slope (rise, run), from which printpdf derives /ItalicAngle;
/// upright when the table is short.
fn caret_slope(face: &ttf_parser::Face<'_>) -> (i16, i16) {
    let read = |at: usize| -> Option<i16> {
        let hhea = face
            .raw_face()
            .table(ttf_parser::Tag::from_bytes(b"hhea"))?;
        Some(i16::from_be_bytes([*hhea.get(at)?, *hhea.get(at + 1)?]))
    };
    match (read(18), read(20)) {
        (Some(rise), Some(run)) => (rise, run),
        _ => (1, 0),
    }
}

/// The font's PostScript name (name id 6), which /BaseFont carries after
/// the subset tag; the theme's name for it, without spaces, if it has none.
fn postscript_name(face: &crate::typeset::fonts::Face) -> String {
    let from_table = face.shaper().and_then(|shaper| {
        shaper
            .names()
            .into_iter()
            .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .find_map(|n| n.to_string())
    });
    let name = from_table.unwrap_or_else(|| face.name.clone());
    // A PDF name: printable ASCII without delimiters.
    name.chars()
        .filter(|c| c.is_ascii_graphic() && !"()<>[]{}/%#".contains(*c))
        .collect()
}
