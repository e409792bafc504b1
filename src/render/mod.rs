//! Renderers: localized documents → output files: HTML pages ([`site`]),
//! theme assets ([`assets`]) and files for search engines ([`search`]).

pub mod assets;
pub mod body;
pub mod inline;
pub mod search;
pub mod site;
pub mod templates;

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("{}: template error: {message}\n  help: check the template; UI strings come from translations/<locale>/ui.ftl", path.display())]
    Template {
        path: std::path::PathBuf,
        message: String,
    },
}

/// Tera's error plus its causes on one line (Tera nests the useful part).
pub(crate) fn tera_message(err: &tera::Error) -> String {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}
