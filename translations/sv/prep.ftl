### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=69599a2c tr=06931e53
prep-title = { -prep }: medicin som skyddar mot { -hiv }
# peerpress: en=f58b6c19 tr=5bdb7d36
prep-description = Vad { -prep } är, vem det passar, olika sätt att ta det och hur { -pep } skiljer sig: { -pep } tar du efter en möjlig kontakt med { -hiv }.
# peerpress: en=b90f408c tr=14ac4b1d
prep-intro-1 = { -prep } är medicin som hindrar att du får { -hiv }. { -prep } står för engelskans ”pre-exposure prophylaxis”, på svenska preexpositionsprofylax. Det är till för personer som inte har { -hiv }. När du tar det på rätt sätt fungerar { -prep } mycket bra. [WHO rekommenderar { -prep }](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) för personer som har större risk att få { -hiv }.
# peerpress: en=df3bc490 tr=d9f227c7
prep-intro-2 = { -prep } kan vara tabletter eller en spruta (injektion).

## Vem PrEP är till för

# peerpress: en=d83749d7 tr=94d13823
prep-who-prep-is-for = Vem { -prep } är till för
# peerpress: en=f7d92656 tr=c2033f26
prep-who-prep-is-for-1 = { -prep } kan vara ett bra val för dig om:
# peerpress: en=394922d7 tr=df76dc5c
prep-who-prep-is-for-2 = du ofta har sex utan kondom
# peerpress: en=5a0cbf68 tr=3c8767df
prep-who-prep-is-for-3 = din partner har { -hiv } och inte har { -undetectable } { -viral-load }, eller om du inte vet om din partner har { -hiv }
# peerpress: en=4c04527d tr=3517bde2
prep-who-prep-is-for-4 = du nyligen har haft en sexuellt överförbar infektion ({ -sti })
# peerpress: en=6e406113 tr=a4429ba4
prep-who-prep-is-for-5 = du har behövt { -pep } tidigare
# peerpress: en=25267266 tr=71fa1614
prep-who-prep-is-for-6 = du delar sprutor eller annan utrustning för att injicera droger
# peerpress: en=647896fb tr=40bb0f91
prep-who-prep-is-for-7 = En sjuksköterska eller läkare ställer några frågor till dig i enrum. Sedan bestämmer ni tillsammans. Att välja { -prep } är ett klokt val för din hälsa, och ett sätt att ta hand om dig själv och andra.
# peerpress: en=a2aa1fa2 tr=63a73bfb
prep-who-prep-is-for-8 = Innan du börjar behöver du göra ett **hivtest**. { -prep } är bara för personer som inte har { -hiv }. PrEP-tabletter varje dag går också att använda under graviditet och amning. Prata med din mottagning om detta.

## Olika sätt att ta PrEP

