### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=8abc09d9 tr=c68d44b0
hiv-testing-title = { -hiv }-Test: wo, wie und wann
# peerpress: en=0c9c37fb tr=84685a2f
hiv-testing-description = Die verschiedenen Möglichkeiten für einen { -hiv }-Test, wann ein Ergebnis sicher ist und was nach Ihrem Test passiert.
# peerpress: en=3f163132 tr=f50d2af1
hiv-testing-intro-1 = Nur ein Test zeigt, ob Sie { -hiv } haben. Viele Menschen mit { -hiv } fühlen sich jahrelang gesund. Ein Test ist schnell und einfach. Wenn Sie Ihr Ergebnis kennen, können Sie gut für Ihre Gesundheit sorgen.

## Wo Sie sich testen lassen können

# peerpress: en=6aa8d29f tr=1e9e8d68
hiv-testing-where-you-can-test = Wo Sie sich testen lassen können
# peerpress: en=0cd10efb tr=a504fef4
hiv-testing-where-you-can-test-1 = Sie können den Ort wählen, der sich für Sie am besten anfühlt.
# peerpress: en=81971df1 tr=69788a16
hiv-testing-where-you-can-test-2 = {"*"}*Praxis oder Krankenhaus:** Eine medizinische Fachkraft nimmt Ihnen ein wenig Blut ab. Ein Labor untersucht es.
# peerpress: en=669ae23b tr=1ab1ec20
hiv-testing-where-you-can-test-3 = {"*"}*Test bei einer Community-Organisation:** Viele Community-Organisationen, zum Beispiel Aidshilfen, bieten einen **Schnelltest** an. Dafür braucht man einen Tropfen Blut aus dem Finger. Sie bekommen das Ergebnis in weniger als 30 Minuten.
# peerpress: en=a0f60b0e tr=01c42eac
hiv-testing-where-you-can-test-4 = {"*"}*Selbsttest:** Sie machen den Test selbst, zu Hause oder an einem anderen privaten Ort. Einen Selbsttest bekommen Sie in der Apotheke, im Internet oder bei einer Community-Organisation.
# peerpress: en=3b09185e tr=470f4693
hiv-testing-where-you-can-test-6 = Die WHO empfiehlt { -hiv }-Selbsttests seit 2016. Wenn Sie einen Selbsttest machen, lesen Sie die Anleitung in der Packung genau.
# peerpress: en=d8ff58cf tr=0624b70c
hiv-testing-where-you-can-test-5 = Der Test ist **vertraulich**. Das heißt: Das Personal behält Ihr Ergebnis für sich. Ob Sie einen Test machen, entscheiden Sie selbst. An vielen Orten ist der Test kostenlos. Manche Stellen bieten den Test **anonym** an, also ohne dass Sie Ihren Namen sagen. [Die europäischen Empfehlungen der ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) (auf Englisch) sagen: Ein Test muss freiwillig und vertraulich sein.

## Wann ein Testergebnis sicher ist

