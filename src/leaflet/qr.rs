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
    // Micro QR codes (never chosen by `encode_auto`) score masks
    // differently; symbols wider than 128 modules (versions 28 to 40, over a
    // kilobyte of text) are left to `qrcode`.
    if !matches!(version, Version::Normal(_)) || version.width() > 128 {
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
    let mut best: Option<(u16, Vec<Color>)> = None;
    for mask in MASKS {
        let mut masked = canvas.clone();
        masked.apply_mask(mask);
        let colors = masked.into_colors();
        let score = penalty(&colors, width);
        if best.as_ref().is_none_or(|(lowest, _)| score < *lowest) {
            best = Some((score, colors));
        }
    }
    best.map(|(_, colors)| (colors.iter().map(|c| *c == Color::Dark).collect(), width))
}

/// `qrcode`'s penalty score of a masked symbol (`Canvas::
/// compute_total_penalty_scores` for a normal QR code), with its u16
/// arithmetic: runs of five or more, 2×2 blocks, finder-like patterns
/// (less the 360 points of the three real finders, per direction),
/// dark/light balance. Rows and columns are bit sets (module `x` is bit
/// `x`), so a symbol is scored in a few thousand word operations.
fn penalty(colors: &[Color], width: usize) -> u16 {
    let mut rows = vec![0u128; width];
    let mut columns = vec![0u128; width];
    for (y, row) in colors.chunks_exact(width).enumerate() {
        for (x, color) in row.iter().enumerate() {
            let dark = u128::from(*color == Color::Dark);
            rows[y] |= dark << x;
            columns[x] |= dark << y;
        }
    }
    let mut score = 0u16;
    for lines in [&rows, &columns] {
        for line in lines.iter() {
            score = score.wrapping_add(line_score(*line, width));
        }
        score = score.wrapping_sub(360);
    }
    // 2×2 blocks of one color: module x equal to x + 1 in both rows, and
    // equal to the one below.
    let pairs = (1u128 << (width - 1)) - 1;
    let same_right = |row: u128| !(row ^ (row >> 1)) & pairs;
    for y in 0..width - 1 {
        let blocks = same_right(rows[y]) & same_right(rows[y + 1]) & !(rows[y] ^ rows[y + 1]);
        score = score.wrapping_add(3 * blocks.count_ones() as u16);
    }
    let dark_modules: usize = rows.iter().map(|r| r.count_ones() as usize).sum();
    let ratio = dark_modules * 200 / colors.len();
    score.wrapping_add(ratio.abs_diff(100) as u16)
}

/// One row or column's score: every run of 5 + n modules of one color
/// scores 3 + n; every `#.###.#` with four light (or no) modules on at least
/// one side scores 40.
fn line_score(line: u128, n: usize) -> u16 {
    const FINDER: u128 = 0b101_1101;
    let bits = |from: usize, to: usize| (line >> from) & ((1u128 << (to - from)) - 1);
    let mut score = 0u16;
    // A run ends where a module differs from the next one (and at the end).
    let mut ends = (line ^ (line >> 1)) & ((1u128 << (n - 1)) - 1);
    let mut start = 0;
    while start < n {
        let end = if ends == 0 {
            n - 1
        } else {
            ends.trailing_zeros() as usize
        };
        ends &= ends.wrapping_sub(1);
        let run = (end + 1 - start) as u16;
        if run >= 5 {
            score = score.wrapping_add(run - 2);
        }
        start = end + 1;
    }
    for at in 0..n.saturating_sub(6) {
        if bits(at, at + 7) != FINDER {
            continue;
        }
        let dark_before = bits(at.saturating_sub(4), at) != 0;
        let dark_after = bits(at + 7, (at + 11).min(n)) != 0;
        if !dark_before || !dark_after {
            score = score.wrapping_add(40);
        }
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
            // Up to version 40 (n = 299: over a kilobyte).
            let extra = if n == 299 {
                1500
            } else {
                n % 97 + (n / 100) * 150
            };
            let text = format!("https://example.org/ar/doc{n:03}/?x={}", "y".repeat(extra));
            let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
                .expect("encodes");
            let expected: Vec<bool> = code.to_colors().iter().map(|c| *c == Color::Dark).collect();
            let (dark, width) = symbol(text.as_bytes(), EcLevel::M).expect("encodes");
            assert_eq!(width, code.width(), "{text}");
            assert!(dark == expected, "{text}");
        }
    }
}
