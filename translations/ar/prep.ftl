### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=69599a2c tr=b07d2430
prep-title = { -prep }: دواء يقي من { -hiv }
# peerpress: en=f58b6c19 tr=3cc1d54c
prep-description = ما هو { -prep }، ولمن هو، والطرق المختلفة لتناوله، وبماذا يختلف عنه { -pep } الذي يؤخذ بعد تعرّض محتمل للفيروس.
# peerpress: en=b90f408c tr=1bf8b40f
prep-intro-1 = { -prep } دواء يمنع إصابتك ب{ -hiv }. كلمة PrEP اختصار للعبارة الإنجليزية (pre-exposure prophylaxis)، ومعناها «الوقاية قبل التعرّض». وهو للأشخاص غير المصابين ب{ -hiv }. عندما تتناوله بالطريقة الصحيحة، يكون { -prep } فعّالًا جدًا. [توصي منظمة الصحة العالمية باستخدام { -prep }](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) للأشخاص الذين لديهم احتمال أكبر للإصابة ب{ -hiv }.
# peerpress: en=df3bc490 tr=d87d8a8f
prep-intro-2 = يمكن أن يكون { -prep } على شكل حبوب أو حقنة.

## لمن يناسب PrEP

# peerpress: en=d83749d7 tr=fd37308f
prep-who-prep-is-for = لمن يناسب { -prep }
# peerpress: en=f7d92656 tr=3d4a9e4e
prep-who-prep-is-for-1 = قد يكون { -prep } خيارًا جيدًا لك إذا:
# peerpress: en=394922d7 tr=d48efc91
prep-who-prep-is-for-2 = كنت كثيرًا ما تمارس الجنس دون واقٍ ذكري
# peerpress: en=5a0cbf68 tr=5d7f503f
prep-who-prep-is-for-3 = كان شريكك متعايشًا مع { -hiv } وحمله الفيروسي ما زال قابلًا للكشف، أو كنت لا تعرف إن كان مصابًا بالفيروس أم لا
# peerpress: en=4c04527d tr=8d44282f
prep-who-prep-is-for-4 = أُصبت مؤخرًا بعدوى منقولة جنسيًا
# peerpress: en=6e406113 tr=ddeaeb1c
prep-who-prep-is-for-5 = احتجت إلى { -pep } من قبل
# peerpress: en=25267266 tr=431cba3b
prep-who-prep-is-for-6 = كنت تشارك الإبر أو أدوات أخرى لحقن المخدرات
# peerpress: en=647896fb tr=6ef5dca5
prep-who-prep-is-for-7 = سيطرح عليك ممرض أو طبيب بعض الأسئلة على انفراد. ثم تقرّران معًا. اختيار { -prep } قرار صحي يدلّ على اهتمامك بنفسك وبمن تحب.
# peerpress: en=a2aa1fa2 tr=6414f27d
prep-who-prep-is-for-8 = قبل أن تبدأ، تحتاج إلى **فحص { -hiv }**. { -prep } مخصّص فقط للأشخاص غير المصابين ب{ -hiv }. ويمكن أيضًا استخدام حبوب { -prep } اليومية أثناء الحمل والرضاعة الطبيعية. تحدّث إلى عيادتك بشأن ذلك.

## طرق تناول PrEP

