//! UI strings (`translations/<locale>/ui.ftl`) for pages and leaflets.
//!
//! Templates reach them through `t()` ([`crate::render::templates`]). A message missing or broken in the
//! page's locale falls back along the locale's chain and is then marked with
//! its own `lang`; a message missing everywhere fails the build rather than
//! show a raw id to a reader.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::config::SiteConfig;
use crate::engine::hash::Hasher;
use crate::project::{Project, TERMS_CATALOG, UI_CATALOG};

pub struct UiStrings {
    bundles: BTreeMap<String, FluentBundle<Arc<FluentResource>>>,
    chains: BTreeMap<String, Vec<String>>,
    /// The site's locales: their directions and the source locale.
    config: SiteConfig,
    /// Per locale: fingerprint of its ui.ftl and terms.ftl text.
    files: BTreeMap<String, String>,
    /// Per locale: fingerprint of its terms.ftl text.
    terms: BTreeMap<String, String>,
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
        let mut files = BTreeMap::new();
        let mut terms = BTreeMap::new();
        for locale in &config.locales {
            let mut all = Hasher::new("ui files");
            let mut term_text = Hasher::new("terms");
            for name in [TERMS_CATALOG, UI_CATALOG] {
                let text = project.catalog(&locale.code, name).map(|f| f.text());
                all.add(name).add(text.unwrap_or("\u{0}absent"));
                if name == TERMS_CATALOG {
                    term_text.add(text.unwrap_or("\u{0}absent"));
                }
            }
            files.insert(locale.code.clone(), all.finish());
            terms.insert(locale.code.clone(), term_text.finish());
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
                .map(|l| (l.code.clone(), config.chain(&l.code)))
                .collect(),
            config: config.clone(),
            files,
            terms,
        }
    }

    /// Fingerprint of every UI string a page in `locale` can show: the
    /// ui.ftl and terms.ftl of each locale in its fallback chain.
    pub fn chain_digest(&self, locale: &str) -> String {
        let mut h = Hasher::new("ui chain");
        for code in self.chains.get(locale).into_iter().flatten() {
            h.add(code)
                .add(self.files.get(code).map_or("", String::as_str));
        }
        h.finish()
    }

    /// Fingerprint of exactly the messages `ids` in each locale of `locale`'s
    /// fallback chain, plus the terms they may reference.
    pub fn digest(&self, locale: &str, ids: &[&str]) -> String {
        let mut h = Hasher::new("ui messages");
        let chain = self.chains.get(locale).map_or(&[][..], Vec::as_slice);
        for code in chain {
            h.add(code)
                .add(self.terms.get(code).map_or("", String::as_str));
        }
        for id in ids {
            h.add(id);
            // Every locale of the chain: a broken message falls back to the next.
            for code in chain {
                match self.bundles.get(code).and_then(|b| b.get_message(id)) {
                    Some(message) => {
                        h.add(code).add(format!("{:?}", message.value()));
                        for attribute in message.attributes() {
                            h.add(attribute.id())
                                .add(format!("{:?}", attribute.value()));
                        }
                    }
                    None => {
                        h.add(code).add("\u{0}absent");
                    }
                }
            }
        }
        h.finish()
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

    /// The site configuration the strings were loaded for (a string's
    /// direction is [`SiteConfig::direction`] of its `lang`).
    pub fn config(&self) -> &SiteConfig {
        &self.config
    }

    pub fn source_locale(&self) -> &str {
        &self.config.source_locale
    }
}
