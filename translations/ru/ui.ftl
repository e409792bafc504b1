### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Русский

## Page frame

site-name = Информация о ВИЧ
site-tagline = Понятная и конфиденциальная информация о ВИЧ на вашем языке
skip-to-content = Перейти к основному содержанию
nav-label = Главное меню
nav-topics = Все темы
nav-languages = Другие языки
footer-privacy = Этот сайт не использует файлы cookie, средства отслеживания и сторонние сервисы.
footer-published-by = Издатель: { $organisation }

## Language chooser (the site's front page)

chooser-title = Выберите язык
chooser-intro = Эта информация о ВИЧ доступна на следующих языках.

## List of topics in one language

topics-title = Информация о ВИЧ
topics-intro = Выберите тему, о которой хотите прочитать.

## One page

last-reviewed = Последняя проверка: { $date }
sources-heading = Источники
sources-count =
    { $count ->
        [one] Для этой страницы использован { $count } источник.
        [few] Для этой страницы использованы { $count } источника.
        [many] Для этой страницы использовано { $count } источников.
       *[other] Для этой страницы использовано { $count } источника.
    }
untranslated-notice = Некоторые части этой страницы ещё не переведены на русский язык. Пока перевод не готов, они показаны на английском.
page-languages-heading = Эта страница на других языках
back-to-topics = Назад ко всем темам

## Page not found

not-found-title = Страница не найдена
not-found-body = К сожалению, мы не нашли эту страницу. Возможно, она была перемещена.
not-found-link = Перейти к списку языков

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = Листовка для печати (PDF, { $size })
leaflet-download-booklet = Буклет A5 для печати и складывания (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = Читайте эту информацию в интернете на вашем языке:
# Alt text of the QR code for screen readers.
leaflet-qr-alt = QR-код со ссылкой на эту страницу в интернете
# Page footer. $page and $pages are numbers.
leaflet-page = Страница { $page } из { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = Выпуск { $edition }, создан { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = ЧЕРНОВИК — не распространять: часть этого текста ещё не переведена или устарела.
leaflet-contact = Контакты

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = Листовки для печати
print-shop-intro = Все листовки из этого пакета, которые можно напечатать, по языкам. Печатайте только листовки с пометкой «Готово к печати»: черновик не для распространения.
print-shop-how-a4 = A4: печать на бумаге A4, с одной или с двух сторон.
print-shop-how-booklet = Буклет A5: печать на бумаге A4 с двух сторон, с переворотом по короткому краю, затем сложите листы пополам.
# Column headings of the list of leaflets.
print-shop-leaflet = Листовка
print-shop-format = Формат
print-shop-pages = Страниц
print-shop-size = Размер
print-shop-edition = Выпуск
print-shop-status = Статус
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = Буклет A5
print-shop-ready = Готово к печати
print-shop-draft = ЧЕРНОВИК — не распространять
print-shop-none = На этом языке пока нет листовок, готовых к печати.
print-shop-not-made = Пока нельзя напечатать, потому что перевод неполный или устарел:

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = Этот перевод ещё не проверил человек из сообщества, который свободно говорит по-русски.
