# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Deutsch

## Page frame

site-name = Informationen zu HIV
site-tagline = Klare und vertrauliche Informationen zu HIV in Ihrer Sprache
skip-to-content = Direkt zum Inhalt
nav-label = Hauptmenü
nav-topics = Alle Themen
nav-languages = Andere Sprachen
footer-privacy = Diese Website verwendet keine Cookies, kein Tracking und keine externen Dienste.
footer-published-by = Herausgegeben von { $organisation }

## Language chooser (the site's front page)

chooser-title = Wählen Sie Ihre Sprache
chooser-intro = Diese Informationen zu HIV gibt es in den folgenden Sprachen.

## List of topics in one language

topics-title = Informationen zu HIV
topics-intro = Wählen Sie ein Thema aus, über das Sie lesen möchten.

## One page

last-reviewed = Zuletzt geprüft: { $date }
sources-heading = Quellen
sources-count =
    { $count ->
        [one] Diese Seite beruht auf { $count } Quelle.
       *[other] Diese Seite beruht auf { $count } Quellen.
    }
untranslated-notice = Teile dieser Seite sind noch nicht ins Deutsche übersetzt. Sie werden auf Englisch angezeigt, bis eine Übersetzung fertig ist.
page-languages-heading = Diese Seite in anderen Sprachen
back-to-topics = Zurück zu allen Themen

## Page not found

not-found-title = Seite nicht gefunden
not-found-body = Leider konnten wir diese Seite nicht finden. Vielleicht wurde sie verschoben.
not-found-link = Zur Liste der Sprachen
