//! `status --minor-since DATE`: translations carried over to changed English
//! (`sync --minor` / `--confirm`) on or after a date, with both texts, so a
//! reviewer can check that each change really was only one of form.

use serde::Serialize;

use super::{word_diff, Change};
use crate::catalog::history::History;
use crate::project::Project;
use crate::sync::{MinorEdit, MinorLog};

#[derive(Debug, Serialize)]
pub struct CarriedOver {
    #[serde(flatten)]
    pub edit: MinorEdit,
    pub old_english: Option<String>,
    pub english: Option<String>,
    pub change: Option<Vec<Change>>,
}

/// Every carry-over logged on or after `since` (YYYY-MM-DD), oldest first.
pub fn since(
    project: &Project,
    since: &str,
) -> Result<Vec<CarriedOver>, crate::catalog::CatalogError> {
    let source = &project.config.source_locale;
    let log = MinorLog::load(&project.config.root, &crate::sync::log_path(source))?;
    Ok(log
        .edits
        .into_iter()
        .filter(|e| e.date.as_str() >= since)
        .map(|edit| {
            let history = History::load(&project.config.root, &project.history_file(&edit.catalog));
            let old_english = history.texts.get(&edit.old).cloned();
            let english = history.texts.get(&edit.new).cloned();
            let change = match (&old_english, &english) {
                (Some(old), Some(new)) => Some(word_diff(old, new)),
                _ => None,
            };
            CarriedOver {
                edit,
                old_english,
                english,
                change,
            }
        })
        .collect())
}
