//! UI strings (`translations/<locale>/ui.ftl`) for templates.
//!
//! Templates call `t(id="…", count=…)`. A message missing or broken in the
//! page's locale falls back along the locale's chain and is then marked with
//! its own `lang`; a message missing everywhere fails the build rather than
//! show a raw id to a reader.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::config::{Direction, SiteConfig};
use crate::project::{Project, TERMS_CATALOG, UI_CATALOG};

pub struct UiStrings {
    bundles: BTreeMap<String, FluentBundle<Arc<FluentResource>>>,
    chains: BTreeMap<String, Vec<String>>,
    directions: BTreeMap<String, Direction>,
    source: String,
}

/// A formatted UI string and the locale it came from.
pub struct UiText {
    pub text: String,
    pub lang: String,
}

impl UiStrings {
    pub fn new(project: &Project) -> UiStrings {
        let config: &SiteConfig = &project.config;
        let mut bundles = BTreeMap::new();
        for locale in &config.locales {
            let mut bundle = FluentBundle::new_concurrent(vec![locale.langid.clone()]);
            bundle.set_use_isolating(false);
            for name in [TERMS_CATALOG, UI_CATALOG] {
                if let Some(file) = project.catalog(&locale.code, name) {
                    let _ = bundle.add_resource(file.resource.clone());
                }
            }
            bundles.insert(locale.code.clone(), bundle);
        }
        UiStrings {
            bundles,
            chains: config
                .locales
                .iter()
                .map(|l| {
                    let mut chain = vec![l.code.clone()];
                    chain.extend(l.fallback.iter().cloned());
                    (l.code.clone(), chain)
                })
                .collect(),
            directions: config
                .locales
                .iter()
                .map(|l| (l.code.clone(), l.direction))
                .collect(),
            source: config.source_locale.clone(),
        }
    }

    /// Formats `id` for `locale`, falling back along its chain.
    pub fn get(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> Option<UiText> {
        let chain = self.chains.get(locale)?;
        chain.iter().find_map(|code| {
            let bundle = self.bundles.get(code)?;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            errors.is_empty().then(|| UiText {
                text: text.into_owned(),
                lang: code.clone(),
            })
        })
    }

    pub fn direction(&self, locale: &str) -> Direction {
        self.directions
            .get(locale)
            .copied()
            .unwrap_or(Direction::Ltr)
    }

    pub fn source_locale(&self) -> &str {
        &self.source
    }
}

/// The Tera function `t` for pages in one locale.
///
/// Arguments: `id` (required); `attr=true` for use inside an attribute
/// (plain escaped text); any other argument becomes a Fluent variable.
/// Returns escaped HTML: a fallback string is wrapped in a `lang` span.
pub struct Translate {
    pub strings: Arc<UiStrings>,
    pub locale: String,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let id = args
            .get("id")
            .and_then(|v| v.as_str())
            .ok_or_else(|| tera::Error::msg("t() needs an `id` argument"))?;
        let in_attribute = args.get("attr").and_then(|v| v.as_bool()).unwrap_or(false);
        let mut fluent_args = FluentArgs::new();
        let mut keys: Vec<&String> = args.keys().filter(|k| *k != "id" && *k != "attr").collect();
        keys.sort();
        for key in keys {
            let value = match &args[key] {
                tera::Value::Number(n) => match n.as_i64() {
                    Some(i) => FluentValue::from(i),
                    None => FluentValue::from(n.as_f64().unwrap_or_default()),
                },
                tera::Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            fluent_args.set(key.clone(), value);
        }
        let found = self
            .strings
            .get(&self.locale, id, Some(&fluent_args))
            .ok_or_else(|| {
                tera::Error::msg(format!(
                    "UI message `{id}` is missing from translations/{}/ui.ftl (and from every fallback)",
                    self.strings.source_locale()
                ))
            })?;
        let escaped = crate::render::site::escape_html(&found.text);
        let html = if found.lang == self.locale || in_attribute {
            escaped
        } else {
            let dir = self.strings.direction(&found.lang);
            format!(
                "<span lang=\"{}\" dir=\"{}\">{escaped}</span>",
                found.lang,
                dir.as_str()
            )
        };
        Ok(tera::Value::String(html))
    }

    fn is_safe(&self) -> bool {
        true
    }
}
