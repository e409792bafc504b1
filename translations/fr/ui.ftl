### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=593b0f89
language-name = Français

## Page frame

# peerpress: en=c5127f11 tr=976a84ab
site-name = Informations sur le VIH
# peerpress: en=b2e732a4 tr=72e9ef15
site-tagline = Des informations claires et confidentielles sur le VIH, dans votre langue
# peerpress: en=c887f134 tr=2f7dfe0d
skip-to-content = Aller au contenu principal
# peerpress: en=eb814be3 tr=a976b73e
nav-label = Menu principal
# peerpress: en=29366ff5 tr=f9b39951
nav-topics = Tous les sujets
# peerpress: en=dcd60fdb tr=13d135b6
nav-languages = Autres langues
# peerpress: en=5f402714 tr=ab0b23d8
footer-privacy = Ce site n’utilise ni cookies, ni outils de suivi, ni services extérieurs.
# peerpress: en=514dfac1 tr=ae7b7528
footer-published-by = Publié par { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=a8241782
chooser-title = Choisissez votre langue
# peerpress: en=be5e9a7f tr=84b11343
chooser-intro = Ces informations sur le VIH sont disponibles dans les langues suivantes.

## List of topics in one language

# peerpress: en=c5127f11 tr=e08c4077
topics-title = Informations sur le VIH
# peerpress: en=4cbf467f tr=5eaba636
topics-intro = Choisissez un sujet qui vous intéresse.

## One page

# peerpress: en=f9d5b1dd tr=a19300d1
last-reviewed = Dernière vérification : { $date }
# peerpress: en=caf85b08 tr=7f5c2ddb
sources-heading = Sources
# peerpress: en=cef6e687 tr=b8ca70cd
sources-count =
    { $count ->
        [one] Cette page s’appuie sur { $count } source.
        [many] Cette page s’appuie sur { $count } sources.
       *[other] Cette page s’appuie sur { $count } sources.
    }
# peerpress: en=77328c8a tr=b4aed52c
untranslated-notice = Certaines parties de cette page ne sont pas encore traduites en français. Elles sont affichées en anglais en attendant que la traduction soit prête.
# peerpress: en=c945d890 tr=ba2c1d24
page-languages-heading = Cette page dans d’autres langues
# peerpress: en=6c52d6f4 tr=3a53110b
back-to-topics = Retour à tous les sujets

## Page not found

# peerpress: en=a469ab4c tr=4d5b2200
not-found-title = Page introuvable
# peerpress: en=7d406583 tr=c0f77cae
not-found-body = Désolés, nous n’avons pas trouvé cette page. Elle a peut-être été déplacée.
# peerpress: en=03f0d842 tr=b57d0e01
not-found-link = Aller à la liste des langues

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
# peerpress: en=70b84a87 tr=e1ebfc96
leaflet-download-a4 = Brochure à imprimer (PDF, { $size })
# peerpress: en=e604dac1 tr=65d42058
leaflet-download-booklet = Livret A5 à imprimer et à plier (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
# peerpress: en=8a97d60b tr=3f6649de
leaflet-read-online = Lisez ces informations en ligne, dans votre langue :
# Alt text of the QR code for screen readers.
# peerpress: en=9a74548b tr=3e348285
leaflet-qr-alt = Code QR avec un lien vers cette page en ligne
# Page footer. $page and $pages are numbers.
# peerpress: en=c849d787 tr=4fd6e7f9
leaflet-page = Page { $page } sur { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
# peerpress: en=57185d8d tr=26f61de8
leaflet-edition = Édition { $edition }, créée le { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
# peerpress: en=8dfa84d1 tr=59575bb7
leaflet-draft = BROUILLON – à ne pas distribuer : certaines parties de ce texte ne sont pas encore traduites ou ne sont plus à jour.
# peerpress: en=2b5c3d26 tr=92bae02d
leaflet-contact = Contact

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
# peerpress: en=a87a376a tr=339b3376
translation-unreviewed = Cette traduction n’a pas encore été vérifiée par une personne de la communauté qui parle bien le français.
