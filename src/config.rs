//! `site.toml`: which locales exist, in what order, how each falls back, and
//! where the site will live. The locale set lives here and never in code, so a
//! tenth language is one line plus its message files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::diagnostic::{read_utf8, Location, ReadError};

pub const CONFIG_FILE: &str = "site.toml";

/// Text direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One configured locale.
#[derive(Debug, Clone)]
pub struct Locale {
    /// The code as written in site.toml and used for folder names (`fr`, `pt-BR`).
    pub code: String,
    pub langid: LanguageIdentifier,
    pub direction: Direction,
    /// Locales to try, in order, when this one has no usable text; always ends
    /// with the source locale (empty for the source locale itself).
    pub fallback: Vec<String>,
}

/// Who publishes the site; shown in page footers and on leaflets.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    /// The language the name is written in (a BCP 47 code), so a page or
    /// leaflet in another language marks the name with it and a screen reader
    /// reads it in the right voice. `None`: the source locale
    /// (see [`SiteConfig::organisation_lang`]).
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// A postal or street address (partners print where to find them).
    #[serde(default)]
    pub address: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// The project folder (where site.toml is).
    pub root: PathBuf,
    pub source_locale: String,
    /// All locales, source included, in display order.
    pub locales: Vec<Locale>,
    /// Absolute URL the site is published at, ending in `/`.
    pub base_url: String,
    pub theme: String,
    pub organisation: Organisation,
    /// Set in a partner build: `base_url`, `organisation` and `locales` above
    /// are then the partner's (see `crate::partner`), and this says what else
    /// differs. `None` for the main site.
    pub partner: Option<crate::partner::PartnerSite>,
}

