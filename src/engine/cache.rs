//! The build cache, `output/.cache/`: for each job fingerprint, the bytes
//! written last time (`<fingerprint>`) and beside them their length and
//! SHA-256 (`<fingerprint>.sum`). Never published; safe to delete.
//!
//! An entry is reused only if its bytes still match its sum, so a corrupt,
//! truncated or foreign entry is re-rendered, never published. Entries are
//! hard-linked into the staging folder (copied where links are not
//! possible) and always replaced by rename, never rewritten in place, so a
//! published file and its cache entry can share storage safely.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::hash::content_hash;

const HEADER: &str = "peerpress-cache 1";
const MANIFEST: &str = "manifest.txt";

pub struct Cache {
    dir: PathBuf,
    used: Mutex<HashSet<String>>,
}

impl Cache {
    /// Opens (creating if needed) the cache folder.
    pub fn open(dir: &Path) -> std::io::Result<Cache> {
        std::fs::create_dir_all(dir)?;
        let tag = dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            std::fs::write(
                &tag,
                "Signature: 8a477f597d28d172789f06886806bc55\n# peerpress build cache: safe to delete.\n",
            )?;
        }
        Ok(Cache {
            dir: dir.to_path_buf(),
            used: Mutex::new(HashSet::new()),
        })
    }

    fn entry(&self, fingerprint: &str) -> PathBuf {
        self.dir.join(fingerprint)
    }

    fn sum(&self, fingerprint: &str) -> PathBuf {
        self.dir.join(format!("{fingerprint}.sum"))
    }

    fn mark(&self, fingerprint: &str) {
        if let Ok(mut used) = self.used.lock() {
            used.insert(fingerprint.to_string());
        }
    }

    /// Puts the cached bytes for `fingerprint` at `target` if there is a
    /// sound entry; returns their length. A bad entry is deleted.
    pub fn reuse(&self, fingerprint: &str, target: &Path) -> Option<u64> {
        let entry = self.entry(fingerprint);
        let sum = std::fs::read_to_string(self.sum(fingerprint)).ok()?;
        let bytes = std::fs::read(&entry).ok()?;
        if sum != sum_text(&bytes) {
            let _ = std::fs::remove_file(&entry);
            let _ = std::fs::remove_file(self.sum(fingerprint));
            return None;
        }
        if link_over(&entry, target).is_err() {
            std::fs::write(target, &bytes).ok()?;
        }
        self.mark(fingerprint);
        Some(bytes.len() as u64)
    }

    /// Writes freshly rendered `bytes` to `target` and records them under
    /// `fingerprint`. Failing to record is not an error (the cache is optional).
    pub fn store(&self, fingerprint: &str, bytes: &[u8], target: &Path) -> std::io::Result<()> {
        // Never written through: `target` may be a hard link to a cache entry.
        if let Err(err) = write_new(target, bytes) {
            if err.kind() != std::io::ErrorKind::AlreadyExists {
                return Err(err);
            }
            std::fs::remove_file(target)?;
            write_new(target, bytes)?;
        }
        let entry = self.entry(fingerprint);
        let tmp = self
            .dir
            .join(format!("{fingerprint}.tmp{}", std::process::id()));
        let linked =
            std::fs::hard_link(target, &tmp).is_ok() || std::fs::write(&tmp, bytes).is_ok();
        if linked && std::fs::rename(&tmp, &entry).is_ok() {
            let sum_tmp = self
                .dir
                .join(format!("{fingerprint}.sum.tmp{}", std::process::id()));
            if std::fs::write(&sum_tmp, sum_text(bytes)).is_ok() {
                let _ = std::fs::rename(&sum_tmp, self.sum(fingerprint));
            }
            self.mark(fingerprint);
        } else {
            let _ = std::fs::remove_file(&tmp);
        }
        Ok(())
    }

    /// Deletes every entry this build did not use; returns how many.
    pub fn retain_used(&self) -> usize {
        let Ok(used) = self.used.lock() else {
            return 0;
        };
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name == "CACHEDIR.TAG" || name == MANIFEST {
                continue;
            }
            let fingerprint = name.strip_suffix(".sum").unwrap_or(&name);
            if !used.contains(fingerprint) && std::fs::remove_file(entry.path()).is_ok() {
                removed += usize::from(!name.ends_with(".sum"));
            }
        }
        removed
    }

    /// The site paths the last successful build published.
    pub fn manifest(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join(MANIFEST))
            .map(|t| t.lines().map(str::to_string).collect())
            .unwrap_or_default()
    }

    pub fn write_manifest(&self, paths: &[&str]) -> std::io::Result<()> {
        let mut text = paths.join("\n");
        text.push('\n');
        std::fs::write(self.dir.join(MANIFEST), text)
    }
}

/// Hard-links `entry` at `target`, replacing a file already there (the
/// staging folder is usually fresh, so the common case is one call).
fn link_over(entry: &Path, target: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(entry, target) {
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(target)?;
            std::fs::hard_link(entry, target)
        }
        other => other,
    }
}

/// Creates `path` with `bytes`; fails if it exists.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(bytes)
}

fn sum_text(bytes: &[u8]) -> String {
    format!("{HEADER}\n{} {}\n", content_hash(bytes), bytes.len())
}
