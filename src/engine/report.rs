//! What a build did, job by job: the terminal summary and the JSON report
//! (`build --report-json FILE`).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Rendered from its inputs.
    Rendered,
    /// The inputs were unchanged: last build's bytes were reused.
    Reused,
}

#[derive(Debug, Clone, Serialize)]
pub struct JobRecord {
    pub kind: &'static str,
    pub path: String,
    pub outcome: Outcome,
    pub fingerprint: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BuildReport {
    pub rendered: usize,
    pub reused: usize,
    /// Files of the previous build that this one no longer makes.
    pub removed: Vec<String>,
    pub seconds: f64,
    pub jobs: Vec<JobRecord>,
}

impl BuildReport {
    pub fn new(jobs: Vec<JobRecord>, removed: Vec<String>, seconds: f64) -> BuildReport {
        let rendered = jobs
            .iter()
            .filter(|j| j.outcome == Outcome::Rendered)
            .count();
        BuildReport {
            rendered,
            reused: jobs.len() - rendered,
            removed,
            seconds,
            jobs,
        }
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// `rendered 3, reused 40, removed 1 in 0.21 s`
    pub fn summary(&self) -> String {
        format!(
            "rendered {}, reused {}, removed {} in {:.2} s",
            self.rendered,
            self.reused,
            self.removed.len(),
            self.seconds
        )
    }
}
