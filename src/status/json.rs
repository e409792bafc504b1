//! `peerpress status --format json`. The schema is documented in README.md
//! ("Status JSON") and checked by tests/status.rs.

use serde::Serialize;

use super::{FileProblem, MessageStatus, Report, Summary};
use crate::project::CatalogKind;

pub const SCHEMA: &str = "peerpress-status/1";

#[derive(Serialize)]
struct Catalog<'a> {
    name: &'a str,
    kind: CatalogKind,
}

#[derive(Serialize)]
struct Json<'a> {
    schema: &'static str,
    source_locale: &'a str,
    locales: &'a [String],
    catalogs: Vec<Catalog<'a>>,
    summary: Summary,
    messages: &'a [MessageStatus],
    problems: &'a [FileProblem],
    provenance: &'a [super::CatalogProvenance],
    leaflets: &'a [crate::localize::Readiness],
}

pub fn render(report: &Report) -> String {
    let json = Json {
        schema: SCHEMA,
        source_locale: &report.source_locale,
        locales: &report.locales,
        catalogs: report
            .catalogs
            .iter()
            .map(|(name, kind)| Catalog { name, kind: *kind })
            .collect(),
        summary: report.summary(),
        messages: &report.messages,
        problems: &report.problems,
        provenance: &report.provenance,
        leaflets: &report.leaflets,
    };
    let mut out = serde_json::to_string_pretty(&json)
        .unwrap_or_else(|err| format!("{{\"error\": \"{err}\"}}"));
    out.push('\n');
    out
}
