### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

prep-title = { -prep }: il medicinale che previene l’{ -hiv }
prep-description = Che cos’è la { -prep }, per chi è, i diversi modi di prenderla, e perché la { -pep } dopo una possibile esposizione è diversa.
prep-intro-1 = La { -prep } è un medicinale che ti protegge dall’{ -hiv }. { -prep } significa «profilassi pre-esposizione» (in inglese «pre-exposure prophylaxis»): protezione prima di un possibile contatto con l’{ -hiv }. È per le persone che non hanno l’{ -hiv }. Se la prendi nel modo giusto, la { -prep } funziona molto bene. [L’OMS raccomanda la { -prep }](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) per le persone che hanno più probabilità di prendere l’{ -hiv }.
prep-intro-2 = La { -prep } può essere in compresse o con un’iniezione.

## Per chi è la PrEP

prep-who-prep-is-for = Per chi è la { -prep }
prep-who-prep-is-for-1 = La { -prep } può essere una buona scelta per te se:
prep-who-prep-is-for-2 = fai spesso sesso senza preservativo
prep-who-prep-is-for-3 = il tuo partner ha l’{ -hiv } e la sua { -viral-load } non è { -undetectable }, oppure non sai se ha l’{ -hiv }
prep-who-prep-is-for-4 = di recente hai avuto un’infezione sessualmente trasmissibile ({ -sti })
prep-who-prep-is-for-5 = in passato hai avuto bisogno della { -pep }
prep-who-prep-is-for-6 = condividi con altre persone aghi o altri strumenti per iniettarti droghe
prep-who-prep-is-for-7 = Un infermiere o un medico ti farà alcune domande in privato. Poi decidete insieme. Scegliere la { -prep } è una scelta sana, che mostra cura per te e per gli altri.
prep-who-prep-is-for-8 = Prima di iniziare devi fare un **test per l’{ -hiv }**. La { -prep } è solo per le persone che non hanno l’{ -hiv }. Le compresse di { -prep } quotidiana si possono usare anche in gravidanza e durante l’allattamento. Parlane con il tuo ambulatorio.
prep-who-prep-is-for-9 = Prima di iniziare devi fare anche un test per l’**epatite B**. Se non sei protetto o protetta contro l’epatite B, chiedi il vaccino. Le compresse di { -prep } agiscono anche sull’epatite B. Se hai l’epatite B da molto tempo (epatite B cronica), la { -prep } al bisogno non è sicura, e non devi mai smettere di prendere la { -prep } all’improvviso. Questo può danneggiare il fegato.

## Modi di prendere la PrEP

