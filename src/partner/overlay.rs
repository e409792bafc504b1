//! The main project with a partner applied: the one value a partner build,
//! `status --partner` and `sync --partner` read.
//!
//! - `config`: the partner's `base_url`, organisation and locales, and
//!   `config.partner` (name, logo, whether there is a local-services page);
//! - `documents` (with `ids` and `previous_reference` in step): the shared
//!   documents the partner publishes plus the partner's own, in topic order;
//! - `catalogs`: the shared ones as they are, plus the partner documents'
//!   catalogs from `partners/<name>/translations/`, recorded in
//!   `catalog_homes` so that `sync` and `status` find their files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::settings::{self, PartnerSettings};
use super::{PartnerError, PartnerSite, LOCAL_SERVICES};
use crate::catalog::CatalogFile;
use crate::content::{self, Document};
use crate::project::{document_ids_at, Project};

/// The project as partner `name` publishes it.
pub fn load_project(root: &Path, name: &str) -> Result<Project, PartnerError> {
    let mut project = Project::load(root)?;
    apply(root, &mut project, name, true)?;
    Ok(project)
}

/// Applies partner `name` to a project loaded without document catalogs
/// ([`Project::load_shared`]): a build then reads each document's catalogs
/// in turn (`crate::prepare`), from `catalog_homes` for the partner's own.
pub fn apply_shared(root: &Path, project: &mut Project, name: &str) -> Result<(), PartnerError> {
    apply(root, project, name, false)
}

/// `with_catalogs`: the project has every document's catalogs and ids, and
/// the partner's documents get theirs too.
fn apply(
    root: &Path,
    project: &mut Project,
    name: &str,
    with_catalogs: bool,
) -> Result<(), PartnerError> {
    let shared: Vec<&str> = project.documents.iter().map(|d| d.slug.as_str()).collect();
    let settings = settings::load(root, name, &project.config, &shared)?;
    keep_documents(root, project, &settings)?;
    let own = own_documents(root, project, &settings)?;
    let home = settings.folder.join("translations");
    for doc in &own {
        project.catalog_homes.insert(doc.slug.clone(), home.clone());
    }
    if with_catalogs {
        add_documents(root, project, own, &home, &settings)?;
    } else {
        project.documents.extend(own);
        content::sort(&mut project.documents);
    }
    apply_settings(project, settings);
    Ok(())
}

/// Drops the shared documents the partner does not publish; the ones kept
/// must not link to a dropped one.
fn keep_documents(
    root: &Path,
    project: &mut Project,
    settings: &PartnerSettings,
) -> Result<(), PartnerError> {
    let Some((wanted, location)) = &settings.documents else {
        return Ok(());
    };
    let keep: Vec<bool> = project
        .documents
        .iter()
        .map(|d| wanted.contains(&d.slug))
        .collect();
    let mut flags = keep.iter();
    project
        .documents
        .retain(|_| *flags.next().unwrap_or(&false));
    let mut flags = keep.iter();
    project.ids.retain(|_| *flags.next().unwrap_or(&false));
    let mut flags = keep.iter();
    project
        .previous_reference
        .retain(|_| *flags.next().unwrap_or(&false));
    let slugs: BTreeSet<&str> = wanted.iter().map(String::as_str).collect();
    content::check_links(root, &project.documents, &slugs).map_err(|inner| PartnerError::LeftOut {
        location: location.clone(),
        inner: Box::new(inner),
    })
}

/// `partners/<name>/content/*.md`, none named like a shared document.
fn own_documents(
    root: &Path,
    project: &Project,
    settings: &PartnerSettings,
) -> Result<Vec<Document>, PartnerError> {
    let shared: BTreeSet<&str> = project.documents.iter().map(|d| d.slug.as_str()).collect();
    let folder = settings.folder.join("content");
    // Partner documents may link to the shared documents the partner publishes.
    let docs = content::load_folder(root, &folder, &shared)?;
    let all_shared = main_document_paths(root);
    for doc in &docs {
        if let Some(main) = all_shared
            .iter()
            .find(|p| p.file_stem() == doc.path.file_stem())
        {
            return Err(PartnerError::Collision {
                slug: doc.slug.clone(),
                path: doc.path.clone(),
                main: main.clone(),
            });
        }
    }
    Ok(docs)
}

/// `content/*.md` of the main project (relative paths), published or not.
fn main_document_paths(root: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(root.join("content")) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| Path::new("content").join(e.file_name()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect()
}

/// Adds the partner's documents, their catalogs (from `home`) and ids, and
/// puts every document in topic order.
fn add_documents(
    root: &Path,
    project: &mut Project,
    own: Vec<Document>,
    home: &Path,
    settings: &PartnerSettings,
) -> Result<(), PartnerError> {
    let source = project.config.source_locale.clone();
    let locales: Vec<String> = project
        .config
        .locales
        .iter()
        .map(|l| l.code.clone())
        .collect();
    let locales: Vec<&str> = locales.iter().map(String::as_str).collect();
    for doc in &own {
        for locale in settings.locales.iter() {
            let display = home.join(locale).join(format!("{}.ftl", doc.slug));
            if let Some(file) = CatalogFile::load(root, &display)? {
                project
                    .catalogs
                    .insert((locale.clone(), doc.slug.clone()), file);
            }
        }
    }
    let mut entries: Vec<(Document, Vec<String>, Option<String>)> = Vec::new();
    let shared = std::mem::take(&mut project.documents)
        .into_iter()
        .zip(std::mem::take(&mut project.ids))
        .zip(std::mem::take(&mut project.previous_reference))
        .map(|((d, i), p)| (d, i, p));
    entries.extend(shared);
    for doc in own {
        let reference = home.join(&source).join(format!("{}.ftl", doc.slug));
        let found = document_ids_at(root, &locales, &project.catalogs, &doc, &reference)?;
        project
            .reference_texts
            .insert(doc.slug.clone(), found.reference_texts);
        entries.push((doc, found.ids, found.previous_text));
    }
    entries.sort_by(|a, b| content::topic_order(&a.0, &b.0));
    for (doc, ids, previous) in entries {
        project.documents.push(doc);
        project.ids.push(ids);
        project.previous_reference.push(previous);
    }
    Ok(())
}

/// The partner's organisation, `base_url` and locales in place of the site's.
fn apply_settings(project: &mut Project, settings: PartnerSettings) {
    let config = &mut project.config;
    config.base_url = settings.base_url;
    config.organisation = settings.organisation;
    config
        .locales
        .retain(|l| settings.locales.iter().any(|c| c == &l.code));
    let local_services = project.catalog_homes.contains_key(LOCAL_SERVICES);
    config.partner = Some(PartnerSite {
        name: settings.name,
        logo: settings.logo,
        local_services,
    });
}