impl SiteConfig {
    pub fn locale(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code == code)
    }

    /// The text direction of `code`: a site locale's own, else that of the
    /// language's usual script (`fa` is right-to-left even when it is not a
    /// locale of the site), else left-to-right. The one lookup of a
    /// direction: pages, UI strings and leaflets all ask here.
    pub fn direction(&self, code: &str) -> Direction {
        self.locale_direction(code)
            .or_else(|| {
                code.parse::<LanguageIdentifier>()
                    .ok()
                    .map(|l| direction_of(&l))
            })
            .unwrap_or(Direction::Ltr)
    }

    /// The language the organisation's name is written in: its `lang` in
    /// `[organisation]`, else the source locale.
    pub fn organisation_lang(&self) -> &str {
        self.organisation
            .lang
            .as_deref()
            .unwrap_or(&self.source_locale)
    }

    /// The text direction of `code` if it is one of the site's locales.
    pub fn locale_direction(&self, code: &str) -> Option<Direction> {
        self.locale(code).map(|l| l.direction)
    }

    /// `code` then its fallback chain, in the order text is looked for.
    pub fn chain(&self, code: &str) -> Vec<String> {
        let mut chain = vec![code.to_string()];
        if let Some(locale) = self.locale(code) {
            chain.extend(locale.fallback.iter().cloned());
        }
        chain
    }

    pub fn source(&self) -> &Locale {
        // `load` guarantees the source locale is in the list.
        self.locale(&self.source_locale)
            .unwrap_or_else(|| &self.locales[0])
    }

    pub fn theme_dir(&self) -> PathBuf {
        self.root.join("themes").join(&self.theme)
    }

    pub fn translations_dir(&self) -> PathBuf {
        self.root.join("translations")
    }

    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }

    pub fn output_dir(&self) -> PathBuf {
        self.root.join("output")
    }

    /// Where this build's site is published: `output/site`, or
    /// `output/partners/<name>/site` in a partner build.
    pub fn site_dir(&self) -> PathBuf {
        match &self.partner {
            Some(partner) => self
                .output_dir()
                .join("partners")
                .join(&partner.name)
                .join("site"),
            None => self.output_dir().join("site"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(
        "{location}: {message}\n  help: site.toml is TOML; see README.md for every key it takes"
    )]
    Syntax { location: Location, message: String },
    #[error("{location}: `{code}` is not a well-formed locale code ({reason})\n  help: use a BCP 47 code such as `fr`, `pt-BR` or `ar`")]
    MalformedLocale {
        location: Location,
        code: String,
        reason: String,
    },
    #[error("{location}: write the locale code `{code}` as `{canonical}`")]
    NonCanonicalLocale {
        location: Location,
        code: String,
        canonical: String,
    },
    #[error("{location}: unknown locale `{code}`: it is not in `locales`\n  help: add it to `locales` or correct the code")]
    UnknownLocale { location: Location, code: String },
    #[error("{location}: locale `{code}` has no UI catalog at {}\n  help: copy translations/{source_locale}/ui.ftl there and translate it", expected.display())]
    MissingUiCatalog {
        location: Location,
        code: String,
        source_locale: String,
        expected: PathBuf,
    },
    #[error("{location}: locale `{code}` is listed twice")]
    DuplicateLocale { location: Location, code: String },
    #[error("{location}: base_url `{url}` must be an absolute http(s) URL")]
    BadBaseUrl { location: Location, url: String },
    #[error("{location}: theme `{theme}`: {problem}\n  help: a theme is a folder name in themes/, made of letters, digits, `-` and `_`")]
    BadThemeName {
        location: Location,
        theme: String,
        problem: String,
    },
    #[error("{location}: theme `{theme}` does not exist (looked for {})", dir.display())]
    MissingTheme {
        location: Location,
        theme: String,
        dir: PathBuf,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    source_locale: Spanned<String>,
    locales: Vec<Spanned<String>>,
    base_url: Spanned<String>,
    #[serde(default = "default_theme")]
    theme: Spanned<String>,
    #[serde(default)]
    fallback: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    #[serde(default)]
    organisation: Organisation,
}

fn default_theme() -> Spanned<String> {
    Spanned::new(0..0, "default".to_string())
}

/// Where in site.toml a span of its text is.
trait At: Fn(std::ops::Range<usize>) -> Location {}
impl<F: Fn(std::ops::Range<usize>) -> Location> At for F {}

/// Loads and validates `<root>/site.toml`.
pub fn load(root: &Path) -> Result<SiteConfig, ConfigError> {
    let display = Path::new(CONFIG_FILE);
    let text = read_utf8(&root.join(CONFIG_FILE), display)?;
    let at = |span: std::ops::Range<usize>| Location::at_offset(display, &text, span.start);

    let raw: RawConfig = toml::from_str(&text).map_err(|err| ConfigError::Syntax {
        location: at(err.span().unwrap_or(0..0)),
        message: err.message().to_string(),
    })?;
    let seen = listed_locales(root, &raw, &at)?;
    check_known_locales(&raw, &seen, &at)?;
    let locales = with_fallbacks(seen, &raw);
    let base_url = base_url(&raw, &at)?;
    let theme = theme(root, &raw, &at)?;
    check_organisation_lang(&text, &at)?;
    Ok(SiteConfig {
        root: root.to_path_buf(),
        source_locale: raw.source_locale.get_ref().clone(),
        locales,
        base_url,
        theme,
        organisation: raw.organisation,
        partner: None,
    })
}

/// The locales of `locales`, each well-formed, listed once and with a UI catalog.
fn listed_locales(
    root: &Path,
    raw: &RawConfig,
    at: &impl At,
) -> Result<Vec<(String, LanguageIdentifier)>, ConfigError> {
    let mut seen = Vec::new();
    for code in &raw.locales {
        let langid = parse_locale(code, at)?;
        if seen.iter().any(|(c, _): &(String, _)| c == code.get_ref()) {
            return Err(ConfigError::DuplicateLocale {
                location: at(code.span()),
                code: code.get_ref().clone(),
            });
        }
        let ui = root
            .join("translations")
            .join(code.get_ref())
            .join("ui.ftl");
        if !ui.is_file() {
            return Err(ConfigError::MissingUiCatalog {
                location: at(code.span()),
                code: code.get_ref().clone(),
                source_locale: raw.source_locale.get_ref().clone(),
                expected: PathBuf::from("translations")
                    .join(code.get_ref())
                    .join("ui.ftl"),
            });
        }
        seen.push((code.get_ref().clone(), langid));
    }
    Ok(seen)
}

/// The source locale and every locale of a fallback chain must be listed.
fn check_known_locales(
    raw: &RawConfig,
    seen: &[(String, LanguageIdentifier)],
    at: &impl At,
) -> Result<(), ConfigError> {
    let known = |code: &Spanned<String>| -> Result<(), ConfigError> {
        if seen.iter().any(|(c, _)| c == code.get_ref()) {
            Ok(())
        } else {
            Err(ConfigError::UnknownLocale {
                location: at(code.span()),
                code: code.get_ref().clone(),
            })
        }
    };
    known(&raw.source_locale)?;
    for (from, chain) in &raw.fallback {
        known(from)?;
        for to in chain {
            known(to)?;
        }
    }
    Ok(())
}

/// Each locale with its direction and fallback chain, which always ends
/// with the source locale.
fn with_fallbacks(seen: Vec<(String, LanguageIdentifier)>, raw: &RawConfig) -> Vec<Locale> {
    let source = raw.source_locale.get_ref();
    seen.into_iter()
        .map(|(code, langid)| {
            let mut fallback: Vec<String> = raw
                .fallback
                .iter()
                .find(|(from, _)| from.get_ref() == &code)
                .map(|(_, chain)| chain.iter().map(|c| c.get_ref().clone()).collect())
                .unwrap_or_default();
            fallback.retain(|c| c != &code && c != source);
            if &code != source {
                fallback.push(source.clone());
            }
            let direction = direction_of(&langid);
            Locale {
                code,
                langid,
                direction,
                fallback,
            }
        })
        .collect()
}

/// The direction of a language's usual script.
fn direction_of(langid: &LanguageIdentifier) -> Direction {
    match langid.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// Only `[organisation] lang`, with where it is written (for its error).
#[derive(Deserialize)]
struct OrganisationLang {
    organisation: Option<LangOnly>,
}

#[derive(Deserialize)]
struct LangOnly {
    lang: Option<Spanned<String>>,
}

/// `[organisation] lang`, when given, must be a well-formed locale code
/// (it need not be one of the site's locales).
fn check_organisation_lang(text: &str, at: &impl At) -> Result<(), ConfigError> {
    let spanned: Option<Spanned<String>> = toml::from_str::<OrganisationLang>(text)
        .ok()
        .and_then(|o| o.organisation)
        .and_then(|o| o.lang);
    match spanned {
        Some(code) => parse_locale(&code, at).map(|_| ()),
        None => Ok(()),
    }
}

/// `base_url`, absolute http(s), ending in `/`.
fn base_url(raw: &RawConfig, at: &impl At) -> Result<String, ConfigError> {
    let mut base_url = raw.base_url.get_ref().clone();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        return Err(ConfigError::BadBaseUrl {
            location: at(raw.base_url.span()),
            url: base_url,
        });
    }
    if !base_url.ends_with('/') {
        base_url.push('/');
    }
    Ok(base_url)
}

/// `theme`: a folder name in themes/ that exists.
fn theme(root: &Path, raw: &RawConfig, at: &impl At) -> Result<String, ConfigError> {
    let theme = raw.theme.get_ref().clone();
    if let Some(problem) = crate::diagnostic::unsafe_name(&theme) {
        return Err(ConfigError::BadThemeName {
            location: at(raw.theme.span()),
            theme,
            problem,
        });
    }
    let theme_dir = root.join("themes").join(&theme);
    if let Some(problem) = crate::diagnostic::leaves_root(root, &theme_dir) {
        return Err(ConfigError::BadThemeName {
            location: at(raw.theme.span()),
            theme,
            problem,
        });
    }
    if !theme_dir.is_dir() {
        return Err(ConfigError::MissingTheme {
            location: at(raw.theme.span()),
            theme,
            dir: PathBuf::from("themes").join(raw.theme.get_ref()),
        });
    }
    Ok(theme)
}

fn parse_locale(code: &Spanned<String>, at: &impl At) -> Result<LanguageIdentifier, ConfigError> {
    let langid: LanguageIdentifier =
        code.get_ref()
            .parse()
            .map_err(
                |err: unic_langid::LanguageIdentifierError| ConfigError::MalformedLocale {
                    location: at(code.span()),
                    code: code.get_ref().clone(),
                    reason: err.to_string(),
                },
            )?;
    let canonical = langid.to_string();
    if &canonical != code.get_ref() {
        return Err(ConfigError::NonCanonicalLocale {
            location: at(code.span()),
            code: code.get_ref().clone(),
            canonical,
        });
    }
    Ok(langid)
}
