### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=77638b7c tr=38302f16
u-equals-u-title = U=U: غير قابل للكشف يعني غير قابل للانتقال
# peerpress: en=3c28cfa4 tr=e2d521a6
u-equals-u-description = ما معنى U=U، وكيف يمنع علاج فيروس نقص المناعة البشرية (HIV) انتقال الفيروس عن طريق العلاقات الجنسية، وكيف يمكن للمهاجرين الحصول على العلاج.
# peerpress: en=68f4f376 tr=2cfa6937
u-equals-u-intro-1 = يمكن للأشخاص المتعايشين مع فيروس نقص المناعة البشرية (HIV) أن يعيشوا حياة طويلة وصحية. علاج فيروس نقص المناعة البشرية يحافظ على صحتك، ويحمي أيضًا الأشخاص الذين تحبهم. هذا ما يُسمّى **U=U**. ومعناه: «الحمل الفيروسي غير القابل للكشف يعني أن الفيروس غير قابل للانتقال».
# peerpress: en=1d11a439 tr=434d68c6
u-equals-u-intro-2 = تشرح هذه الصفحة معنى { -uu }، وما لا يشمله، وكيف تحصل على علاج { -hiv } في أوروبا.

## ما معنى U=U

# peerpress: en=a1171ecc tr=c4ace637
u-equals-u-what-u-u-means = ما معنى U=U
# peerpress: en=46c0c021 tr=5f51abcd
u-equals-u-what-u-u-means-1 = علاج فيروس نقص المناعة البشرية هو دواء تتناوله كل يوم. وبعض الناس يأخذون حقنة بدلًا من ذلك. يخفّض الدواء كمية الفيروس في دمك. وتُسمّى هذه الكمية **الحمل الفيروسي**.
# peerpress: en=7dd8258f tr=859d5e38
u-equals-u-what-u-u-means-2 = عندما يكون حملك الفيروسي منخفضًا جدًا، يقول الأطباء إنه «غير قابل للكشف». وهذا يعني أن في المليلتر الواحد من الدم أقل من **200 نسخة** من الفيروس (200 نسخة/مل).
# peerpress: en=025e116d tr=98413645
u-equals-u-what-u-u-means-3 = يصل معظم الناس إلى حمل فيروسي غير قابل للكشف خلال **ستة أشهر** من بدء العلاج.
# peerpress: en=c23eeef3 tr=8c20fc2f
u-equals-u-what-u-u-means-4 = يبقى حملك الفيروسي غير قابل للكشف عندما تتناول علاجك كما وصفه لك طبيبك.
# peerpress: en=1bc362a7 tr=d668860a
u-equals-u-what-u-u-means-5 = يُقاس حملك الفيروسي بتحليل دم. وتخبرك عيادتك كم مرة تحتاج إلى هذا التحليل.
# peerpress: en=98496aa0 tr=d96f0b36
u-equals-u-what-u-u-means-6 = تعتمد [حملة الوصول إلى الوقاية (Prevention Access Campaign)](https://preventionaccess.org/)، التي أطلقت { -uu }، هذا الحدَّ نفسه: 200 نسخة/مل. وتقول أيضًا إرشادات منظمة الصحة العالمية لعام 2021 بشأن { -hiv } إن الأشخاص الذين يقلّ حملهم الفيروسي عن 200 نسخة/مل لا ينقلون الفيروس عن طريق العلاقات الجنسية.

## ممّ يحمي U=U

# peerpress: en=02ecbb89 tr=715b36ca
u-equals-u-what-u-u-protects-against = ممّ يحمي U=U
# peerpress: en=3b810de6 tr=171f8f93
u-equals-u-what-u-u-protects-against-1 = إذا كان حملك الفيروسي غير قابل للكشف، فإنك **لا تنقل فيروس نقص المناعة البشرية عن طريق العلاقات الجنسية**. وهذا صحيح سواء استخدمت الواقي الذكري أم لا. وقد أثبتت ذلك دراسات كبيرة شملت آلاف الأزواج. [يشرح برنامج الأمم المتحدة لمكافحة الإيدز (UNAIDS) الأدلة العلمية (باللغة الإنجليزية)](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable).
# peerpress: en=93277428 tr=49e2b12b
u-equals-u-what-u-u-protects-against-6 = هذا يعني أنه **لا يوجد أي خطر** لنقل { -hiv } عن طريق العلاقات الجنسية. ليس خطرًا صغيرًا، بل لا خطر على الإطلاق. وفي عام 2023، قالت منظمة الصحة العالمية أيضًا إن الخطر يساوي صفرًا عندما لا يمكن قياس الفيروس في دمك.
# peerpress: en=d866c162 tr=b2165906
u-equals-u-what-u-u-protects-against-2 = مبدأ U=U يخص فيروس نقص المناعة البشرية فقط. وهو لا يحمي من:
# peerpress: en=3b6a6e7c tr=b0b372bc
u-equals-u-what-u-u-protects-against-3 = العدوى الأخرى المنقولة جنسيًا، مثل الزهري (السفلس) أو الكلاميديا
# peerpress: en=f1d6a553 tr=03099fdc
u-equals-u-what-u-u-protects-against-4 = الحمل
# peerpress: en=2894e87f tr=65140558
u-equals-u-what-u-u-protects-against-5 = الواقي الذكري ووسائل منع الحمل والفحوصات المنتظمة تساعد على الوقاية من هذه الأمور. ويمكن لعيادتك أن تساعدك على اختيار ما يناسبك.

## الحمل والرضاعة الطبيعية

# peerpress: en=44bf111b tr=35be4d12
u-equals-u-pregnancy-and-breastfeeding = الحمل والرضاعة الطبيعية
# peerpress: en=b56775b4 tr=fac2080d
u-equals-u-pregnancy-and-breastfeeding-1 = علاج فيروس نقص المناعة البشرية يحمي الأطفال الرضّع أيضًا. بفضل العلاج، تلد معظم الأمهات المتعايشات مع فيروس نقص المناعة البشرية أطفالًا غير مصابين بالفيروس.
# peerpress: en=fc076dd8 tr=816480ef
u-equals-u-pregnancy-and-breastfeeding-3 = إذا كنت ترغب في إنجاب طفل، فتحدّث إلى عيادتك. عندما يكون حملك الفيروسي { -undetectable }، يمكنكما محاولة الإنجاب دون أن ينتقل { -hiv } إلى شريكك.
# peerpress: en=61c0837c tr=d68b0a88
u-equals-u-pregnancy-and-breastfeeding-2 = أما الرضاعة الطبيعية فأمرها مختلف. عندما يكون حملك الفيروسي غير قابل للكشف، يكون خطر نقل فيروس نقص المناعة البشرية إلى طفلك عن طريق حليب الثدي **منخفضًا، لكنه ليس معدومًا**. تحدّثي إلى طبيبك، ومن الأفضل أن يكون ذلك قبل ولادة طفلك. ويمكنكما معًا وضع خطة لتغذية الطفل تناسبك وتناسب طفلك.

## الحصول على العلاج والاستمرار فيه

# peerpress: en=17b6deb2 tr=cd2ee941
u-equals-u-getting-and-staying-on-treatment = الحصول على العلاج والاستمرار فيه
# peerpress: en=d6c6b69a tr=bfb7f473
u-equals-u-getting-and-staying-on-treatment-1 = تقدّم دول كثيرة في أوروبا علاج فيروس نقص المناعة البشرية للمهاجرين. وفي بعض الدول يشمل ذلك الأشخاص الذين ينتظرون أوراقهم الرسمية أو الذين ليست لديهم أوراق. تختلف القواعد من دولة إلى أخرى. في بعض الأماكن يكون العلاج مجانيًا. وفي أماكن أخرى قد تحتاج إلى الدفع أو ملء استمارات.
# peerpress: en=dfa28cd6 tr=4c06dca0
u-equals-u-getting-and-staying-on-treatment-2 = اسأل في عيادة لفيروس نقص المناعة البشرية أو في عيادة للصحة الجنسية.
# peerpress: en=0d5a422d tr=f4a67227
u-equals-u-getting-and-staying-on-treatment-3 = اسأل منظمة مجتمعية محلية. فهي تعرف القواعد في المكان الذي تعيش فيه.
# peerpress: en=30782945 tr=d64deb95
u-equals-u-getting-and-staying-on-treatment-4 = إذا انتقلت إلى مكان آخر، فخذ معك دواءك ورسالة من طبيبك.
# peerpress: en=3d0e33fe tr=63183723
u-equals-u-getting-and-staying-on-treatment-5 = حاول ألا توقف علاجك. إذا توقفت عنه، يعود الفيروس إلى الظهور في دمك. وعندها يمكن أن ينتقل فيروس نقص المناعة البشرية مرة أخرى. إذا سبّب لك الدواء مشكلات، أو كان من الصعب الحصول عليه، فتحدّث إلى طبيبك أو إلى منظمة محلية. لست وحدك، والمساعدة متوفرة.

## أسئلة شائعة

# peerpress: en=dfb8a3d4 tr=d2a8d3ef
u-equals-u-common-questions = أسئلة شائعة
# peerpress: en=9dae8ea3 tr=14a5fee4
u-equals-u-how-do-i-know-that = كيف أعرف أن حملي الفيروسي غير قابل للكشف؟
# peerpress: en=50e67c13 tr=110fac14
u-equals-u-how-do-i-know-that-1 = وحده تحليل { -viral-load } يمكن أن يخبرك بذلك. لا يمكنك أن تعرف ذلك من شعورك. قد تقول نتيجتك «غير مكتشَف» (not detected). أو قد تقول «أقل من» رقم صغير، مثل «أقل من 50». والنتيجتان كلتاهما تعنيان أن حملك الفيروسي { -undetectable }.
# peerpress: en=83dcc7db tr=7833e170
u-equals-u-when-can-i-rely-on = متى يمكنني الاعتماد على { -uu }؟
# peerpress: en=34b7eb6e tr=118af2d6
u-equals-u-when-can-i-rely-on-1 = انتظر حتى يُظهر تحليلٌ أن حملك الفيروسي { -undetectable }. وحتى ذلك الحين، استخدم الواقي الذكري، أو يمكن لشريكك أن يتناول { -prep }. بعد ذلك، استمر في تناول علاجك كل يوم. واسأل طبيبك إذا لم تكن متأكدًا.
# peerpress: en=30e7625a tr=4d5145ab
u-equals-u-what-if-i-forget-my = ماذا لو نسيت دوائي؟
# peerpress: en=6875ed3a tr=59b0ef0f
u-equals-u-what-if-i-forget-my-1 = اتبع نصائح عيادتك أو النشرة الموجودة في علبة دوائك. إذا كنت تفوّت جرعاتك كثيرًا، أو توقفت عن الدواء عدة أيام، فقد يعود الفيروس. وعندها لا يعود { -uu } يحمي شركاءك. ويمكن لعيادتك أن تساعدك، مثلًا بوسائل للتذكير أو بعلاج مختلف.
# peerpress: en=6645b115 tr=8023c96e
u-equals-u-does-u-u-work-for = هل ينطبق { -uu } على مشاركة الإبر؟
# peerpress: en=1dbdf4a5 tr=0dbb76b7
u-equals-u-does-u-u-work-for-1 = مبدأ { -uu } يخص العلاقات الجنسية. ولم تُثبت الدراسات الأمرَ نفسه بالنسبة إلى مشاركة الإبر أو المحاقن. استخدم دائمًا إبرًا ومحاقن جديدة. ويمكن لخدمة محلية للحدّ من الأضرار أن تعطيك إياها.
# peerpress: en=02cb1c08 tr=eb32dcfe
u-equals-u-do-i-have-to-tell = هل يجب أن أخبر شركائي أنني متعايش مع { -hiv }؟
# peerpress: en=0c7c9302 tr=cab8ab53
u-equals-u-do-i-have-to-tell-1 = إخبار الشريك قرار شخصي. لكن في بعض الدول توجد قوانين بشأن ذلك. ويمكن لمنظمة محلية تعمل في مجال { -hiv } أو في دعم المهاجرين أن تشرح لك القانون في المكان الذي تعيش فيه.
# peerpress: en=7aa29f53 tr=1e0beaf4
u-equals-u-is-my-hiv-status-private = هل وضعي الصحي المتعلق ب{ -hiv } سرّي؟
# peerpress: en=99c563c6 tr=37f57a15
u-equals-u-is-my-hiv-status-private-1 = نعم. يجب على العاملين الصحيين أن يحافظوا على **سرّية** وضعك الصحي المتعلق ب{ -hiv }. إذا كنت قلقًا بشأن من يمكنه الاطلاع على معلوماتك، فاسأل عيادتك أو منظمة محلية.
