//! Everything peerpress reads from a project folder, loaded once: the
//! configuration, the documents, every catalog, and the segment ids that
//! join them. `build`, `sync` and `status` all start from a [`Project`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::catalog::{self, ids, reference, CatalogError, CatalogFile};
use crate::config::{self, ConfigError, SiteConfig};
use crate::content::{self, ContentError, Document};
use crate::diagnostic::read_utf8;

pub const UI_CATALOG: &str = "ui";
/// Optional per-locale file of Fluent terms (`-prep = PrEP`) shared by all catalogs.
pub const TERMS_CATALOG: &str = "terms";

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
}

pub struct Project {
    pub config: SiteConfig,
    pub documents: Vec<Document>,
    /// Per document (same order), the message id of each segment.
    pub ids: Vec<Vec<String>>,
    /// Per document, the reference catalog as it is on disk (before `sync`).
    pub previous_reference: Vec<Option<String>>,
    /// Per document slug, id → English text in its reference catalog: what
    /// translators were shown at the last `sync`.
    pub reference_texts:
        std::collections::HashMap<String, std::collections::HashMap<String, String>>,
    /// `(locale, catalog name)` → file, for every catalog that exists,
    /// the source locale's reference catalogs included.
    pub catalogs: BTreeMap<(String, String), CatalogFile>,
    /// Catalog name → the folder its files live in (instead of
    /// `translations/`), for catalogs kept elsewhere: a partner's documents
    /// (`partners/<name>/translations/`). Empty for the main site.
    pub catalog_homes: BTreeMap<String, PathBuf>,
}

impl Project {
    pub fn load(root: &Path) -> Result<Project, LoadError> {
        let mut project = Project::load_shared(root)?;
        let documents = &project.documents;
        let wanted: Vec<(String, String)> = project
            .config
            .locales
            .iter()
            .flat_map(|locale| {
                documents
                    .iter()
                    .map(|d| (locale.code.clone(), d.slug.clone()))
            })
            .collect();
        project.catalogs.extend(load_catalogs(root, wanted)?);

        let per_document: Vec<DocumentIds> = project
            .documents
            .par_iter()
            .map(|doc| document_ids(root, &project.config, &project.catalogs, doc))
            .collect::<Result<_, CatalogError>>()?;
        for (doc, found) in project.documents.iter().zip(per_document) {
            project.ids.push(found.ids);
            project
                .reference_texts
                .insert(doc.slug.clone(), found.reference_texts);
            project.previous_reference.push(found.previous_text);
        }
        Ok(project)
    }

    /// The configuration, the documents, and every locale's UI and terms
    /// catalogs: no document catalogs and so no segment ids yet. A build
    /// reads each document's catalogs in turn (see `crate::prepare`).
    pub fn load_shared(root: &Path) -> Result<Project, LoadError> {
        let config = config::load(root)?;
        let documents = content::load_all(root)?;
        let wanted: Vec<(String, String)> = config
            .locales
            .iter()
            .flat_map(|locale| {
                [UI_CATALOG, TERMS_CATALOG].map(|name| (locale.code.clone(), name.to_string()))
            })
            .collect();
        let catalogs = load_catalogs(root, wanted)?;
        Ok(Project {
            config,
            documents,
            ids: Vec::new(),
            previous_reference: Vec::new(),
            reference_texts: std::collections::HashMap::new(),
            catalogs,
            catalog_homes: BTreeMap::new(),
        })
    }

    /// The folder catalog `name`'s files are in, relative to the root:
    /// `translations`, or a partner's translations folder.
    pub fn translations_home(&self, name: &str) -> &Path {
        self.catalog_homes
            .get(name)
            .map_or(Path::new("translations"), PathBuf::as_path)
    }

    /// `<home>/<locale>/<name>.ftl`, relative to the project root.
    pub fn catalog_file(&self, locale: &str, name: &str) -> PathBuf {
        self.translations_home(name)
            .join(locale)
            .join(format!("{name}.ftl"))
    }

    /// The history of old source texts of catalog `name` (see `catalog::history`).
    pub fn history_file(&self, name: &str) -> PathBuf {
        self.translations_home(name)
            .join(&self.config.source_locale)
            .join(".history")
            .join(format!("{name}.toml"))
    }

    /// The English of message `id` in the reference catalog of document
    /// `slug` as last synced; `None` for hand-written catalogs.
    pub fn reference_text(&self, slug: &str, id: &str) -> Option<&str> {
        self.reference_texts.get(slug)?.get(id).map(String::as_str)
    }

    pub fn catalog(&self, locale: &str, name: &str) -> Option<&CatalogFile> {
        self.catalogs.get(&(locale.to_string(), name.to_string()))
    }

    /// What was repaired while reading the catalogs (a byte-order mark…),
    /// for the commands to print as warnings.
    pub fn warnings(&self) -> Vec<String> {
        self.catalogs
            .values()
            .flat_map(|file| file.warnings.iter().cloned())
            .collect()
    }

    /// Every Fluent syntax error in any catalog, in path order.
    pub fn syntax_errors(&self) -> Vec<&catalog::SyntaxError> {
        self.catalogs
            .values()
            .flat_map(|file| file.syntax_errors.iter())
            .collect()
    }
}

