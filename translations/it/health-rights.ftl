### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

health-rights-title = Il tuo diritto alle cure
health-rights-description = I tuoi diritti alle cure, alla privacy e a un interprete in Europa, qualunque siano i tuoi documenti, e che cosa fare se ti rifiutano le cure.
health-rights-intro-1 = Tutte le persone hanno diritto alle cure. Anche le persone migranti, le persone rifugiate e le persone senza documenti. Questa pagina spiega i tuoi diritti principali. **Le regole cambiano da Paese a Paese.** Un’associazione locale che si occupa di { -hiv } o di persone migranti può dirti quali sono le regole dove vivi.

## Le cure sono un diritto umano

health-rights-health-care-is-a-human = Le cure sono un diritto umano
health-rights-health-care-is-a-human-1 = Gli accordi internazionali proteggono il tuo diritto alla salute:
health-rights-health-care-is-a-human-2 = La [Dichiarazione universale dei diritti umani](https://www.un.org/en/about-us/universal-declaration-of-human-rights), all’articolo 25, dice che ogni persona ha diritto alle cure mediche.
health-rights-health-care-is-a-human-3 = Un accordo dell’ONU del 1966 (articolo 12) protegge il diritto al miglior livello di salute possibile. Un comitato dell’ONU lo ha spiegato nel 2000. Dice che gli Stati non devono impedire a nessuno di avere cure: nemmeno alle persone che chiedono asilo o che non hanno documenti.
health-rights-health-care-is-a-human-8 = La Carta sociale europea del Consiglio d’Europa (articoli 11 e 13) protegge il diritto alla salute e all’assistenza medica. Ma protegge soprattutto le persone che vivono legalmente nel Paese. Per gli adulti senza documenti, protegge l’assistenza medica urgente. I bambini senza documenti hanno più protezione.
health-rights-health-care-is-a-human-9 = Le regole dell’UE dicono che le persone che chiedono asilo in un Paese dell’UE devono ricevere le cure di cui hanno bisogno. Questo include almeno le cure urgenti e le cure essenziali per le malattie.
health-rights-health-care-is-a-human-5 = La [Carta dei diritti fondamentali dell’Unione europea](https://fra.europa.eu/en/eu-charter/article/35-health-care), all’articolo 35, dice che ogni persona ha diritto alla prevenzione e alle cure mediche. Aggiunge che le condizioni sono decise dalle leggi di ogni Paese.
health-rights-health-care-is-a-human-6 = Ogni Paese decide come funzionano questi diritti nella pratica. In alcuni Paesi potresti dover pagare o compilare dei moduli. Ma i tuoi diritti restano.
health-rights-health-care-is-a-human-7 = Questi testi dicono ai governi che cosa devono fare. Un’associazione locale può usarli per aiutarti ad avere le cure.

## Che cosa significa per te

health-rights-what-this-means-for-you = Che cosa significa per te
health-rights-what-this-means-for-you-1 = Quello che puoi avere dipende dal Paese e dalla tua situazione. In molti Paesi:
health-rights-what-this-means-for-you-2 = tutte le persone ricevono **cure urgenti**, qualunque siano i loro documenti
health-rights-what-this-means-for-you-3 = il test per l’{ -hiv } è gratuito, e spesso anonimo
health-rights-what-this-means-for-you-4 = i bambini e le donne in gravidanza hanno diritti in più alle cure
health-rights-what-this-means-for-you-5 = In alcuni Paesi la terapia per l’{ -hiv } è gratuita per tutte le persone, qualunque siano i tuoi documenti. Per esempio, in Inghilterra la terapia per l’{ -hiv } del NHS (il servizio sanitario pubblico) è gratuita per tutte le persone. In Svezia le cure per l’{ -hiv } sono gratuite per legge, anche per le persone senza documenti. In altri Paesi potresti dover prima compilare dei moduli o dimostrare dove vivi. Chiedi a un’associazione locale che cosa vale per te.

## Le tue informazioni sulla salute sono private

health-rights-your-health-information-is-private = Le tue informazioni sulla salute sono private
health-rights-your-health-information-is-private-1 = Medici, infermieri e interpreti devono mantenere **riservate** le tue informazioni sulla salute. Il tuo stato { -hiv } è privato.
health-rights-your-health-information-is-private-6 = Il personale non deve parlare della tua salute alla tua famiglia, al tuo datore di lavoro o al padrone di casa senza il tuo permesso.
health-rights-your-health-information-is-private-2 = Nella maggior parte dei Paesi, i medici e gli infermieri non devono dare le tue informazioni alle autorità per l’immigrazione. Ma le regole cambiano. Di solito il rischio più grande è l’ufficio che paga le tue cure, per esempio l’ufficio dei servizi sociali.
health-rights-your-health-information-is-private-7 = Per esempio, in Germania l’ufficio dei servizi sociali deve informare l’ufficio immigrazione sulle persone senza documenti che gli chiedono di pagare cure non urgenti. In Inghilterra il NHS informa il Ministero dell’Interno (Home Office) sui conti dell’ospedale non pagati. Questo può danneggiare una futura domanda di visto.
health-rights-your-health-information-is-private-8 = Le cure urgenti sono più sicure. In Germania i dati delle cure urgenti in ospedale non devono essere passati all’ufficio immigrazione. In Inghilterra le cure al pronto soccorso dell’ospedale sono gratuite per tutte le persone, e anche la terapia per l’{ -hiv }. Ma se devi restare in ospedale, potresti ricevere un conto.
health-rights-your-health-information-is-private-9 = {"*"}*Chiedi consiglio a un’associazione locale prima di chiedere un aiuto per le spese delle cure.** Se sei preoccupato o preoccupata, puoi chiedere:
health-rights-your-health-information-is-private-3 = «Chi vedrà le mie informazioni?»
health-rights-your-health-information-is-private-4 = «Darete le mie informazioni a qualcun altro?»
health-rights-your-health-information-is-private-5 = Un’associazione locale che si occupa di { -hiv } o di persone migranti può spiegarti le regole del tuo Paese. Alcuni servizi ti permettono anche di fare il test senza dare il tuo nome.

## Il tuo diritto a un interprete

health-rights-your-right-to-an-interpreter = Il tuo diritto a un interprete
health-rights-your-right-to-an-interpreter-1 = In molti Paesi puoi chiedere un interprete quando vai dal medico. L’interprete può essere nella stanza o al telefono.
health-rights-your-right-to-an-interpreter-6 = In alcuni Paesi la legge ti dà diritto a un interprete nelle cure. In altri no, ma molti ambulatori possono comunque trovarne uno. Chiedilo quando prendi l’appuntamento.
health-rights-your-right-to-an-interpreter-2 = Chiedi un **interprete professionista e qualificato**, non un familiare o un amico.
health-rights-your-right-to-an-interpreter-3 = Gli interpreti professionisti devono mantenere privato quello che dici.
health-rights-your-right-to-an-interpreter-4 = Puoi chiedere al medico di spiegare di nuovo con parole semplici.
health-rights-your-right-to-an-interpreter-7 = I bambini non dovrebbero fare da interpreti per i genitori dal medico.
health-rights-your-right-to-an-interpreter-5 = Un interprete professionista protegge la tua privacy. E ti aiuta anche a capire tutto sulla tua salute e sulla tua terapia.

## Se ti rifiutano le cure

health-rights-if-you-are-refused-care = Se ti rifiutano le cure
health-rights-if-you-are-refused-care-1 = A volte un ambulatorio o un ospedale può dire di no. Può essere un errore. Il personale non sempre conosce le regole per le persone migranti.
health-rights-if-you-are-refused-care-2 = Resta calmo o calma e chiedi perché.
health-rights-if-you-are-refused-care-3 = Chiedi il motivo **per iscritto**, con la data e il nome del servizio.
health-rights-if-you-are-refused-care-4 = Conserva tutte le lettere e tutti i documenti.
health-rights-if-you-are-refused-care-5 = Contatta un’associazione locale che si occupa di { -hiv } o di persone migranti. Può aiutarti e, la prossima volta, forse accompagnarti.
health-rights-if-you-are-refused-care-8 = Puoi anche **fare un reclamo**. Chiedi all’ambulatorio o all’ospedale come fare un reclamo. In molti Paesi puoi fare un reclamo anche a un ufficio indipendente per i reclami dei pazienti o a un ufficio nazionale per i diritti umani. Un’associazione locale può aiutarti a scrivere il reclamo.
health-rights-if-you-are-refused-care-6 = In caso di emergenza, vai al pronto soccorso di un ospedale o chiama il **112**. Questo numero di emergenza funziona in tutti i Paesi dell’UE.
health-rights-if-you-are-refused-care-7 = Le associazioni locali che si occupano di { -hiv } o di persone migranti conoscono le regole del tuo Paese. Possono aiutarti nella tua lingua. Cerca i loro contatti insieme a questa pagina o a questo foglio informativo.

## Domande frequenti

health-rights-common-questions = Domande frequenti
health-rights-do-i-have-to-pay = Devo pagare?
health-rights-do-i-have-to-pay-1 = Dipende dal Paese e dalla tua situazione. In caso di emergenza, la maggior parte dei Paesi prima ti cura e poi, se serve, ti manda il conto. Prima di pagare, chiedi se c’è un aiuto per le spese. Un’associazione locale può aiutarti.
health-rights-can-i-bring-someone-with = Posso portare qualcuno con me?
health-rights-can-i-bring-someone-with-1 = Sì. Di solito puoi portare una persona di cui ti fidi. Ma per tradurre, chiedi un interprete professionista.
health-rights-what-if-i-do-not = E se non capisco una lettera o un modulo?
health-rights-what-if-i-do-not-1 = Chiedi all’ambulatorio di spiegartelo. Anche un’associazione locale può aiutarti a leggerlo.
