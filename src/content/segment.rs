//! Markdown body → block tree + ordered segments.
//!
//! A segment's text is the author's own inline Markdown, sliced from the
//! source so that emphasis, links and code reach translators exactly as
//! written. Soft line breaks become spaces; a hard break is kept as `\` and a
//! newline.

use std::iter::Peekable;
use std::ops::Range;
use std::path::PathBuf;

use pulldown_cmark::{Event, HeadingLevel, LinkType, OffsetIter, Options, Parser, Tag, TagEnd};

use super::document::{Block, Document, Segment, SegmentKind, TableAlign};
use super::front_matter::FrontMatter;
use super::ContentError;
use crate::diagnostic::Location;

/// The Markdown dialect of content files: CommonMark plus tables and strikethrough.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

pub(super) fn build_document(
    slug: String,
    path: PathBuf,
    front: FrontMatter,
    text: &str,
    body_start: usize,
) -> Result<(Document, Vec<ContentError>), ContentError> {
    let mut segments = vec![Segment {
        kind: SegmentKind::Title,
        text: front.title.trim().to_string(),
        line: 2,
        section: None,
    }];
    if let Some(description) = &front.description {
        segments.push(Segment {
            kind: SegmentKind::Description,
            text: description.trim().to_string(),
            line: 2,
            section: None,
        });
    }
    let body = &text[body_start..];
    let mut walker = Walker {
        path: &path,
        file: text,
        body,
        body_start,
        segments,
        section: None,
        heading_level: 1,
        quote_depth: 0,
        depth: 0,
        problems: Vec::new(),
    };
    let mut events = Parser::new_ext(body, markdown_options())
        .into_offset_iter()
        .peekable();
    let blocks = walker.blocks(&mut events, None)?;
    let problems = std::mem::take(&mut walker.problems);
    let segments = walker.segments;
    Ok((
        Document {
            slug,
            path,
            front,
            blocks,
            segments,
        },
        problems,
    ))
}

type Events<'a> = Peekable<OffsetIter<'a, pulldown_cmark::DefaultBrokenLinkCallback>>;

struct Walker<'a> {
    path: &'a PathBuf,
    file: &'a str,
    body: &'a str,
    body_start: usize,
    segments: Vec<Segment>,
    section: Option<usize>,
    heading_level: u8,
    quote_depth: usize,
    /// Blocks inside blocks right now (quotes, lists, items).
    depth: usize,
    /// Mistakes that do not stop the walk (an empty heading or list item),
    /// so that one build names all of them.
    problems: Vec<ContentError>,
}

/// Deepest nesting of block quotes and lists a document may have: far more
/// than any reader can follow, and a guard against stack exhaustion.
pub const MAX_NESTING: usize = 16;

/// What an inline run contained, besides its source range.
struct InlineRun {
    range: Range<usize>,
    images: Vec<(String, Range<usize>, Option<Range<usize>>)>,
}

impl<'a> Walker<'a> {
    fn location(&self, body_offset: usize) -> Location {
        let mut loc = Location::at_offset(self.path, self.file, self.body_start + body_offset);
        loc.column = None;
        loc
    }

    fn error(&self, body_offset: usize, message: impl Into<String>) -> ContentError {
        ContentError::Structure {
            location: self.location(body_offset),
            message: message.into(),
        }
    }

    /// Parses blocks until the end tag `until` (or the end of input).
    fn blocks(
        &mut self,
        events: &mut Events<'a>,
        until: Option<TagEnd>,
    ) -> Result<Vec<Block>, ContentError> {
        let mut blocks = Vec::new();
        while let Some((event, range)) = events.next() {
            match event {
                Event::End(end) if Some(end) == until => return Ok(blocks),
                Event::Start(tag) => {
                    if let Some(block) = self.block(tag, range, events)? {
                        blocks.push(block);
                    }
                }
                Event::Rule => blocks.push(Block::Rule),
                other => {
                    return Err(self.error(
                        range.start,
                        format!("unexpected Markdown here ({other:?}); please report this"),
                    ))
                }
            }
        }
        Ok(blocks)
    }

    fn block(
        &mut self,
        tag: Tag<'a>,
        range: Range<usize>,
        events: &mut Events<'a>,
    ) -> Result<Option<Block>, ContentError> {
        if self.depth >= MAX_NESTING {
            return Err(self.error(
                range.start,
                format!("block quotes or lists nested more than {MAX_NESTING} levels deep\n  help: readers cannot follow this; flatten the structure"),
            ));
        }
        self.depth += 1;
        let block = self.block_inner(tag, range, events);
        self.depth -= 1;
        block
    }

