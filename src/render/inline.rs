//! One segment's inline Markdown → safe HTML.
//!
//! Whatever a translation contains, the output is text and the segment's own
//! links: raw HTML is shown as text, and a link or image whose target is not
//! a web, mail, phone or relative address is dropped (its text is kept):
//! the rules of [`crate::inline::safe_events`], which leaflets share.

use pulldown_cmark::Event;

use crate::inline::{events, safe_events};

pub fn inline_html(text: &str) -> String {
    let mut html = String::with_capacity(text.len() + 16);
    pulldown_cmark::html::push_html(&mut html, safe_events(text).into_iter());
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
