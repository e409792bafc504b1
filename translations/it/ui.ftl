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
