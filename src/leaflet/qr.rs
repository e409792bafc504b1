//! A vector QR code: dark modules as filled rectangles (one per horizontal
//! run), so it prints sharp at any size.
//!
//! The symbol is the one `qrcode` makes (`QrCode::with_error_correction_level`
//! at level M): the same bits, error correction and mask. Only the choice of
//! mask is computed here: `qrcode` scores each of the eight masks with
//! per-module closures, a tenth of a leaflet's time; [`penalty`] gives the
//! same scores over a plain grid of booleans, so the same mask wins.

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::types::{Color, Version};
use qrcode::{bits, ec, EcLevel};

/// A horizontal run of dark modules: row, first column, length.
pub type Run = (usize, usize, usize);

/// The eight QR masks, in the order `qrcode` tries them (the first of equal
/// scores wins).
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The dark runs (rows and columns from the top-left corner) and the
/// symbol's width in modules; `None` if the text is too long to encode.
pub fn modules(text: &str) -> Option<(Vec<Run>, usize)> {
    let (dark, width) = symbol(text.as_bytes(), EcLevel::M)?;
    let mut runs = Vec::new();
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if dark[row * width + col] {
                let start = col;
                while col < width && dark[row * width + col] {
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

/// The modules (dark or not, row by row) and width of the QR code
/// `qrcode` makes for `data`.
fn symbol(data: &[u8], ec_level: EcLevel) -> Option<(Vec<bool>, usize)> {
    let bits = bits::encode_auto(data, ec_level).ok()?;
    let version = bits.version();
    // Micro QR codes (never chosen by `encode_auto`) score masks differently.
    if !matches!(version, Version::Normal(_)) {
        let code = qrcode::QrCode::with_bits(bits, ec_level).ok()?;
        let width = code.width();
        let dark = code.to_colors().iter().map(|c| *c == Color::Dark).collect();
        return Some((dark, width));
    }
    let (data, ec_data) = ec::construct_codewords(&bits.into_bytes(), version, ec_level).ok()?;
    let mut canvas = Canvas::new(version, ec_level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec_data);
    let width = usize::try_from(version.width()).ok()?;
    let mut best: Option<(u16, Vec<bool>)> = None;
    for mask in MASKS {
        let mut masked = canvas.clone();
        masked.apply_mask(mask);
        let dark: Vec<bool> = masked
            .into_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        let score = penalty(&dark, width);
        if best.as_ref().is_none_or(|(lowest, _)| score < *lowest) {
            best = Some((score, dark));
        }
    }
    best.map(|(_, dark)| (dark, width))
}

/// `qrcode`'s penalty score of a masked symbol (`Canvas::
/// compute_total_penalty_scores` for a normal QR code), with its u16
/// arithmetic: runs of five or more, 2×2 blocks, finder-like patterns
/// (less the 360 points of the three real finders, per direction),
/// dark/light balance.
fn penalty(dark: &[bool], width: usize) -> u16 {
    let mut score = 0u16;
    for horizontal in [true, false] {
        let step = if horizontal { 1 } else { width };
        for i in 0..width {
            let first = if horizontal { i * width } else { i };
            let line = |j: usize| dark[first + j * step];
            score = score.wrapping_add(line_score(&line, width));
        }
        score = score.wrapping_sub(360);
    }
    for y in 0..width - 1 {
        let (row, below) = (
            &dark[y * width..][..width],
            &dark[(y + 1) * width..][..width],
        );
        for x in 0..width - 1 {
            let c = row[x];
            if c == row[x + 1] && c == below[x] && c == below[x + 1] {
                score = score.wrapping_add(3);
            }
        }
    }
    let ratio = dark.iter().filter(|d| **d).count() * 200 / dark.len();
    score.wrapping_add(ratio.abs_diff(100) as u16)
}

/// One row or column's score: every run of 5 + n modules of one color
/// scores 3 + n; every `#.###.#` with four light (or no) modules on at least
/// one side scores 40.
fn line_score(line: &impl Fn(usize) -> bool, n: usize) -> u16 {
    const FINDER: u8 = 0b101_1101;
    let mut score = 0u16;
    let mut run = 0u16;
    let mut last = false;
    let mut window = 0u8;
    for j in 0..n {
        let d = line(j);
        if j > 0 && d == last {
            run += 1;
        } else {
            if run >= 5 {
                score = score.wrapping_add(run - 2);
            }
            run = 1;
            last = d;
        }
        window = ((window << 1) | u8::from(d)) & 0x7F;
        if j >= 6 && window == FINDER {
            let start = j - 6;
            let dark_before = (start.saturating_sub(4)..start).any(line);
            let dark_after = (j + 1..(j + 5).min(n)).any(line);
            if !dark_before || !dark_after {
                score = score.wrapping_add(40);
            }
        }
    }
    if run >= 5 {
        score = score.wrapping_add(run - 2);
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same symbol as `qrcode` makes, mask included.
    #[test]
    fn same_symbol_as_qrcode() {
        for n in 0..300 {
            let text = format!("https://example.org/ar/doc{n:03}/?x={}", "y".repeat(n % 97));
            let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
                .expect("encodes");
            let expected: Vec<bool> = code.to_colors().iter().map(|c| *c == Color::Dark).collect();
            let (dark, width) = symbol(text.as_bytes(), EcLevel::M).expect("encodes");
            assert_eq!(width, code.width(), "{text}");
            assert!(dark == expected, "{text}");
        }
    }
}
