### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

prep-title = { -prep }: Medikamente, die vor { -hiv } schützen
prep-description = Was { -prep } ist, für wen sie gedacht ist, wie man sie nehmen kann und warum die { -pep } nach einem möglichen Risikokontakt etwas anderes ist.
prep-intro-1 = { -prep } ist ein Medikament, das Sie vor einer Ansteckung mit { -hiv } schützt. { -prep } steht für „Prä-Expositions-Prophylaxe“ (auf Englisch: „pre-exposure prophylaxis“): ein Schutz, den man schon vor einem möglichen Kontakt mit { -hiv } nimmt. { -prep } ist für Menschen, die kein { -hiv } haben. Wenn Sie { -prep } richtig nehmen, wirkt sie sehr gut. [Die WHO empfiehlt { -prep }](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) für Menschen, bei denen die Gefahr höher ist, sich mit { -hiv } anzustecken.
prep-intro-2 = { -prep } gibt es als Tabletten oder als Spritze.

## Für wen PrEP gedacht ist

prep-who-prep-is-for = Für wen { -prep } gedacht ist
prep-who-prep-is-for-1 = { -prep } kann eine gute Wahl für Sie sein, wenn:
prep-who-prep-is-for-2 = Sie oft Sex ohne Kondom haben
prep-who-prep-is-for-3 = Ihre Partnerin oder Ihr Partner { -hiv } hat und die { -viral-load } noch nachweisbar ist – oder wenn Sie nicht wissen, ob sie oder er { -hiv } hat
prep-who-prep-is-for-4 = Sie vor Kurzem eine sexuell übertragbare Infektion ({ -sti }) hatten
prep-who-prep-is-for-5 = Sie schon einmal { -pep } gebraucht haben
prep-who-prep-is-for-6 = Sie beim Drogenspritzen Nadeln oder anderes Zubehör mit anderen teilen
prep-who-prep-is-for-7 = Eine Ärztin, ein Arzt oder eine Pflegekraft stellt Ihnen unter vier Augen ein paar Fragen. Dann entscheiden Sie gemeinsam. Wer sich für { -prep } entscheidet, trifft eine gesunde Entscheidung und sorgt gut für sich und andere.
prep-who-prep-is-for-8 = Bevor Sie anfangen, brauchen Sie einen **{ -hiv }-Test**. { -prep } ist nur für Menschen, die kein { -hiv } haben. Tägliche { -prep }-Tabletten kann man auch in der Schwangerschaft und in der Stillzeit nehmen. Sprechen Sie darüber mit Ihrer Praxis.
prep-who-prep-is-for-9 = Bevor Sie anfangen, brauchen Sie auch einen Test auf **Hepatitis B**. Wenn Sie nicht dagegen geschützt sind, fragen Sie nach der Impfung. { -prep }-Tabletten wirken auch auf Hepatitis B. Wenn Sie eine chronische (lang andauernde) Hepatitis B haben, ist anlassbezogene { -prep } nicht sicher, und Sie dürfen { -prep } niemals plötzlich absetzen. Das kann Ihrer Leber schaden.

## Wie man PrEP nehmen kann

