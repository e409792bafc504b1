### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=7bb41170 tr=3c7cffab
health-rights-title = حقك في الرعاية الصحية
# peerpress: en=d0b72b9c tr=694bccd2
health-rights-description = حقوقك في أوروبا في الرعاية الصحية والخصوصية والحصول على مترجم، مهما كان وضع أوراقك، وماذا تفعل إذا رُفض تقديم الرعاية لك.
# peerpress: en=1ef9931d tr=ee951c16
health-rights-intro-1 = لكل إنسان الحق في الرعاية الصحية. ويشمل ذلك المهاجرين واللاجئين والأشخاص الذين ليست لديهم أوراق. تشرح هذه الصفحة أهم حقوقك. **تختلف القواعد من دولة إلى أخرى.** ويمكن لمنظمة محلية تعمل في مجال { -hiv } أو في دعم المهاجرين أن تخبرك بالقواعد في المكان الذي تعيش فيه.

## الرعاية الصحية حق من حقوق الإنسان

# peerpress: en=ec58aac3 tr=e9ea7f96
health-rights-health-care-is-a-human = الرعاية الصحية حق من حقوق الإنسان
# peerpress: en=d5a3b660 tr=9d94b0e4
health-rights-health-care-is-a-human-1 = تحمي الاتفاقيات الدولية حقك في الصحة:
# peerpress: en=11b828f1 tr=0324c098
health-rights-health-care-is-a-human-2 = تنص المادة 25 من [الإعلان العالمي لحقوق الإنسان](https://www.un.org/en/about-us/universal-declaration-of-human-rights) على أن لكل شخص الحق في الرعاية الطبية.
# peerpress: en=b60bd1b3 tr=1d5693a5
health-rights-health-care-is-a-human-3 = تحمي المادة 12 من العهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية الحقَّ في أعلى مستوى من الصحة يمكن بلوغه. وقد شرحت لجنة تابعة للأمم المتحدة ذلك في التعليق العام رقم 14. ويقول التعليق إن على الدول ألا تحرم أحدًا من الرعاية الصحية، بمن فيهم طالبو اللجوء والأشخاص الذين ليست لديهم أوراق.
# peerpress: en=d620fd2c tr=e090cf93
health-rights-health-care-is-a-human-4 = يحمي الميثاق الاجتماعي الأوروبي الصادر عن مجلس أوروبا، في مادتيه 11 و13، الحقَّ في الصحة والحقَّ في المساعدة الطبية.
# peerpress: en=c2122a59 tr=eb3bad41
health-rights-health-care-is-a-human-5 = ينص [ميثاق الحقوق الأساسية للاتحاد الأوروبي](https://fra.europa.eu/en/eu-charter/article/35-health-care)، في المادة 35، على أن لكل شخص الحق في الرعاية الصحية الوقائية وفي العلاج الطبي. ويضيف أن قوانين كل دولة هي التي تحدد الشروط.
# peerpress: en=5a4cb53b tr=19dcb868
health-rights-health-care-is-a-human-6 = كل دولة تقرر كيف تُطبَّق هذه الحقوق عمليًا. في بعض الدول قد تحتاج إلى الدفع أو ملء استمارات. لكن تبقى لك حقوقك.
# peerpress: en=9822392f tr=7ca56356
health-rights-health-care-is-a-human-7 = هذه النصوص تقول للحكومات ما يجب عليها فعله. ويمكن لمنظمة محلية أن تستخدمها لمساعدتك على الحصول على الرعاية.

## ماذا يعني هذا بالنسبة إليك

# peerpress: en=f72f8c45 tr=0658582e
health-rights-what-this-means-for-you = ماذا يعني هذا بالنسبة إليك
# peerpress: en=263f0241 tr=6dcb834b
health-rights-what-this-means-for-you-1 = ما يمكنك الحصول عليه يعتمد على الدولة وعلى وضعك. في دول كثيرة:
# peerpress: en=a767c3bc tr=30ee993b
health-rights-what-this-means-for-you-2 = يحصل الجميع على **رعاية الطوارئ**، مهما كان وضع أوراقهم
# peerpress: en=34b15aeb tr=b89bc63d
health-rights-what-this-means-for-you-3 = يكون فحص { -hiv } مجانيًا، وغالبًا دون الكشف عن الهوية
# peerpress: en=a7c7f3f7 tr=512348d8
health-rights-what-this-means-for-you-4 = للأطفال وللنساء الحوامل حقوق إضافية في الرعاية
# peerpress: en=02e62e33 tr=d387468e
health-rights-what-this-means-for-you-5 = في بعض الدول، يمكن للأشخاص الذين ليست لديهم أوراق أن يحصلوا أيضًا على علاج { -hiv }. وأحيانًا تحتاج أولًا إلى ملء استمارات، أو إثبات مكان سكنك. اسأل منظمة محلية عمّا ينطبق عليك.

## معلوماتك الصحية خاصة

# peerpress: en=e1d141b8 tr=76f2eb3f
health-rights-your-health-information-is-private = معلوماتك الصحية خاصة
# peerpress: en=c0a567c4 tr=093d5399
health-rights-your-health-information-is-private-1 = يجب على الأطباء والممرضين والمترجمين أن يحافظوا على **سرّية** معلوماتك الصحية. ووضعك الصحي المتعلق ب{ -hiv } أمر خاص بك.
# peerpress: en=8adf1181 tr=03a4fefe
health-rights-your-health-information-is-private-6 = لا يجوز للعاملين أن يخبروا عائلتك أو صاحب العمل أو مالك السكن بأي شيء عن صحتك دون إذنك.
# peerpress: en=f58c0013 tr=493ce028
health-rights-your-health-information-is-private-2 = في معظم الدول، لا يجوز للعاملين الصحيين أن يشاركوا معلوماتك مع سلطات الهجرة. لكن القواعد تختلف. إذا كنت قلقًا، يمكنك أن تسأل:
# peerpress: en=e880b882 tr=f18042fb
health-rights-your-health-information-is-private-3 = «من سيطّلع على معلوماتي؟»
# peerpress: en=75678c7a tr=e87a4471
health-rights-your-health-information-is-private-4 = «هل ستشاركون معلوماتي مع أي أحد؟»
# peerpress: en=2a9979d8 tr=8e05b4ab
health-rights-your-health-information-is-private-5 = يمكن لمنظمة محلية تعمل في مجال { -hiv } أو في دعم المهاجرين أن تشرح لك القواعد في بلدك. وبعض الخدمات تتيح لك أيضًا إجراء الفحص دون أن تعطي اسمك.

## حقك في الحصول على مترجم

# peerpress: en=f92e6da8 tr=69795cd6
health-rights-your-right-to-an-interpreter = حقك في الحصول على مترجم
# peerpress: en=2d316d80 tr=2197dcd8
health-rights-your-right-to-an-interpreter-1 = في دول كثيرة، يمكنك أن تطلب مترجمًا عندما تزور الطبيب. ويمكن أن يكون المترجم معك في الغرفة أو عبر الهاتف.
# peerpress: en=570a2eb1 tr=f3f421fb
health-rights-your-right-to-an-interpreter-6 = في بعض الدول يمنحك القانون الحق في مترجم في الرعاية الصحية. وفي دول أخرى لا يمنحك هذا الحق، لكن عيادات كثيرة تستطيع مع ذلك أن تجد مترجمًا. اسأل عند حجز موعدك.
# peerpress: en=ba580fa3 tr=a438e19c
health-rights-your-right-to-an-interpreter-2 = اطلب **مترجمًا محترفًا ومدرَّبًا**، وليس أحد أفراد عائلتك أو أصدقائك.
# peerpress: en=f6494d00 tr=87c77300
health-rights-your-right-to-an-interpreter-3 = يجب على المترجمين المحترفين أن يحافظوا على سرّية ما تقوله.
# peerpress: en=99b7ebb6 tr=d00dadf1
health-rights-your-right-to-an-interpreter-4 = لا بأس أن تطلب من الطبيب أن يشرح مرة أخرى بكلمات بسيطة.
# peerpress: en=0ef3a7e7 tr=f6e87875
health-rights-your-right-to-an-interpreter-7 = لا ينبغي أن يترجم الأطفال لوالديهم عند الطبيب.
# peerpress: en=835e545f tr=885d9fc3
health-rights-your-right-to-an-interpreter-5 = المترجم المحترف يحمي خصوصيتك. ويساعدك أيضًا على فهم كل شيء عن صحتك وعلاجك.

## إذا رُفض تقديم الرعاية لك

# peerpress: en=a2f12802 tr=1f755d40
health-rights-if-you-are-refused-care = إذا رُفض تقديم الرعاية لك
# peerpress: en=5955850c tr=e12340b3
health-rights-if-you-are-refused-care-1 = أحيانًا قد ترفض عيادة أو مستشفى تقديم الرعاية لك. وقد يكون ذلك خطأ. فالعاملون لا يعرفون دائمًا القواعد الخاصة بالمهاجرين.
# peerpress: en=8b17a84d tr=c0ee7e3d
health-rights-if-you-are-refused-care-2 = حافظ على هدوئك واسأل عن السبب.
# peerpress: en=2be784c9 tr=7a580d99
health-rights-if-you-are-refused-care-3 = اطلب السبب **مكتوبًا**، مع التاريخ واسم الخدمة.
# peerpress: en=d87897e9 tr=2e5d6781
health-rights-if-you-are-refused-care-4 = احتفظ بكل الرسائل والأوراق.
# peerpress: en=17e0ed26 tr=968060c0
health-rights-if-you-are-refused-care-5 = تواصل مع منظمة محلية تعمل في مجال { -hiv } أو في دعم المهاجرين. فهي تستطيع مساعدتك، وقد يرافقك أحد أفرادها في المرة القادمة.
# peerpress: en=b65a6fe5 tr=12a02494
health-rights-if-you-are-refused-care-8 = يمكنك أيضًا **تقديم شكوى**. اسأل العيادة أو المستشفى عن طريقة تقديم الشكوى. وفي دول كثيرة يمكنك أيضًا أن تشتكي إلى أمين المظالم المختص بحقوق المرضى أو إلى هيئة وطنية لحقوق الإنسان. ويمكن لمنظمة محلية أن تساعدك على كتابة الشكوى.
# peerpress: en=8225bed4 tr=41059e20
health-rights-if-you-are-refused-care-6 = في حالة الطوارئ، اذهب إلى قسم الطوارئ في مستشفى أو اتصل بالرقم **112**. هذا رقم الطوارئ في كل دول الاتحاد الأوروبي.
# peerpress: en=7a25a7d6 tr=8cff88ee
health-rights-if-you-are-refused-care-7 = المنظمات المحلية التي تعمل في مجال { -hiv } أو في دعم المهاجرين تعرف القواعد في بلدك. ويمكنها مساعدتك بلغتك. ابحث عن بيانات التواصل معها المرفقة بهذه الصفحة أو النشرة.

## أسئلة شائعة

# peerpress: en=dfb8a3d4 tr=5556b3d5
health-rights-common-questions = أسئلة شائعة
# peerpress: en=23defde8 tr=8f55a1c7
health-rights-do-i-have-to-pay = هل يجب أن أدفع؟
# peerpress: en=e534895f tr=6c24fed0
health-rights-do-i-have-to-pay-1 = هذا يعتمد على الدولة وعلى وضعك. في حالات الطوارئ، تقدّم معظم الدول الرعاية أولًا وترسل أي فاتورة لاحقًا. اسأل عن المساعدة في التكاليف قبل أن تدفع. ويمكن لمنظمة محلية أن تساعدك.
# peerpress: en=58936613 tr=f2a73525
health-rights-can-i-bring-someone-with = هل يمكنني أن أصطحب شخصًا معي؟
# peerpress: en=b745790c tr=e947184c
health-rights-can-i-bring-someone-with-1 = نعم. يمكنك عادةً أن تصطحب شخصًا تثق به. لكن للترجمة، اطلب مترجمًا محترفًا.
# peerpress: en=31a7f4f7 tr=f6d95017
health-rights-what-if-i-do-not = ماذا أفعل إذا لم أفهم رسالة أو استمارة؟
# peerpress: en=57724250 tr=79eb3ff4
health-rights-what-if-i-do-not-1 = اطلب من العيادة أن تشرحها لك. ويمكن لمنظمة محلية أيضًا أن تساعدك على قراءتها.
