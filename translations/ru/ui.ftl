### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=5a0a90ec
language-name = Русский

## Page frame

# peerpress: en=c5127f11 tr=6d4d9001
site-name = Информация о ВИЧ
# peerpress: en=b2e732a4 tr=df02c293
site-tagline = Понятная и конфиденциальная информация о ВИЧ на вашем языке
# peerpress: en=c887f134 tr=050d3ebb
skip-to-content = Перейти к основному содержанию
# peerpress: en=eb814be3 tr=45ae9611
nav-label = Главное меню
# peerpress: en=29366ff5 tr=c2ea8007
nav-topics = Все темы
# peerpress: en=dcd60fdb tr=9419464b
nav-languages = Другие языки
# peerpress: en=5f402714 tr=cff73847
footer-privacy = Этот сайт не использует файлы cookie, средства отслеживания и сторонние сервисы.
# peerpress: en=514dfac1 tr=7afc1ff5
footer-published-by = Издатель: { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=ca3abfab
chooser-title = Выберите язык
# peerpress: en=be5e9a7f tr=faf58a12
chooser-intro = Эта информация о ВИЧ доступна на следующих языках.

## List of topics in one language

# peerpress: en=c5127f11 tr=e6933668
topics-title = Информация о ВИЧ
# peerpress: en=4cbf467f tr=ff3c2631
topics-intro = Выберите тему, о которой хотите прочитать.

## One page

# peerpress: en=f9d5b1dd tr=bfab71c2
last-reviewed = Последняя проверка: { $date }
# peerpress: en=caf85b08 tr=2e12763b
sources-heading = Источники
# peerpress: en=cef6e687 tr=f12ae8ad
sources-count =
    { $count ->
        [one] Для этой страницы использован { $count } источник.
        [few] Для этой страницы использованы { $count } источника.
        [many] Для этой страницы использовано { $count } источников.
       *[other] Для этой страницы использовано { $count } источника.
    }
# peerpress: en=77328c8a tr=285b8762
untranslated-notice = Некоторые части этой страницы ещё не переведены на русский язык. Пока перевод не готов, они показаны на английском.
# peerpress: en=c945d890 tr=72455f9a
page-languages-heading = Эта страница на других языках
# peerpress: en=6c52d6f4 tr=dda1ac20
back-to-topics = Назад ко всем темам

## Page not found

# peerpress: en=a469ab4c tr=1784ff65
not-found-title = Страница не найдена
# peerpress: en=7d406583 tr=ca64705f
not-found-body = К сожалению, мы не нашли эту страницу. Возможно, она была перемещена.
# peerpress: en=03f0d842 tr=367c05fa
not-found-link = Перейти к списку языков

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
# peerpress: en=70b84a87 tr=495aa1a3
leaflet-download-a4 = Листовка для печати (PDF, { $size })
# peerpress: en=e604dac1 tr=019f5177
leaflet-download-booklet = Буклет A5 для печати и складывания (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
# peerpress: en=8a97d60b tr=b7064a35
leaflet-read-online = Читайте эту информацию в интернете на вашем языке:
# Alt text of the QR code for screen readers.
# peerpress: en=9a74548b tr=58fdc136
leaflet-qr-alt = QR-код со ссылкой на эту страницу в интернете
# Page footer. $page and $pages are numbers.
# peerpress: en=c849d787 tr=07db31f3
leaflet-page = Страница { $page } из { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
# peerpress: en=57185d8d tr=e1e7095c
leaflet-edition = Выпуск { $edition }, создан { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
# peerpress: en=8dfa84d1 tr=533559a0
leaflet-draft = ЧЕРНОВИК — не распространять: часть этого текста ещё не переведена или устарела.
# peerpress: en=2b5c3d26 tr=0007b6ef
leaflet-contact = Контакты

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
# peerpress: en=a87a376a tr=bcdda0d3
translation-unreviewed = Этот перевод ещё не проверил человек из сообщества, который свободно говорит по-русски.