# peerpress: en=14634d3e tr=e9b1ff35
hiv-testing-when-a-test-result-is = Wann ein Testergebnis sicher ist
# peerpress: en=4cebc4c9 tr=05ae6e32
hiv-testing-when-a-test-result-is-1 = Wenn { -hiv } in den Körper gekommen ist, braucht ein Test etwas Zeit, um es zu finden. Diese Zeit heißt **diagnostisches Fenster**. Wie lang sie ist, hängt von der Art des Tests ab.
# peerpress: en=f08109ae tr=7add75f7
hiv-testing-when-a-test-result-is-2 = Art des Tests
# peerpress: en=1daaa38f tr=e4a8ae25
hiv-testing-when-a-test-result-is-3 = Wo
# peerpress: en=6c8628b3 tr=4907e92f
hiv-testing-when-a-test-result-is-4 = Sicher ab
# peerpress: en=f0d5d8b0 tr=775aec49
hiv-testing-when-a-test-result-is-5 = Labortest, 4. Generation (Antigen/Antikörper)
# peerpress: en=7292729d tr=a9eeb465
hiv-testing-when-a-test-result-is-6 = Praxis oder Krankenhaus
# peerpress: en=d2f7d511 tr=9ca3c978
hiv-testing-when-a-test-result-is-7 = 6 Wochen nach einem möglichen Risikokontakt
# peerpress: en=8cc1358d tr=b2c4813f
hiv-testing-when-a-test-result-is-8 = Schnelltest (Antikörper)
# peerpress: en=27684278 tr=ca3e54b5
hiv-testing-when-a-test-result-is-9 = Community-Organisation oder Praxis
# peerpress: en=281ccc9e tr=9e18208b
hiv-testing-when-a-test-result-is-10 = 3 Monate (90 Tage) nach einem möglichen Risikokontakt
# peerpress: en=37fb137b tr=59ec16bc
hiv-testing-when-a-test-result-is-11 = Selbsttest (Antikörper)
# peerpress: en=fbccda06 tr=ad7f45ec
hiv-testing-when-a-test-result-is-12 = Zu Hause
# peerpress: en=281ccc9e tr=35485409
hiv-testing-when-a-test-result-is-13 = 3 Monate (90 Tage) nach einem möglichen Risikokontakt
# peerpress: en=c4200b27 tr=fc86cb81
hiv-testing-when-a-test-result-is-14 = Wenn Sie früher testen, ist ein negatives Ergebnis vielleicht noch nicht endgültig. Testen Sie noch einmal, wenn das diagnostische Fenster vorbei ist. Wenn der mögliche Risikokontakt in den letzten 72 Stunden war, fragen Sie noch heute nach einer **{ -pep }**. Die { -pep } ist ein Medikament, das nach einem Risikokontakt eine Ansteckung mit { -hiv } verhindern kann.
# peerpress: en=b721a7d9 tr=20921732
hiv-testing-when-a-test-result-is-15 = Es gibt auch einen Labortest, der nach dem Virus selbst sucht. Er heißt **NAT** oder **RNA-Test** (oft auch „PCR-Test“). Er kann { -hiv } früher finden als die Tests in der Tabelle. Aber er wird **nicht** für normale Routinetests benutzt. Eine Ärztin oder ein Arzt nutzt ihn vielleicht in besonderen Fällen.
# peerpress: en=dfff47c0 tr=cf8a0e44
hiv-testing-when-a-test-result-is-16 = Wenn Sie { -pep } oder { -prep } genommen haben, fragen Sie Ihre Praxis, wann Sie testen sollen. Der richtige Zeitpunkt kann bei Ihnen anders sein.

## Wenn Ihr Ergebnis reaktiv ist

# peerpress: en=7a59bcfe tr=7e5cc1e9
hiv-testing-if-your-result-is-reactive = Wenn Ihr Ergebnis reaktiv ist
# peerpress: en=4f1a236e tr=877d868f
hiv-testing-if-your-result-is-reactive-1 = Ein Schnelltest oder Selbsttest kann ein **reaktives** Ergebnis zeigen. Das heißt nicht immer, dass Sie { -hiv } haben. Sie brauchen einen **Bestätigungstest** in einem Labor.
# peerpress: en=a6efe94c tr=dba6d7e6
hiv-testing-if-your-result-is-reactive-2 = Atmen Sie tief durch. Sie sind nicht allein.
# peerpress: en=17e99218 tr=7b635403
hiv-testing-if-your-result-is-reactive-3 = Gehen Sie bald in eine Praxis oder zu einer Community-Organisation.
# peerpress: en=5705af89 tr=533aab72
hiv-testing-if-your-result-is-reactive-4 = Sagen Sie dort, dass Ihr Test reaktiv war. Dort macht man dann den Bestätigungstest.
# peerpress: en=87363f82 tr=56343ee5
hiv-testing-if-your-result-is-reactive-5 = Reaktiv heißt: Der Test hat etwas gefunden, das { -hiv } sein könnte. Manchmal ist ein Test reaktiv, obwohl kein { -hiv } da ist. Deshalb kann nur ein Labor das Ergebnis bestätigen.
# peerpress: en=b758b283 tr=f6641b84
hiv-testing-if-your-result-is-reactive-6 = Wenn Ihr Ergebnis **nicht reaktiv** (negativ) ist und das diagnostische Fenster vorbei ist, haben Sie kein { -hiv }. Testen Sie noch einmal, wenn Sie einen neuen möglichen Risikokontakt hatten.

## Wenn Sie HIV haben

