//! `peerpress build`: the whole site, written all-or-nothing.
//!
//! Everything is rendered in memory and written to a staging folder first;
//! only when that succeeds does it replace `output/site`. A failed build
//! leaves the previous output exactly as it was.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::catalog::CatalogError;
use crate::localize::{localize_all, LocalizedDocument};
use crate::project::{LoadError, Project};
use crate::render::site::{copy_assets, OutputFile, SiteRenderer};
use crate::render::RenderError;
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
    #[error("{}: cannot write the output: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What a build produced, for the summary line.
#[derive(Debug)]
pub struct BuildSummary {
    pub pages: usize,
    pub leaflets: usize,
    /// Leaflets not made, and why.
    pub skipped_leaflets: Vec<crate::leaflet::Readiness>,
    pub notes: Vec<String>,
    pub locales: usize,
    pub documents: usize,
    /// `(locale, document)` pages that show some text from a fallback locale.
    pub with_fallback: Vec<(String, String)>,
    pub site_dir: PathBuf,
}

/// What a build makes besides pages.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// Make leaflets for incomplete translations too, stamped DRAFT.
    pub allow_incomplete: bool,
}

/// Everything a build writes, in memory.
pub struct Rendered<'p> {
    pub files: Vec<OutputFile>,
    pub leaflets: Vec<crate::leaflet::Leaflet>,
    pub skipped_leaflets: Vec<crate::leaflet::Readiness>,
    pub notes: Vec<String>,
    pub localized: Vec<LocalizedDocument<'p>>,
}

/// Renders the site and leaflets in memory: every check a build makes, nothing written.
pub fn render(project: &Project, options: BuildOptions) -> Result<Rendered<'_>, BuildError> {
    let syntax: Vec<CatalogError> = project
        .syntax_errors()
        .into_iter()
        .map(|e| CatalogError::Syntax(e.clone()))
        .collect();
    if !syntax.is_empty() {
        return Err(BuildError::Catalogs(syntax));
    }
    let localized = localize_all(project);
    let ui = Arc::new(UiStrings::new(project));
    let leaflet_options = crate::leaflet::Options::today(options.allow_incomplete);
    let output = crate::leaflet::render_all(project, &localized, &ui, &leaflet_options)?;
    let files = SiteRenderer::new(project, ui)?.render(&localized, &output.leaflets)?;
    Ok(Rendered {
        files,
        leaflets: output.leaflets,
        skipped_leaflets: output.skipped,
        notes: project.warnings().into_iter().chain(output.notes).collect(),
        localized,
    })
}

pub fn build(root: &Path, options: BuildOptions) -> Result<BuildSummary, BuildError> {
    let project = Project::load(root)?;
    let rendered = render(&project, options)?;
    let files = &rendered.files;
    let localized = &rendered.localized;
    let output = project.config.output_dir();
    let site_dir = output.join("site");
    let staging = output.join(".staging-site");
    let write_err = |path: &Path| {
        let path = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        move |source| BuildError::Write { path, source }
    };

    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(write_err(&staging))?;
    }
    let result = write_all(&staging, files)
        .and_then(|()| write_leaflets(&staging, &rendered.leaflets))
        .and_then(|()| copy_assets(&project.config.theme_dir(), &staging));
    if let Err(source) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(write_err(&staging)(source));
    }
    swap(&staging, &site_dir).map_err(write_err(&site_dir))?;

    let with_fallback = localized
        .iter()
        .filter(|d| d.has_fallback())
        .map(|d| (d.locale.code.clone(), d.doc.slug.clone()))
        .collect();
    Ok(BuildSummary {
        leaflets: rendered.leaflets.len(),
        skipped_leaflets: rendered.skipped_leaflets.clone(),
        notes: rendered.notes.clone(),
        pages: files.len(),
        locales: project.config.locales.len(),
        documents: project.documents.len(),
        with_fallback,
        site_dir,
    })
}

fn write_leaflets(dir: &Path, leaflets: &[crate::leaflet::Leaflet]) -> std::io::Result<()> {
    for leaflet in leaflets {
        let path = dir.join(&leaflet.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, &leaflet.bytes)?;
    }
    Ok(())
}

fn write_all(dir: &Path, files: &[OutputFile]) -> std::io::Result<()> {
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, &file.contents)?;
    }
    Ok(())
}

/// Replaces `target` with `staging` using renames, so the site is never half written.
fn swap(staging: &Path, target: &Path) -> std::io::Result<()> {
    let previous = target.with_file_name(".previous-site");
    if previous.exists() {
        std::fs::remove_dir_all(&previous)?;
    }
    if target.exists() {
        std::fs::rename(target, &previous)?;
    }
    if let Err(err) = std::fs::rename(staging, target) {
        if previous.exists() {
            let _ = std::fs::rename(&previous, target);
        }
        return Err(err);
    }
    if previous.exists() {
        std::fs::remove_dir_all(&previous)?;
    }
    Ok(())
}
