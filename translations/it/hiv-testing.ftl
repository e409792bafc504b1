### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=8abc09d9 tr=f1c9363c
hiv-testing-title = Test per l’{ -hiv }: dove, come e quando
# peerpress: en=0c9c37fb tr=9cd7181b
hiv-testing-description = I diversi modi di fare il test per l’{ -hiv }, quando un risultato è affidabile e che cosa succede dopo il test.
# peerpress: en=3f163132 tr=5d2faa77
hiv-testing-intro-1 = Il test è l’unico modo per sapere se hai l’{ -hiv }. Molte persone con l’{ -hiv } stanno bene per anni. Il test è veloce e semplice. Conoscere il risultato ti aiuta a prenderti cura della tua salute.

## Dove puoi fare il test

# peerpress: en=6aa8d29f tr=a92831e1
hiv-testing-where-you-can-test = Dove puoi fare il test
# peerpress: en=0cd10efb tr=d75305b1
hiv-testing-where-you-can-test-1 = Puoi scegliere il posto che ti fa sentire meglio.
# peerpress: en=81971df1 tr=af7e5177
hiv-testing-where-you-can-test-2 = {"*"}*Centro clinico o ospedale:** un operatore sanitario ti fa un piccolo prelievo di sangue. Un laboratorio lo analizza.
# peerpress: en=669ae23b tr=d6ef4815
hiv-testing-where-you-can-test-3 = {"*"}*Test nelle associazioni:** molte associazioni offrono un **test rapido**. Basta una goccia di sangue dal dito. Hai il risultato in meno di 30 minuti.
# peerpress: en=a0f60b0e tr=74b671f4
hiv-testing-where-you-can-test-4 = {"*"}*Autotest:** fai il test da solo o da sola, a casa o in un altro posto riservato. Puoi trovare il kit in farmacia, online o in un’associazione.
# peerpress: en=3b09185e tr=bdf14cd2
hiv-testing-where-you-can-test-6 = Dal 2016 l’OMS raccomanda l’autotest per l’{ -hiv }. Se usi un autotest, leggi con attenzione le istruzioni nel kit.
# peerpress: en=d8ff58cf tr=b57ce5d5
hiv-testing-where-you-can-test-5 = Il test è **riservato**. Questo significa che il personale non dice a nessuno il tuo risultato. Fare il test è una tua scelta. In molti posti è gratuito. Alcuni servizi ti permettono di fare il test in modo **anonimo**, senza dare il tuo nome. [Le indicazioni europee dell’ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) dicono che il test deve essere volontario e riservato.

## Quando il risultato è affidabile

# peerpress: en=14634d3e tr=e2525b70
hiv-testing-when-a-test-result-is = Quando il risultato è affidabile
# peerpress: en=4cebc4c9 tr=563884a2
hiv-testing-when-a-test-result-is-1 = Dopo che l’{ -hiv } entra nel corpo, il test ha bisogno di un po’ di tempo per trovarlo. Questo tempo si chiama **periodo finestra**. Dipende dal tipo di test.
# peerpress: en=f08109ae tr=9c31a246
hiv-testing-when-a-test-result-is-2 = Tipo di test
# peerpress: en=1daaa38f tr=e5b06850
hiv-testing-when-a-test-result-is-3 = Dove
# peerpress: en=6c8628b3 tr=ce3c6608
hiv-testing-when-a-test-result-is-4 = Affidabile da
# peerpress: en=f0d5d8b0 tr=18e35b3c
hiv-testing-when-a-test-result-is-5 = Test di laboratorio di 4ª generazione (antigene/anticorpi)
# peerpress: en=7292729d tr=a21d3d5e
hiv-testing-when-a-test-result-is-6 = Centro clinico o ospedale
# peerpress: en=d2f7d511 tr=0d363a1e
hiv-testing-when-a-test-result-is-7 = 6 settimane dopo una possibile esposizione
# peerpress: en=8cc1358d tr=45069d74
hiv-testing-when-a-test-result-is-8 = Test rapido (anticorpi)
# peerpress: en=27684278 tr=fa60204f
hiv-testing-when-a-test-result-is-9 = Associazione o centro clinico
# peerpress: en=281ccc9e tr=eff5c01f
hiv-testing-when-a-test-result-is-10 = 3 mesi (90 giorni) dopo una possibile esposizione
# peerpress: en=37fb137b tr=eda40291
hiv-testing-when-a-test-result-is-11 = Autotest (anticorpi)
# peerpress: en=fbccda06 tr=7f82d933
hiv-testing-when-a-test-result-is-12 = A casa
# peerpress: en=281ccc9e tr=16b48c36
hiv-testing-when-a-test-result-is-13 = 3 mesi (90 giorni) dopo una possibile esposizione
# peerpress: en=c4200b27 tr=f709541a
hiv-testing-when-a-test-result-is-14 = Se fai il test prima, un risultato negativo potrebbe non essere definitivo. Rifai il test quando il periodo finestra è finito. Se la possibile esposizione è stata nelle ultime 72 ore, chiedi oggi stesso informazioni sulla **{ -pep }**. La { -pep } è un medicinale che può bloccare l’{ -hiv } dopo un’esposizione.
# peerpress: en=b721a7d9 tr=31096998
hiv-testing-when-a-test-result-is-15 = Esiste anche un test di laboratorio che cerca il virus stesso. Si chiama **NAT** o **test dell’RNA**. Può trovare l’{ -hiv } prima dei test della tabella. Ma **non** si usa per i test di routine. Un medico può usarlo in casi particolari.
# peerpress: en=dfff47c0 tr=7e21cd53
hiv-testing-when-a-test-result-is-16 = Se hai preso la { -pep } o la { -prep }, chiedi al tuo centro clinico quando fare il test. Per te i tempi possono essere diversi.

