### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Français

## Page frame

site-name = Informations sur le VIH
site-tagline = Des informations claires et confidentielles sur le VIH, dans votre langue
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-topics = Tous les sujets
nav-languages = Autres langues
footer-privacy = Ce site n’utilise ni cookies, ni outils de suivi, ni services extérieurs.
footer-published-by = Publié par { $organisation }

## Language chooser (the site's front page)

chooser-title = Choisissez votre langue
chooser-intro = Ces informations sur le VIH sont disponibles dans les langues suivantes.

## List of topics in one language

topics-title = Informations sur le VIH
topics-intro = Choisissez un sujet qui vous intéresse.

## One page

last-reviewed = Dernière vérification : { $date }
sources-heading = Sources
sources-count =
    { $count ->
        [one] Cette page s’appuie sur { $count } source.
        [many] Cette page s’appuie sur { $count } sources.
       *[other] Cette page s’appuie sur { $count } sources.
    }
untranslated-notice = Certaines parties de cette page ne sont pas encore traduites en français. Elles sont affichées en anglais en attendant que la traduction soit prête.
page-languages-heading = Cette page dans d’autres langues
back-to-topics = Retour à tous les sujets

## Page not found

not-found-title = Page introuvable
not-found-body = Désolés, nous n’avons pas trouvé cette page. Elle a peut-être été déplacée.
not-found-link = Aller à la liste des langues

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = Brochure à imprimer (PDF, { $size })
leaflet-download-booklet = Livret A5 à imprimer et à plier (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = Lisez ces informations en ligne, dans votre langue :
# Alt text of the QR code for screen readers.
leaflet-qr-alt = Code QR avec un lien vers cette page en ligne
# Page footer. $page and $pages are numbers.
leaflet-page = Page { $page } sur { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = Édition { $edition }, créée le { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = BROUILLON – à ne pas distribuer : certaines parties de ce texte ne sont pas encore traduites ou ne sont plus à jour.
leaflet-contact = Contact

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = Brochures à imprimer
print-shop-intro = Toutes les brochures imprimables de cette archive, par langue. N’imprimez que les brochures marquées prêtes à imprimer : un brouillon ne doit pas être distribué.
print-shop-how-a4 = A4 : imprimez sur du papier A4, en recto seul ou en recto verso.
print-shop-how-booklet = Livret A5 : imprimez sur du papier A4 en recto verso, retournement sur le bord court, puis pliez les feuilles en deux.
# Column headings of the list of leaflets.
print-shop-leaflet = Brochure
print-shop-format = Format
print-shop-pages = Pages
print-shop-size = Taille
print-shop-edition = Édition
print-shop-status = État
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = Livret A5
print-shop-ready = Prête à imprimer
print-shop-draft = BROUILLON – à ne pas distribuer
print-shop-none = Aucune brochure dans cette langue n’est encore prête à imprimer.
print-shop-not-made = Pas encore imprimable, car la traduction est incomplète ou n’est plus à jour :

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = Cette traduction n’a pas encore été vérifiée par une personne de la communauté qui parle bien le français.
