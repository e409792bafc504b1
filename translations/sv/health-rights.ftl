### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

health-rights-title = Din rätt till vård
health-rights-description = Dina rättigheter i Europa till vård, till skydd för dina uppgifter och till tolk, oavsett vilka papper du har. Och vad du kan göra om du nekas vård.
health-rights-intro-1 = Alla har rätt till vård. Det gäller också migranter, flyktingar och personer utan papper. Den här sidan förklarar dina viktigaste rättigheter. **Reglerna är olika i olika länder.** En lokal organisation som stöttar personer med { -hiv } eller migranter kan berätta vilka regler som gäller där du bor.

## Vård är en mänsklig rättighet

health-rights-health-care-is-a-human = Vård är en mänsklig rättighet
health-rights-health-care-is-a-human-1 = Internationella avtal skyddar din rätt till hälsa:
health-rights-health-care-is-a-human-2 = Enligt [FN:s allmänna förklaring om de mänskliga rättigheterna](https://www.un.org/en/about-us/universal-declaration-of-human-rights), artikel 25, har alla rätt till vård.
health-rights-health-care-is-a-human-3 = Ett FN-avtal från 1966 (artikel 12) skyddar rätten till bästa möjliga hälsa. En FN-kommitté förklarade detta år 2000. Där står det att länder inte får hindra någon från att få vård. Det gäller också asylsökande och personer utan papper.
health-rights-health-care-is-a-human-8 = Europarådets sociala stadga (artiklarna 11 och 13) skyddar rätten till hälsa och till medicinsk hjälp. Men den skyddar främst personer som bor lagligt i landet. För vuxna utan papper skyddar den akut medicinsk hjälp. Barn utan papper har ett starkare skydd.
health-rights-health-care-is-a-human-9 = EU:s regler säger att personer som söker asyl i ett EU-land måste få den vård som de behöver. Det gäller minst akutvård och nödvändig behandling av sjukdomar.
health-rights-health-care-is-a-human-5 = Enligt [Europeiska unionens stadga om de grundläggande rättigheterna](https://fra.europa.eu/en/eu-charter/article/35-health-care), artikel 35, har alla rätt till förebyggande hälsovård och till läkarvård. Stadgan säger också att varje lands lagar bestämmer villkoren.
health-rights-health-care-is-a-human-6 = Varje land bestämmer hur de här rättigheterna fungerar i praktiken. I vissa länder kan du behöva betala eller fylla i blanketter. Men du har fortfarande rättigheter.
health-rights-health-care-is-a-human-7 = De här texterna säger vad regeringar måste göra. En lokal organisation kan använda dem för att hjälpa dig att få vård.

## Vad det betyder för dig

health-rights-what-this-means-for-you = Vad det betyder för dig
health-rights-what-this-means-for-you-1 = Vad du kan få beror på landet och på din situation. I många länder gäller att:
health-rights-what-this-means-for-you-2 = alla får **akutvård**, oavsett vilka papper de har
health-rights-what-this-means-for-you-3 = hivtestning är gratis och ofta anonym
health-rights-what-this-means-for-you-4 = barn och gravida kvinnor har extra rätt till vård
health-rights-what-this-means-for-you-5 = I vissa länder är hivbehandling gratis för alla, oavsett vilka papper du har. I England är till exempel hivbehandling från NHS (den offentliga vården) gratis för alla. I Sverige är hivvård gratis enligt lag, också för personer utan papper. I andra länder kan du behöva fylla i blanketter först eller visa var du bor. Fråga en lokal organisation vad som gäller för dig.

## Dina uppgifter om din hälsa är privata

health-rights-your-health-information-is-private = Dina uppgifter om din hälsa är privata
health-rights-your-health-information-is-private-1 = Läkare, sjuksköterskor och tolkar har tystnadsplikt. De måste behandla uppgifterna om din hälsa **konfidentiellt**. Din hivstatus är privat.
health-rights-your-health-information-is-private-6 = Personalen får inte berätta om din hälsa för din familj, din arbetsgivare eller din hyresvärd utan att du har sagt ja till det.
health-rights-your-health-information-is-private-2 = I de flesta länder får läkare och sjuksköterskor inte dela dina uppgifter med migrationsmyndigheterna. Men reglerna är olika. Den största risken är oftast det kontor som betalar för din vård, till exempel socialkontoret.
health-rights-your-health-information-is-private-7 = I Tyskland måste till exempel socialkontoret berätta för migrationsmyndigheten om personer utan papper som ber socialkontoret att betala för vård som inte är akut. I England berättar NHS för inrikesministeriet (Home Office) om obetalda sjukhusräkningar. Det kan skada en senare ansökan om visum.
health-rights-your-health-information-is-private-8 = Akutvård är säkrare. I Tyskland får uppgifter från akut behandling på sjukhus inte lämnas vidare till migrationsmyndigheten. I England är vården på sjukhusets akutmottagning gratis för alla, och det är hivbehandling också. Men om du måste stanna på sjukhuset kan du få en räkning.
health-rights-your-health-information-is-private-9 = {"*"}*Be en lokal organisation om råd innan du ansöker om hjälp med kostnaderna för vården.** Om du är orolig kan du fråga:
health-rights-your-health-information-is-private-3 = ”Vem kommer att se mina uppgifter?”
health-rights-your-health-information-is-private-4 = ”Kommer ni att dela mina uppgifter med någon?”
health-rights-your-health-information-is-private-5 = En lokal organisation som stöttar personer med { -hiv } eller migranter kan förklara reglerna i ditt land. Vissa ställen låter dig också testa dig utan att du säger ditt namn.

## Din rätt till tolk

health-rights-your-right-to-an-interpreter = Din rätt till tolk
health-rights-your-right-to-an-interpreter-1 = I många länder kan du be om tolk när du träffar en läkare. Tolken kan vara i rummet eller i telefon.
health-rights-your-right-to-an-interpreter-6 = I vissa länder ger lagen dig rätt till tolk i vården. I andra länder gör den inte det, men många mottagningar kan ändå ordna en tolk. Fråga när du bokar din tid.
health-rights-your-right-to-an-interpreter-2 = Be om en **utbildad, professionell tolk**, inte en familjemedlem eller en vän.
health-rights-your-right-to-an-interpreter-3 = Professionella tolkar har tystnadsplikt. De måste hålla det du säger hemligt.
health-rights-your-right-to-an-interpreter-4 = Det är okej att be läkaren att förklara igen med enkla ord.
health-rights-your-right-to-an-interpreter-7 = Barn ska inte tolka för sina föräldrar hos läkaren.
health-rights-your-right-to-an-interpreter-5 = En professionell tolk skyddar din integritet. Tolken hjälper dig också att förstå allt om din hälsa och din behandling.

## Om du nekas vård

health-rights-if-you-are-refused-care = Om du nekas vård
health-rights-if-you-are-refused-care-1 = Ibland kan en mottagning eller ett sjukhus säga nej. Det kan vara ett misstag. Personalen känner inte alltid till reglerna för migranter.
health-rights-if-you-are-refused-care-2 = Var lugn och fråga varför.
health-rights-if-you-are-refused-care-3 = Be att få skälet **skriftligt**, med datum och namnet på mottagningen.
health-rights-if-you-are-refused-care-4 = Spara alla brev och papper.
health-rights-if-you-are-refused-care-5 = Kontakta en lokal organisation som stöttar personer med { -hiv } eller migranter. De kan hjälpa dig och kanske följa med dig nästa gång.
health-rights-if-you-are-refused-care-8 = Du kan också **klaga**. Fråga mottagningen eller sjukhuset hur du lämnar in ett klagomål. I många länder kan du också vända dig till ett oberoende kontor för klagomål från patienter, eller till ett nationellt kontor för mänskliga rättigheter. En lokal organisation kan hjälpa dig att skriva klagomålet.
health-rights-if-you-are-refused-care-6 = Om det är akut, gå till akutmottagningen på ett sjukhus eller ring **112**. Det här larmnumret fungerar i alla EU-länder.
health-rights-if-you-are-refused-care-7 = Lokala organisationer som stöttar personer med { -hiv } eller migranter känner till reglerna i ditt land. De kan hjälpa dig på ditt språk. Du hittar deras kontaktuppgifter tillsammans med den här sidan eller broschyren.

## Vanliga frågor

health-rights-common-questions = Vanliga frågor
health-rights-do-i-have-to-pay = Måste jag betala?
health-rights-do-i-have-to-pay-1 = Det beror på landet och på din situation. Om det är akut ger de flesta länder vård först och skickar en eventuell räkning senare. Fråga om hjälp med kostnaderna innan du betalar. En lokal organisation kan hjälpa dig.
health-rights-can-i-bring-someone-with = Får jag ta med någon?
health-rights-can-i-bring-someone-with-1 = Ja. Du får oftast ta med en person som du litar på. Men när det gäller tolkning, be om en professionell tolk.
health-rights-what-if-i-do-not = Vad gör jag om jag inte förstår ett brev eller en blankett?
health-rights-what-if-i-do-not-1 = Be mottagningen att förklara det. En lokal organisation kan också hjälpa dig att läsa det.