    fn block_inner(
        &mut self,
        tag: Tag<'a>,
        range: Range<usize>,
        events: &mut Events<'a>,
    ) -> Result<Option<Block>, ContentError> {
        Ok(Some(match tag {
            Tag::Paragraph => {
                let run = self.inline(events, TagEnd::Paragraph, range.start)?;
                self.paragraph(run, SegmentKind::Paragraph)
            }
            Tag::Heading { level, .. } => self.heading(heading_level(level), range, events)?,
            Tag::List(start) => Block::List {
                start,
                items: self.list_items(events)?,
            },
            Tag::BlockQuote(_) => {
                self.quote_depth += 1;
                let inner = self.blocks(events, Some(TagEnd::BlockQuote(None)));
                self.quote_depth -= 1;
                Block::Quote(inner?)
            }
            Tag::CodeBlock(_) => Block::Code {
                text: collect_text(events, TagEnd::CodeBlock),
            },
            Tag::HtmlBlock => {
                if is_only_comments(&collect_text(events, TagEnd::HtmlBlock)) {
                    return Ok(None);
                }
                return Err(self.raw_html(range.start));
            }
            Tag::Table(align) => self.table(events, align)?,
            Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::MetadataBlock(_)
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => {
                return Err(self.error(
                    range.start,
                    "this Markdown feature is not supported in content",
                ))
            }
            other => {
                return Err(self.error(
                    range.start,
                    format!("unexpected Markdown here ({other:?}); please report this"),
                ))
            }
        }))
    }

    /// A `##`–`######` heading: levels go down one at a time, never to `#`.
    fn heading(
        &mut self,
        level: u8,
        range: Range<usize>,
        events: &mut Events<'a>,
    ) -> Result<Block, ContentError> {
        if level == 1 {
            return Err(self.error(
                range.start,
                "a `#` heading in the body: the title is the page's only top-level heading\n  help: start sections with `##`",
            ));
        }
        if level > self.heading_level + 1 {
            return Err(self.error(
                range.start,
                format!(
                    "heading level jumps from {} to {}: screen-reader users navigate by heading levels\n  help: use {} here",
                    self.heading_level,
                    level,
                    "#".repeat(usize::from(self.heading_level) + 1)
                ),
            ));
        }
        self.heading_level = level;
        let run = self.inline(
            events,
            TagEnd::Heading(heading_level_tag(level)),
            range.start,
        )?;
        let segment = self.push_segment(SegmentKind::Heading, &run);
        if self.segments[segment].text.trim().is_empty() {
            let problem = self.error(
                range.start,
                "an empty heading\n  help: write the section's title after the `#` signs, or remove the line",
            );
            self.problems.push(problem);
        }
        self.section = Some(segment);
        Ok(Block::Heading { level, segment })
    }

    /// The items of a list, up to its end.
    fn list_items(&mut self, events: &mut Events<'a>) -> Result<Vec<Vec<Block>>, ContentError> {
        let mut items = Vec::new();
        while let Some((event, item_range)) = events.next() {
            match event {
                Event::Start(Tag::Item) => items.push(self.item(events, item_range.start)?),
                Event::End(TagEnd::List(_)) => break,
                _ => return Err(self.error(item_range.start, "unexpected content in a list")),
            }
        }
        Ok(items)
    }

    fn raw_html(&self, offset: usize) -> ContentError {
        self.error(
            offset,
            "raw HTML in content: pages render Markdown only, so they stay safe and accessible\n  help: write it in Markdown, or remove it",
        )
    }

    /// A list item: inline text directly (tight lists) and/or blocks.
    fn item(&mut self, events: &mut Events<'a>, start: usize) -> Result<Vec<Block>, ContentError> {
        let mut blocks = Vec::new();
        loop {
            let Some((event, range)) = events.peek() else {
                return Err(self.error(start, "a list item that never ends"));
            };
            let range = range.clone();
            match event {
                Event::End(TagEnd::Item) => {
                    events.next();
                    if blocks.is_empty() {
                        let problem = self.error(
                            start,
                            "an empty list item\n  help: write its text after the `-`, or remove the line",
                        );
                        self.problems.push(problem);
                    }
                    return Ok(blocks);
                }
                Event::Start(Tag::Paragraph) => {
                    events.next();
                    let run = self.inline(events, TagEnd::Paragraph, range.start)?;
                    blocks.push(self.paragraph(run, SegmentKind::ListItem));
                }
                event if is_inline(event) => {
                    let run = self.tight_item_text(events, range.start)?;
                    blocks.push(self.paragraph(run, SegmentKind::ListItem));
                }
                Event::Rule => {
                    events.next();
                    blocks.push(Block::Rule);
                }
                Event::Start(_) => {
                    if let Some((Event::Start(tag), range)) = events.next() {
                        if let Some(block) = self.block(tag, range, events)? {
                            blocks.push(block);
                        }
                    }
                }
                _ => return Err(self.error(range.start, "unexpected content in a list item")),
            }
        }
    }

