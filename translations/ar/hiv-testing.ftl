### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=8abc09d9 tr=96f1d072
hiv-testing-title = فحص { -hiv }: أين وكيف ومتى
# peerpress: en=0c9c37fb tr=1ade5502
hiv-testing-description = الطرق المختلفة لفحص { -hiv }، ومتى تكون النتيجة موثوقة، وماذا يحدث بعد الفحص.
# peerpress: en=3f163132 tr=9ca4fe11
hiv-testing-intro-1 = الفحص هو الطريقة الوحيدة لتعرف إن كنت مصابًا ب{ -hiv }. كثير من الأشخاص المتعايشين مع { -hiv } يشعرون بأنهم بخير لسنوات. الفحص سريع وبسيط. ومعرفة نتيجتك تساعدك على الاهتمام بصحتك.

## أين يمكنك إجراء الفحص

# peerpress: en=6aa8d29f tr=4c8345a0
hiv-testing-where-you-can-test = أين يمكنك إجراء الفحص
# peerpress: en=0cd10efb tr=8683c6fa
hiv-testing-where-you-can-test-1 = يمكنك أن تختار المكان الذي ترتاح إليه أكثر.
# peerpress: en=81971df1 tr=92f68e05
hiv-testing-where-you-can-test-2 = {"*"}*العيادة أو المستشفى:** يأخذ عامل صحي عينة صغيرة من دمك. ثم يفحصها مختبر.
# peerpress: en=669ae23b tr=fbb30a49
hiv-testing-where-you-can-test-3 = {"*"}*الفحص المجتمعي:** تقدّم منظمات مجتمعية كثيرة **فحصًا سريعًا**. يستخدم هذا الفحص قطرة دم من إصبعك. وتحصل على النتيجة في أقل من 30 دقيقة.
# peerpress: en=a0f60b0e tr=45ca1e79
hiv-testing-where-you-can-test-4 = {"*"}*الفحص الذاتي:** تُجري الفحص بنفسك، في البيت أو في مكان خاص آخر. يمكنك الحصول على مجموعة الفحص من صيدلية، أو عبر الإنترنت، أو من منظمة مجتمعية.
# peerpress: en=3b09185e tr=9197d232
hiv-testing-where-you-can-test-6 = توصي منظمة الصحة العالمية بالفحص الذاتي ل{ -hiv } منذ عام 2016. إذا استخدمت فحصًا ذاتيًا، فاقرأ التعليمات الموجودة في المجموعة بعناية.
# peerpress: en=d8ff58cf tr=af19529e
hiv-testing-where-you-can-test-5 = الفحص **سرّي**. هذا يعني أن العاملين يحافظون على خصوصية نتيجتك. وإجراء الفحص قرارك أنت. في أماكن كثيرة يكون الفحص مجانيًا. وبعض الخدمات تتيح لك إجراء الفحص **دون الكشف عن هويتك**، أي دون أن تعطي اسمك. وتقول [الإرشادات الأوروبية الصادرة عن المركز الأوروبي للوقاية من الأمراض ومكافحتها (ECDC)](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) إن الفحص يجب أن يكون طوعيًا وسرّيًا.

## متى تكون نتيجة الفحص موثوقة

