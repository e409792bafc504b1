//! Units: everything is set in PDF points (1/72 inch).

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// Points → millimetres, for writers that take millimetres (printpdf's
/// `Mm`). The arithmetic is `pt * 25.4 / 72.0`, not `pt / MM`, so output
/// stays byte-identical to the copy in `leaflet/pdf.rs` it replaces.
pub fn to_mm(pt: f32) -> f32 {
    pt * 25.4 / 72.0
}
