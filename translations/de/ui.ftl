### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
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

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = Infoblatt zum Ausdrucken (PDF, { $size })
leaflet-download-booklet = A5-Heft zum Ausdrucken und Falten (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = Lesen Sie diese Informationen online in Ihrer Sprache:
# Alt text of the QR code for screen readers.
leaflet-qr-alt = QR-Code mit einem Link zu dieser Seite im Internet
# Page footer. $page and $pages are numbers.
leaflet-page = Seite { $page } von { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = Ausgabe { $edition }, erstellt am { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = ENTWURF – nicht verteilen: Teile dieses Textes sind noch nicht übersetzt oder nicht mehr aktuell.
leaflet-contact = Kontakt

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = Infoblätter zum Drucken
print-shop-intro = Alle druckbaren Infoblätter in diesem Paket, nach Sprache. Drucken Sie nur Infoblätter, die als druckfertig markiert sind: Ein Entwurf ist nicht zum Verteilen bestimmt.
print-shop-how-a4 = A4: auf A4-Papier drucken, einseitig oder beidseitig.
print-shop-how-booklet = A5-Heft: auf A4-Papier beidseitig drucken, über die kurze Kante wenden, dann die Blätter in der Mitte falten.
# Column headings of the list of leaflets.
print-shop-leaflet = Infoblatt
print-shop-format = Format
print-shop-pages = Seiten
print-shop-size = Größe
print-shop-edition = Ausgabe
print-shop-status = Status
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = A5-Heft
print-shop-ready = Druckfertig
print-shop-draft = ENTWURF – nicht verteilen
print-shop-none = In dieser Sprache ist noch kein Infoblatt druckfertig.
print-shop-not-made = Noch nicht druckbar, weil die Übersetzung unvollständig oder nicht mehr aktuell ist:

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = Diese Übersetzung wurde noch nicht von einer Person aus der Community geprüft, die gut Deutsch spricht.
