### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=d759b8ad
language-name = العربية

## Page frame

# peerpress: en=c5127f11 tr=e3ac9389
site-name = معلومات عن فيروس نقص المناعة البشرية
# peerpress: en=b2e732a4 tr=8dfdba1e
site-tagline = معلومات واضحة وسرية عن فيروس نقص المناعة البشرية، بلغتك
# peerpress: en=c887f134 tr=16d122dd
skip-to-content = الانتقال إلى المحتوى الرئيسي
# peerpress: en=eb814be3 tr=863eb0a4
nav-label = القائمة الرئيسية
# peerpress: en=29366ff5 tr=7a01d45b
nav-topics = كل المواضيع
# peerpress: en=dcd60fdb tr=da74559c
nav-languages = لغات أخرى
# peerpress: en=5f402714 tr=be158287
footer-privacy = لا يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز)، ولا أي وسائل تتبّع، ولا خدمات خارجية.
# peerpress: en=514dfac1 tr=2f3f485c
footer-published-by = الناشر: { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=8250e908
chooser-title = اختر لغتك
# peerpress: en=be5e9a7f tr=5382bde1
chooser-intro = هذه المعلومات عن فيروس نقص المناعة البشرية متوفرة باللغات التالية.

## List of topics in one language

# peerpress: en=c5127f11 tr=ade9ca50
topics-title = معلومات عن فيروس نقص المناعة البشرية
# peerpress: en=4cbf467f tr=87a4c7ee
topics-intro = اختر موضوعًا لتقرأ عنه.

## One page

# peerpress: en=f9d5b1dd tr=ce5e16b8
last-reviewed = آخر مراجعة: { $date }
# peerpress: en=caf85b08 tr=2722c239
sources-heading = المصادر
# peerpress: en=cef6e687 tr=f8199ff2
sources-count =
    { $count ->
        [zero] لا تستند هذه الصفحة إلى أي مصدر.
        [one] تستند هذه الصفحة إلى مصدر واحد.
        [two] تستند هذه الصفحة إلى مصدرين.
        [few] تستند هذه الصفحة إلى { $count } مصادر.
        [many] تستند هذه الصفحة إلى { $count } مصدرًا.
       *[other] تستند هذه الصفحة إلى { $count } مصدر.
    }
# peerpress: en=77328c8a tr=512bc0b4
untranslated-notice = بعض أجزاء هذه الصفحة لم تُترجم إلى العربية بعد، لذلك تظهر باللغة الإنجليزية إلى أن تصبح الترجمة جاهزة.
# peerpress: en=c945d890 tr=7b230c20
page-languages-heading = هذه الصفحة بلغات أخرى
# peerpress: en=6c52d6f4 tr=7489b1fe
back-to-topics = العودة إلى كل المواضيع

## Page not found

# peerpress: en=a469ab4c tr=c3cf8af4
not-found-title = الصفحة غير موجودة
# peerpress: en=7d406583 tr=4ad799ae
not-found-body = عذرًا، لم نتمكن من العثور على هذه الصفحة. ربما نُقلت إلى مكان آخر.
# peerpress: en=03f0d842 tr=23734235
not-found-link = الانتقال إلى قائمة اللغات

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
# peerpress: en=70b84a87 tr=f920964f
leaflet-download-a4 = نشرة للطباعة (PDF، { $size })
# peerpress: en=e604dac1 tr=b0602857
leaflet-download-booklet = كتيّب بحجم A5 للطباعة والطيّ (PDF، { $size })
# Printed beside the QR code at the end of a leaflet.
# peerpress: en=8a97d60b tr=321a90a4
leaflet-read-online = اقرأ هذه المعلومات على الإنترنت، بلغتك:
# Alt text of the QR code for screen readers.
# peerpress: en=9a74548b tr=2cc5f386
leaflet-qr-alt = رمز QR يحتوي على رابط لهذه الصفحة على الإنترنت
# Page footer. $page and $pages are numbers.
# peerpress: en=c849d787 tr=c8048064
leaflet-page = الصفحة { $page } من { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
# peerpress: en=57185d8d tr=96c106a2
leaflet-edition = الإصدار { $edition }، بتاريخ { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
# peerpress: en=8dfa84d1 tr=12652f50
leaflet-draft = مسودة – غير مخصصة للتوزيع: بعض أجزاء هذا النص لم تُترجم بعد أو لم تعد محدّثة.
# peerpress: en=2b5c3d26 tr=1841ffe6
leaflet-contact = للتواصل

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
# peerpress: en=a87a376a tr=f08cc232
translation-unreviewed = لم يراجع هذه الترجمةَ بعدُ أيُّ شخص من المجتمع يتقن اللغة العربية.