# peerpress: en=14634d3e tr=ba04bd24
hiv-testing-when-a-test-result-is = متى تكون نتيجة الفحص موثوقة
# peerpress: en=4cebc4c9 tr=5a1a164b
hiv-testing-when-a-test-result-is-1 = بعد دخول { -hiv } إلى الجسم، يحتاج الفحص إلى بعض الوقت ليكشفه. تُسمّى هذه المدة **فترة النافذة**. وهي تختلف حسب نوع الفحص.
# peerpress: en=f08109ae tr=a61e3c37
hiv-testing-when-a-test-result-is-2 = نوع الفحص
# peerpress: en=1daaa38f tr=db553ada
hiv-testing-when-a-test-result-is-3 = المكان
# peerpress: en=6c8628b3 tr=0289ead7
hiv-testing-when-a-test-result-is-4 = تكون النتيجة موثوقة بعد
# peerpress: en=f0d5d8b0 tr=c5aa7e49
hiv-testing-when-a-test-result-is-5 = فحص مخبري من الجيل الرابع (مستضد/أجسام مضادة)
# peerpress: en=7292729d tr=e9d6a9aa
hiv-testing-when-a-test-result-is-6 = العيادة أو المستشفى
# peerpress: en=d2f7d511 tr=18c8b46c
hiv-testing-when-a-test-result-is-7 = 6 أسابيع من التعرّض المحتمل
# peerpress: en=8cc1358d tr=2a7fbe7e
hiv-testing-when-a-test-result-is-8 = فحص سريع (أجسام مضادة)
# peerpress: en=27684278 tr=1dc7d14a
hiv-testing-when-a-test-result-is-9 = منظمة مجتمعية أو عيادة
# peerpress: en=281ccc9e tr=88b99b83
hiv-testing-when-a-test-result-is-10 = 3 أشهر (90 يومًا) من التعرّض المحتمل
# peerpress: en=37fb137b tr=f4863ba6
hiv-testing-when-a-test-result-is-11 = فحص ذاتي (أجسام مضادة)
# peerpress: en=fbccda06 tr=46d5af97
hiv-testing-when-a-test-result-is-12 = في البيت
# peerpress: en=281ccc9e tr=065f4097
hiv-testing-when-a-test-result-is-13 = 3 أشهر (90 يومًا) من التعرّض المحتمل
# peerpress: en=c4200b27 tr=122e1dd3
hiv-testing-when-a-test-result-is-14 = إذا أجريت الفحص قبل ذلك، فقد لا تكون النتيجة السلبية نهائية. أعد الفحص بعد انتهاء فترة النافذة. إذا كان التعرّض المحتمل خلال آخر 72 ساعة، فاسأل عن **{ -pep }** اليوم. { -pep } دواء يمكن أن يمنع الإصابة ب{ -hiv } بعد التعرّض.
# peerpress: en=b721a7d9 tr=1a284d28
hiv-testing-when-a-test-result-is-15 = هناك أيضًا فحص مخبري يبحث عن الفيروس نفسه. يُسمّى فحص **NAT** أو **فحص RNA**. ويمكنه أن يكشف { -hiv } أبكر من الفحوص المذكورة في الجدول. لكنه **لا** يُستخدم في الفحص الروتيني. وقد يستخدمه الطبيب في حالات خاصة.
# peerpress: en=dfff47c0 tr=81cccc29
hiv-testing-when-a-test-result-is-16 = إذا تناولت { -pep } أو { -prep }، فاسأل عيادتك متى يجب أن تُجري الفحص. فقد يكون التوقيت مختلفًا في حالتك.

## إذا كانت نتيجتك تفاعلية

# peerpress: en=7a59bcfe tr=448364c8
hiv-testing-if-your-result-is-reactive = إذا كانت نتيجتك تفاعلية
# peerpress: en=4f1a236e tr=71a1872a
hiv-testing-if-your-result-is-reactive-1 = قد يُظهر الفحص السريع أو الفحص الذاتي نتيجة **تفاعلية** (reactive). وهذا لا يعني دائمًا أنك مصاب ب{ -hiv }. تحتاج إلى **فحص تأكيدي** في مختبر.
# peerpress: en=a6efe94c tr=616f0890
hiv-testing-if-your-result-is-reactive-2 = خذ نفسًا عميقًا. لست وحدك.
# peerpress: en=17e99218 tr=4684ea2a
hiv-testing-if-your-result-is-reactive-3 = اذهب قريبًا إلى عيادة أو منظمة مجتمعية.
# peerpress: en=5705af89 tr=f883dc44
hiv-testing-if-your-result-is-reactive-4 = أخبرهم أن نتيجة فحصك كانت تفاعلية. وسيُجرون لك الفحص التأكيدي.
# peerpress: en=87363f82 tr=76949f61
hiv-testing-if-your-result-is-reactive-5 = النتيجة التفاعلية تعني أن الفحص وجد شيئًا قد يكون { -hiv }. وأحيانًا تكون نتيجة الفحص تفاعلية مع أن الشخص غير مصاب بالفيروس. لهذا لا يستطيع تأكيد النتيجة إلا المختبر.
# peerpress: en=b758b283 tr=16a4c7c1
hiv-testing-if-your-result-is-reactive-6 = إذا كانت نتيجتك **غير تفاعلية** (سلبية) وانتهت فترة النافذة، فأنت غير مصاب ب{ -hiv }. أعد الفحص إذا حدث تعرّض محتمل جديد.

## إذا كنت مصابًا بفيروس نقص المناعة البشرية

