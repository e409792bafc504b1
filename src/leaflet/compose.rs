//! One localized document → laid-out leaflet pages: title, body, review
//! date, sources, contact block (with a partner's PNG logo) and a QR code to
//! the same page online, with page numbers, the edition stamp and (for
//! drafts) a banner on every page.

use std::sync::Arc;

use super::layout::{Geometry, Item, Layout, Page, Role, StructElem, ACCENT, DRAFT, MUTED};
use super::qr;
use crate::config::{Direction, SiteConfig};
use crate::content::{Block, Document};
use crate::localize::LocalizedDocument;
use crate::partner::help::HelpBlock;
use crate::partner::logo::Printed;
use crate::typeset::spans::{isolate, plain, plain_spans, spans};
use crate::typeset::style::TEXT;
use crate::typeset::units::MM;
use crate::typeset::{FontSet, Line, ParaStyle, Script, Span, Style, Typesetter};

/// What a leaflet prints besides the document (already in the page's language).
pub struct Furniture<'a> {
    pub last_reviewed: String,
    pub sources_heading: String,
    pub contact_heading: String,
    pub read_online: String,
    pub qr_alt: String,
    pub url: String,
    /// "Page {n} of {N}" for a page number pair.
    pub page_label: Box<dyn Fn(usize, usize) -> String + 'a>,
    pub edition: String,
    pub draft: Option<String>,
    pub unreviewed: Option<String>,
    /// A partner's "where to get help" block and its page's address.
    pub help: Option<(&'a HelpBlock<'a>, String)>,
}

pub struct Composed {
    pub pages: Vec<Page>,
    pub structure: Vec<StructElem>,
    pub geometry: Geometry,
    /// The images that `Item::Image`s refer to.
    pub images: Vec<Arc<Printed>>,
}

/// Lays out the leaflet of `ld`: the document on pages of `geometry` at
/// base size `size`, then the page furniture (numbers, edition, draft banner).
pub fn compose(
    ld: &LocalizedDocument<'_>,
    config: &SiteConfig,
    fonts: &FontSet,
    geometry: Geometry,
    size: f32,
    furniture: &Furniture<'_>,
) -> Composed {
    let dir = ld.locale.direction;
    let script = primary_script(ld);
    let banner = furniture.draft.as_ref().map(|text| {
        let width = geometry.width - 2.0 * geometry.margin;
        Typesetter::new(fonts, script).lines(&plain_spans(text), &banner_style(size, dir), width)
    });
    let banner_height: f32 = banner.iter().flatten().map(|l| l.height).sum::<f32>()
        + if banner.is_some() { size } else { 0.0 };
    let top = geometry.height - geometry.margin;
    let mut layout = Layout::new(fonts, geometry, script);
    layout.header = banner_height;
    layout.y = top - banner_height;
    if script != Script::Latin {
        layout.typesetter.latin_lang = Some(config.source_locale.clone());
    }
    Composer {
        ld,
        config,
        layout: &mut layout,
        size,
        dir,
    }
    .document(furniture);

    let mut pages = std::mem::take(&mut layout.pages);
    let total = pages.len();
    let page_style = PageStyle {
        fonts,
        geometry,
        script,
        size,
        dir,
    };
    for (n, page) in pages.iter_mut().enumerate() {
        add_furniture(
            page,
            n + 1,
            total,
            &page_style,
            furniture,
            banner.as_deref(),
        );
    }
    Composed {
        pages,
        structure: std::mem::take(&mut layout.structure),
        images: std::mem::take(&mut layout.images),
        geometry: Geometry {
            footer: layout.geometry.footer,
            ..geometry
        },
    }
}

struct Composer<'a, 'l, 'f> {
    ld: &'a LocalizedDocument<'a>,
    config: &'a SiteConfig,
    layout: &'l mut Layout<'f>,
    size: f32,
    dir: Direction,
}

