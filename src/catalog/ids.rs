//! Stable message ids for the segments of a document.
//!
//! A segment keeps the id it had in the previous reference catalog when its
//! text is unchanged (wherever it moved), or when it was edited but still
//! closely resembles the old segment at the same place (same neighbour
//! before or after it). Anything else gets a fresh id that no file has ever
//! used for this document, so a translation can only ever attach to the
//! segment it was written for.

use std::collections::{BTreeSet, HashMap, VecDeque};

use crate::content::{Document, SegmentKind};

/// A message of the previous reference catalog.
#[derive(Debug, Clone)]
pub struct PreviousEntry {
    pub id: String,
    pub text: String,
    pub kind: Option<SegmentKind>,
}

/// How alike an edited segment must be to its old self to keep its id.
const MIN_SIMILARITY: f32 = 0.5;

/// Assigns an id to each segment of `doc`. `reserved` holds every id seen in
/// any catalog of this document (so deleted ids are never reused).
pub fn assign(
    doc: &Document,
    previous: &[PreviousEntry],
    reserved: &BTreeSet<String>,
) -> Vec<String> {
    let n = doc.segments.len();
    let mut ids: Vec<Option<String>> = vec![None; n];
    let mut used = vec![false; previous.len()];

    for (i, segment) in doc.segments.iter().enumerate() {
        match segment.kind {
            SegmentKind::Title => ids[i] = Some(format!("{}-title", doc.slug)),
            SegmentKind::Description => ids[i] = Some(format!("{}-description", doc.slug)),
            _ => {}
        }
    }
    for (j, entry) in previous.iter().enumerate() {
        if ids.iter().flatten().any(|id| id == &entry.id) {
            used[j] = true;
        }
    }

    // 1. Unchanged text keeps its id, wherever it moved.
    let mut by_text: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (j, entry) in previous.iter().enumerate() {
        if !used[j] {
            by_text.entry(entry.text.as_str()).or_default().push_back(j);
        }
    }
    for (i, segment) in doc.segments.iter().enumerate() {
        if ids[i].is_some() {
            continue;
        }
        let Some(queue) = by_text.get_mut(segment.text.as_str()) else {
            continue;
        };
        if let Some(pos) = queue
            .iter()
            .position(|&j| previous[j].kind.is_none_or(|k| k == segment.kind))
        {
            if let Some(j) = queue.remove(pos) {
                ids[i] = Some(previous[j].id.clone());
                used[j] = true;
            }
        }
    }

    // 2. Edited text keeps its id when it resembles the old segment at the same place.
    loop {
        let mut candidates = Vec::new();
        for i in 0..n {
            if ids[i].is_some() {
                continue;
            }
            let before = if i == 0 {
                Some(START)
            } else {
                ids[i - 1].as_deref()
            };
            let after = if i + 1 == n {
                Some(END)
            } else {
                ids[i + 1].as_deref()
            };
            for (j, entry) in previous.iter().enumerate() {
                if used[j] || entry.kind.is_some_and(|k| k != doc.segments[i].kind) {
                    continue;
                }
                let old_before = if j == 0 {
                    START
                } else {
                    previous[j - 1].id.as_str()
                };
                let old_after = if j + 1 == previous.len() {
                    END
                } else {
                    previous[j + 1].id.as_str()
                };
                if before != Some(old_before) && after != Some(old_after) {
                    continue;
                }
                let score = similarity(&entry.text, &doc.segments[i].text);
                if score >= MIN_SIMILARITY {
                    candidates.push((score, i, j));
                }
            }
        }
        if candidates.is_empty() {
            break;
        }
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut progressed = false;
        for (_, i, j) in candidates {
            if ids[i].is_none() && !used[j] {
                ids[i] = Some(previous[j].id.clone());
                used[j] = true;
                progressed = true;
            }
        }
        if !progressed {
            break;
        }
    }

    // 3. New text gets a new id.
    let mut taken: BTreeSet<String> = reserved.clone();
    taken.extend(previous.iter().map(|e| e.id.clone()));
    taken.extend(ids.iter().flatten().cloned());
    let mut result = Vec::with_capacity(n);
    for (slot, segment) in ids.iter_mut().zip(&doc.segments) {
        let id = match slot.take() {
            Some(id) => id,
            None => {
                let id = if segment.kind == SegmentKind::Heading {
                    unused(
                        &taken,
                        &format!("{}-{}", doc.slug, slug(&segment.text)),
                        false,
                    )
                } else {
                    let prefix = match segment.section {
                        Some(h) => result
                            .get(h)
                            .cloned()
                            .unwrap_or_else(|| format!("{}-intro", doc.slug)),
                        None => format!("{}-intro", doc.slug),
                    };
                    unused(&taken, &prefix, true)
                };
                taken.insert(id.clone());
                id
            }
        };
        result.push(id);
    }
    result
}

const START: &str = "\u{0}start";
const END: &str = "\u{0}end";

fn similarity(old: &str, new: &str) -> f32 {
    similar::TextDiff::from_words(old, new).ratio()
}

/// `base` itself (unless `numbered`), else `base-2`, `base-3`… (`base-1` first when numbered).
fn unused(taken: &BTreeSet<String>, base: &str, numbered: bool) -> String {
    if !numbered && !taken.contains(base) {
        return base.to_string();
    }
    let first = if numbered { 1 } else { 2 };
    (first..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or_else(|| base.to_string())
}

/// A short, readable, ASCII slug of a heading: at most five words.
pub fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let words: Vec<&str> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    if words.is_empty() {
        "section".to_string()
    } else {
        words.join("-")
    }
}
