//! The reference catalog `translations/<source>/<doc>.ftl`: the source
//! segments as Fluent messages, generated from the Markdown by `sync`.

use std::fmt::Write as _;

use fluent_syntax::ast::Entry;

use super::ftl;
use super::ids::PreviousEntry;
use crate::content::{Block, Document, SegmentKind};

/// Reads the messages of an existing reference catalog, in file order.
/// Entries that do not parse are skipped: the file is regenerated anyway.
pub fn read(text: &str) -> Vec<PreviousEntry> {
    let lines: Vec<&str> = text.lines().collect();
    let kinds: std::collections::HashMap<String, SegmentKind> = ftl::scan(text)
        .into_iter()
        .filter_map(|entry| {
            let kind = lines[entry.comment.clone()]
                .iter()
                .find_map(|line| SegmentKind::parse(line.trim_start_matches('#').trim()))?;
            Some((entry.id, kind))
        })
        .collect();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let value = message.value.as_ref()?;
                Some(PreviousEntry {
                    id: message.id.name.to_string(),
                    text: ftl::pattern_text(value),
                    kind: kinds.get(message.id.name).copied(),
                })
            }
            _ => None,
        })
        .collect()
}

/// Writes the reference catalog for `doc` with the given segment ids.
pub fn write(doc: &Document, ids: &[String]) -> String {
    let mut out = String::new();
    // Translation tools (Pontoon) copy these comments into every locale's
    // file, so they must read right there too.
    let _ = writeln!(
        out,
        "### {}: one message per translatable piece of {} (title, description,",
        doc.slug,
        doc.path.display().to_string().replace('\\', "/")
    );
    out.push_str("### headings, paragraphs, list items, table cells, image descriptions).\n");
    out.push_str(
        "### Translate the words; keep links, **bold**, *italic* and `code` as they are.\n",
    );
    out.push_str("### The English messages are written by `peerpress sync` from the Markdown.\n");
    let level2: std::collections::HashSet<usize> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: 2, segment } => Some(*segment),
            _ => None,
        })
        .collect();
    for (i, segment) in doc.segments.iter().enumerate() {
        out.push('\n');
        if level2.contains(&i) {
            let _ = writeln!(out, "## {}\n", segment.text.replace('\n', " "));
        }
        let _ = writeln!(out, "# {}", segment.kind.as_str());
        out.push_str(&ftl::message(&ids[i], &segment.text));
    }
    out
}
