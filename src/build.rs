//! `peerpress build`: the whole site, written all-or-nothing and incrementally.
//!
//! [`renderers`] is the one list of output formats. The [`engine`] runs their
//! jobs, reusing from `output/.cache/` every job whose inputs are unchanged,
//! and streams each result into a staging folder; only when every job has
//! succeeded does the staging folder replace `output/site` (by renames). A
//! failed build leaves the previous output exactly as it was. The replaced
//! tree is moved to `output/.trash/` and deleted in the background during
//! the next build.
//!
//! [`engine`]: crate::engine

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::catalog::{CatalogError, SyntaxError};
use crate::engine::cache::Cache;
use crate::engine::report::BuildReport;
use crate::engine::{JobError, Progress, Renderer, Sink};
use crate::leaflet::LeafletRenderer;
use crate::localize::{localize_all, LocalizedDocument, Readiness};
use crate::prepare::Prepared;
use crate::project::{LoadError, Project};
use crate::render::assets::AssetRenderer;
use crate::render::search::SearchRenderer;
use crate::render::site::SiteRenderer;
use crate::render::RenderError;
use crate::status::{Filter, Report};
use crate::ui::UiStrings;

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
    Catalogs(Vec<CatalogError>),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Leaflet(#[from] crate::leaflet::LeafletError),
    #[error("{0}")]
    Job(JobError),
    #[error("{}: cannot write the output: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Boxed: a partner error carries locations and is rare.
    #[error(transparent)]
    Partner(Box<crate::partner::PartnerError>),
}

impl From<crate::partner::PartnerError> for BuildError {
    fn from(err: crate::partner::PartnerError) -> Self {
        BuildError::Partner(Box::new(err))
    }
}

/// What a build produced, for the summary line.
#[derive(Debug)]
pub struct BuildSummary {
    /// HTML pages (topic pages, lists, chooser, 404, dashboard).
    pub pages: usize,
    pub leaflets: usize,
    /// Leaflets not made, and why.
    pub skipped_leaflets: Vec<Readiness>,
    pub notes: Vec<String>,
    pub locales: usize,
    pub documents: usize,
    /// `(locale, document)` pages that show some text from a fallback locale.
    pub with_fallback: Vec<(String, String)>,
    pub site_dir: PathBuf,
    /// Every job, rendered or reused.
    pub report: BuildReport,
}

/// Job kinds that are not HTML pages (for the summary's page count).
const NOT_PAGES: [&str; 4] = ["leaflet", "asset", "sitemap", "robots"];

/// What a build makes besides pages.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// Make leaflets for incomplete translations too, stamped DRAFT.
    pub allow_incomplete: bool,
    /// Web pages only: no PDF leaflets.
    pub no_leaflets: bool,
}

/// The output formats of a build, in the order they run: a later renderer
/// may link to what an earlier one wrote (pages show each leaflet's size).
/// A new format is one module implementing [`Renderer`] plus one line here.
fn renderers<'a>(
    leaflets: Option<&'a LeafletRenderer<'a>>,
    assets: &'a AssetRenderer,
    logo: Option<&'a crate::partner::logo::LogoAsset<'a>>,
    site: &'a SiteRenderer<'a>,
    search: &'a SearchRenderer<'a>,
) -> Vec<&'a dyn Renderer> {
    let mut list: Vec<&dyn Renderer> = Vec::new();
    if let Some(leaflets) = leaflets {
        list.push(leaflets);
    }
    list.push(assets);
    if let Some(logo) = logo {
        list.push(logo);
    }
    list.push(site);
    list.push(search);
    list
}

/// Renders and writes nothing: every check a build makes (`peerpress check`).
pub fn check(root: &Path, options: BuildOptions) -> Result<BuildSummary, BuildError> {
    run_prepared(
        Prepared::load(root, &Filter::dashboard())?,
        options,
        false,
        &|_, _| {},
    )
}

/// Builds the site into `output/site`, reading one document's catalogs at a
/// time (see [`crate::prepare`]).
pub fn build(
    root: &Path,
    options: BuildOptions,
    progress: Progress<'_>,
) -> Result<BuildSummary, BuildError> {
    run_prepared(
        Prepared::load(root, &Filter::dashboard())?,
        options,
        true,
        progress,
    )
}

