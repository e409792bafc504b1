### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=7bb41170 tr=c14f20ba
health-rights-title = Din rätt till vård
# peerpress: en=d0b72b9c tr=69360471
health-rights-description = Dina rättigheter i Europa till vård, till skydd för dina uppgifter och till tolk, oavsett vilka papper du har. Och vad du kan göra om du nekas vård.
# peerpress: en=1ef9931d tr=b848eebc
health-rights-intro-1 = Alla har rätt till vård. Det gäller också migranter, flyktingar och personer utan papper. Den här sidan förklarar dina viktigaste rättigheter. **Reglerna är olika i olika länder.** En lokal organisation som stöttar personer med { -hiv } eller migranter kan berätta vilka regler som gäller där du bor.

## Vård är en mänsklig rättighet

# peerpress: en=ec58aac3 tr=8d71a2d2
health-rights-health-care-is-a-human = Vård är en mänsklig rättighet
# peerpress: en=d5a3b660 tr=bdeed62a
health-rights-health-care-is-a-human-1 = Internationella avtal skyddar din rätt till hälsa:
# peerpress: en=11b828f1 tr=8c8689e4
health-rights-health-care-is-a-human-2 = Enligt [FN:s allmänna förklaring om de mänskliga rättigheterna](https://www.un.org/en/about-us/universal-declaration-of-human-rights), artikel 25, har alla rätt till vård.
# peerpress: en=b60bd1b3 tr=87c71d3f
health-rights-health-care-is-a-human-3 = Internationella konventionen om ekonomiska, sociala och kulturella rättigheter, artikel 12, skyddar rätten till bästa möjliga hälsa. En FN-kommitté har förklarat detta i allmän kommentar nr 14. Där står det att länder inte får hindra någon från att få vård. Det gäller också asylsökande och personer utan papper.
# peerpress: en=d620fd2c tr=40161542
health-rights-health-care-is-a-human-4 = Europarådets europeiska sociala stadga, artiklarna 11 och 13, skyddar rätten till hälsa och till medicinsk hjälp.
# peerpress: en=c2122a59 tr=e76826c2
health-rights-health-care-is-a-human-5 = Enligt [Europeiska unionens stadga om de grundläggande rättigheterna](https://fra.europa.eu/en/eu-charter/article/35-health-care), artikel 35, har alla rätt till förebyggande hälsovård och till läkarvård. Stadgan säger också att varje lands lagar bestämmer villkoren.
# peerpress: en=5a4cb53b tr=b69dc0a8
health-rights-health-care-is-a-human-6 = Varje land bestämmer hur de här rättigheterna fungerar i praktiken. I vissa länder kan du behöva betala eller fylla i blanketter. Men du har fortfarande rättigheter.
# peerpress: en=9822392f tr=41085c2a
health-rights-health-care-is-a-human-7 = De här texterna säger vad regeringar måste göra. En lokal organisation kan använda dem för att hjälpa dig att få vård.

## Vad det betyder för dig

# peerpress: en=f72f8c45 tr=e8a117d0
health-rights-what-this-means-for-you = Vad det betyder för dig
# peerpress: en=263f0241 tr=b59305ab
health-rights-what-this-means-for-you-1 = Vad du kan få beror på landet och på din situation. I många länder gäller att:
# peerpress: en=a767c3bc tr=c1d58e77
health-rights-what-this-means-for-you-2 = alla får **akutvård**, oavsett vilka papper de har
# peerpress: en=34b15aeb tr=d725a586
health-rights-what-this-means-for-you-3 = hivtestning är gratis och ofta anonym
# peerpress: en=a7c7f3f7 tr=53da5ca7
health-rights-what-this-means-for-you-4 = barn och gravida kvinnor har extra rätt till vård
# peerpress: en=02e62e33 tr=2296a178
health-rights-what-this-means-for-you-5 = I vissa länder kan också personer utan papper få hivbehandling. Ibland behöver du först fylla i blanketter eller visa var du bor. Fråga en lokal organisation vad som gäller för dig.

## Dina uppgifter om din hälsa är privata

# peerpress: en=e1d141b8 tr=329e6ae6
health-rights-your-health-information-is-private = Dina uppgifter om din hälsa är privata
# peerpress: en=c0a567c4 tr=6c9499b8
health-rights-your-health-information-is-private-1 = Läkare, sjuksköterskor och tolkar har tystnadsplikt. De måste behandla uppgifterna om din hälsa **konfidentiellt**. Din hivstatus är privat.
# peerpress: en=8adf1181 tr=ca487980
health-rights-your-health-information-is-private-6 = Personalen får inte berätta om din hälsa för din familj, din arbetsgivare eller din hyresvärd utan att du har sagt ja till det.
# peerpress: en=f58c0013 tr=4c1fe562
health-rights-your-health-information-is-private-2 = I de flesta länder får vårdpersonal inte dela dina uppgifter med migrationsmyndigheterna. Men reglerna är olika. Om du är orolig kan du fråga:
# peerpress: en=e880b882 tr=ba3bff75
health-rights-your-health-information-is-private-3 = ”Vem kommer att se mina uppgifter?”
# peerpress: en=75678c7a tr=823378fb
health-rights-your-health-information-is-private-4 = ”Kommer ni att dela mina uppgifter med någon?”
# peerpress: en=2a9979d8 tr=3a69107d
health-rights-your-health-information-is-private-5 = En lokal organisation som stöttar personer med { -hiv } eller migranter kan förklara reglerna i ditt land. Vissa ställen låter dig också testa dig utan att du säger ditt namn.

## Din rätt till tolk

# peerpress: en=f92e6da8 tr=e9077b40
health-rights-your-right-to-an-interpreter = Din rätt till tolk
# peerpress: en=2d316d80 tr=b9744491
health-rights-your-right-to-an-interpreter-1 = I många länder kan du be om tolk när du träffar en läkare. Tolken kan vara i rummet eller i telefon.
# peerpress: en=570a2eb1 tr=262060ee
health-rights-your-right-to-an-interpreter-6 = I vissa länder ger lagen dig rätt till tolk i vården. I andra länder gör den inte det, men många mottagningar kan ändå ordna en tolk. Fråga när du bokar din tid.
# peerpress: en=ba580fa3 tr=abb8f6ba
health-rights-your-right-to-an-interpreter-2 = Be om en **utbildad, professionell tolk**, inte en familjemedlem eller en vän.
# peerpress: en=f6494d00 tr=b1d457f3
health-rights-your-right-to-an-interpreter-3 = Professionella tolkar har tystnadsplikt. De måste hålla det du säger hemligt.
# peerpress: en=99b7ebb6 tr=96d516c1
health-rights-your-right-to-an-interpreter-4 = Det är okej att be läkaren att förklara igen med enkla ord.
# peerpress: en=0ef3a7e7 tr=013d57ba
health-rights-your-right-to-an-interpreter-7 = Barn ska inte tolka för sina föräldrar hos läkaren.
# peerpress: en=835e545f tr=a1185f24
health-rights-your-right-to-an-interpreter-5 = En professionell tolk skyddar din integritet. Tolken hjälper dig också att förstå allt om din hälsa och din behandling.

## Om du nekas vård

# peerpress: en=a2f12802 tr=7ac1ad13
health-rights-if-you-are-refused-care = Om du nekas vård
# peerpress: en=5955850c tr=fc99da73
health-rights-if-you-are-refused-care-1 = Ibland kan en mottagning eller ett sjukhus säga nej. Det kan vara ett misstag. Personalen känner inte alltid till reglerna för migranter.
# peerpress: en=8b17a84d tr=fbe581b8
health-rights-if-you-are-refused-care-2 = Var lugn och fråga varför.
# peerpress: en=2be784c9 tr=f819f58e
health-rights-if-you-are-refused-care-3 = Be att få skälet **skriftligt**, med datum och namnet på mottagningen.
# peerpress: en=d87897e9 tr=1a229f49
health-rights-if-you-are-refused-care-4 = Spara alla brev och papper.
# peerpress: en=17e0ed26 tr=2b6c3aae
health-rights-if-you-are-refused-care-5 = Kontakta en lokal organisation som stöttar personer med { -hiv } eller migranter. De kan hjälpa dig och kanske följa med dig nästa gång.
# peerpress: en=b65a6fe5 tr=fb221a0c
health-rights-if-you-are-refused-care-8 = Du kan också **klaga**. Fråga mottagningen eller sjukhuset hur du lämnar in ett klagomål. I många länder kan du också vända dig till en patientombudsman eller patientnämnd, eller till ett nationellt organ för mänskliga rättigheter. En lokal organisation kan hjälpa dig att skriva klagomålet.
# peerpress: en=8225bed4 tr=96c5d2a0
health-rights-if-you-are-refused-care-6 = Om det är akut, gå till akutmottagningen på ett sjukhus eller ring **112**. Det här larmnumret fungerar i alla EU-länder.
# peerpress: en=7a25a7d6 tr=6335be25
health-rights-if-you-are-refused-care-7 = Lokala organisationer som stöttar personer med { -hiv } eller migranter känner till reglerna i ditt land. De kan hjälpa dig på ditt språk. Du hittar deras kontaktuppgifter tillsammans med den här sidan eller broschyren.

## Vanliga frågor

# peerpress: en=dfb8a3d4 tr=339ff2ac
health-rights-common-questions = Vanliga frågor
# peerpress: en=23defde8 tr=b5035298
health-rights-do-i-have-to-pay = Måste jag betala?
# peerpress: en=e534895f tr=95d8e6c6
health-rights-do-i-have-to-pay-1 = Det beror på landet och på din situation. Om det är akut ger de flesta länder vård först och skickar en eventuell räkning senare. Fråga om hjälp med kostnaderna innan du betalar. En lokal organisation kan hjälpa dig.
# peerpress: en=58936613 tr=4d675079
health-rights-can-i-bring-someone-with = Får jag ta med någon?
# peerpress: en=b745790c tr=1b0df20f
health-rights-can-i-bring-someone-with-1 = Ja. Du får oftast ta med en person som du litar på. Men när det gäller tolkning, be om en professionell tolk.
# peerpress: en=31a7f4f7 tr=bdb7ca05
health-rights-what-if-i-do-not = Vad gör jag om jag inte förstår ett brev eller en blankett?
# peerpress: en=57724250 tr=0d0b2ad2
health-rights-what-if-i-do-not-1 = Be mottagningen att förklara det. En lokal organisation kan också hjälpa dig att läsa det.