impl Composer<'_, '_, '_> {
    /// Everything the document prints, in reading order.
    fn document(&mut self, furniture: &Furniture<'_>) {
        let (size, dir) = (self.size, self.dir);
        self.front(furniture);
        let blocks = self.ld.doc.blocks.clone();
        self.blocks(&blocks, 0, 0.0);
        self.plain_paragraph(
            &furniture.last_reviewed,
            Role::P,
            &muted(size * 0.9, dir),
            0,
        );
        if !self.ld.doc.front.sources.is_empty() {
            self.sources(&furniture.sources_heading);
        }
        if !self.config.organisation.name.is_empty() {
            self.contact(&furniture.contact_heading);
        }
        if let Some((help, url)) = &furniture.help {
            Composer {
                ld: help.ld,
                config: self.config,
                layout: &mut *self.layout,
                size,
                dir,
            }
            .help(help, url);
        }
        self.qr(furniture);
    }

    /// Title, description and (for an unreviewed translation) a note.
    fn front(&mut self, furniture: &Furniture<'_>) {
        let (size, dir) = (self.size, self.dir);
        self.segment_paragraph(
            Document::TITLE,
            Role::H1,
            &heading_style(size * 1.9, dir, true),
            0,
        );
        if let Some(i) = self.ld.doc.description_segment() {
            let mut style = ParaStyle::body(size * 1.15, dir);
            style.color = TEXT;
            self.segment_paragraph(i, Role::P, &style, 0);
        }
        if let Some(note) = &furniture.unreviewed {
            self.plain_paragraph(note, Role::P, &muted(size * 0.85, dir), 0);
        }
    }

    /// The numbered list of sources, each in its own language.
    fn sources(&mut self, heading: &str) {
        let (size, dir) = (self.size, self.dir);
        let (ld, config) = (self.ld, self.config);
        self.plain_paragraph(heading, Role::H2, &heading_style(size * 1.3, dir, true), 0);
        let list = self.layout.element(Role::L, 0, None);
        for (n, source) in ld.doc.front.sources.iter().enumerate() {
            let spans = vec![
                Span {
                    text: format!("{} (", source.title),
                    style: Style::default(),
                    link: None,
                },
                Span {
                    text: isolate(&source.url),
                    style: Style::default(),
                    link: Some(source.url.clone()),
                },
                Span {
                    text: ")".into(),
                    style: Style::default(),
                    link: None,
                },
            ];
            let lang = source
                .lang
                .clone()
                .or_else(|| Some(config.source_locale.clone()))
                .filter(|l| l != &ld.locale.code);
            let source_dir = lang
                .as_deref()
                .and_then(|l| config.locale_direction(l))
                .unwrap_or(dir);
            let mut style = ParaStyle::body(size * 0.85, source_dir);
            style.space_after = size * 0.3;
            self.list_item(list, &format!("{}.", n + 1), &spans, &style, lang, 0.0);
        }
    }

    /// The organisation's logo (a partner's PNG or SVG), name, website, email and
    /// phone.
    fn contact(&mut self, heading: &str) {
        let (size, dir) = (self.size, self.dir);
        let config = self.config;
        let org = &config.organisation;
        let logo = config
            .partner
            .as_ref()
            .and_then(|p| p.logo.as_ref())
            .and_then(|l| l.printed.clone().ok())
            .map(|printed| {
                let (w, h) = logo_box(&printed, self.layout.content_width(), size);
                (printed, w, h)
            });
        // Addresses and the phone number run left to right in every page
        // (an Arabic page showed "+30 210" as "210 30+").
        let mut lines = Vec::new();
        lines.extend(org.website.iter().map(|l| (l.clone(), true)));
        lines.extend(org.email.iter().map(|l| (l.clone(), true)));
        lines.extend(org.phone.iter().map(|l| (l.clone(), true)));
        lines.extend(org.address.iter().map(|l| (l.clone(), false)));
        // The whole block on one page: heading, logo, name and every line
        // (an address alone at the top of the next page reads as nobody's).
        let heading_height = size * 1.3 * (1.25 + 0.8);
        let line_height = size * 0.9 * 1.25 + size * 0.2;
        let logo_height = logo.as_ref().map_or(0.0, |(_, _, h)| *h + size * 0.5);
        let block = heading_height + logo_height + line_height * (1 + lines.len()) as f32;
        let at_page_top = self.layout.y >= self.layout.top() - 1.0;
        if self.layout.room() < block && !at_page_top {
            self.new_page();
        }
        self.plain_paragraph(heading, Role::H2, &heading_style(size * 1.3, dir, true), 0);
        if let Some((printed, w, h)) = logo {
            self.logo(printed, w, h, &org.name);
        }
        self.organisation_name(&org.name);
        for (line, left_to_right) in lines {
            let link = if line.starts_with("http") {
                Some(line.clone())
            } else if line.contains('@') {
                Some(format!("mailto:{line}"))
            } else {
                None
            };
            let mut style = ParaStyle::body(size * 0.9, dir);
            style.space_after = size * 0.2;
            let text = if left_to_right { isolate(&line) } else { line };
            self.spans_paragraph(
                &[Span {
                    text,
                    style: Style::default(),
                    link,
                }],
                Role::P,
                &style,
                0,
                None,
            );
        }
    }

    /// A partner's logo at the start edge (right in right-to-left leaflets),
    /// `w` × `h` points, tagged as a figure whose alt text is the
    /// organisation's name.
    fn logo(&mut self, printed: Arc<Printed>, w: f32, h: f32, name: &str) {
        let top = self.layout.y - self.size * 0.2;
        let margin = self.layout.geometry.margin;
        let x = match self.dir {
            Direction::Ltr => margin,
            Direction::Rtl => margin + self.layout.content_width() - w,
        };
        let figure = self.layout.element(Role::Figure, 0, None);
        self.layout.structure[figure].alt = Some(name.to_string());
        self.layout.images.push(printed);
        let image = self.layout.images.len() - 1;
        self.layout.push(Item::Image {
            x,
            y: top - h,
            w,
            h,
            image,
            tag: Some(figure),
        });
        self.layout.y = top - h - self.size * 0.5;
    }

    /// The "where to get help" block (see `crate::partner::help`): the
    /// local-services title, its first paragraph or list, and its address.
    fn help(&mut self, help: &HelpBlock<'_>, url: &str) {
        let (size, dir) = (self.size, self.dir);
        self.segment_paragraph(
            Document::TITLE,
            Role::H2,
            &heading_style(size * 1.3, dir, true),
            0,
        );
        if let Some(block) = help.block {
            self.blocks(std::slice::from_ref(block), 0, 0.0);
        }
        let mut style = ParaStyle::body(size * 0.9, dir);
        style.space_after = size * 0.4;
        self.spans_paragraph(
            &[Span {
                text: isolate(url),
                style: Style::default(),
                link: Some(url.to_string()),
            }],
            Role::P,
            &style,
            0,
            None,
        );
    }

    /// The organisation's name, tagged with its own language when that is
    /// not the leaflet's (a Latin name on an Arabic leaflet is read as
    /// English, not Arabic) and isolated in its own direction.
    fn organisation_name(&mut self, name: &str) {
        let (size, dir) = (self.size, self.dir);
        let mut style = ParaStyle::body(size * 0.9, dir);
        style.space_after = size * 0.2;
        let config = self.config;
        let org_lang = config.organisation_lang();
        if org_lang == self.ld.locale.code {
            self.plain_paragraph(name, Role::P, &style, 0);
            return;
        }
        let text = match config.direction(org_lang) {
            Direction::Ltr => isolate(name),
            Direction::Rtl => format!("\u{2067}{name}\u{2069}"),
        };
        // Latin runs would otherwise be tagged with the source locale.
        let latin_lang = self.layout.typesetter.latin_lang.take();
        if latin_lang.is_some() {
            self.layout.typesetter.latin_lang = Some(org_lang.to_string());
        }
        self.spans_paragraph(
            &plain_spans(&text),
            Role::P,
            &style,
            0,
            Some(org_lang.to_string()),
        );
        self.layout.typesetter.latin_lang = latin_lang;
    }

    /// Language and direction of segment `i` when it differs from the page's.
    fn segment_lang(&self, i: usize) -> (Option<String>, Direction) {
        let lang = &self.ld.segments[i].lang;
        if lang == &self.ld.locale.code {
            (None, self.dir)
        } else {
            let dir = self.config.direction(lang);
            (Some(lang.clone()), dir)
        }
    }

    fn new_page(&mut self) {
        self.layout.new_page();
    }

    fn paragraph_checked(
        &mut self,
        spans: &[Span],
        style: &ParaStyle,
        tag: usize,
        x0: f32,
        width: f32,
    ) {
        let lines = self
            .layout
            .typesetter
            .lines(spans, style, width - style.indent);
        self.place(lines, style, tag, x0, width);
    }

    fn place(&mut self, lines: Vec<Line>, style: &ParaStyle, tag: usize, x0: f32, width: f32) {
        self.layout.place_lines(lines, style, tag, x0, width);
    }

    fn spans_paragraph(
        &mut self,
        spans: &[Span],
        role: Role,
        style: &ParaStyle,
        parent: usize,
        lang: Option<String>,
    ) {
        let tag = self.layout.element(role, parent, lang);
        let x0 = self.layout.geometry.margin;
        let width = self.layout.content_width();
        self.paragraph_checked(spans, style, tag, x0, width);
    }

    fn plain_paragraph(&mut self, text: &str, role: Role, style: &ParaStyle, parent: usize) {
        self.spans_paragraph(&plain_spans(text), role, style, parent, None);
    }

    fn segment_paragraph(&mut self, i: usize, role: Role, style: &ParaStyle, parent: usize) {
        let (lang, dir) = self.segment_lang(i);
        let mut style = style.clone();
        style.direction = dir;
        let spans = spans(&self.ld.segments[i].text);
        self.spans_paragraph(&spans, role, &style, parent, lang);
    }

    fn blocks(&mut self, blocks: &[Block], parent: usize, indent: f32) {
        let size = self.size;
        for block in blocks {
            match block {
                Block::Heading { level, segment } => {
                    let (role, scale) = match level {
                        2 => (Role::H2, 1.45),
                        3 => (Role::H3, 1.2),
                        _ => (Role::H4, 1.05),
                    };
                    let mut style = heading_style(size * scale, self.dir, true);
                    style.indent = indent;
                    self.segment_paragraph(*segment, role, &style, parent);
                }
                Block::Paragraph { segment } => {
                    let mut style = ParaStyle::body(size, self.dir);
                    style.indent = indent;
                    self.segment_paragraph(*segment, Role::P, &style, parent);
                }
                Block::Figure { alt, .. } => {
                    // Leaflets carry text only: the image's description stands in for it.
                    let mut style = ParaStyle::body(size, self.dir);
                    style.indent = indent;
                    let (lang, dir) = self.segment_lang(*alt);
                    style.direction = dir;
                    let mut spans = spans(&self.ld.segments[*alt].text);
                    for s in &mut spans {
                        s.style.italic = true;
                    }
                    let figure = self.layout.element(Role::Figure, parent, lang.clone());
                    self.layout.structure[figure].alt = Some(plain(&spans));
                    self.spans_paragraph(&spans, Role::P, &style, figure, lang);
                }
                Block::List { start, items } => {
                    let list = self.layout.element(Role::L, parent, None);
                    for (n, item) in items.iter().enumerate() {
                        let label = match start {
                            Some(first) => format!("{}.", *first as usize + n),
                            None => "•".to_string(),
                        };
                        self.list_item_blocks(list, &label, item, indent);
                    }
                    self.layout.y -= size * 0.3;
                }
                Block::Quote(inner) => self.blocks(inner, parent, indent + size * 1.5),
                Block::Code { text } => {
                    let mut style = ParaStyle::body(size * 0.9, Direction::Ltr);
                    style.indent = indent;
                    self.spans_paragraph(&plain_spans(text), Role::P, &style, parent, None);
                }
                Block::Table { head, rows, .. } => self.table(head, rows, parent),
                Block::Rule => {
                    let y = self.layout.y - size * 0.5;
                    let (x, w) = (self.layout.geometry.margin, self.layout.content_width());
                    self.layout.push(Item::Rect {
                        x,
                        y,
                        w,
                        h: 0.5,
                        color: MUTED,
                        tag: None,
                    });
                    self.layout.y -= size;
                }
            }
        }
    }

    fn list_item_blocks(&mut self, list: usize, label: &str, item: &[Block], indent: f32) {
        let size = self.size;
        match item.split_first() {
            Some((Block::Paragraph { segment }, rest)) => {
                let (lang, dir) = self.segment_lang(*segment);
                let mut style = ParaStyle::body(size, dir);
                style.space_after = size * 0.3;
                let spans = spans(&self.ld.segments[*segment].text);
                let body = self.list_item(list, label, &spans, &style, lang, indent);
                self.blocks(rest, body, indent + size * 1.6);
            }
            _ => {
                let body = self.list_item(
                    list,
                    label,
                    &[],
                    &ParaStyle::body(size, self.dir),
                    None,
                    indent,
                );
                self.blocks(item, body, indent + size * 1.6);
            }
        }
    }

    /// A list item: the label at the start edge, the text indented beside it.
    /// Returns the LBody element, for nested blocks.
    fn list_item(
        &mut self,
        list: usize,
        label: &str,
        spans: &[Span],
        style: &ParaStyle,
        lang: Option<String>,
        indent: f32,
    ) -> usize {
        let li = self.layout.element(Role::LI, list, None);
        let lbl = self.layout.element(Role::Lbl, li, None);
        let body = self.layout.element(Role::LBody, li, lang);
        let gap = self.size * 1.6;
        let mut text_style = style.clone();
        text_style.indent = indent + gap;
        let x0 = self.layout.geometry.margin;
        let width = self.layout.content_width();
        let lines = self
            .layout
            .typesetter
            .lines(spans, &text_style, width - text_style.indent);
        let mut label_style = style.clone();
        label_style.direction = self.dir;
        label_style.indent = indent;
        let label_lines = self
            .layout
            .typesetter
            .lines(&plain_spans(label), &label_style, gap);
        if lines.is_empty() {
            return body;
        }
        self.layout.y -= style.space_before;
        if self.layout.room() < lines[0].height {
            self.new_page();
        }
        let y = self.layout.y;
        let bullet_side = ParaStyle {
            direction: self.dir,
            ..label_style
        };
        for line in label_lines {
            self.layout.place_line(line, &bullet_side, lbl, x0, width);
        }
        self.layout.y = y;
        let mut first = true;
        for line in lines {
            if !first && self.layout.room() < line.height {
                self.new_page();
            }
            first = false;
            self.layout.place_line(line, &text_style, body, x0, width);
        }
        self.layout.y -= style.space_after;
        body
    }

    fn table(&mut self, head: &[Option<usize>], rows: &[Vec<Option<usize>>], parent: usize) {
        let size = self.size * 0.9;
        let table = self.layout.element(Role::Table, parent, None);
        let columns = std::iter::once(head.len())
            .chain(rows.iter().map(Vec::len))
            .max()
            .unwrap_or(1)
            .max(1);
        let width = self.layout.content_width();
        let col_width = width / columns as f32;
        let pad = size * 0.3;
        let all_rows =
            std::iter::once((head, true)).chain(rows.iter().map(|r| (r.as_slice(), false)));
        for (cells, is_head) in all_rows {
            let tr = self.layout.element(Role::TR, table, None);
            let set = self.table_row(cells, is_head, tr, size, col_width - 2.0 * pad);
            let height: f32 = set
                .iter()
                .map(|(_, l, _)| l.iter().map(|l| l.height).sum::<f32>())
                .fold(0.0, f32::max)
                + 2.0 * pad;
            let page_room = self.layout.geometry.height
                - 2.0 * self.layout.geometry.margin
                - self.layout.geometry.footer
                - self.layout.header;
            if height > page_room {
                // Taller than a page: set the cells one after another instead.
                for (element, lines, style) in set {
                    let x0 = self.layout.geometry.margin;
                    self.place(lines, &style, element, x0, width);
                }
                continue;
            }
            if self.layout.room() < height {
                self.new_page();
            }
            let top = self.layout.y;
            let margin = self.layout.geometry.margin;
            for (c, (element, lines, style)) in set.into_iter().enumerate() {
                // Columns run from the start edge: right to left in RTL pages.
                let col = if self.dir == Direction::Rtl {
                    columns - 1 - c
                } else {
                    c
                };
                let x0 = margin + col as f32 * col_width + pad;
                self.layout.y = top - pad;
                for line in lines {
                    self.layout
                        .place_line(line, &style, element, x0, col_width - 2.0 * pad);
                }
            }
            self.layout.y = top - height;
            self.layout.push(Item::Rect {
                x: margin,
                y: self.layout.y,
                w: width,
                h: 0.5,
                color: MUTED,
                tag: None,
            });
        }
        self.layout.y -= self.size * 0.6;
    }

    /// The cells of one table row set in columns `width` wide: each cell's
    /// element, lines and style.
    fn table_row(
        &mut self,
        cells: &[Option<usize>],
        is_head: bool,
        tr: usize,
        size: f32,
        width: f32,
    ) -> Vec<(usize, Vec<Line>, ParaStyle)> {
        let role = if is_head { Role::TH } else { Role::TD };
        let mut set = Vec::new();
        for cell in cells {
            let (lang, dir) = cell.map_or((None, self.dir), |i| self.segment_lang(i));
            let element = self.layout.element(role, tr, lang);
            let mut style = ParaStyle::body(size, dir);
            style.bold = is_head;
            style.space_after = 0.0;
            let spans = cell
                .map(|i| spans(&self.ld.segments[i].text))
                .unwrap_or_default();
            let lines = self.layout.typesetter.lines(&spans, &style, width);
            set.push((element, lines, style));
        }
        set
    }

    fn qr(&mut self, furniture: &Furniture<'_>) {
        let Some((runs, width)) = qr::modules(&furniture.url) else {
            return;
        };
        let side = 25.0 * MM;
        let module = side / width as f32;
        let caption_style = ParaStyle::body(self.size * 0.9, self.dir);
        let caption = plain_spans(&furniture.read_online);
        let url = vec![Span {
            text: isolate(&furniture.url),
            style: Style::default(),
            link: Some(furniture.url.clone()),
        }];
        let text_width = self.layout.content_width() - side - 6.0 * MM;
        let caption_lines = self
            .layout
            .typesetter
            .lines(&caption, &caption_style, text_width);
        let url_style = ParaStyle::body(self.size * 0.85, self.dir);
        let url_lines = self.layout.typesetter.lines(&url, &url_style, text_width);
        let needed = side + 8.0 * MM;
        if self.layout.room() < needed {
            self.new_page();
        }
        self.layout.y -= 4.0 * MM;
        let top = self.layout.y;
        let margin = self.layout.geometry.margin;
        let full = self.layout.content_width();
        let qr_x = if self.dir == Direction::Rtl {
            margin + full - side
        } else {
            margin
        };
        let figure = self.layout.element(Role::Figure, 0, None);
        self.layout.structure[figure].alt = Some(format!("{} {}", furniture.qr_alt, furniture.url));
        for (row, col, len) in runs {
            self.layout.push(Item::Rect {
                x: qr_x + col as f32 * module,
                y: top - (row + 1) as f32 * module,
                w: len as f32 * module,
                h: module,
                color: (0.0, 0.0, 0.0),
                tag: Some(figure),
            });
        }
        // Caption and address beside the code, on its end side.
        let text_x0 = if self.dir == Direction::Rtl {
            margin
        } else {
            margin + side + 6.0 * MM
        };
        let caption_tag = self.layout.element(Role::P, 0, None);
        for line in caption_lines {
            self.layout
                .place_line(line, &caption_style, caption_tag, text_x0, text_width);
        }
        let url_tag = self.layout.element(Role::P, 0, None);
        let url_x0 = text_x0;
        for line in url_lines {
            self.layout
                .place_line(line, &url_style, url_tag, url_x0, text_width);
        }
        self.layout.y = self.layout.y.min(top - side) - 4.0 * MM;
    }
}

