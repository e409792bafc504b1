//! A build's load → localize → report, one document at a time.
//!
//! [`Project::load`] reads every catalog of every locale before anything is
//! localized; `status`, `sync` and `serve` need that. A build only needs what
//! the catalogs *say*: the localized documents and the report. So here each
//! document's catalogs (one per locale) are read, matched, reported and
//! dropped before the next ones are read, and a build's memory holds the
//! localized documents rather than every parsed catalog (issue #9: a
//! 1,000-document site in nine languages peaked at 765 MiB, most of it
//! Fluent ASTs and catalog entries that were done with after localizing).
//!
//! The results are exactly those of `localize_all` and `status::collect_from`
//! on the fully loaded project (`tests/prepare.rs` compares them).

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::catalog::{CatalogFile, SyntaxError};
use crate::localize::{self, Catalogs, LocalizedDocument, LocalizedSegment, Sources};
use crate::project::{document_ids_at, LoadError, Project};
use crate::status::{ContentParts, DocumentHistory, Filter, Report};

/// A project whose document catalogs were read, used and dropped.
pub struct Prepared {
    /// Everything but the documents' catalogs: configuration, documents,
    /// segment ids, and the UI and terms catalogs of every locale.
    pub project: Project,
    /// What was made from the catalogs, to be attached to `project`.
    pub pending: Pending,
}

/// What a [`Prepared`] project's catalogs gave, before it is attached to
/// the project ([`Pending::attach`]).
pub struct Pending {
    /// What each document shows in each locale.
    localized: Vec<Owned>,
    /// The report's content parts (see `status::assemble`).
    parts: ContentParts,
    /// What the report lists: the parts were made for it.
    filter: Filter,
    /// Syntax errors of every catalog read, in `(locale, catalog)` order.
    syntax_errors: Vec<SyntaxError>,
    /// What was repaired while reading catalogs, in `(locale, catalog)` order.
    warnings: Vec<String>,
}

/// What a build's renderers read, from a [`Prepared`] project.
pub struct Attached<'p> {
    /// The localized documents, in `localize_all`'s order.
    pub localized: Vec<LocalizedDocument<'p>>,
    pub report: Report,
    pub syntax_errors: Vec<SyntaxError>,
    pub warnings: Vec<String>,
}

impl Pending {
    /// Attaches the localized documents to the project they were made from
    /// and puts the report together.
    pub fn attach(self, project: &Project) -> Attached<'_> {
        let localized: Vec<LocalizedDocument<'_>> = self
            .localized
            .into_iter()
            .map(|o| LocalizedDocument {
                doc: &project.documents[o.document],
                locale: &project.config.locales[o.locale],
                segments: o.segments,
                reviewed: o.reviewed,
            })
            .collect();
        let report = crate::status::assemble(project, &localized, &self.filter, self.parts);
        Attached {
            localized,
            report,
            syntax_errors: self.syntax_errors,
            warnings: self.warnings,
        }
    }
}

/// One localized document without its borrows of the project.
struct Owned {
    document: usize,
    locale: usize,
    segments: Vec<LocalizedSegment>,
    reviewed: bool,
}

/// What one document's pass gives back.
struct DocumentPass {
    ids: crate::project::DocumentIds,
    localized: Vec<Owned>,
    parts: ContentParts,
    /// The syntax errors and warnings of each file read.
    diagnostics: Vec<(CatalogKey, Diagnostics)>,
}

/// `(locale, catalog name)`, as `Project::catalogs` is keyed.
type CatalogKey = (String, String);
/// A catalog file's syntax errors and warnings.
type Diagnostics = (Vec<SyntaxError>, Vec<String>);

impl Prepared {
    /// Loads the project at `root` one document at a time; `filter` is what
    /// the report lists (a build's dashboard counts fresh messages).
    pub fn load(root: &std::path::Path, filter: &Filter) -> Result<Prepared, LoadError> {
        let project = Project::load_shared(root)?;
        let site_locales = locale_codes(&project);
        Prepared::from_shared(project, &site_locales, filter)
    }

    /// Partner `name`'s site (see `crate::partner`), loaded as [`Prepared::load`] does.
    pub fn load_partner(
        root: &std::path::Path,
        name: &str,
        filter: &Filter,
    ) -> Result<Prepared, crate::partner::PartnerError> {
        let mut project = Project::load_shared(root)?;
        let site_locales = locale_codes(&project);
        crate::partner::apply_shared(root, &mut project, name)?;
        Ok(Prepared::from_shared(project, &site_locales, filter)?)
    }

