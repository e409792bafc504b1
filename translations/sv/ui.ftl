### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=f68ea46e
language-name = Svenska

## Page frame

# peerpress: en=c5127f11 tr=424a5bb3
site-name = Information om hiv
# peerpress: en=b2e732a4 tr=fc875be1
site-tagline = Tydlig och konfidentiell information om hiv, på ditt språk
# peerpress: en=c887f134 tr=7e0dea7d
skip-to-content = Hoppa till huvudinnehållet
# peerpress: en=eb814be3 tr=6e4666cd
nav-label = Huvudmeny
# peerpress: en=29366ff5 tr=5a295eb7
nav-topics = Alla ämnen
# peerpress: en=dcd60fdb tr=59aebd8b
nav-languages = Andra språk
# peerpress: en=5f402714 tr=95303116
footer-privacy = Den här webbplatsen använder inga kakor, ingen spårning och inga externa tjänster.
# peerpress: en=514dfac1 tr=ba06436e
footer-published-by = Utgiven av { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=c03d93e0
chooser-title = Välj ditt språk
# peerpress: en=be5e9a7f tr=cfa1805b
chooser-intro = Den här informationen om hiv finns på följande språk.

## List of topics in one language

# peerpress: en=c5127f11 tr=4cb7f13b
topics-title = Information om hiv
# peerpress: en=4cbf467f tr=cabcbc98
topics-intro = Välj ett ämne som du vill läsa om.

## One page

# peerpress: en=f9d5b1dd tr=76892b02
last-reviewed = Senast granskad: { $date }
# peerpress: en=caf85b08 tr=a849d31f
sources-heading = Källor
# peerpress: en=cef6e687 tr=28f7bd7d
sources-count =
    { $count ->
        [one] Den här sidan bygger på { $count } källa.
       *[other] Den här sidan bygger på { $count } källor.
    }
# peerpress: en=77328c8a tr=4585f9de
untranslated-notice = Delar av den här sidan är inte översatta till svenska än. De visas på engelska tills en översättning är klar.
# peerpress: en=c945d890 tr=46306506
page-languages-heading = Den här sidan på andra språk
# peerpress: en=6c52d6f4 tr=2b1d6727
back-to-topics = Tillbaka till alla ämnen

## Page not found

# peerpress: en=a469ab4c tr=5eb5cb75
not-found-title = Sidan hittades inte
# peerpress: en=7d406583 tr=46625204
not-found-body = Tyvärr kunde vi inte hitta den här sidan. Den kan ha flyttats.
# peerpress: en=03f0d842 tr=3e94b3d5
not-found-link = Gå till listan över språk

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
# peerpress: en=70b84a87 tr=570f6e82
leaflet-download-a4 = Informationsblad att skriva ut (PDF, { $size })
# peerpress: en=e604dac1 tr=69a412fd
leaflet-download-booklet = Häfte i A5 att skriva ut och vika (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
# peerpress: en=8a97d60b tr=6a2b5c51
leaflet-read-online = Läs den här informationen på nätet, på ditt språk:
# Alt text of the QR code for screen readers.
# peerpress: en=9a74548b tr=f9bcccc1
leaflet-qr-alt = QR-kod med en länk till den här sidan på nätet
# Page footer. $page and $pages are numbers.
# peerpress: en=c849d787 tr=3a027851
leaflet-page = Sida { $page } av { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
# peerpress: en=57185d8d tr=def56272
leaflet-edition = Utgåva { $edition }, skapad { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
# peerpress: en=8dfa84d1 tr=25f1cd7c
leaflet-draft = UTKAST – får inte delas ut: delar av den här texten är inte översatta än eller är inte längre aktuella.
# peerpress: en=2b5c3d26 tr=30403e98
leaflet-contact = Kontakt

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
# peerpress: en=a87a376a tr=1e56fd03
translation-unreviewed = Den här översättningen har ännu inte granskats av någon från communityn som talar flytande svenska.