# peerpress: en=286c6787 tr=af6b46c1
prep-ways-to-take-prep = Olika sätt att ta { -prep }
# peerpress: en=e6cd86b2 tr=614a70ff
prep-ways-to-take-prep-1 = Det finns olika sätt att ta { -prep }. Din mottagning hjälper dig att välja.
# peerpress: en=1bffcf6f tr=e451f5eb
prep-ways-to-take-prep-2 = {"*"}*{ -prep } varje dag:** Du tar en tablett varje dag. Det fungerar för alla, också för personer som har vaginalt sex eller sex i framhålet. Fråga din mottagning hur många dagar det tar innan du är skyddad.
# peerpress: en=da27073a tr=633abf27
prep-ways-to-take-prep-3 = {"*"}*{ -prep } vid behov (2-1-1):** Du tar tabletter bara runt de tillfällen då du har sex.
# peerpress: en=248287ae tr=fed8aebb
prep-ways-to-take-prep-4 = Ta **2 tabletter** 2 till 24 timmar före sex.
# peerpress: en=b9e57a02 tr=eaeab651
prep-ways-to-take-prep-5 = Ta **1 tablett** 24 timmar efter den första dosen.
# peerpress: en=85539729 tr=a7b4c478
prep-ways-to-take-prep-6 = Ta **1 tablett till** 24 timmar efter det.
# peerpress: en=2fca8a8d tr=9ee298d2
prep-ways-to-take-prep-7 = Om du har sex igen de närmaste dagarna, fortsätt att ta 1 tablett var 24:e timme. Sluta 2 dagar efter sista gången du hade sex.
# peerpress: en=822da812 tr=344c0f88
prep-ways-to-take-prep-8 = WHO har sedan 2019 rekommenderat 2-1-1-schemat för män som har sex med män. År 2022 sa WHO att det också passar andra personer som tilldelades manligt kön vid födseln och som inte tar könsbekräftande hormoner. 2-1-1-schemat rekommenderas **inte** för vaginalt sex eller sex i framhålet. Om du tar könsbekräftande hormoner, ta { -prep } varje dag.
# peerpress: en=61a8ebb9 tr=9693e922
prep-ways-to-take-prep-10 = {"*"}*Sprutor:** Långverkande { -prep } är en spruta som du får av vårdpersonal. Du behöver inte ta tabletter varje dag.
# peerpress: en=c9692116 tr=9ac0bfe4
prep-ways-to-take-prep-11 = {"*"}*Kabotegravir** ges **var 2:a månad**. WHO har rekommenderat det sedan 2022. Enligt Europeiska läkemedelsmyndigheten (EMA) är det godkänt i Europeiska unionen sedan 2023.
# peerpress: en=228d5759 tr=a18da123
prep-ways-to-take-prep-12 = {"*"}*Lenakapavir** ges **två gånger om året**, alltså var 6:e månad. [WHO rekommenderade det i juli 2025](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). Enligt EMA godkändes det i Europeiska unionen år 2025.
# peerpress: en=88fcc2c3 tr=eedc3588
prep-ways-to-take-prep-9 = Ett godkännande betyder inte att alla mottagningar erbjuder det. **Vad som finns att få skiljer sig mellan länder.** Fråga din mottagning vad som erbjuds där du bor.

## Håll dig frisk när du tar PrEP

# peerpress: en=e81185c9 tr=45cfbaf5
prep-staying-healthy-on-prep = Håll dig frisk när du tar { -prep }
# peerpress: en=14d52766 tr=80de9771
prep-staying-healthy-on-prep-1 = { -prep } skyddar bara mot { -hiv }. Det skyddar **inte** mot andra { -sti } eller mot graviditet. Kondomer och preventivmedel hjälper mot detta.
# peerpress: en=44c03fd8 tr=1de9c099
prep-staying-healthy-on-prep-2 = När du tar PrEP-tabletter går du till mottagningen ungefär **var 3:e månad**. Vid varje besök får du:
# peerpress: en=31671af9 tr=50d1259a
prep-staying-healthy-on-prep-3 = ett hivtest
# peerpress: en=cdc0c2ac tr=36bf037f
prep-staying-healthy-on-prep-7 = test för andra { -sti }, till exempel syfilis, gonorré och klamydia
# peerpress: en=ee57ccb8 tr=8a2c2992
prep-staying-healthy-on-prep-8 = ett njurprov, när din mottagning behöver ett
# peerpress: en=37d56a31 tr=8c69daf2
prep-staying-healthy-on-prep-9 = Om du får { -prep } som spruta gör du ett hivtest när du kommer för att få sprutan.
# peerpress: en=9e6fa85e tr=271d6e1b
prep-staying-healthy-on-prep-6 = De här besöken hjälper dig att hålla dig frisk. Där kontrollerar man också att { -prep } fortfarande passar dig. Många { -sti } ger inga symtom. Regelbundna tester hittar dem tidigt, och de flesta går att behandla.

## PEP är något annat

