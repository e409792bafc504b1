//! HTML escaping: a leaf module that every HTML writer (pages, templates, the
//! dashboard) shares.

/// HTML escaping for text and attribute values. Unlike Tera's default it
/// leaves `/` alone, so paths in the output stay readable.
pub fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
