### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

health-rights-title = Ihr Recht auf Gesundheitsversorgung
health-rights-description = Ihre Rechte in Europa auf Gesundheitsversorgung, auf Vertraulichkeit und auf Dolmetschen – egal, welche Papiere Sie haben. Und was Sie tun können, wenn man Sie nicht behandeln will.
health-rights-intro-1 = Jeder Mensch hat ein Recht auf Gesundheitsversorgung. Das gilt auch für Migrantinnen und Migranten, Geflüchtete und Menschen ohne Papiere. Diese Seite erklärt Ihre wichtigsten Rechte. **Die Regeln sind von Land zu Land verschieden.** Eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort kann Ihnen sagen, welche Regeln dort gelten, wo Sie leben.

## Gesundheitsversorgung ist ein Menschenrecht

health-rights-health-care-is-a-human = Gesundheitsversorgung ist ein Menschenrecht
health-rights-health-care-is-a-human-1 = Internationale Abkommen schützen Ihr Recht auf Gesundheit:
health-rights-health-care-is-a-human-2 = Die [Allgemeine Erklärung der Menschenrechte](https://www.un.org/en/about-us/universal-declaration-of-human-rights) sagt in Artikel 25: Jeder Mensch hat das Recht auf ärztliche Versorgung.
health-rights-health-care-is-a-human-3 = Ein UN-Abkommen von 1966 schützt in Artikel 12 das Recht auf das bestmögliche Maß an Gesundheit. Ein Ausschuss der Vereinten Nationen hat das im Jahr 2000 erklärt. Der Ausschuss sagt: Die Staaten dürfen niemanden von der Gesundheitsversorgung ausschließen, auch keine Asylsuchenden und keine Menschen ohne Papiere.
health-rights-health-care-is-a-human-8 = Die Europäische Sozialcharta des Europarats (Artikel 11 und 13) schützt das Recht auf Gesundheit und auf medizinische Hilfe. Aber sie schützt vor allem Menschen, die legal im Land leben. Für Erwachsene ohne Papiere schützt sie die medizinische Hilfe im Notfall. Kinder ohne Papiere sind besser geschützt.
health-rights-health-care-is-a-human-9 = Nach den Regeln der EU müssen Menschen, die in einem EU-Land Asyl beantragen, die Gesundheitsversorgung bekommen, die sie brauchen. Dazu gehören mindestens die Notfallversorgung und die unbedingt nötige Behandlung von Krankheiten.
health-rights-health-care-is-a-human-5 = Die [Charta der Grundrechte der Europäischen Union](https://fra.europa.eu/en/eu-charter/article/35-health-care) sagt in Artikel 35: Jeder Mensch hat das Recht auf Gesundheitsvorsorge und auf ärztliche Versorgung. Dort steht auch: Die Bedingungen dafür legen die Gesetze der einzelnen Länder fest.
health-rights-health-care-is-a-human-6 = Jedes Land entscheidet, wie diese Rechte im Alltag umgesetzt werden. In manchen Ländern müssen Sie vielleicht bezahlen oder Formulare ausfüllen. Aber Sie haben trotzdem Rechte.
health-rights-health-care-is-a-human-7 = Diese Texte sagen den Regierungen, was sie tun müssen. Eine Organisation vor Ort kann sich auf diese Texte berufen, damit Sie eine Behandlung bekommen.

## Was das für Sie bedeutet

health-rights-what-this-means-for-you = Was das für Sie bedeutet
health-rights-what-this-means-for-you-1 = Was Sie bekommen können, hängt vom Land und von Ihrer Situation ab. In vielen Ländern gilt:
health-rights-what-this-means-for-you-2 = Alle bekommen **Notfallversorgung**, egal, welche Papiere sie haben.
health-rights-what-this-means-for-you-3 = { -hiv }-Tests sind kostenlos und oft anonym.
health-rights-what-this-means-for-you-4 = Kinder und schwangere Frauen haben zusätzliche Rechte auf Versorgung.
health-rights-what-this-means-for-you-5 = In manchen Ländern ist die { -hiv }-Behandlung für alle kostenlos, egal, welche Papiere sie haben. In England zum Beispiel ist die { -hiv }-Behandlung im NHS (dem staatlichen Gesundheitsdienst) für alle kostenlos. In Schweden ist die { -hiv }-Versorgung per Gesetz kostenlos, auch für Menschen ohne Papiere. In anderen Ländern müssen Sie vielleicht vorher Formulare ausfüllen oder zeigen, wo Sie wohnen. Fragen Sie eine Organisation vor Ort, was für Sie gilt.

## Ihre Gesundheitsdaten sind vertraulich

health-rights-your-health-information-is-private = Ihre Gesundheitsdaten sind vertraulich
health-rights-your-health-information-is-private-1 = Ärztinnen, Ärzte, Pflegekräfte, Dolmetscherinnen und Dolmetscher müssen Ihre Gesundheitsdaten **vertraulich** behandeln. Ihr { -hiv }-Status ist Ihre Privatsache.
health-rights-your-health-information-is-private-6 = Das Personal darf Ihrer Familie, Ihrem Arbeitgeber oder Ihrem Vermieter nichts über Ihre Gesundheit sagen, wenn Sie es nicht erlauben.
health-rights-your-health-information-is-private-2 = In den meisten Ländern dürfen Ärztinnen, Ärzte und Pflegekräfte Ihre Daten nicht an die Ausländer- oder Einwanderungsbehörden weitergeben. Aber die Regeln sind verschieden. Das größere Risiko ist meistens die Stelle, die Ihre Behandlung bezahlt, zum Beispiel das Sozialamt.
health-rights-your-health-information-is-private-7 = Ein Beispiel: In Deutschland muss das Sozialamt der Ausländerbehörde Bescheid geben, wenn Menschen ohne Papiere dort beantragen, dass es eine Behandlung bezahlt, die kein Notfall ist. In England meldet der NHS unbezahlte Krankenhausrechnungen an das Innenministerium (Home Office). Das kann später einem Visumsantrag schaden.
health-rights-your-health-information-is-private-8 = Notfallversorgung ist sicherer. In Deutschland dürfen Angaben aus einer Notfallbehandlung im Krankenhaus nicht an die Ausländerbehörde weitergegeben werden. In England ist die Behandlung in der Notaufnahme eines Krankenhauses für alle kostenlos, und die { -hiv }-Behandlung auch. Aber wenn Sie im Krankenhaus bleiben müssen, bekommen Sie vielleicht eine Rechnung.
health-rights-your-health-information-is-private-9 = {"*"}*Lassen Sie sich von einer Organisation vor Ort beraten, bevor Sie Hilfe bei den Behandlungskosten beantragen.** Wenn Sie sich Sorgen machen, können Sie fragen:
health-rights-your-health-information-is-private-3 = „Wer sieht meine Daten?“
health-rights-your-health-information-is-private-4 = „Geben Sie meine Daten an jemanden weiter?“
health-rights-your-health-information-is-private-5 = Eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort kann Ihnen die Regeln in Ihrem Land erklären. Bei manchen Stellen können Sie sich auch testen lassen, ohne Ihren Namen zu sagen.

## Ihr Recht auf Dolmetschen

health-rights-your-right-to-an-interpreter = Ihr Recht auf eine Dolmetscherin oder einen Dolmetscher
health-rights-your-right-to-an-interpreter-1 = In vielen Ländern können Sie beim Arztbesuch nach einer Dolmetscherin oder einem Dolmetscher fragen. Die Person kann mit im Raum sein oder am Telefon dolmetschen.
health-rights-your-right-to-an-interpreter-6 = In manchen Ländern haben Sie per Gesetz ein Recht auf Dolmetschen in der Gesundheitsversorgung. In anderen Ländern nicht, aber viele Praxen und Krankenhäuser können trotzdem jemanden finden. Fragen Sie danach, wenn Sie Ihren Termin machen.
health-rights-your-right-to-an-interpreter-2 = Fragen Sie nach **ausgebildeten, professionellen Dolmetscherinnen oder Dolmetschern** – nicht nach Familienmitgliedern oder Freunden.
health-rights-your-right-to-an-interpreter-3 = Professionelle Dolmetscherinnen und Dolmetscher müssen für sich behalten, was Sie sagen.
health-rights-your-right-to-an-interpreter-4 = Sie dürfen die Ärztin oder den Arzt bitten, etwas noch einmal in einfachen Worten zu erklären.
health-rights-your-right-to-an-interpreter-7 = Kinder sollten beim Arztbesuch nicht für ihre Eltern dolmetschen.
health-rights-your-right-to-an-interpreter-5 = Professionelles Dolmetschen schützt Ihre Privatsphäre. Es hilft Ihnen auch, alles über Ihre Gesundheit und Ihre Behandlung zu verstehen.

## Wenn man Sie nicht behandeln will

health-rights-if-you-are-refused-care = Wenn man Sie nicht behandeln will
health-rights-if-you-are-refused-care-1 = Manchmal sagt eine Praxis oder ein Krankenhaus Nein. Das kann ein Fehler sein. Das Personal kennt die Regeln für Migrantinnen und Migranten nicht immer.
health-rights-if-you-are-refused-care-2 = Bleiben Sie ruhig und fragen Sie nach dem Grund.
health-rights-if-you-are-refused-care-3 = Bitten Sie darum, den Grund **schriftlich** zu bekommen, mit dem Datum und dem Namen der Stelle.
health-rights-if-you-are-refused-care-4 = Heben Sie alle Briefe und Papiere auf.
health-rights-if-you-are-refused-care-5 = Wenden Sie sich an eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort. Dort hilft man Ihnen und kommt vielleicht beim nächsten Mal mit.
health-rights-if-you-are-refused-care-8 = Sie können sich auch **beschweren**. Fragen Sie in der Praxis oder im Krankenhaus, wie Sie sich beschweren können. In vielen Ländern können Sie sich auch an eine unabhängige Stelle für Beschwerden von Patientinnen und Patienten oder an eine nationale Menschenrechtsstelle wenden. Eine Organisation vor Ort kann Ihnen helfen, die Beschwerde zu schreiben.
health-rights-if-you-are-refused-care-6 = Gehen Sie im Notfall in die Notaufnahme eines Krankenhauses, oder rufen Sie die **112** an. Diese Notrufnummer gilt in allen EU-Ländern.
health-rights-if-you-are-refused-care-7 = Aidshilfen und Beratungsstellen für Migrantinnen und Migranten vor Ort kennen die Regeln in Ihrem Land. Dort kann man Ihnen in Ihrer Sprache helfen. Die Kontaktdaten finden Sie bei dieser Seite oder auf diesem Infoblatt.

## Häufige Fragen

health-rights-common-questions = Häufige Fragen
health-rights-do-i-have-to-pay = Muss ich bezahlen?
health-rights-do-i-have-to-pay-1 = Das hängt vom Land und von Ihrer Situation ab. Im Notfall werden Sie in den meisten Ländern zuerst behandelt. Eine Rechnung kommt, wenn überhaupt, erst später. Fragen Sie nach Hilfe bei den Kosten, bevor Sie bezahlen. Eine Organisation vor Ort kann helfen.
health-rights-can-i-bring-someone-with = Darf ich jemanden mitbringen?
health-rights-can-i-bring-someone-with-1 = Ja. Meistens dürfen Sie eine Person mitbringen, der Sie vertrauen. Aber zum Dolmetschen fragen Sie besser nach einer professionellen Dolmetscherin oder einem professionellen Dolmetscher.
health-rights-what-if-i-do-not = Was kann ich tun, wenn ich einen Brief oder ein Formular nicht verstehe?
health-rights-what-if-i-do-not-1 = Bitten Sie die Praxis, es Ihnen zu erklären. Auch eine Organisation vor Ort kann Ihnen beim Lesen helfen.
