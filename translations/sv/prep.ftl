### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

prep-title = { -prep }: medicin som skyddar mot { -hiv }
prep-description = Vad { -prep } är, vem det passar, olika sätt att ta det och hur { -pep } skiljer sig: { -pep } tar du efter en möjlig kontakt med { -hiv }.
prep-intro-1 = { -prep } är medicin som hindrar att du får { -hiv }. { -prep } står för engelskans ”pre-exposure prophylaxis”, på svenska preexpositionsprofylax: skydd före en möjlig kontakt med { -hiv }. Det är till för personer som inte har { -hiv }. När du tar det på rätt sätt fungerar { -prep } mycket bra. [WHO rekommenderar { -prep }](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) för personer som har större risk att få { -hiv }.
prep-intro-2 = { -prep } kan vara tabletter eller en spruta (injektion).

## Vem PrEP är till för

prep-who-prep-is-for = Vem { -prep } är till för
prep-who-prep-is-for-1 = { -prep } kan vara ett bra val för dig om:
prep-who-prep-is-for-2 = du ofta har sex utan kondom
prep-who-prep-is-for-3 = din partner har { -hiv } och inte har { -undetectable } { -viral-load }, eller om du inte vet om din partner har { -hiv }
prep-who-prep-is-for-4 = du nyligen har haft en sexuellt överförbar infektion ({ -sti })
prep-who-prep-is-for-5 = du har behövt { -pep } tidigare
prep-who-prep-is-for-6 = du delar sprutor eller annan utrustning för att injicera droger
prep-who-prep-is-for-7 = En sjuksköterska eller läkare ställer några frågor till dig i enrum. Sedan bestämmer ni tillsammans. Att välja { -prep } är ett klokt val för din hälsa, och ett sätt att ta hand om dig själv och andra.
prep-who-prep-is-for-8 = Innan du börjar behöver du göra ett **hivtest**. { -prep } är bara för personer som inte har { -hiv }. PrEP-tabletter varje dag går också att använda under graviditet och amning. Prata med din mottagning om detta.
prep-who-prep-is-for-9 = Innan du börjar behöver du också testa dig för **hepatit B**. Om du inte är skyddad mot hepatit B, be om vaccin. PrEP-tabletter verkar också mot hepatit B. Om du har långvarig (kronisk) hepatit B är { -prep } vid behov inte säkert, och du får aldrig sluta med { -prep } plötsligt. Det kan skada din lever.

## Olika sätt att ta PrEP

prep-ways-to-take-prep = Olika sätt att ta { -prep }
prep-ways-to-take-prep-1 = Det finns olika sätt att ta { -prep }. Din mottagning hjälper dig att välja.
prep-ways-to-take-prep-2 = {"*"}*{ -prep } varje dag:** Du tar en tablett varje dag. Det fungerar för alla, också för personer som har vaginalt sex eller sex i framhålet. Europeiska riktlinjer säger att du ska börja med **2 tabletter** samtidigt, 2 till 24 timmar före sex. Det skyddar alla från ungefär 2 timmar efter de 2 tabletterna. Alla mottagningar ger inte det rådet än, så fråga din mottagning hur du ska börja.
prep-ways-to-take-prep-3 = {"*"}*{ -prep } vid behov (2-1-1):** Du tar tabletter bara runt de tillfällen då du har sex.
prep-ways-to-take-prep-4 = Ta **2 tabletter** 2 till 24 timmar före sex.
prep-ways-to-take-prep-5 = Ta **1 tablett** 24 timmar efter de 2 tabletterna.
prep-ways-to-take-prep-6 = Ta **1 tablett till** 24 timmar efter det.
prep-ways-to-take-prep-7 = Om du har sex igen de närmaste dagarna, fortsätt att ta 1 tablett var 24:e timme. Sluta 2 dagar efter sista gången du hade sex.
prep-ways-to-take-prep-8 = WHO har sedan 2019 rekommenderat 2-1-1-schemat för män som har sex med män. År 2022 sa WHO att det också passar andra personer som tilldelades manligt kön vid födseln och som inte tar könsbekräftande hormoner. WHO rekommenderar fortfarande { -prep } vid behov **bara** för personer som tilldelades manligt kön vid födseln. Om du tar könsbekräftande hormoner råder WHO dig att ta { -prep } varje dag.
prep-ways-to-take-prep-13 = {"*"}*{ -prep } vid behov för vaginalt sex eller sex i framhålet (2-7):** Sedan 2025 erbjuder europeiska och brittiska riktlinjer också { -prep } vid behov för vaginalt sex och sex i framhålet. Det kallas **2-7**.
prep-ways-to-take-prep-14 = Börja med **2 tabletter** samtidigt, 2 till 24 timmar före sex.
prep-ways-to-take-prep-15 = Ta sedan **1 tablett** varje dag tills det har gått **7 dagar** sedan sista gången du hade sex.
prep-ways-to-take-prep-16 = WHO rekommenderar inte 2-7-schemat, och alla mottagningar erbjuder det inte än. Fråga din mottagning vilket schema som passar dig.
prep-ways-to-take-prep-10 = {"*"}*Sprutor:** Långverkande { -prep } är en spruta som du får av vårdpersonal. Du behöver inte ta tabletter varje dag.
prep-ways-to-take-prep-11 = {"*"}*Kabotegravir** ges **var 2:a månad**. WHO har rekommenderat det sedan 2022. Enligt Europeiska läkemedelsmyndigheten (EMA) är det godkänt i Europeiska unionen sedan 2023.
prep-ways-to-take-prep-12 = {"*"}*Lenakapavir** ges **två gånger om året**, alltså var 6:e månad. [WHO rekommenderade det i juli 2025](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). Enligt EMA godkändes det i Europeiska unionen år 2025.
prep-ways-to-take-prep-9 = Ett godkännande betyder inte att alla mottagningar erbjuder det. **Vad som finns att få skiljer sig mellan länder.** Fråga din mottagning vad som erbjuds där du bor.
prep-ways-to-take-prep-17 = Medicinen från en spruta stannar kvar i kroppen i många månader efter den sista sprutan. Mängden minskar långsamt. Om du får { -hiv } under den tiden kan vissa hivmediciner sluta fungera för dig. Om du vill sluta med sprutorna, fråga din mottagning hur du kan fortsätta att vara skyddad, till exempel med PrEP-tabletter.
prep-ways-to-take-prep-18 = PrEP-sprutor är bara godkända för att förebygga { -hiv } som överförs vid sex. Om du injicerar droger, använd PrEP-tabletter, och använd alltid nya nålar och sprutor.

