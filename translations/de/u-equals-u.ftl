### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

u-equals-u-title = { -uu }: { -undetectable } heißt nicht übertragbar
u-equals-u-description = Was { -uu } bedeutet, wie die { -hiv }-Behandlung verhindert, dass { -hiv } beim Sex weitergegeben wird, und wie Migrantinnen und Migranten eine Behandlung bekommen.
u-equals-u-intro-1 = Menschen mit { -hiv } können lange und gesund leben. Die { -hiv }-Behandlung hält Sie gesund. Die Behandlung schützt auch die Menschen, die Sie lieben. Das nennt man **{ -uu }**. Es bedeutet „undetectable equals untransmittable“, auf Deutsch: „nicht nachweisbar = nicht übertragbar“. Deshalb sagt man auf Deutsch oft auch N=N.
u-equals-u-intro-2 = Diese Seite erklärt, was { -uu } bedeutet, wofür es nicht gilt und wie Sie in Europa eine { -hiv }-Behandlung bekommen.

## Was U=U bedeutet

u-equals-u-what-u-u-means = Was { -uu } bedeutet
u-equals-u-what-u-u-means-1 = Bei der { -hiv }-Behandlung nehmen Sie jeden Tag Medikamente. Manche Menschen bekommen stattdessen eine Spritze mit { -hiv }-Medikamenten. Die Medikamente senken die Menge an { -hiv } in Ihrem Blut. Diese Menge heißt **{ -viral-load }**.
u-equals-u-what-u-u-means-2 = Wenn Ihre { -viral-load } sehr niedrig ist, nennen Ärztinnen und Ärzte sie „{ -undetectable }“. Für { -uu } heißt das: weniger als **200 Kopien** des Virus in einem Milliliter Blut (200 Kopien/mL).
u-equals-u-what-u-u-means-3 = Bei den meisten Menschen ist die { -viral-load } innerhalb von **sechs Monaten** nach Beginn der Behandlung { -undetectable }.
u-equals-u-what-u-u-means-4 = Ihre { -viral-load } bleibt { -undetectable }, wenn Sie Ihre Medikamente so nehmen, wie Ihre Ärztin oder Ihr Arzt sie verschrieben hat.
u-equals-u-what-u-u-means-7 = { -uu } gilt, sobald Ihre { -viral-load } mindestens **sechs Monate** lang { -undetectable } geblieben ist und Sie dabei jede Dosis genommen haben.
u-equals-u-what-u-u-means-5 = Ein Bluttest misst Ihre { -viral-load }. Ihre Praxis sagt Ihnen, wie oft Sie diesen Test brauchen.
u-equals-u-what-u-u-means-6 = Die [Prevention Access Campaign](https://preventionaccess.org/) hat { -uu } gestartet. Diese Kampagne nutzt die Grenze von 200 Kopien/mL. Auch die { -hiv }-Leitlinien der WHO von 2021 sagen: Menschen mit weniger als 200 Kopien/mL geben { -hiv } beim Sex nicht weiter.

## Wovor U=U schützt

u-equals-u-what-u-u-protects-against = Wovor { -uu } schützt
u-equals-u-what-u-u-protects-against-1 = Wenn Ihre { -viral-load } { -undetectable } ist, **geben Sie { -hiv } beim Sex nicht weiter**. Das gilt mit und ohne Kondom. Große Studien mit Tausenden von Paaren haben das gezeigt. [UNAIDS erklärt die Wissenschaft dahinter](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable) (auf Englisch).
u-equals-u-what-u-u-protects-against-6 = Das heißt: Es gibt **kein Risiko**, { -hiv } beim Sex weiterzugeben. Das Risiko ist nicht klein, sondern null. Es gibt überhaupt kein Risiko. Die WHO hat 2023 außerdem gesagt: Das Risiko ist null, wenn man { -hiv } in Ihrem Blut nicht messen kann.
u-equals-u-what-u-u-protects-against-2 = { -uu } gilt nur für { -hiv }. Es schützt nicht vor:
u-equals-u-what-u-u-protects-against-3 = anderen sexuell übertragbaren Infektionen ({ -sti }), zum Beispiel Syphilis oder Chlamydien
u-equals-u-what-u-u-protects-against-4 = einer Schwangerschaft
u-equals-u-what-u-u-protects-against-5 = Dagegen helfen Kondome, Verhütung und regelmäßige Untersuchungen. Ihre Praxis hilft Ihnen, das Richtige für Sie zu finden.

## Schwangerschaft und Stillen

u-equals-u-pregnancy-and-breastfeeding = Schwangerschaft und Stillen
u-equals-u-pregnancy-and-breastfeeding-4 = Die { -hiv }-Behandlung schützt auch Babys. Wenn die { -viral-load } der Mutter in der Schwangerschaft und bei der Geburt { -undetectable } ist, ist das Risiko, { -hiv } an das Baby weiterzugeben, fast null. Fast alle diese Babys kommen ohne { -hiv } zur Welt.
u-equals-u-pregnancy-and-breastfeeding-3 = Wenn Sie ein Kind möchten, sprechen Sie mit Ihrer Praxis. Wenn Ihre { -viral-load } { -undetectable } ist, können Sie versuchen, ein Kind zu bekommen, ohne { -hiv } an Ihre Partnerin oder Ihren Partner weiterzugeben.
u-equals-u-pregnancy-and-breastfeeding-2 = Beim Stillen ist es anders. Auch wenn Ihre { -viral-load } { -undetectable } ist, ist das Risiko, { -hiv } über die Muttermilch an Ihr Baby weiterzugeben, **gering, aber nicht null**. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, am besten schon vor der Geburt. Gemeinsam machen Sie einen Plan, wie Sie Ihr Baby ernähren – so, wie es für Sie und Ihr Baby richtig ist.

## Eine Behandlung bekommen und dabeibleiben

u-equals-u-getting-and-staying-on-treatment = Eine Behandlung bekommen und dabeibleiben
u-equals-u-getting-and-staying-on-treatment-1 = Viele Länder in Europa geben Migrantinnen und Migranten eine { -hiv }-Behandlung. In manchen Ländern gilt das auch für Menschen, die noch auf ihre Papiere warten oder keine Papiere haben. Die Regeln sind in jedem Land anders. An manchen Orten ist die Behandlung kostenlos. An anderen müssen Sie vielleicht bezahlen oder Formulare ausfüllen.
u-equals-u-getting-and-staying-on-treatment-2 = Fragen Sie in einer { -hiv }-Schwerpunktpraxis oder in einer Praxis für sexuelle Gesundheit.
u-equals-u-getting-and-staying-on-treatment-3 = Fragen Sie eine Community-Organisation vor Ort. Die Menschen dort kennen die Regeln an Ihrem Wohnort.
u-equals-u-getting-and-staying-on-treatment-4 = Wenn Sie umziehen, nehmen Sie Ihre Medikamente und einen Brief von Ihrer Ärztin oder Ihrem Arzt mit.
u-equals-u-getting-and-staying-on-treatment-5 = Versuchen Sie, Ihre Behandlung nicht abzubrechen. Wenn Sie aufhören, kommt das Virus in Ihr Blut zurück. Dann kann { -hiv } wieder weitergegeben werden. Wenn Ihre Medikamente Probleme machen oder wenn es schwer ist, sie zu bekommen, sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder einer Organisation vor Ort. Sie sind nicht allein. Es gibt Hilfe.

## Häufige Fragen

u-equals-u-common-questions = Häufige Fragen
u-equals-u-how-do-i-know-that = Woher weiß ich, dass meine { -viral-load } { -undetectable } ist?
u-equals-u-how-do-i-know-that-1 = Das zeigt nur ein Test der { -viral-load }. Sie können es nicht spüren. In Ihrem Laborbefund steht vielleicht „nicht nachweisbar“, „nicht nachgewiesen“ oder „weniger als“ eine kleine Zahl, zum Beispiel „weniger als 50“ (oft geschrieben als „< 50“). Das heißt: Das Virus liegt unter dem, was der Test messen kann, oft 20 oder 50 Kopien/mL. Für { -uu } zählt jedes Ergebnis unter **200 Kopien/mL**.
u-equals-u-when-can-i-rely-on = Ab wann kann ich mich auf { -uu } verlassen?
u-equals-u-when-can-i-rely-on-1 = { -uu } schützt Ihre Partnerinnen und Partner, sobald Ihre { -viral-load } seit mindestens **sechs Monaten** { -undetectable } ist. Nehmen Sie in dieser Zeit jede Dosis Ihrer Behandlung, und lassen Sie Ihre { -viral-load } regelmäßig testen. Bis dahin nutzen Sie Kondome, oder Ihre Partnerin oder Ihr Partner nimmt { -prep }. Fragen Sie Ihre Ärztin oder Ihren Arzt, wenn Sie unsicher sind.
u-equals-u-what-if-i-forget-my = Was ist, wenn ich meine Medikamente vergesse?
u-equals-u-what-if-i-forget-my-1 = Folgen Sie dem Rat Ihrer Praxis oder dem Beipackzettel in Ihrer Medikamentenpackung. Wenn Sie Ihre Medikamente oft vergessen oder mehrere Tage nicht nehmen, kann das Virus zurückkommen. Dann schützt { -uu } Ihre Partnerinnen und Partner nicht mehr. Ihre Praxis kann helfen, zum Beispiel mit Erinnerungen oder einer anderen Behandlung.
u-equals-u-does-u-u-work-for = Gilt { -uu } auch beim Teilen von Nadeln?
u-equals-u-does-u-u-work-for-1 = { -uu } gilt für Sex. Für das Teilen von Nadeln oder Spritzen haben Studien das nicht gezeigt. Benutzen Sie immer neue Nadeln und Spritzen. Eine Stelle vor Ort für Menschen, die Drogen nehmen (Drogenhilfe), kann sie Ihnen geben.
u-equals-u-do-i-have-to-tell = Muss ich meinen Partnerinnen und Partnern sagen, dass ich { -hiv } habe?
u-equals-u-do-i-have-to-tell-1 = Ob Sie es einer Partnerin oder einem Partner sagen, ist Ihre persönliche Entscheidung. Aber in manchen Ländern gibt es Gesetze dazu. Eine Aidshilfe oder eine Beratungsstelle für Migrantinnen und Migranten vor Ort kann Ihnen erklären, was dort gilt, wo Sie leben.
u-equals-u-is-my-hiv-status-private = Ist mein { -hiv }-Status privat?
u-equals-u-is-my-hiv-status-private-1 = Ja. Alle, die im Gesundheitswesen arbeiten, müssen Ihren { -hiv }-Status **vertraulich** behandeln. Das nennt man Schweigepflicht. Wenn Sie sich Sorgen machen, wer Ihre Daten sehen kann, fragen Sie Ihre Praxis oder eine Organisation vor Ort.
