//! Bringing the in-memory [`Project`] up to date with the files that changed,
//! without loading it again: a one-paragraph edit re-reads one Markdown or
//! Fluent file, not the thousands a large project has.
//!
//! A patch ends in the same project that [`Project::load`] would give for
//! the files on disk, with one deliberate exception: a changed file that
//! cannot be used (a content error, a Fluent syntax error) is *held back*.
//! The project keeps the last good version of that file, so the preview
//! keeps the last good pages, and the file is read again with the next
//! batch until it is fixed. Changes the patch cannot express (site.toml, a
//! document added, removed or moved in the order) ask for a full load.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use crate::catalog::{CatalogError, CatalogFile};
use crate::config::CONFIG_FILE;
use crate::content::Document;
use crate::project::{catalog_path, document_ids, Project, TERMS_CATALOG, UI_CATALOG};

/// What one changed file (relative to the project root) means for the preview.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// `site.toml`, or a file the patch cannot express: load everything again.
    Everything,
    /// A file of the theme (templates, CSS, fonts, theme.toml): read by the
    /// renderers themselves, so only what was rendered is out of date.
    Theme,
    /// `content/<file>`, an existing document.
    Document(String),
    /// `translations/<locale>/<name>.ftl` or its records file.
    Catalog { locale: String, name: String },
    /// The history of old English (`translations/<source>/.history/`): only
    /// the dashboard reads it.
    History,
}

/// What a changed path means; `None` for files peerpress never reads
/// (editor swap and backup files, files of unknown locales or documents).
pub fn classify(project: &Project, rel: &Path) -> Option<Change> {
    let parts: Vec<&str> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let file = *parts.last()?;
    if is_editor_scratch(file) {
        return None;
    }
    match parts.as_slice() {
        [name] if *name == CONFIG_FILE => Some(Change::Everything),
        ["themes", ..] => Some(Change::Theme),
        // The folder itself (created, removed, renamed).
        ["content"] | ["translations"] | ["translations", _] => Some(Change::Everything),
        ["content", name] => {
            let Some(slug) = name.strip_suffix(".md") else {
                // An image beside the documents: which links lead somewhere may change.
                return Some(Change::Everything);
            };
            if project.documents.iter().any(|d| d.slug == slug) {
                Some(Change::Document(name.to_string()))
            } else if rel_exists(project, rel) {
                Some(Change::Everything) // a new document
            } else {
                None
            }
        }
        ["content", ..] => Some(Change::Everything),
        ["translations", locale, name] => catalog(project, locale, name.strip_suffix(".ftl")?),
        ["translations", locale, ".peerpress", name] => {
            catalog(project, locale, name.strip_suffix(".toml")?)
        }
        ["translations", locale, ".history", ..] if *locale == project.config.source_locale => {
            Some(Change::History)
        }
        _ => None,
    }
}

fn rel_exists(project: &Project, rel: &Path) -> bool {
    project.config.root.join(rel).exists()
}

fn catalog(project: &Project, locale: &str, name: &str) -> Option<Change> {
    project.config.locale(locale)?;
    let known = name == UI_CATALOG
        || name == TERMS_CATALOG
        || project.documents.iter().any(|d| d.slug == name);
    known.then(|| Change::Catalog {
        locale: locale.to_string(),
        name: name.to_string(),
    })
}

