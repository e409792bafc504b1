//! `partners/<name>/partner.toml`, read and checked against site.toml and
//! the shared documents. Every problem names the file and line.
//!
//! ```toml
//! base_url = "https://clinic.example.org/hiv/"
//! locales = ["en", "el"]            # optional: default every locale of site.toml
//! documents = ["prep", "testing"]   # optional: default every shared document
//! logo = "logo.svg"                 # optional: SVG or PNG in the partner folder
//!
//! [organisation]
//! name = "Athens Checkpoint"
//! website = "https://clinic.example.org/"
//! email = "info@clinic.example.org"
//! phone = "+30 210 000 0000"
//! address = "1 Example Street, Athens"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::{logo, Logo, PartnerError, PARTNER_FILE};
use crate::config::{Organisation, SiteConfig};
use crate::diagnostic::{read_utf8, Location};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    base_url: Spanned<String>,
    organisation: Organisation,
    #[serde(default)]
    locales: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    documents: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    logo: Option<Spanned<String>>,
}

/// A partner's checked settings.
#[derive(Debug, Clone)]
pub struct PartnerSettings {
    pub name: String,
    /// `partners/<name>`, relative to the root.
    pub folder: PathBuf,
    /// Absolute, ending in `/`.
    pub base_url: String,
    pub organisation: Organisation,
    /// The locales published, in site.toml's order; the source locale is
    /// always among them (its text is every page's fallback).
    pub locales: Vec<String>,
    /// The shared documents published (`None`: all), and where in
    /// partner.toml they are listed.
    pub documents: Option<(Vec<String>, Location)>,
    pub logo: Option<Logo>,
}

/// Reads and checks `partners/<name>/partner.toml`. `shared` are the main
/// project's document names.
pub fn load(
    root: &Path,
    name: &str,
    config: &SiteConfig,
    shared: &[&str],
) -> Result<PartnerSettings, PartnerError> {
    let folder = super::folder(root, name)?;
    let display = folder.join(PARTNER_FILE);
    let text = read_utf8(&root.join(&display), &display)?;
    let at = |span: std::ops::Range<usize>| Location::at_offset(&display, &text, span.start);
    let raw: RawSettings = toml::from_str(&text).map_err(|err| PartnerError::Syntax {
        location: at(err.span().unwrap_or(0..0)),
        message: err.message().to_string(),
    })?;

    let mut base_url = raw.base_url.get_ref().clone();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        return Err(PartnerError::BadBaseUrl {
            location: at(raw.base_url.span()),
            url: base_url,
        });
    }
    if !base_url.ends_with('/') {
        base_url.push('/');
    }
    if raw.organisation.name.trim().is_empty() {
        return Err(PartnerError::Syntax {
            location: Location::new(&display, 1),
            message: "[organisation] needs a `name`: pages and leaflets say who publishes them"
                .into(),
        });
    }

    let known: Vec<String> = config.locales.iter().map(|l| l.code.clone()).collect();
    let locales = match &raw.locales {
        None => known.clone(),
        Some(listed) => {
            check_listed(listed, &at, |code| {
                (!known.iter().any(|k| k == code)).then(|| PartnerError::UnknownLocale {
                    location: Location::new("", 0),
                    code: code.to_string(),
                    known: known.clone(),
                })
            })?;
            known
                .iter()
                .filter(|k| *k == &config.source_locale || listed.iter().any(|l| l.get_ref() == *k))
                .cloned()
                .collect()
        }
    };

    let documents = match &raw.documents {
        None => None,
        Some(listed) => {
            check_listed(listed, &at, |doc| {
                (!shared.contains(&doc)).then(|| PartnerError::UnknownDocument {
                    location: Location::new("", 0),
                    doc: doc.to_string(),
                })
            })?;
            let location = listed
                .first()
                .map_or_else(|| Location::new(&display, 1), |d| at(d.span()));
            Some((
                listed.iter().map(|d| d.get_ref().clone()).collect(),
                location,
            ))
        }
    };

    let logo = match &raw.logo {
        None => None,
        Some(file) => Some(
            logo::load(root, &folder, file.get_ref())
                .map_err(|problem| problem.at_or(at(file.span())))?,
        ),
    };

    Ok(PartnerSettings {
        name: name.to_string(),
        folder,
        base_url,
        organisation: raw.organisation,
        locales,
        documents,
        logo,
    })
}

/// Each entry of a list must be known (`unknown` gives the error, whose
/// location is filled in here) and listed once.
fn check_listed(
    listed: &[Spanned<String>],
    at: &impl Fn(std::ops::Range<usize>) -> Location,
    unknown: impl Fn(&str) -> Option<PartnerError>,
) -> Result<(), PartnerError> {
    for (i, entry) in listed.iter().enumerate() {
        let location = at(entry.span());
        if let Some(mut err) = unknown(entry.get_ref()) {
            if let PartnerError::UnknownLocale { location: l, .. }
            | PartnerError::UnknownDocument { location: l, .. } = &mut err
            {
                *l = location;
            }
            return Err(err);
        }
        if listed[..i].iter().any(|e| e.get_ref() == entry.get_ref()) {
            return Err(PartnerError::Duplicate {
                location,
                entry: entry.get_ref().clone(),
            });
        }
    }
    Ok(())
}
