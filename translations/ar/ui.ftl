### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = العربية

## Page frame

site-name = معلومات عن فيروس نقص المناعة البشرية
site-tagline = معلومات واضحة وسرية عن فيروس نقص المناعة البشرية، بلغتك
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-topics = كل المواضيع
nav-languages = لغات أخرى
footer-privacy = لا يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز)، ولا أي وسائل تتبّع، ولا خدمات خارجية.
footer-published-by = الناشر: { $organisation }

## Language chooser (the site's front page)

chooser-title = اختر لغتك
chooser-intro = هذه المعلومات عن فيروس نقص المناعة البشرية متوفرة باللغات التالية.

## List of topics in one language

topics-title = معلومات عن فيروس نقص المناعة البشرية
topics-intro = اختر موضوعًا لتقرأ عنه.

## One page

last-reviewed = آخر مراجعة: { $date }
sources-heading = المصادر
sources-count =
    { $count ->
        [zero] لا تستند هذه الصفحة إلى أي مصدر.
        [one] تستند هذه الصفحة إلى مصدر واحد.
        [two] تستند هذه الصفحة إلى مصدرين.
        [few] تستند هذه الصفحة إلى { $count } مصادر.
        [many] تستند هذه الصفحة إلى { $count } مصدرًا.
       *[other] تستند هذه الصفحة إلى { $count } مصدر.
    }
untranslated-notice = بعض أجزاء هذه الصفحة لم تُترجم إلى العربية بعد، لذلك تظهر باللغة الإنجليزية إلى أن تصبح الترجمة جاهزة.
page-languages-heading = هذه الصفحة بلغات أخرى
back-to-topics = العودة إلى كل المواضيع

## Page not found

not-found-title = الصفحة غير موجودة
not-found-body = عذرًا، لم نتمكن من العثور على هذه الصفحة. ربما نُقلت إلى مكان آخر.
not-found-link = الانتقال إلى قائمة اللغات

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = نشرة للطباعة (PDF، { $size })
leaflet-download-booklet = كتيّب بحجم A5 للطباعة والطيّ (PDF، { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = اقرأ هذه المعلومات على الإنترنت، بلغتك:
# Alt text of the QR code for screen readers.
leaflet-qr-alt = رمز QR يحتوي على رابط لهذه الصفحة على الإنترنت
# Page footer. $page and $pages are numbers.
leaflet-page = الصفحة { $page } من { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = الإصدار { $edition }، بتاريخ { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = مسودة – غير مخصصة للتوزيع: بعض أجزاء هذا النص لم تُترجم بعد أو لم تعد محدّثة.
leaflet-contact = للتواصل

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = نشرات للطباعة
print-shop-intro = كل النشرات القابلة للطباعة في هذه الحزمة، حسب اللغة. اطبع فقط النشرات المعلَّمة بأنها جاهزة للطباعة: المسودة غير مخصصة للتوزيع.
print-shop-how-a4 = A4: اطبع على ورق A4، على وجه واحد أو على الوجهين.
print-shop-how-booklet = كتيّب بحجم A5: اطبع على ورق A4 على الوجهين مع القلب على الحافة القصيرة، ثم اطوِ الأوراق من المنتصف.
# Column headings of the list of leaflets.
print-shop-leaflet = النشرة
print-shop-format = المقاس
print-shop-pages = الصفحات
print-shop-size = حجم الملف
print-shop-edition = الإصدار
print-shop-status = الحالة
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = كتيّب A5
print-shop-ready = جاهزة للطباعة
print-shop-draft = مسودة – غير مخصصة للتوزيع
print-shop-none = لا توجد بعد أي نشرة بهذه اللغة جاهزة للطباعة.
print-shop-not-made = غير قابلة للطباعة بعد، لأن الترجمة ناقصة أو لم تعد محدّثة:

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = لم يراجع هذه الترجمةَ بعدُ أيُّ شخص من المجتمع يتقن اللغة العربية.
