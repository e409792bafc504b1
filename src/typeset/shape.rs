//! Shaping one run of text in one face (rustybuzz), and the text each glyph
//! stands for, so that a reader can extract and copy what was printed.

use std::sync::Arc;

use super::fonts::{FaceId, FontSet, Shaped, ShapedGlyph};

#[derive(Debug, Clone)]
pub struct Glyph {
    pub gid: u16,
    /// Advance after shaping, in points.
    pub advance: f32,
    /// The font's own advance for this glyph, in points (the writer
    /// corrects the difference).
    pub natural: f32,
    /// The text this glyph stands for ("" for the 2nd+ glyph of a cluster);
    /// shared with the build's shaped-text cache, not copied per use.
    pub text: Arc<str>,
}

/// Shapes `text` with one face; glyphs come back in visual order.
pub fn shape(fonts: &FontSet, text: &str, face: FaceId, size: f32, rtl: bool) -> Vec<Glyph> {
    let scale = scale(fonts, face, size);
    shaped(fonts, text, face, rtl)
        .iter()
        .map(|g| Glyph {
            gid: g.gid,
            advance: g.x_advance as f32 * scale,
            natural: g.natural.map_or(0.0, |a| f32::from(a) * scale),
            text: g.text.clone(),
        })
        .collect()
}

/// The width of `text` set in one face, in points.
pub fn width(fonts: &FontSet, text: &str, face: FaceId, size: f32, rtl: bool) -> f32 {
    let scale = scale(fonts, face, size);
    shaped(fonts, text, face, rtl)
        .iter()
        .map(|g| g.x_advance as f32 * scale)
        .sum()
}

/// Points per font unit of `face` at `size`.
fn scale(fonts: &FontSet, face: FaceId, size: f32) -> f32 {
    fonts.faces[face]
        .shaper()
        .map_or(0.0, |shaper| size / f32::from(shaper.units_per_em() as u16))
}

/// `text` shaped with one face, in font units (cached for the build).
fn shaped(fonts: &FontSet, text: &str, face: FaceId, rtl: bool) -> Shaped {
    fonts.shaped(face, rtl, text, || shape_uncached(fonts, text, face, rtl))
}

fn shape_uncached(fonts: &FontSet, text: &str, face: FaceId, rtl: bool) -> Vec<ShapedGlyph> {
    let Some(shaper) = fonts.faces[face].shaper() else {
        return Vec::new();
    };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    buffer.guess_segment_properties();
    let plan = fonts.plan(face, shaper, &buffer);
    let output = rustybuzz::shape_with_plan(shaper, &plan, buffer);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let texts = glyph_texts(
        text,
        infos.iter().map(|i| i.cluster as usize).collect(),
        rtl,
    );
    infos
        .iter()
        .zip(positions)
        .zip(texts)
        // Bidi isolates only steer reordering; they draw nothing.
        .filter(|((info, _), _)| {
            let at = info.cluster as usize;
            !text[at..].starts_with(|c| matches!(c, '\u{2066}'..='\u{2069}'))
        })
        .map(|((info, pos), text)| {
            let gid = info.glyph_id as u16;
            ShapedGlyph {
                gid,
                x_advance: pos.x_advance,
                natural: shaper.glyph_hor_advance(ttf_parser::GlyphId(gid)),
                text: text.into(),
            }
        })
        .collect()
}

/// The text each glyph stands for, for extraction and copy-paste.
///
/// A PDF maps each glyph id to one text for the whole font, so the mapping
/// must not depend on context: within a cluster, in logical order, each glyph
/// stands for one character and the last for the rest (a ligature). In
/// right-to-left runs a ligature's characters are stored in visual order,
/// because extractors reverse RTL text glyph by glyph and character by
/// character.
fn glyph_texts(text: &str, clusters: Vec<usize>, rtl: bool) -> Vec<String> {
    // Glyph indices grouped by cluster, clusters ascending, each group's
    // glyphs in order.
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_unstable_by_key(|&g| (clusters[g], g));
    let groups: Vec<&[usize]> = order
        .chunk_by(|a, b| clusters[*a] == clusters[*b])
        .collect();
    let mut out = vec![String::new(); clusters.len()];
    for (n, group) in groups.iter().enumerate() {
        let start = clusters[group[0]];
        let end = groups
            .get(n + 1)
            .map_or(text.len(), |next| clusters[next[0]]);
        let chars: Vec<char> = text
            .get(start..end)
            .unwrap_or("")
            .chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        let mut glyphs = group.to_vec();
        if rtl {
            glyphs.reverse();
        }
        // Glyph i takes character i; the last glyph takes what is left (a
        // ligature); glyphs beyond the characters stand for a zero-width space,
        // so no glyph is left without a mapping.
        for (i, g) in glyphs.iter().enumerate() {
            let text: String = if i + 1 == glyphs.len() {
                chars.get(i..).unwrap_or(&[]).iter().collect()
            } else {
                chars.get(i).map(|c| c.to_string()).unwrap_or_default()
            };
            out[*g] = match text.chars().count() {
                0 => "\u{200B}".to_string(),
                1 => text,
                _ if rtl => text.chars().rev().collect(),
                _ => text,
            };
        }
    }
    out
}
