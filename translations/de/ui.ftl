# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=a8cbd5ad
language-name = Deutsch

## Page frame

# peerpress: en=c5127f11 tr=ea038d98
site-name = Informationen zu HIV
# peerpress: en=b2e732a4 tr=5f262789
site-tagline = Klare und vertrauliche Informationen zu HIV in Ihrer Sprache
# peerpress: en=c887f134 tr=c178d319
skip-to-content = Direkt zum Inhalt
# peerpress: en=eb814be3 tr=576f7df4
nav-label = Hauptmenü
# peerpress: en=29366ff5 tr=05c3f59d
nav-topics = Alle Themen
# peerpress: en=dcd60fdb tr=4c87701b
nav-languages = Andere Sprachen
# peerpress: en=5f402714 tr=63bad1f5
footer-privacy = Diese Website verwendet keine Cookies, kein Tracking und keine externen Dienste.
# peerpress: en=514dfac1 tr=f865804c
footer-published-by = Herausgegeben von { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=e9d68e51
chooser-title = Wählen Sie Ihre Sprache
# peerpress: en=be5e9a7f tr=f1963e3c
chooser-intro = Diese Informationen zu HIV gibt es in den folgenden Sprachen.

## List of topics in one language

# peerpress: en=c5127f11 tr=6a102c27
topics-title = Informationen zu HIV
# peerpress: en=4cbf467f tr=67aec6d4
topics-intro = Wählen Sie ein Thema aus, über das Sie lesen möchten.

## One page

# peerpress: en=f9d5b1dd tr=8ab44199
last-reviewed = Zuletzt geprüft: { $date }
# peerpress: en=caf85b08 tr=ac0cef10
sources-heading = Quellen
# peerpress: en=cef6e687 tr=12dcf30e
sources-count =
    { $count ->
        [one] Diese Seite beruht auf { $count } Quelle.
       *[other] Diese Seite beruht auf { $count } Quellen.
    }
# peerpress: en=77328c8a tr=2430047f
untranslated-notice = Teile dieser Seite sind noch nicht ins Deutsche übersetzt. Sie werden auf Englisch angezeigt, bis eine Übersetzung fertig ist.
# peerpress: en=c945d890 tr=e1bc186d
page-languages-heading = Diese Seite in anderen Sprachen
# peerpress: en=6c52d6f4 tr=a090c2da
back-to-topics = Zurück zu allen Themen

## Page not found

# peerpress: en=a469ab4c tr=04f7caf4
not-found-title = Seite nicht gefunden
# peerpress: en=7d406583 tr=81b91dac
not-found-body = Leider konnten wir diese Seite nicht finden. Vielleicht wurde sie verschoben.
# peerpress: en=03f0d842 tr=353b42ed
not-found-link = Zur Liste der Sprachen
