//! The error banner on every page while the project has a problem: one line
//! in the page's language and direction saying what is going on, then the
//! diagnostic exactly as the command line prints it (English, left to right:
//! file:line:col, the message, the help line).

use crate::html::escape_html;

/// "peerpress cannot build the project…", per language (primary subtag).
/// A language missing here gets the English line, marked as English.
const HEADINGS: [(&str, &str); 9] = [
    ("en", "peerpress cannot build the project. This page shows the last version that worked, and updates by itself once this is fixed:"),
    ("fr", "peerpress ne peut pas construire le projet. Cette page montre la dernière version qui fonctionnait et se met à jour toute seule dès que ceci est corrigé :"),
    ("de", "peerpress kann das Projekt nicht bauen. Diese Seite zeigt die letzte Fassung, die funktioniert hat, und aktualisiert sich von selbst, sobald dies behoben ist:"),
    ("el", "Το peerpress δεν μπορεί να δημιουργήσει το έργο. Αυτή η σελίδα δείχνει την τελευταία έκδοση που λειτουργούσε και ενημερώνεται μόνη της μόλις διορθωθεί το εξής:"),
    ("it", "peerpress non riesce a generare il progetto. Questa pagina mostra l’ultima versione funzionante e si aggiorna da sola appena questo è corretto:"),
    ("pt", "O peerpress não consegue gerar o projeto. Esta página mostra a última versão que funcionou e atualiza-se sozinha assim que isto for corrigido:"),
    ("sv", "peerpress kan inte bygga projektet. Sidan visar den senaste versionen som fungerade och uppdateras av sig själv när detta är rättat:"),
    ("ru", "peerpress не может собрать проект. На этой странице показана последняя рабочая версия; она обновится сама, как только это будет исправлено:"),
    ("ar", "لا يستطيع peerpress بناء المشروع. تعرض هذه الصفحة آخر نسخة كانت تعمل، وستتحدّث تلقائيًا بعد إصلاح ما يلي:"),
];

/// The banner for a page in `lang` written `dir` (`ltr`/`rtl`), listing
/// `problems` as the CLI prints them (each without its `error: `).
pub fn banner(problems: &[String], lang: &str, dir: &str) -> String {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    let (heading_lang, heading) = HEADINGS
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(primary))
        .map_or(("en", HEADINGS[0].1), |(code, text)| (*code, *text));
    let heading_attrs = if heading_lang == primary {
        String::new()
    } else {
        " lang=\"en\" dir=\"ltr\"".to_string()
    };
    let diagnostic: Vec<String> = problems.iter().map(|p| format!("error: {p}")).collect();
    format!(
        "<div class=\"peerpress-serve-error\" role=\"alert\" lang=\"{lang}\" dir=\"{dir}\">\n<p{heading_attrs}>{}</p>\n<pre lang=\"en\" dir=\"ltr\">{}</pre>\n</div>",
        escape_html(heading),
        escape_html(&diagnostic.join("\n")),
        lang = escape_html(lang),
        dir = if dir == "rtl" { "rtl" } else { "ltr" },
    )
}

/// The `lang` and `dir` of a page's `<html>` element (`en`, `ltr` if absent).
pub fn page_language(html: &[u8]) -> (String, String) {
    let text = String::from_utf8_lossy(&html[..html.len().min(2048)]);
    let lower = text.to_ascii_lowercase();
    let tag = lower
        .find("<html")
        .and_then(|start| {
            lower[start..]
                .find('>')
                .map(|end| &text[start..start + end])
        })
        .unwrap_or("");
    let attribute = |name: &str| {
        let lower_tag = tag.to_ascii_lowercase();
        let key = format!(" {name}=\"");
        lower_tag.find(&key).and_then(|i| {
            let value = &tag[i + key.len()..];
            value.find('"').map(|end| value[..end].to_string())
        })
    };
    (
        attribute("lang").unwrap_or_else(|| "en".into()),
        attribute("dir").unwrap_or_else(|| "ltr".into()),
    )
}

/// The page served when there is no project to show at all (it did not
/// load when `serve` started, and has not loaded since): the diagnostic
/// itself, no banner. The server adds the reload script.
pub fn error_page(problems: &[String]) -> Vec<u8> {
    let diagnostic: Vec<String> = problems.iter().map(|p| format!("error: {p}")).collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n<title>peerpress serve: nothing to preview yet</title>\n<link rel=\"stylesheet\" href=\"{style}\">\n</head>\n<body>\n<div class=\"peerpress-serve-error\" role=\"alert\">\n<p>Nothing to preview yet: peerpress cannot load the project. This page reloads by itself once this is fixed:</p>\n<pre>{}</pre>\n</div>\n</body>\n</html>\n",
        escape_html(&diagnostic.join("\n")),
        style = super::reload::STYLE_PATH,
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_the_page_language_with_the_cli_text() {
        let problems = vec![
            "translations/ar/prep.ftl:3:1: Fluent syntax error: x\n  help: fix <it>".to_string(),
        ];
        let html = banner(&problems, "ar", "rtl");
        assert!(html.contains("lang=\"ar\" dir=\"rtl\""));
        assert!(html.contains("لا يستطيع peerpress"));
        assert!(html.contains("<pre lang=\"en\" dir=\"ltr\">error: translations/ar/prep.ftl:3:1: Fluent syntax error: x\n  help: fix &lt;it&gt;</pre>"));
        let html = banner(&problems, "pt-BR", "ltr");
        assert!(html.contains("O peerpress"));
        let html = banner(&problems, "tr", "ltr");
        assert!(html.contains("<p lang=\"en\" dir=\"ltr\">peerpress cannot"));
    }

    #[test]
    fn reads_the_language_of_a_page() {
        let page = b"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>";
        assert_eq!(page_language(page), ("ar".into(), "rtl".into()));
        assert_eq!(page_language(b"<p>x</p>"), ("en".into(), "ltr".into()));
    }
}
