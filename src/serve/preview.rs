//! The preview site: the last good project, rendered on demand through the
//! build engine into `output/.serve/site`, with its own cache in
//! `output/.serve/cache` (never `output/site`, never the build's cache).
//!
//! Nothing is rendered ahead of need. Asking for an output path renders the
//! jobs that make it (a page together with its leaflets, so that its links
//! show their size) with the same fingerprints as a build: a job whose
//! inputs did not change is reused from the cache. Each output remembers the
//! *generation* of the project it was checked against; a change to the
//! project starts a new generation, so the next request checks again, and a
//! page whose inputs did not change costs a fingerprint, not a render.
//!
//! Leaflets are made for incomplete translations too, stamped DRAFT, as
//! `build --allow-incomplete` makes them: the preview shows what a
//! translator's work will print like before it is finished.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::incremental::{self, NeedsFullLoad};
use crate::engine::cache::Cache;
use crate::engine::hash::Hasher;
use crate::engine::report::JobRecord;
use crate::engine::{Job, JobError, Renderer, Sink, Written};
use crate::leaflet::LeafletRenderer;
use crate::project::Project;
use crate::render::assets::AssetRenderer;
use crate::render::site::SiteRenderer;
use crate::status::Report;
use crate::ui::UiStrings;

/// What one output path resolved to.
pub struct Resolved {
    /// 200, or 404 when the path is no output (then `body` is `404.html`),
    /// or 503 when there is no project to render at all.
    pub status: u16,
    /// The site path whose bytes are served (`404.html` for a miss).
    pub served: String,
    pub body: Option<Vec<u8>>,
    /// Changes whenever what this path shows changes, banner included: a
    /// tab whose version changed is reloaded.
    pub version: String,
}

pub struct Preview {
    root: PathBuf,
    site_dir: PathBuf,
    cache: Cache,
    project: Option<Project>,
    ui: Option<Arc<UiStrings>>,
    generation: u64,
    /// Files held back by the last update (see [`incremental`]).
    held: BTreeSet<PathBuf>,
    /// The last full load failed or was refused: load everything next time.
    load_all_next: bool,
    /// Why the project on disk cannot be built, as `build` would say it.
    load_errors: Vec<String>,
    /// Why an output could not be rendered, by output path.
    render_errors: BTreeMap<String, String>,
    outputs: HashMap<String, Output>,
    /// The theme's output paths (`assets/…`), listed at this generation.
    assets: (u64, Vec<String>),
}

/// What is on disk for one output path.
struct Output {
    /// The project generation it was last checked against.
    checked: u64,
    /// The fingerprint of the bytes on disk; `None`: no job makes this path.
    fingerprint: Option<String>,
}

impl Preview {
    /// Loads the project (a broken one too: the preview then shows why)
    /// and opens the preview folder `serve_dir`.
    pub fn open(root: &Path, serve_dir: &Path) -> std::io::Result<Preview> {
        let site_dir = serve_dir.join("site");
        std::fs::create_dir_all(&site_dir)?;
        let cache = Cache::open(&serve_dir.join("cache"))?;
        let mut preview = Preview {
            root: root.to_path_buf(),
            site_dir,
            cache,
            project: None,
            ui: None,
            generation: 0,
            held: BTreeSet::new(),
            load_all_next: true,
            load_errors: Vec::new(),
            render_errors: BTreeMap::new(),
            outputs: HashMap::new(),
            assets: (u64::MAX, Vec::new()),
        };
        preview.load_all();
        Ok(preview)
    }

    pub fn project(&self) -> Option<&Project> {
        self.project.as_ref()
    }

    /// The path the site is served under (`/hiv/` for `base_url =
    /// "https://example.org/hiv/"`), so that `404.html`'s absolute links work.
    pub fn base_path(&self) -> String {
        self.project.as_ref().map_or_else(
            || "/".to_string(),
            |p| crate::render::site::base_path(&p.config.base_url),
        )
    }

    /// Takes in the files that changed (relative to the project root).
    /// Returns whether anything the preview shows may have changed.
    pub fn update(&mut self, changed: &BTreeSet<PathBuf>) -> bool {
        let before = self.problems();
        let mut paths = std::mem::take(&mut self.held);
        paths.extend(changed.iter().cloned());
        let result = match &mut self.project {
            Some(project) if !self.load_all_next => {
                let changes = incremental::group(project, &paths);
                if changes.is_empty() {
                    return false;
                }
                incremental::patch(project, &changes)
            }
            _ => Err(NeedsFullLoad),
        };
        match result {
            Ok(patched) => {
                self.held = patched.held.into_iter().collect();
                self.load_errors = patched.errors;
                if patched.ui_changed {
                    self.ui = self.project.as_ref().map(|p| Arc::new(UiStrings::new(p)));
                }
                if patched.changed {
                    self.next_generation();
                }
            }
            Err(NeedsFullLoad) => self.load_all(),
        }
        self.problems() != before || self.outputs.values().any(|o| o.checked != self.generation)
    }

