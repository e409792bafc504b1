### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=42984339
language-name = Português

## Page frame

# peerpress: en=c5127f11 tr=c3f39776
site-name = Informação sobre o VIH
# peerpress: en=b2e732a4 tr=72859414
site-tagline = Informação clara e confidencial sobre o VIH, na sua língua
# peerpress: en=c887f134 tr=ab571d49
skip-to-content = Saltar para o conteúdo principal
# peerpress: en=eb814be3 tr=a976b73e
nav-label = Menu principal
# peerpress: en=29366ff5 tr=1806a6d3
nav-topics = Todos os temas
# peerpress: en=dcd60fdb tr=9a34cbd0
nav-languages = Outras línguas
# peerpress: en=5f402714 tr=d124b18c
footer-privacy = Este site não utiliza cookies, não segue a sua navegação e não recorre a serviços externos.
# peerpress: en=514dfac1 tr=388402d2
footer-published-by = Publicado por { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=3453b199
chooser-title = Escolha a sua língua
# peerpress: en=be5e9a7f tr=5a93ccb9
chooser-intro = Esta informação sobre o VIH está disponível nas seguintes línguas.

## List of topics in one language

# peerpress: en=c5127f11 tr=4de8bc58
topics-title = Informação sobre o VIH
# peerpress: en=4cbf467f tr=c1b82594
topics-intro = Escolha um tema para ler.

## One page

# peerpress: en=f9d5b1dd tr=0380874c
last-reviewed = Última revisão: { $date }
# peerpress: en=caf85b08 tr=9418cd14
sources-heading = Fontes
# peerpress: en=cef6e687 tr=bec16dc8
sources-count =
    { $count ->
        [one] Esta página baseia-se em { $count } fonte.
       *[other] Esta página baseia-se em { $count } fontes.
    }
# peerpress: en=77328c8a tr=7cf6ae10
untranslated-notice = Algumas partes desta página ainda não estão traduzidas para português. São apresentadas em inglês até a tradução estar pronta.
# peerpress: en=c945d890 tr=8b98cdda
page-languages-heading = Esta página noutras línguas
# peerpress: en=6c52d6f4 tr=ace8cf4c
back-to-topics = Voltar a todos os temas

## Page not found

# peerpress: en=a469ab4c tr=97551c48
not-found-title = Página não encontrada
# peerpress: en=7d406583 tr=52b25cf5
not-found-body = Lamentamos, mas não conseguimos encontrar esta página. Pode ter mudado de endereço.
# peerpress: en=03f0d842 tr=e62d9729
not-found-link = Ir para a lista de línguas

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
# peerpress: en=70b84a87 tr=fa151a27
leaflet-download-a4 = Folheto para imprimir (PDF, { $size })
# peerpress: en=e604dac1 tr=fdadb3aa
leaflet-download-booklet = Brochura A5 para imprimir e dobrar (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
# peerpress: en=8a97d60b tr=c0116686
leaflet-read-online = Leia esta informação na internet, na sua língua:
# Alt text of the QR code for screen readers.
# peerpress: en=9a74548b tr=4dd5d846
leaflet-qr-alt = Código QR com uma ligação para esta página na internet
# Page footer. $page and $pages are numbers.
# peerpress: en=c849d787 tr=e814a8be
leaflet-page = Página { $page } de { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
# peerpress: en=57185d8d tr=de15f9a7
leaflet-edition = Edição { $edition }, criada em { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
# peerpress: en=8dfa84d1 tr=0616e122
leaflet-draft = RASCUNHO – não distribuir: algumas partes deste texto ainda não estão traduzidas ou estão desatualizadas.
# peerpress: en=2b5c3d26 tr=6786354e
leaflet-contact = Contacto

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
# peerpress: en=a87a376a tr=292c747a
translation-unreviewed = Esta tradução ainda não foi verificada por uma pessoa da comunidade que fale bem português.
