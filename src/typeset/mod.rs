//! The typesetting engine, independent of any output format: fonts (chosen
//! per script and style, coverage, shaping plans), a segment's inline
//! Markdown as styled spans, shaping (rustybuzz), bidi ordering
//! (unicode-bidi) and line breaking (UAX #14) into set lines of positioned
//! glyph runs. It knows nothing of pages or PDF: the leaflet renderer
//! ([`crate::leaflet`]) places its lines on pages and writes them.
//!
//! Units are PDF points (1/72 inch); [`units::MM`] converts millimetres.
//!
//! Flow: [`spans`] → [`Typesetter::lines`] (font runs by [`fonts`] and
//! [`script`], breaks, then [`bidi`] and [`shape`] per line) → [`Line`]s.

pub mod bidi;
pub mod fonts;
pub mod lines;
pub mod script;
pub mod shape;
pub mod spans;
pub mod style;
pub mod units;

pub use fonts::{FaceId, FontSet};
pub use lines::{GlyphRun, Line, Typesetter};
pub use script::{Script, Style};
pub use spans::Span;
pub use style::{ParaStyle, Rgb};

/// A font the theme names that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum TypesetError {
    #[error("theme.toml: font `{name}` ({script} {style}): {problem}\n  help: name a font file in the theme folder, or a font installed on the system")]
    UnsafeFontName {
        name: String,
        script: &'static str,
        style: &'static str,
        problem: String,
    },
    #[error("{file}: {error}")]
    ReadFont { file: String, error: std::io::Error },
    #[error("font `{name}` is not a TrueType/OpenType font")]
    NotAFont { name: String },
}
