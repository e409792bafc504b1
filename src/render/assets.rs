//! The theme's `static/` folder (CSS), copied to `site/assets/`: one job per file.

use std::path::PathBuf;

use crate::engine::hash::Hasher;
use crate::engine::{Job, JobError, Renderer, Written};

pub struct AssetRenderer {
    pub theme_dir: PathBuf,
}

impl Renderer for AssetRenderer {
    fn jobs<'s>(&'s self, _done: &[Written]) -> Result<Vec<Job<'s>>, JobError> {
        let from = self.theme_dir.join("static");
        let mut jobs = Vec::new();
        for entry in walkdir::WalkDir::new(&from).sort_by_file_name() {
            let entry = entry?;
            if !entry.file_type().is_file() {
                continue;
            }
            let file = entry.path().to_path_buf();
            let rel = file.strip_prefix(&from).unwrap_or(&file);
            let path = format!("assets/{}", rel.to_string_lossy().replace('\\', "/"));
            let bytes = std::fs::read(&file)?;
            let fingerprint = Hasher::new("asset").add(&path).add(&bytes).finish();
            jobs.push(Job {
                kind: "asset",
                path,
                locale: None,
                doc: None,
                variant: None,
                fingerprint,
                render: Box::new(move || Ok(std::fs::read(&file)?)),
            });
        }
        Ok(jobs)
    }
}
