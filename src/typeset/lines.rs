//! Line breaking: a paragraph's spans → set lines no wider than a column.
//!
//! The text is cut into runs of one face, broken at UAX #14 opportunities
//! (a word wider than the column is broken between characters; nothing is
//! ever clipped), and each line is then ordered and shaped by [`super::bidi`].

use std::ops::Range;

use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::fonts::{FaceId, FontSet};
use super::script::{Script, Style};
use super::shape::{width, Glyph};
use super::spans::Span;
use super::style::{ParaStyle, Rgb};
use crate::config::Direction;

#[derive(Debug, Clone)]
pub struct GlyphRun {
    pub face: FaceId,
    pub size: f32,
    pub x: f32,
    /// Baseline.
    pub y: f32,
    pub glyphs: Vec<Glyph>,
    pub color: Rgb,
    pub width: f32,
    /// Set for a run in another script than the page's (Latin words inside
    /// Arabic, say), so a screen reader switches voice for it.
    pub lang: Option<String>,
}

/// One set line: glyph runs positioned relative to the line's start edge
/// (x from 0 at the left of the line box) and its links.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub runs: Vec<(GlyphRun, Option<String>)>,
    pub width: f32,
    pub height: f32,
    pub ascent: f32,
}

/// Sets paragraphs in one font set for a page whose own text is in `script`.
pub struct Typesetter<'f> {
    pub fonts: &'f FontSet,
    /// Default script for characters with none (digits, punctuation).
    pub script: Script,
    /// Language of Latin-script runs on a page in another script (the
    /// source locale: abbreviations, names and addresses).
    pub latin_lang: Option<String>,
}

/// A stretch of a paragraph's text set in one face, with one link.
#[derive(Debug, Clone)]
pub(super) struct FontRun {
    pub(super) range: Range<usize>,
    pub(super) face: FaceId,
    pub(super) script: Script,
    pub(super) link: Option<String>,
}

impl<'f> Typesetter<'f> {
    pub fn new(fonts: &'f FontSet, script: Script) -> Self {
        Typesetter {
            fonts,
            script,
            latin_lang: None,
        }
    }

    /// Breaks a paragraph into lines of at most `width` points.
    pub fn lines(&self, spans: &[Span], style: &ParaStyle, width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        // A hard break splits the paragraph: each part is its own bidi paragraph.
        for part in split_hard_breaks(spans) {
            lines.extend(self.part_lines(&part, style, width));
        }
        lines
    }

    fn part_lines(&self, spans: &[Span], style: &ParaStyle, width: f32) -> Vec<Line> {
        let text: String = spans.iter().map(|s| s.text.as_str()).collect();
        if text.trim().is_empty() {
            return Vec::new();
        }
        let runs = self.font_runs(spans, style.bold);
        let base = match style.direction {
            Direction::Ltr => Level::ltr(),
            Direction::Rtl => Level::rtl(),
        };
        let bidi = BidiInfo::new(&text, Some(base));
        let para = &bidi.paragraphs[0];
        self.line_ranges(&text, &runs, style.size, width)
            .into_iter()
            .filter_map(|range| {
                let range = trim_end(&text, range);
                let range = trim_start(&text, range);
                if range.is_empty() {
                    return None;
                }
                Some(self.set_line(&text, &runs, &bidi, para, range, style))
            })
            .collect()
    }

    /// Where the lines of `text` start and end: as many pieces between
    /// break opportunities as fit in `width`.
    fn line_ranges(
        &self,
        text: &str,
        runs: &[FontRun],
        size: f32,
        width: f32,
    ) -> Vec<Range<usize>> {
        let mut line_ranges: Vec<Range<usize>> = Vec::new();
        let mut start: Option<usize> = None;
        let mut used = 0.0f32;
        for (range, mandatory) in break_pieces(text) {
            let trimmed = trim_end(text, range.clone());
            let full = self.measure(text, runs, range.clone(), size);
            let visible = self.measure(text, runs, trimmed.clone(), size);
            if start.is_some() && used + visible > width {
                if let Some(s) = start.take() {
                    line_ranges.push(s..range.start);
                }
                used = 0.0;
            }
            if start.is_none() && visible > width {
                // A word wider than the column: break between characters.
                for chunk in self.split_to_fit(text, runs, range.clone(), size, width) {
                    line_ranges.push(chunk);
                }
                continue;
            }
            start.get_or_insert(range.start);
            used += full;
            if mandatory {
                if let Some(s) = start.take() {
                    line_ranges.push(s..range.end);
                }
                used = 0.0;
            }
        }
        if let Some(s) = start {
            line_ranges.push(s..text.len());
        }
        line_ranges
    }

