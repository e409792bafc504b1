//! Print layout, independent of any PDF library: styled paragraphs →
//! shaped (rustybuzz), bidi-ordered (unicode-bidi), line-broken (UAX #14)
//! glyph runs placed on pages, plus a logical structure tree for tagging.
//!
//! Coordinates are PDF points with the origin at the page's bottom left.
//! Nothing is ever clipped: a line that does not fit moves to the next page,
//! and a word wider than the column is broken between characters.

use std::ops::Range;

use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::fonts::{needs_glyph, FaceId, FontSet, Script, Shaped, ShapedGlyph, Style};
use super::spans::Span;
use crate::config::Direction;

/// sRGB colour, 0–1.
pub type Rgb = (f32, f32, f32);

pub const TEXT: Rgb = (0.1, 0.1, 0.1);
pub const ACCENT: Rgb = (0.54, 0.08, 0.22);
pub const LINK: Rgb = (0.04, 0.31, 0.61);
pub const MUTED: Rgb = (0.3, 0.3, 0.3);
pub const DRAFT: Rgb = (0.75, 0.0, 0.0);

#[derive(Debug, Clone)]
pub struct Glyph {
    pub gid: u16,
    /// Advance after shaping, in points.
    pub advance: f32,
    /// The font's own advance for this glyph, in points (the writer
    /// corrects the difference).
    pub natural: f32,
    /// The text this glyph stands for ("" for the 2nd+ glyph of a cluster).
    pub text: String,
}

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

/// Which element of the structure tree an item belongs to; `None` for page
/// furniture (artifacts: page numbers, draft banners).
pub type Tag = Option<usize>;

#[derive(Debug, Clone)]
pub enum Item {
    Text {
        run: GlyphRun,
        tag: Tag,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
        tag: Tag,
    },
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        url: String,
        tag: Tag,
    },
}

#[derive(Debug, Clone, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Document,
    H1,
    H2,
    H3,
    H4,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Link,
    Figure,
    Table,
    TR,
    TH,
    TD,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::H4 => "H4",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Link => "Link",
            Role::Figure => "Figure",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
        }
    }
}

#[derive(Debug, Clone)]
pub struct StructElem {
    pub role: Role,
    pub parent: Option<usize>,
    /// Set when the element's language differs from the document's.
    pub lang: Option<String>,
    pub alt: Option<String>,
}

/// Page geometry in points.
/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    /// Space kept free at the bottom for the footer.
    pub footer: f32,
}

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

/// One set line: glyph runs positioned relative to the line's start edge
/// (x from 0 at the left of the line box) and its links.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub runs: Vec<(GlyphRun, Option<String>)>,
    pub width: f32,
    pub height: f32,
    pub ascent: f32,
}

pub struct Layout<'f> {
    pub fonts: &'f FontSet,
    pub geometry: Geometry,
    /// Default script for characters with none (digits, punctuation).
    pub script: Script,
    pub pages: Vec<Page>,
    pub structure: Vec<StructElem>,
    /// Top of the free space on the current page.
    pub y: f32,
    /// Space kept free at the top of every page (the draft banner).
    pub header: f32,
    /// Language of Latin-script runs on a page in another script (the
    /// source locale: abbreviations, names and addresses).
    pub latin_lang: Option<String>,
}

impl<'f> Layout<'f> {
    pub fn new(fonts: &'f FontSet, geometry: Geometry, script: Script) -> Self {
        Layout {
            fonts,
            geometry,
            script,
            pages: vec![Page::default()],
            structure: vec![StructElem {
                role: Role::Document,
                parent: None,
                lang: None,
                alt: None,
            }],
            y: geometry.height - geometry.margin,
            header: 0.0,
            latin_lang: None,
        }
    }

    pub fn element(&mut self, role: Role, parent: usize, lang: Option<String>) -> usize {
        self.structure.push(StructElem {
            role,
            parent: Some(parent),
            lang,
            alt: None,
        });
        self.structure.len() - 1
    }

    fn bottom(&self) -> f32 {
        self.geometry.margin + self.geometry.footer
    }

    pub fn content_width(&self) -> f32 {
        self.geometry.width - 2.0 * self.geometry.margin
    }

