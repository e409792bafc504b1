//! Relative links and images must lead somewhere in the built site.
//!
//! A page lives at `<locale>/<doc>/`, so a link to another document is
//! written `../other-doc/` (optionally `index.html`, a `#fragment` or a
//! `?query`), and `../` is the locale's index. Images are files beside the
//! Markdown, in `content/`. Anything else relative is a broken link on the
//! published page, so the build refuses it with the file and line.

use std::collections::BTreeSet;
use std::path::Path;

use super::{Block, ContentError, Document};
use crate::diagnostic::Location;
use crate::inline::invariants;

/// Every relative link or image in `docs` that leads nowhere.
pub fn check(root: &Path, docs: &[Document]) -> Vec<ContentError> {
    let slugs: BTreeSet<&str> = docs.iter().map(|d| d.slug.as_str()).collect();
    check_with(root, docs, &slugs)
}

/// Like [`check`], for links in `docs` to any of the documents `slugs`.
pub fn check_with(root: &Path, docs: &[Document], slugs: &BTreeSet<&str>) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for doc in docs {
        for segment in &doc.segments {
            let targets = invariants(&segment.text);
            for link in targets.links {
                if let Some(problem) = link_problem(&link, slugs) {
                    errors.push(broken(doc, segment.line, &link, &problem));
                }
            }
            for image in targets.images {
                if let Some(problem) = image_problem(root, &image) {
                    errors.push(broken(doc, segment.line, &image, &problem));
                }
            }
        }
        let mut figures = Vec::new();
        collect_figures(&doc.blocks, &mut figures);
        for (src, alt) in figures {
            if let Some(problem) = image_problem(root, src) {
                let line = doc.segments.get(alt).map_or(1, |s| s.line);
                errors.push(broken(doc, line, src, &problem));
            }
        }
    }
    errors
}

fn broken(doc: &Document, line: usize, target: &str, problem: &str) -> ContentError {
    ContentError::Structure {
        location: Location::new(&doc.path, line),
        message: format!("`{target}`: {problem}"),
    }
}

fn collect_figures<'d>(blocks: &'d [Block], out: &mut Vec<(&'d str, usize)>) {
    for block in blocks {
        match block {
            Block::Figure { src, alt } => out.push((src.as_str(), *alt)),
            Block::List { items, .. } => items.iter().for_each(|i| collect_figures(i, out)),
            Block::Quote(inner) => collect_figures(inner, out),
            _ => {}
        }
    }
}

/// A target with a scheme (`https:`, `mailto:`) or only a fragment is not ours to check.
fn is_relative(target: &str) -> bool {
    let path_end = target.find(['?', '#']).unwrap_or(target.len());
    let path = &target[..path_end];
    !path.is_empty() && !path.contains(':') && !target.starts_with("//")
}

fn link_problem(target: &str, slugs: &BTreeSet<&str>) -> Option<String> {
    if !is_relative(target) {
        return None;
    }
    let path = &target[..target.find(['?', '#']).unwrap_or(target.len())];
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let help = "link to another document as `../<document>/` (the name of its file in content/ without `.md`), or to the language's start page as `../`";
    if path.starts_with('/') {
        return Some(format!(
            "an absolute path breaks when partners host the site under their own path\n  help: {help}"
        ));
    }
    if path == "../" || path == ".." || path == "./" || path == "." {
        return None;
    }
    match path.strip_prefix("../").map(|p| p.trim_end_matches('/')) {
        Some(slug) if slugs.contains(slug) => None,
        Some(slug) if !slug.contains('/') && !slug.is_empty() => Some(format!(
            "there is no document `{slug}` (no content/{slug}.md)\n  help: {help}"
        )),
        _ => Some(format!(
            "this link leads to no page of the site\n  help: {help}"
        )),
    }
}

fn image_problem(root: &Path, src: &str) -> Option<String> {
    if !is_relative(src) {
        return None;
    }
    let path = &src[..src.find(['?', '#']).unwrap_or(src.len())];
    let rel = Path::new(path);
    let escapes = rel.is_absolute()
        || rel
            .components()
            .any(|c| matches!(c, std::path::Component::ParentDir));
    if escapes {
        return Some("an image must be a file inside content/ (no `..`, no absolute path)".into());
    }
    if !root.join("content").join(rel).is_file() {
        return Some(format!(
            "the image file content/{path} does not exist\n  help: put the image in content/ beside the Markdown, or correct its name (names are case-sensitive)"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_links() {
        let slugs: BTreeSet<&str> = ["prep", "u-equals-u"].into_iter().collect();
        for ok in [
            "../prep/",
            "../prep",
            "../prep/index.html",
            "../prep/#how",
            "../",
            "#section",
            "https://who.int/",
            "mailto:a@b.c",
            "tel:+331",
        ] {
            assert_eq!(link_problem(ok, &slugs), None, "{ok}");
        }
        for bad in ["../nonexistent/", "/prep/", "prep.md", "../../x/", "other/"] {
            assert!(link_problem(bad, &slugs).is_some(), "{bad}");
        }
    }
}
