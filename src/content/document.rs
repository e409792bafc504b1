use std::path::PathBuf;

use super::front_matter::FrontMatter;

/// One source document: `content/<slug>.md`.
#[derive(Debug, Clone)]
pub struct Document {
    /// File stem; the page address and the prefix of every message id.
    pub slug: String,
    /// Path relative to the project root, for messages.
    pub path: PathBuf,
    pub front: FrontMatter,
    pub blocks: Vec<Block>,
    /// Every translatable unit in reading order. `segments[0]` is the title;
    /// the description, if any, is `segments[1]`.
    pub segments: Vec<Segment>,
}

impl Document {
    pub const TITLE: usize = 0;

    pub fn description_segment(&self) -> Option<usize> {
        self.front.description.as_ref().map(|_| 1)
    }
}

/// What kind of text a segment is; shown to translators as context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SegmentKind {
    Title,
    Description,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    ImageAlt,
}

impl SegmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Title => "title",
            SegmentKind::Description => "description",
            SegmentKind::Heading => "heading",
            SegmentKind::Paragraph => "paragraph",
            SegmentKind::ListItem => "list item",
            SegmentKind::TableCell => "table cell",
            SegmentKind::ImageAlt => "image alt text",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            SegmentKind::Title,
            SegmentKind::Description,
            SegmentKind::Heading,
            SegmentKind::Paragraph,
            SegmentKind::ListItem,
            SegmentKind::TableCell,
            SegmentKind::ImageAlt,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// One translatable unit: its text is inline Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
    /// 1-based line in the content file.
    pub line: usize,
    /// Index of the heading segment this one sits under, if any.
    pub section: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableAlign {
    None,
    Left,
    Center,
    Right,
}

/// The structure of a document body; text is referenced by segment index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `level` is the HTML level: `##` in Markdown is 2 (the title is the only h1).
    Heading {
        level: u8,
        segment: usize,
    },
    Paragraph {
        segment: usize,
    },
    /// A paragraph that is only an image.
    Figure {
        src: String,
        alt: usize,
    },
    List {
        /// `Some(n)` for a numbered list starting at n.
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    /// Code is not translated.
    Code {
        text: String,
    },
    Table {
        align: Vec<TableAlign>,
        head: Vec<Option<usize>>,
        rows: Vec<Vec<Option<usize>>>,
    },
    Rule,
}