prep-ways-to-take-prep = Wie man { -prep } nehmen kann
prep-ways-to-take-prep-1 = Es gibt verschiedene Arten, { -prep } zu nehmen. Ihre Praxis hilft Ihnen bei der Wahl.
prep-ways-to-take-prep-2 = {"*"}*Tägliche { -prep }:** Sie nehmen jeden Tag eine Tablette. Das wirkt bei allen Menschen, auch bei Vaginal- oder Frontloch-Sex. Europäische Empfehlungen sagen: Beginnen Sie mit **2 Tabletten** auf einmal, 2 bis 24 Stunden vor dem Sex. Das schützt alle Menschen ab etwa 2 Stunden nach den 2 Tabletten. Noch nicht jede Praxis gibt diesen Rat. Fragen Sie deshalb Ihre Praxis, wie Sie anfangen sollen.
prep-ways-to-take-prep-3 = {"*"}*Anlassbezogene { -prep } (2-1-1):** Sie nehmen Tabletten nur vor und nach dem Sex.
prep-ways-to-take-prep-4 = Nehmen Sie **2 Tabletten** 2 bis 24 Stunden vor dem Sex.
prep-ways-to-take-prep-5 = Nehmen Sie **1 Tablette** 24 Stunden nach den 2 Tabletten.
prep-ways-to-take-prep-6 = Nehmen Sie **1 weitere Tablette** 24 Stunden danach.
prep-ways-to-take-prep-7 = Wenn Sie an den nächsten Tagen wieder Sex haben, nehmen Sie weiter alle 24 Stunden 1 Tablette. Hören Sie 2 Tage nach dem letzten Sex damit auf.
prep-ways-to-take-prep-8 = Die WHO empfiehlt den 2-1-1-Plan seit 2019 für Männer, die Sex mit Männern haben. 2022 hat die WHO gesagt: Der Plan passt auch für andere Menschen, denen bei der Geburt das männliche Geschlecht zugewiesen wurde und die keine geschlechtsangleichenden Hormone nehmen. Die WHO empfiehlt anlassbezogene { -prep } weiterhin **nur** für Menschen, denen bei der Geburt das männliche Geschlecht zugewiesen wurde. Wenn Sie geschlechtsangleichende Hormone nehmen, rät die WHO zur täglichen { -prep }.
prep-ways-to-take-prep-13 = {"*"}*Anlassbezogene { -prep } bei Vaginal- oder Frontloch-Sex (2-7):** Seit 2025 sehen europäische und britische Leitlinien anlassbezogene { -prep } auch für Vaginal- und Frontloch-Sex vor. Dieser Plan heißt **2-7**.
prep-ways-to-take-prep-14 = Beginnen Sie mit **2 Tabletten** auf einmal, 2 bis 24 Stunden vor dem Sex.
prep-ways-to-take-prep-15 = Nehmen Sie danach jeden Tag **1 Tablette**, bis **7 Tage** nach dem letzten Sex.
prep-ways-to-take-prep-16 = Die WHO empfiehlt den 2-7-Plan nicht, und noch nicht jede Praxis bietet ihn an. Fragen Sie Ihre Praxis, welcher Plan für Sie richtig ist.
prep-ways-to-take-prep-10 = {"*"}*Spritzen:** Langwirksame { -prep } ist eine Spritze, die Sie von medizinischem Fachpersonal bekommen. Sie müssen dann nicht jeden Tag Tabletten nehmen.
prep-ways-to-take-prep-11 = {"*"}*Cabotegravir** bekommen Sie alle **2 Monate**. Die WHO empfiehlt es seit 2022. Laut der Europäischen Arzneimittel-Agentur (EMA) ist es seit 2023 in der Europäischen Union zugelassen.
prep-ways-to-take-prep-12 = {"*"}*Lenacapavir** bekommen Sie **zweimal im Jahr**, also alle 6 Monate. [Die WHO hat es im Juli 2025 empfohlen](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). Laut der EMA wurde es 2025 in der Europäischen Union zugelassen.
prep-ways-to-take-prep-9 = Eine Zulassung heißt nicht, dass jede Praxis es anbietet. **Das Angebot ist in jedem Land anders.** Fragen Sie Ihre Praxis, was es dort gibt, wo Sie leben.
prep-ways-to-take-prep-17 = Das Medikament aus einer Spritze bleibt nach der letzten Spritze noch viele Monate in Ihrem Körper. Die Menge sinkt langsam. Wenn Sie sich in dieser Zeit mit { -hiv } anstecken, wirken manche { -hiv }-Medikamente bei Ihnen vielleicht nicht mehr. Wenn Sie mit den Spritzen aufhören möchten, fragen Sie Ihre Praxis, wie Sie geschützt bleiben, zum Beispiel mit { -prep }-Tabletten.
prep-ways-to-take-prep-18 = { -prep }-Spritzen sind nur zum Schutz vor { -hiv } beim Sex zugelassen. Wenn Sie Drogen spritzen, nehmen Sie { -prep }-Tabletten, und benutzen Sie immer neue Nadeln und Spritzen.

## Gesund bleiben mit PrEP

prep-staying-healthy-on-prep = Gesund bleiben mit { -prep }
prep-staying-healthy-on-prep-1 = { -prep } schützt nur vor { -hiv }. { -prep } schützt **nicht** vor anderen { -sti } oder vor einer Schwangerschaft. Dagegen helfen Kondome und Verhütung.
prep-staying-healthy-on-prep-2 = Wenn Sie { -prep }-Tabletten nehmen, gehen Sie etwa **alle 3 Monate** in die Praxis. Bei jedem Termin bekommen Sie:
prep-staying-healthy-on-prep-3 = einen { -hiv }-Test
prep-staying-healthy-on-prep-7 = Tests auf andere { -sti }, zum Beispiel Syphilis, Tripper (Gonorrhö) und Chlamydien
prep-staying-healthy-on-prep-8 = einen Nierentest, wenn Ihre Praxis ihn für nötig hält
prep-staying-healthy-on-prep-9 = Wenn Sie { -prep }-Spritzen bekommen, machen Sie bei den Spritzen-Terminen einen { -hiv }-Test.
prep-staying-healthy-on-prep-6 = Diese Termine halten Sie gesund. Dabei wird auch geprüft, ob { -prep } noch das Richtige für Sie ist. Viele { -sti } machen keine Beschwerden. Regelmäßige Tests finden sie früh, und die meisten kann man behandeln.

