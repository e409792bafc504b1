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

    /// Renders `template` for a page written to `out`; an error names the
    /// template file and the page.
    pub fn render_page(
        &self,
        config: &crate::config::SiteConfig,
        locale: &str,
        template: &str,
        context: &tera::Context,
        out: &str,
    ) -> Result<String, RenderError> {
        self.render(locale, template, context)
            .map_err(|err| RenderError::Template {
                path: PathBuf::from("themes")
                    .join(&config.theme)
                    .join("templates")
                    .join(template),
                message: format!("while writing {out}: {}", tera_message(&err)),
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
/// `NAME_lang="xx"` beside a variable `NAME` says which language its value
/// is in (an organisation's name): where that differs from the string's
/// own, the value is wrapped in its own `lang`/`dir` span.
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
        let is_lang_of = |k: &str| {
            k.strip_suffix("_lang")
                .is_some_and(|base| args.get(base).is_some_and(tera::Value::is_string))
        };
        let mut keys: Vec<&String> = args
            .keys()
            .filter(|k| *k != "id" && *k != "attr" && !is_lang_of(k))
            .collect();
        keys.sort();
        // Values in their own language go in as placeholders, replaced after escaping.
        let mut marked: Vec<(String, &str, &str)> = Vec::new();
        for key in keys {
            let value = match &args[key] {
                tera::Value::Number(n) => match n.as_i64() {
                    Some(i) => FluentValue::from(i),
                    None => FluentValue::from(n.as_f64().unwrap_or_default()),
                },
                tera::Value::String(s) => match args
                    .get(&format!("{key}_lang"))
                    .and_then(tera::Value::as_str)
                {
                    Some(lang) => {
                        let placeholder = format!("\u{e000}{}\u{e001}", marked.len());
                        marked.push((placeholder.clone(), s.as_str(), lang));
                        FluentValue::from(placeholder)
                    }
                    None => FluentValue::from(s.clone()),
                },
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
        let mut escaped = escape_html(&found.text);
        for (placeholder, value, lang) in &marked {
            let value = escape_html(value);
            let replacement = if *lang == found.lang || in_attribute {
                value
            } else {
                let dir = self.strings.config().direction(lang);
                format!(
                    "<span lang=\"{}\" dir=\"{}\">{value}</span>",
                    escape_html(lang),
                    dir.as_str()
                )
            };
            escaped = escaped.replace(placeholder.as_str(), &replacement);
        }
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
