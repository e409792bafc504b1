### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
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

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
# peerpress: en=70b84a87 tr=5a6f13aa
leaflet-download-a4 = Infoblatt zum Ausdrucken (PDF, { $size })
# peerpress: en=e604dac1 tr=cafcf66d
leaflet-download-booklet = A5-Heft zum Ausdrucken und Falten (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
# peerpress: en=8a97d60b tr=22ba84d9
leaflet-read-online = Lesen Sie diese Informationen online in Ihrer Sprache:
# Alt text of the QR code for screen readers.
# peerpress: en=9a74548b tr=b623fa12
leaflet-qr-alt = QR-Code mit einem Link zu dieser Seite im Internet
# Page footer. $page and $pages are numbers.
# peerpress: en=c849d787 tr=b7d8f2d7
leaflet-page = Seite { $page } von { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
# peerpress: en=57185d8d tr=ee11b9b5
leaflet-edition = Ausgabe { $edition }, erstellt am { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
# peerpress: en=8dfa84d1 tr=5e8358d3
leaflet-draft = ENTWURF – nicht verteilen: Teile dieses Textes sind noch nicht übersetzt oder nicht mehr aktuell.
# peerpress: en=2b5c3d26 tr=30403e98
leaflet-contact = Kontakt

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
# peerpress: en=a87a376a tr=4d25c68a
translation-unreviewed = Diese Übersetzung wurde noch nicht von einer Person aus der Community geprüft, die gut Deutsch spricht.