/// Renders a project prepared one document at a time; writes into its
/// `config.site_dir()` when `write` is set.
fn run_prepared(
    prepared: Prepared,
    options: BuildOptions,
    write: bool,
    progress: Progress<'_>,
) -> Result<BuildSummary, BuildError> {
    let Prepared { project, pending } = prepared;
    let attached = pending.attach(&project);
    refuse_syntax_errors(attached.syntax_errors)?;
    let output = write.then(|| project.config.output_dir());
    let inputs = Inputs {
        project: &project,
        localized: attached.localized,
        status: attached.report,
        warnings: attached.warnings,
    };
    run(&inputs, options, output.as_deref(), progress)
}

/// Builds partner `name`'s site into `output/partners/<name>/site`.
pub fn build_partner(
    root: &Path,
    name: &str,
    options: BuildOptions,
    progress: Progress<'_>,
) -> Result<BuildSummary, BuildError> {
    let prepared = Prepared::load_partner(root, name, &Filter::dashboard())?;
    run_prepared(prepared, options, true, progress)
}

/// Builds a loaded project (the main one, or one with a partner applied)
/// into its `config.site_dir()`.
pub fn build_project(
    project: &Project,
    options: BuildOptions,
    progress: Progress<'_>,
) -> Result<BuildSummary, BuildError> {
    let output = project.config.output_dir();
    run(&Inputs::of(project)?, options, Some(&output), progress)
}

/// What every renderer of a build reads: the project, its localized
/// documents and the status report.
struct Inputs<'p> {
    project: &'p Project,
    localized: Vec<LocalizedDocument<'p>>,
    status: Report,
    /// What was repaired while reading catalogs.
    warnings: Vec<String>,
}

impl<'p> Inputs<'p> {
    /// From a fully loaded project.
    fn of(project: &'p Project) -> Result<Inputs<'p>, BuildError> {
        refuse_syntax_errors(project.syntax_errors().into_iter().cloned().collect())?;
        let localized = localize_all(project);
        let status = crate::status::collect_from(project, &localized, &Filter::dashboard());
        Ok(Inputs {
            project,
            localized,
            status,
            warnings: project.warnings(),
        })
    }
}

/// A build stops on any Fluent syntax error, naming each.
fn refuse_syntax_errors(errors: Vec<SyntaxError>) -> Result<(), BuildError> {
    if errors.is_empty() {
        return Ok(());
    }
    Err(BuildError::Catalogs(
        errors.into_iter().map(CatalogError::Syntax).collect(),
    ))
}

fn run(
    inputs: &Inputs<'_>,
    options: BuildOptions,
    output: Option<&Path>,
    progress: Progress<'_>,
) -> Result<BuildSummary, BuildError> {
    let start = Instant::now();
    let Inputs {
        project,
        localized,
        status,
        warnings,
    } = inputs;
    let project = *project;
    let ui = Arc::new(UiStrings::new(project));
    let leaflet_options = crate::leaflet::Options::today(options.allow_incomplete);
    let leaflets = if options.no_leaflets {
        None
    } else {
        Some(LeafletRenderer::new(
            project,
            localized,
            &ui,
            &leaflet_options,
        )?)
    };
    let assets = AssetRenderer {
        theme_dir: project.config.theme_dir(),
    };
    let site = SiteRenderer::new(project, ui.clone(), localized, status)?;
    let partner = project.config.partner.as_ref();
    let logo = partner
        .and_then(|p| p.logo.as_ref())
        .map(crate::partner::logo::LogoAsset);
    let search = SearchRenderer { project, localized };
    let list = renderers(leaflets.as_ref(), &assets, logo.as_ref(), &site, &search);

    let root = &project.config.root;
    let site_dir = output.map_or_else(PathBuf::new, |_| project.config.site_dir());
    let (records, removed) = match output {
        None => (
            crate::engine::run(&list, &Sink::Discard, progress).map_err(BuildError::Job)?,
            Vec::new(),
        ),
        Some(output) => {
            let target = Target {
                output,
                site_dir: &site_dir,
                site: partner.map(|p| p.name.as_str()),
            };
            publish(root, &target, &list, progress)?
        }
    };
    let report = BuildReport::new(records, removed, start.elapsed().as_secs_f64());
    let (skipped_leaflets, leaflet_notes) =
        leaflets.map(|l| (l.skipped, l.notes)).unwrap_or_default();
    let notes = warnings.iter().cloned().chain(leaflet_notes).collect();
    Ok(BuildSummary {
        pages: report
            .jobs
            .iter()
            .filter(|j| !NOT_PAGES.contains(&j.kind))
            .count(),
        leaflets: report.jobs.iter().filter(|j| j.kind == "leaflet").count(),
        skipped_leaflets,
        notes,
        locales: project.config.locales.len(),
        documents: project.documents.len(),
        with_fallback: localized
            .iter()
            .filter(|d| d.has_fallback())
            .map(|d| (d.locale.code.clone(), d.doc.slug.clone()))
            .collect(),
        site_dir,
        report,
    })
}

/// Where a build publishes: the output folder (its lock and cache are
/// shared by every site of the project), the site folder, and which site it
/// is (`None`: the main one; a partner's name).
struct Target<'a> {
    output: &'a Path,
    site_dir: &'a Path,
    site: Option<&'a str>,
}

