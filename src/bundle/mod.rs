//! `peerpress bundle`: the site, every leaflet and the print-shop pages in
//! one zip, `output/<name>-<date>.zip`, for outreach teams who carry them on
//! a USB stick or a phone to places without internet.
//!
//! A bundle is a build and then a pack: the build runs on the engine as
//! usual (reusing its cache), then the published `output/site` is packed
//! under the build lock. Everything in it works from `file://`: pages link
//! relatively and name `index.html`. Left out, because offline they serve
//! no one: `404.html` (its links are absolute paths for a web server),
//! `sitemap.xml` and `robots.txt`. The zip's bytes depend only on the
//! inputs and the build day ([`crate::clock`]): entries sorted by path,
//! every timestamp the build day, fixed permissions. It is written beside
//! its final name and renamed into place, so a failed bundle leaves any
//! earlier one intact.

mod archive;
pub mod print_shop;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::build::{BuildError, BuildOptions};
use crate::engine::Progress;
use crate::project::{LoadError, Project};
use crate::render::RenderError;
use crate::ui::UiStrings;

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Build(#[from] BuildError),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error("{}: cannot read this leaflet to count its pages: {message}\n  help: run `peerpress build` again; if it persists, delete output/.cache", path.display())]
    Leaflet { path: PathBuf, message: String },
    #[error("{}: cannot read the built site: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot write the bundle: {message}", path.display())]
    Write { path: PathBuf, message: String },
}

#[derive(Debug, Clone, Default)]
pub struct BundleOptions {
    /// What the build before packing makes (`allow_incomplete`: DRAFT leaflets too).
    pub build: BuildOptions,
    /// Bundle this partner's site instead of the main one.
    pub partner: Option<String>,
}

/// What a bundle holds, for the summary line.
#[derive(Debug)]
pub struct BundleSummary {
    /// The zip, relative to the project folder.
    pub path: PathBuf,
    pub files: usize,
    pub bytes: u64,
    pub leaflets: Vec<print_shop::PrintedLeaflet>,
}

/// Files of the built site a bundle leaves out (see the module comment).
const SERVER_ONLY: [&str; 3] = [
    "404.html",
    crate::render::search::SITEMAP,
    crate::render::search::ROBOTS,
];

/// Builds the site and packs it with its leaflets and the print-shop pages.
pub fn bundle(
    root: &Path,
    options: &BundleOptions,
    progress: Progress<'_>,
) -> Result<BundleSummary, BundleError> {
    let project = match &options.partner {
        Some(name) => crate::partner::load_project(root, name).map_err(BuildError::from)?,
        None => Project::load(root)?,
    };
    let build = crate::build::build_project(&project, options.build, progress)?;
    let output = project.config.output_dir();
    let write_err = |path: &Path, message: String| BundleError::Write {
        path: relative(root, path),
        message,
    };
    let _lock = crate::build::lock(&output)
        .map_err(|e| write_err(&output.join(crate::build::LOCK_FILE), e.to_string()))?;

    let localized = crate::localize::localize_all(&project);
    let date = crate::clock::iso_date(crate::clock::today());
    let leaflets = print_shop::collect(&project, &localized, &build.site_dir)?;
    let pages = print_shop::Pages {
        project: &project,
        localized: &localized,
        ui: Arc::new(UiStrings::new(&project)),
        leaflets: &leaflets,
        date: date.clone(),
    }
    .render()?;

    let mut entries: Vec<archive::Entry> = site_files(root, &build.site_dir)?;
    entries.extend(pages.into_iter().map(|(path, html)| archive::Entry {
        path,
        source: archive::Source::Bytes(html.into_bytes()),
    }));
    entries.sort_by(|a, b| a.path.cmp(&b.path));

    let name = format!("{}-{date}.zip", bundle_name(&project));
    let target = output.join(&name);
    let bytes = archive::write(&entries, &target, &date).map_err(|e| match e {
        archive::ArchiveError::Read { path, source } => BundleError::Read {
            path: relative(root, &path),
            source,
        },
        archive::ArchiveError::Write(message) => write_err(&target, message),
    })?;
    Ok(BundleSummary {
        path: relative(root, &target),
        files: entries.len(),
        bytes,
        leaflets,
    })
}

/// Every file of the built site but the server-only ones, by path.
fn site_files(root: &Path, site_dir: &Path) -> Result<Vec<archive::Entry>, BundleError> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(site_dir).sort_by_file_name() {
        let entry = entry.map_err(|e| BundleError::Read {
            path: relative(root, e.path().unwrap_or(site_dir)),
            source: e.into(),
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(site_dir).unwrap_or(entry.path());
        let path = rel.to_string_lossy().replace('\\', "/");
        if SERVER_ONLY.contains(&path.as_str()) {
            continue;
        }
        files.push(archive::Entry {
            path,
            source: archive::Source::File(entry.path().to_path_buf()),
        });
    }
    Ok(files)
}

/// The bundle's file name before the date: a partner's name; for the main
/// site the organisation's name as a slug (`Peer HIV Information Network` →
/// `peer-hiv-information-network`), else the host of `base_url`.
pub fn bundle_name(project: &Project) -> String {
    let config = &project.config;
    if let Some(partner) = &config.partner {
        return partner.name.clone();
    }
    let host = config
        .base_url
        .split_once("://")
        .map_or(config.base_url.as_str(), |(_, rest)| rest)
        .split('/')
        .next()
        .unwrap_or_default();
    [config.organisation.name.as_str(), host]
        .iter()
        .map(|s| slug(s))
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| "site".to_string())
}

/// Lower-case ASCII letters and digits, runs of anything else as one `-`.
fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs() {
        assert_eq!(
            super::slug("Peer HIV Information Network"),
            "peer-hiv-information-network"
        );
        assert_eq!(
            super::slug("Θετικές Φωνές / Athens"),
            "thetikes-phones-athens"
        );
        assert_eq!(super::slug("  --  "), "");
    }
}
