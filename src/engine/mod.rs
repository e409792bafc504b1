//! The build engine: a build is a list of output jobs, each with a
//! fingerprint of exactly the inputs it reads.
//!
//! Renderers ([`Renderer`]) register their jobs in one list (see
//! `build::renderers`); the engine runs them in parallel, reuses the bytes of
//! any job whose fingerprint is in the [`cache`], streams every result into a
//! staging folder as it finishes (nothing is held in memory), and reports
//! what it did ([`report`]). Renderers run in registration order, so a later
//! one can read what earlier ones wrote (pages link to leaflets with their size).

pub mod cache;
pub mod hash;
pub mod report;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use rayon::prelude::*;

use cache::Cache;
use report::{JobRecord, Outcome};

/// An error from a renderer; its message names the file and what to do.
pub type JobError = Box<dyn std::error::Error + Send + Sync>;

/// Renders one job's bytes.
pub type RenderFn<'a> = Box<dyn Fn() -> Result<Vec<u8>, JobError> + Send + Sync + 'a>;

/// One output file to make.
pub struct Job<'a> {
    /// `page`, `topics`, `leaflet`, `asset`, `dashboard`, `404`, `chooser`…
    pub kind: &'static str,
    /// Path inside the site folder, `/`-separated.
    pub path: String,
    pub locale: Option<String>,
    pub doc: Option<String>,
    /// A variant of the kind, e.g. a leaflet's format (`a4`).
    pub variant: Option<&'static str>,
    /// Fingerprint of every input the job reads (see [`hash::Hasher`]).
    pub fingerprint: String,
    pub render: RenderFn<'a>,
}

/// A file an earlier renderer wrote: what later renderers may link to.
#[derive(Debug, Clone)]
pub struct Written {
    pub kind: &'static str,
    pub path: String,
    pub locale: Option<String>,
    pub doc: Option<String>,
    pub variant: Option<&'static str>,
    pub size: u64,
}

/// An output format: one module implementing this plus one line in
/// `build::renderers`.
pub trait Renderer: Sync {
    /// This renderer's jobs. `done` lists what the renderers registered
    /// before it wrote, in job order.
    fn jobs<'s>(&'s self, done: &[Written]) -> Result<Vec<Job<'s>>, JobError>;
}

/// Where job output goes.
pub enum Sink<'c> {
    /// Write into `staging`, reusing and filling `cache` when there is one.
    Dir {
        staging: PathBuf,
        cache: Option<&'c Cache>,
    },
    /// Render and discard (`peerpress check`).
    Discard,
}

/// Called after each job (for a progress bar): `(finished, total so far)`.
pub type Progress<'p> = &'p (dyn Fn(usize, usize) + Sync);

/// Runs every renderer's jobs in order; returns one record per job, in job order.
pub fn run(
    renderers: &[&dyn Renderer],
    sink: &Sink<'_>,
    progress: Progress<'_>,
) -> Result<Vec<JobRecord>, JobError> {
    let mut done: Vec<Written> = Vec::new();
    let mut records = Vec::new();
    let finished = std::sync::atomic::AtomicUsize::new(0);
    let mut total = 0;
    for renderer in renderers {
        let jobs = renderer.jobs(&done)?;
        total += jobs.len();
        let failed = AtomicBool::new(false);
        let first_error: Mutex<Option<JobError>> = Mutex::new(None);
        let results: Vec<Option<(JobRecord, Written)>> = jobs
            .par_iter()
            .map(|job| {
                if failed.load(Ordering::Relaxed) {
                    return None;
                }
                match run_job(job, sink) {
                    Ok(result) => {
                        let n = finished.fetch_add(1, Ordering::Relaxed) + 1;
                        progress(n, total);
                        Some(result)
                    }
                    Err(err) => {
                        failed.store(true, Ordering::Relaxed);
                        if let Ok(mut slot) = first_error.lock() {
                            slot.get_or_insert(err);
                        }
                        None
                    }
                }
            })
            .collect();
        if let Some(err) = first_error.into_inner().ok().flatten() {
            return Err(err);
        }
        for (record, written) in results.into_iter().flatten() {
            records.push(record);
            done.push(written);
        }
    }
    Ok(records)
}

fn run_job(job: &Job<'_>, sink: &Sink<'_>) -> Result<(JobRecord, Written), JobError> {
    let (outcome, size) = match sink {
        Sink::Discard => (Outcome::Rendered, (job.render)()?.len() as u64),
        Sink::Dir { staging, cache } => {
            let target = staging.join(&job.path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| write_error(&target, e))?;
            }
            match cache {
                Some(cache) => match cache.reuse(&job.fingerprint, &target) {
                    Some(size) => (Outcome::Reused, size),
                    None => {
                        let bytes = (job.render)()?;
                        cache
                            .store(&job.fingerprint, &bytes, &target)
                            .map_err(|e| write_error(&target, e))?;
                        (Outcome::Rendered, bytes.len() as u64)
                    }
                },
                None => {
                    let bytes = (job.render)()?;
                    std::fs::write(&target, &bytes).map_err(|e| write_error(&target, e))?;
                    (Outcome::Rendered, bytes.len() as u64)
                }
            }
        }
    };
    Ok((
        JobRecord {
            kind: job.kind,
            path: job.path.clone(),
            outcome,
            fingerprint: job.fingerprint.clone(),
        },
        Written {
            kind: job.kind,
            path: job.path.clone(),
            locale: job.locale.clone(),
            doc: job.doc.clone(),
            variant: job.variant,
            size,
        },
    ))
}

/// An I/O error while writing the output.
#[derive(Debug, thiserror::Error)]
#[error("{}: cannot write the output: {source}", path.display())]
pub struct WriteError {
    pub path: PathBuf,
    pub source: std::io::Error,
}

fn write_error(path: &Path, source: std::io::Error) -> JobError {
    Box::new(WriteError {
        path: path.to_path_buf(),
        source,
    })
}
