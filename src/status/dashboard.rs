//! The data of the HTML dashboard (`output/site/status/index.html`): a
//! locale × catalog matrix, then per locale the messages that need work.
//! The theme's `status.html` template lays it out.

use serde::Serialize;

use super::{Counts, MessageState, Report};
use crate::html::escape_html;

#[derive(Serialize)]
pub struct Dashboard {
    pub catalogs: Vec<String>,
    pub rows: Vec<Row>,
    pub total: Counts,
    pub sections: Vec<Section>,
}

#[derive(Serialize)]
pub struct Row {
    pub locale: String,
    pub cells: Vec<Counts>,
    pub all: Counts,
}

#[derive(Serialize)]
pub struct Section {
    pub locale: String,
    pub items: Vec<Item>,
}

#[derive(Serialize)]
pub struct Item {
    pub state: &'static str,
    pub location: String,
    pub id: String,
    pub english: String,
    /// Escaped HTML with `<del>`/`<ins>` marking the change (stale only).
    pub change_html: Option<String>,
    pub old_english: Option<String>,
    pub reason: Option<String>,
}

pub fn dashboard(report: &Report) -> Dashboard {
    let summary = report.summary();
    let catalogs: Vec<String> = report.catalogs.iter().map(|(c, _)| c.clone()).collect();
    let rows = report
        .locales
        .iter()
        .map(|locale| Row {
            locale: locale.clone(),
            cells: catalogs
                .iter()
                .map(|c| {
                    summary
                        .matrix
                        .get(locale)
                        .and_then(|m| m.get(c))
                        .cloned()
                        .unwrap_or_default()
                })
                .collect(),
            all: summary
                .by_locale
                .get(locale)
                .map(|r| r.all.clone())
                .unwrap_or_default(),
        })
        .collect();
    let sections = report
        .locales
        .iter()
        .map(|locale| Section {
            locale: locale.clone(),
            items: report
                .messages
                .iter()
                .filter(|m| &m.locale == locale && m.state != MessageState::Fresh)
                .map(|m| Item {
                    state: m.state.name(),
                    location: m.location(),
                    id: m.id.clone(),
                    english: m.english.clone().unwrap_or_default(),
                    change_html: m.change.as_ref().map(|change| {
                        change
                            .iter()
                            .map(|c| match c.op {
                                "delete" => format!("<del>{}</del>", escape_html(&c.text)),
                                "insert" => format!("<ins>{}</ins>", escape_html(&c.text)),
                                _ => escape_html(&c.text),
                            })
                            .collect()
                    }),
                    old_english: m.old_english.clone(),
                    reason: m.reason.clone(),
                })
                .collect(),
        })
        .collect();
    Dashboard {
        catalogs,
        rows,
        total: summary.total.all,
        sections,
    }
}