## Håll dig frisk när du tar PrEP

prep-staying-healthy-on-prep = Håll dig frisk när du tar { -prep }
prep-staying-healthy-on-prep-1 = { -prep } skyddar bara mot { -hiv }. Det skyddar **inte** mot andra { -sti } eller mot graviditet. Kondomer och preventivmedel hjälper mot detta.
prep-staying-healthy-on-prep-2 = När du tar PrEP-tabletter går du till mottagningen ungefär **var 3:e månad**. Vid varje besök får du:
prep-staying-healthy-on-prep-3 = ett hivtest
prep-staying-healthy-on-prep-7 = test för andra { -sti }, till exempel syfilis, gonorré och klamydia
prep-staying-healthy-on-prep-8 = ett njurprov, när din mottagning behöver ett
prep-staying-healthy-on-prep-9 = Om du får { -prep } som spruta gör du ett hivtest när du kommer för att få sprutan.
prep-staying-healthy-on-prep-6 = De här besöken hjälper dig att hålla dig frisk. Där kontrollerar man också att { -prep } fortfarande passar dig. Många { -sti } ger inga symtom. Regelbundna tester hittar dem tidigt, och de flesta går att behandla.

## PEP är något annat

prep-pep-is-different = { -pep } är något annat
prep-pep-is-different-1 = { -pep } står för engelskans ”post-exposure prophylaxis”, på svenska postexpositionsprofylax. Du tar det **efter** en möjlig kontakt med { -hiv }. Till exempel efter att en kondom har gått sönder, eller efter sex som du inte ville ha.
prep-pep-is-different-2 = Börja med { -pep } så snart du kan, **inom 72 timmar** (3 dygn).
prep-pep-is-different-3 = Ju tidigare du börjar, desto bättre fungerar det.
prep-pep-is-different-4 = Du tar det i **28 dagar**.
prep-pep-is-different-6 = WHO:s riktlinjer för { -pep } från 2024 säger att man helst ska börja inom 24 timmar, och senast inom 72 timmar. Efter { -pep } behöver du göra ett nytt hivtest.
prep-pep-is-different-5 = Gå till akutmottagningen på ett sjukhus eller till en mottagning för sexuell hälsa. Säg: ”Jag behöver { -pep }.” En lokal organisation kan berätta var du kan få { -pep } nära dig.
prep-pep-is-different-7 = Om du behöver { -pep } mer än en gång, fråga om { -prep }. Många mottagningar kan hjälpa dig att gå direkt från { -pep } till { -prep }.

## Så får du PrEP

prep-how-to-get-prep = Så får du { -prep }
prep-how-to-get-prep-1 = Fråga på en mottagning för sexuell hälsa eller en hivmottagning.
prep-how-to-get-prep-2 = Fråga en lokal organisation som stöttar personer med { -hiv } eller migranter. De vet var { -prep } är gratis eller kostar mindre.
prep-how-to-get-prep-3 = Ta inte PrEP-tabletter från en vän. Du behöver först göra ett hivtest och en kontroll.
prep-how-to-get-prep-4 = Reglerna och kostnaderna är olika i varje land. I vissa länder är { -prep } gratis. I andra kan du behöva betala.

## Vanliga frågor

prep-common-questions = Vanliga frågor
prep-how-well-does-prep-work = Hur bra fungerar { -prep }?
prep-how-well-does-prep-work-1 = { -prep } fungerar mycket bra när du tar det på rätt sätt. Det fungerar sämre om du missar många tabletter eller sprutor.
prep-does-prep-have-side-effects = Har { -prep } biverkningar?
prep-does-prep-have-side-effects-1 = Vissa mår illa eller får problem med magen de första veckorna. Det brukar gå över. Sprutor kan göra ont där du får dem. Berätta för din mottagning om du får problem.
prep-can-i-stop-prep = Kan jag sluta med { -prep }?
prep-can-i-stop-prep-1 = Ja. Prata med din mottagning först. Hur du slutar på ett säkert sätt beror på hur du tar { -prep } och vilken sorts sex du har. Om du har hepatit B, eller har fått PrEP-sprutor, fråga alltid din mottagning hur du ska sluta.
prep-will-anyone-know-that-i = Kommer någon att få veta att jag tar { -prep }?
prep-will-anyone-know-that-i-1 = Dina besök och provsvar är **konfidentiella**. Personalen har tystnadsplikt och måste hålla dem hemliga.
