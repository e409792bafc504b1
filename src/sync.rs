//! `peerpress sync`: bring the bookkeeping files up to date with the content.
//!
//! It rewrites the reference catalogs from the Markdown, and records a marker
//! beside each translation that has none or that a translator has revised.
//! It never writes English into a locale file, never removes a translator's
//! text, and running it twice changes nothing the second time.

use std::path::{Path, PathBuf};

use crate::catalog::fingerprint::fingerprint;
use crate::catalog::{reference, CatalogError, Marker};
use crate::project::{catalog_path, LoadError, Project};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

/// Files `sync` changed, relative to the project root.
#[derive(Debug, Default)]
pub struct SyncSummary {
    pub written: Vec<PathBuf>,
}

pub fn sync(root: &Path) -> Result<SyncSummary, SyncError> {
    let project = Project::load(root)?;
    let mut summary = SyncSummary::default();
    let source = project.config.source_locale.clone();

    for (index, doc) in project.documents.iter().enumerate() {
        let ids = &project.ids[index];
        let text = reference::write(doc, ids);
        if project.previous_reference[index].as_deref() != Some(text.as_str()) {
            write(root, &catalog_path(&source, &doc.slug), &text)?;
            summary.written.push(catalog_path(&source, &doc.slug));
        }

        for locale in project.config.locales.iter().filter(|l| l.code != source) {
            let Some(file) = project.catalog(&locale.code, &doc.slug) else {
                continue;
            };
            let mut markers = Vec::new();
            for (segment, id) in doc.segments.iter().zip(ids) {
                let Some(entry) = file.message(id) else {
                    continue;
                };
                if entry.syntax_error.is_some() {
                    continue;
                }
                let revised = entry
                    .marker
                    .as_ref()
                    .is_none_or(|m| m.translation != entry.fingerprint);
                if revised {
                    markers.push((
                        entry,
                        Marker {
                            source: fingerprint(&segment.text),
                            translation: entry.fingerprint.clone(),
                        },
                    ));
                }
            }
            if let Some(text) = file.with_markers(&markers) {
                write(root, &file.path, &text)?;
                summary.written.push(file.path.clone());
            }
        }
    }
    Ok(summary)
}

/// Writes through a temporary file and a rename, so a crash never leaves half a catalog.
fn write(root: &Path, display: &Path, text: &str) -> Result<(), CatalogError> {
    let path = root.join(display);
    let err = |source| CatalogError::Write {
        path: display.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    let tmp = path.with_extension("ftl.tmp");
    std::fs::write(&tmp, text).map_err(err)?;
    std::fs::rename(&tmp, &path).map_err(err)
}
