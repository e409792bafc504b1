### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Italiano

## Page frame

site-name = Informazioni sull’HIV
site-tagline = Informazioni chiare e riservate sull’HIV, nella tua lingua
skip-to-content = Vai al contenuto principale
nav-label = Menu principale
nav-topics = Tutti gli argomenti
nav-languages = Altre lingue
footer-privacy = Questo sito non usa cookie, né sistemi di tracciamento, né servizi esterni.
footer-published-by = Pubblicato da { $organisation }

## Language chooser (the site's front page)

chooser-title = Scegli la tua lingua
chooser-intro = Queste informazioni sull’HIV sono disponibili nelle seguenti lingue.

## List of topics in one language

topics-title = Informazioni sull’HIV
topics-intro = Scegli un argomento da leggere.

## One page

last-reviewed = Ultima revisione: { $date }
sources-heading = Fonti
sources-count =
    { $count ->
        [one] Questa pagina si basa su { $count } fonte.
       *[other] Questa pagina si basa su { $count } fonti.
    }
untranslated-notice = Alcune parti di questa pagina non sono ancora tradotte in italiano. Sono mostrate in inglese finché la traduzione non sarà pronta.
page-languages-heading = Questa pagina in altre lingue
back-to-topics = Torna a tutti gli argomenti

## Page not found

not-found-title = Pagina non trovata
not-found-body = Ci dispiace, non siamo riusciti a trovare questa pagina. Potrebbe essere stata spostata.
not-found-link = Vai all’elenco delle lingue

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = Foglio informativo da stampare (PDF, { $size })
leaflet-download-booklet = Opuscolo A5 da stampare e piegare (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = Leggi queste informazioni online, nella tua lingua:
# Alt text of the QR code for screen readers.
leaflet-qr-alt = Codice QR con un link a questa pagina online
# Page footer. $page and $pages are numbers.
leaflet-page = Pagina { $page } di { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = Edizione { $edition }, creata il { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = BOZZA – da non distribuire: alcune parti di questo testo non sono ancora tradotte o non sono più aggiornate.
leaflet-contact = Contatti

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = Fogli informativi da stampare
print-shop-intro = Tutti i fogli informativi stampabili di questo pacchetto, per lingua. Stampa solo quelli segnati come pronti per la stampa: una bozza non va distribuita.
print-shop-how-a4 = A4: stampa su carta A4, solo fronte o fronte-retro.
print-shop-how-booklet = Opuscolo A5: stampa su carta A4 fronte-retro, capovolgendo sul lato corto, poi piega i fogli a metà.
# Column headings of the list of leaflets.
print-shop-leaflet = Foglio informativo
print-shop-format = Formato
print-shop-pages = Pagine
print-shop-size = Dimensione
print-shop-edition = Edizione
print-shop-status = Stato
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = Opuscolo A5
print-shop-ready = Pronto per la stampa
print-shop-draft = BOZZA – da non distribuire
print-shop-none = Nessun foglio informativo in questa lingua è ancora pronto per la stampa.
print-shop-not-made = Non ancora stampabile, perché la traduzione è incompleta o non più aggiornata:

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = Questa traduzione non è ancora stata controllata da una persona della comunità che parla bene l’italiano.
