### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=8abc09d9 tr=1add68d4
hiv-testing-title = Тест на { -hiv }: где, как и когда
# peerpress: en=0c9c37fb tr=348af212
hiv-testing-description = Какие есть способы пройти тест на { -hiv }, когда результату можно доверять и что происходит после теста.
# peerpress: en=3f163132 tr=949ee685
hiv-testing-intro-1 = Тест — единственный способ узнать, есть ли у вас { -hiv }. Многие люди с { -hiv } годами чувствуют себя хорошо. Тест — это быстро и просто. Когда вы знаете свой результат, вам легче заботиться о своём здоровье.

## Где можно пройти тест

# peerpress: en=6aa8d29f tr=81e0f6e5
hiv-testing-where-you-can-test = Где можно пройти тест
# peerpress: en=0cd10efb tr=f0ad17ff
hiv-testing-where-you-can-test-1 = Вы можете выбрать место, где вам будет удобнее всего.
# peerpress: en=81971df1 tr=330271cf
hiv-testing-where-you-can-test-2 = {"*"}*Клиника или больница:** медицинский работник берёт у вас немного крови. Её проверяют в лаборатории.
# peerpress: en=669ae23b tr=01d4a6d5
hiv-testing-where-you-can-test-3 = {"*"}*Тест в общественной организации:** многие общественные организации предлагают **экспресс-тест**. Для него нужна капля крови из пальца. Результат будет готов меньше чем через 30 минут.
# peerpress: en=a0f60b0e tr=939e3b96
hiv-testing-where-you-can-test-4 = {"*"}*Самотест (домашний тест):** вы делаете тест сами, дома или в другом месте, где вас никто не видит. Набор для теста можно купить в аптеке, заказать в интернете или получить в общественной организации.
# peerpress: en=3b09185e tr=c6f2130f
hiv-testing-where-you-can-test-6 = ВОЗ рекомендует самотестирование на { -hiv } с 2016 года. Если вы делаете самотест, внимательно прочитайте инструкцию в наборе.
# peerpress: en=d8ff58cf tr=55721e88
hiv-testing-where-you-can-test-5 = Тестирование **конфиденциально**. Это значит, что сотрудники хранят ваш результат в тайне. Пройти тест или нет — решаете вы. Во многих местах это бесплатно. В некоторых службах можно пройти тест **анонимно**, не называя своего имени. [Европейские рекомендации ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) говорят, что тестирование должно быть добровольным и конфиденциальным.

## Когда результату теста можно доверять

# peerpress: en=14634d3e tr=9392bff6
hiv-testing-when-a-test-result-is = Когда результату теста можно доверять
# peerpress: en=4cebc4c9 tr=72262e68
hiv-testing-when-a-test-result-is-1 = После того как { -hiv } попал в организм, тесту нужно время, чтобы его найти. Это время называется **периодом окна**. Оно зависит от типа теста.
# peerpress: en=f08109ae tr=35d68650
hiv-testing-when-a-test-result-is-2 = Тип теста
# peerpress: en=1daaa38f tr=f94ed68c
hiv-testing-when-a-test-result-is-3 = Где
# peerpress: en=6c8628b3 tr=bcb183e5
hiv-testing-when-a-test-result-is-4 = Результат надёжен
# peerpress: en=f0d5d8b0 tr=d477eb72
hiv-testing-when-a-test-result-is-5 = Лабораторный тест 4-го поколения (антиген/антитела)
# peerpress: en=7292729d tr=2ead1cdb
hiv-testing-when-a-test-result-is-6 = Клиника или больница
# peerpress: en=d2f7d511 tr=29877d17
hiv-testing-when-a-test-result-is-7 = Через 6 недель после возможного контакта с { -hiv }
# peerpress: en=8cc1358d tr=2099cbad
hiv-testing-when-a-test-result-is-8 = Экспресс-тест (антитела)
# peerpress: en=27684278 tr=c11b43bf
hiv-testing-when-a-test-result-is-9 = Общественная организация или клиника
# peerpress: en=281ccc9e tr=414ba872
hiv-testing-when-a-test-result-is-10 = Через 3 месяца (90 дней) после возможного контакта с { -hiv }
# peerpress: en=37fb137b tr=156a89e5
hiv-testing-when-a-test-result-is-11 = Самотест (антитела)
# peerpress: en=fbccda06 tr=6ea0719f
hiv-testing-when-a-test-result-is-12 = Дома
# peerpress: en=281ccc9e tr=62d5bb6b
hiv-testing-when-a-test-result-is-13 = Через 3 месяца (90 дней) после возможного контакта с { -hiv }
# peerpress: en=c4200b27 tr=c5d9c0d0
hiv-testing-when-a-test-result-is-14 = Если вы сделаете тест раньше, отрицательный результат может быть не окончательным. Повторите тест, когда период окна закончится. Если возможный контакт с { -hiv } был в последние 72 часа, спросите о **{ -pep }** сегодня же. { -pep } — это лекарство, которое может остановить { -hiv } после контакта.
# peerpress: en=b721a7d9 tr=890a4c61
hiv-testing-when-a-test-result-is-15 = Есть и лабораторный тест, который ищет сам вирус. Он называется **NAT** или **тест на РНК** (RNA; его ещё называют ПЦР-тестом). Он может найти { -hiv } раньше, чем тесты из таблицы. Но его **не** используют для обычного тестирования. Врач может назначить его в особых случаях.
# peerpress: en=dfff47c0 tr=0530c24c
hiv-testing-when-a-test-result-is-16 = Если вы принимали { -pep } или { -prep }, спросите в клинике, когда делать тест. Для вас сроки могут быть другими.

