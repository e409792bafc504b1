### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Português

## Page frame

site-name = Informação sobre o VIH
site-tagline = Informação clara e confidencial sobre o VIH, na sua língua
skip-to-content = Saltar para o conteúdo principal
nav-label = Menu principal
nav-topics = Todos os temas
nav-languages = Outras línguas
footer-privacy = Este site não utiliza cookies, não segue a sua navegação e não recorre a serviços externos.
footer-published-by = Publicado por { $organisation }

## Language chooser (the site's front page)

chooser-title = Escolha a sua língua
chooser-intro = Esta informação sobre o VIH está disponível nas seguintes línguas.

## List of topics in one language

topics-title = Informação sobre o VIH
topics-intro = Escolha um tema para ler.

## One page

last-reviewed = Última revisão: { $date }
sources-heading = Fontes
sources-count =
    { $count ->
        [one] Esta página baseia-se em { $count } fonte.
       *[other] Esta página baseia-se em { $count } fontes.
    }
untranslated-notice = Algumas partes desta página ainda não estão traduzidas para português. São apresentadas em inglês até a tradução estar pronta.
page-languages-heading = Esta página noutras línguas
back-to-topics = Voltar a todos os temas

## Page not found

not-found-title = Página não encontrada
not-found-body = Lamentamos, mas não conseguimos encontrar esta página. Pode ter mudado de endereço.
not-found-link = Ir para a lista de línguas

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = Folheto para imprimir (PDF, { $size })
leaflet-download-booklet = Brochura A5 para imprimir e dobrar (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = Leia esta informação na internet, na sua língua:
# Alt text of the QR code for screen readers.
leaflet-qr-alt = Código QR com uma ligação para esta página na internet
# Page footer. $page and $pages are numbers.
leaflet-page = Página { $page } de { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = Edição { $edition }, criada em { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = RASCUNHO – não distribuir: algumas partes deste texto ainda não estão traduzidas ou estão desatualizadas.
leaflet-contact = Contacto

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = Folhetos para imprimir
print-shop-intro = Todos os folhetos para imprimir deste pacote, por língua. Imprima apenas os folhetos marcados como prontos para imprimir: um rascunho não é para distribuir.
print-shop-how-a4 = A4: imprima em papel A4, só frente ou frente e verso.
print-shop-how-booklet = Brochura A5: imprima em papel A4, frente e verso, virando pelo lado curto, e depois dobre as folhas ao meio.
# Column headings of the list of leaflets.
print-shop-leaflet = Folheto
print-shop-format = Formato
print-shop-pages = Páginas
print-shop-size = Tamanho
print-shop-edition = Edição
print-shop-status = Estado
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = Brochura A5
print-shop-ready = Pronto para imprimir
print-shop-draft = RASCUNHO – não distribuir
print-shop-none = Ainda não há nenhum folheto nesta língua pronto para imprimir.
print-shop-not-made = Ainda não é possível imprimir, porque a tradução está incompleta ou desatualizada:

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = Esta tradução ainda não foi verificada por uma pessoa da comunidade que fale bem português.
