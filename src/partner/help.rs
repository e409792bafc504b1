//! The "where to get help" block every leaflet of a partner prints, from
//! the partner's `local-services` document.
//!
//! "Short" means: the document's title (as the block's heading), then its
//! first paragraph or list — the first one in the body, whichever comes
//! first, headings skipped — then the address of the local-services page
//! online. A partner puts the essentials (one place, its hours, its phone)
//! first; everything else is on the page and the local-services leaflet.
//!
//! The block follows the print policy like the rest of a leaflet: a
//! leaflet is printed only when the block is translated and up to date in
//! its language too (`--allow-incomplete` makes a DRAFT).

use std::collections::HashMap;

use super::LOCAL_SERVICES;
use crate::content::{Block, Document};
use crate::localize::{LocalizedDocument, Readiness, State};
use crate::project::Project;

/// One locale's help block.
pub struct HelpBlock<'p> {
    /// The local-services document in that locale.
    pub ld: &'p LocalizedDocument<'p>,
    /// Its first paragraph or list (`None`: the document has only headings).
    pub block: Option<&'p Block>,
    /// Every segment the block prints: the title, then the block's.
    pub segments: Vec<usize>,
}

/// The localized local-services documents of a partner build, one per
/// locale; none for the main site or a partner without one.
pub fn local_services<'a, 'p>(
    project: &Project,
    localized: &'a [LocalizedDocument<'p>],
) -> impl Iterator<Item = &'a LocalizedDocument<'p>> {
    let has = project
        .config
        .partner
        .as_ref()
        .is_some_and(|p| p.local_services);
    localized
        .iter()
        .filter(move |ld| has && ld.doc.slug == LOCAL_SERVICES)
}

/// The help block of each locale of a partner build; empty for the main
/// site and for a partner without a local-services document.
pub fn help_blocks<'p>(
    project: &Project,
    localized: &'p [LocalizedDocument<'p>],
) -> HashMap<String, HelpBlock<'p>> {
    local_services(project, localized)
        .map(|ld| {
            let block = ld
                .doc
                .blocks
                .iter()
                .find(|b| matches!(b, Block::Paragraph { .. } | Block::List { .. }));
            let mut segments = vec![Document::TITLE];
            if let Some(block) = block {
                block_segments(block, &mut segments);
            }
            (
                ld.locale.code.clone(),
                HelpBlock {
                    ld,
                    block,
                    segments,
                },
            )
        })
        .collect()
}

fn block_segments(block: &Block, out: &mut Vec<usize>) {
    match block {
        Block::Paragraph { segment } | Block::Heading { segment, .. } => out.push(*segment),
        Block::Figure { alt, .. } => out.push(*alt),
        Block::List { items, .. } => items.iter().flatten().for_each(|b| block_segments(b, out)),
        Block::Quote(inner) => inner.iter().for_each(|b| block_segments(b, out)),
        Block::Table { head, rows, .. } => {
            out.extend(head.iter().chain(rows.iter().flatten()).flatten());
        }
        Block::Code { .. } | Block::Rule => {}
    }
}

/// The help block a leaflet of `ld` prints: none on the local-services
/// leaflet itself (it prints the whole document).
pub fn for_leaflet<'h, 'p>(
    blocks: &'h HashMap<String, HelpBlock<'p>>,
    ld: &LocalizedDocument<'_>,
) -> Option<&'h HelpBlock<'p>> {
    blocks
        .get(&ld.locale.code)
        .filter(|_| ld.doc.slug != LOCAL_SERVICES)
}

/// The print verdict of a leaflet that also prints `help`: the segments of
/// the help block count like the document's own.
pub fn readiness(ld: &LocalizedDocument<'_>, help: Option<&HelpBlock<'_>>) -> Readiness {
    let mut verdict = Readiness::of(ld);
    let Some(help) = help else {
        return verdict;
    };
    for &i in &help.segments {
        let counter = match help.ld.segments[i].state {
            State::Missing => &mut verdict.missing,
            State::Stale { .. } => &mut verdict.stale,
            State::Invalid { .. } => &mut verdict.invalid,
            _ => continue,
        };
        *counter += 1;
        verdict.in_local_services += 1;
    }
    verdict.ready = verdict.missing + verdict.stale + verdict.invalid == 0;
    verdict
}
