### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

hiv-testing-title = Test per l’{ -hiv }: dove, come e quando
hiv-testing-description = I diversi modi di fare il test per l’{ -hiv }, quando un risultato è affidabile e che cosa succede dopo il test.
hiv-testing-intro-1 = Il test è l’unico modo per sapere se hai l’{ -hiv }. Molte persone con l’{ -hiv } stanno bene per anni. Il test è veloce e semplice. Conoscere il risultato ti aiuta a prenderti cura della tua salute.

## Dove puoi fare il test

hiv-testing-where-you-can-test = Dove puoi fare il test
hiv-testing-where-you-can-test-1 = Puoi scegliere il posto che ti fa sentire meglio.
hiv-testing-where-you-can-test-2 = {"*"}*Ambulatorio o ospedale:** un operatore sanitario ti fa un piccolo prelievo di sangue. Un laboratorio lo analizza.
hiv-testing-where-you-can-test-3 = {"*"}*Test nelle associazioni:** molte associazioni offrono un **test rapido**. Basta una goccia di sangue dal dito. Hai il risultato in meno di 30 minuti.
hiv-testing-where-you-can-test-4 = {"*"}*Autotest:** fai il test da solo o da sola, a casa o in un altro posto riservato. Puoi trovare il kit in farmacia, online o in un’associazione.
hiv-testing-where-you-can-test-6 = Dal 2016 l’OMS raccomanda l’autotest per l’{ -hiv }. Se usi un autotest, scegline uno con il **marchio CE** sulla scatola. Questo marchio mostra che il test è approvato per la vendita in Europa. Leggi con attenzione le istruzioni nel kit.
hiv-testing-where-you-can-test-5 = Il test è **riservato**. Questo significa che il personale non dice a nessuno il tuo risultato. Fare il test è una tua scelta. In molti posti è gratuito. Alcuni servizi ti permettono di fare il test in modo **anonimo**, senza dare il tuo nome. [Le indicazioni europee dell’ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) dicono che il test deve essere volontario e riservato.
hiv-testing-where-you-can-test-7 = Quando fai il test per l’{ -hiv }, chiedi di fare nello stesso momento anche il test per l’**epatite B**, l’**epatite C** e le altre { -sti }. Si trasmettono in modi simili, e si possono curare.

## Quando il risultato è affidabile

hiv-testing-when-a-test-result-is = Quando il risultato è affidabile
hiv-testing-when-a-test-result-is-1 = Dopo che l’{ -hiv } entra nel corpo, il test ha bisogno di un po’ di tempo per trovarlo. Questo tempo si chiama **periodo finestra**. Dipende dal tipo di test.
hiv-testing-when-a-test-result-is-2 = Tipo di test
hiv-testing-when-a-test-result-is-3 = Dove
hiv-testing-when-a-test-result-is-17 = Rifai il test dopo
hiv-testing-when-a-test-result-is-5 = Test di laboratorio (sangue dal braccio)
hiv-testing-when-a-test-result-is-6 = Ambulatorio o ospedale
hiv-testing-when-a-test-result-is-7 = {"*"}*45 giorni** dopo una possibile esposizione
hiv-testing-when-a-test-result-is-8 = Test rapido (anticorpi)
hiv-testing-when-a-test-result-is-9 = Associazione o ambulatorio
hiv-testing-when-a-test-result-is-10 = 3 mesi (90 giorni) dopo una possibile esposizione
hiv-testing-when-a-test-result-is-11 = Autotest (anticorpi)
hiv-testing-when-a-test-result-is-12 = A casa
hiv-testing-when-a-test-result-is-13 = 3 mesi (90 giorni) dopo una possibile esposizione
hiv-testing-when-a-test-result-is-14 = Se fai il test prima, un risultato negativo potrebbe non essere definitivo. Rifai il test quando il periodo finestra è finito. Se la possibile esposizione è stata nelle ultime 72 ore, chiedi oggi stesso informazioni sulla **{ -pep }**. La { -pep } è un medicinale che può bloccare l’{ -hiv } dopo un’esposizione.
hiv-testing-when-a-test-result-is-15 = Esiste anche un test di laboratorio che cerca il virus stesso. Può trovare l’{ -hiv } prima dei test della tabella. Ma **non** si usa per i test di routine. Un medico può usarlo in casi particolari.
hiv-testing-when-a-test-result-is-16 = Se hai preso la { -pep } o prendi la { -prep }, l’{ -hiv } può metterci più tempo a comparire nel test. Chiedi al tuo ambulatorio quando fare il test. Per te i tempi possono essere diversi.

## Se il risultato è reattivo