    /// Reads, localizes and reports each document of a project loaded by
    /// [`Project::load_shared`]. A shared document's catalogs are read in
    /// every locale of the site (`site_locales`: a translation in a locale a
    /// partner does not publish still reserves its ids, as in a full load);
    /// a partner document's in the partner's locales.
    fn from_shared(
        mut project: Project,
        site_locales: &[String],
        filter: &Filter,
    ) -> Result<Prepared, LoadError> {
        let passes: Vec<DocumentPass> = (0..project.documents.len())
            .into_par_iter()
            .map(|index| document_pass(&project, site_locales, index, filter))
            .collect::<Result<_, LoadError>>()?;

        let mut diagnostics: BTreeMap<CatalogKey, Diagnostics> = project
            .catalogs
            .iter()
            .map(|(key, file)| {
                let found = (file.syntax_errors.clone(), file.warnings.clone());
                (key.clone(), found)
            })
            .collect();
        let mut localized = Vec::new();
        let mut parts = ContentParts::new();
        for (doc, pass) in project.documents.iter().zip(passes) {
            project.ids.push(pass.ids.ids);
            project.previous_reference.push(pass.ids.previous_text);
            project
                .reference_texts
                .insert(doc.slug.clone(), pass.ids.reference_texts);
            localized.extend(pass.localized);
            parts.extend(pass.parts);
            diagnostics.extend(pass.diagnostics);
        }
        let (syntax_errors, warnings) = diagnostics.into_values().fold(
            (Vec::new(), Vec::new()),
            |(mut errors, mut warnings), (e, w)| {
                errors.extend(e);
                warnings.extend(w);
                (errors, warnings)
            },
        );
        Ok(Prepared {
            project,
            pending: Pending {
                localized,
                parts,
                filter: filter.clone(),
                syntax_errors,
                warnings,
            },
        })
    }
}

fn locale_codes(project: &Project) -> Vec<String> {
    project
        .config
        .locales
        .iter()
        .map(|l| l.code.clone())
        .collect()
}

/// One document's catalogs in every locale, read for its pass only, in
/// front of the project's shared (UI and terms) catalogs.
struct DocumentCatalogs<'a> {
    own: &'a BTreeMap<CatalogKey, CatalogFile>,
    shared: &'a Project,
}

impl Catalogs for DocumentCatalogs<'_> {
    fn catalog(&self, locale: &str, name: &str) -> Option<&CatalogFile> {
        self.own
            .get(&(locale.to_string(), name.to_string()))
            .or_else(|| self.shared.catalog(locale, name))
    }
}

/// Reads document `index`'s catalogs, assigns its ids, localizes it in
/// every locale and makes its part of the report; the catalogs are dropped
/// on return.
fn document_pass(
    project: &Project,
    site_locales: &[String],
    index: usize,
    filter: &Filter,
) -> Result<DocumentPass, LoadError> {
    let config = &project.config;
    let root = &config.root;
    let doc = &project.documents[index];
    let read_in: Vec<&str> = if project.catalog_homes.contains_key(&doc.slug) {
        config.locales.iter().map(|l| l.code.as_str()).collect()
    } else {
        site_locales.iter().map(String::as_str).collect()
    };
    let mut own = BTreeMap::new();
    let reported = filter.catalog(&doc.slug);
    for &locale in &read_in {
        let path = project.catalog_file(locale, &doc.slug);
        if let Some(file) = CatalogFile::load(root, &path)? {
            own.insert((locale.to_string(), doc.slug.clone()), file);
        }
    }
    let shown = project.catalog_file(&config.source_locale, &doc.slug);
    let ids = document_ids_at(root, &read_in, &own, doc, &shown)?;
    let catalogs = DocumentCatalogs {
        own: &own,
        shared: project,
    };
    let localized = localize::localize_with(&Sources {
        config,
        doc,
        ids: &ids.ids,
        reference_texts: Some(&ids.reference_texts),
        catalogs: &catalogs,
    });
    let history = DocumentHistory::new(
        root,
        project.history_file(&doc.slug),
        ids.previous_text.as_deref(),
    );
    let lds: Vec<&LocalizedDocument<'_>> = localized.iter().filter(|_| reported).collect();
    let parts = crate::status::document_parts(project, &catalogs, &lds, &history, filter)
        .into_iter()
        .collect();
    let localized = localized
        .into_iter()
        .enumerate()
        .map(|(locale, ld)| Owned {
            document: index,
            locale,
            segments: ld.segments,
            reviewed: ld.reviewed,
        })
        .collect();
    let diagnostics = own
        .into_iter()
        .map(|(key, file)| (key, (file.syntax_errors, file.warnings)))
        .collect();
    Ok(DocumentPass {
        ids,
        localized,
        parts,
        diagnostics,
    })
}