## Если результат реактивный

# peerpress: en=7a59bcfe tr=9b770418
hiv-testing-if-your-result-is-reactive = Если результат реактивный
# peerpress: en=4f1a236e tr=71e99a0c
hiv-testing-if-your-result-is-reactive-1 = Экспресс-тест или самотест может показать **реактивный** результат. Это не всегда значит, что у вас { -hiv }. Нужен **подтверждающий тест** в лаборатории.
# peerpress: en=a6efe94c tr=567dfff1
hiv-testing-if-your-result-is-reactive-2 = Сделайте глубокий вдох. Вы не одни.
# peerpress: en=17e99218 tr=f44b4bed
hiv-testing-if-your-result-is-reactive-3 = В ближайшее время обратитесь в клинику или в общественную организацию.
# peerpress: en=5705af89 tr=a640b35d
hiv-testing-if-your-result-is-reactive-4 = Скажите, что у вас был реактивный тест. Там сделают подтверждающий тест.
# peerpress: en=87363f82 tr=79e59c81
hiv-testing-if-your-result-is-reactive-5 = «Реактивный» значит, что тест нашёл что-то, что может быть { -hiv }. Иногда тест бывает реактивным, даже если { -hiv } нет. Поэтому подтвердить результат может только лаборатория.
# peerpress: en=b758b283 tr=61dec389
hiv-testing-if-your-result-is-reactive-6 = Если ваш результат **нереактивный** (отрицательный) и период окна закончился, у вас нет { -hiv }. Сделайте тест снова, если у вас был новый возможный контакт с { -hiv }.

## Если у вас ВИЧ

# peerpress: en=83a5940a tr=42cb01c9
hiv-testing-if-you-have-hiv = Если у вас { -hiv }
# peerpress: en=46ef0b62 tr=638bed04
hiv-testing-if-you-have-hiv-1 = Если подтверждающий тест покажет { -hiv }, клиника направит вас к специалистам по { -hiv }. Лечение помогает очень хорошо. Люди, живущие с { -hiv }, которые получают лечение, могут прожить долгую и здоровую жизнь. Благодаря лечению вирусная нагрузка может стать неопределяемой. Тогда вы не передаёте { -hiv } при сексе.
# peerpress: en=dd654401 tr=864039f7
hiv-testing-if-you-have-hiv-3 = Что будет дальше:
# peerpress: en=e5d40f20 tr=b8af56e1
hiv-testing-if-you-have-hiv-4 = Вы встретитесь с врачом или медсестрой, которые работают с { -hiv }.
# peerpress: en=0af6b200 tr=b65d4d36
hiv-testing-if-you-have-hiv-5 = У вас возьмут кровь, чтобы проверить вирусную нагрузку и иммунную систему.
# peerpress: en=71f69052 tr=ce957dec
hiv-testing-if-you-have-hiv-6 = Вы начнёте лечение.
# peerpress: en=16e01b76 tr=4b79a724
hiv-testing-if-you-have-hiv-7 = {"["}ВОЗ с 2017 года рекомендует](https://www.who.int/publications/i/item/9789241550062) начинать лечение **как можно скорее**: лучше всего в тот же день или в течение **7 дней** после постановки диагноза. Иногда врач немного откладывает начало лечения по медицинской причине.
# peerpress: en=1dc55b37 tr=06ff8928
hiv-testing-if-you-have-hiv-2 = Спросите в клинике или в местной организации о бесплатном или недорогом лечении. Правила в разных странах разные. Но во многих странах мигранты могут получать помощь при { -hiv }.

## Частые вопросы

# peerpress: en=dfb8a3d4 tr=3c8cda0e
hiv-testing-common-questions = Частые вопросы
# peerpress: en=17dace7a tr=56d63dde
hiv-testing-do-i-have-to-give = Нужно ли называть своё имя?
# peerpress: en=a577bdef tr=3dcfe6d3
hiv-testing-do-i-have-to-give-1 = Не всегда. В некоторых службах можно пройти тест анонимно. Спросите об этом до теста.
# peerpress: en=d1b9a16b tr=83dcda01
hiv-testing-does-the-test-hurt = Тест — это больно?
# peerpress: en=eae1fb72 tr=9aebf429
hiv-testing-does-the-test-hurt-1 = Для экспресс-теста нужен только маленький укол в палец. Для лабораторного теста берут обычный анализ крови из вены на руке.
# peerpress: en=1c3ca54e tr=47c3cf9a
hiv-testing-how-often-should-i-test = Как часто нужно проходить тест?
# peerpress: en=8c7f611a tr=d9036f6a
hiv-testing-how-often-should-i-test-1 = Пройдите тест хотя бы один раз. Если у вас новые партнёры, многие клиники советуют проходить тест хотя бы раз в год или чаще. Если вы принимаете { -prep }, тест делают примерно каждые 3 месяца.
# peerpress: en=5341e642 tr=4b17c8c0
hiv-testing-can-i-test-if-i = Можно ли пройти тест, если у меня нет документов?
# peerpress: en=29a6927d tr=d79de323
hiv-testing-can-i-test-if-i-1 = Да. Во многих странах тест в общественных организациях бесплатный и анонимный, и документы показывать не нужно. Местная организация, которая помогает людям с { -hiv } или мигрантам, подскажет, куда обратиться.
