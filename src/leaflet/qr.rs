//! A vector QR code: dark modules as filled rectangles (one per horizontal
//! run), so it prints sharp at any size.

use qrcode::{Color, EcLevel, QrCode};

/// A horizontal run of dark modules: row, first column, length.
pub type Run = (usize, usize, usize);

/// The dark runs (rows and columns from the top-left corner) and the
/// symbol's width in modules; `None` if the text is too long to encode.
pub fn modules(text: &str) -> Option<(Vec<Run>, usize)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if colors[row * width + col] == Color::Dark {
                let start = col;
                while col < width && colors[row * width + col] == Color::Dark {
                    col += 1;
                }
                runs.push((row, start, col - start));
            } else {
                col += 1;
            }
        }
    }
    Some((runs, width))
}
