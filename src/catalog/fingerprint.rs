//! Short, stable fingerprints of text: 8 hex digits of SHA-256.
//!
//! They are written into translators' files, so they must never change
//! between versions of peerpress.

use sha2::{Digest, Sha256};

pub fn fingerprint(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}