# peerpress: en=83a5940a tr=8596ece7
hiv-testing-if-you-have-hiv = Wenn Sie { -hiv } haben
# peerpress: en=46ef0b62 tr=efc97b29
hiv-testing-if-you-have-hiv-1 = Wenn der Bestätigungstest { -hiv } zeigt, hilft Ihnen die Praxis, eine { -hiv }-Behandlung zu bekommen. Die Behandlung wirkt sehr gut. Menschen mit { -hiv }, die eine Behandlung bekommen, können lange und gesund leben. Durch die Behandlung kann Ihre { -viral-load } auch { -undetectable } werden. Dann geben Sie { -hiv } beim Sex nicht weiter.
# peerpress: en=dd654401 tr=59240f85
hiv-testing-if-you-have-hiv-3 = So geht es weiter:
# peerpress: en=e5d40f20 tr=81636004
hiv-testing-if-you-have-hiv-4 = Sie sprechen mit Fachleuten für { -hiv }: mit einer Ärztin, einem Arzt oder einer Pflegekraft.
# peerpress: en=0af6b200 tr=1f3b4e21
hiv-testing-if-you-have-hiv-5 = Dort wird Ihnen Blut abgenommen. Damit prüft man Ihre { -viral-load } und Ihr Immunsystem.
# peerpress: en=71f69052 tr=0efc3722
hiv-testing-if-you-have-hiv-6 = Sie beginnen mit der Behandlung.
# peerpress: en=16e01b76 tr=70638d97
hiv-testing-if-you-have-hiv-7 = {"["}Die WHO empfiehlt seit 2017](https://www.who.int/publications/i/item/9789241550062), dass die Behandlung **so schnell wie möglich** beginnt: am besten am selben Tag oder innerhalb von **7 Tagen** nach der Diagnose. Manchmal wartet eine Ärztin oder ein Arzt aus medizinischen Gründen etwas länger.
# peerpress: en=1dc55b37 tr=ad8715f1
hiv-testing-if-you-have-hiv-2 = Fragen Sie die Praxis oder eine Organisation vor Ort nach einer kostenlosen oder günstigen Behandlung. Die Regeln sind von Land zu Land verschieden. Aber in vielen Ländern können Migrantinnen und Migranten eine { -hiv }-Behandlung bekommen.

## Häufige Fragen

# peerpress: en=dfb8a3d4 tr=5f50191f
hiv-testing-common-questions = Häufige Fragen
# peerpress: en=17dace7a tr=a5f519e6
hiv-testing-do-i-have-to-give = Muss ich meinen Namen sagen?
# peerpress: en=a577bdef tr=fbf34db3
hiv-testing-do-i-have-to-give-1 = Nicht immer. Manche Stellen bieten anonyme Tests an. Fragen Sie vor dem Test danach.
# peerpress: en=d1b9a16b tr=58d68ab2
hiv-testing-does-the-test-hurt = Tut der Test weh?
# peerpress: en=eae1fb72 tr=5dc6ea86
hiv-testing-does-the-test-hurt-1 = Für einen Schnelltest braucht man nur einen kleinen Piks in den Finger. Für einen Labortest wird ganz normal Blut aus dem Arm abgenommen.
# peerpress: en=1c3ca54e tr=de9e1649
hiv-testing-how-often-should-i-test = Wie oft sollte ich mich testen lassen?
# peerpress: en=8c7f611a tr=7f91f6d9
hiv-testing-how-often-should-i-test-1 = Lassen Sie sich mindestens einmal testen. Wenn Sie neue Partnerinnen oder Partner haben, raten viele Praxen zu einem Test mindestens einmal im Jahr oder öfter. Wenn Sie { -prep } nehmen, testen Sie sich etwa alle 3 Monate.
# peerpress: en=5341e642 tr=acb01ca5
hiv-testing-can-i-test-if-i = Kann ich mich testen lassen, wenn ich keine Papiere habe?
# peerpress: en=29a6927d tr=4d0ff579
hiv-testing-can-i-test-if-i-1 = Ja. In vielen Ländern sind Tests bei Community-Organisationen kostenlos und anonym, und Sie müssen keine Papiere zeigen. Eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort kann Ihnen sagen, wohin Sie gehen können.
