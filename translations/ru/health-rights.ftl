### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=7bb41170 tr=2dce0771
health-rights-title = Ваше право на медицинскую помощь
# peerpress: en=d0b72b9c tr=8ba526f3
health-rights-description = Ваши права в Европе на медицинскую помощь, на тайну личной информации и на переводчика, какие бы у вас ни были документы, и что делать, если вам отказали в помощи.
# peerpress: en=1ef9931d tr=c95a751b
health-rights-intro-1 = У каждого человека есть право на медицинскую помощь. Это касается и мигрантов, беженцев и людей без документов. На этой странице рассказано о ваших главных правах. **Правила в разных странах разные.** Местная организация, которая помогает людям с { -hiv } или мигрантам, может рассказать, какие правила действуют там, где вы живёте.

## Медицинская помощь — это право человека

# peerpress: en=ec58aac3 tr=8cf02ce1
health-rights-health-care-is-a-human = Медицинская помощь — это право человека
# peerpress: en=d5a3b660 tr=bf03e438
health-rights-health-care-is-a-human-1 = Международные соглашения защищают ваше право на здоровье:
# peerpress: en=11b828f1 tr=8618a8dd
health-rights-health-care-is-a-human-2 = Во [Всеобщей декларации прав человека](https://www.un.org/en/about-us/universal-declaration-of-human-rights), в статье 25, сказано, что каждый человек имеет право на медицинскую помощь.
# peerpress: en=b60bd1b3 tr=bd04261c
health-rights-health-care-is-a-human-3 = Международный пакт об экономических, социальных и культурных правах, статья 12, защищает право на наивысший достижимый уровень здоровья. Комитет ООН разъяснил это в Замечании общего порядка № 14. Там сказано, что государства не должны закрывать никому доступ к медицинской помощи, в том числе людям, которые просят убежища, и людям без документов.
# peerpress: en=d620fd2c tr=35f43225
health-rights-health-care-is-a-human-4 = Европейская социальная хартия Совета Европы, статьи 11 и 13, защищает право на здоровье и на медицинскую помощь.
# peerpress: en=c2122a59 tr=1c89c46b
health-rights-health-care-is-a-human-5 = В [Хартии Европейского союза об основных правах](https://fra.europa.eu/en/eu-charter/article/35-health-care), в статье 35, сказано, что каждый имеет право на профилактическую и лечебную медицинскую помощь. Там также сказано, что условия устанавливают законы каждой страны.
# peerpress: en=5a4cb53b tr=b0655971
health-rights-health-care-is-a-human-6 = Каждая страна сама решает, как эти права работают на практике. В некоторых странах, возможно, придётся платить или заполнять бланки. Но права у вас всё равно есть.
# peerpress: en=9822392f tr=6c0f70aa
health-rights-health-care-is-a-human-7 = В этих документах сказано, что обязаны делать правительства. Местная организация может опираться на них, чтобы помочь вам получить медицинскую помощь.

## Что это значит для вас

# peerpress: en=f72f8c45 tr=36888411
health-rights-what-this-means-for-you = Что это значит для вас
# peerpress: en=263f0241 tr=f96b83fd
health-rights-what-this-means-for-you-1 = Какую помощь вы можете получить, зависит от страны и от вашей ситуации. Во многих странах:
# peerpress: en=a767c3bc tr=9e0ec310
health-rights-what-this-means-for-you-2 = каждый получает **экстренную медицинскую помощь**, какие бы у него ни были документы
# peerpress: en=34b15aeb tr=01279dd0
health-rights-what-this-means-for-you-3 = тест на { -hiv } бесплатный и часто анонимный
# peerpress: en=a7c7f3f7 tr=bcd3f160
health-rights-what-this-means-for-you-4 = у детей и беременных женщин есть дополнительные права на медицинскую помощь
# peerpress: en=02e62e33 tr=1a36b2ec
health-rights-what-this-means-for-you-5 = В некоторых странах люди без документов тоже могут получать лечение { -hiv }. Иногда сначала нужно заполнить бланки или показать, где вы живёте. Спросите в местной организации, что действует в вашем случае.

## Информация о вашем здоровье — это тайна

# peerpress: en=e1d141b8 tr=577baa12
health-rights-your-health-information-is-private = Информация о вашем здоровье — это тайна
# peerpress: en=c0a567c4 tr=664e577b
health-rights-your-health-information-is-private-1 = Врачи, медсёстры и переводчики обязаны хранить информацию о вашем здоровье в тайне: она **конфиденциальна**. Ваш { -hiv }-статус — это ваше личное дело.
# peerpress: en=8adf1181 tr=4760c94a
health-rights-your-health-information-is-private-6 = Сотрудники не должны рассказывать о вашем здоровье вашей семье, работодателю или тому, у кого вы снимаете жильё, без вашего разрешения.
# peerpress: en=f58c0013 tr=f4d3c522
health-rights-your-health-information-is-private-2 = В большинстве стран медицинские работники не должны передавать информацию о вас миграционным службам. Но правила разные. Если вы беспокоитесь, можно спросить:
# peerpress: en=e880b882 tr=189b9004
health-rights-your-health-information-is-private-3 = «Кто увидит информацию обо мне?»
# peerpress: en=75678c7a tr=680e0dcf
health-rights-your-health-information-is-private-4 = «Вы кому-нибудь передадите информацию обо мне?»
# peerpress: en=2a9979d8 tr=694a2155
health-rights-your-health-information-is-private-5 = Местная организация, которая помогает людям с { -hiv } или мигрантам, может объяснить правила в вашей стране. В некоторых службах можно также пройти тест, не называя своего имени.

## Ваше право на переводчика

# peerpress: en=f92e6da8 tr=2096b01f
health-rights-your-right-to-an-interpreter = Ваше право на переводчика
# peerpress: en=2d316d80 tr=eeaa343c
health-rights-your-right-to-an-interpreter-1 = Во многих странах на приёме у врача можно попросить переводчика. Переводчик может быть рядом с вами в кабинете или помогать по телефону.
# peerpress: en=570a2eb1 tr=f1967650
health-rights-your-right-to-an-interpreter-6 = В некоторых странах закон даёт право на переводчика в медицинских учреждениях. В других такого права нет, но многие клиники всё равно могут найти переводчика. Спросите об этом, когда записываетесь на приём.
# peerpress: en=ba580fa3 tr=f29a4b88
health-rights-your-right-to-an-interpreter-2 = Просите **обученного профессионального переводчика**, а не родственника или друга.
# peerpress: en=f6494d00 tr=966c90ff
health-rights-your-right-to-an-interpreter-3 = Профессиональные переводчики обязаны хранить в тайне всё, что вы говорите.
# peerpress: en=99b7ebb6 tr=e753f717
health-rights-your-right-to-an-interpreter-4 = Можно попросить врача объяснить ещё раз простыми словами — это нормально.
# peerpress: en=0ef3a7e7 tr=8eb5d660
health-rights-your-right-to-an-interpreter-7 = Дети не должны переводить для своих родителей у врача.
# peerpress: en=835e545f tr=4c8277ed
health-rights-your-right-to-an-interpreter-5 = Профессиональный переводчик помогает сохранить вашу личную информацию в тайне. А ещё он помогает вам понять всё о своём здоровье и лечении.

## Если вам отказывают в помощи

# peerpress: en=a2f12802 tr=bc22b5e7
health-rights-if-you-are-refused-care = Если вам отказывают в помощи
# peerpress: en=5955850c tr=7c7675f9
health-rights-if-you-are-refused-care-1 = Иногда клиника или больница может отказать. Это может быть ошибкой. Сотрудники не всегда знают правила для мигрантов.
# peerpress: en=8b17a84d tr=ba07e6e9
health-rights-if-you-are-refused-care-2 = Сохраняйте спокойствие и спросите, почему вам отказали.
# peerpress: en=2be784c9 tr=a42546ec
health-rights-if-you-are-refused-care-3 = Попросите указать причину **письменно**, с датой и названием учреждения.
# peerpress: en=d87897e9 tr=429e0194
health-rights-if-you-are-refused-care-4 = Сохраняйте все письма и документы.
# peerpress: en=17e0ed26 tr=1f74c44f
health-rights-if-you-are-refused-care-5 = Свяжитесь с местной организацией, которая помогает людям с { -hiv } или мигрантам. Там вам помогут и, возможно, в следующий раз пойдут с вами.
# peerpress: en=b65a6fe5 tr=8b0884fb
health-rights-if-you-are-refused-care-8 = Вы также можете **подать жалобу**. Спросите в клинике или больнице, как это сделать. Во многих странах можно также пожаловаться уполномоченному по правам пациентов (омбудсмену) или в национальное учреждение по правам человека. Местная организация поможет вам написать жалобу.
# peerpress: en=8225bed4 tr=775617ec
health-rights-if-you-are-refused-care-6 = В экстренной ситуации идите в отделение неотложной помощи больницы или звоните по номеру **112**. Этот номер экстренных служб работает во всех странах ЕС.
# peerpress: en=7a25a7d6 tr=bd549aa9
health-rights-if-you-are-refused-care-7 = Местные организации, которые помогают людям с { -hiv } или мигрантам, знают правила в вашей стране. Они могут помочь на вашем языке. Поищите их контакты рядом с этой страницей или в листовке.

## Частые вопросы

# peerpress: en=dfb8a3d4 tr=65f64fe5
health-rights-common-questions = Частые вопросы
# peerpress: en=23defde8 tr=7fef24b7
health-rights-do-i-have-to-pay = Нужно ли платить?
# peerpress: en=e534895f tr=097d6833
health-rights-do-i-have-to-pay-1 = Это зависит от страны и от вашей ситуации. В экстренной ситуации в большинстве стран сначала оказывают помощь, а счёт, если он будет, присылают потом. Прежде чем платить, спросите, можно ли получить помощь с оплатой. Местная организация может помочь.
# peerpress: en=58936613 tr=0c808a6e
health-rights-can-i-bring-someone-with = Можно ли прийти с кем-то?
# peerpress: en=b745790c tr=c298acba
health-rights-can-i-bring-someone-with-1 = Да. Обычно можно взять с собой человека, которому вы доверяете. Но для перевода просите профессионального переводчика.
# peerpress: en=31a7f4f7 tr=4e080639
health-rights-what-if-i-do-not = Что делать, если я не понимаю письмо или бланк?
# peerpress: en=57724250 tr=91ef2b2a
health-rights-what-if-i-do-not-1 = Попросите в клинике объяснить его. Местная организация тоже может помочь вам его прочитать.
