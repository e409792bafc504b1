//! Watching the project's files: `site.toml`, `content/`, `translations/`
//! and `themes/`, with the `notify` crate, in batches.
//!
//! An editor's save is a burst of events: some write in place, others write
//! a temporary file and rename it over the old one, and some rename the old
//! file away first (so it is briefly missing). A batch closes after [`QUIET`]
//! without events, so a save is seen once and whole; the preview then reads
//! the files as they are on disk, whatever the events were.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{RecursiveMode, Watcher as _};

/// A batch ends after this long without events. Editors finish a save
/// within a few milliseconds; this is well above that and well below what a
/// person notices.
pub const QUIET: Duration = Duration::from_millis(30);

/// A batch never waits longer than this (a `git checkout` of many files).
const LONGEST: Duration = Duration::from_secs(1);

/// The folders watched, besides `site.toml`.
pub const FOLDERS: [&str; 3] = ["content", "translations", "themes"];

/// Watches `root` (absolute) and calls `on_batch` on a thread of its own with
/// each batch of changed paths, relative to `root`. Watching stops when the
/// process ends.
pub fn spawn(
    root: &Path,
    mut on_batch: impl FnMut(BTreeSet<PathBuf>) + Send + 'static,
) -> Result<(), notify::Error> {
    let (tx, rx) = channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    // The root itself, not recursively: site.toml, and the folders appearing.
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    for folder in FOLDERS {
        let dir = root.join(folder);
        if dir.is_dir() {
            watcher.watch(&dir, RecursiveMode::Recursive)?;
        }
    }
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        let relevant = |event: notify::Result<notify::Event>| -> Vec<PathBuf> {
            match event {
                Ok(event) if counts(&event.kind) => event
                    .paths
                    .iter()
                    .filter_map(|p| p.strip_prefix(&root).ok())
                    .filter(|p| is_watched(p))
                    .map(Path::to_path_buf)
                    .collect(),
                _ => Vec::new(),
            }
        };
        while let Ok(first) = rx.recv() {
            let mut batch: BTreeSet<PathBuf> = relevant(first).into_iter().collect();
            if batch.is_empty() {
                continue;
            }
            let started = Instant::now();
            loop {
                match rx.recv_timeout(QUIET) {
                    Ok(event) => batch.extend(relevant(event)),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
                if started.elapsed() > LONGEST {
                    break;
                }
            }
            // A watched folder that was created (or re-created) is watched anew.
            for folder in FOLDERS {
                if batch.contains(Path::new(folder)) && root.join(folder).is_dir() {
                    let _ = watcher.watch(&root.join(folder), RecursiveMode::Recursive);
                }
            }
            on_batch(batch);
        }
    });
    Ok(())
}

/// Events that may mean new content: not opening or reading a file (which
/// the preview itself does all the time).
fn counts(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

fn is_watched(rel: &Path) -> bool {
    let mut parts = rel.components();
    match parts.next() {
        Some(first) => {
            let first = first.as_os_str();
            first == crate::config::CONFIG_FILE || FOLDERS.iter().any(|f| first == *f)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_project_files_are_watched() {
        for yes in [
            "site.toml",
            "content/prep.md",
            "translations/fr/ui.ftl",
            "themes",
        ] {
            assert!(is_watched(Path::new(yes)), "{yes}");
        }
        for no in ["output/.serve/site/index.html", "README.md", "target/x", ""] {
            assert!(!is_watched(Path::new(no)), "{no}");
        }
    }
}
