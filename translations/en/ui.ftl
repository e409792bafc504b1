# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = English

## Page frame

site-name = HIV information
site-tagline = Clear and confidential information about HIV, in your language
skip-to-content = Skip to main content
nav-label = Main
nav-topics = All topics
nav-languages = Other languages
footer-privacy = This site uses no cookies, no tracking and no outside services.
footer-published-by = Published by { $organisation }

## Language chooser (the site's front page)

chooser-title = Choose your language
chooser-intro = This information about HIV is available in the following languages.

## List of topics in one language

topics-title = HIV information
topics-intro = Choose a topic to read about.

## One page

last-reviewed = Last reviewed: { $date }
sources-heading = Sources
sources-count =
    { $count ->
        [one] This page is based on { $count } source.
       *[other] This page is based on { $count } sources.
    }
untranslated-notice = Parts of this page are not yet translated. They are shown in English until a translation is ready.
page-languages-heading = This page in other languages
back-to-topics = Back to all topics

## Page not found

not-found-title = Page not found
not-found-body = Sorry, we could not find this page. It may have moved.
not-found-link = Go to the list of languages

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = Printable leaflet (PDF, { $size })
leaflet-download-booklet = Printable A5 booklet to fold (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = Read this information online, in your language:
# Alt text of the QR code for screen readers.
leaflet-qr-alt = QR code with a link to this page online
# Page footer. $page and $pages are numbers.
leaflet-page = Page { $page } of { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = Edition { $edition }, made { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = DRAFT – not for distribution: parts of this text are not yet translated or are out of date.
leaflet-contact = Contact

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = Leaflets to print
print-shop-intro = Every printable leaflet in this bundle, by language. Print only the leaflets marked ready to print: a draft is not for distribution.
print-shop-how-a4 = A4: print on A4 paper, single- or double-sided.
print-shop-how-booklet = A5 booklet: print on A4 paper, double-sided, flipping on the short edge, then fold the sheets in half.
# Column headings of the list of leaflets.
print-shop-leaflet = Leaflet
print-shop-format = Format
print-shop-pages = Pages
print-shop-size = Size
print-shop-edition = Edition
print-shop-status = Status
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = A5 booklet
print-shop-ready = Ready to print
print-shop-draft = DRAFT – not for distribution
print-shop-none = No leaflet in this language is ready to print yet.
print-shop-not-made = Not printable yet, because the translation is incomplete or out of date:

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = This translation has not yet been checked by a fluent speaker from the community.
