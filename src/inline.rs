//! The inline Markdown of one segment, parsed on its own.
//!
//! A segment (source or translation) is inline text, so a line that would
//! start a block in Markdown — `1. `, `# `, `- `, `> ` — is escaped before
//! parsing: a heading that reads "1. Introduction" must not become a list.
//! [`safe_events`] applies the safety rules every renderer shares.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Owned events of `text`, for callers that inspect rather than render.
pub fn events(text: &str) -> Vec<Event<'static>> {
    let escaped = escape_block_starts(text);
    Parser::new_ext(&escaped, Options::ENABLE_STRIKETHROUGH)
        .map(Event::into_static)
        .collect()
}

fn escape_block_starts(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = line.trim_start();
        out.push_str(&escape_line_start(line));
    }
    out
}

fn escape_line_start(line: &str) -> String {
    let bytes = line.as_bytes();
    let Some(&first) = bytes.first() else {
        return String::new();
    };
    let followed_by_space = |n: usize| bytes.get(n).is_none_or(|b| *b == b' ' || *b == b'\t');
    let all_same = |c: u8| {
        let marks = bytes.iter().filter(|b| **b != b' ' && **b != b'\t');
        marks.clone().all(|b| *b == c) && marks.count() >= 1
    };
    let needs_escape = match first {
        b'#' => {
            let hashes = bytes.iter().take_while(|b| **b == b'#').count();
            hashes <= 6 && followed_by_space(hashes)
        }
        b'>' => true,
        b'-' | b'+' | b'*' => followed_by_space(1) || all_same(first),
        b'=' | b'_' => all_same(first),
        b'`' | b'~' => line.starts_with("```") || line.starts_with("~~~"),
        _ => false,
    };
    if needs_escape {
        return format!("\\{line}");
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=9).contains(&digits)
        && matches!(bytes.get(digits), Some(b'.') | Some(b')'))
        && followed_by_space(digits + 1)
    {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

/// What must survive translation unchanged: link targets, image sources and
/// inline code, in order of appearance; and whether raw HTML is present.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Invariants {
    pub links: Vec<String>,
    pub images: Vec<String>,
    pub code: Vec<String>,
    pub raw_html: Vec<String>,
}

pub fn invariants(text: &str) -> Invariants {
    // Links and images need `[`, code spans a backtick, raw HTML and
    // autolinks `<`: most segments have none, and every segment of every
    // locale is checked on each build, so those skip the Markdown parser.
    if !text.contains(['[', '`', '<']) {
        return Invariants::default();
    }
    parsed_invariants(text)
}

fn parsed_invariants(text: &str) -> Invariants {
    let mut inv = Invariants::default();
    for event in events(text) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => inv.links.push(dest_url.to_string()),
            Event::Start(Tag::Image { dest_url, .. }) => inv.images.push(dest_url.to_string()),
            Event::Code(code) => inv.code.push(code.to_string()),
            Event::Html(html) | Event::InlineHtml(html) => inv.raw_html.push(html.to_string()),
            _ => {}
        }
    }
    inv
}

/// The events of `text` that any output may show, the one place the safety
/// rules for translated text live (web pages and leaflets share them):
/// raw HTML becomes literal text; a link or image whose target is not
/// [safe](is_safe_url) loses its link or image but keeps its text; block
/// structure is dropped, and paragraphs after the first start with a hard
/// break, since a segment is inline text.
pub fn safe_events(text: &str) -> Vec<Event<'static>> {
    let mut safe: Vec<Event<'static>> = Vec::new();
    let mut link_stack: Vec<bool> = Vec::new();
    let mut paragraphs = 0;
    let mut in_dropped_image = false;
    for event in events(text) {
        match event {
            Event::Start(Tag::Paragraph) => {
                if paragraphs > 0 {
                    safe.push(Event::HardBreak);
                }
                paragraphs += 1;
            }
            Event::End(TagEnd::Paragraph) => {}
            Event::Html(html) | Event::InlineHtml(html) => safe.push(Event::Text(html)),
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                let keep = is_safe_url(dest_url);
                link_stack.push(keep);
                if keep {
                    safe.push(event);
                }
            }
            Event::End(TagEnd::Link) => {
                if link_stack.pop().unwrap_or(false) {
                    safe.push(event);
                }
            }
            Event::Start(Tag::Image { ref dest_url, .. }) if !is_safe_url(dest_url) => {
                in_dropped_image = true;
            }
            Event::End(TagEnd::Image) if in_dropped_image => in_dropped_image = false,
            Event::Start(Tag::Heading { .. })
            | Event::End(TagEnd::Heading(_))
            | Event::Start(Tag::List(_))
            | Event::End(TagEnd::List(_))
            | Event::Start(Tag::Item)
            | Event::End(TagEnd::Item)
            | Event::Start(Tag::BlockQuote(_))
            | Event::End(TagEnd::BlockQuote(_))
            | Event::Start(Tag::CodeBlock(_))
            | Event::End(TagEnd::CodeBlock)
            | Event::Start(Tag::HtmlBlock)
            | Event::End(TagEnd::HtmlBlock)
            | Event::Rule => {}
            other => safe.push(other),
        }
    }
    safe
}

/// Whether a link or image target may appear on a page: web, mail and phone
/// links, and relative paths. Never `javascript:`, `data:` or the like.
pub fn is_safe_url(url: &str) -> bool {
    let url = url.trim();
    let scheme_end = url.find(':');
    let path_start = url.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (Some(colon), Some(slash)) if slash < colon => true,
        (Some(colon), _) => {
            let scheme = url[..colon].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        (None, _) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_starts_are_escaped() {
        assert_eq!(escape_line_start("1. Introduction"), "1\\. Introduction");
        assert_eq!(escape_line_start("# not a heading"), "\\# not a heading");
        assert_eq!(escape_line_start("*emphasis* stays"), "*emphasis* stays");
        assert_eq!(escape_line_start("- item"), "\\- item");
        assert_eq!(escape_line_start("2-1-1 dosing"), "2-1-1 dosing");
    }

    proptest::proptest! {
        #[test]
        fn the_shortcut_finds_what_the_parser_finds(
            text in "[a-z &;:/.*_!()\\\\#>\n\t0-9\"'=-]{0,40}(https?://x\\.y)?[a-z &;*_!()\\\\\n-]{0,20}"
        ) {
            proptest::prop_assert_eq!(invariants(&text), parsed_invariants(&text));
        }
    }

    #[test]
    fn the_shortcut_leaves_marked_up_text_to_the_parser() {
        let found = invariants("See [WHO](https://who.int/), `code` and <b>x</b>.");
        assert_eq!(found.links, ["https://who.int/"]);
        assert_eq!(found.code, ["code"]);
        assert_eq!(found.raw_html, ["<b>", "</b>"]);
        assert_eq!(invariants("Take one pill a day."), Invariants::default());
    }

    #[test]
    fn unsafe_urls_are_refused() {
        assert!(is_safe_url("https://who.int"));
        assert!(is_safe_url("../prep/index.html"));
        assert!(is_safe_url("mailto:a@b.c"));
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url(" JavaScript:alert(1)"));
        assert!(!is_safe_url("data:text/html,x"));
    }
}
