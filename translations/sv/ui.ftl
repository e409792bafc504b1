### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Svenska

## Page frame

site-name = Information om hiv
site-tagline = Tydlig och konfidentiell information om hiv, på ditt språk
skip-to-content = Hoppa till huvudinnehållet
nav-label = Huvudmeny
nav-topics = Alla ämnen
nav-languages = Andra språk
footer-privacy = Den här webbplatsen använder inga kakor, ingen spårning och inga externa tjänster.
footer-published-by = Utgiven av { $organisation }

## Language chooser (the site's front page)

chooser-title = Välj ditt språk
chooser-intro = Den här informationen om hiv finns på följande språk.

## List of topics in one language

topics-title = Information om hiv
topics-intro = Välj ett ämne som du vill läsa om.

## One page

last-reviewed = Senast granskad: { $date }
sources-heading = Källor
sources-count =
    { $count ->
        [one] Den här sidan bygger på { $count } källa.
       *[other] Den här sidan bygger på { $count } källor.
    }
untranslated-notice = Delar av den här sidan är inte översatta till svenska än. De visas på engelska tills en översättning är klar.
page-languages-heading = Den här sidan på andra språk
back-to-topics = Tillbaka till alla ämnen

## Page not found

not-found-title = Sidan hittades inte
not-found-body = Tyvärr kunde vi inte hitta den här sidan. Den kan ha flyttats.
not-found-link = Gå till listan över språk

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = Informationsblad att skriva ut (PDF, { $size })
leaflet-download-booklet = Häfte i A5 att skriva ut och vika (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = Läs den här informationen på nätet, på ditt språk:
# Alt text of the QR code for screen readers.
leaflet-qr-alt = QR-kod med en länk till den här sidan på nätet
# Page footer. $page and $pages are numbers.
leaflet-page = Sida { $page } av { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = Utgåva { $edition }, skapad { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = UTKAST – får inte delas ut: delar av den här texten är inte översatta än eller är inte längre aktuella.
leaflet-contact = Kontakt

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = Informationsblad att skriva ut
print-shop-intro = Alla informationsblad i det här paketet som kan skrivas ut, efter språk. Skriv bara ut dem som är markerade som klara för tryck: ett utkast får inte delas ut.
print-shop-how-a4 = A4: skriv ut på A4-papper, enkel- eller dubbelsidigt.
print-shop-how-booklet = Häfte i A5: skriv ut på A4-papper, dubbelsidigt med vändning längs kortsidan, och vik sedan arken på mitten.
# Column headings of the list of leaflets.
print-shop-leaflet = Informationsblad
print-shop-format = Format
print-shop-pages = Sidor
print-shop-size = Storlek
print-shop-edition = Utgåva
print-shop-status = Status
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = Häfte i A5
print-shop-ready = Klart för tryck
print-shop-draft = UTKAST – får inte delas ut
print-shop-none = Inget informationsblad på det här språket är klart för tryck än.
print-shop-not-made = Kan inte skrivas ut än, eftersom översättningen är ofullständig eller inte längre aktuell:

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = Den här översättningen har ännu inte granskats av någon från communityn som talar flytande svenska.
