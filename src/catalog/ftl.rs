//! Reading and writing Fluent text: escaping segment text into a message
//! value, reading it back, and locating entries by line.
//!
//! Fluent entries always start in column 0 and continue on indented lines,
//! so a line scan finds every entry's line even inside a file that has
//! syntax errors — which is what lets a report name file and line for
//! every message, valid or not.

use std::ops::Range;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// Writes `id = value` for `text`, escaping Fluent syntax so that parsing the
/// result gives back exactly `text`. Newlines in `text` become a multiline value.
pub fn message(id: &str, text: &str) -> String {
    let lines: Vec<String> = text.split('\n').map(escape_line).collect();
    if lines.len() == 1 {
        format!("{id} = {}\n", lines[0])
    } else {
        let mut out = format!("{id} =\n");
        for line in lines {
            out.push_str("    ");
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

fn escape_line(line: &str) -> String {
    if line.is_empty() {
        // An empty line (or value) must still be a pattern element.
        return "{\"\"}".into();
    }
    let chars: Vec<char> = line.chars().collect();
    // Fluent drops blanks at the start of a value and at the end of a line.
    let last_kept = chars
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(0, |i| i + 1);
    let mut out = String::with_capacity(line.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if i == 0 => {
                out.push_str("{\"");
                out.push(c);
                out.push_str("\"}");
            }
            ' ' if i == 0 || i >= last_kept => out.push_str("{\" \"}"),
            c if c.is_control() || (c.is_whitespace() && (i == 0 || i >= last_kept)) => {
                out.push_str(&format!("{{\"\\U{:06X}\"}}", u32::from(c)));
            }
            _ => out.push(c),
        }
    }
    out
}

/// The text of a pattern made only of text and string literals (as
/// [`message`] writes); other placeables are written back as Fluent source.
pub fn pattern_text(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value)),
            PatternElement::Placeable { .. } => out.push_str("{…}"),
        }
    }
    out
}

/// Where one entry sits in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryLines {
    pub id: String,
    pub is_term: bool,
    /// 0-based index of the `id =` line.
    pub start: usize,
    /// 0-based indices of the `#` comment lines attached to the entry.
    pub comment: Range<usize>,
    /// 0-based index one past the entry's last non-blank line.
    pub end: usize,
}

impl EntryLines {
    /// 1-based line number of the `id =` line.
    pub fn line(&self) -> usize {
        self.start + 1
    }
}

/// Finds every message and term in `text` by line.
pub fn scan(text: &str) -> Vec<EntryLines> {
    let lines: Vec<&str> = text.lines().collect();
    let mut entries = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((id, is_term)) = entry_start(lines[i]) else {
            i += 1;
            continue;
        };
        let mut comment_start = i;
        while comment_start > 0 && is_single_comment(lines[comment_start - 1]) {
            comment_start -= 1;
        }
        let mut end = i + 1;
        let mut j = i + 1;
        while j < lines.len() {
            let line = lines[j];
            if line.trim().is_empty() {
                j += 1;
                continue;
            }
            if line.starts_with(' ')
                || line.starts_with('}')
                || line.starts_with('[')
                || line.starts_with('*')
                || line.starts_with('.')
            {
                j += 1;
                end = j;
                continue;
            }
            break;
        }
        entries.push(EntryLines {
            id: id.to_string(),
            is_term,
            start: i,
            comment: comment_start..i,
            end,
        });
        i = end;
    }
    entries
}

fn entry_start(line: &str) -> Option<(&str, bool)> {
    let (body, is_term) = match line.strip_prefix('-') {
        Some(rest) => (rest, true),
        None => (line, false),
    };
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let id_len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(body.len());
    let rest = body[id_len..].trim_start_matches(' ');
    if !rest.starts_with('=') {
        return None;
    }
    let full = if is_term {
        &line[..id_len + 1]
    } else {
        &line[..id_len]
    };
    Some((full, is_term))
}

fn is_single_comment(line: &str) -> bool {
    line == "#" || line.starts_with("# ")
}

/// The lines of an entry's value, trimmed at the end, as one string: what a
/// translator edits, so what a translation fingerprint covers.
pub fn entry_source(lines: &[&str], entry: &EntryLines) -> String {
    lines[entry.start..entry.end.min(lines.len())]
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The value of an entry as written after `id =`, continuation lines dedented:
/// what the source of a hand-written message says, for display and fingerprints.
pub fn entry_value(lines: &[&str], entry: &EntryLines) -> String {
    let source = entry_source(lines, entry);
    let after_eq = source.split_once('=').map_or("", |(_, v)| v);
    let lines: Vec<&str> = after_eq.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<&str> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        out.push(if i == 0 {
            line.trim()
        } else {
            line.get(indent..).unwrap_or(line.trim())
        });
    }
    out.join("\n").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> String {
        let src = message("m", text);
        let resource = fluent_syntax::parser::parse(src.as_str()).expect("parses");
        match &resource.body[0] {
            fluent_syntax::ast::Entry::Message(m) => pattern_text(m.value.as_ref().expect("value")),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn special_characters_round_trip() {
        for text in [
            "plain",
            "{ braces } and {{double}}",
            "[starts with bracket]",
            "*star* first",
            ". dot",
            "line one\\\n[two]\\\n*three",
            "ends with a backslash \\",
            "Ünïcödé — العربية ελληνικά",
        ] {
            assert_eq!(round_trip(text), text);
        }
    }

    #[test]
    fn scan_finds_entries_with_comments() {
        let text = "## group\n# a comment\n# peerpress: en=1 tr=2\nhello = Hi\n    there\n\n-term = T\nbroken {\nbye =\n    x\n";
        let entries = scan(text);
        let ids: Vec<_> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["hello", "-term", "bye"]);
        assert_eq!(entries[0].comment, 1..3);
        assert_eq!(entries[0].end, 5);
        assert_eq!(entries[2].line(), 9);
    }
}
