//! Pages of a leaflet, independent of any PDF library: lines set by the
//! [typesetting engine](crate::typeset) placed on pages, plus a logical
//! structure tree for tagging.
//!
//! Coordinates are PDF points with the origin at the page's bottom left.
//! Nothing is ever clipped: a line that does not fit moves to the next page.

use std::sync::Arc;

use crate::config::Direction;
use crate::partner::logo::Printed;
use crate::typeset::style::LINK;
use crate::typeset::{FontSet, GlyphRun, Line, ParaStyle, Rgb, Script, Typesetter};

pub const ACCENT: Rgb = (0.54, 0.08, 0.22);
pub const MUTED: Rgb = (0.3, 0.3, 0.3);
pub const DRAFT: Rgb = (0.75, 0.0, 0.0);

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
    /// Image number `image` of [`Layout::images`], stretched to the box.
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        image: usize,
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
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    /// Space kept free at the bottom for the footer.
    pub footer: f32,
}

/// Pages being filled from the top down, and the structure tree so far.
pub struct Layout<'f> {
    /// Sets the paragraphs placed here.
    pub typesetter: Typesetter<'f>,
    pub geometry: Geometry,
    pub pages: Vec<Page>,
    pub structure: Vec<StructElem>,
    /// Top of the free space on the current page.
    pub y: f32,
    /// Space kept free at the top of every page (the draft banner).
    pub header: f32,
    /// The images drawn (a partner's logo), each embedded once.
    pub images: Vec<Arc<Printed>>,
}

impl<'f> Layout<'f> {
    pub fn new(fonts: &'f FontSet, geometry: Geometry, script: Script) -> Self {
        Layout {
            typesetter: Typesetter::new(fonts, script),
            geometry,
            pages: vec![Page::default()],
            structure: vec![StructElem {
                role: Role::Document,
                parent: None,
                lang: None,
                alt: None,
            }],
            y: geometry.height - geometry.margin,
            header: 0.0,
            images: Vec::new(),
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
}