prep-ways-to-take-prep = Modi di prendere la { -prep }
prep-ways-to-take-prep-1 = Ci sono diversi modi di prendere la { -prep }. Il tuo ambulatorio ti aiuterà a scegliere.
prep-ways-to-take-prep-2 = {"*"}*{ -prep } quotidiana:** prendi una compressa ogni giorno. Funziona per tutte le persone, anche per chi fa sesso vaginale o nel buco frontale (front hole). Le indicazioni europee dicono di iniziare con **2 compresse** insieme, da 2 a 24 ore prima del sesso. Così tutte le persone sono protette da circa 2 ore dopo le 2 compresse. Non tutti gli ambulatori danno già questa indicazione, quindi chiedi al tuo ambulatorio come iniziare.
prep-ways-to-take-prep-3 = {"*"}*{ -prep } al bisogno (2-1-1):** prendi le compresse solo prima e dopo i rapporti sessuali.
prep-ways-to-take-prep-4 = Prendi **2 compresse** da 2 a 24 ore prima del sesso.
prep-ways-to-take-prep-5 = Prendi **1 compressa** 24 ore dopo le 2 compresse.
prep-ways-to-take-prep-6 = Prendi **ancora 1 compressa** 24 ore dopo.
prep-ways-to-take-prep-7 = Se fai sesso di nuovo nei giorni dopo, continua a prendere 1 compressa ogni 24 ore. Smetti 2 giorni dopo l’ultima volta che hai fatto sesso.
prep-ways-to-take-prep-8 = Dal 2019 l’OMS raccomanda lo schema 2-1-1 per gli uomini che fanno sesso con uomini. Nel 2022 l’OMS ha detto che va bene anche per le altre persone assegnate maschio alla nascita che non prendono ormoni di affermazione di genere. L’OMS raccomanda ancora la { -prep } al bisogno **solo** per le persone assegnate maschio alla nascita. Se prendi ormoni di affermazione di genere, l’OMS consiglia la { -prep } quotidiana.
prep-ways-to-take-prep-13 = {"*"}*{ -prep } al bisogno per il sesso vaginale o nel buco frontale (2-7):** dal 2025 le linee guida europee e del Regno Unito offrono la { -prep } al bisogno anche per il sesso vaginale e nel buco frontale. Si chiama **2-7**.
prep-ways-to-take-prep-14 = Inizia con **2 compresse** insieme, da 2 a 24 ore prima del sesso.
prep-ways-to-take-prep-15 = Poi prendi **1 compressa** ogni giorno fino a **7 giorni** dopo l’ultima volta che hai fatto sesso.
prep-ways-to-take-prep-16 = L’OMS non raccomanda lo schema 2-7, e non tutti gli ambulatori lo offrono già. Chiedi al tuo ambulatorio quale schema è giusto per te.
prep-ways-to-take-prep-10 = {"*"}*Iniezioni:** la { -prep } a lunga durata d’azione è un’iniezione che ti fa un operatore sanitario. Non devi prendere compresse ogni giorno.
prep-ways-to-take-prep-11 = {"*"}*Il cabotegravir** si fa ogni **2 mesi**. L’OMS lo raccomanda dal 2022. Secondo l’Agenzia europea per i medicinali (EMA), è approvato nell’Unione europea dal 2023.
prep-ways-to-take-prep-12 = {"*"}*Il lenacapavir** si fa **due volte all’anno**, cioè ogni 6 mesi. [L’OMS lo ha raccomandato a luglio 2025](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). Secondo l’EMA, è stato approvato nell’Unione europea nel 2025.
prep-ways-to-take-prep-9 = L’approvazione non significa che ogni ambulatorio lo offra. **La disponibilità cambia da Paese a Paese.** Chiedi al tuo ambulatorio che cosa offre dove vivi.
prep-ways-to-take-prep-17 = Il medicinale di un’iniezione resta nel corpo per molti mesi dopo l’ultima iniezione. La quantità scende lentamente. Se prendi l’{ -hiv } in questo periodo, alcuni medicinali per l’{ -hiv } potrebbero non funzionare più per te. Se vuoi smettere le iniezioni, chiedi al tuo ambulatorio come restare protetto o protetta, per esempio con le compresse di { -prep }.
prep-ways-to-take-prep-18 = Le iniezioni di { -prep } sono approvate solo per prevenire l’{ -hiv } trasmesso con il sesso. Se ti inietti droghe, usa le compresse di { -prep }, e usa sempre aghi e siringhe nuovi.

## Stare bene con la PrEP

prep-staying-healthy-on-prep = Stare bene con la { -prep }
prep-staying-healthy-on-prep-1 = La { -prep } protegge solo dall’{ -hiv }. **Non** protegge dalle altre { -sti } né da una gravidanza. Per queste cose aiutano i preservativi e la contraccezione.
prep-staying-healthy-on-prep-2 = Se prendi la { -prep } in compresse, vai all’ambulatorio più o meno **ogni 3 mesi**. A ogni visita fai:
prep-staying-healthy-on-prep-3 = un test per l’{ -hiv }
prep-staying-healthy-on-prep-7 = i test per le altre { -sti }, come sifilide, gonorrea e clamidia
prep-staying-healthy-on-prep-8 = un esame dei reni, quando il tuo ambulatorio lo ritiene necessario
prep-staying-healthy-on-prep-9 = Se fai la { -prep } con le iniezioni, fai un test per l’{ -hiv } alle visite per l’iniezione.
prep-staying-healthy-on-prep-6 = Queste visite ti aiutano a stare in salute. Servono anche a controllare che la { -prep } sia ancora adatta a te. Molte { -sti } non danno sintomi. I test regolari le trovano presto, e la maggior parte si può curare.

