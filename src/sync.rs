//! `peerpress sync`: bring the bookkeeping files up to date with the content.
//!
//! It rewrites the reference catalogs from the Markdown, records a marker
//! beside each translation that has none or that a translator has revised,
//! keeps the history of source texts that markers refer to, and (with
//! `stubs`) lists the English of missing messages as comments. It never
//! writes English into a locale file as a translation, never removes a
//! translator's text, and running it twice changes nothing the second time.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::catalog::fingerprint::fingerprint;
use crate::catalog::history::{self, History};
use crate::catalog::{reference, CatalogError, CatalogFile, Marker};
use crate::project::{catalog_path, LoadError, Project, SourceMessage};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

#[derive(Debug, Default, Clone, Copy)]
pub struct SyncOptions {
    /// Write commented stubs with the English of missing messages into each
    /// existing locale file.
    pub stubs: bool,
}

/// Files `sync` changed, relative to the project root.
#[derive(Debug, Default)]
pub struct SyncSummary {
    pub written: Vec<PathBuf>,
}

pub fn sync(root: &Path, options: SyncOptions) -> Result<SyncSummary, SyncError> {
    let project = Project::load(root)?;
    let mut summary = SyncSummary::default();
    let source = project.config.source_locale.clone();
    let mut put = |display: &Path, text: &str, old: Option<&str>| -> Result<(), CatalogError> {
        if old != Some(text) {
            write(root, display, text)?;
            summary.written.push(display.to_path_buf());
        }
        Ok(())
    };

    for (index, doc) in project.documents.iter().enumerate() {
        let text = reference::write(doc, &project.ids[index]);
        let path = catalog_path(&source, &doc.slug);
        put(&path, &text, project.previous_reference[index].as_deref())?;
    }

    for (name, _) in project.catalog_names() {
        let messages = project.source_messages(&name);
        let mut referenced: BTreeSet<String> =
            messages.iter().map(|m| fingerprint(&m.text)).collect();
        for locale in project.config.locales.iter().filter(|l| l.code != source) {
            let Some(file) = project.catalog(&locale.code, &name) else {
                continue;
            };
            let updated = update_locale_file(file, &messages, options);
            referenced.extend(
                file.entries
                    .iter()
                    .filter_map(|e| e.marker.as_ref().map(|m| m.source.clone())),
            );
            if let Some(text) = updated {
                put(&file.path, &text, Some(&file.text))?;
            }
        }

        let history_path = history::path(&source, &name);
        let old = History::load(root, &history_path);
        let mut new = old.clone();
        for message in &messages {
            new.texts
                .insert(fingerprint(&message.text), message.text.clone());
        }
        if let Some(index) = project.documents.iter().position(|d| d.slug == name) {
            if let Some(previous) = &project.previous_reference[index] {
                for entry in reference::read(previous) {
                    new.texts.insert(fingerprint(&entry.text), entry.text);
                }
            }
        }
        new.texts.retain(|fp, _| referenced.contains(fp));
        if new != old {
            let old_text = std::fs::read_to_string(root.join(&history_path)).ok();
            put(&history_path, &new.to_file_text()?, old_text.as_deref())?;
        }
    }
    Ok(summary)
}

/// The locale file with markers recorded for new or revised translations
/// (and stubs updated, if asked); `None` when nothing changes.
fn update_locale_file(
    file: &CatalogFile,
    messages: &[SourceMessage],
    options: SyncOptions,
) -> Option<String> {
    let mut markers = Vec::new();
    for message in messages {
        let Some(entry) = file.entry(&message.id) else {
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
                    source: fingerprint(&message.text),
                    translation: entry.fingerprint.clone(),
                },
            ));
        }
    }
    let with_markers = file.with_markers(&markers);
    if !options.stubs {
        return with_markers;
    }
    let text = with_markers.as_deref().unwrap_or(&file.text);
    let stubbed = stubs::update(text, file, messages);
    match (stubbed, with_markers) {
        (Some(s), _) => Some(s),
        (None, m) => m,
    }
}

mod stubs {
    //! Commented stubs for missing messages, at the end of a locale file:
    //!
    //! ```text
    //! ## peerpress: untranslated (the English, for reference; write your text without the "# ")
    //! # prep-how-it-works-1 = You take one pill every day.
    //! ```
    //!
    //! A stub is a comment, never a translation; `sync --stubs` rewrites the
    //! block each time, so stubs of messages translated since disappear.

    use crate::catalog::locale::MARKER_PREFIX;
    use crate::catalog::{ftl, CatalogFile};
    use crate::project::SourceMessage;

    const HEADER: &str = "## peerpress: untranslated (the English, for reference; write your text without the \"# \")";

    pub fn update(text: &str, file: &CatalogFile, messages: &[SourceMessage]) -> Option<String> {
        // Drop the previous stub block's comments, but never a line a
        // translator wrote there (a translation, or its marker).
        let mut kept = String::with_capacity(text.len());
        let mut in_block = false;
        for line in text.lines() {
            if line == HEADER {
                in_block = true;
                continue;
            }
            let stub = in_block
                && (line == "#" || line.starts_with("# "))
                && !line.starts_with(MARKER_PREFIX);
            if !stub {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        let mut out = kept.trim_end().to_string();
        let missing: Vec<&SourceMessage> = messages
            .iter()
            .filter(|m| file.entry(&m.id).is_none())
            .collect();
        if !missing.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(HEADER);
            out.push('\n');
            for message in missing {
                for line in ftl::message(&message.id, &message.text).lines() {
                    out.push_str("# ");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        } else {
            out.push('\n');
        }
        (out != text).then_some(out)
    }
}

/// Writes through a temporary file and a rename, so a crash never leaves half a file.
fn write(root: &Path, display: &Path, text: &str) -> Result<(), CatalogError> {
    let path = root.join(display);
    let err = |source| CatalogError::Write {
        path: display.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text).map_err(err)?;
    std::fs::rename(&tmp, &path).map_err(err)
}
