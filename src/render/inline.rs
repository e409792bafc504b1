//! One segment's inline Markdown → safe HTML.
//!
//! Whatever a translation contains, the output is text and the segment's own
//! links: raw HTML is shown as text, and a link or image whose target is not
//! a web, mail, phone or relative address is dropped (its text is kept).

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::inline::{events, is_safe_url};

pub fn inline_html(text: &str) -> String {
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
    let mut html = String::with_capacity(text.len() + 16);
    pulldown_cmark::html::push_html(&mut html, safe.into_iter());
    html.trim_end().to_string()
}

/// The plain text of a segment (for `<title>`, meta descriptions and lists).
pub fn plain_text(text: &str) -> String {
    let mut out = String::new();
    for event in events(text) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::Html(t) | Event::InlineHtml(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_markup_is_text() {
        let html = inline_html("Hi <script>alert(1)</script> [x](javascript:alert(1)) **b**");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("<strong>b</strong>"), "{html}");
    }

    #[test]
    fn heading_like_text_stays_inline() {
        assert_eq!(inline_html("1. Introduction"), "1. Introduction");
        assert_eq!(inline_html("# hash"), "# hash");
    }
}
