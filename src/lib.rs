//! peerpress: Markdown health-education content and Fluent translations →
//! accessible web pages, with an exact account of what is left to translate.
//!
//! The flow, one module per step:
//! `config` (site.toml; `partner` applies a partner's overlay to it and to the
//! loaded project) → `content` (load + segment) → `catalog` (reference
//! ids, locale files, matching) → `localize` (one localized document per
//! locale, and the print verdict; `prepare` runs load → localize → report
//! one document at a time for a build, so that no more than a few documents'
//! catalogs are in memory at once) → renderers, each registering output jobs:
//! `render` (HTML pages, assets, sitemap.xml/robots.txt; templates and `t()`), `leaflet` (PDF:
//! compose, imposition, QR, writing) on top of `typeset` (fonts, spans,
//! shaping, bidi, line breaking; no output format) → `engine` (jobs,
//! fingerprints, cache, streaming into a staging folder) → `build` (the one
//! list of renderers, the swap into `output/site`);
//! `serve` (a live preview on the same engine, rendering on demand);
//! `bundle` (a build packed into one zip for offline use, with print-shop pages).
//! Leaf modules: `html` (escaping), `inline` (Markdown inline events and the
//! link/raw-HTML safety rules every renderer shares), `ui` (UI strings),
//! `diagnostic`, `clock`.

pub mod build;
pub mod bundle;
pub mod catalog;
pub mod clock;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod engine;
pub mod html;
pub mod inline;
pub mod leaflet;
pub mod localize;
pub mod partner;
pub mod prepare;
pub mod project;
pub mod render;
pub mod serve;
pub mod status;
pub mod sync;
pub mod typeset;
pub mod ui;