## Se il risultato è reattivo

# peerpress: en=7a59bcfe tr=6f717307
hiv-testing-if-your-result-is-reactive = Se il risultato è reattivo
# peerpress: en=4f1a236e tr=5a2a196f
hiv-testing-if-your-result-is-reactive-1 = Un test rapido o un autotest può dare un risultato **reattivo**. Questo non significa sempre che hai l’{ -hiv }. Devi fare un **test di conferma** in un laboratorio.
# peerpress: en=a6efe94c tr=0de3d8ae
hiv-testing-if-your-result-is-reactive-2 = Fai un respiro profondo. Non sei solo o sola.
# peerpress: en=17e99218 tr=12302c8e
hiv-testing-if-your-result-is-reactive-3 = Vai presto in un centro clinico o in un’associazione.
# peerpress: en=5705af89 tr=b690c6cb
hiv-testing-if-your-result-is-reactive-4 = Di’ che hai avuto un test reattivo. Ti faranno il test di conferma.
# peerpress: en=87363f82 tr=08f552d1
hiv-testing-if-your-result-is-reactive-5 = Reattivo significa che il test ha trovato qualcosa che potrebbe essere l’{ -hiv }. A volte un test è reattivo anche quando l’{ -hiv } non c’è. Per questo solo un laboratorio può confermare il risultato.
# peerpress: en=b758b283 tr=f37b5511
hiv-testing-if-your-result-is-reactive-6 = Se il risultato è **non reattivo** (negativo) e il periodo finestra è finito, non hai l’{ -hiv }. Rifai il test se hai una nuova possibile esposizione.

## Se hai l’HIV

# peerpress: en=83a5940a tr=d6e5de5e
hiv-testing-if-you-have-hiv = Se hai l’{ -hiv }
# peerpress: en=46ef0b62 tr=1ab8e85e
hiv-testing-if-you-have-hiv-1 = Se il test di conferma trova l’{ -hiv }, il centro clinico ti mette in contatto con un servizio di cura per l’{ -hiv }. La terapia funziona molto bene. Le persone che vivono con l’{ -hiv } e fanno la terapia possono avere una vita lunga e sana. La terapia può anche rendere la tua { -viral-load } { -undetectable }. Allora non trasmetti l’{ -hiv } con il sesso.
# peerpress: en=dd654401 tr=29419b66
hiv-testing-if-you-have-hiv-3 = Che cosa succede dopo:
# peerpress: en=e5d40f20 tr=fd5fd7ad
hiv-testing-if-you-have-hiv-4 = Incontri un medico o un infermiere che si occupa di { -hiv }.
# peerpress: en=0af6b200 tr=2d64b811
hiv-testing-if-you-have-hiv-5 = Ti fanno un prelievo di sangue per controllare la tua { -viral-load } e il tuo sistema immunitario.
# peerpress: en=71f69052 tr=8982a045
hiv-testing-if-you-have-hiv-6 = Inizi la terapia.
# peerpress: en=16e01b76 tr=af10f059
hiv-testing-if-you-have-hiv-7 = {"["}Dal 2017 l’OMS raccomanda](https://www.who.int/publications/i/item/9789241550062) di iniziare la terapia **il prima possibile**: se possibile lo stesso giorno, oppure entro **7 giorni** dalla diagnosi. A volte il medico aspetta un po’ di più per un motivo medico.
# peerpress: en=1dc55b37 tr=b6e36665
hiv-testing-if-you-have-hiv-2 = Chiedi al centro clinico o a un’associazione locale se la terapia può essere gratuita o costare poco. Le regole cambiano da Paese a Paese. Ma in molti Paesi le persone migranti possono avere le cure per l’{ -hiv }.

## Domande frequenti

# peerpress: en=dfb8a3d4 tr=041dc3f5
hiv-testing-common-questions = Domande frequenti
# peerpress: en=17dace7a tr=e4c1421d
hiv-testing-do-i-have-to-give = Devo dare il mio nome?
# peerpress: en=a577bdef tr=68c1b374
hiv-testing-do-i-have-to-give-1 = Non sempre. Alcuni servizi ti permettono di fare il test in modo anonimo. Chiedi prima di fare il test.
# peerpress: en=d1b9a16b tr=fc282699
hiv-testing-does-the-test-hurt = Il test fa male?
# peerpress: en=eae1fb72 tr=3bea7db4
hiv-testing-does-the-test-hurt-1 = Per il test rapido basta una piccola puntura sul dito. Per il test di laboratorio si fa un normale prelievo di sangue dal braccio.
# peerpress: en=1c3ca54e tr=133b3e01
hiv-testing-how-often-should-i-test = Ogni quanto dovrei fare il test?
# peerpress: en=8c7f611a tr=3e36b279
hiv-testing-how-often-should-i-test-1 = Fai il test almeno una volta. Se hai nuovi partner, molti centri clinici consigliano un test almeno una volta all’anno, o anche più spesso. Se prendi la { -prep }, fai il test più o meno ogni 3 mesi.
# peerpress: en=5341e642 tr=c84703f5
hiv-testing-can-i-test-if-i = Posso fare il test se non ho documenti?
# peerpress: en=29a6927d tr=e1a57788
hiv-testing-can-i-test-if-i-1 = Sì. In molti Paesi il test nelle associazioni è gratuito e anonimo, e non devi mostrare documenti. Un’associazione locale che si occupa di { -hiv } o di persone migranti può dirti dove andare.
