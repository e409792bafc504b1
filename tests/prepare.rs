//! A build reads one document's catalogs at a time (`peerpress::prepare`);
//! what it gets must be exactly what `status` and `serve` get from the fully
//! loaded project: the same localized documents, the same report, the same
//! syntax errors and warnings — on messy translations, not only tidy ones.

mod common;

use peerpress::localize::localize_all;
use peerpress::prepare::Prepared;
use peerpress::project::Project;
use peerpress::status::{self, Filter};

/// The bundled project, copied, with every kind of translation problem.
fn messy_copy() -> tempfile::TempDir {
    let dir = common::bundled_copy();
    let edit = |rel: &str, change: &dyn Fn(String) -> String| {
        let path = dir.path().join(rel);
        let text = std::fs::read_to_string(&path).expect("read");
        let changed = change(text.clone());
        assert_ne!(changed, text, "{rel}: the edit changed nothing");
        std::fs::write(&path, changed).expect("write");
    };
    // Stale in every locale: the English of a PrEP paragraph changed.
    edit("content/prep.md", &|t| {
        t.replacen("PrEP", "PrEP (edited)", 2)
    });
    // Missing: a French message deleted; obsolete: one the English lacks;
    // invalid: raw HTML in a translation.
    edit("translations/fr/hiv-testing.ftl", &|t| {
        without_last_message(&t) + "no-longer-in-english = Bonjour\n"
    });
    edit("translations/de/u-equals-u.ftl", &|t| {
        let at = t.rfind(" = ").expect("a message") + 3;
        format!("{}<script>alert(1)</script> {}", &t[..at], &t[at..])
    });
    // A byte-order mark (a warning), and no Greek file at all for one document.
    edit("translations/ru/prep.ftl", &|t| format!("\u{feff}{t}"));
    std::fs::remove_file(dir.path().join("translations/el/health-rights.ftl")).expect("rm");
    // The partner's own document: one Greek message deleted.
    edit(
        "partners/example-athens/translations/el/local-services.ftl",
        &|t| without_last_message(&t),
    );
    dir
}

/// A catalog's text without the first line of its last message.
fn without_last_message(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .rposition(|l| l.contains(" = "))
        .expect("a message");
    lines.remove(at);
    lines.join("\n") + "\n"
}

/// The report and localized documents of a project, printed for comparison.
fn outcome(
    project: &Project,
    localized: &[peerpress::localize::LocalizedDocument<'_>],
    report: &status::Report,
) -> String {
    let pages: Vec<String> = localized
        .iter()
        .map(|ld| {
            format!(
                "{} {} {} {:?}",
                ld.doc.slug, ld.locale.code, ld.reviewed, ld.segments
            )
        })
        .collect();
    format!(
        "{:?}\n{:?}\n{:?}\n{}\n{report:?}",
        project.ids,
        project.previous_reference,
        project.catalog_homes,
        pages.join("\n")
    )
}

#[test]
fn a_partner_build_one_document_at_a_time_gives_what_the_full_load_gives() {
    let dir = messy_copy();
    let filter = Filter::dashboard();
    let full = peerpress::partner::load_project(dir.path(), "example-athens").expect("full");
    let full_localized = localize_all(&full);
    let full_report = status::collect_from(&full, &full_localized, &filter);

    let Prepared { project, pending } =
        Prepared::load_partner(dir.path(), "example-athens", &filter).expect("prepared");
    let attached = pending.attach(&project);
    let (localized, report) = (attached.localized, attached.report);

    assert!(project.documents.iter().any(|d| d.slug == "local-services"));
    assert_eq!(
        outcome(&project, &localized, &report),
        outcome(&full, &full_localized, &full_report)
    );
    assert!(format!("{report:?}").contains("local-services"));
}

#[test]
fn one_document_at_a_time_gives_what_the_full_load_gives() {
    let dir = messy_copy();
    for filter in [Filter::dashboard(), Filter::default()] {
        let full = Project::load(dir.path()).expect("full load");
        let full_localized = localize_all(&full);
        let full_report = status::collect_from(&full, &full_localized, &filter);

        let Prepared { project, pending } =
            Prepared::load(dir.path(), &filter).expect("prepared load");
        let attached = pending.attach(&project);
        let (localized, report) = (attached.localized, attached.report);
        let (syntax_errors, warnings) = (attached.syntax_errors, attached.warnings);

        assert_eq!(project.ids, full.ids);
        assert_eq!(project.previous_reference, full.previous_reference);
        assert_eq!(project.reference_texts, full.reference_texts);
        assert_eq!(localized.len(), full_localized.len());
        for (a, b) in localized.iter().zip(&full_localized) {
            assert_eq!(
                (&a.doc.slug, &a.locale.code, a.reviewed),
                (&b.doc.slug, &b.locale.code, b.reviewed)
            );
            assert_eq!(format!("{:?}", a.segments), format!("{:?}", b.segments));
        }
        assert_eq!(format!("{report:?}"), format!("{full_report:?}"));
        let states = format!("{report:?}");
        for state in ["Stale", "Missing", "Obsolete", "Invalid"] {
            assert!(states.contains(state), "the fixture has no {state} message");
        }
        let full_errors: Vec<_> = full.syntax_errors().into_iter().cloned().collect();
        assert_eq!(syntax_errors, full_errors);
        assert_eq!(warnings, full.warnings());
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("translations/ru/prep.ftl")),
            "{warnings:?}"
        );
    }
}

#[test]
fn syntax_errors_are_found_one_document_at_a_time_too() {
    let dir = messy_copy();
    let path = dir.path().join("translations/it/prep.ftl");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, format!("{text}\nbroken = {{\n")).expect("write");
    let Prepared { project, pending } =
        Prepared::load(dir.path(), &Filter::dashboard()).expect("load");
    let syntax_errors = pending.attach(&project).syntax_errors;
    let full = Project::load(dir.path()).expect("full load");
    let full_errors: Vec<_> = full.syntax_errors().into_iter().cloned().collect();
    assert_eq!(syntax_errors, full_errors);
    assert_eq!(syntax_errors.len(), 1);
    assert!(syntax_errors[0]
        .to_string()
        .starts_with("translations/it/prep.ftl:"));
}