/// The size a logo is printed at: at most about 1.6 cm high (at the A4
/// body size) and 40% of the column wide, its proportions kept, and a PNG
/// never enlarged beyond 150 dpi (a small image would print blurred).
fn logo_box(printed: &Printed, column: f32, size: f32) -> (f32, f32) {
    let (w, h, most) = printed.size();
    let (w, h) = (w.max(1.0), h.max(1.0));
    let scale = (column * 0.4 / w).min(size * 4.5 / h).min(most);
    (w * scale, h * scale)
}

fn heading_style(size: f32, dir: Direction, bold: bool) -> ParaStyle {
    ParaStyle {
        size,
        bold,
        color: ACCENT,
        direction: dir,
        indent: 0.0,
        space_before: size * 0.5,
        space_after: size * 0.3,
        leading: 1.25,
        keep_with_next: size * 2.5,
    }
}

fn muted(size: f32, dir: Direction) -> ParaStyle {
    let mut style = ParaStyle::body(size, dir);
    style.color = MUTED;
    style
}

fn banner_style(size: f32, dir: Direction) -> ParaStyle {
    let mut style = ParaStyle::body(size * 0.85, dir);
    style.bold = true;
    style.color = DRAFT;
    style.leading = 1.25;
    style
}

/// The script most of the page's own text is in.
pub fn primary_script(ld: &LocalizedDocument<'_>) -> Script {
    let mut counts = std::collections::BTreeMap::new();
    for s in ld.segments.iter().filter(|s| s.lang == ld.locale.code) {
        for c in s.text.chars() {
            if let Some(script) = Script::of(c) {
                *counts.entry(script).or_insert(0usize) += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map_or(Script::Latin, |(s, _)| s)
}

/// What every page's furniture is set with.
struct PageStyle<'f> {
    fonts: &'f FontSet,
    geometry: Geometry,
    script: Script,
    size: f32,
    dir: Direction,
}

/// Adds page `n` of `total`'s furniture: the draft banner at the top, the
/// page label and edition stamp at the bottom, untagged (artifacts).
fn add_furniture(
    page: &mut Page,
    n: usize,
    total: usize,
    on: &PageStyle<'_>,
    furniture: &Furniture<'_>,
    banner: Option<&[Line]>,
) {
    let PageStyle {
        fonts,
        geometry,
        script,
        size,
        dir,
    } = *on;
    let mut layout = Layout::new(fonts, geometry, script);
    let width = geometry.width - 2.0 * geometry.margin;
    if let Some(lines) = banner {
        let style = banner_style(size, dir);
        layout.y = geometry.height - geometry.margin;
        for line in lines.iter().cloned() {
            place_artifact(&mut layout, line, &style, geometry.margin, width);
        }
    }
    let text = format!(
        "{} · {}",
        (furniture.page_label)(n, total),
        furniture.edition
    );
    let mut style = muted(size * 0.75, dir);
    style.leading = 1.2;
    let lines = layout.typesetter.lines(&plain_spans(&text), &style, width);
    let height: f32 = lines.iter().map(|l| l.height).sum();
    layout.y = geometry.margin + height;
    for line in lines {
        place_artifact(&mut layout, line, &style, geometry.margin, width);
    }
    // Page furniture is not content: untagged, so it is marked as an artifact.
    for item in layout.pages.into_iter().flat_map(|p| p.items) {
        page.items.push(match item {
            Item::Text { run, .. } => Item::Text { run, tag: None },
            Item::Rect {
                x, y, w, h, color, ..
            } => Item::Rect {
                x,
                y,
                w,
                h,
                color,
                tag: None,
            },
            other => other,
        });
    }
}

fn place_artifact(layout: &mut Layout<'_>, line: Line, style: &ParaStyle, x0: f32, width: f32) {
    layout.place_line(line, style, 0, x0, width);
}
