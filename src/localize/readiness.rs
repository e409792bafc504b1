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
    /// Of those, how many are in the "where to get help" block a partner's
    /// leaflets print from its local-services document.
    #[serde(skip_serializing_if = "is_zero")]
    pub in_local_services: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
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
            in_local_services: 0,
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
        } else if self.in_local_services > 0 {
            format!(
                "not printed: {} segment(s), {} of them in the local-services block it prints",
                parts.join(", "),
                self.in_local_services
            )
        } else {
            format!("not printed: {} segment(s)", parts.join(", "))
        }
    }
}
