//! A zip whose bytes depend only on its entries and a date: entries in the
//! order given, each stamped with the same day at midnight, mode 0644, made
//! on "Unix", no extra fields. Written to a temporary name beside the target
//! and renamed over it only once complete.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

pub struct Entry {
    /// `/`-separated path inside the zip.
    pub path: String,
    pub source: Source,
}

pub enum Source {
    File(PathBuf),
    Bytes(Vec<u8>),
}

#[derive(Debug)]
pub enum ArchiveError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Write(String),
}

/// Writes `entries` to `target` stamped with `date` (`YYYY-MM-DD`); returns
/// the zip's size.
pub fn write(entries: &[Entry], target: &Path, date: &str) -> Result<u64, ArchiveError> {
    let stamp = stamp(date);
    let tmp = target.with_extension(format!("zip.tmp{}", std::process::id()));
    let result = write_to(entries, &tmp, stamp).and_then(|()| {
        std::fs::rename(&tmp, target).map_err(|e| ArchiveError::Write(e.to_string()))?;
        std::fs::metadata(target)
            .map(|m| m.len())
            .map_err(|e| ArchiveError::Write(e.to_string()))
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn write_to(entries: &[Entry], tmp: &Path, stamp: DateTime) -> Result<(), ArchiveError> {
    let write_err = |e: &dyn std::fmt::Display| ArchiveError::Write(e.to_string());
    let file = std::fs::File::create(tmp).map_err(|e| write_err(&e))?;
    let mut zip = ZipWriter::new(std::io::BufWriter::new(file));
    for entry in entries {
        let options = SimpleFileOptions::default()
            .compression_method(method(&entry.path))
            .last_modified_time(stamp)
            .system(System::Unix)
            .unix_permissions(0o644);
        zip.start_file(entry.path.as_str(), options)
            .map_err(|e| write_err(&e))?;
        match &entry.source {
            Source::Bytes(bytes) => zip.write_all(bytes).map_err(|e| write_err(&e))?,
            Source::File(path) => {
                let mut file = std::fs::File::open(path).map_err(|source| ArchiveError::Read {
                    path: path.clone(),
                    source,
                })?;
                std::io::copy(&mut file, &mut zip).map_err(|source| ArchiveError::Read {
                    path: path.clone(),
                    source,
                })?;
            }
        }
    }
    let mut out = zip.finish().map_err(|e| write_err(&e))?;
    out.flush().map_err(|e| write_err(&e))?;
    out.get_ref().sync_all().map_err(|e| write_err(&e))
}

/// PDFs and images are compressed already: stored as they are.
fn method(path: &str) -> CompressionMethod {
    let stored = [".pdf", ".png", ".jpg", ".jpeg", ".webp", ".gif"];
    if stored.iter().any(|ext| path.ends_with(ext)) {
        CompressionMethod::Stored
    } else {
        CompressionMethod::Deflated
    }
}

/// Midnight of `date`; the zip epoch (1980-01-01) if it cannot be read.
fn stamp(date: &str) -> DateTime {
    let mut parts = date.split('-').map(|p| p.parse::<u16>().unwrap_or(0));
    let (y, m, d) = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    u8::try_from(m)
        .ok()
        .zip(u8::try_from(d).ok())
        .and_then(|(m, d)| DateTime::from_date_and_time(y, m, d, 0, 0, 0).ok())
        .unwrap_or_default()
}
