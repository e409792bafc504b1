### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

hiv-testing-title = { -hiv }-Test: wo, wie und wann
hiv-testing-description = Die verschiedenen Möglichkeiten für einen { -hiv }-Test, wann ein Ergebnis sicher ist und was nach Ihrem Test passiert.
hiv-testing-intro-1 = Nur ein Test zeigt, ob Sie { -hiv } haben. Viele Menschen mit { -hiv } fühlen sich jahrelang gesund. Ein Test ist schnell und einfach. Wenn Sie Ihr Ergebnis kennen, können Sie gut für Ihre Gesundheit sorgen.

## Wo Sie sich testen lassen können

hiv-testing-where-you-can-test = Wo Sie sich testen lassen können
hiv-testing-where-you-can-test-1 = Sie können den Ort wählen, der sich für Sie am besten anfühlt.
hiv-testing-where-you-can-test-2 = {"*"}*Praxis oder Krankenhaus:** Eine medizinische Fachkraft nimmt Ihnen ein wenig Blut ab. Ein Labor untersucht es.
hiv-testing-where-you-can-test-3 = {"*"}*Test bei einer Community-Organisation:** Viele Community-Organisationen, zum Beispiel Aidshilfen, bieten einen **Schnelltest** an. Dafür braucht man einen Tropfen Blut aus dem Finger. Sie bekommen das Ergebnis in weniger als 30 Minuten.
hiv-testing-where-you-can-test-4 = {"*"}*Selbsttest:** Sie machen den Test selbst, zu Hause oder an einem anderen privaten Ort. Einen Selbsttest bekommen Sie in der Apotheke, im Internet oder bei einer Community-Organisation.
hiv-testing-where-you-can-test-6 = Die WHO empfiehlt { -hiv }-Selbsttests seit 2016. Wenn Sie einen Selbsttest machen, wählen Sie einen mit **CE-Kennzeichen** auf der Packung. Dieses Zeichen zeigt, dass der Test für den Verkauf in Europa zugelassen ist. Lesen Sie die Anleitung in der Packung genau.
hiv-testing-where-you-can-test-5 = Der Test ist **vertraulich**. Das heißt: Das Personal behält Ihr Ergebnis für sich. Ob Sie einen Test machen, entscheiden Sie selbst. An vielen Orten ist der Test kostenlos. Manche Stellen bieten den Test **anonym** an, also ohne dass Sie Ihren Namen sagen. [Die europäischen Empfehlungen der ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) (auf Englisch) sagen: Ein Test muss freiwillig und vertraulich sein.
hiv-testing-where-you-can-test-7 = Wenn Sie sich auf { -hiv } testen lassen, fragen Sie nach einem Test auf **Hepatitis B**, **Hepatitis C** und andere { -sti } zur gleichen Zeit. Sie werden auf ähnlichen Wegen übertragen, und man kann sie behandeln.

## Wann ein Testergebnis sicher ist

hiv-testing-when-a-test-result-is = Wann ein Testergebnis sicher ist
hiv-testing-when-a-test-result-is-1 = Wenn { -hiv } in den Körper gekommen ist, braucht ein Test etwas Zeit, um es zu finden. Diese Zeit heißt **diagnostisches Fenster**. Wie lang sie ist, hängt von der Art des Tests ab.
hiv-testing-when-a-test-result-is-2 = Art des Tests
hiv-testing-when-a-test-result-is-3 = Wo
hiv-testing-when-a-test-result-is-17 = Noch einmal testen nach
hiv-testing-when-a-test-result-is-5 = Labortest (Blut aus dem Arm)
hiv-testing-when-a-test-result-is-6 = Praxis oder Krankenhaus
hiv-testing-when-a-test-result-is-7 = {"*"}*45 Tage** nach einem möglichen Risikokontakt
hiv-testing-when-a-test-result-is-8 = Schnelltest (Antikörper)
hiv-testing-when-a-test-result-is-9 = Community-Organisation oder Praxis
hiv-testing-when-a-test-result-is-10 = 3 Monate (90 Tage) nach einem möglichen Risikokontakt
hiv-testing-when-a-test-result-is-11 = Selbsttest (Antikörper)
hiv-testing-when-a-test-result-is-12 = Zu Hause
hiv-testing-when-a-test-result-is-13 = 3 Monate (90 Tage) nach einem möglichen Risikokontakt
hiv-testing-when-a-test-result-is-14 = Wenn Sie früher testen, ist ein negatives Ergebnis vielleicht noch nicht endgültig. Testen Sie noch einmal, wenn das diagnostische Fenster vorbei ist. Wenn der mögliche Risikokontakt in den letzten 72 Stunden war, fragen Sie noch heute nach einer **{ -pep }**. Die { -pep } ist ein Medikament, das nach einem Risikokontakt eine Ansteckung mit { -hiv } verhindern kann.
hiv-testing-when-a-test-result-is-15 = Es gibt auch einen Labortest, der nach dem Virus selbst sucht. Er kann { -hiv } früher finden als die Tests in der Tabelle. Aber er wird **nicht** für normale Routinetests benutzt. Eine Ärztin oder ein Arzt nutzt ihn vielleicht in besonderen Fällen.
hiv-testing-when-a-test-result-is-16 = Wenn Sie { -pep } genommen haben oder { -prep } nehmen, kann es länger dauern, bis ein Test { -hiv } zeigt. Fragen Sie Ihre Praxis, wann Sie testen sollen. Der richtige Zeitpunkt kann bei Ihnen anders sein.

## Wenn Ihr Ergebnis reaktiv ist