/// One message of the source locale that translators translate.
#[derive(Debug, Clone)]
pub struct SourceMessage {
    pub id: String,
    /// The text as a translator reads it (a segment's Markdown, or a
    /// hand-written message's Fluent value); what the `en=` fingerprint covers.
    pub text: String,
    /// Where the text is written: the content file, or the source catalog.
    pub file: PathBuf,
    pub line: usize,
}

/// Whether a catalog is generated from a document or written by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CatalogKind {
    Content,
    Ui,
}

impl Project {
    /// Every catalog translators fill: one per document, then `ui` and `terms`
    /// (those two only if the source locale has them).
    pub fn catalog_names(&self) -> Vec<(String, CatalogKind)> {
        let mut names: Vec<(String, CatalogKind)> = self
            .documents
            .iter()
            .map(|d| (d.slug.clone(), CatalogKind::Content))
            .collect();
        for name in [UI_CATALOG, TERMS_CATALOG] {
            if self.catalog(&self.config.source_locale, name).is_some() {
                names.push((name.to_string(), CatalogKind::Ui));
            }
        }
        names
    }

    /// The source messages of catalog `name`, in reading order.
    pub fn source_messages(&self, name: &str) -> Vec<SourceMessage> {
        if let Some(index) = self.documents.iter().position(|d| d.slug == name) {
            let doc = &self.documents[index];
            return doc
                .segments
                .iter()
                .zip(&self.ids[index])
                .map(|(segment, id)| SourceMessage {
                    id: id.clone(),
                    text: segment.text.clone(),
                    file: doc.path.clone(),
                    line: segment.line,
                })
                .collect();
        }
        let Some(file) = self.catalog(&self.config.source_locale, name) else {
            return Vec::new();
        };
        file.entries
            .iter()
            .filter(|e| e.syntax_error.is_none())
            .map(|e| SourceMessage {
                id: e.lines.id.clone(),
                text: e.value.clone(),
                file: file.path.clone(),
                line: e.lines.line(),
            })
            .collect()
    }
}

/// Reads the `(locale, catalog name)` files that exist under `translations/`, in parallel.
fn load_catalogs(
    root: &Path,
    wanted: Vec<(String, String)>,
) -> Result<BTreeMap<(String, String), CatalogFile>, CatalogError> {
    let loaded: Vec<Option<((String, String), CatalogFile)>> = wanted
        .into_par_iter()
        .map(|(locale, name)| {
            let file = CatalogFile::load(root, &catalog_path(&locale, &name))?;
            Ok(file.map(|f| ((locale, name), f)))
        })
        .collect::<Result<_, CatalogError>>()?;
    Ok(loaded.into_iter().flatten().collect())
}

/// `translations/<locale>/<name>.ftl`, relative to the project root.
pub fn catalog_path(locale: &str, name: &str) -> PathBuf {
    Path::new("translations")
        .join(locale)
        .join(format!("{name}.ftl"))
}

/// What [`Project::load`] derives for one document from its reference
/// catalog and the translations of it: the segment ids, and what
/// translators were shown at the last `sync`. `serve` recomputes it for a
/// document whose files changed, without loading the whole project again.
pub struct DocumentIds {
    pub ids: Vec<String>,
    pub previous_text: Option<String>,
    pub reference_texts: std::collections::HashMap<String, String>,
}

/// Assigns one document's segment ids against its reference catalog as
/// last written by `sync`.
pub fn document_ids(
    root: &Path,
    config: &SiteConfig,
    catalogs: &BTreeMap<(String, String), CatalogFile>,
    doc: &Document,
) -> Result<DocumentIds, CatalogError> {
    let shown = catalog_path(&config.source_locale, &doc.slug);
    let locales: Vec<&str> = config.locales.iter().map(|l| l.code.as_str()).collect();
    document_ids_at(root, &locales, catalogs, doc, &shown)
}

/// [`document_ids`] for a document whose reference catalog is `shown`
/// (relative to the root) rather than under `translations/`; the ids of
/// its catalogs in `locales` are reserved.
pub fn document_ids_at(
    root: &Path,
    locales: &[&str],
    catalogs: &BTreeMap<(String, String), CatalogFile>,
    doc: &Document,
    shown: &Path,
) -> Result<DocumentIds, CatalogError> {
    let path = root.join(shown);
    let previous_text = if path.is_file() {
        Some(read_utf8(&path, shown)?)
    } else {
        None
    };
    let previous = previous_text
        .as_deref()
        .map(reference::read)
        .unwrap_or_default();
    // Ids that translations still use but the reference dropped must
    // never be handed to new text. Before the first sync there is no
    // reference: then the translations' ids are the intended ones.
    let reserved: BTreeSet<String> = if previous_text.is_some() {
        locales
            .iter()
            .filter_map(|l| catalogs.get(&(l.to_string(), doc.slug.clone())))
            .flat_map(|file| file.entries.iter().map(|e| e.lines.id.clone()))
            .collect()
    } else {
        BTreeSet::new()
    };
    Ok(DocumentIds {
        ids: ids::assign(doc, &previous, &reserved),
        previous_text,
        reference_texts: previous.into_iter().map(|e| (e.id, e.text)).collect(),
    })
}
