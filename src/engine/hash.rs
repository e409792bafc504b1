//! Job fingerprints: SHA-256 over a job's inputs, fed field by field with
//! separators so that two different input lists never hash alike.

use sha2::{Digest, Sha256};

/// Incremental fingerprint of a job's inputs.
#[derive(Clone, Default)]
pub struct Hasher(Sha256);

impl Hasher {
    pub fn new(kind: &str) -> Hasher {
        let mut h = Hasher(Sha256::new());
        h.add(kind);
        h.add(env!("CARGO_PKG_VERSION"));
        h.add(program_identity());
        h
    }

    /// Adds one field (length-prefixed, so fields cannot run into each other).
    pub fn add(&mut self, field: impl AsRef<[u8]>) -> &mut Hasher {
        let bytes = field.as_ref();
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// 32 hex digits (128 bits).
    pub fn finish(&self) -> String {
        hex(&self.0.clone().finalize()[..16])
    }
}

/// Which peerpress binary renders: its size and modification time. The
/// version number alone is not enough: an organisation that updates
/// peerpress from its repository keeps `0.1.0`, and must not get last
/// build's leaflets, typeset by the old code, back from the cache.
fn program_identity() -> &'static str {
    static IDENTITY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    IDENTITY.get_or_init(|| {
        std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| {
                let modified = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("{}:{modified}", m.len())
            })
            .unwrap_or_default()
    })
}

/// The SHA-256 of some bytes, as 64 hex digits (cache entries are checked against it).
pub fn content_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
