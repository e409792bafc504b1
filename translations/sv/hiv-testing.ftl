### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=8abc09d9 tr=3dd6d698
hiv-testing-title = Hivtest: var, hur och när
# peerpress: en=0c9c37fb tr=ff97f2fe
hiv-testing-description = Olika sätt att testa sig för { -hiv }, när ett resultat är säkert och vad som händer efter testet.
# peerpress: en=3f163132 tr=6d5c654b
hiv-testing-intro-1 = Att testa sig är det enda sättet att veta om du har { -hiv }. Många som har { -hiv } mår bra i flera år. Ett test är snabbt och enkelt. När du vet ditt resultat kan du ta hand om din hälsa.

## Var du kan testa dig

# peerpress: en=6aa8d29f tr=fe82fb4a
hiv-testing-where-you-can-test = Var du kan testa dig
# peerpress: en=0cd10efb tr=168bade4
hiv-testing-where-you-can-test-1 = Du kan välja det ställe som känns bäst för dig.
# peerpress: en=81971df1 tr=8fd90d35
hiv-testing-where-you-can-test-2 = {"*"}*Mottagning eller sjukhus:** Vårdpersonal tar ett litet blodprov. Ett laboratorium undersöker provet.
# peerpress: en=669ae23b tr=11d5c5a8
hiv-testing-where-you-can-test-3 = {"*"}*Testning hos ideella organisationer:** Många föreningar och organisationer erbjuder ett **snabbtest**. Det görs med en droppe blod från fingret. Du får svar på mindre än 30 minuter.
# peerpress: en=a0f60b0e tr=d60ae671
hiv-testing-where-you-can-test-4 = {"*"}*Självtest:** Du gör testet själv, hemma eller på ett annat ställe där du kan vara ifred. Du kan få ett självtest på apotek, på nätet eller från en ideell organisation.
# peerpress: en=3b09185e tr=7358d912
hiv-testing-where-you-can-test-6 = WHO har rekommenderat självtest för { -hiv } sedan 2016. Om du använder ett självtest, läs instruktionerna i förpackningen noga.
# peerpress: en=d8ff58cf tr=a23b9509
hiv-testing-where-you-can-test-5 = Testningen är **konfidentiell**. Det betyder att personalen håller ditt resultat hemligt. Det är ditt eget val om du vill testa dig. På många ställen är det gratis. Vissa ställen låter dig testa dig **anonymt**, utan att du säger ditt namn. [Europeiska riktlinjer från ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) säger att testning måste vara frivillig och konfidentiell.

## När ett testresultat är säkert

# peerpress: en=14634d3e tr=7551761d
hiv-testing-when-a-test-result-is = När ett testresultat är säkert
# peerpress: en=4cebc4c9 tr=1564c17b
hiv-testing-when-a-test-result-is-1 = När { -hiv } har kommit in i kroppen tar det en tid innan ett test kan hitta det. Den tiden kallas **fönsterperiod**. Hur lång den är beror på vilket test du gör.
# peerpress: en=f08109ae tr=f3689ff9
hiv-testing-when-a-test-result-is-2 = Typ av test
# peerpress: en=1daaa38f tr=92e51775
hiv-testing-when-a-test-result-is-3 = Var
# peerpress: en=6c8628b3 tr=ee9c2263
hiv-testing-when-a-test-result-is-4 = Säkert från
# peerpress: en=f0d5d8b0 tr=b2f1022e
hiv-testing-when-a-test-result-is-5 = Laboratorietest, 4:e generationen (antigen/antikroppar)
# peerpress: en=7292729d tr=2b150715
hiv-testing-when-a-test-result-is-6 = Mottagning eller sjukhus
# peerpress: en=d2f7d511 tr=4587b760
hiv-testing-when-a-test-result-is-7 = 6 veckor efter en möjlig kontakt med { -hiv }
# peerpress: en=8cc1358d tr=ecda0587
hiv-testing-when-a-test-result-is-8 = Snabbtest (antikroppar)
# peerpress: en=27684278 tr=a9412b7f
hiv-testing-when-a-test-result-is-9 = Ideell organisation eller mottagning
# peerpress: en=281ccc9e tr=3d3ddac0
hiv-testing-when-a-test-result-is-10 = 3 månader (90 dagar) efter en möjlig kontakt med { -hiv }
# peerpress: en=37fb137b tr=3443f024
hiv-testing-when-a-test-result-is-11 = Självtest (antikroppar)
# peerpress: en=fbccda06 tr=5b21337a
hiv-testing-when-a-test-result-is-12 = Hemma
# peerpress: en=281ccc9e tr=9c2c0f5b
hiv-testing-when-a-test-result-is-13 = 3 månader (90 dagar) efter en möjlig kontakt med { -hiv }
# peerpress: en=c4200b27 tr=7471503b
hiv-testing-when-a-test-result-is-14 = Om du testar dig tidigare är ett negativt resultat kanske inte slutgiltigt. Testa dig igen när fönsterperioden är över. Om den möjliga kontakten med { -hiv } var under de senaste 72 timmarna, fråga om **{ -pep }** i dag. { -pep } är medicin som kan stoppa { -hiv } efter en möjlig kontakt med { -hiv }.
# peerpress: en=b721a7d9 tr=8de0575c
hiv-testing-when-a-test-result-is-15 = Det finns också ett laboratorietest som letar efter själva viruset. Det kallas **NAT** eller **RNA-test** (ibland också PCR-test). Det kan hitta { -hiv } tidigare än testerna i tabellen. Men det används **inte** vid vanlig testning. En läkare kan använda det i särskilda fall.
# peerpress: en=dfff47c0 tr=0c982e70
hiv-testing-when-a-test-result-is-16 = Om du har tagit { -pep } eller { -prep }, fråga din mottagning när du ska testa dig. Tiden kan vara en annan för dig.

