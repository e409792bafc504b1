//! The theme's Tera templates and the Tera function `t()` they call for UI
//! strings: one Tera per locale, the same templates with `t` bound to it.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};

use super::{tera_message, RenderError};
use crate::engine::hash::Hasher;
use crate::html::escape_html;
use crate::project::Project;
use crate::ui::UiStrings;

pub struct Templates {
    tera: BTreeMap<String, tera::Tera>,
    /// Fingerprint of every template file (name and text).
    pub digest: String,
}

impl Templates {
    /// Loads `themes/<theme>/templates/**/*.html`.
    pub fn load(project: &Project, ui: &Arc<UiStrings>) -> Result<Templates, RenderError> {
        let dir = project.config.theme_dir().join("templates");
        let display = PathBuf::from("themes")
            .join(&project.config.theme)
            .join("templates");
        let mut base = tera::Tera::default();
        let mut files = Vec::new();
        let mut digest = Hasher::new("templates");
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = entry.map_err(|err| RenderError::Template {
                path: display.clone(),
                message: err.to_string(),
            })?;
            if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "html")
            {
                let name = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
                let name = name.to_string_lossy().replace('\\', "/");
                let text = std::fs::read(entry.path()).map_err(|err| RenderError::Template {
                    path: display.join(&name),
                    message: err.to_string(),
                })?;
                digest.add(&name).add(text);
                files.push((entry.path().to_path_buf(), Some(name)));
            }
        }
        base.add_template_files(files)
            .map_err(|err| RenderError::Template {
                path: display.clone(),
                message: tera_message(&err),
            })?;
        base.autoescape_on(vec![".html"]);
        base.set_escape_fn(escape_html);
        let tera = project
            .config
            .locales
            .iter()
            .map(|locale| {
                let mut tera = base.clone();
                tera.register_function(
                    "t",
                    Translate {
                        strings: ui.clone(),
                        locale: locale.code.clone(),
                    },
                );
                (locale.code.clone(), tera)
            })
            .collect();
        Ok(Templates {
            tera,
            digest: digest.finish(),
        })
    }

    pub fn render(
        &self,
        locale: &str,
        template: &str,
        context: &tera::Context,
    ) -> tera::Result<String> {
        match self.tera.get(locale) {
            Some(tera) => tera.render(template, context),
            None => Err(tera::Error::msg(format!(
                "no templates for locale {locale}"
            ))),
        }
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
        let escaped = escape_html(&found.text);
        let html = if found.lang == self.locale || in_attribute {
            escaped
        } else {
            let dir = self.strings.config().direction(&found.lang);
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