/// Vim's, Emacs's and other editors' temporary files, which come and go
/// around every save.
fn is_editor_scratch(name: &str) -> bool {
    name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || [".swp", ".swo", ".swx", ".tmp", ".part", ".crdownload"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
        || name.contains("___jb_")
        || name == "4913"
}

/// The result of [`patch`].
#[derive(Debug, Default)]
pub struct Patched {
    /// Something the renderers read changed (so every output must be checked).
    pub changed: bool,
    /// `ui.ftl` or `terms.ftl` changed: UI strings must be built again.
    pub ui_changed: bool,
    /// Files held back: read again with the next batch.
    pub held: Vec<PathBuf>,
    /// Why, as the CLI says it.
    pub errors: Vec<String>,
}

/// Needs a full load: the change cannot be patched in.
#[derive(Debug)]
pub struct NeedsFullLoad;

/// Re-reads the files behind `changes` and swaps them into `project`.
pub fn patch(
    project: &mut Project,
    changes: &BTreeMap<Change, Vec<PathBuf>>,
) -> Result<Patched, NeedsFullLoad> {
    if changes.contains_key(&Change::Everything) {
        return Err(NeedsFullLoad);
    }
    let root = project.config.root.clone();
    let mut patched = Patched {
        changed: changes.contains_key(&Change::Theme) || changes.contains_key(&Change::History),
        ..Patched::default()
    };

    // 1. Read every changed file, changing nothing yet.
    let slugs: BTreeSet<&str> = project.documents.iter().map(|d| d.slug.as_str()).collect();
    let mut documents: Vec<(usize, Document)> = Vec::new();
    let mut catalogs: Vec<((String, String), Option<CatalogFile>)> = Vec::new();
    for (change, paths) in changes {
        match change {
            Change::Document(file) => {
                match crate::content::reload_one(&root, file, &slugs) {
                    Ok(Some(doc)) => {
                        let index = project
                            .documents
                            .iter()
                            .position(|d| d.slug == doc.slug)
                            .ok_or(NeedsFullLoad)?;
                        if project.documents[index].front.order != doc.front.order {
                            return Err(NeedsFullLoad); // the document list is re-sorted
                        }
                        documents.push((index, doc));
                    }
                    Ok(None) => return Err(NeedsFullLoad), // removed
                    Err(err) => hold(&mut patched, paths, err.to_string()),
                }
            }
            Change::Catalog { locale, name } => {
                let display = catalog_path(locale, name);
                match CatalogFile::load(&root, &display) {
                    Ok(Some(file)) if !file.syntax_errors.is_empty() => {
                        let message = file
                            .syntax_errors
                            .iter()
                            .map(|e| CatalogError::Syntax(e.clone()).to_string())
                            .collect::<Vec<_>>()
                            .join("\n");
                        hold(&mut patched, paths, message);
                    }
                    Ok(file) => catalogs.push(((locale.clone(), name.clone()), file)),
                    Err(err) => hold(&mut patched, paths, err.to_string()),
                }
            }
            Change::Everything | Change::Theme | Change::History => {}
        }
    }
    drop(slugs);

    // 2. Swap them in, keeping the old ones in case the ids cannot be derived.
    let touched: BTreeSet<String> = documents
        .iter()
        .map(|(_, d)| d.slug.clone())
        .chain(catalogs.iter().map(|((_, name), _)| name.clone()))
        .filter(|name| project.documents.iter().any(|d| &d.slug == name))
        .collect();
    patched.ui_changed = catalogs
        .iter()
        .any(|((_, name), _)| name == UI_CATALOG || name == TERMS_CATALOG);
    let mut old_documents = Vec::new();
    for (index, doc) in documents {
        old_documents.push((index, std::mem::replace(&mut project.documents[index], doc)));
    }
    let mut old_catalogs = Vec::new();
    for (key, file) in catalogs {
        let old = match file {
            Some(file) => project.catalogs.insert(key.clone(), file),
            None => project.catalogs.remove(&key),
        };
        old_catalogs.push((key, old));
    }

    // 3. Ids and reference texts of every document whose files changed.
    let mut refs = Vec::new();
    for slug in &touched {
        let Some(index) = project.documents.iter().position(|d| &d.slug == slug) else {
            continue;
        };
        let doc = &project.documents[index];
        match document_ids(&root, &project.config, &project.catalogs, doc) {
            Ok(r) => refs.push((index, r)),
            Err(err) => {
                // Undo: the project stays as it was, every file of this batch waits.
                for (index, doc) in old_documents {
                    project.documents[index] = doc;
                }
                for (key, old) in old_catalogs {
                    match old {
                        Some(file) => project.catalogs.insert(key, file),
                        None => project.catalogs.remove(&key),
                    };
                }
                let all: Vec<PathBuf> = changes.values().flatten().cloned().collect();
                hold(&mut patched, &all, err.to_string());
                patched.changed = false;
                patched.ui_changed = false;
                return Ok(patched);
            }
        }
    }
    for (index, r) in refs {
        let slug = project.documents[index].slug.clone();
        project.ids[index] = r.ids;
        project.previous_reference[index] = r.previous_text;
        project.reference_texts.insert(slug, r.reference_texts);
    }
    patched.changed |= !old_documents.is_empty() || !old_catalogs.is_empty();
    Ok(patched)
}

fn hold(patched: &mut Patched, paths: &[PathBuf], message: String) {
    patched.held.extend(paths.iter().cloned());
    patched.errors.push(message);
}

/// Groups changed paths by what they mean; unknown files are dropped.
pub fn group(project: &Project, paths: &BTreeSet<PathBuf>) -> BTreeMap<Change, Vec<PathBuf>> {
    let mut changes: BTreeMap<Change, Vec<PathBuf>> = BTreeMap::new();
    for path in paths {
        if let Some(change) = classify(project, path) {
            changes.entry(change).or_default().push(path.clone());
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_files_of_editors_are_ignored() {
        for name in [
            "prep.ftl~",
            ".prep.ftl.swp",
            ".#prep.md",
            "#prep.md#",
            "4913",
        ] {
            assert!(is_editor_scratch(name), "{name}");
        }
        for name in ["prep.ftl", "prep.md", "style.css", "ui.ftl"] {
            assert!(!is_editor_scratch(name), "{name}");
        }
    }
}
