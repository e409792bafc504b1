### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

u-equals-u-title = { -uu }: { -undetectable } { -viral-load } betyder att { -hiv } inte överförs
u-equals-u-description = Vad { -uu } betyder, hur hivbehandling gör att { -hiv } inte överförs vid sex och hur migranter kan få behandling.
u-equals-u-intro-1 = Personer som lever med { -hiv } kan leva ett långt och friskt liv. Hivbehandling håller dig frisk. Den skyddar också de människor som du älskar. Det här kallas **{ -uu }**. Det står för engelskans ”undetectable equals untransmittable”. På svenska säger man ”Omätbart = Oöverförbart”: när { -hiv } inte kan mätas i blodet överförs { -hiv } inte vid sex.
u-equals-u-intro-2 = Den här sidan förklarar vad { -uu } betyder, vad det inte skyddar mot och hur du kan få hivbehandling i Europa.

## Vad U=U betyder

u-equals-u-what-u-u-means = Vad { -uu } betyder
u-equals-u-what-u-u-means-1 = Hivbehandling är medicin som du tar varje dag. Vissa får i stället sin behandling som en spruta. Medicinen sänker mängden { -hiv } i blodet. Den mängden kallas din **{ -viral-load }**.
u-equals-u-what-u-u-means-2 = När din { -viral-load } är mycket låg säger läkarna att den är ”{ -undetectable }”. För { -uu } betyder det färre än **200 kopior** av viruset i en milliliter blod (200 kopior/ml).
u-equals-u-what-u-u-means-3 = De flesta får { -undetectable } { -viral-load } inom **6 månader** efter att de har börjat med behandlingen.
u-equals-u-what-u-u-means-4 = Du behåller { -undetectable } { -viral-load } när du tar din behandling precis så som läkaren har skrivit ut den.
u-equals-u-what-u-u-means-7 = { -uu } gäller när du har haft { -undetectable } { -viral-load } i minst **sex månader** och har tagit varje dos.
u-equals-u-what-u-u-means-5 = Ett blodprov mäter din { -viral-load }. Din mottagning säger hur ofta du behöver lämna provet.
u-equals-u-what-u-u-means-6 = Organisationen [Prevention Access Campaign](https://preventionaccess.org/) startade { -uu }. Den använder gränsen 200 kopior/ml. WHO:s riktlinjer för { -hiv } från 2021 säger också att personer som har under 200 kopior/ml inte överför { -hiv } vid sex.

## Vad U=U skyddar mot

u-equals-u-what-u-u-protects-against = Vad { -uu } skyddar mot
u-equals-u-what-u-u-protects-against-1 = Om du har { -undetectable } { -viral-load } **överför du inte { -hiv } vid sex**. Det gäller både med och utan kondom. Stora studier med tusentals par har visat det. [UNAIDS förklarar forskningen](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable) (på engelska).
u-equals-u-what-u-u-protects-against-6 = Det betyder att det **inte finns någon risk** att överföra { -hiv } vid sex. Det är inte en liten risk. Det finns ingen risk alls. År 2023 sa också WHO att risken är noll när { -hiv } inte kan mätas i blodet.
u-equals-u-what-u-u-protects-against-2 = { -uu } handlar bara om { -hiv }. Det skyddar inte mot:
u-equals-u-what-u-u-protects-against-3 = andra sexuellt överförbara infektioner, alltså könssjukdomar ({ -sti }), till exempel syfilis eller klamydia
u-equals-u-what-u-u-protects-against-4 = graviditet
u-equals-u-what-u-u-protects-against-5 = Kondomer, preventivmedel och regelbundna kontroller hjälper mot detta. Din mottagning kan hjälpa dig att välja det som passar dig.

## Graviditet och amning

u-equals-u-pregnancy-and-breastfeeding = Graviditet och amning
u-equals-u-pregnancy-and-breastfeeding-4 = Hivbehandling skyddar också bebisar. När mamman har { -undetectable } { -viral-load } under graviditeten och förlossningen är risken att överföra { -hiv } till barnet nästan noll. Nästan alla de här bebisarna föds utan { -hiv }.
u-equals-u-pregnancy-and-breastfeeding-3 = Om du vill skaffa barn, prata med din mottagning. När du har { -undetectable } { -viral-load } kan ni försöka få barn utan att du överför { -hiv } till din partner.
u-equals-u-pregnancy-and-breastfeeding-2 = Amning är en annan sak. När du har { -undetectable } { -viral-load } är risken att överföra { -hiv } till barnet via bröstmjölken **låg, men inte noll**. Prata med din läkare, helst innan barnet är fött. Tillsammans kan ni göra en plan för hur barnet ska få mat, en plan som passar dig och ditt barn.

## Att få behandling och fortsätta med den

u-equals-u-getting-and-staying-on-treatment = Att få behandling och fortsätta med den
u-equals-u-getting-and-staying-on-treatment-1 = Många länder i Europa ger hivbehandling till migranter. I vissa länder gäller det också personer som väntar på papper (t.ex. uppehållstillstånd) eller som inte har några papper. Reglerna är olika i varje land. På vissa ställen är behandlingen gratis. På andra ställen kan du behöva betala eller fylla i blanketter.
u-equals-u-getting-and-staying-on-treatment-2 = Fråga på en hivmottagning eller en mottagning för sexuell hälsa.
u-equals-u-getting-and-staying-on-treatment-3 = Fråga en lokal förening eller organisation. De vet vilka regler som gäller där du bor.
u-equals-u-getting-and-staying-on-treatment-4 = Om du flyttar, ta med dig din medicin och ett brev från din läkare.
u-equals-u-getting-and-staying-on-treatment-5 = Försök att inte sluta med din behandling. Om du slutar kommer viruset tillbaka i blodet. Då kan { -hiv } överföras igen. Om medicinen ger dig problem, eller om den är svår att få tag på, prata med din läkare eller en lokal organisation. Du är inte ensam, och det finns hjälp att få.

## Vanliga frågor

u-equals-u-common-questions = Vanliga frågor
u-equals-u-how-do-i-know-that = Hur vet jag att jag har { -undetectable } { -viral-load }?
u-equals-u-how-do-i-know-that-1 = Bara ett test av virusnivån kan visa det. Du kan inte känna det. På provsvaret från laboratoriet kan det stå ”{ -undetectable }”, ”ej påvisbart” (”not detected”) eller ”mindre än” ett litet tal, till exempel ”mindre än 50” eller ”<50”. Det betyder att viruset ligger under det som testet kan mäta, ofta 20 eller 50 kopior/ml. För { -uu } räknas alla resultat under **200 kopior/ml**.
u-equals-u-when-can-i-rely-on = När kan jag lita på { -uu }?
u-equals-u-when-can-i-rely-on-1 = { -uu } skyddar dina partner när du har haft { -undetectable } { -viral-load } i minst **sex månader**. Under den tiden ska du ta varje dos av din behandling och regelbundet testa din { -viral-load }. Fram till dess: använd kondom, eller så kan din partner ta { -prep }. Fråga din läkare om du är osäker.
u-equals-u-what-if-i-forget-my = Vad händer om jag glömmer min medicin?
u-equals-u-what-if-i-forget-my-1 = Följ råden från din mottagning eller i bipacksedeln i medicinförpackningen. Om du ofta missar doser, eller slutar i flera dagar, kan viruset komma tillbaka. Då skyddar { -uu } inte längre dina partner. Din mottagning kan hjälpa dig, till exempel med påminnelser eller en annan behandling.
u-equals-u-does-u-u-work-for = Gäller { -uu } när man delar sprutor?
u-equals-u-does-u-u-work-for-1 = { -uu } handlar om sex. Studier har inte visat samma sak när man delar nålar eller sprutor. Använd alltid nya nålar och sprutor. En lokal mottagning för personer som använder droger kan ge dig dem.
u-equals-u-do-i-have-to-tell = Måste jag berätta för mina partner att jag har { -hiv }?
u-equals-u-do-i-have-to-tell-1 = Det är ditt eget val om du berättar för en partner. Men i vissa länder finns det regler om detta i lagen. En lokal organisation som stöttar personer med { -hiv } eller migranter kan förklara vad lagen säger där du bor.
u-equals-u-is-my-hiv-status-private = Är min hivstatus privat?
u-equals-u-is-my-hiv-status-private-1 = Ja. Vårdpersonal har tystnadsplikt. De måste behandla din hivstatus **konfidentiellt**. Om du är orolig för vem som kan se dina uppgifter, fråga din mottagning eller en lokal organisation.
