//! Word-level difference between the English a translation was made from
//! and today's English.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    pub text: String,
}

pub fn word_diff(old: &str, new: &str) -> Vec<Change> {
    let diff = similar::TextDiff::from_words(old, new);
    let mut changes: Vec<Change> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            similar::ChangeTag::Equal => "equal",
            similar::ChangeTag::Delete => "delete",
            similar::ChangeTag::Insert => "insert",
        };
        match changes.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => changes.push(Change {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    changes
}
