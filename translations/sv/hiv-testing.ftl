### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

hiv-testing-title = Hivtest: var, hur och när
hiv-testing-description = Olika sätt att testa sig för { -hiv }, när ett resultat är säkert och vad som händer efter testet.
hiv-testing-intro-1 = Att testa sig är det enda sättet att veta om du har { -hiv }. Många som har { -hiv } mår bra i flera år. Ett test är snabbt och enkelt. När du vet ditt resultat kan du ta hand om din hälsa.

## Var du kan testa dig

hiv-testing-where-you-can-test = Var du kan testa dig
hiv-testing-where-you-can-test-1 = Du kan välja det ställe som känns bäst för dig.
hiv-testing-where-you-can-test-2 = {"*"}*Mottagning eller sjukhus:** Vårdpersonal tar ett litet blodprov. Ett laboratorium undersöker provet.
hiv-testing-where-you-can-test-3 = {"*"}*Testning hos ideella organisationer:** Många föreningar och organisationer erbjuder ett **snabbtest**. Det görs med en droppe blod från fingret. Du får svar på mindre än 30 minuter.
hiv-testing-where-you-can-test-4 = {"*"}*Självtest:** Du gör testet själv, hemma eller på ett annat ställe där du kan vara ifred. Du kan få ett självtest på apotek, på nätet eller från en ideell organisation.
hiv-testing-where-you-can-test-6 = WHO har rekommenderat självtest för { -hiv } sedan 2016. Om du använder ett självtest, välj ett som har **CE-märkning** på förpackningen. Märkningen visar att testet är godkänt för försäljning i Europa. Läs instruktionerna i förpackningen noga.
hiv-testing-where-you-can-test-5 = Testningen är **konfidentiell**. Det betyder att personalen håller ditt resultat hemligt. Det är ditt eget val om du vill testa dig. På många ställen är det gratis. Vissa ställen låter dig testa dig **anonymt**, utan att du säger ditt namn. [Europeiska riktlinjer från ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) säger att testning måste vara frivillig och konfidentiell.
hiv-testing-where-you-can-test-7 = När du testar dig för { -hiv }, be att få testa dig för **hepatit B**, **hepatit C** och andra { -sti } samtidigt. De sprids på liknande sätt, och de går att behandla.

## När ett testresultat är säkert

hiv-testing-when-a-test-result-is = När ett testresultat är säkert
hiv-testing-when-a-test-result-is-1 = När { -hiv } har kommit in i kroppen tar det en tid innan ett test kan hitta det. Den tiden kallas **fönsterperiod**. Hur lång den är beror på vilket test du gör.
hiv-testing-when-a-test-result-is-2 = Typ av test
hiv-testing-when-a-test-result-is-3 = Var
hiv-testing-when-a-test-result-is-17 = Testa igen efter
hiv-testing-when-a-test-result-is-5 = Laboratorietest (blod från armen)
hiv-testing-when-a-test-result-is-6 = Mottagning eller sjukhus
hiv-testing-when-a-test-result-is-7 = {"*"}*45 dagar** efter en möjlig kontakt med { -hiv }
hiv-testing-when-a-test-result-is-8 = Snabbtest (antikroppar)
hiv-testing-when-a-test-result-is-9 = Ideell organisation eller mottagning
hiv-testing-when-a-test-result-is-10 = 3 månader (90 dagar) efter en möjlig kontakt med { -hiv }
hiv-testing-when-a-test-result-is-11 = Självtest (antikroppar)
hiv-testing-when-a-test-result-is-12 = Hemma
hiv-testing-when-a-test-result-is-13 = 3 månader (90 dagar) efter en möjlig kontakt med { -hiv }
hiv-testing-when-a-test-result-is-14 = Om du testar dig tidigare är ett negativt resultat kanske inte slutgiltigt. Testa dig igen när fönsterperioden är över. Om den möjliga kontakten med { -hiv } var under de senaste 72 timmarna, fråga om **{ -pep }** i dag. { -pep } är medicin som kan stoppa { -hiv } efter en möjlig kontakt med { -hiv }.
hiv-testing-when-a-test-result-is-15 = Det finns också ett laboratorietest som letar efter själva viruset. Det kan hitta { -hiv } tidigare än testerna i tabellen. Men det används **inte** vid vanlig testning. En läkare kan använda det i särskilda fall.
hiv-testing-when-a-test-result-is-16 = Om du har tagit { -pep } eller tar { -prep } kan det ta längre tid innan { -hiv } syns i ett test. Fråga din mottagning när du ska testa dig. Tiden kan vara en annan för dig.