## PEP ist etwas anderes

prep-pep-is-different = { -pep } ist etwas anderes
prep-pep-is-different-1 = { -pep } steht für „Post-Expositions-Prophylaxe“ (auf Englisch: „post-exposure prophylaxis“). Sie nehmen sie **nach** einem möglichen Kontakt mit { -hiv }. Zum Beispiel, wenn ein Kondom gerissen ist, oder nach Sex, den Sie nicht wollten.
prep-pep-is-different-2 = Beginnen Sie die { -pep } so schnell wie möglich, **innerhalb von 72 Stunden** (3 Tagen).
prep-pep-is-different-3 = Je früher Sie anfangen, desto besser wirkt sie.
prep-pep-is-different-4 = Sie nehmen sie **28 Tage** lang.
prep-pep-is-different-6 = Die { -pep }-Leitlinien der WHO von 2024 sagen: Beginnen Sie am besten innerhalb von 24 Stunden und spätestens innerhalb von 72 Stunden. Nach der { -pep } brauchen Sie noch einmal einen { -hiv }-Test.
prep-pep-is-different-5 = Gehen Sie in die Notaufnahme eines Krankenhauses oder in eine Praxis für sexuelle Gesundheit. Sagen Sie: „Ich brauche eine { -pep }.“ Eine Organisation vor Ort kann Ihnen sagen, wo Sie in Ihrer Nähe eine { -pep } bekommen.
prep-pep-is-different-7 = Wenn Sie mehr als einmal eine { -pep } brauchen, fragen Sie nach { -prep }. Viele Praxen können Ihnen helfen, direkt von der { -pep } zur { -prep } zu wechseln.

## So bekommen Sie PrEP

prep-how-to-get-prep = So bekommen Sie { -prep }
prep-how-to-get-prep-1 = Fragen Sie in einer Praxis für sexuelle Gesundheit oder in einer { -hiv }-Schwerpunktpraxis.
prep-how-to-get-prep-2 = Fragen Sie eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort. Dort weiß man, wo { -prep } kostenlos oder günstiger ist.
prep-how-to-get-prep-3 = Nehmen Sie keine { -prep }-Tabletten von Freundinnen oder Freunden. Vorher brauchen Sie einen { -hiv }-Test und eine Untersuchung.
prep-how-to-get-prep-4 = Die Regeln und Kosten sind in jedem Land anders. In manchen Ländern ist { -prep } kostenlos. In anderen müssen Sie vielleicht bezahlen.

## Häufige Fragen

prep-common-questions = Häufige Fragen
prep-how-well-does-prep-work = Wie gut wirkt { -prep }?
prep-how-well-does-prep-work-1 = { -prep } wirkt sehr gut, wenn Sie sie richtig nehmen. Der Schutz ist schwächer, wenn Sie viele Tabletten vergessen oder viele Spritzen verpassen.
prep-does-prep-have-side-effects = Hat { -prep } Nebenwirkungen?
prep-does-prep-have-side-effects-1 = Manchen Menschen ist in den ersten Wochen übel, oder sie haben Magenprobleme. Das geht meistens vorbei. Die Spritze kann an der Einstichstelle wehtun. Erzählen Sie Ihrer Praxis von allen Beschwerden.
prep-can-i-stop-prep = Kann ich mit { -prep } aufhören?
prep-can-i-stop-prep-1 = Ja. Sprechen Sie vorher mit Ihrer Praxis. Wie Sie sicher aufhören, hängt davon ab, wie Sie { -prep } nehmen und welche Art von Sex Sie haben. Wenn Sie Hepatitis B haben oder { -prep }-Spritzen bekommen haben, fragen Sie immer Ihre Praxis, wie Sie aufhören sollen.
prep-will-anyone-know-that-i = Erfährt jemand, dass ich { -prep } nehme?
prep-will-anyone-know-that-i-1 = Ihre Termine und Testergebnisse sind **vertraulich**. Das Personal muss sie für sich behalten.