/// Runs the jobs into a staging folder and swaps it in; returns the job
/// records and the paths the previous build had that this one does not.
fn publish(
    root: &Path,
    target: &Target<'_>,
    list: &[&dyn Renderer],
    progress: Progress<'_>,
) -> Result<(Vec<crate::engine::report::JobRecord>, Vec<String>), BuildError> {
    let output = target.output;
    let site_dir = target.site_dir.to_path_buf();
    // Beside the site folder: `output/.staging-site`, or
    // `output/partners/<name>/.staging-site`.
    let beside = site_dir.parent().unwrap_or(output).to_path_buf();
    let staging = beside.join(".staging-site");
    let trash = beside.join(".trash");
    let write_err = |path: &Path| {
        let path = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        move |source| BuildError::Write { path, source }
    };
    std::fs::create_dir_all(&beside).map_err(write_err(&beside))?;
    let _lock = lock(output).map_err(write_err(&output.join(LOCK_FILE)))?;
    // A build killed between the two renames of a non-atomic swap left the
    // previous site in the trash: put it back before anything else.
    if !site_dir.exists() && trash.is_dir() {
        std::fs::rename(&trash, &site_dir).map_err(write_err(&site_dir))?;
    }
    // The tree the last build replaced is deleted while this one renders.
    let cleaner = trash.exists().then(|| {
        let trash = trash.clone();
        std::thread::spawn(move || std::fs::remove_dir_all(trash))
    });
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(write_err(&staging))?;
    }
    std::fs::create_dir_all(&staging).map_err(write_err(&staging))?;
    let cache = Cache::open_for(&output.join(".cache"), target.site).ok();
    let sink = Sink::Dir {
        staging: staging.clone(),
        cache: cache.as_ref(),
    };
    let result = crate::engine::run(list, &sink, progress);
    if let Some(cleaner) = cleaner {
        let _ = cleaner.join();
    }
    let records = match result {
        Ok(records) => records,
        Err(err) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(BuildError::Job(err));
        }
    };
    if trash.exists() {
        // The background delete failed: try once more, in the foreground.
        std::fs::remove_dir_all(&trash).map_err(write_err(&trash))?;
    }
    swap(&staging, &site_dir, &trash).map_err(write_err(&site_dir))?;

    let written: BTreeSet<&str> = records.iter().map(|r| r.path.as_str()).collect();
    let mut removed = Vec::new();
    if let Some(cache) = &cache {
        removed = cache
            .manifest()
            .into_iter()
            .filter(|p| !written.contains(p.as_str()))
            .collect();
        let _ = cache.write_manifest(&written.iter().copied().collect::<Vec<_>>());
        cache.retain_used();
    }
    Ok((records, removed))
}

/// Replaces `target` with `staging` using renames, so the site is never half
/// written; the replaced tree goes to `trash`.
fn swap(staging: &Path, target: &Path, trash: &Path) -> std::io::Result<()> {
    let had_target = target.exists();
    if had_target && exchange(staging, target).is_ok() {
        // One atomic step: `staging` now holds the previous site.
        return std::fs::rename(staging, trash);
    }
    if had_target {
        std::fs::rename(target, trash)?;
    }
    if let Err(err) = std::fs::rename(staging, target) {
        if had_target {
            let _ = std::fs::rename(trash, target);
        }
        return Err(err);
    }
    Ok(())
}

/// Swaps two directories in one step (Linux `renameat2(RENAME_EXCHANGE)`),
/// so that a build killed at any moment leaves the old site or the new one.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        std::ffi::CString::new(p.as_os_str().as_bytes())
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))
    };
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that outlive the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "no atomic exchange here",
    ))
}

pub(crate) const LOCK_FILE: &str = ".lock";

/// Holds `output/.lock` for the whole build: a second build started in the
/// same project waits (and says so) instead of mixing its files in.
pub(crate) fn lock(output: &Path) -> std::io::Result<std::fs::File> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(output.join(LOCK_FILE))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {
            eprintln!(
                "another peerpress build is running in this project; waiting for it to finish…"
            );
            file.lock()?;
            Ok(file)
        }
        Err(std::fs::TryLockError::Error(err)) => Err(err),
    }
}
