//! A segment's inline Markdown → styled text spans for print.
//!
//! Links keep their target (drawn as a clickable area) and, so that paper
//! readers can follow them, the address is printed after the link text
//! unless the text already is the address. Raw HTML stays literal text and
//! unsafe targets lose their link, as on the web: both read the segment
//! through [`crate::inline::safe_events`].

use pulldown_cmark::{Event, Tag, TagEnd};

use super::script::Style;
use crate::inline::safe_events;

#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub style: Style,
    pub link: Option<String>,
}

pub fn spans(markdown: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut bold = 0usize;
    let mut italic = 0usize;
    // Open links: target and where the link text starts in `out`.
    let mut links: Vec<(String, usize)> = Vec::new();
    let push =
        |out: &mut Vec<Span>, text: &str, bold: usize, italic: usize, link: Option<String>| {
            if text.is_empty() {
                return;
            }
            let style = Style {
                bold: bold > 0,
                italic: italic > 0,
            };
            if let Some(last) = out.last_mut() {
                if last.style == style && last.link == link {
                    last.text.push_str(text);
                    return;
                }
            }
            out.push(Span {
                text: text.to_string(),
                style,
                link,
            });
        };
    let current_link = |links: &Vec<(String, usize)>| links.last().map(|(u, _)| u.clone());
    for event in safe_events(markdown) {
        match event {
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push((dest_url.to_string(), out.iter().map(|s| s.text.len()).sum()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, start)) = links.pop() {
                    let all: String = out.iter().map(|s| s.text.as_str()).collect();
                    let label = all.get(start..).unwrap_or("").trim();
                    let shown = url.trim_start_matches("mailto:").trim_start_matches("tel:");
                    if printable(&url) && label != shown && label != url {
                        push(&mut out, " (", bold, italic, None);
                        push(&mut out, &isolate(shown), bold, italic, Some(url.clone()));
                        push(&mut out, ")", bold, italic, None);
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => {
                let link = current_link(&links);
                push(&mut out, &t, bold, italic, link);
            }
            Event::SoftBreak => push(&mut out, " ", bold, italic, current_link(&links)),
            Event::HardBreak => push(&mut out, "\n", bold, italic, None),
            _ => {}
        }
    }
    out
}

/// Text with no Markdown (a UI string, a label) as one unstyled span.
pub fn plain_spans(text: &str) -> Vec<Span> {
    vec![Span {
        text: text.to_string(),
        style: Style::default(),
        link: None,
    }]
}

/// Wraps text that must read left to right (an address) in a bidi isolate,
/// so that inside Arabic its slashes and dots stay where they belong.
pub fn isolate(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

/// Addresses worth printing: web, mail and phone (not relative links).
fn printable(url: &str) -> bool {
    ["http://", "https://", "mailto:", "tel:"]
        .iter()
        .any(|p| url.starts_with(p))
}

/// The text a reader sees (and a PDF text extractor returns) for a segment.
pub fn plain(spans: &[Span]) -> String {
    spans
        .iter()
        .flat_map(|s| s.text.chars())
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_print_their_address() {
        let s = spans("Read [the WHO page](https://who.int/x) **now**.");
        assert_eq!(plain(&s), "Read the WHO page (https://who.int/x) now.");
        assert!(s.iter().any(|s| s.style.bold && s.text == "now"));
        assert_eq!(s.iter().filter(|s| s.link.is_some()).count(), 2);
        let s = spans("[https://who.int](https://who.int) and [x](javascript:alert(1))");
        assert_eq!(plain(&s), "https://who.int and x");
    }
}
