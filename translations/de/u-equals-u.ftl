### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=77638b7c tr=ee2dad73
u-equals-u-title = { -uu }: { -undetectable } heißt nicht übertragbar
# peerpress: en=3c28cfa4 tr=632fcc4d
u-equals-u-description = Was { -uu } bedeutet, wie die { -hiv }-Behandlung verhindert, dass { -hiv } beim Sex weitergegeben wird, und wie Migrantinnen und Migranten eine Behandlung bekommen.
# peerpress: en=68f4f376 tr=aea22b45
u-equals-u-intro-1 = Menschen mit { -hiv } können lange und gesund leben. Die { -hiv }-Behandlung hält Sie gesund. Die Behandlung schützt auch die Menschen, die Sie lieben. Das nennt man **{ -uu }**. Es bedeutet „undetectable equals untransmittable“, auf Deutsch: „nicht nachweisbar = nicht übertragbar“. Deshalb sagt man auf Deutsch oft auch N=N.
# peerpress: en=1d11a439 tr=8f66760a
u-equals-u-intro-2 = Diese Seite erklärt, was { -uu } bedeutet, wofür es nicht gilt und wie Sie in Europa eine { -hiv }-Behandlung bekommen.

## Was U=U bedeutet

# peerpress: en=a1171ecc tr=d51d5b8f
u-equals-u-what-u-u-means = Was { -uu } bedeutet
# peerpress: en=46c0c021 tr=c1fe5c36
u-equals-u-what-u-u-means-1 = Bei der { -hiv }-Behandlung nehmen Sie jeden Tag Medikamente. Manche Menschen bekommen stattdessen eine Spritze mit { -hiv }-Medikamenten. Die Medikamente senken die Menge an { -hiv } in Ihrem Blut. Diese Menge heißt **{ -viral-load }**.
# peerpress: en=7dd8258f tr=5c243863
u-equals-u-what-u-u-means-2 = Wenn Ihre { -viral-load } sehr niedrig ist, nennen Ärztinnen und Ärzte sie „{ -undetectable }“. Das heißt: weniger als **200 Kopien** des Virus in einem Milliliter Blut (200 Kopien/mL).
# peerpress: en=025e116d tr=37a1c40f
u-equals-u-what-u-u-means-3 = Bei den meisten Menschen ist die { -viral-load } innerhalb von **sechs Monaten** nach Beginn der Behandlung { -undetectable }.
# peerpress: en=c23eeef3 tr=24a4b0fe
u-equals-u-what-u-u-means-4 = Ihre { -viral-load } bleibt { -undetectable }, wenn Sie Ihre Medikamente so nehmen, wie Ihre Ärztin oder Ihr Arzt sie verschrieben hat.
# peerpress: en=1bc362a7 tr=0f38169c
u-equals-u-what-u-u-means-5 = Ein Bluttest misst Ihre { -viral-load }. Ihre Praxis sagt Ihnen, wie oft Sie diesen Test brauchen.
# peerpress: en=98496aa0 tr=08ef1ccc
u-equals-u-what-u-u-means-6 = Die [Prevention Access Campaign](https://preventionaccess.org/) hat { -uu } gestartet. Diese Kampagne nutzt die Grenze von 200 Kopien/mL. Auch die { -hiv }-Leitlinien der WHO von 2021 sagen: Menschen mit weniger als 200 Kopien/mL geben { -hiv } beim Sex nicht weiter.

## Wovor U=U schützt

# peerpress: en=02ecbb89 tr=b9c962c3
u-equals-u-what-u-u-protects-against = Wovor { -uu } schützt
# peerpress: en=3b810de6 tr=5ccb5aac
u-equals-u-what-u-u-protects-against-1 = Wenn Ihre { -viral-load } { -undetectable } ist, **geben Sie { -hiv } beim Sex nicht weiter**. Das gilt mit und ohne Kondom. Große Studien mit Tausenden von Paaren haben das gezeigt. [UNAIDS erklärt die Wissenschaft dahinter](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable) (auf Englisch).
# peerpress: en=93277428 tr=bc4a91e2
u-equals-u-what-u-u-protects-against-6 = Das heißt: Es gibt **kein Risiko**, { -hiv } beim Sex weiterzugeben. Das Risiko ist nicht klein, sondern null. Es gibt überhaupt kein Risiko. Die WHO hat 2023 außerdem gesagt: Das Risiko ist null, wenn man { -hiv } in Ihrem Blut nicht messen kann.
# peerpress: en=d866c162 tr=1c33c2fc
u-equals-u-what-u-u-protects-against-2 = { -uu } gilt nur für { -hiv }. Es schützt nicht vor:
# peerpress: en=3b6a6e7c tr=4c71ce35
u-equals-u-what-u-u-protects-against-3 = anderen sexuell übertragbaren Infektionen ({ -sti }), zum Beispiel Syphilis oder Chlamydien
# peerpress: en=f1d6a553 tr=3013d376
u-equals-u-what-u-u-protects-against-4 = einer Schwangerschaft
# peerpress: en=2894e87f tr=fad9c2f5
u-equals-u-what-u-u-protects-against-5 = Dagegen helfen Kondome, Verhütung und regelmäßige Untersuchungen. Ihre Praxis hilft Ihnen, das Richtige für Sie zu finden.

## Schwangerschaft und Stillen

# peerpress: en=44bf111b tr=9ad0b7cb
u-equals-u-pregnancy-and-breastfeeding = Schwangerschaft und Stillen
# peerpress: en=b56775b4 tr=bc21edf6
u-equals-u-pregnancy-and-breastfeeding-1 = Die { -hiv }-Behandlung schützt auch Babys. Mit Behandlung bekommen die meisten Mütter mit { -hiv } Babys, die kein { -hiv } haben.
# peerpress: en=fc076dd8 tr=a97f3c31
u-equals-u-pregnancy-and-breastfeeding-3 = Wenn Sie ein Kind möchten, sprechen Sie mit Ihrer Praxis. Wenn Ihre { -viral-load } { -undetectable } ist, können Sie versuchen, ein Kind zu bekommen, ohne { -hiv } an Ihre Partnerin oder Ihren Partner weiterzugeben.
# peerpress: en=61c0837c tr=d5dc4c51
u-equals-u-pregnancy-and-breastfeeding-2 = Beim Stillen ist es anders. Auch wenn Ihre { -viral-load } { -undetectable } ist, ist das Risiko, { -hiv } über die Muttermilch an Ihr Baby weiterzugeben, **gering, aber nicht null**. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, am besten schon vor der Geburt. Gemeinsam machen Sie einen Plan, wie Sie Ihr Baby ernähren – so, wie es für Sie und Ihr Baby richtig ist.

## Eine Behandlung bekommen und dabeibleiben

# peerpress: en=17b6deb2 tr=057f3cb2
u-equals-u-getting-and-staying-on-treatment = Eine Behandlung bekommen und dabeibleiben
# peerpress: en=d6c6b69a tr=59662b6b
u-equals-u-getting-and-staying-on-treatment-1 = Viele Länder in Europa geben Migrantinnen und Migranten eine { -hiv }-Behandlung. In manchen Ländern gilt das auch für Menschen, die noch auf ihre Papiere warten oder keine Papiere haben. Die Regeln sind in jedem Land anders. An manchen Orten ist die Behandlung kostenlos. An anderen müssen Sie vielleicht bezahlen oder Formulare ausfüllen.
# peerpress: en=dfa28cd6 tr=6b13487c
u-equals-u-getting-and-staying-on-treatment-2 = Fragen Sie in einer { -hiv }-Schwerpunktpraxis oder in einer Praxis für sexuelle Gesundheit.
# peerpress: en=0d5a422d tr=8fb667a0
u-equals-u-getting-and-staying-on-treatment-3 = Fragen Sie eine Community-Organisation vor Ort. Die Menschen dort kennen die Regeln an Ihrem Wohnort.
# peerpress: en=30782945 tr=8cce0335
u-equals-u-getting-and-staying-on-treatment-4 = Wenn Sie umziehen, nehmen Sie Ihre Medikamente und einen Brief von Ihrer Ärztin oder Ihrem Arzt mit.
# peerpress: en=3d0e33fe tr=317baed4
u-equals-u-getting-and-staying-on-treatment-5 = Versuchen Sie, Ihre Behandlung nicht abzubrechen. Wenn Sie aufhören, kommt das Virus in Ihr Blut zurück. Dann kann { -hiv } wieder weitergegeben werden. Wenn Ihre Medikamente Probleme machen oder wenn es schwer ist, sie zu bekommen, sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder einer Organisation vor Ort. Sie sind nicht allein. Es gibt Hilfe.

## Häufige Fragen

# peerpress: en=dfb8a3d4 tr=9d8f75a4
u-equals-u-common-questions = Häufige Fragen
# peerpress: en=9dae8ea3 tr=ba0ca73a
u-equals-u-how-do-i-know-that = Woher weiß ich, dass meine { -viral-load } { -undetectable } ist?
# peerpress: en=50e67c13 tr=468b0f0f
u-equals-u-how-do-i-know-that-1 = Das zeigt nur ein Test der { -viral-load }. Sie können es nicht spüren. In Ihrem Befund steht vielleicht „nicht nachweisbar“ oder „unter der Nachweisgrenze“. Oder dort steht „weniger als“ eine kleine Zahl, zum Beispiel „weniger als 50“ (oft geschrieben als „< 50“). Beides heißt: Ihre { -viral-load } ist { -undetectable }.
# peerpress: en=83dcc7db tr=c986e422
u-equals-u-when-can-i-rely-on = Ab wann kann ich mich auf { -uu } verlassen?
# peerpress: en=34b7eb6e tr=2f21f8b7
u-equals-u-when-can-i-rely-on-1 = Warten Sie, bis ein Test zeigt, dass Ihre { -viral-load } { -undetectable } ist. Bis dahin nutzen Sie Kondome, oder Ihre Partnerin oder Ihr Partner nimmt { -prep }. Nehmen Sie danach Ihre Behandlung weiter jeden Tag. Fragen Sie Ihre Ärztin oder Ihren Arzt, wenn Sie unsicher sind.
# peerpress: en=30e7625a tr=e786794c
u-equals-u-what-if-i-forget-my = Was ist, wenn ich meine Medikamente vergesse?
# peerpress: en=6875ed3a tr=1704ff7f
u-equals-u-what-if-i-forget-my-1 = Folgen Sie dem Rat Ihrer Praxis oder dem Beipackzettel in Ihrer Medikamentenpackung. Wenn Sie Ihre Medikamente oft vergessen oder mehrere Tage nicht nehmen, kann das Virus zurückkommen. Dann schützt { -uu } Ihre Partnerinnen und Partner nicht mehr. Ihre Praxis kann helfen, zum Beispiel mit Erinnerungen oder einer anderen Behandlung.
# peerpress: en=6645b115 tr=0d437589
u-equals-u-does-u-u-work-for = Gilt { -uu } auch beim Teilen von Nadeln?
# peerpress: en=1dbdf4a5 tr=f1ecc75c
u-equals-u-does-u-u-work-for-1 = { -uu } gilt für Sex. Für das Teilen von Nadeln oder Spritzen haben Studien das nicht gezeigt. Benutzen Sie immer neue Nadeln und Spritzen. Eine Drogenhilfe vor Ort, zum Beispiel ein Kontaktladen, kann sie Ihnen geben.
# peerpress: en=02cb1c08 tr=5f0286ff
u-equals-u-do-i-have-to-tell = Muss ich meinen Partnerinnen und Partnern sagen, dass ich { -hiv } habe?
# peerpress: en=0c7c9302 tr=0f8fde15
u-equals-u-do-i-have-to-tell-1 = Ob Sie es einer Partnerin oder einem Partner sagen, ist Ihre persönliche Entscheidung. Aber in manchen Ländern gibt es Gesetze dazu. Eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort kann Ihnen erklären, was dort gilt, wo Sie leben.
# peerpress: en=7aa29f53 tr=a28807fa
u-equals-u-is-my-hiv-status-private = Ist mein { -hiv }-Status privat?
# peerpress: en=99c563c6 tr=1e949a45
u-equals-u-is-my-hiv-status-private-1 = Ja. Alle, die im Gesundheitswesen arbeiten, müssen Ihren { -hiv }-Status **vertraulich** behandeln. Das nennt man Schweigepflicht. Wenn Sie sich Sorgen machen, wer Ihre Daten sehen kann, fragen Sie Ihre Praxis oder eine Organisation vor Ort.
