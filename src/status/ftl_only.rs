//! `peerpress status --ftl-only --reference LOCALE DIR`: the same message
//! comparison on any folder of per-locale Fluent files (`DIR/<locale>/**/*.ftl`),
//! without a peerpress project. Missing and obsolete ids per file match
//! Mozilla's compare-locales; variables are also checked per select variant.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::collect::{compare_hand_written, unattributed_syntax_errors, HandWritten, TermsCheck};
use super::{MessageState, Report};
use crate::catalog::{CatalogError, CatalogFile};
use crate::project::CatalogKind;

pub fn collect(
    dir: &Path,
    reference: &str,
    only_locales: &[String],
) -> Result<Report, CatalogError> {
    let ref_files = ftl_files(&dir.join(reference));
    let mut locales: Vec<String> = std::fs::read_dir(dir)
        .map_err(|source| CatalogError::Write {
            path: dir.to_path_buf(),
            source,
        })?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|name| name != reference && !name.starts_with('.'))
        .filter(|name| only_locales.is_empty() || only_locales.contains(name))
        .filter(|name| !ftl_files(&dir.join(name)).is_empty())
        .collect();
    locales.sort();

    let mut messages = Vec::new();
    let mut problems = Vec::new();
    let mut catalogs = BTreeSet::new();
    for locale in &locales {
        let loc_files = ftl_files(&dir.join(locale));
        let all: BTreeSet<&PathBuf> = ref_files.iter().chain(loc_files.iter()).collect();
        for rel in all {
            let name = rel.to_string_lossy().replace('\\', "/");
            catalogs.insert(name.clone());
            let shown = |loc: &str| PathBuf::from(loc).join(rel);
            let reference_file = load(dir, &shown(reference))?;
            let translation = load(dir, &shown(locale))?;
            if let Some(t) = &translation {
                problems.extend(unattributed_syntax_errors(t, locale));
            }
            match &reference_file {
                Some(reference_file) => messages.extend(compare_hand_written(&HandWritten {
                    reference: reference_file,
                    translation: translation.as_ref(),
                    terms: TermsCheck::Skip,
                    locale,
                    catalog: &name,
                    expected_path: &shown(locale),
                    history: None,
                })),
                None => {
                    // A file the reference does not have: every id is obsolete.
                    if let Some(t) = &translation {
                        let empty = CatalogFile::parse(shown(reference), String::new());
                        messages.extend(
                            compare_hand_written(&HandWritten {
                                reference: &empty,
                                translation: Some(t),
                                terms: TermsCheck::Skip,
                                locale,
                                catalog: &name,
                                expected_path: &shown(locale),
                                history: None,
                            })
                            .into_iter()
                            .filter(|m| m.state == MessageState::Obsolete),
                        );
                    }
                }
            }
        }
    }
    Ok(Report {
        source_locale: reference.to_string(),
        locales,
        catalogs: catalogs.into_iter().map(|c| (c, CatalogKind::Ui)).collect(),
        messages,
        fresh_counted: Vec::new(),
        problems,
        provenance: Vec::new(),
        leaflets: Vec::new(),
    })
}

fn load(dir: &Path, rel: &Path) -> Result<Option<CatalogFile>, CatalogError> {
    let path = dir.join(rel);
    if !path.is_file() {
        return Ok(None);
    }
    let text = crate::diagnostic::read_utf8(&path, rel)?;
    Ok(Some(CatalogFile::parse(rel.to_path_buf(), text)))
}

/// `*.ftl` files under `dir`, relative to it, sorted.
fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "ftl"))
        .filter_map(|e| e.path().strip_prefix(dir).ok().map(Path::to_path_buf))
        .collect();
    files.sort();
    files
}
