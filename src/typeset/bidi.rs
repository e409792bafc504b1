//! One line's text in visual order: bidi runs (unicode-bidi), each cut at
//! font runs and shaped, placed left to right from the line's start.

use std::ops::Range;

use unicode_bidi::BidiInfo;

use super::lines::{FontRun, GlyphRun, Line, Typesetter};
use super::script::Script;
use super::shape::shape;
use super::style::{ParaStyle, LINK};

impl Typesetter<'_> {
    /// Sets `range` of `text` (one line of the bidi paragraph `para`).
    pub(super) fn set_line(
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
                let run = self.glyph_run(&text[part], font_run, style, x, rtl);
                x += run.width;
                line.runs.push((run, font_run.link.clone()));
            }
        }
        line.width = x;
        line
    }

    /// One shaped piece of a line, starting at `x`.
    fn glyph_run(
        &self,
        text: &str,
        font_run: &FontRun,
        style: &ParaStyle,
        x: f32,
        rtl: bool,
    ) -> GlyphRun {
        let glyphs = shape(self.fonts, text, font_run.face, style.size, rtl);
        let width: f32 = glyphs.iter().map(|g| g.advance).sum();
        let color = if font_run.link.is_some() {
            LINK
        } else {
            style.color
        };
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
        }
    }
}
