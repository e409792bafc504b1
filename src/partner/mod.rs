//! Partner sites: `partners/<name>/partner.toml` is an overlay on the main
//! project, not a fork. A partner build is the same project with the
//! partner's organisation, contacts, `base_url`, optional subsets of locales
//! and documents and optional logo, plus the partner's own documents
//! (`partners/<name>/content/*.md`, translated in
//! `partners/<name>/translations/<locale>/`). Shared content and
//! translations are used as they are; nothing is copied.
//!
//! [`load_project`] gives that overlaid [`Project`]: every renderer, the
//! status report and `sync` read it exactly as they read the main one.
//! Flow: [`settings`] (partner.toml, checked) → [`logo`] (the logo file,
//! checked; for leaflets a PNG decoded by [`raster`], an SVG converted by
//! [`vector`]) → `overlay` (the project with the partner applied); [`help`]: the "where to get help"
//! block of the partner's leaflets.

pub mod help;
pub mod logo;
mod overlay;
pub mod raster;
pub mod settings;
pub mod vector;

use std::path::{Path, PathBuf};

use crate::catalog::CatalogError;
use crate::content::ContentError;
use crate::diagnostic::{Location, ReadError};
use crate::project::LoadError;

pub use logo::Logo;
pub use overlay::{apply_shared, load_project};
pub use settings::PartnerSettings;

/// The folder holding one folder per partner.
pub const PARTNERS_DIR: &str = "partners";
/// The file that makes a folder of `partners/` a partner.
pub const PARTNER_FILE: &str = "partner.toml";
/// The partner document every page links to and every leaflet takes its
/// "where to get help" block from.
pub const LOCAL_SERVICES: &str = "local-services";

/// What a partner build has that the main site has not: read by renderers
/// from `SiteConfig::partner` (the organisation, `base_url` and locales of
/// the partner are in `SiteConfig` itself).
#[derive(Debug, Clone)]
pub struct PartnerSite {
    /// The partner's folder name (`partners/<name>/`).
    pub name: String,
    pub logo: Option<Logo>,
    /// Whether the partner has a document named [`LOCAL_SERVICES`].
    pub local_services: bool,
}

impl PartnerSite {
    /// What pages and leaflets show of the partner besides the site.toml
    /// values, for job fingerprints.
    pub fn digest(&self) -> String {
        crate::engine::hash::Hasher::new("partner")
            .add(&self.name)
            .add(self.logo.as_ref().map_or("", |l| l.digest.as_str()))
            .add([u8::from(self.local_services)])
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PartnerError {
    #[error("unknown partner `{name}`: there is no {}\n  help: {}", path.display(), known_help(known))]
    Unknown {
        name: String,
        path: PathBuf,
        known: Vec<String>,
    },
    #[error("{}: partner `{name}` has no {PARTNER_FILE}\n  help: write partners/{name}/{PARTNER_FILE} (see README.md, \"Host these pages under your name\")", dir.display())]
    MissingFile { name: String, dir: PathBuf },
    #[error("{}: `{name}` is not a partner name: use lower-case letters, digits and `-`", path.display())]
    BadName { name: String, path: PathBuf },
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{location}: {message}\n  help: partner.toml is TOML; see README.md, \"Host these pages under your name\", for every key it takes")]
    Syntax { location: Location, message: String },
    #[error("{location}: base_url `{url}` must be an absolute http(s) URL")]
    BadBaseUrl { location: Location, url: String },
    #[error("{location}: locale `{code}` is not one of site.toml's locales ({})\n  help: a partner publishes a subset of the site's locales", known.join(", "))]
    UnknownLocale {
        location: Location,
        code: String,
        known: Vec<String>,
    },
    #[error("{location}: there is no document `{doc}` (no content/{doc}.md)\n  help: `documents` lists shared documents by file name without `.md`; the partner's own documents are always published")]
    UnknownDocument { location: Location, doc: String },
    #[error("{location}: `{entry}` is listed twice")]
    Duplicate { location: Location, entry: String },
    #[error("{}: the partner document `{slug}` has the same name as {}\n  help: rename the partner's file: page addresses and message ids are made from it", Location::new(path, 1), main.display())]
    Collision {
        slug: String,
        path: PathBuf,
        main: PathBuf,
    },
    #[error("{location}: the logo {problem}")]
    Logo { location: Location, problem: String },
    #[error("{location}: `documents` leaves out a document that a published one links to:\n{inner}\n  help: add the linked document to `documents`, or remove `documents` to publish them all")]
    LeftOut {
        location: Location,
        inner: Box<ContentError>,
    },
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

fn known_help(known: &[String]) -> String {
    if known.is_empty() {
        "this project has no partners yet: a partner is a folder partners/<name>/ with a partner.toml".into()
    } else {
        format!("known partners: {}", known.join(", "))
    }
}

/// Whether `name` can be a partner's folder name.
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The partners of the project: every folder of `partners/` with a
/// partner.toml, by name. A folder whose name is not a partner name is an
/// error (it would never be built).
pub fn names(root: &Path) -> Result<Vec<String>, PartnerError> {
    let dir = root.join(PARTNERS_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut names = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.join(PARTNER_FILE).is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_valid_name(&name) {
            return Err(PartnerError::BadName {
                path: Path::new(PARTNERS_DIR).join(&name),
                name,
            });
        }
        names.push(name);
    }
    names.sort();
    Ok(names)
}

/// `partners/<name>`, relative to the root, once `name` is known to be a
/// partner (otherwise the error lists the known ones).
pub fn folder(root: &Path, name: &str) -> Result<PathBuf, PartnerError> {
    let rel = Path::new(PARTNERS_DIR).join(name);
    if !is_valid_name(name) || !root.join(&rel).is_dir() {
        return Err(PartnerError::Unknown {
            name: name.to_string(),
            path: rel.join(PARTNER_FILE),
            known: names(root).unwrap_or_default(),
        });
    }
    if !root.join(&rel).join(PARTNER_FILE).is_file() {
        return Err(PartnerError::MissingFile {
            name: name.to_string(),
            dir: rel,
        });
    }
    Ok(rel)
}
