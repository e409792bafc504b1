//! The terminal report: a table per locale, a matrix per catalog, then the
//! messages that need work. Colour only on a terminal, and never with `NO_COLOR`.

use std::fmt::Write as _;

use super::{Counts, MessageState, MessageStatus, Report, Summary};

pub struct Style {
    pub colour: bool,
    /// List every missing message (otherwise only counts, unless filtered).
    pub list_missing: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

pub fn render(report: &Report, style: &Style) -> String {
    let summary = report.summary();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — source locale {}, {} locale(s), {} catalog(s)\n",
        style.paint("1", "Translation status"),
        report.source_locale,
        report.locales.len(),
        report.catalogs.len()
    );
    locale_table(&mut out, report, &summary);
    if report.catalogs.len() > 1 {
        catalog_matrix(&mut out, report, &summary);
    }
    if !report.leaflets.is_empty() {
        leaflets(&mut out, report);
    }
    messages(&mut out, report, style);
    out
}

/// One row per locale and a total: percent complete and counts per state.
fn locale_table(out: &mut String, report: &Report, summary: &Summary) {
    let _ = writeln!(
        out,
        "{:<8} {:>9} {:>6} {:>6} {:>8} {:>8} {:>9} {:>11}",
        "locale", "complete", "fresh", "stale", "missing", "invalid", "obsolete", "words left"
    );
    let row = |out: &mut String, name: &str, c: &Counts| {
        let _ = writeln!(
            out,
            "{:<8} {:>8.1}% {:>6} {:>6} {:>8} {:>8} {:>9} {:>11}",
            name,
            c.percent_complete,
            c.fresh,
            c.stale,
            c.missing,
            c.invalid,
            c.obsolete,
            c.words_to_translate
        );
    };
    for locale in &report.locales {
        if let Some(rollup) = summary.by_locale.get(locale) {
            row(out, locale, &rollup.all);
        }
    }
    row(out, "all", &summary.total.all);
    let _ = writeln!(
        out,
        "         content {:.1}% complete ({} words left) · UI {:.1}% complete ({} words left)",
        summary.total.content.percent_complete,
        summary.total.content.words_to_translate,
        summary.total.ui.percent_complete,
        summary.total.ui.words_to_translate
    );
    if !report.provenance.is_empty() {
        let _ = writeln!(
            out,
            "         reviewed by a fluent community member: {} of {} translated files ({} unreviewed; see `### reviewed-by:` in each file)",
            summary.review.reviewed,
            summary.review.reviewed + summary.review.unreviewed,
            summary.review.unreviewed
        );
    }
}

/// Percent complete per locale × catalog.
fn catalog_matrix(out: &mut String, report: &Report, summary: &Summary) {
    let _ = writeln!(out, "\nPercent complete per catalog:");
    let width = report
        .catalogs
        .iter()
        .map(|(c, _)| c.len().max(6))
        .collect::<Vec<_>>();
    let _ = write!(out, "{:<8}", "locale");
    for ((name, _), w) in report.catalogs.iter().zip(&width) {
        let _ = write!(out, " {name:>w$}");
    }
    out.push('\n');
    for locale in &report.locales {
        let _ = write!(out, "{locale:<8}");
        for ((name, _), w) in report.catalogs.iter().zip(&width) {
            let pct = summary
                .matrix
                .get(locale)
                .and_then(|m| m.get(name))
                .map_or(0.0, |c| c.percent_complete);
            let _ = write!(out, " {:>w$}", format!("{pct:.1}"));
        }
        out.push('\n');
    }
}

/// How many leaflets are ready to print, and why the others are not.
fn leaflets(out: &mut String, report: &Report) {
    let ready = report.leaflets.iter().filter(|l| l.ready).count();
    let _ = writeln!(
        out,
        "\nLeaflets: {ready} of {} (document × locale) ready to print.",
        report.leaflets.len()
    );
    for l in report.leaflets.iter().filter(|l| !l.ready) {
        let _ = writeln!(out, "  {:<6} {}: {}", l.locale, l.doc, l.reason());
    }
}

/// The messages that need work, by state, and the problems in the files.
fn messages(out: &mut String, report: &Report, style: &Style) {
    section(
        out,
        report,
        style,
        MessageState::Stale,
        "Stale — the English changed after translation:",
    );
    section(
        out,
        report,
        style,
        MessageState::Invalid,
        "Invalid — present but not used:",
    );
    for problem in &report.problems {
        let col = problem.column.map(|c| format!(":{c}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:<6} {}:{}{col}  {}",
            problem.locale, problem.file, problem.line, problem.message
        );
    }
    let missing = report.count_in(&[MessageState::Missing]);
    if style.list_missing {
        section(
            out,
            report,
            style,
            MessageState::Missing,
            "Missing — not translated yet:",
        );
    } else if missing > 0 {
        let _ = writeln!(
            out,
            "\n{missing} missing message(s); list them with --locale LOCALE (or --verbose)."
        );
    }
    section(
        out,
        report,
        style,
        MessageState::Obsolete,
        "Obsolete — no longer in the English (kept until someone removes them):",
    );
}

fn section(out: &mut String, report: &Report, style: &Style, state: MessageState, title: &str) {
    let messages: Vec<&MessageStatus> = report
        .messages
        .iter()
        .filter(|m| m.state == state)
        .collect();
    if messages.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", style.paint("1", title));
    for m in messages {
        let location = m.location();
        let _ = writeln!(
            out,
            "  {:<6} {location}  {}",
            m.locale,
            style.paint("1", &m.id)
        );
        match state {
            MessageState::Stale => {
                if let Some(old) = &m.old_english {
                    let _ = writeln!(out, "         was: {}", one_line(old));
                }
                let now = match &m.change {
                    Some(change) => change
                        .iter()
                        .map(|c| match c.op {
                            "delete" => style.paint("31;9", &format!("[-{}-]", c.text)),
                            "insert" => style.paint("32", &format!("{{+{}+}}", c.text)),
                            _ => c.text.clone(),
                        })
                        .collect::<String>(),
                    None => m.english.clone().unwrap_or_default(),
                };
                let _ = writeln!(out, "         now: {}", one_line(&now));
            }
            MessageState::Invalid => {
                if let Some(reason) = &m.reason {
                    let _ = writeln!(out, "         {}", style.paint("31", reason));
                }
            }
            MessageState::Missing => {
                if let Some(english) = &m.english {
                    let source = match (&m.source_file, m.source_line) {
                        (Some(f), Some(l)) => format!("  ({f}:{l})"),
                        _ => String::new(),
                    };
                    let _ = writeln!(out, "         en: {}{source}", one_line(english));
                }
            }
            _ => {}
        }
    }
}

fn one_line(text: &str) -> String {
    text.replace('\n', " ⏎ ")
}