    fn next_generation(&mut self) {
        self.generation += 1;
        // Found again when those outputs are rendered again.
        self.render_errors.clear();
    }

    /// Loads the whole project. A project that does not load, or whose
    /// catalogs do not parse, does not replace a good one.
    fn load_all(&mut self) {
        match Project::load(&self.root) {
            Ok(project) => {
                let syntax = syntax_errors(&project);
                if !syntax.is_empty() && self.project.is_some() {
                    self.load_errors = syntax;
                    self.load_all_next = true;
                    return;
                }
                self.ui = Some(Arc::new(UiStrings::new(&project)));
                self.project = Some(project);
                self.load_all_next = false;
                self.held.clear();
                self.load_errors.clear();
                self.next_generation();
            }
            Err(err) => {
                self.load_errors = vec![err.to_string()];
                self.load_all_next = true;
            }
        }
    }

    /// Everything `build` would refuse that the preview knows of, as the
    /// CLI prints it (without the leading `error: `), each once.
    pub fn problems(&self) -> Vec<String> {
        let mut all: Vec<String> = self.load_errors.clone();
        if let Some(project) = &self.project {
            all.extend(syntax_errors(project));
        }
        all.extend(self.render_errors.values().cloned());
        let mut seen = BTreeSet::new();
        all.retain(|p| !p.is_empty() && seen.insert(p.clone()));
        all
    }

    /// Output paths whose last render failed: checked again after a change.
    pub fn failed_paths(&self) -> Vec<String> {
        self.render_errors.keys().cloned().collect()
    }

    /// Makes `path` current if it is an output; returns the fingerprint
    /// of its bytes on disk (the last good ones if rendering failed).
    fn refresh(&mut self, path: &str) -> Option<String> {
        let known = self.outputs.get(path);
        if let Some(o) = known.filter(|o| o.checked == self.generation) {
            return o.fingerprint.clone();
        }
        let (Some(project), Some(ui)) = (&self.project, &self.ui) else {
            return known.and_then(|o| o.fingerprint.clone());
        };
        let sink = Sink::Dir {
            staging: self.site_dir.clone(),
            cache: Some(&self.cache),
        };
        match render(project, ui, &sink, path) {
            Ok(records) => {
                for record in &records {
                    self.render_errors.remove(&record.path);
                    self.outputs.insert(
                        record.path.clone(),
                        Output {
                            checked: self.generation,
                            fingerprint: Some(record.fingerprint.clone()),
                        },
                    );
                }
                self.render_errors.remove(path);
                self.outputs
                    .entry(path.to_string())
                    .and_modify(|o| o.checked = self.generation)
                    .or_insert(Output {
                        checked: self.generation,
                        fingerprint: None,
                    });
            }
            Err(err) => {
                self.render_errors.insert(path.to_string(), err.to_string());
            }
        }
        self.outputs.get(path).and_then(|o| o.fingerprint.clone())
    }

    /// The fingerprints of the theme's files (`assets/…`, the stylesheet):
    /// every page shows them, so they are part of a page's version, and a
    /// CSS edit reloads the tabs although no page's HTML changed.
    fn asset_fingerprints(&mut self) -> Vec<String> {
        if self.assets.0 != self.generation {
            let paths = self.project.as_ref().map(|project| {
                let assets = AssetRenderer {
                    theme_dir: project.config.theme_dir(),
                };
                assets
                    .jobs(&[])
                    .map(|jobs| jobs.into_iter().map(|job| job.path).collect::<Vec<_>>())
            });
            match paths {
                Some(Ok(paths)) => self.assets = (self.generation, paths),
                // Reported when the stylesheet itself is requested.
                Some(Err(_)) | None => self.assets = (self.generation, Vec::new()),
            }
        }
        let paths = self.assets.1.clone();
        paths.iter().filter_map(|path| self.refresh(path)).collect()
    }

    /// What a request for site path `path` gets, rendering it if needed.
    /// `with_body: false` only computes the version.
    pub fn resolve(&mut self, path: &str, with_body: bool) -> Resolved {
        let (status, served, fingerprint) = match self.refresh(path) {
            Some(fp) => (200, path.to_string(), Some(fp)),
            None => match self.refresh(NOT_FOUND) {
                Some(fp) => (404, NOT_FOUND.to_string(), Some(fp)),
                None if self.project.is_none() => (503, String::new(), None),
                None => (404, String::new(), None),
            },
        };
        let body = match (&fingerprint, with_body) {
            (Some(_), true) => std::fs::read(self.site_dir.join(&served)).ok(),
            _ => None,
        };
        let mut h = Hasher::new("served");
        h.add(status.to_string())
            .add(&served)
            .add(fingerprint.as_deref().unwrap_or(""));
        if served.ends_with(".html") {
            for asset in self.asset_fingerprints() {
                h.add(asset);
            }
        }
        for problem in self.problems() {
            h.add(problem);
        }
        Resolved {
            status,
            served,
            body,
            version: h.finish(),
        }
    }
}