# peerpress: en=286c6787 tr=26f5325a
prep-ways-to-take-prep = طرق تناول { -prep }
# peerpress: en=e6cd86b2 tr=7794090e
prep-ways-to-take-prep-1 = هناك طرق مختلفة لتناول { -prep }. وستساعدك عيادتك على الاختيار.
# peerpress: en=1bffcf6f tr=2914bfe1
prep-ways-to-take-prep-2 = {"*"}*{ -prep } اليومي:** تتناول حبة واحدة كل يوم. هذه الطريقة تناسب الجميع، بمن فيهم الأشخاص الذين يمارسون الجنس المهبلي أو الجنس عبر «الفتحة الأمامية». اسأل عيادتك كم يومًا تحتاج بعد البدء حتى تصبح محميًا.
# peerpress: en=da27073a tr=03b8be2d
prep-ways-to-take-prep-3 = {"*"}*{ -prep } عند الحاجة (2-1-1):** تتناول الحبوب فقط قبل ممارسة الجنس وبعدها.
# peerpress: en=248287ae tr=9bbaf174
prep-ways-to-take-prep-4 = خذ **حبتين (2)** قبل ممارسة الجنس بمدة تتراوح بين 2 و24 ساعة.
# peerpress: en=b9e57a02 tr=54c2e16a
prep-ways-to-take-prep-5 = خذ **حبة واحدة (1)** بعد 24 ساعة من الجرعة الأولى.
# peerpress: en=85539729 tr=61bf2aa7
prep-ways-to-take-prep-6 = خذ **حبة واحدة أخرى (1)** بعد 24 ساعة من ذلك.
# peerpress: en=2fca8a8d tr=f8bd3000
prep-ways-to-take-prep-7 = إذا مارست الجنس مرة أخرى في الأيام التالية، فاستمر في أخذ حبة واحدة (1) كل 24 ساعة. وتوقّف بعد يومين (2) من آخر مرة مارست فيها الجنس.
# peerpress: en=822da812 tr=7e2e41ef
prep-ways-to-take-prep-8 = توصي منظمة الصحة العالمية بطريقة 2-1-1 للرجال الذين يمارسون الجنس مع رجال منذ عام 2019. وفي عام 2022، قالت المنظمة إنها تناسب أيضًا الأشخاص الآخرين الذين حُدِّد جنسهم ذكرًا عند الولادة ولا يتناولون هرمونات تأكيد الجندر. **لا** يُنصح بطريقة 2-1-1 للجنس المهبلي أو الجنس عبر «الفتحة الأمامية». إذا كنت تتناول هرمونات تأكيد الجندر، فاستخدم { -prep } اليومي.
# peerpress: en=61a8ebb9 tr=cf010013
prep-ways-to-take-prep-10 = {"*"}*الحقن:** { -prep } طويل المفعول هو حقنة يعطيك إياها عامل صحي. ولا تحتاج معه إلى تناول حبوب كل يوم.
# peerpress: en=c9692116 tr=0e2029ca
prep-ways-to-take-prep-11 = {"*"}*كابوتيغرافير** (cabotegravir) يُعطى كل **شهرين**. توصي به منظمة الصحة العالمية منذ عام 2022. ووفقًا للوكالة الأوروبية للأدوية (EMA)، فهو معتمد في الاتحاد الأوروبي منذ عام 2023.
# peerpress: en=228d5759 tr=752eacb0
prep-ways-to-take-prep-12 = {"*"}*ليناكابافير** (lenacapavir) يُعطى **مرتين في السنة**، أي كل 6 أشهر. [أوصت به منظمة الصحة العالمية في يوليو/تموز 2025](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). ووفقًا للوكالة الأوروبية للأدوية (EMA)، اعتُمد في الاتحاد الأوروبي في عام 2025.
# peerpress: en=88fcc2c3 tr=28f9475b
prep-ways-to-take-prep-9 = اعتماد الدواء لا يعني أن كل عيادة تقدّمه. **يختلف توفّره من دولة إلى أخرى.** اسأل عيادتك عمّا هو متاح في المكان الذي تعيش فيه.

## الحفاظ على صحتك أثناء تناول PrEP

# peerpress: en=e81185c9 tr=7ce99e7e
prep-staying-healthy-on-prep = الحفاظ على صحتك أثناء تناول { -prep }
# peerpress: en=14d52766 tr=4c881f50
prep-staying-healthy-on-prep-1 = { -prep } يحمي من { -hiv } فقط. وهو **لا** يحمي من العدوى الأخرى المنقولة جنسيًا ولا من الحمل. الواقي الذكري ووسائل منع الحمل تساعد على الوقاية منهما.
# peerpress: en=44c03fd8 tr=368e645a
prep-staying-healthy-on-prep-2 = عندما تتناول حبوب { -prep }، تزور العيادة **كل 3 أشهر** تقريبًا. وفي كل زيارة تحصل على:
# peerpress: en=31671af9 tr=1c372faf
prep-staying-healthy-on-prep-3 = فحص { -hiv }
# peerpress: en=cdc0c2ac tr=50ddd21b
prep-staying-healthy-on-prep-7 = فحوص للعدوى الأخرى المنقولة جنسيًا، مثل الزهري (السفلس) والسيلان والكلاميديا
# peerpress: en=ee57ccb8 tr=6dd201df
prep-staying-healthy-on-prep-8 = فحص للكلى، عندما تحتاج عيادتك إليه
# peerpress: en=37d56a31 tr=92b6048f
prep-staying-healthy-on-prep-9 = إذا كنت تأخذ { -prep } على شكل حقن، فستُجري فحص { -hiv } في مواعيد الحقن.
# peerpress: en=9e6fa85e tr=2996143f
prep-staying-healthy-on-prep-6 = هذه الزيارات تحافظ على صحتك. وتتأكد فيها العيادة أيضًا من أن { -prep } ما زال مناسبًا لك. كثير من { -sti } لا تظهر لها أي علامات. الفحوص المنتظمة تكشفها مبكرًا، ومعظمها يمكن علاجه.

## PEP مختلف