    /// The width of `range` of `text`, shaped run by run.
    fn measure(&self, text: &str, runs: &[FontRun], range: Range<usize>, size: f32) -> f32 {
        runs.iter()
            .filter_map(|r| {
                let s = r.range.start.max(range.start);
                let e = r.range.end.min(range.end);
                (s < e).then(|| {
                    let rtl = text[s..e]
                        .chars()
                        .any(|c| Script::of(c) == Some(Script::Arabic));
                    width(self.fonts, &text[s..e], r.face, size, rtl)
                })
            })
            .sum()
    }

    fn split_to_fit(
        &self,
        text: &str,
        runs: &[FontRun],
        range: Range<usize>,
        size: f32,
        width: f32,
    ) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = range.start;
        let mut end = range.start;
        for (i, c) in text[range.clone()].char_indices() {
            let next = range.start + i + c.len_utf8();
            if end > start && self.measure(text, runs, start..next, size) > width {
                out.push(start..end);
                start = end;
            }
            end = next;
        }
        if start < range.end {
            out.push(start..range.end);
        }
        out
    }

    /// Splits spans into runs of one face (script × style) and one link.
    fn font_runs(&self, spans: &[Span], bold: bool) -> Vec<FontRun> {
        let mut runs: Vec<FontRun> = Vec::new();
        let mut offset = 0;
        let mut script = self.script;
        for span in spans {
            let style = Style {
                bold: bold || span.style.bold,
                italic: span.style.italic,
            };
            for (i, c) in span.text.char_indices() {
                if let Some(s) = Script::of(c) {
                    script = s;
                }
                let face = self.fonts.face_for_char(c, script, style);
                let at = offset + i;
                match runs.last_mut() {
                    Some(last)
                        if last.face == face && last.link == span.link && last.range.end == at =>
                    {
                        last.range.end = at + c.len_utf8();
                    }
                    _ => runs.push(FontRun {
                        range: at..at + c.len_utf8(),
                        face,
                        script,
                        link: span.link.clone(),
                    }),
                }
            }
            offset += span.text.len();
        }
        runs
    }
}

/// Pieces of `text` between break opportunities, and whether the break
/// after each is mandatory.
fn break_pieces(text: &str) -> Vec<(Range<usize>, bool)> {
    let mut pieces = Vec::new();
    let mut prev = 0;
    for (at, kind) in linebreaks(text) {
        if at > prev {
            pieces.push((prev..at, kind == BreakOpportunity::Mandatory));
        }
        prev = at;
    }
    pieces
}

fn split_hard_breaks(spans: &[Span]) -> Vec<Vec<Span>> {
    let mut parts: Vec<Vec<Span>> = vec![Vec::new()];
    for span in spans {
        let mut pieces = span.text.split('\n').peekable();
        while let Some(piece) = pieces.next() {
            if !piece.is_empty() {
                if let Some(part) = parts.last_mut() {
                    part.push(Span {
                        text: piece.to_string(),
                        ..span.clone()
                    });
                }
            }
            if pieces.peek().is_some() {
                parts.push(Vec::new());
            }
        }
    }
    parts
}

fn trim_end(text: &str, range: Range<usize>) -> Range<usize> {
    let trimmed = text[range.clone()].trim_end();
    range.start..range.start + trimmed.len()
}

fn trim_start(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let trimmed = slice.trim_start();
    range.start + (slice.len() - trimmed.len())..range.end
}
