//! Fluent catalogs: the reference catalog generated from the content, the
//! translated catalogs of each locale, and the stable ids that join them.

pub mod fingerprint;
pub mod ftl;
pub mod history;
pub mod ids;
pub mod locale;
pub mod meaning;
pub mod records;
pub mod reference;

pub use locale::{CatalogEntry, CatalogFile, Marker, Provenance, SyntaxError};

use crate::diagnostic::ReadError;

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{0}\n  help: fix the Fluent syntax there (see https://projectfluent.org/fluent/guide/); the build publishes nothing until every catalog parses")]
    Syntax(SyntaxError),
    #[error("{location}: the translation records file is not valid TOML: {message}\n  help: restore it from version control, or delete it (translations then count as made from the English in the reference catalog)")]
    Records {
        location: crate::diagnostic::Location,
        message: String,
    },
    #[error("{}: {problem}\n  help: keep the project's files inside the project folder", path.display())]
    OutsideProject {
        path: std::path::PathBuf,
        problem: String,
    },
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}
