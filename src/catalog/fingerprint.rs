//! Short, stable fingerprints of text: 8 hex digits of SHA-256.
//!
//! They are written into translators' files, so they must never change
//! between versions of peerpress.

use sha2::{Digest, Sha256};

pub fn fingerprint(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(text.as_bytes());
    // Every catalog entry is fingerprinted twice per build: no `format!`
    // per byte.
    let mut out = String::with_capacity(8);
    for b in &digest[..4] {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0xf)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fingerprints_are_the_first_8_hex_digits_of_sha256() {
        // Written into translators' files: these values must never change.
        assert_eq!(super::fingerprint("hello"), "2cf24dba");
        assert_eq!(super::fingerprint(""), "e3b0c442");
        assert_eq!(super::fingerprint("Ελληνικά ✓"), {
            use sha2::Digest;
            let d = sha2::Sha256::digest("Ελληνικά ✓".as_bytes());
            format!("{:02x}{:02x}{:02x}{:02x}", d[0], d[1], d[2], d[3])
        });
    }
}
