//! Fingerprints of what a Fluent message *says*, not how its file spells it.
//!
//! Translation tools (Pontoon, Weblate, any Fluent serializer) rewrite files
//! on save: `{"*"}` becomes `{ "*" }`, long values are re-wrapped, blank
//! lines and comments move. None of that is a revision by a translator, so
//! the translation fingerprint is taken over a canonical form of the parsed
//! message: its text (string literals resolved, runs of white space made one
//! space), its placeables, select variants and attributes. A change of
//! wording changes it; a reformatting does not.

use std::fmt::Write as _;

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use super::fingerprint::fingerprint;

/// The meaning fingerprint of a message or term entry; `None` for comments and junk.
pub fn of_entry(entry: &Entry<&str>) -> Option<String> {
    let (value, attributes) = match entry {
        Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return None,
    };
    let mut out = String::from("v=");
    if let Some(value) = value {
        pattern(&mut out, value);
    }
    let mut attributes: Vec<_> = attributes.iter().collect();
    attributes.sort_by_key(|a| a.id.name);
    for attribute in attributes {
        let _ = write!(out, "\u{1}.{}=", attribute.id.name);
        pattern(&mut out, &attribute.value);
    }
    Some(fingerprint(&out))
}

/// Text with string literals resolved and white space normalized, other
/// placeables in a fixed notation.
fn pattern(out: &mut String, pattern: &Pattern<&str>) {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => text.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value)),
            PatternElement::Placeable { expression } => {
                text.push('\u{2}');
                expression_form(&mut text, expression);
                text.push('\u{3}');
            }
        }
    }
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

fn expression_form(out: &mut String, expression: &Expression<&str>) {
    match expression {
        Expression::Inline(inline) => inline_form(out, inline),
        Expression::Select { selector, variants } => {
            inline_form(out, selector);
            out.push_str(" ->");
            for variant in variants {
                out.push(if variant.default { '*' } else { ' ' });
                match &variant.key {
                    VariantKey::Identifier { name } => {
                        let _ = write!(out, "[{name}]");
                    }
                    VariantKey::NumberLiteral { value } => {
                        let _ = write!(out, "[#{value}]");
                    }
                }
                pattern(out, &variant.value);
                out.push('\u{4}');
            }
        }
    }
}

fn inline_form(out: &mut String, inline: &InlineExpression<&str>) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            let _ = write!(
                out,
                "\"{}\"",
                fluent_syntax::unicode::unescape_unicode_to_string(value)
            );
        }
        InlineExpression::NumberLiteral { value } => out.push_str(value),
        InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            arguments_form(out, arguments);
        }
        InlineExpression::MessageReference { id, attribute } => {
            out.push_str(id.name);
            if let Some(attribute) = attribute {
                let _ = write!(out, ".{}", attribute.name);
            }
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let _ = write!(out, "-{}", id.name);
            if let Some(attribute) = attribute {
                let _ = write!(out, ".{}", attribute.name);
            }
            if let Some(arguments) = arguments {
                arguments_form(out, arguments);
            }
        }
        InlineExpression::VariableReference { id } => {
            let _ = write!(out, "${}", id.name);
        }
        InlineExpression::Placeable { expression } => {
            out.push('{');
            expression_form(out, expression);
            out.push('}');
        }
    }
}

fn arguments_form(out: &mut String, arguments: &CallArguments<&str>) {
    out.push('(');
    for positional in &arguments.positional {
        inline_form(out, positional);
        out.push(',');
    }
    let mut named: Vec<_> = arguments.named.iter().collect();
    named.sort_by_key(|n| n.name.name);
    for argument in named {
        let _ = write!(out, "{}:", argument.name.name);
        inline_form(out, &argument.value);
        out.push(',');
    }
    out.push(')');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(source: &str) -> String {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((r, errors)) => panic!("{errors:?} in {source}: {r:?}"),
        };
        resource.body.iter().find_map(of_entry).expect("an entry")
    }

    #[test]
    fn reformatting_is_not_a_revision() {
        let a = fp("m = {\"*\"} Prenez { -prep } chaque jour, même\n    le week-end.\n");
        let b = fp("m =\n    { \"*\" } Prenez {-prep} chaque jour,\n    même le week-end.\n");
        let c = fp("m = * Prenez { -prep } chaque   jour, même le week-end.\n");
        assert_eq!(a, b);
        // A literal and the same character as text mean the same.
        assert_eq!(
            a,
            fp("m = {\"*\"} Prenez { -prep } chaque jour, même le week-end.\n")
        );
        assert_eq!(a, c);
    }

    #[test]
    fn wording_placeables_variants_and_attributes_count() {
        let base = fp("m = { $n ->\n    [one] un jour\n   *[other] { $n } jours\n}\n");
        for changed in [
            "m = { $n ->\n    [one] une journée\n   *[other] { $n } jours\n}\n",
            "m = { $n ->\n   *[one] un jour\n    [other] { $n } jours\n}\n",
            "m = { $count ->\n    [one] un jour\n   *[other] { $count } jours\n}\n",
            "m = { $n ->\n    [one] un jour\n   *[other] { $n } jours\n}\n    .title = t\n",
        ] {
            assert_ne!(base, fp(changed), "{changed}");
        }
        assert_ne!(fp("m = Prenez { -prep }\n"), fp("m = Prenez { -pep }\n"));
        assert_ne!(fp("m = un mot\n"), fp("m = un autre mot\n"));
    }
}
