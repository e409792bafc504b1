### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=0aadebf5
language-name = Italiano

## Page frame

# peerpress: en=c5127f11 tr=db9676e7
site-name = Informazioni sull’HIV
# peerpress: en=b2e732a4 tr=0cc0a1ca
site-tagline = Informazioni chiare e riservate sull’HIV, nella tua lingua
# peerpress: en=c887f134 tr=affc9719
skip-to-content = Vai al contenuto principale
# peerpress: en=eb814be3 tr=2749e1d7
nav-label = Menu principale
# peerpress: en=29366ff5 tr=7c388c48
nav-topics = Tutti gli argomenti
# peerpress: en=dcd60fdb tr=be180c9c
nav-languages = Altre lingue
# peerpress: en=5f402714 tr=4dbcc689
footer-privacy = Questo sito non usa cookie, né sistemi di tracciamento, né servizi esterni.
# peerpress: en=514dfac1 tr=4c7bc409
footer-published-by = Pubblicato da { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=8caace86
chooser-title = Scegli la tua lingua
# peerpress: en=be5e9a7f tr=a55cab95
chooser-intro = Queste informazioni sull’HIV sono disponibili nelle seguenti lingue.

## List of topics in one language

# peerpress: en=c5127f11 tr=17de686e
topics-title = Informazioni sull’HIV
# peerpress: en=4cbf467f tr=86fd0846
topics-intro = Scegli un argomento da leggere.

## One page

# peerpress: en=f9d5b1dd tr=1fb8bfd8
last-reviewed = Ultima revisione: { $date }
# peerpress: en=caf85b08 tr=e41db240
sources-heading = Fonti
# peerpress: en=cef6e687 tr=60174d58
sources-count =
    { $count ->
        [one] Questa pagina si basa su { $count } fonte.
       *[other] Questa pagina si basa su { $count } fonti.
    }
# peerpress: en=77328c8a tr=7d343d3d
untranslated-notice = Alcune parti di questa pagina non sono ancora tradotte in italiano. Sono mostrate in inglese finché la traduzione non sarà pronta.
# peerpress: en=c945d890 tr=20a714f9
page-languages-heading = Questa pagina in altre lingue
# peerpress: en=6c52d6f4 tr=7ac32934
back-to-topics = Torna a tutti gli argomenti

## Page not found

# peerpress: en=a469ab4c tr=763cc958
not-found-title = Pagina non trovata
# peerpress: en=7d406583 tr=9863c772
not-found-body = Ci dispiace, non siamo riusciti a trovare questa pagina. Potrebbe essere stata spostata.
# peerpress: en=03f0d842 tr=cf685990
not-found-link = Vai all’elenco delle lingue

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
# peerpress: en=70b84a87 tr=8d7558aa
leaflet-download-a4 = Foglio informativo da stampare (PDF, { $size })
# peerpress: en=e604dac1 tr=324015de
leaflet-download-booklet = Opuscolo A5 da stampare e piegare (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
# peerpress: en=8a97d60b tr=59b888b7
leaflet-read-online = Leggi queste informazioni online, nella tua lingua:
# Alt text of the QR code for screen readers.
# peerpress: en=9a74548b tr=6b7a317d
leaflet-qr-alt = Codice QR con un link a questa pagina online
# Page footer. $page and $pages are numbers.
# peerpress: en=c849d787 tr=72c541da
leaflet-page = Pagina { $page } di { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
# peerpress: en=57185d8d tr=7ee64fda
leaflet-edition = Edizione { $edition }, creata il { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
# peerpress: en=8dfa84d1 tr=e7542695
leaflet-draft = BOZZA – da non distribuire: alcune parti di questo testo non sono ancora tradotte o non sono più aggiornate.
# peerpress: en=2b5c3d26 tr=1b1cd3c6
leaflet-contact = Contatti

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
# peerpress: en=a87a376a tr=50142b29
translation-unreviewed = Questa traduzione non è ancora stata controllata da una persona della comunità che parla bene l’italiano.
