### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

u-equals-u-title = { -uu }: non rilevabile significa non trasmissibile
u-equals-u-description = Che cosa significa { -uu }, come la terapia per l’{ -hiv } impedisce di trasmettere l’{ -hiv } con il sesso, e come le persone migranti possono avere la terapia.
u-equals-u-intro-1 = Le persone che vivono con l’{ -hiv } possono avere una vita lunga e sana. La terapia per l’{ -hiv } ti mantiene in salute. E protegge anche le persone che ami. Questo si chiama **{ -uu }**. In inglese significa «undetectable equals untransmittable». In italiano: «Non rilevabile = Non trasmissibile».
u-equals-u-intro-2 = Questa pagina spiega che cosa significa { -uu }, che cosa non copre e come avere la terapia per l’{ -hiv } in Europa.

## Che cosa significa U=U

u-equals-u-what-u-u-means = Che cosa significa { -uu }
u-equals-u-what-u-u-means-1 = La terapia per l’{ -hiv } è un medicinale che prendi ogni giorno. Alcune persone invece ricevono la terapia con un’iniezione. Il medicinale abbassa la quantità di { -hiv } nel sangue. Questa quantità si chiama **{ -viral-load }**.
u-equals-u-what-u-u-means-2 = Quando la tua { -viral-load } è molto bassa, i medici dicono che è «{ -undetectable }». Per { -uu }, significa che ci sono meno di **200 copie** del virus in un millilitro di sangue (200 copie/mL).
u-equals-u-what-u-u-means-3 = La maggior parte delle persone arriva a una { -viral-load } { -undetectable } entro **sei mesi** dall’inizio della terapia.
u-equals-u-what-u-u-means-4 = La tua { -viral-load } resta { -undetectable } se prendi la terapia come ti ha detto il medico.
u-equals-u-what-u-u-means-7 = { -uu } vale quando la tua { -viral-load } è { -undetectable } da almeno **sei mesi** e in questo tempo hai preso ogni dose.
u-equals-u-what-u-u-means-5 = Un esame del sangue controlla la tua { -viral-load }. Il tuo ambulatorio ti dice ogni quanto devi farlo.
u-equals-u-what-u-u-means-6 = La [Prevention Access Campaign](https://preventionaccess.org/), che ha lanciato { -uu }, usa questo limite di 200 copie/mL. Anche le linee guida sull’{ -hiv } dell’OMS del 2021 dicono che le persone sotto le 200 copie/mL non trasmettono l’{ -hiv } con il sesso.

## Da che cosa protegge U=U

u-equals-u-what-u-u-protects-against = Da che cosa protegge { -uu }
u-equals-u-what-u-u-protects-against-1 = Se la tua { -viral-load } è { -undetectable }, **non trasmetti l’{ -hiv } con il sesso**. Questo vale con o senza preservativo. Lo hanno dimostrato grandi studi con migliaia di coppie. [UNAIDS spiega i dati scientifici](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable).
u-equals-u-what-u-u-protects-against-6 = Questo significa che **non c’è nessun rischio** di trasmettere l’{ -hiv } con il sesso. Non è un rischio piccolo. Il rischio è zero. Nel 2023 anche l’OMS ha detto che il rischio è zero quando l’{ -hiv } non si può misurare nel sangue.
u-equals-u-what-u-u-protects-against-2 = { -uu } riguarda solo l’{ -hiv }. Non protegge da:
u-equals-u-what-u-u-protects-against-3 = altre infezioni sessualmente trasmissibili ({ -sti }), come la sifilide o la clamidia
u-equals-u-what-u-u-protects-against-4 = una gravidanza
u-equals-u-what-u-u-protects-against-5 = Per queste cose aiutano i preservativi, la contraccezione e i controlli regolari. Il tuo ambulatorio può aiutarti a scegliere ciò che è giusto per te.

## Gravidanza e allattamento

u-equals-u-pregnancy-and-breastfeeding = Gravidanza e allattamento
u-equals-u-pregnancy-and-breastfeeding-4 = La terapia per l’{ -hiv } protegge anche i bambini. Quando la { -viral-load } della madre è { -undetectable } durante la gravidanza e il parto, il rischio di trasmettere l’{ -hiv } al bambino è quasi zero. Quasi tutti questi bambini nascono senza l’{ -hiv }.
u-equals-u-pregnancy-and-breastfeeding-3 = Se vuoi avere un bambino, parlane con il tuo ambulatorio. Quando la tua { -viral-load } è { -undetectable }, puoi cercare una gravidanza senza trasmettere l’{ -hiv } al tuo partner.
u-equals-u-pregnancy-and-breastfeeding-2 = Con l’allattamento al seno è diverso. Quando la tua { -viral-load } è { -undetectable }, il rischio di trasmettere l’{ -hiv } al bambino con il latte materno è **basso, ma non è zero**. Parlane con il medico, meglio se prima della nascita. Insieme potete fare un piano per l’alimentazione giusto per te e per il tuo bambino.

## Iniziare la terapia e continuarla

u-equals-u-getting-and-staying-on-treatment = Iniziare la terapia e continuarla
u-equals-u-getting-and-staying-on-treatment-1 = Molti Paesi in Europa danno la terapia per l’{ -hiv } alle persone migranti. In alcuni Paesi anche alle persone che aspettano i documenti o che non hanno documenti. Le regole sono diverse in ogni Paese. In alcuni posti la terapia è gratuita. In altri potresti dover pagare o compilare dei moduli.
u-equals-u-getting-and-staying-on-treatment-2 = Chiedi in un centro per l’{ -hiv } o in un centro per la salute sessuale.
u-equals-u-getting-and-staying-on-treatment-3 = Chiedi a un’associazione locale. Conosce le regole del posto dove vivi.
u-equals-u-getting-and-staying-on-treatment-4 = Se cambi casa, città o Paese, porta con te i medicinali e una lettera del tuo medico.
u-equals-u-getting-and-staying-on-treatment-5 = Cerca di non interrompere la terapia. Se la interrompi, il virus torna nel sangue. Allora l’{ -hiv } si può trasmettere di nuovo. Se il medicinale ti dà problemi, o se è difficile averlo, parlane con il medico o con un’associazione locale. Non sei solo o sola: c’è chi può aiutarti.

## Domande frequenti

u-equals-u-common-questions = Domande frequenti
u-equals-u-how-do-i-know-that = Come faccio a sapere se la mia { -viral-load } è { -undetectable }?
u-equals-u-how-do-i-know-that-1 = Te lo può dire solo un esame della { -viral-load }. Non lo puoi sentire. Sul referto del laboratorio può esserci scritto «non rilevabile», «non rilevato» (in inglese «undetectable», «not detected») oppure «inferiore a» un numero piccolo, per esempio «inferiore a 50» (a volte scritto «< 50»). Questo significa che il virus è sotto il livello che il test può misurare, spesso 20 o 50 copie/mL. Per { -uu } conta ogni risultato sotto le **200 copie/mL**.
u-equals-u-when-can-i-rely-on = Quando posso contare su { -uu }?
u-equals-u-when-can-i-rely-on-1 = { -uu } protegge i tuoi partner quando la tua { -viral-load } è { -undetectable } da almeno **sei mesi**. In questo periodo prendi ogni dose della terapia e fai regolarmente gli esami della { -viral-load }. Fino ad allora usa il preservativo, oppure il tuo partner può prendere la { -prep }. Se hai dubbi, chiedi al medico.
u-equals-u-what-if-i-forget-my = E se dimentico il medicinale?
u-equals-u-what-if-i-forget-my-1 = Segui i consigli del tuo ambulatorio o del foglietto nella scatola del medicinale. Se salti spesso delle dosi, o se smetti per diversi giorni, il virus può tornare. Allora { -uu } non protegge più i tuoi partner. Il tuo ambulatorio può aiutarti, per esempio con dei promemoria o con una terapia diversa.
u-equals-u-does-u-u-work-for = { -uu } vale anche se si scambiano aghi?
u-equals-u-does-u-u-work-for-1 = { -uu } riguarda il sesso. Gli studi non hanno dimostrato la stessa cosa per lo scambio di aghi o siringhe. Usa sempre aghi e siringhe nuovi. Un servizio locale per le persone che usano droghe te li può dare.
u-equals-u-do-i-have-to-tell = Devo dire ai miei partner che ho l’{ -hiv }?
u-equals-u-do-i-have-to-tell-1 = Dirlo a un partner è una scelta personale. Però in alcuni Paesi la legge ha delle regole su questo. Un’associazione locale che si occupa di { -hiv } o di persone migranti può spiegarti la legge del posto dove vivi.
u-equals-u-is-my-hiv-status-private = Il mio stato { -hiv } resta privato?
u-equals-u-is-my-hiv-status-private-1 = Sì. Il personale sanitario deve mantenere il tuo stato { -hiv } **riservato**. Se ti preoccupa chi può vedere le tue informazioni, chiedi al tuo ambulatorio o a un’associazione locale.
