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
/// File name stems of the per-site lists (never cache entries: those are
/// hexadecimal fingerprints).
const MANIFEST: &str = "manifest";
const USED: &str = "used";

pub struct Cache {
    dir: PathBuf,
    /// The site this build publishes (`None`: the main site; a partner's
    /// name): each site has its own manifest and list of used entries, so
    /// that sites sharing the cache never evict each other's entries.
    site: Option<String>,
    used: Mutex<HashSet<String>>,
}

impl Cache {
    /// Opens (creating if needed) the cache folder.
    pub fn open(dir: &Path) -> std::io::Result<Cache> {
        Cache::open_for(dir, None)
    }

    /// Opens the cache for the build of one site (`None`: the main site).
    pub fn open_for(dir: &Path, site: Option<&str>) -> std::io::Result<Cache> {
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
            site: site.map(str::to_string),
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

    /// The file listing this site's used entries (`used.txt`, `used-<site>.txt`).
    fn used_list(&self) -> PathBuf {
        match &self.site {
            None => self.dir.join(format!("{USED}.txt")),
            Some(site) => self.dir.join(format!("{USED}-{site}.txt")),
        }
    }

    /// Deletes every entry that neither this build nor the last build of
    /// another site sharing the cache used; returns how many.
    pub fn retain_used(&self) -> usize {
        let Ok(mut used) = self.used.lock().map(|u| u.clone()) else {
            return 0;
        };
        let mut list: Vec<&str> = used.iter().map(String::as_str).collect();
        list.sort_unstable();
        let _ = std::fs::write(self.used_list(), list.join("\n"));
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        let entries: Vec<_> = entries.flatten().collect();
        for entry in &entries {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(USED) && entry.path() != self.used_list() {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    used.extend(text.lines().map(str::to_string));
                }
            }
        }
        let mut removed = 0;
        for entry in entries {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name == "CACHEDIR.TAG" || name.starts_with(MANIFEST) || name.starts_with(USED) {
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
        std::fs::read_to_string(self.manifest_file())
            .map(|t| t.lines().map(str::to_string).collect())
            .unwrap_or_default()
    }

    pub fn write_manifest(&self, paths: &[&str]) -> std::io::Result<()> {
        let mut text = paths.join("\n");
        text.push('\n');
        std::fs::write(self.manifest_file(), text)
    }

    fn manifest_file(&self) -> PathBuf {
        match &self.site {
            None => self.dir.join(format!("{MANIFEST}.txt")),
            Some(site) => self.dir.join(format!("{MANIFEST}-{site}.txt")),
        }
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
