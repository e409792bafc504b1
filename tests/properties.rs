//! Property tests (issue #11): generated input, fixed seed, bounded case
//! counts so CI stays quick. `PROPTEST_CASES=N` runs more locally.

mod common;

use std::collections::BTreeSet;

use peerpress::catalog::ftl;
use peerpress::catalog::ids::{self, PreviousEntry};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// A runner with a fixed seed, so that CI runs the same cases every time.
fn runner(cases: u32) -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    TestRunner::new_with_rng(
        Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    )
}

fn parse_back(source: &str) -> Option<String> {
    let resource = fluent_syntax::parser::parse(source).ok()?;
    match resource.body.first()? {
        fluent_syntax::ast::Entry::Message(m) => Some(ftl::pattern_text(m.value.as_ref()?)),
        _ => None,
    }
}

#[test]
fn any_text_escaped_into_fluent_parses_back_the_same() {
    runner(2_000)
        .run(&any::<String>(), |text| {
            let source = ftl::message("m", &text);
            prop_assert_eq!(
                parse_back(&source),
                Some(text.clone()),
                "source: {:?}",
                source
            );
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

const FRONT: &str =
    "+++\ntitle = \"T\"\ndescription = \"D\"\norder = 1\nreviewed = 2026-11-01\n+++\n\n";

fn load(body: &str) -> Result<peerpress::content::Document, peerpress::content::ContentError> {
    let dir = tempfile::tempdir().map_err(|e| peerpress::content::ContentError::Walk {
        path: "tmp".into(),
        message: e.to_string(),
    })?;
    let path = dir.path().join("doc.md");
    std::fs::write(&path, format!("{FRONT}{body}")).expect("write");
    peerpress::content::load(&path, std::path::Path::new("content/doc.md")).map(|(doc, _)| doc)
}

#[test]
fn the_segmenter_never_panics_on_any_markdown() {
    let markdownish = proptest::collection::vec(
        prop_oneof![
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("## ".to_string()),
            Just("### ".to_string()),
            Just("- ".to_string()),
            Just("1. ".to_string()),
            Just("> ".to_string()),
            Just("| a | b |\n|---|---|\n| c | d |\n".to_string()),
            Just("**".to_string()),
            Just("*".to_string()),
            Just("`".to_string()),
            Just("```\n".to_string()),
            Just("[x](https://e.org/)".to_string()),
            Just("![alt](x.png)".to_string()),
            Just("<!-- c -->".to_string()),
            Just("    ".to_string()),
            "[a-zA-Z0-9 ,.]{0,12}",
            any::<String>(),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat());
    runner(1_500)
        .run(&markdownish, |body| {
            let _ = load(&body);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Plain structured Markdown: every word written is in some segment.
#[test]
fn the_segmenter_never_loses_text() {
    let block = (0..4usize, proptest::collection::vec("[a-z]{2,9}", 1..8));
    let blocks = proptest::collection::vec(block, 1..20);
    runner(500)
        .run(&blocks, |blocks| {
            let mut body = String::new();
            let mut words = Vec::new();
            for (kind, ws) in &blocks {
                let line = ws.join(" ");
                words.extend(ws.iter().cloned());
                body.push_str(match kind {
                    0 => "",
                    1 => "## ",
                    2 => "- ",
                    _ => "> ",
                });
                body.push_str(&line);
                body.push_str("\n\n");
            }
            let doc = load(&body).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let all: BTreeSet<&str> = doc
                .segments
                .iter()
                .flat_map(|s| s.text.split(|c: char| !c.is_alphanumeric()))
                .collect();
            for word in &words {
                prop_assert!(
                    all.contains(word.as_str()),
                    "lost {:?} from {:?}",
                    word,
                    body
                );
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[derive(Debug, Clone)]
enum Op {
    Insert(usize, String),
    Delete(usize),
    Move(usize, usize),
    Edit(usize, String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<usize>(), "[a-z]{3,8}( [a-z]{3,8}){3,9}").prop_map(|(i, t)| Op::Insert(i, t)),
        any::<usize>().prop_map(Op::Delete),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Move(a, b)),
        (any::<usize>(), "[a-z]{3,8}").prop_map(|(i, w)| Op::Edit(i, w)),
    ]
}

/// Unchanged paragraphs keep their ids through inserts, deletes, moves and
/// edits; new text never takes an id that older text had.
#[test]
fn ids_of_unchanged_segments_survive_random_edits() {
    let paragraphs = proptest::collection::btree_set("[a-z]{3,8}( [a-z]{3,8}){4,10}", 1..12);
    let ops = proptest::collection::vec(op(), 1..6);
    runner(400)
        .run(&(paragraphs, ops), |(paragraphs, ops)| {
            let before: Vec<String> = paragraphs.into_iter().collect();
            let doc = load(&(before.join("\n\n") + "\n"))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let old_ids = ids::assign(&doc, &[], &BTreeSet::new());
            let previous: Vec<PreviousEntry> = doc
                .segments
                .iter()
                .zip(&old_ids)
                .map(|(s, id)| PreviousEntry {
                    id: id.clone(),
                    text: s.text.clone(),
                    kind: Some(s.kind),
                })
                .collect();
            let mut after = before.clone();
            for op in ops {
                let n = after.len();
                match op {
                    Op::Insert(i, t) => after.insert(i % (n + 1), t),
                    Op::Delete(i) if n > 1 => {
                        after.remove(i % n);
                    }
                    Op::Move(a, b) if n > 1 => after.swap(a % n, b % n),
                    Op::Edit(i, w) if n > 0 => {
                        let p = &mut after[i % n];
                        *p = format!("{p} {w}");
                    }
                    _ => {}
                }
            }
            let new_doc = load(&(after.join("\n\n") + "\n"))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let new_ids = ids::assign(&new_doc, &previous, &BTreeSet::new());
            let unique: BTreeSet<&String> = new_ids.iter().collect();
            prop_assert_eq!(unique.len(), new_ids.len(), "ids are unique: {:?}", new_ids);
            for (segment, id) in new_doc.segments.iter().zip(&new_ids) {
                if let Some(old) = previous.iter().find(|p| p.text == segment.text) {
                    let repeated = previous.iter().filter(|p| p.text == segment.text).count() > 1
                        || new_doc
                            .segments
                            .iter()
                            .filter(|s| s.text == segment.text)
                            .count()
                            > 1;
                    if !repeated {
                        prop_assert_eq!(id, &old.id, "unchanged {:?}", segment.text);
                    }
                } else if let Some(old) = previous.iter().find(|p| &p.id == id) {
                    // A changed text may keep an id only if it is an edit of that text.
                    prop_assert!(
                        segment.text.starts_with(&old.text),
                        "{:?} took the id of {:?}",
                        segment.text,
                        old.text
                    );
                }
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Arbitrary bytes in a catalog or a document: status and build report or
/// refuse, and never panic.
#[test]
fn status_and_build_never_panic_on_arbitrary_bytes() {
    let bytes = proptest::collection::vec(
        prop_oneof![
            any::<u8>(),
            Just(b'{'),
            Just(b'}'),
            Just(b'\n'),
            Just(b'='),
            Just(b'-'),
            Just(b'#'),
            Just(b'['),
            Just(b'*'),
            Just(b' ')
        ],
        0..400,
    );
    runner(48)
        .run(&(bytes, any::<bool>()), |(bytes, in_markdown)| {
            let site = common::Site::new();
            if in_markdown {
                let mut md = FRONT.as_bytes().to_vec();
                md.extend(&bytes);
                std::fs::write(site.path("content/prep.md"), md).expect("write");
            } else {
                let mut ftl = b"prep-title = T\n".to_vec();
                ftl.extend(&bytes);
                std::fs::write(site.path("translations/fr/prep.ftl"), ftl).expect("write");
            }
            if let Ok(project) = peerpress::project::Project::load(site.root()) {
                let _ = peerpress::status::collect(&project, &Default::default());
            }
            let _ = peerpress::build::check(site.root(), Default::default());
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}