## La PEP è diversa

prep-pep-is-different = La { -pep } è diversa
prep-pep-is-different-1 = { -pep } significa «profilassi post-esposizione» (in inglese «post-exposure prophylaxis»). La prendi **dopo** un possibile contatto con l’{ -hiv }. Per esempio, se si rompe il preservativo, o dopo un rapporto sessuale che non volevi.
prep-pep-is-different-2 = Inizia la { -pep } il prima possibile, **entro 72 ore** (3 giorni).
prep-pep-is-different-3 = Prima inizi, meglio funziona.
prep-pep-is-different-4 = La prendi per **28 giorni**.
prep-pep-is-different-6 = Le linee guida dell’OMS sulla { -pep } del 2024 dicono di iniziarla se possibile entro 24 ore, e non più tardi di 72 ore. Dopo la { -pep } devi fare un altro test per l’{ -hiv }.
prep-pep-is-different-5 = Vai al pronto soccorso di un ospedale o in un centro per la salute sessuale. Di’: «Ho bisogno della { -pep }». Un’associazione locale può dirti dove avere la { -pep } vicino a te.
prep-pep-is-different-7 = Se hai bisogno della { -pep } più di una volta, chiedi informazioni sulla { -prep }. Molti ambulatori possono aiutarti a passare direttamente dalla { -pep } alla { -prep }.

## Come avere la PrEP

prep-how-to-get-prep = Come avere la { -prep }
prep-how-to-get-prep-1 = Chiedi in un centro per la salute sessuale o in un centro per l’{ -hiv }.
prep-how-to-get-prep-2 = Chiedi a un’associazione locale che si occupa di { -hiv } o di persone migranti. Sa dove la { -prep } è gratuita o costa meno.
prep-how-to-get-prep-3 = Non prendere compresse di { -prep } da un amico o un’amica. Prima devi fare un test per l’{ -hiv } e un controllo.
prep-how-to-get-prep-4 = Le regole e i costi sono diversi in ogni Paese. In alcuni Paesi la { -prep } è gratuita. In altri potresti dover pagare.

## Domande frequenti

prep-common-questions = Domande frequenti
prep-how-well-does-prep-work = Quanto funziona la { -prep }?
prep-how-well-does-prep-work-1 = La { -prep } funziona molto bene se la prendi nel modo giusto. Funziona meno bene se salti molte compresse o iniezioni.
prep-does-prep-have-side-effects = La { -prep } ha effetti collaterali?
prep-does-prep-have-side-effects-1 = Alcune persone hanno nausea o problemi di stomaco nelle prime settimane. Di solito passano. Le iniezioni possono fare male nel punto in cui le fai. Se hai problemi, dillo al tuo ambulatorio.
prep-can-i-stop-prep = Posso smettere di prendere la { -prep }?
prep-can-i-stop-prep-1 = Sì. Prima parlane con il tuo ambulatorio. Il modo sicuro di smettere dipende da come prendi la { -prep } e dal tipo di sesso che fai. Se hai l’epatite B, o se hai fatto le iniezioni di { -prep }, chiedi sempre al tuo ambulatorio come smettere.
prep-will-anyone-know-that-i = Qualcuno saprà che prendo la { -prep }?
prep-will-anyone-know-that-i-1 = Le tue visite e i risultati dei test sono **riservati**. Il personale deve mantenerli privati.