# peerpress: en=83a5940a tr=0d134aa1
hiv-testing-if-you-have-hiv = إذا كنت مصابًا ب{ -hiv }
# peerpress: en=46ef0b62 tr=33016d75
hiv-testing-if-you-have-hiv-1 = إذا أظهر الفحص التأكيدي وجود { -hiv }، فستربطك العيادة بخدمات رعاية { -hiv }. العلاج فعّال جدًا. يمكن للأشخاص المتعايشين مع { -hiv } الذين يتناولون العلاج أن يعيشوا حياة طويلة وصحية. ويمكن للعلاج أيضًا أن يجعل حملك الفيروسي { -undetectable }. وعندها لا تنقل { -hiv } عن طريق العلاقات الجنسية.
# peerpress: en=dd654401 tr=5a5ca055
hiv-testing-if-you-have-hiv-3 = ماذا يحدث بعد ذلك:
# peerpress: en=e5d40f20 tr=4a4b3159
hiv-testing-if-you-have-hiv-4 = تقابل طبيبًا أو ممرضًا متخصصًا في { -hiv }.
# peerpress: en=0af6b200 tr=c2d4eac7
hiv-testing-if-you-have-hiv-5 = يأخذون عينة دم لفحص حملك الفيروسي وجهازك المناعي.
# peerpress: en=71f69052 tr=f14bc291
hiv-testing-if-you-have-hiv-6 = تبدأ العلاج.
# peerpress: en=16e01b76 tr=d16bf938
hiv-testing-if-you-have-hiv-7 = {"["}توصي منظمة الصحة العالمية منذ عام 2017](https://www.who.int/publications/i/item/9789241550062) بأن يبدأ العلاج **في أسرع وقت ممكن**: ومن الأفضل أن يكون ذلك في اليوم نفسه، أو خلال **7 أيام** من التشخيص. وأحيانًا ينتظر الطبيب وقتًا أطول قليلًا لسبب طبي.
# peerpress: en=1dc55b37 tr=78c7232b
hiv-testing-if-you-have-hiv-2 = اسأل العيادة أو منظمة محلية عن العلاج المجاني أو منخفض التكلفة. تختلف القواعد من دولة إلى أخرى. لكن في دول كثيرة، يمكن للمهاجرين الحصول على رعاية { -hiv }.

## أسئلة شائعة

# peerpress: en=dfb8a3d4 tr=471f92b7
hiv-testing-common-questions = أسئلة شائعة
# peerpress: en=17dace7a tr=2189228c
hiv-testing-do-i-have-to-give = هل يجب أن أعطي اسمي؟
# peerpress: en=a577bdef tr=0983c5cc
hiv-testing-do-i-have-to-give-1 = ليس دائمًا. بعض الخدمات تتيح لك إجراء الفحص دون الكشف عن هويتك. اسأل قبل الفحص.
# peerpress: en=d1b9a16b tr=0e9d1f00
hiv-testing-does-the-test-hurt = هل الفحص مؤلم؟
# peerpress: en=eae1fb72 tr=5161e0d4
hiv-testing-does-the-test-hurt-1 = الفحص السريع يحتاج فقط إلى وخزة صغيرة في إصبعك. أما الفحص المخبري فيستخدم عينة دم عادية من ذراعك.
# peerpress: en=1c3ca54e tr=c3455b11
hiv-testing-how-often-should-i-test = كم مرة يجب أن أُجري الفحص؟
# peerpress: en=8c7f611a tr=839e6104
hiv-testing-how-often-should-i-test-1 = أجرِ الفحص مرة واحدة على الأقل. إذا كان لديك شركاء جدد، تنصح عيادات كثيرة بإجراء الفحص مرة واحدة في السنة على الأقل، أو أكثر. وإذا كنت تتناول { -prep }، فإنك تُجري الفحص كل 3 أشهر تقريبًا.
# peerpress: en=5341e642 tr=b987f840
hiv-testing-can-i-test-if-i = هل يمكنني إجراء الفحص إذا لم تكن لديّ أوراق؟
# peerpress: en=29a6927d tr=c9397cae
hiv-testing-can-i-test-if-i-1 = نعم. في دول كثيرة يكون الفحص المجتمعي مجانيًا ودون الكشف عن الهوية، ولا تحتاج إلى إظهار أي أوراق. ويمكن لمنظمة محلية تعمل في مجال { -hiv } أو في دعم المهاجرين أن تخبرك إلى أين تذهب.
