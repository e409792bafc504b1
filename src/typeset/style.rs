//! How a paragraph is set: size, weight, colour, direction, spacing.

use crate::config::Direction;

/// sRGB colour, 0–1.
pub type Rgb = (f32, f32, f32);

/// Body text.
pub const TEXT: Rgb = (0.1, 0.1, 0.1);
/// Link text (and its underline).
pub const LINK: Rgb = (0.04, 0.31, 0.61);

/// How to set one paragraph.
#[derive(Debug, Clone)]
pub struct ParaStyle {
    pub size: f32,
    pub bold: bool,
    pub color: Rgb,
    pub direction: Direction,
    /// Indentation from the start edge (left in LTR, right in RTL).
    pub indent: f32,
    pub space_before: f32,
    pub space_after: f32,
    /// Line height as a multiple of the size.
    pub leading: f32,
    /// Keep this much room below the paragraph on the same page (headings).
    pub keep_with_next: f32,
}

impl ParaStyle {
    pub fn body(size: f32, direction: Direction) -> Self {
        ParaStyle {
            size,
            bold: false,
            color: TEXT,
            direction,
            indent: 0.0,
            space_before: 0.0,
            space_after: size * 0.6,
            leading: 1.4,
            keep_with_next: 0.0,
        }
    }
}