## Om ditt resultat är reaktivt

# peerpress: en=7a59bcfe tr=b9164ba6
hiv-testing-if-your-result-is-reactive = Om ditt resultat är reaktivt
# peerpress: en=4f1a236e tr=e5049c53
hiv-testing-if-your-result-is-reactive-1 = Ett snabbtest eller självtest kan ge ett **reaktivt** resultat. Det betyder inte alltid att du har { -hiv }. Du behöver ett **bekräftande test** på ett laboratorium.
# peerpress: en=a6efe94c tr=d19ca61f
hiv-testing-if-your-result-is-reactive-2 = Ta ett djupt andetag. Du är inte ensam.
# peerpress: en=17e99218 tr=b3548dd4
hiv-testing-if-your-result-is-reactive-3 = Gå snart till en mottagning eller en ideell organisation.
# peerpress: en=5705af89 tr=0a7f5190
hiv-testing-if-your-result-is-reactive-4 = Berätta att du har fått ett reaktivt test. De gör det bekräftande testet.
# peerpress: en=87363f82 tr=ac7a6035
hiv-testing-if-your-result-is-reactive-5 = Reaktivt betyder att testet har hittat något som kan vara { -hiv }. Ibland är ett test reaktivt fast det inte finns någon { -hiv }. Därför kan bara ett laboratorium bekräfta resultatet.
# peerpress: en=b758b283 tr=f40bd95b
hiv-testing-if-your-result-is-reactive-6 = Om ditt resultat är **icke-reaktivt** (negativt) och fönsterperioden är över, har du inte { -hiv }. Testa dig igen om du har en ny möjlig kontakt med { -hiv }.

## Om du har hiv

# peerpress: en=83a5940a tr=c7a9bbf2
hiv-testing-if-you-have-hiv = Om du har { -hiv }
# peerpress: en=46ef0b62 tr=849af275
hiv-testing-if-you-have-hiv-1 = Om det bekräftande testet visar { -hiv }, ser mottagningen till att du får hivvård. Behandlingen fungerar mycket bra. Personer som lever med { -hiv } och tar behandling kan leva ett långt och friskt liv. Behandlingen kan också göra din { -viral-load } { -undetectable }. Då överför du inte { -hiv } vid sex.
# peerpress: en=dd654401 tr=5b351e48
hiv-testing-if-you-have-hiv-3 = Det här händer sedan:
# peerpress: en=e5d40f20 tr=d4cb5fe7
hiv-testing-if-you-have-hiv-4 = Du träffar en läkare eller sjuksköterska som arbetar med { -hiv }.
# peerpress: en=0af6b200 tr=28c435d2
hiv-testing-if-you-have-hiv-5 = De tar blodprov för att kontrollera din { -viral-load } och ditt immunförsvar.
# peerpress: en=71f69052 tr=efb498f6
hiv-testing-if-you-have-hiv-6 = Du börjar med behandling.
# peerpress: en=16e01b76 tr=5deb814c
hiv-testing-if-you-have-hiv-7 = Sedan 2017 [rekommenderar WHO](https://www.who.int/publications/i/item/9789241550062) att behandlingen börjar **så snart som möjligt**: helst samma dag, eller inom **7 dagar** efter diagnosen. Ibland väntar läkaren lite längre av ett medicinskt skäl.
# peerpress: en=1dc55b37 tr=f0f0478c
hiv-testing-if-you-have-hiv-2 = Fråga mottagningen eller en lokal organisation om gratis eller billig behandling. Reglerna är olika i olika länder. Men i många länder kan migranter få hivvård.

## Vanliga frågor

# peerpress: en=dfb8a3d4 tr=76970e11
hiv-testing-common-questions = Vanliga frågor
# peerpress: en=17dace7a tr=152ec311
hiv-testing-do-i-have-to-give = Måste jag säga mitt namn?
# peerpress: en=a577bdef tr=1e0a842e
hiv-testing-do-i-have-to-give-1 = Inte alltid. Vissa ställen låter dig testa dig anonymt. Fråga innan du testar dig.
# peerpress: en=d1b9a16b tr=7ccc2820
hiv-testing-does-the-test-hurt = Gör testet ont?
# peerpress: en=eae1fb72 tr=c777641c
hiv-testing-does-the-test-hurt-1 = Ett snabbtest behöver bara ett litet stick i fingret. Ett laboratorietest görs med ett vanligt blodprov från armen.
# peerpress: en=1c3ca54e tr=2281caec
hiv-testing-how-often-should-i-test = Hur ofta ska jag testa mig?
# peerpress: en=8c7f611a tr=85f9afbf
hiv-testing-how-often-should-i-test-1 = Testa dig minst en gång. Om du har nya partner råder många mottagningar dig att testa dig minst en gång om året, eller oftare. Om du tar { -prep } testar du dig ungefär var 3:e månad.
# peerpress: en=5341e642 tr=ec7009d9
hiv-testing-can-i-test-if-i = Kan jag testa mig om jag inte har papper?
# peerpress: en=29a6927d tr=46f15df9
hiv-testing-can-i-test-if-i-1 = Ja. I många länder är testning hos ideella organisationer gratis och anonym, och du behöver inte visa några papper. En lokal organisation som stöttar personer med { -hiv } eller migranter kan berätta vart du kan gå.
