//! The build cache, `output/.cache/`: for each job fingerprint, the bytes
//! written last time, in a file named `<fingerprint>.<sha256>.<length>` of
//! those bytes. Never published; safe to delete.
//!
//! The checksum lives in the name rather than in a second file beside the
//! entry: on a clean build of thousands of pages, creating one extra file
//! per page was a third of the build's time in the kernel. An entry is
//! reused only if its bytes still match its name, so a corrupt, truncated or
//! foreign entry is re-rendered, never published. Entries are hard-linked
//! into the staging folder (copied where links are not possible) and always
//! replaced by rename, never rewritten in place, so a published file and
//! its cache entry can share storage safely.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::hash::content_hash;

const TAG: &str = "CACHEDIR.TAG";
/// File name stems of the per-site lists (never cache entries: those are
/// `<fingerprint>.<sha256>.<length>`).
const MANIFEST: &str = "manifest";
const USED: &str = "used";

/// What an entry's name says about its bytes.
#[derive(Clone, PartialEq, Eq)]
struct Sum {
    sha256: String,
    len: u64,
}

impl Sum {
    fn of(bytes: &[u8]) -> Sum {
        Sum {
            sha256: content_hash(bytes),
            len: bytes.len() as u64,
        }
    }
}

pub struct Cache {
    dir: PathBuf,
    /// Fingerprint → the sum in its entry's name, read from the folder once.
    entries: Mutex<HashMap<String, Sum>>,
    /// The site this build publishes (`None`: the main site; a partner's
    /// name): each site has its own manifest and list of used entries, so
    /// that sites sharing the cache never evict each other's entries.
    site: Option<String>,
    used: Mutex<HashSet<String>>,
}

impl Cache {
    /// Opens (creating if needed) the cache folder and lists its entries.
    pub fn open(dir: &Path) -> std::io::Result<Cache> {
        Cache::open_for(dir, None)
    }

    /// Opens the cache for the build of one site (`None`: the main site).
    pub fn open_for(dir: &Path, site: Option<&str>) -> std::io::Result<Cache> {
        std::fs::create_dir_all(dir)?;
        let tag = dir.join(TAG);
        if !tag.exists() {
            std::fs::write(
                &tag,
                "Signature: 8a477f597d28d172789f06886806bc55\n# peerpress build cache: safe to delete.\n",
            )?;
        }
        let mut entries = HashMap::new();
        for entry in std::fs::read_dir(dir)?.flatten() {
            let name = entry.file_name();
            if let Some((fingerprint, sum)) = name.to_str().and_then(parse_name) {
                entries.insert(fingerprint.to_string(), sum);
            }
        }
        Ok(Cache {
            dir: dir.to_path_buf(),
            entries: Mutex::new(entries),
            site: site.map(str::to_string),
            used: Mutex::new(HashSet::new()),
        })
    }

    fn entry(&self, fingerprint: &str, sum: &Sum) -> PathBuf {
        self.dir
            .join(format!("{fingerprint}.{}.{}", sum.sha256, sum.len))
    }

    fn known(&self, fingerprint: &str) -> Option<Sum> {
        self.entries.lock().ok()?.get(fingerprint).cloned()
    }

    fn forget(&self, fingerprint: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(fingerprint);
        }
    }

    fn mark(&self, fingerprint: &str, sum: Sum) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.insert(fingerprint.to_string(), sum);
        }
        if let Ok(mut used) = self.used.lock() {
            used.insert(fingerprint.to_string());
        }
    }

    /// Puts the cached bytes for `fingerprint` at `target` if there is a
    /// sound entry; returns their length. A bad entry is deleted.
    pub fn reuse(&self, fingerprint: &str, target: &Path) -> Option<u64> {
        let sum = self.known(fingerprint)?;
        let entry = self.entry(fingerprint, &sum);
        let sound = std::fs::read(&entry)
            .ok()
            .filter(|bytes| Sum::of(bytes) == sum);
        let Some(bytes) = sound else {
            let _ = std::fs::remove_file(&entry);
            self.forget(fingerprint);
            return None;
        };
        if link_over(&entry, target).is_err() {
            std::fs::write(target, &bytes).ok()?;
        }
        self.mark(fingerprint, sum);
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
        let sum = Sum::of(bytes);
        if let Some(old) = self.known(fingerprint).filter(|old| *old != sum) {
            let _ = std::fs::remove_file(self.entry(fingerprint, &old));
        }
        let entry = self.entry(fingerprint, &sum);
        let tmp = self
            .dir
            .join(format!("{fingerprint}.tmp{}", std::process::id()));
        let linked =
            std::fs::hard_link(target, &tmp).is_ok() || std::fs::write(&tmp, bytes).is_ok();
        if linked && std::fs::rename(&tmp, &entry).is_ok() {
            self.mark(fingerprint, sum);
        } else {
            let _ = std::fs::remove_file(&tmp);
        }
        Ok(())
    }

    /// The file listing this site's used entries (`used.txt`, `used-<site>.txt`).
    fn used_list(&self) -> PathBuf {
        self.site_file(USED)
    }

    fn manifest_file(&self) -> PathBuf {
        self.site_file(MANIFEST)
    }

    fn site_file(&self, stem: &str) -> PathBuf {
        match &self.site {
            None => self.dir.join(format!("{stem}.txt")),
            Some(site) => self.dir.join(format!("{stem}-{site}.txt")),
        }
    }

    /// Deletes every entry that neither this build nor the last build of
    /// another site sharing the cache used (and anything else that is not an
    /// entry: leftovers of a killed build, older cache layouts); returns how
    /// many files.
    pub fn retain_used(&self) -> usize {
        let Ok(mut used) = self.used.lock().map(|u| u.clone()) else {
            return 0;
        };
        let mut list: Vec<&str> = used.iter().map(String::as_str).collect();
        list.sort_unstable();
        let _ = std::fs::write(self.used_list(), list.join("\n"));
        let Ok(listing) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        let listing: Vec<_> = listing.flatten().collect();
        for entry in &listing {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with(USED) && entry.path() != self.used_list() {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    used.extend(text.lines().map(str::to_string));
                }
            }
        }
        let mut removed = 0;
        for entry in listing {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name == TAG || name.starts_with(MANIFEST) || name.starts_with(USED) {
                continue;
            }
            let keep = parse_name(&name).is_some_and(|(fingerprint, _)| used.contains(fingerprint));
            if !keep && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
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

/// `<fingerprint>.<sha256>.<length>` → its parts; `None` for anything else.
fn parse_name(name: &str) -> Option<(&str, Sum)> {
    let mut parts = name.split('.');
    let (fingerprint, sha256, len) = (parts.next()?, parts.next()?, parts.next()?);
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_hexdigit());
    let word = !fingerprint.is_empty()
        && fingerprint
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if parts.next().is_some() || !word || !hex(sha256, 64) {
        return None;
    }
    let sum = Sum {
        sha256: sha256.to_string(),
        len: len.parse().ok()?,
    };
    Some((fingerprint, sum))
}