    fn table(
        &mut self,
        events: &mut Events<'a>,
        align: Vec<pulldown_cmark::Alignment>,
    ) -> Result<Block, ContentError> {
        let align = align
            .into_iter()
            .map(|a| match a {
                pulldown_cmark::Alignment::None => TableAlign::None,
                pulldown_cmark::Alignment::Left => TableAlign::Left,
                pulldown_cmark::Alignment::Center => TableAlign::Center,
                pulldown_cmark::Alignment::Right => TableAlign::Right,
            })
            .collect();
        let mut head = Vec::new();
        let mut rows: Vec<Vec<Option<usize>>> = Vec::new();
        let mut in_head = false;
        while let Some((event, range)) = events.next() {
            match event {
                Event::Start(Tag::TableHead) => in_head = true,
                Event::End(TagEnd::TableHead) => in_head = false,
                Event::Start(Tag::TableRow) => rows.push(Vec::new()),
                Event::End(TagEnd::TableRow) => {}
                Event::Start(Tag::TableCell) => {
                    let run = self.inline(events, TagEnd::TableCell, range.start)?;
                    let cell = (!run.range.is_empty())
                        .then(|| self.push_segment(SegmentKind::TableCell, &run));
                    if in_head {
                        head.push(cell);
                    } else if let Some(row) = rows.last_mut() {
                        row.push(cell);
                    }
                }
                Event::End(TagEnd::Table) => break,
                _ => return Err(self.error(range.start, "unexpected content in a table")),
            }
        }
        Ok(Block::Table { align, head, rows })
    }

    fn paragraph(&mut self, run: InlineRun, kind: SegmentKind) -> Block {
        if let [(src, image_range, Some(alt_range))] = run.images.as_slice() {
            if *image_range == run.range {
                let (src, alt_range) = (src.clone(), alt_range.clone());
                let alt = self.push_segment(
                    SegmentKind::ImageAlt,
                    &InlineRun {
                        range: alt_range,
                        images: Vec::new(),
                    },
                );
                return Block::Figure { src, alt };
            }
        }
        let segment = self.push_segment(kind, &run);
        Block::Paragraph { segment }
    }

    fn push_segment(&mut self, kind: SegmentKind, run: &InlineRun) -> usize {
        let text = normalize_inline(&self.body[run.range.clone()], self.quote_depth);
        let line = self.location(run.range.start).line;
        self.segments.push(Segment {
            kind,
            text,
            line,
            section: self.section,
        });
        self.segments.len() - 1
    }

    /// Inline events up to `end` (consumed).
    fn inline(
        &mut self,
        events: &mut Events<'a>,
        end: TagEnd,
        start: usize,
    ) -> Result<InlineRun, ContentError> {
        let mut run = RunBuilder::new(start);
        for (event, range) in events.by_ref() {
            if event == Event::End(end) {
                return self.finish_run(run);
            }
            self.inline_event(&mut run, event, range)?;
        }
        Err(self.error(start, "unterminated Markdown block"))
    }

    /// Inline events of a tight list item, up to the next block-level event.
    fn tight_item_text(
        &mut self,
        events: &mut Events<'a>,
        start: usize,
    ) -> Result<InlineRun, ContentError> {
        let mut run = RunBuilder::new(start);
        while let Some((event, _)) = events.peek() {
            if !is_inline(event) {
                break;
            }
            let Some((event, range)) = events.next() else {
                break;
            };
            self.inline_event(&mut run, event, range)?;
        }
        self.finish_run(run)
    }

