### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=7bb41170 tr=e0668a71
health-rights-title = Ihr Recht auf Gesundheitsversorgung
# peerpress: en=d0b72b9c tr=ff284b29
health-rights-description = Ihre Rechte in Europa auf Gesundheitsversorgung, auf Vertraulichkeit und auf Dolmetschen – egal, welche Papiere Sie haben. Und was Sie tun können, wenn man Sie nicht behandeln will.
# peerpress: en=1ef9931d tr=69ce867b
health-rights-intro-1 = Jeder Mensch hat ein Recht auf Gesundheitsversorgung. Das gilt auch für Migrantinnen und Migranten, Geflüchtete und Menschen ohne Papiere. Diese Seite erklärt Ihre wichtigsten Rechte. **Die Regeln sind von Land zu Land verschieden.** Eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort kann Ihnen sagen, welche Regeln dort gelten, wo Sie leben.

## Gesundheitsversorgung ist ein Menschenrecht

# peerpress: en=ec58aac3 tr=3180ae14
health-rights-health-care-is-a-human = Gesundheitsversorgung ist ein Menschenrecht
# peerpress: en=d5a3b660 tr=d8414326
health-rights-health-care-is-a-human-1 = Internationale Abkommen schützen Ihr Recht auf Gesundheit:
# peerpress: en=11b828f1 tr=caf870c5
health-rights-health-care-is-a-human-2 = Die [Allgemeine Erklärung der Menschenrechte](https://www.un.org/en/about-us/universal-declaration-of-human-rights) sagt in Artikel 25: Jeder Mensch hat das Recht auf ärztliche Versorgung.
# peerpress: en=b60bd1b3 tr=b999256e
health-rights-health-care-is-a-human-3 = Der Internationale Pakt über wirtschaftliche, soziale und kulturelle Rechte (UN-Sozialpakt) schützt in Artikel 12 das Recht auf das bestmögliche Maß an Gesundheit. Ein Ausschuss der Vereinten Nationen hat das in der Allgemeinen Bemerkung Nr. 14 (General Comment 14) erklärt. Dort steht: Die Staaten dürfen niemanden von der Gesundheitsversorgung ausschließen, auch keine Asylsuchenden und keine Menschen ohne Papiere.
# peerpress: en=d620fd2c tr=fb145c9f
health-rights-health-care-is-a-human-4 = Die Europäische Sozialcharta des Europarats schützt in den Artikeln 11 und 13 das Recht auf Gesundheit und auf medizinische Hilfe.
# peerpress: en=c2122a59 tr=c2e1211a
health-rights-health-care-is-a-human-5 = Die [Charta der Grundrechte der Europäischen Union](https://fra.europa.eu/en/eu-charter/article/35-health-care) sagt in Artikel 35: Jeder Mensch hat das Recht auf Gesundheitsvorsorge und auf ärztliche Versorgung. Dort steht auch: Die Bedingungen dafür legen die Gesetze der einzelnen Länder fest.
# peerpress: en=5a4cb53b tr=8b19aba8
health-rights-health-care-is-a-human-6 = Jedes Land entscheidet, wie diese Rechte im Alltag umgesetzt werden. In manchen Ländern müssen Sie vielleicht bezahlen oder Formulare ausfüllen. Aber Sie haben trotzdem Rechte.
# peerpress: en=9822392f tr=48b6bdaa
health-rights-health-care-is-a-human-7 = Diese Texte sagen den Regierungen, was sie tun müssen. Eine Organisation vor Ort kann sich auf diese Texte berufen, damit Sie eine Behandlung bekommen.

## Was das für Sie bedeutet

# peerpress: en=f72f8c45 tr=955a176f
health-rights-what-this-means-for-you = Was das für Sie bedeutet
# peerpress: en=263f0241 tr=19aafdaa
health-rights-what-this-means-for-you-1 = Was Sie bekommen können, hängt vom Land und von Ihrer Situation ab. In vielen Ländern gilt:
# peerpress: en=a767c3bc tr=ea0fafa2
health-rights-what-this-means-for-you-2 = Alle bekommen **Notfallversorgung**, egal, welche Papiere sie haben.
# peerpress: en=34b15aeb tr=30ed2243
health-rights-what-this-means-for-you-3 = { -hiv }-Tests sind kostenlos und oft anonym.
# peerpress: en=a7c7f3f7 tr=2643a5b5
health-rights-what-this-means-for-you-4 = Kinder und schwangere Frauen haben zusätzliche Rechte auf Versorgung.
# peerpress: en=02e62e33 tr=86264960
health-rights-what-this-means-for-you-5 = In manchen Ländern können auch Menschen ohne Papiere eine { -hiv }-Behandlung bekommen. Manchmal müssen Sie vorher Formulare ausfüllen oder zeigen, wo Sie wohnen. Fragen Sie eine Organisation vor Ort, was für Sie gilt.

## Ihre Gesundheitsdaten sind vertraulich

# peerpress: en=e1d141b8 tr=fe0afcdf
health-rights-your-health-information-is-private = Ihre Gesundheitsdaten sind vertraulich
# peerpress: en=c0a567c4 tr=9c331102
health-rights-your-health-information-is-private-1 = Ärztinnen, Ärzte, Pflegekräfte, Dolmetscherinnen und Dolmetscher müssen Ihre Gesundheitsdaten **vertraulich** behandeln. Ihr { -hiv }-Status ist Ihre Privatsache.
# peerpress: en=8adf1181 tr=4e2802b2
health-rights-your-health-information-is-private-6 = Das Personal darf Ihrer Familie, Ihrem Arbeitgeber oder Ihrem Vermieter nichts über Ihre Gesundheit sagen, wenn Sie es nicht erlauben.
# peerpress: en=f58c0013 tr=482fd9da
health-rights-your-health-information-is-private-2 = In den meisten Ländern darf das medizinische Personal Ihre Daten nicht an die Ausländer- oder Einwanderungsbehörden weitergeben. Aber die Regeln sind verschieden. Wenn Sie sich Sorgen machen, können Sie fragen:
# peerpress: en=e880b882 tr=7dcd77ba
health-rights-your-health-information-is-private-3 = „Wer sieht meine Daten?“
# peerpress: en=75678c7a tr=3ba4656e
health-rights-your-health-information-is-private-4 = „Geben Sie meine Daten an jemanden weiter?“
# peerpress: en=2a9979d8 tr=48017e65
health-rights-your-health-information-is-private-5 = Eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort kann Ihnen die Regeln in Ihrem Land erklären. Bei manchen Stellen können Sie sich auch testen lassen, ohne Ihren Namen zu sagen.

## Ihr Recht auf Dolmetschen

# peerpress: en=f92e6da8 tr=fb13860d
health-rights-your-right-to-an-interpreter = Ihr Recht auf eine Dolmetscherin oder einen Dolmetscher
# peerpress: en=2d316d80 tr=296ce473
health-rights-your-right-to-an-interpreter-1 = In vielen Ländern können Sie beim Arztbesuch nach einer Dolmetscherin oder einem Dolmetscher fragen. Die Person kann mit im Raum sein oder am Telefon dolmetschen.
# peerpress: en=570a2eb1 tr=fffcbc16
health-rights-your-right-to-an-interpreter-6 = In manchen Ländern haben Sie per Gesetz ein Recht auf Dolmetschen in der Gesundheitsversorgung. In anderen Ländern nicht, aber viele Praxen und Krankenhäuser können trotzdem jemanden finden. Fragen Sie danach, wenn Sie Ihren Termin machen.
# peerpress: en=ba580fa3 tr=cfc12b73
health-rights-your-right-to-an-interpreter-2 = Fragen Sie nach **ausgebildeten, professionellen Dolmetscherinnen oder Dolmetschern** – nicht nach Familienmitgliedern oder Freunden.
# peerpress: en=f6494d00 tr=2f6bc374
health-rights-your-right-to-an-interpreter-3 = Professionelle Dolmetscherinnen und Dolmetscher müssen für sich behalten, was Sie sagen.
# peerpress: en=99b7ebb6 tr=ad4dbc75
health-rights-your-right-to-an-interpreter-4 = Sie dürfen die Ärztin oder den Arzt bitten, etwas noch einmal in einfachen Worten zu erklären.
# peerpress: en=0ef3a7e7 tr=d65d46f7
health-rights-your-right-to-an-interpreter-7 = Kinder sollten beim Arztbesuch nicht für ihre Eltern dolmetschen.
# peerpress: en=835e545f tr=94d067cb
health-rights-your-right-to-an-interpreter-5 = Professionelles Dolmetschen schützt Ihre Privatsphäre. Es hilft Ihnen auch, alles über Ihre Gesundheit und Ihre Behandlung zu verstehen.

## Wenn man Sie nicht behandeln will

# peerpress: en=a2f12802 tr=7a972aed
health-rights-if-you-are-refused-care = Wenn man Sie nicht behandeln will
# peerpress: en=5955850c tr=d6c0d0f5
health-rights-if-you-are-refused-care-1 = Manchmal sagt eine Praxis oder ein Krankenhaus Nein. Das kann ein Fehler sein. Das Personal kennt die Regeln für Migrantinnen und Migranten nicht immer.
# peerpress: en=8b17a84d tr=d97e4dbc
health-rights-if-you-are-refused-care-2 = Bleiben Sie ruhig und fragen Sie nach dem Grund.
# peerpress: en=2be784c9 tr=836d0feb
health-rights-if-you-are-refused-care-3 = Bitten Sie darum, den Grund **schriftlich** zu bekommen, mit dem Datum und dem Namen der Stelle.
# peerpress: en=d87897e9 tr=c8f8f9a3
health-rights-if-you-are-refused-care-4 = Heben Sie alle Briefe und Papiere auf.
# peerpress: en=17e0ed26 tr=4d6091aa
health-rights-if-you-are-refused-care-5 = Wenden Sie sich an eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort. Dort hilft man Ihnen und kommt vielleicht beim nächsten Mal mit.
# peerpress: en=b65a6fe5 tr=20017c0e
health-rights-if-you-are-refused-care-8 = Sie können sich auch **beschweren**. Fragen Sie in der Praxis oder im Krankenhaus, wie Sie sich beschweren können. In vielen Ländern können Sie sich auch an eine Ombudsstelle für Patientinnen und Patienten oder an eine nationale Menschenrechtsinstitution wenden. Eine Organisation vor Ort kann Ihnen helfen, die Beschwerde zu schreiben.
# peerpress: en=8225bed4 tr=f15f7850
health-rights-if-you-are-refused-care-6 = Gehen Sie im Notfall in die Notaufnahme eines Krankenhauses, oder rufen Sie die **112** an. Diese Notrufnummer gilt in allen EU-Ländern.
# peerpress: en=7a25a7d6 tr=0e9af90c
health-rights-if-you-are-refused-care-7 = Aidshilfen und Beratungsstellen für Migrantinnen und Migranten vor Ort kennen die Regeln in Ihrem Land. Dort kann man Ihnen in Ihrer Sprache helfen. Die Kontaktdaten finden Sie bei dieser Seite oder auf diesem Infoblatt.

## Häufige Fragen

# peerpress: en=dfb8a3d4 tr=b9c4fe41
health-rights-common-questions = Häufige Fragen
# peerpress: en=23defde8 tr=7006da04
health-rights-do-i-have-to-pay = Muss ich bezahlen?
# peerpress: en=e534895f tr=4367b62d
health-rights-do-i-have-to-pay-1 = Das hängt vom Land und von Ihrer Situation ab. Im Notfall werden Sie in den meisten Ländern zuerst behandelt. Eine Rechnung kommt, wenn überhaupt, erst später. Fragen Sie nach Hilfe bei den Kosten, bevor Sie bezahlen. Eine Organisation vor Ort kann helfen.
# peerpress: en=58936613 tr=cc3d9e92
health-rights-can-i-bring-someone-with = Darf ich jemanden mitbringen?
# peerpress: en=b745790c tr=c8898a39
health-rights-can-i-bring-someone-with-1 = Ja. Meistens dürfen Sie eine Person mitbringen, der Sie vertrauen. Aber zum Dolmetschen fragen Sie besser nach einer professionellen Dolmetscherin oder einem professionellen Dolmetscher.
# peerpress: en=31a7f4f7 tr=32577971
health-rights-what-if-i-do-not = Was kann ich tun, wenn ich einen Brief oder ein Formular nicht verstehe?
# peerpress: en=57724250 tr=6453bf08
health-rights-what-if-i-do-not-1 = Bitten Sie die Praxis, es Ihnen zu erklären. Auch eine Organisation vor Ort kann Ihnen beim Lesen helfen.
