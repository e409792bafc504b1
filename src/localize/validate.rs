//! A translation may change words, never what a segment points at or runs:
//! links, image sources and inline code must equal the source's, and raw
//! HTML is refused.

use crate::inline::{invariants, Invariants};

/// `expected` are the invariants of the source segment.
pub fn translation(expected: &Invariants, translation: &str) -> Result<(), String> {
    if translation.is_empty() {
        return Err("the translation is empty".into());
    }
    let found = invariants(translation);
    if let Some(html) = found
        .raw_html
        .iter()
        .find(|h| !expected.raw_html.contains(h))
    {
        return Err(format!(
            "raw HTML `{}` in a translation: translations are text, never markup",
            html.trim()
        ));
    }
    let check = |what: &str, mut a: Vec<String>, mut b: Vec<String>| {
        a.sort();
        b.sort();
        if a == b {
            Ok(())
        } else {
            Err(format!(
                "{what} differ from the English: expected {}, found {}",
                list(&a),
                list(&b)
            ))
        }
    };
    check("link targets", expected.links.clone(), found.links)?;
    check("image sources", expected.images.clone(), found.images)?;
    check("inline code spans", expected.code.clone(), found.code)
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
