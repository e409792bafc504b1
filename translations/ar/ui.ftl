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
