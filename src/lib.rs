//! peerpress: Markdown health-education content and Fluent translations →
//! accessible web pages, with an exact account of what is left to translate.
//!
//! The flow, one module per step:
//! `config` (site.toml) → `content` (load + segment) → `catalog` (reference
//! ids, locale files, matching) → `localize` (one localized document per
//! locale) → `render` (HTML) → `build` (write the site safely).

pub mod build;
pub mod catalog;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod inline;
pub mod leaflet;
pub mod localize;
pub mod project;
pub mod render;
pub mod status;
pub mod sync;
pub mod ui;
