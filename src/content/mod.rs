//! Loading the source documents: `content/*.md` → [`Document`]s.
//!
//! A document is its front matter plus a tree of blocks whose translatable
//! text lives in a flat, ordered list of [`Segment`]s. Renderers walk the
//! blocks; catalogs and translations only ever see the segments.

mod document;
pub mod front_matter;
mod segment;
mod targets;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub use document::{Block, Document, Segment, SegmentKind, TableAlign};

use crate::diagnostic::{read_utf8, Location, ReadError};

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{location}: malformed front matter: {message}\n  help: front matter is TOML between two `+++` lines, with at least `title` and `reviewed` (see README.md)")]
    FrontMatter { location: Location, message: String },
    #[error("{location}: image `{src}` has no alt text\n  help: describe the image for people who cannot see it: ![what the image shows]({src})")]
    ImageWithoutAlt { location: Location, src: String },
    #[error("{location}: {message}")]
    Structure { location: Location, message: String },
    #[error("{}: the file name must start with a letter and use only a-z, 0-9 and `-` (it becomes the page address and message ids)", path.display())]
    BadName { path: PathBuf },
    #[error("{}: cannot list the content folder: {message}", path.display())]
    Walk { path: PathBuf, message: String },
    #[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
    Several(Vec<ContentError>),
    #[error("{}: the document is {} bytes; peerpress takes documents of up to {MAX_DOCUMENT_BYTES} bytes (about 150,000 words)\n  help: split it into several documents: each becomes its own page and leaflet", path.display(), size)]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}: {problem}\n  help: keep the project's files inside the project folder", path.display())]
    OutsideProject { path: PathBuf, problem: String },
}

/// Loads every `*.md` file in `content/`, sorted by `order` and then by
/// name. Every problem of every file is reported, not only the first.
pub fn load_all(root: &Path) -> Result<Vec<Document>, ContentError> {
    let (mut docs, mut errors) = load_entries(root, Path::new("content"))?;
    errors.extend(targets::check(root, &docs));
    one_or_several(errors)?;
    sort(&mut docs);
    Ok(docs)
}

/// Loads every `*.md` file in `folder` (relative to the root; a partner's
/// `partners/<name>/content`), as [`load_all`] does, checking their links
/// against these documents and the documents `others`.
pub fn load_folder(
    root: &Path,
    folder: &Path,
    others: &BTreeSet<&str>,
) -> Result<Vec<Document>, ContentError> {
    if !root.join(folder).is_dir() {
        return Ok(Vec::new());
    }
    let (mut docs, mut errors) = load_entries(root, folder)?;
    let mut slugs = others.clone();
    slugs.extend(docs.iter().map(|d| d.slug.as_str()));
    errors.extend(targets::check_with(root, &docs, &slugs));
    one_or_several(errors)?;
    sort(&mut docs);
    Ok(docs)
}

/// Every relative link of `docs` must lead to one of the documents `slugs`
/// (a partner that publishes a subset of the documents).
pub fn check_links(
    root: &Path,
    docs: &[Document],
    slugs: &BTreeSet<&str>,
) -> Result<(), ContentError> {
    one_or_several(targets::check_with(root, docs, slugs))
}

/// The order of topic lists: `order`, then name.
pub fn sort(docs: &mut [Document]) {
    docs.sort_by(topic_order);
}

/// `order`, then name: how topic lists sort two documents.
pub fn topic_order(a: &Document, b: &Document) -> std::cmp::Ordering {
    a.front
        .order
        .cmp(&b.front.order)
        .then_with(|| a.slug.cmp(&b.slug))
}

/// The documents of `folder` and the problems found reading them.
fn load_entries(
    root: &Path,
    folder: &Path,
) -> Result<(Vec<Document>, Vec<ContentError>), ContentError> {
    let dir = root.join(folder);
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for entry in walkdir::WalkDir::new(&dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|err| ContentError::Walk {
            path: folder.to_path_buf(),
            message: err.to_string(),
        })?;
        let path = entry.path();
        let display = folder.join(entry.file_name());
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        match load_entry(root, path, &display) {
            Ok(Some((doc, problems))) => {
                docs.push(doc);
                errors.extend(problems);
            }
            Ok(None) => {}
            Err(err) => errors.push(err),
        }
    }
    Ok((docs, errors))
}

/// Loads `content/<file_name>` again after it changed, as [`load_all`]
/// would, checking its links against the documents named `slugs` (`serve`).
/// `Ok(None)` when the file is gone.
pub fn reload_one(
    root: &Path,
    file_name: &str,
    slugs: &BTreeSet<&str>,
) -> Result<Option<Document>, ContentError> {
    let path = root.join("content").join(file_name);
    let display = Path::new("content").join(file_name);
    let Some((doc, mut errors)) = load_entry(root, &path, &display)? else {
        return Ok(None);
    };
    errors.extend(targets::check_with(root, std::slice::from_ref(&doc), slugs));
    one_or_several(errors)?;
    Ok(Some(doc))
}

/// One `*.md` entry of `content/`: `Ok(None)` when it is not a file.
fn load_entry(
    root: &Path,
    path: &Path,
    display: &Path,
) -> Result<Option<(Document, Vec<ContentError>)>, ContentError> {
    if path.is_symlink() {
        if let Some(problem) = crate::diagnostic::leaves_root(root, path) {
            return Err(ContentError::OutsideProject {
                path: display.to_path_buf(),
                problem,
            });
        }
    }
    if !path.is_file() {
        return Ok(None);
    }
    load(path, display).map(Some)
}

fn one_or_several(mut errors: Vec<ContentError>) -> Result<(), ContentError> {
    match errors.len() {
        0 => Ok(()),
        1 => Err(errors.remove(0)),
        _ => Err(ContentError::Several(errors)),
    }
}

/// The largest Markdown file peerpress reads: a health-education page is a
/// few thousand words, and a leaflet of more than this is not a leaflet.
pub const MAX_DOCUMENT_BYTES: u64 = 1 << 20;

/// Loads one content file; `display` is the path used in messages. Besides
/// the document, the mistakes that did not stop reading it.
pub fn load(path: &Path, display: &Path) -> Result<(Document, Vec<ContentError>), ContentError> {
    let slug = display
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| is_valid_slug(s))
        .ok_or_else(|| ContentError::BadName {
            path: display.to_path_buf(),
        })?
        .to_string();
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > MAX_DOCUMENT_BYTES {
        return Err(ContentError::TooLarge {
            path: display.to_path_buf(),
            size,
        });
    }
    let text = read_utf8(path, display)?;
    let (front, body_start) = front_matter::parse(display, &text)?;
    segment::build_document(slug, display.to_path_buf(), front, &text, body_start)
}

fn is_valid_slug(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