const NOT_FOUND: &str = "404.html";

fn syntax_errors(project: &Project) -> Vec<String> {
    project
        .syntax_errors()
        .into_iter()
        .map(|e| crate::catalog::CatalogError::Syntax(e.clone()).to_string())
        .collect()
}

/// Which jobs make an output path, so that only what it needs is localized.
enum Scope {
    /// A theme file.
    Assets,
    /// `<locale>/<doc>/…`: the page and the leaflets of one document in one locale.
    Document { index: usize, locale: usize },
    /// The chooser, `404.html`, a topic list (every document's title) or
    /// the dashboard (the status report).
    Site { documents: bool, report: bool },
}

impl Scope {
    fn of(project: &Project, path: &str) -> Scope {
        let locale = |code: &str| project.config.locales.iter().position(|l| l.code == code);
        match path.split('/').collect::<Vec<_>>().as_slice() {
            ["assets", ..] => Scope::Assets,
            ["status", "index.html"] => Scope::Site {
                documents: true,
                report: true,
            },
            [code, "index.html"] if locale(code).is_some() => Scope::Site {
                documents: true,
                report: false,
            },
            [code, slug, _] => match (
                locale(code),
                project.documents.iter().position(|d| d.slug == *slug),
            ) {
                (Some(locale), Some(index)) => Scope::Document { index, locale },
                _ => Scope::Site {
                    documents: false,
                    report: false,
                },
            },
            _ => Scope::Site {
                documents: false,
                report: false,
            },
        }
    }
}

/// Runs, through the engine, the jobs `path` needs; returns their records
/// (none with `path` if no job makes it).
fn render(
    project: &Project,
    ui: &Arc<UiStrings>,
    sink: &Sink<'_>,
    path: &str,
) -> Result<Vec<JobRecord>, JobError> {
    let quiet = &|_: usize, _: usize| {};
    match Scope::of(project, path) {
        Scope::Assets => {
            let assets = AssetRenderer {
                theme_dir: project.config.theme_dir(),
            };
            crate::engine::run(&[&Only::path(&assets, path)], sink, quiet)
        }
        Scope::Document { index, locale } => {
            let localized = crate::localize::localize_document(project, index);
            let one = &localized[locale..=locale];
            let options = crate::leaflet::Options::today(true);
            let leaflets = LeafletRenderer::new(project, one, ui, &options)?;
            let report = empty_report(project);
            let site = SiteRenderer::new(project, ui.clone(), one, &report)?;
            let page = format!("{}/{}/index.html", one[0].locale.code, one[0].doc.slug);
            crate::engine::run(
                &[&Only::all(&leaflets), &Only::path(&site, &page)],
                sink,
                quiet,
            )
        }
        Scope::Site { documents, report } => {
            let localized = if documents {
                crate::localize::localize_all(project)
            } else {
                Vec::new()
            };
            let report = if report {
                crate::status::collect_from(
                    project,
                    &localized,
                    &crate::status::Filter::dashboard(),
                )
            } else {
                empty_report(project)
            };
            let site = SiteRenderer::new(project, ui.clone(), &localized, &report)?;
            crate::engine::run(&[&Only::path(&site, path)], sink, quiet)
        }
    }
}

/// A status report with nothing in it, for renderers that do not show one.
fn empty_report(project: &Project) -> Report {
    Report {
        source_locale: project.config.source_locale.clone(),
        locales: Vec::new(),
        catalogs: Vec::new(),
        messages: Vec::new(),
        fresh_counted: Vec::new(),
        problems: Vec::new(),
        provenance: Vec::new(),
        leaflets: Vec::new(),
    }
}

/// Some of a renderer's jobs: the engine runs only those.
struct Only<'a> {
    inner: &'a dyn Renderer,
    path: Option<&'a str>,
}

impl<'a> Only<'a> {
    fn all(inner: &'a dyn Renderer) -> Self {
        Only { inner, path: None }
    }

    fn path(inner: &'a dyn Renderer, path: &'a str) -> Self {
        Only {
            inner,
            path: Some(path),
        }
    }
}

impl Renderer for Only<'_> {
    fn jobs<'s>(&'s self, done: &[Written]) -> Result<Vec<Job<'s>>, JobError> {
        let mut jobs = self.inner.jobs(done)?;
        if let Some(path) = self.path {
            jobs.retain(|job| job.path == path);
        }
        Ok(jobs)
    }
}