# peerpress: en=63f891cd tr=9b7fc31a
prep-pep-is-different = { -pep } مختلف
# peerpress: en=42cebeb6 tr=d13ecd2b
prep-pep-is-different-1 = كلمة PEP اختصار للعبارة الإنجليزية (post-exposure prophylaxis)، ومعناها «الوقاية بعد التعرّض». تتناوله **بعد** احتمال تعرّضك ل{ -hiv }. مثلًا، بعد تمزّق الواقي الذكري، أو بعد ممارسة جنس لم تكن تريده.
# peerpress: en=8474358f tr=5c3f18e0
prep-pep-is-different-2 = ابدأ { -pep } في أسرع وقت ممكن، **خلال 72 ساعة** (3 أيام).
# peerpress: en=92cd46b1 tr=74a428a9
prep-pep-is-different-3 = كلما بدأت أبكر، كان أكثر فعالية.
# peerpress: en=6a5454fa tr=845299ee
prep-pep-is-different-4 = تتناوله لمدة **28 يومًا**.
# peerpress: en=b9932749 tr=89fa52db
prep-pep-is-different-6 = تقول إرشادات منظمة الصحة العالمية لعام 2024 بشأن { -pep } إن من الأفضل البدء به خلال 24 ساعة، وفي موعد لا يتجاوز 72 ساعة. وبعد { -pep }، تحتاج إلى فحص { -hiv } مرة أخرى.
# peerpress: en=00dedecb tr=f12ec065
prep-pep-is-different-5 = اذهب إلى قسم الطوارئ في مستشفى أو إلى عيادة للصحة الجنسية. وقل: «أحتاج إلى { -pep }» (بالإنجليزية: I need PEP). ويمكن لمنظمة محلية أن تخبرك أين تحصل على { -pep } بالقرب منك.
# peerpress: en=3970e33f tr=cb3c64cd
prep-pep-is-different-7 = إذا احتجت إلى { -pep } أكثر من مرة، فاسأل عن { -prep }. كثير من العيادات تستطيع مساعدتك على الانتقال مباشرة من { -pep } إلى { -prep }.

## كيف تحصل على PrEP

# peerpress: en=c5af1c14 tr=4da4a713
prep-how-to-get-prep = كيف تحصل على { -prep }
# peerpress: en=4f70f84b tr=0dc28b7e
prep-how-to-get-prep-1 = اسأل في عيادة للصحة الجنسية أو في عيادة ل{ -hiv }.
# peerpress: en=57a38993 tr=90f8718b
prep-how-to-get-prep-2 = اسأل منظمة محلية تعمل في مجال { -hiv } أو في دعم المهاجرين. فهي تعرف أين يكون { -prep } مجانيًا أو أقل تكلفة.
# peerpress: en=c4503908 tr=4ceab353
prep-how-to-get-prep-3 = لا تأخذ حبوب { -prep } من صديق. تحتاج أولًا إلى فحص { -hiv } وفحص طبي.
# peerpress: en=40e97ee8 tr=15800cb2
prep-how-to-get-prep-4 = تختلف القواعد والتكاليف من دولة إلى أخرى. في بعض الدول يكون { -prep } مجانيًا. وفي دول أخرى قد تحتاج إلى الدفع.

## أسئلة شائعة

# peerpress: en=dfb8a3d4 tr=9745d302
prep-common-questions = أسئلة شائعة
# peerpress: en=63663183 tr=f3d424de
prep-how-well-does-prep-work = ما مدى فعالية { -prep }؟
# peerpress: en=4de88a6c tr=ee50bb7c
prep-how-well-does-prep-work-1 = { -prep } فعّال جدًا عندما تتناوله بالطريقة الصحيحة. وتقلّ فعاليته إذا فاتتك حبوب أو حقن كثيرة.
# peerpress: en=e7f9b3e1 tr=c6d98564
prep-does-prep-have-side-effects = هل يسبّب { -prep } آثارًا جانبية؟
# peerpress: en=f4f2885d tr=88e26922
prep-does-prep-have-side-effects-1 = يشعر بعض الناس بالغثيان أو بمشكلات في المعدة في الأسابيع الأولى. وعادةً ما يزول ذلك. وقد تسبّب الحقن ألمًا في مكانها. أخبر عيادتك بأي مشكلة.
# peerpress: en=a4d7b712 tr=a52dd5f9
prep-can-i-stop-prep = هل يمكنني التوقف عن { -prep }؟
# peerpress: en=5ef6cb40 tr=26635b6d
prep-can-i-stop-prep-1 = نعم. تحدّث إلى عيادتك أولًا. فطريقة التوقف الآمن تعتمد على الطريقة التي تتناول بها { -prep }.
# peerpress: en=0480fe7d tr=c8872731
prep-will-anyone-know-that-i = هل سيعرف أحد أنني أتناول { -prep }؟
# peerpress: en=27349db0 tr=09e90cd3
prep-will-anyone-know-that-i-1 = زياراتك ونتائج فحوصك **سرّية**. ويجب على العاملين أن يحافظوا على خصوصيتها.
