//! What a hand-written Fluent message refers to — `$variables` and `-terms` —
//! and the checks that a translation refers to the same ones.
//!
//! Beyond comparing the sets over the whole message, each variant of a
//! translated select expression must use every variable of the reference's
//! default variant: a Russian `[many]` that drops `{ $count }` would print
//! "sources" with no number. Variants keyed `zero`, `one`, `two` or a number
//! may spell out their selector instead.

use std::collections::BTreeSet;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct References {
    pub variables: BTreeSet<String>,
    pub terms: BTreeSet<String>,
}

/// The patterns of an entry: its value, then each attribute.
fn patterns<'a>(entry: &'a Entry<&'a str>) -> Vec<&'a Pattern<&'a str>> {
    match entry {
        Entry::Message(m) => m
            .value
            .iter()
            .chain(m.attributes.iter().map(|a| &a.value))
            .collect(),
        Entry::Term(t) => std::iter::once(&t.value)
            .chain(t.attributes.iter().map(|a| &a.value))
            .collect(),
        _ => Vec::new(),
    }
}

pub fn references(entry: &Entry<&str>) -> References {
    let mut refs = References::default();
    for pattern in patterns(entry) {
        collect_pattern(pattern, &mut refs);
    }
    refs
}

fn collect_pattern(pattern: &Pattern<&str>, refs: &mut References) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, refs);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, refs: &mut References) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, refs);
            for variant in variants {
                collect_pattern(&variant.value, refs);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, refs),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, refs: &mut References) {
    match inline {
        InlineExpression::VariableReference { id } => {
            refs.variables.insert(format!("${}", id.name));
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            refs.terms.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| collect_inline(a, refs));
                args.named
                    .iter()
                    .for_each(|a| collect_inline(&a.value, refs));
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| collect_inline(a, refs));
            arguments
                .named
                .iter()
                .for_each(|a| collect_inline(&a.value, refs));
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, refs),
        _ => {}
    }
}

/// Variables used by the default variants of the reference (and outside any select).
fn default_path_variables(entry: &Entry<&str>) -> BTreeSet<String> {
    fn walk(pattern: &Pattern<&str>, out: &mut References) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                match expression {
                    Expression::Select { selector, variants } => {
                        collect_inline(selector, out);
                        if let Some(default) = variants.iter().find(|v| v.default) {
                            walk(&default.value, out);
                        }
                    }
                    Expression::Inline(inline) => collect_inline(inline, out),
                }
            }
        }
    }
    let mut refs = References::default();
    for pattern in patterns(entry) {
        walk(pattern, &mut refs);
    }
    refs.variables
}

/// Why `translation` does not refer to what `reference` does, if it doesn't.
/// Terms (`-x = …`) are not checked for variables: there `$case` is a parameter.
pub fn check(reference: &Entry<&str>, translation: &Entry<&str>) -> Result<(), String> {
    if matches!(reference, Entry::Term(_)) {
        return Ok(());
    }
    let expected = references(reference);
    let found = references(translation);
    if let Some(v) = found.variables.difference(&expected.variables).next() {
        return Err(format!("uses {v}, which the English message does not have"));
    }
    if let Some(v) = expected.variables.difference(&found.variables).next() {
        return Err(format!("does not use {v}, which the English message has"));
    }
    if found.terms != expected.terms {
        let missing: Vec<_> = expected.terms.difference(&found.terms).cloned().collect();
        let extra: Vec<_> = found.terms.difference(&expected.terms).cloned().collect();
        return Err(format!(
            "term references differ from the English (missing: {}; extra: {})",
            list(&missing),
            list(&extra)
        ));
    }
    let required = default_path_variables(reference);
    for pattern in patterns(translation) {
        check_variants(pattern, &required, &BTreeSet::new())?;
    }
    Ok(())
}

/// Each variant, together with what surrounds its select, must use `required`.
fn check_variants(
    pattern: &Pattern<&str>,
    required: &BTreeSet<String>,
    around: &BTreeSet<String>,
) -> Result<(), String> {
    let mut outside = References::default();
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Inline(inline),
        } = element
        {
            collect_inline(inline, &mut outside);
        }
    }
    let mut context = around.clone();
    context.extend(outside.variables);
    for element in &pattern.elements {
        let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = element
        else {
            continue;
        };
        let mut selector_refs = References::default();
        collect_inline(selector, &mut selector_refs);
        for variant in variants {
            let mut used = References::default();
            collect_pattern(&variant.value, &mut used);
            let exact = match &variant.key {
                VariantKey::Identifier { name } => matches!(*name, "zero" | "one" | "two"),
                VariantKey::NumberLiteral { .. } => true,
            };
            let mut have = context.clone();
            have.extend(used.variables.iter().cloned());
            if exact {
                have.extend(selector_refs.variables.iter().cloned());
            }
            if let Some(missing) = required.difference(&have).next() {
                let key = match &variant.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => value.to_string(),
                };
                return Err(format!("variant [{key}] does not use {missing}"));
            }
            check_variants(&variant.value, required, &have)?;
        }
    }
    Ok(())
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(src: &str) -> fluent_syntax::ast::Resource<&str> {
        fluent_syntax::parser::parse(src).expect("parses")
    }

    fn run(reference: &str, translation: &str) -> Result<(), String> {
        let r = entry(reference);
        let t = entry(translation);
        check(&r.body[0], &t.body[0])
    }

    const SOURCES: &str =
        "m = { $count ->\n    [one] { $count } source\n   *[other] { $count } sources\n}\n";

    #[test]
    fn variables_per_variant() {
        assert!(run(
            SOURCES,
            "m = { $count ->\n    [one] une source\n   *[other] { $count } sources\n}\n"
        )
        .is_ok());
        let err = run(SOURCES, "m = { $count ->\n    [one] { $count } источник\n    [many] источников\n   *[other] { $count } источника\n}\n")
            .expect_err("many without $count");
        assert!(err.contains("[many]"), "{err}");
        assert!(run(SOURCES, "m = { $cuont } sources").is_err());
        assert!(run("m = Hello { -brand }", "m = Bonjour Firefox").is_err());
        assert!(run("m = Hello { -brand }", "m = Bonjour { -brand }").is_ok());
    }
}
