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
    let mut assignment = Assignment::new(doc, previous);
    assignment.keep_unchanged();
    assignment.keep_similar();
    assignment.finish(reserved)
}

/// Ids given so far, and which previous entries have given theirs away.
struct Assignment<'a> {
    doc: &'a Document,
    previous: &'a [PreviousEntry],
    ids: Vec<Option<String>>,
    used: Vec<bool>,
}

impl<'a> Assignment<'a> {
    /// Title and description have fixed ids (`<slug>-title`, `<slug>-description`).
    fn new(doc: &'a Document, previous: &'a [PreviousEntry]) -> Self {
        let ids: Vec<Option<String>> = doc
            .segments
            .iter()
            .map(|segment| match segment.kind {
                SegmentKind::Title => Some(format!("{}-title", doc.slug)),
                SegmentKind::Description => Some(format!("{}-description", doc.slug)),
                _ => None,
            })
            .collect();
        let used = previous
            .iter()
            .map(|entry| ids.iter().flatten().any(|id| id == &entry.id))
            .collect();
        Assignment {
            doc,
            previous,
            ids,
            used,
        }
    }

    fn give(&mut self, i: usize, j: usize) {
        self.ids[i] = Some(self.previous[j].id.clone());
        self.used[j] = true;
    }

    /// Step 1: unchanged text keeps its id, wherever it moved.
    fn keep_unchanged(&mut self) {
        let previous = self.previous;
        let mut by_text: HashMap<&str, VecDeque<usize>> = HashMap::new();
        for (j, entry) in previous.iter().enumerate() {
            if !self.used[j] {
                by_text.entry(entry.text.as_str()).or_default().push_back(j);
            }
        }
        for (i, segment) in self.doc.segments.iter().enumerate() {
            if self.ids[i].is_some() {
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
                    self.give(i, j);
                }
            }
        }
    }

    /// Step 2: edited text keeps its id when it resembles the old segment at
    /// the same place; the best matches first, until nothing more matches.
    fn keep_similar(&mut self) {
        loop {
            let mut candidates = self.similar_candidates();
            if candidates.is_empty() {
                break;
            }
            candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            let mut progressed = false;
            for (_, i, j) in candidates {
                if self.ids[i].is_none() && !self.used[j] {
                    self.give(i, j);
                    progressed = true;
                }
            }
            if !progressed {
                break;
            }
        }
    }

    /// (similarity, segment, previous entry) for every segment without an
    /// id and unused entry of its kind that share a neighbour and are alike.
    fn similar_candidates(&self) -> Vec<(f32, usize, usize)> {
        let (ids, previous) = (&self.ids, self.previous);
        let n = ids.len();
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
                if self.used[j] || entry.kind.is_some_and(|k| k != self.doc.segments[i].kind) {
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
                let score = similarity(&entry.text, &self.doc.segments[i].text);
                if score >= MIN_SIMILARITY {
                    candidates.push((score, i, j));
                }
            }
        }
        candidates
    }

    /// Step 3: new text gets a new id (a heading its slug, other segments
    /// their section's id, numbered), never one in `reserved` or used before.
    fn finish(self, reserved: &BTreeSet<String>) -> Vec<String> {
        let doc = self.doc;
        let mut taken: BTreeSet<String> = reserved.clone();
        taken.extend(self.previous.iter().map(|e| e.id.clone()));
        taken.extend(self.ids.iter().flatten().cloned());
        let mut result: Vec<String> = Vec::with_capacity(self.ids.len());
        for (slot, segment) in self.ids.into_iter().zip(&doc.segments) {
            let id = match slot {
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