    fn inline_event(
        &self,
        run: &mut RunBuilder,
        event: Event<'a>,
        range: Range<usize>,
    ) -> Result<(), ContentError> {
        match &event {
            Event::InlineHtml(_) | Event::Html(_) => return Err(self.raw_html(range.start)),
            Event::Start(Tag::Link { link_type, .. }) | Event::Start(Tag::Image { link_type, .. })
                if matches!(
                    link_type,
                    LinkType::Reference
                        | LinkType::ReferenceUnknown
                        | LinkType::Collapsed
                        | LinkType::CollapsedUnknown
                        | LinkType::Shortcut
                        | LinkType::ShortcutUnknown
                ) =>
            {
                return Err(self.error(
                    range.start,
                    "reference-style link: each segment is translated on its own, so links must be written inline\n  help: write [text](https://…)",
                ))
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                run.images.push((dest_url.to_string(), range.clone(), None));
                run.in_image = true;
            }
            Event::End(TagEnd::Image) => run.in_image = false,
            _ => {
                if run.in_image {
                    if let Some((_, _, alt)) = run.images.last_mut() {
                        let alt = alt.get_or_insert(range.clone());
                        alt.start = alt.start.min(range.start);
                        alt.end = alt.end.max(range.end);
                    }
                }
            }
        }
        run.extend(range);
        Ok(())
    }

    fn finish_run(&self, run: RunBuilder) -> Result<InlineRun, ContentError> {
        for (src, range, alt) in &run.images {
            let empty = alt
                .as_ref()
                .is_none_or(|r| self.body[r.clone()].trim().is_empty());
            if empty {
                return Err(ContentError::ImageWithoutAlt {
                    location: self.location(range.start),
                    src: src.clone(),
                });
            }
        }
        let mut range = run.range.unwrap_or(run.start..run.start);
        // A leading backslash escape (`\[`) is not part of the first text event.
        if range.start > 0
            && self.body.as_bytes()[range.start - 1] == b'\\'
            && self
                .body
                .as_bytes()
                .get(range.start)
                .is_some_and(u8::is_ascii_punctuation)
        {
            range.start -= 1;
        }
        Ok(InlineRun {
            range,
            images: run.images,
        })
    }
}

struct RunBuilder {
    start: usize,
    range: Option<Range<usize>>,
    images: Vec<(String, Range<usize>, Option<Range<usize>>)>,
    in_image: bool,
}

impl RunBuilder {
    fn new(start: usize) -> Self {
        RunBuilder {
            start,
            range: None,
            images: Vec::new(),
            in_image: false,
        }
    }

    fn extend(&mut self, range: Range<usize>) {
        let r = self.range.get_or_insert(range.clone());
        r.start = r.start.min(range.start);
        r.end = r.end.max(range.end);
    }
}

fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_)
        | Event::TaskListMarker(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }
        ),
        Event::End(end) => matches!(
            end,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
        ),
        _ => false,
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

fn heading_level_tag(level: u8) -> HeadingLevel {
    match level {
        1 => HeadingLevel::H1,
        2 => HeadingLevel::H2,
        3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// The text of a code or HTML block, up to its end tag.
fn collect_text(events: &mut Events<'_>, end: TagEnd) -> String {
    let mut text = String::new();
    for (event, _) in events.by_ref() {
        match event {
            Event::Html(t) | Event::Text(t) => text.push_str(&t),
            Event::End(e) if e == end => break,
            _ => {}
        }
    }
    text
}

fn is_only_comments(html: &str) -> bool {
    let mut rest = html.trim();
    while let Some(after) = rest.strip_prefix("<!--") {
        match after.find("-->") {
            Some(end) => rest = after[end + 3..].trim_start(),
            None => return false,
        }
    }
    rest.is_empty()
}

/// Joins the source lines of one inline run: container prefixes (indentation,
/// `>`) are dropped, soft breaks become one space, hard breaks become `\`+newline.
pub fn normalize_inline(slice: &str, quote_depth: usize) -> String {
    let lines: Vec<&str> = slice.split('\n').collect();
    let mut out = String::with_capacity(slice.len());
    for (i, raw) in lines.iter().enumerate() {
        let mut line = raw.trim_end_matches('\r');
        if i > 0 {
            line = line.trim_start();
            for _ in 0..quote_depth {
                if let Some(rest) = line.strip_prefix('>') {
                    line = rest.trim_start();
                }
            }
        }
        let last = i + 1 == lines.len();
        let trailing_backslashes =
            line.trim_end().len() - line.trim_end().trim_end_matches('\\').len();
        let hard = !last && (line.ends_with("  ") || trailing_backslashes % 2 == 1);
        let mut content = line.trim_end();
        if hard && trailing_backslashes % 2 == 1 {
            content = &content[..content.len() - 1];
        }
        out.push_str(content);
        if !last {
            out.push_str(if hard { "\\\n" } else { " " });
        }
    }
    out.trim().to_string()
}