## Om ditt resultat är reaktivt

hiv-testing-if-your-result-is-reactive = Om ditt resultat är reaktivt
hiv-testing-if-your-result-is-reactive-1 = Ett snabbtest eller självtest kan ge ett **reaktivt** resultat. Det betyder inte alltid att du har { -hiv }. Du behöver ett **bekräftande test** som vården gör, oftast på ett laboratorium.
hiv-testing-if-your-result-is-reactive-2 = Ta ett djupt andetag. Du är inte ensam.
hiv-testing-if-your-result-is-reactive-3 = Gå snart till en mottagning eller en ideell organisation.
hiv-testing-if-your-result-is-reactive-4 = Berätta att du har fått ett reaktivt test. De gör det bekräftande testet.
hiv-testing-if-your-result-is-reactive-5 = Reaktivt betyder att testet har hittat något som kan vara { -hiv }. Ibland är ett test reaktivt fast det inte finns någon { -hiv }. Därför måste vården alltid bekräfta resultatet, oftast på ett laboratorium.
hiv-testing-if-your-result-is-reactive-7 = Om ditt resultat är **icke-reaktivt** (negativt) har du inte fått { -hiv } vid möjliga kontakter som var mer än 45 dagar före ett laboratorietest, eller mer än 90 dagar före ett snabbtest eller självtest. Testet kan inte visa senare kontakter än. Testa dig igen efter fönsterperioden, och efter varje ny möjlig kontakt med { -hiv }.
hiv-testing-if-your-result-is-reactive-8 = Om du tar hivbehandling, använd inte ett snabbtest eller självtest för att kontrollera din hivinfektion. Testet kan felaktigt visa ett negativt resultat. Det betyder inte att { -hiv } har försvunnit.
hiv-testing-if-your-result-is-reactive-6 = Om ditt resultat är negativt och du fortfarande kan få { -hiv }, fråga om **{ -prep }**. { -prep } är medicin som hindrar att du får { -hiv }.

## Om du har hiv

hiv-testing-if-you-have-hiv = Om du har { -hiv }
hiv-testing-if-you-have-hiv-1 = Om det bekräftande testet visar { -hiv }, ser mottagningen till att du får hivvård. Behandlingen fungerar mycket bra. Personer som lever med { -hiv } och tar behandling kan leva ett långt och friskt liv. Behandlingen kan också göra din { -viral-load } { -undetectable }. Då överför du inte { -hiv } vid sex.
hiv-testing-if-you-have-hiv-3 = Det här händer sedan:
hiv-testing-if-you-have-hiv-4 = Du träffar en läkare eller sjuksköterska som arbetar med { -hiv }.
hiv-testing-if-you-have-hiv-5 = De tar blodprov för att kontrollera din { -viral-load } och ditt immunförsvar.
hiv-testing-if-you-have-hiv-6 = Du börjar med behandling.
hiv-testing-if-you-have-hiv-7 = Sedan 2017 [rekommenderar WHO](https://www.who.int/publications/i/item/9789241550062) att behandlingen börjar **så snart som möjligt**: helst samma dag, eller inom **7 dagar** efter diagnosen. Ibland väntar läkaren lite längre av ett medicinskt skäl.
hiv-testing-if-you-have-hiv-2 = Fråga mottagningen eller en lokal organisation om gratis eller billig behandling. Reglerna är olika i olika länder. Men i många länder kan migranter få hivvård.

## Vanliga frågor

hiv-testing-common-questions = Vanliga frågor
hiv-testing-do-i-have-to-give = Måste jag säga mitt namn?
hiv-testing-do-i-have-to-give-1 = Inte alltid. Vissa ställen låter dig testa dig anonymt. Fråga innan du testar dig.
hiv-testing-does-the-test-hurt = Gör testet ont?
hiv-testing-does-the-test-hurt-1 = Ett snabbtest behöver bara ett litet stick i fingret. Ett laboratorietest görs med ett vanligt blodprov från armen.
hiv-testing-how-often-should-i-test = Hur ofta ska jag testa mig?
hiv-testing-how-often-should-i-test-1 = Testa dig minst en gång. Om du har nya partner råder många mottagningar dig att testa dig minst en gång om året, eller oftare. Om du tar { -prep } testar du dig ungefär var 3:e månad.
hiv-testing-can-i-test-if-i = Kan jag testa mig om jag inte har papper?
hiv-testing-can-i-test-if-i-1 = Ja. I många länder är testning hos ideella organisationer gratis och anonym, och du behöver inte visa några papper. En lokal organisation som stöttar personer med { -hiv } eller migranter kan berätta vart du kan gå.