hiv-testing-if-your-result-is-reactive = Wenn Ihr Ergebnis reaktiv ist
hiv-testing-if-your-result-is-reactive-1 = Ein Schnelltest oder Selbsttest kann ein **reaktives** Ergebnis zeigen. Das heißt nicht immer, dass Sie { -hiv } haben. Sie brauchen einen **Bestätigungstest** bei einer medizinischen Stelle, meistens in einem Labor.
hiv-testing-if-your-result-is-reactive-2 = Atmen Sie tief durch. Sie sind nicht allein.
hiv-testing-if-your-result-is-reactive-3 = Gehen Sie bald in eine Praxis oder zu einer Community-Organisation.
hiv-testing-if-your-result-is-reactive-4 = Sagen Sie dort, dass Ihr Test reaktiv war. Dort macht man dann den Bestätigungstest.
hiv-testing-if-your-result-is-reactive-5 = Reaktiv heißt: Der Test hat etwas gefunden, das { -hiv } sein könnte. Manchmal ist ein Test reaktiv, obwohl kein { -hiv } da ist. Deshalb muss eine medizinische Stelle das Ergebnis immer bestätigen, meistens in einem Labor.
hiv-testing-if-your-result-is-reactive-7 = Wenn Ihr Ergebnis **nicht reaktiv** (negativ) ist, haben Sie sich nicht mit { -hiv } angesteckt bei möglichen Risikokontakten, die mehr als 45 Tage vor einem Labortest oder mehr als 90 Tage vor einem Schnelltest oder Selbsttest waren. Neuere Risikokontakte kann der Test noch nicht zeigen. Testen Sie noch einmal, wenn das diagnostische Fenster vorbei ist, und nach jedem neuen möglichen Risikokontakt.
hiv-testing-if-your-result-is-reactive-8 = Wenn Sie eine { -hiv }-Behandlung bekommen, benutzen Sie keinen Schnelltest und keinen Selbsttest, um Ihr { -hiv } zu prüfen. Er kann fälschlich ein negatives Ergebnis zeigen. Das heißt nicht, dass das { -hiv } weg ist.
hiv-testing-if-your-result-is-reactive-6 = Wenn Ihr Ergebnis negativ ist und Sie sich noch mit { -hiv } anstecken könnten, fragen Sie nach **{ -prep }**. { -prep } ist ein Medikament, das Sie vor einer Ansteckung mit { -hiv } schützt.

## Wenn Sie HIV haben

hiv-testing-if-you-have-hiv = Wenn Sie { -hiv } haben
hiv-testing-if-you-have-hiv-1 = Wenn der Bestätigungstest { -hiv } zeigt, hilft Ihnen die Praxis, eine { -hiv }-Behandlung zu bekommen. Die Behandlung wirkt sehr gut. Menschen mit { -hiv }, die eine Behandlung bekommen, können lange und gesund leben. Durch die Behandlung kann Ihre { -viral-load } auch { -undetectable } werden. Dann geben Sie { -hiv } beim Sex nicht weiter.
hiv-testing-if-you-have-hiv-3 = So geht es weiter:
hiv-testing-if-you-have-hiv-4 = Sie sprechen mit Fachleuten für { -hiv }: mit einer Ärztin, einem Arzt oder einer Pflegekraft.
hiv-testing-if-you-have-hiv-5 = Dort wird Ihnen Blut abgenommen. Damit prüft man Ihre { -viral-load } und Ihr Immunsystem.
hiv-testing-if-you-have-hiv-6 = Sie beginnen mit der Behandlung.
hiv-testing-if-you-have-hiv-7 = {"["}Die WHO empfiehlt seit 2017](https://www.who.int/publications/i/item/9789241550062), dass die Behandlung **so schnell wie möglich** beginnt: am besten am selben Tag oder innerhalb von **7 Tagen** nach der Diagnose. Manchmal wartet eine Ärztin oder ein Arzt aus medizinischen Gründen etwas länger.
hiv-testing-if-you-have-hiv-2 = Fragen Sie die Praxis oder eine Organisation vor Ort nach einer kostenlosen oder günstigen Behandlung. Die Regeln sind von Land zu Land verschieden. Aber in vielen Ländern können Migrantinnen und Migranten eine { -hiv }-Behandlung bekommen.

## Häufige Fragen

hiv-testing-common-questions = Häufige Fragen
hiv-testing-do-i-have-to-give = Muss ich meinen Namen sagen?
hiv-testing-do-i-have-to-give-1 = Nicht immer. Manche Stellen bieten anonyme Tests an. Fragen Sie vor dem Test danach.
hiv-testing-does-the-test-hurt = Tut der Test weh?
hiv-testing-does-the-test-hurt-1 = Für einen Schnelltest braucht man nur einen kleinen Piks in den Finger. Für einen Labortest wird ganz normal Blut aus dem Arm abgenommen.
hiv-testing-how-often-should-i-test = Wie oft sollte ich mich testen lassen?
hiv-testing-how-often-should-i-test-1 = Lassen Sie sich mindestens einmal testen. Wenn Sie neue Partnerinnen oder Partner haben, raten viele Praxen zu einem Test mindestens einmal im Jahr oder öfter. Wenn Sie { -prep } nehmen, testen Sie sich etwa alle 3 Monate.
hiv-testing-can-i-test-if-i = Kann ich mich testen lassen, wenn ich keine Papiere habe?
hiv-testing-can-i-test-if-i-1 = Ja. In vielen Ländern sind Tests bei Community-Organisationen kostenlos und anonym, und Sie müssen keine Papiere zeigen. Eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort kann Ihnen sagen, wohin Sie gehen können.
