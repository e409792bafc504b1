//! The print verdict: whether a document × locale may be printed as a
//! leaflet, and why not. Read by the leaflet renderer and the status report.

use super::{LocalizedDocument, State};

/// Whether a document × locale may be printed, and why not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Readiness {
    pub locale: String,
    pub doc: String,
    pub ready: bool,
    pub missing: usize,
    pub stale: usize,
    pub invalid: usize,
}

impl Readiness {
    pub fn of(ld: &LocalizedDocument<'_>) -> Readiness {
        let count = |f: fn(&State) -> bool| ld.segments.iter().filter(|s| f(&s.state)).count();
        let missing = count(|s| matches!(s, State::Missing));
        let stale = count(|s| matches!(s, State::Stale { .. }));
        let invalid = count(|s| matches!(s, State::Invalid { .. }));
        Readiness {
            locale: ld.locale.code.clone(),
            doc: ld.doc.slug.clone(),
            ready: missing + stale + invalid == 0,
            missing,
            stale,
            invalid,
        }
    }

    pub fn reason(&self) -> String {
        let mut parts = Vec::new();
        for (n, what) in [
            (self.missing, "missing"),
            (self.stale, "stale"),
            (self.invalid, "invalid"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        if parts.is_empty() {
            "ready to print".into()
        } else {
            format!("not printed: {} segment(s)", parts.join(", "))
        }
    }
}
