//! A localized document's blocks → the HTML of the page body.
//!
//! Each segment becomes one element; when its text comes from a fallback
//! locale the element carries that locale's `lang` and `dir`, so screen
//! readers switch voice and bidirectional text lays out right.

use std::fmt::Write as _;

use super::inline::inline_html;
use crate::config::SiteConfig;
use crate::content::{Block, TableAlign};
use crate::localize::LocalizedDocument;

pub struct BodyRenderer<'a> {
    pub doc: &'a LocalizedDocument<'a>,
    pub config: &'a SiteConfig,
}

impl BodyRenderer<'_> {
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.blocks(&mut out, &self.doc.doc.blocks, false);
        out
    }

    /// ` lang="…" dir="…"` when segment `i` is not in the page's language.
    pub fn lang_attrs(&self, i: usize) -> String {
        let segment = &self.doc.segments[i];
        if segment.lang == self.doc.locale.code {
            return String::new();
        }
        let dir = self.config.direction(&segment.lang).as_str();
        format!(" lang=\"{}\" dir=\"{dir}\"", segment.lang)
    }

    pub fn segment_html(&self, i: usize) -> String {
        inline_html(&self.doc.segments[i].text)
    }

    fn element(&self, out: &mut String, tag: &str, extra: &str, i: usize) {
        let _ = write!(
            out,
            "<{tag}{extra}{}>{}</{tag}>",
            self.lang_attrs(i),
            self.segment_html(i)
        );
    }

    fn blocks(&self, out: &mut String, blocks: &[Block], in_item: bool) {
        let single_paragraph = in_item && matches!(blocks.first(), Some(Block::Paragraph { .. }));
        for (n, block) in blocks.iter().enumerate() {
            match block {
                Block::Heading { level, segment } => {
                    let id = format!(" id=\"{}\"", self.doc.segments[*segment].id);
                    self.element(out, &format!("h{level}"), &id, *segment);
                    out.push('\n');
                }
                Block::Paragraph { segment } if single_paragraph && n == 0 => {
                    let attrs = self.lang_attrs(*segment);
                    if attrs.is_empty() {
                        out.push_str(&self.segment_html(*segment));
                    } else {
                        let _ = write!(out, "<span{attrs}>{}</span>", self.segment_html(*segment));
                    }
                }
                Block::Paragraph { segment } => {
                    self.element(out, "p", "", *segment);
                    out.push('\n');
                }
                Block::Figure { src, alt } => {
                    let attrs = self.lang_attrs(*alt);
                    let alt_text = super::inline::plain_text(&self.doc.segments[*alt].text);
                    let _ = writeln!(
                        out,
                        "<figure><img src=\"{}\" alt=\"{}\"{attrs}></figure>",
                        crate::html::escape_html(src),
                        crate::html::escape_html(&alt_text)
                    );
                }
                Block::List { start, items } => {
                    match start {
                        Some(1) => out.push_str("<ol>\n"),
                        Some(n) => {
                            let _ = writeln!(out, "<ol start=\"{n}\">");
                        }
                        None => out.push_str("<ul>\n"),
                    }
                    for item in items {
                        // A one-line item carries its segment's language itself,
                        // so fallback text is aligned (and bulleted) as its own script.
                        if let [Block::Paragraph { segment }] = item.as_slice() {
                            self.element(out, "li", "", *segment);
                            out.push('\n');
                            continue;
                        }
                        out.push_str("<li>");
                        self.blocks(out, item, true);
                        out.push_str("</li>\n");
                    }
                    out.push_str(if start.is_some() {
                        "</ol>\n"
                    } else {
                        "</ul>\n"
                    });
                }
                Block::Quote(inner) => {
                    out.push_str("<blockquote>\n");
                    self.blocks(out, inner, false);
                    out.push_str("</blockquote>\n");
                }
                Block::Code { text } => {
                    let _ = writeln!(
                        out,
                        "<pre dir=\"ltr\"><code>{}</code></pre>",
                        crate::html::escape_html(text)
                    );
                }
                Block::Table { align, head, rows } => self.table(out, align, head, rows),
                Block::Rule => out.push_str("<hr>\n"),
            }
        }
    }

    fn table(
        &self,
        out: &mut String,
        align: &[TableAlign],
        head: &[Option<usize>],
        rows: &[Vec<Option<usize>>],
    ) {
        out.push_str("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"");
        if let Some(Some(first)) = head.first() {
            let _ = write!(
                out,
                " aria-label=\"{}\"",
                crate::html::escape_html(&super::inline::plain_text(
                    &self.doc.segments[*first].text
                ))
            );
        }
        out.push_str(">\n<table>\n<thead><tr>");
        for (c, cell) in head.iter().enumerate() {
            self.cell(out, "th", " scope=\"col\"", align.get(c), *cell);
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in rows {
            out.push_str("<tr>");
            for (c, cell) in row.iter().enumerate() {
                self.cell(out, "td", "", align.get(c), *cell);
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n</div>\n");
    }

    fn cell(
        &self,
        out: &mut String,
        tag: &str,
        scope: &str,
        align: Option<&TableAlign>,
        cell: Option<usize>,
    ) {
        let class = match align {
            Some(TableAlign::Left) => " class=\"align-start\"",
            Some(TableAlign::Center) => " class=\"align-center\"",
            Some(TableAlign::Right) => " class=\"align-end\"",
            _ => "",
        };
        let extra = format!("{scope}{class}");
        match cell {
            Some(i) => self.element(out, tag, &extra, i),
            None => {
                let _ = write!(out, "<{tag}{extra}></{tag}>");
            }
        }
    }
}