    /// Where content starts on a page: below the margin and the header.
    pub fn top(&self) -> f32 {
        self.geometry.height - self.geometry.margin - self.header
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.top();
    }

    pub fn room(&self) -> f32 {
        self.y - self.bottom()
    }

    fn page(&mut self) -> &mut Page {
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub fn push(&mut self, item: Item) {
        self.page().items.push(item);
    }

    /// Places set lines in the column `x0 .. x0 + width` from the cursor
    /// down, moving to a new page whenever the next line does not fit.
    pub fn place_lines(
        &mut self,
        lines: Vec<Line>,
        style: &ParaStyle,
        tag: usize,
        x0: f32,
        width: f32,
    ) {
        let Some(first) = lines.first() else {
            return;
        };
        self.y -= style.space_before;
        let at_page_top = self.y >= self.top() - style.space_before - 1.0;
        if self.room() < first.height + style.keep_with_next && !at_page_top {
            self.new_page();
        }
        for line in lines {
            if self.room() < line.height {
                self.new_page();
            }
            self.place_line(line, style, tag, x0, width);
        }
        self.y -= style.space_after;
    }

    /// Places one line at the cursor and moves the cursor down.
    pub fn place_line(&mut self, line: Line, style: &ParaStyle, tag: usize, x0: f32, width: f32) {
        let baseline = self.y - line.ascent;
        let start = match style.direction {
            Direction::Ltr => x0 + style.indent,
            Direction::Rtl => x0 + width - style.indent - line.width,
        };
        for (mut run, link) in line.runs {
            run.x += start;
            run.y = baseline;
            if let Some(url) = link {
                let link_tag = self.element(Role::Link, tag, None);
                self.push(Item::Rect {
                    x: run.x,
                    y: baseline - run.size * 0.12,
                    w: run.width,
                    h: run.size * 0.05,
                    color: LINK,
                    tag: None,
                });
                self.push(Item::Link {
                    x: run.x,
                    y: baseline - run.size * 0.25,
                    w: run.width,
                    h: run.size * 1.15,
                    url,
                    tag: Some(link_tag),
                });
                self.push(Item::Text {
                    run,
                    tag: Some(link_tag),
                });
            } else {
                self.push(Item::Text {
                    run,
                    tag: Some(tag),
                });
            }
        }
        self.y -= line.height;
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

        // Pieces between break opportunities; each line is a sequence of pieces.
        let mut pieces: Vec<(Range<usize>, bool)> = Vec::new();
        let mut prev = 0;
        for (at, kind) in linebreaks(&text) {
            if at > prev {
                pieces.push((prev..at, kind == BreakOpportunity::Mandatory));
            }
            prev = at;
        }
        let mut line_ranges: Vec<Range<usize>> = Vec::new();
        let mut start: Option<usize> = None;
        let mut used = 0.0f32;
        for (range, mandatory) in pieces {
            let trimmed = trim_end(&text, range.clone());
            let full = self.measure(&text, &runs, range.clone(), style.size);
            let visible = self.measure(&text, &runs, trimmed.clone(), style.size);
            if start.is_some() && used + visible > width {
                if let Some(s) = start.take() {
                    line_ranges.push(s..range.start);
                }
                used = 0.0;
            }
            if start.is_none() && visible > width {
                // A word wider than the column: break between characters.
                for chunk in self.split_to_fit(&text, &runs, range.clone(), style.size, width) {
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

        let para = &bidi.paragraphs[0];
        line_ranges
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

    fn set_line(
        &self,
        text: &str,
        runs: &[FontRun],
        bidi: &BidiInfo<'_>,
        para: &unicode_bidi::ParagraphInfo,
        range: Range<usize>,
        style: &ParaStyle,
    ) -> Line {
        let (levels, visual) = bidi.visual_runs(para, range);
        let mut line = Line {
            height: style.size * style.leading,
            ascent: style.size * (0.5 + style.leading / 2.0) - style.size * 0.2,
            ..Line::default()
        };
        let mut x = 0.0;
        for vrun in visual {
            let rtl = levels[vrun.start].is_rtl();
            let mut parts: Vec<(Range<usize>, &FontRun)> = runs
                .iter()
                .filter_map(|r| {
                    let s = r.range.start.max(vrun.start);
                    let e = r.range.end.min(vrun.end);
                    (s < e).then_some((s..e, r))
                })
                .collect();
            if rtl {
                parts.reverse();
            }
            for (part, font_run) in parts {
                let glyphs = self.shape(&text[part.clone()], font_run.face, style.size, rtl);
                let width: f32 = glyphs.iter().map(|g| g.advance).sum();
                let color = if font_run.link.is_some() {
                    LINK
                } else {
                    style.color
                };
                line.runs.push((
                    GlyphRun {
                        face: font_run.face,
                        size: style.size,
                        x,
                        y: 0.0,
                        glyphs,
                        color,
                        width,
                        lang: (font_run.script != self.script && font_run.script == Script::Latin)
                            .then(|| self.latin_lang.clone())
                            .flatten(),
                    },
                    font_run.link.clone(),
                ));
                x += width;
            }
        }
        line.width = x;
        line
    }

    fn measure(&self, text: &str, runs: &[FontRun], range: Range<usize>, size: f32) -> f32 {
        runs.iter()
            .filter_map(|r| {
                let s = r.range.start.max(range.start);
                let e = r.range.end.min(range.end);
                (s < e).then(|| {
                    let rtl = text[s..e]
                        .chars()
                        .any(|c| Script::of(c) == Some(Script::Arabic));
                    let scale = self.scale(r.face, size);
                    self.shaped(&text[s..e], r.face, rtl)
                        .iter()
                        .map(|g| g.x_advance as f32 * scale)
                        .sum::<f32>()
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
                let face = self.face_for_char(c, script, style);
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

    /// The face for `c`: the styled face of its script, or the script's
    /// regular face when the styled one lacks the character.
    pub fn face_for_char(&self, c: char, script: Script, style: Style) -> FaceId {
        let face = self.fonts.face_for(script, style);
        if !needs_glyph(c) || self.fonts.covers(face, c) {
            return face;
        }
        let regular = self.fonts.face_for(
            script,
            Style {
                bold: style.bold,
                italic: false,
            },
        );
        if self.fonts.covers(regular, c) {
            return regular;
        }
        self.fonts.face_for(script, Style::default())
    }

    /// Shapes `text` with one face; glyphs come back in visual order.
    pub fn shape(&self, text: &str, face: FaceId, size: f32, rtl: bool) -> Vec<Glyph> {
        let scale = self.scale(face, size);
        self.shaped(text, face, rtl)
            .iter()
            .map(|g| Glyph {
                gid: g.gid,
                advance: g.x_advance as f32 * scale,
                natural: g.natural.map_or(0.0, |a| f32::from(a) * scale),
                text: g.text.clone(),
            })
            .collect()
    }

    /// Points per font unit of `face` at `size`.
    fn scale(&self, face: FaceId, size: f32) -> f32 {
        self.fonts.faces[face]
            .shaper()
            .map_or(0.0, |shaper| size / f32::from(shaper.units_per_em() as u16))
    }

    /// `text` shaped with one face, in font units (cached for the build).
    fn shaped(&self, text: &str, face: FaceId, rtl: bool) -> Shaped {
        self.fonts
            .shaped(face, rtl, text, || self.shape_uncached(text, face, rtl))
    }

    fn shape_uncached(&self, text: &str, face: FaceId, rtl: bool) -> Vec<ShapedGlyph> {
        let Some(shaper) = self.fonts.faces[face].shaper() else {
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
        let plan = self.fonts.plan(face, shaper, &buffer);
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
                    text,
                }
            })
            .collect()
    }
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
    let mut starts: Vec<usize> = clusters.clone();
    starts.sort_unstable();
    starts.dedup();
    let mut out = vec![String::new(); clusters.len()];
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        let chars: Vec<char> = text
            .get(start..end)
            .unwrap_or("")
            .chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        let mut glyphs: Vec<usize> = (0..clusters.len())
            .filter(|&g| clusters[g] == start)
            .collect();
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

#[derive(Debug, Clone)]
struct FontRun {
    range: Range<usize>,
    face: FaceId,
    script: Script,
    link: Option<String>,
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