# peerpress: en=63f891cd tr=f97823b7
prep-pep-is-different = { -pep } är något annat
# peerpress: en=42cebeb6 tr=e0622c12
prep-pep-is-different-1 = { -pep } står för engelskans ”post-exposure prophylaxis”, på svenska postexpositionsprofylax. Du tar det **efter** en möjlig kontakt med { -hiv }. Till exempel efter att en kondom har gått sönder, eller efter sex som du inte ville ha.
# peerpress: en=8474358f tr=c3543f2b
prep-pep-is-different-2 = Börja med { -pep } så snart du kan, **inom 72 timmar** (3 dygn).
# peerpress: en=92cd46b1 tr=8405a3f5
prep-pep-is-different-3 = Ju tidigare du börjar, desto bättre fungerar det.
# peerpress: en=6a5454fa tr=863e32f2
prep-pep-is-different-4 = Du tar det i **28 dagar**.
# peerpress: en=b9932749 tr=542b4128
prep-pep-is-different-6 = WHO:s riktlinjer för { -pep } från 2024 säger att man helst ska börja inom 24 timmar, och senast inom 72 timmar. Efter { -pep } behöver du göra ett nytt hivtest.
# peerpress: en=00dedecb tr=6bbb99d2
prep-pep-is-different-5 = Gå till akutmottagningen på ett sjukhus eller till en mottagning för sexuell hälsa. Säg: ”Jag behöver { -pep }.” En lokal organisation kan berätta var du kan få { -pep } nära dig.
# peerpress: en=3970e33f tr=d214a586
prep-pep-is-different-7 = Om du behöver { -pep } mer än en gång, fråga om { -prep }. Många mottagningar kan hjälpa dig att gå direkt från { -pep } till { -prep }.

## Så får du PrEP

# peerpress: en=c5af1c14 tr=9442bf43
prep-how-to-get-prep = Så får du { -prep }
# peerpress: en=4f70f84b tr=7e676d73
prep-how-to-get-prep-1 = Fråga på en mottagning för sexuell hälsa eller en hivmottagning.
# peerpress: en=57a38993 tr=a86b5f2e
prep-how-to-get-prep-2 = Fråga en lokal organisation som stöttar personer med { -hiv } eller migranter. De vet var { -prep } är gratis eller kostar mindre.
# peerpress: en=c4503908 tr=e643a4d3
prep-how-to-get-prep-3 = Ta inte PrEP-tabletter från en vän. Du behöver först göra ett hivtest och en kontroll.
# peerpress: en=40e97ee8 tr=137a8051
prep-how-to-get-prep-4 = Reglerna och kostnaderna är olika i varje land. I vissa länder är { -prep } gratis. I andra kan du behöva betala.

## Vanliga frågor

# peerpress: en=dfb8a3d4 tr=65088724
prep-common-questions = Vanliga frågor
# peerpress: en=63663183 tr=17ed3216
prep-how-well-does-prep-work = Hur bra fungerar { -prep }?
# peerpress: en=4de88a6c tr=b5b5c591
prep-how-well-does-prep-work-1 = { -prep } fungerar mycket bra när du tar det på rätt sätt. Det fungerar sämre om du missar många tabletter eller sprutor.
# peerpress: en=e7f9b3e1 tr=b09c836c
prep-does-prep-have-side-effects = Har { -prep } biverkningar?
# peerpress: en=f4f2885d tr=86707708
prep-does-prep-have-side-effects-1 = Vissa mår illa eller får problem med magen de första veckorna. Det brukar gå över. Sprutor kan göra ont där du får dem. Berätta för din mottagning om du får problem.
# peerpress: en=a4d7b712 tr=b0f7c8d4
prep-can-i-stop-prep = Kan jag sluta med { -prep }?
# peerpress: en=5ef6cb40 tr=49357126
prep-can-i-stop-prep-1 = Ja. Prata med din mottagning först. Hur du slutar på ett säkert sätt beror på hur du tar { -prep }.
# peerpress: en=0480fe7d tr=4043d79c
prep-will-anyone-know-that-i = Kommer någon att få veta att jag tar { -prep }?
# peerpress: en=27349db0 tr=feff4721
prep-will-anyone-know-that-i-1 = Dina besök och provsvar är **konfidentiella**. Personalen har tystnadsplikt och måste hålla dem hemliga.