hiv-testing-if-your-result-is-reactive = Se il risultato è reattivo
hiv-testing-if-your-result-is-reactive-1 = Un test rapido o un autotest può dare un risultato **reattivo**. Questo non significa sempre che hai l’{ -hiv }. Devi fare un **test di conferma** presso un servizio sanitario, di solito in un laboratorio.
hiv-testing-if-your-result-is-reactive-2 = Fai un respiro profondo. Non sei solo o sola.
hiv-testing-if-your-result-is-reactive-3 = Vai presto in un ambulatorio o in un’associazione.
hiv-testing-if-your-result-is-reactive-4 = Di’ che hai avuto un test reattivo. Ti faranno il test di conferma.
hiv-testing-if-your-result-is-reactive-5 = Reattivo significa che il test ha trovato qualcosa che potrebbe essere l’{ -hiv }. A volte un test è reattivo anche quando l’{ -hiv } non c’è. Per questo un servizio sanitario deve sempre confermare il risultato, di solito in un laboratorio.
hiv-testing-if-your-result-is-reactive-7 = Se il risultato è **non reattivo** (negativo), non hai preso l’{ -hiv } nelle possibili esposizioni avvenute più di 45 giorni prima di un test di laboratorio, o più di 90 giorni prima di un test rapido o di un autotest. Il test non può ancora mostrare le esposizioni più recenti. Rifai il test dopo il periodo finestra, e dopo ogni nuova possibile esposizione.
hiv-testing-if-your-result-is-reactive-8 = Se fai la terapia per l’{ -hiv }, non usare un test rapido o un autotest per controllare l’{ -hiv }. Può dare per errore un risultato negativo. Questo non significa che l’{ -hiv } è sparito.
hiv-testing-if-your-result-is-reactive-6 = Se il risultato è negativo e potresti ancora prendere l’{ -hiv }, chiedi informazioni sulla **{ -prep }**. La { -prep } è un medicinale che ti protegge dall’{ -hiv }.

## Se hai l’HIV

hiv-testing-if-you-have-hiv = Se hai l’{ -hiv }
hiv-testing-if-you-have-hiv-1 = Se il test di conferma trova l’{ -hiv }, l’ambulatorio ti mette in contatto con un servizio di cura per l’{ -hiv }. La terapia funziona molto bene. Le persone che vivono con l’{ -hiv } e fanno la terapia possono avere una vita lunga e sana. La terapia può anche rendere la tua { -viral-load } { -undetectable }. Allora non trasmetti l’{ -hiv } con il sesso.
hiv-testing-if-you-have-hiv-3 = Che cosa succede dopo:
hiv-testing-if-you-have-hiv-4 = Incontri un medico o un infermiere che si occupa di { -hiv }.
hiv-testing-if-you-have-hiv-5 = Ti fanno un prelievo di sangue per controllare la tua { -viral-load } e il tuo sistema immunitario.
hiv-testing-if-you-have-hiv-6 = Inizi la terapia.
hiv-testing-if-you-have-hiv-7 = {"["}Dal 2017 l’OMS raccomanda](https://www.who.int/publications/i/item/9789241550062) di iniziare la terapia **il prima possibile**: se possibile lo stesso giorno, oppure entro **7 giorni** dalla diagnosi. A volte il medico aspetta un po’ di più per un motivo medico.
hiv-testing-if-you-have-hiv-2 = Chiedi all’ambulatorio o a un’associazione locale se la terapia può essere gratuita o costare poco. Le regole cambiano da Paese a Paese. Ma in molti Paesi le persone migranti possono avere le cure per l’{ -hiv }.

## Domande frequenti

hiv-testing-common-questions = Domande frequenti
hiv-testing-do-i-have-to-give = Devo dare il mio nome?
hiv-testing-do-i-have-to-give-1 = Non sempre. Alcuni servizi ti permettono di fare il test in modo anonimo. Chiedi prima di fare il test.
hiv-testing-does-the-test-hurt = Il test fa male?
hiv-testing-does-the-test-hurt-1 = Per il test rapido basta una piccola puntura sul dito. Per il test di laboratorio si fa un normale prelievo di sangue dal braccio.
hiv-testing-how-often-should-i-test = Ogni quanto dovrei fare il test?
hiv-testing-how-often-should-i-test-1 = Fai il test almeno una volta. Se hai nuovi partner, molti ambulatori consigliano un test almeno una volta all’anno, o anche più spesso. Se prendi la { -prep }, fai il test più o meno ogni 3 mesi.
hiv-testing-can-i-test-if-i = Posso fare il test se non ho documenti?
hiv-testing-can-i-test-if-i-1 = Sì. In molti Paesi il test nelle associazioni è gratuito e anonimo, e non devi mostrare documenti. Un’associazione locale che si occupa di { -hiv } o di persone migranti può dirti dove andare.
