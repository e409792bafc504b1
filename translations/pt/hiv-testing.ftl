### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=8abc09d9 tr=7db58b16
hiv-testing-title = Teste do { -hiv }: onde, como e quando
# peerpress: en=0c9c37fb tr=36440b11
hiv-testing-description = As diferentes formas de fazer o teste do { -hiv }, quando um resultado é fiável e o que acontece depois do teste.
# peerpress: en=3f163132 tr=70b0b1bd
hiv-testing-intro-1 = Fazer o teste é a única forma de saber se tem { -hiv }. Muitas pessoas com { -hiv } sentem-se bem durante anos. O teste é rápido e simples. Saber o resultado ajuda a cuidar da sua saúde.

## Onde pode fazer o teste

# peerpress: en=6aa8d29f tr=6046005c
hiv-testing-where-you-can-test = Onde pode fazer o teste
# peerpress: en=0cd10efb tr=277836a1
hiv-testing-where-you-can-test-1 = Pode escolher o sítio onde se sente melhor.
# peerpress: en=81971df1 tr=fe0ddd77
hiv-testing-where-you-can-test-2 = {"*"}*Clínica ou hospital:** Um profissional de saúde tira uma pequena amostra de sangue. Um laboratório analisa-a.
# peerpress: en=669ae23b tr=8ec5f383
hiv-testing-where-you-can-test-3 = {"*"}*Teste na comunidade:** Muitas organizações comunitárias fazem um **teste rápido**. Usa uma gota de sangue do dedo. Recebe o resultado em menos de 30 minutos.
# peerpress: en=a0f60b0e tr=0b06594e
hiv-testing-where-you-can-test-4 = {"*"}*Autoteste:** Faz o teste por si, em casa ou noutro sítio privado. Pode obter um kit numa farmácia, na internet ou numa organização comunitária.
# peerpress: en=3b09185e tr=f7ceefff
hiv-testing-where-you-can-test-6 = A OMS recomenda o autoteste do { -hiv } desde 2016. Se usar um autoteste, leia com atenção as instruções do kit.
# peerpress: en=d8ff58cf tr=170aae94
hiv-testing-where-you-can-test-5 = O teste é **confidencial**. Isto quer dizer que os profissionais mantêm o seu resultado em privado. Fazer o teste é uma escolha sua. Em muitos sítios, é gratuito. Alguns serviços permitem fazer o teste **anonimamente**, sem dar o seu nome. [As orientações europeias do ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) dizem que o teste tem de ser voluntário e confidencial.

## Quando é que o resultado é fiável

# peerpress: en=14634d3e tr=a28cdd73
hiv-testing-when-a-test-result-is = Quando é que o resultado é fiável
# peerpress: en=4cebc4c9 tr=2075e5e9
hiv-testing-when-a-test-result-is-1 = Depois de o { -hiv } entrar no corpo, o teste precisa de algum tempo para o encontrar. A este tempo chama-se **período de janela**. Depende do tipo de teste.
# peerpress: en=f08109ae tr=7ba999ae
hiv-testing-when-a-test-result-is-2 = Tipo de teste
# peerpress: en=1daaa38f tr=74bf8cbd
hiv-testing-when-a-test-result-is-3 = Onde
# peerpress: en=6c8628b3 tr=d514be5e
hiv-testing-when-a-test-result-is-4 = Fiável a partir de
# peerpress: en=f0d5d8b0 tr=5e3541d8
hiv-testing-when-a-test-result-is-5 = Teste de laboratório, 4.ª geração (antigénio/anticorpo)
# peerpress: en=7292729d tr=f11c6191
hiv-testing-when-a-test-result-is-6 = Clínica ou hospital
# peerpress: en=d2f7d511 tr=eaeda502
hiv-testing-when-a-test-result-is-7 = 6 semanas depois de uma possível exposição
# peerpress: en=8cc1358d tr=749ef400
hiv-testing-when-a-test-result-is-8 = Teste rápido (anticorpos)
# peerpress: en=27684278 tr=e718a13c
hiv-testing-when-a-test-result-is-9 = Organização comunitária ou clínica
# peerpress: en=281ccc9e tr=d8ecd624
hiv-testing-when-a-test-result-is-10 = 3 meses (90 dias) depois de uma possível exposição
# peerpress: en=37fb137b tr=a70b059a
hiv-testing-when-a-test-result-is-11 = Autoteste (anticorpos)
# peerpress: en=fbccda06 tr=ae3c12f5
hiv-testing-when-a-test-result-is-12 = Em casa
# peerpress: en=281ccc9e tr=8746940f
hiv-testing-when-a-test-result-is-13 = 3 meses (90 dias) depois de uma possível exposição
# peerpress: en=c4200b27 tr=b9ea27f0
hiv-testing-when-a-test-result-is-14 = Se fizer o teste mais cedo, um resultado negativo pode não ser definitivo. Volte a fazer o teste quando o período de janela acabar. Se a possível exposição foi nas últimas 72 horas, pergunte hoje pela **{ -pep }**. A { -pep } é um medicamento que pode evitar a infeção pelo { -hiv } depois de uma exposição.
# peerpress: en=b721a7d9 tr=996046ba
hiv-testing-when-a-test-result-is-15 = Há também um teste de laboratório que procura o próprio vírus. Chama-se **NAT** ou **teste de RNA** (ARN). Pode encontrar o { -hiv } mais cedo do que os testes da tabela. Mas **não** é usado nos testes de rotina. Um médico pode usá-lo em casos especiais.
# peerpress: en=dfff47c0 tr=00c2ac4f
hiv-testing-when-a-test-result-is-16 = Se tomou { -pep } ou { -prep }, pergunte na sua clínica quando deve fazer o teste. No seu caso, o momento certo pode ser diferente.

## Se o resultado for reativo

# peerpress: en=7a59bcfe tr=eeccdc13
hiv-testing-if-your-result-is-reactive = Se o resultado for reativo
# peerpress: en=4f1a236e tr=f6c873c3
hiv-testing-if-your-result-is-reactive-1 = Um teste rápido ou um autoteste pode dar um resultado **reativo**. Isto nem sempre quer dizer que tem { -hiv }. Precisa de um **teste de confirmação** num laboratório.
# peerpress: en=a6efe94c tr=892b4831
hiv-testing-if-your-result-is-reactive-2 = Respire fundo. Não está só.
# peerpress: en=17e99218 tr=bfdb41a8
hiv-testing-if-your-result-is-reactive-3 = Vá em breve a uma clínica ou a uma organização comunitária.
# peerpress: en=5705af89 tr=fedf6f16
hiv-testing-if-your-result-is-reactive-4 = Diga que teve um teste reativo. Vão fazer-lhe o teste de confirmação.
# peerpress: en=87363f82 tr=139fa61c
hiv-testing-if-your-result-is-reactive-5 = Reativo quer dizer que o teste encontrou algo que pode ser { -hiv }. Às vezes, um teste dá reativo sem haver { -hiv }. É por isso que só um laboratório pode confirmar o resultado.
# peerpress: en=b758b283 tr=be270968
hiv-testing-if-your-result-is-reactive-6 = Se o seu resultado for **não reativo** (negativo) e o período de janela já tiver passado, não tem { -hiv }. Volte a fazer o teste se tiver uma nova possível exposição.

## Se tiver VIH

# peerpress: en=83a5940a tr=afde7c8f
hiv-testing-if-you-have-hiv = Se tiver { -hiv }
# peerpress: en=46ef0b62 tr=ac2dc35c
hiv-testing-if-you-have-hiv-1 = Se o teste de confirmação mostrar que tem { -hiv }, a clínica vai encaminhar o seu caso para os cuidados de { -hiv }. O tratamento funciona muito bem. As pessoas que vivem com { -hiv } e fazem tratamento podem ter uma vida longa e saudável. O tratamento também pode tornar a sua { -viral-load } { -undetectable }. Nesse caso, não transmite o { -hiv } por via sexual.
# peerpress: en=dd654401 tr=b584dc4e
hiv-testing-if-you-have-hiv-3 = O que acontece a seguir:
# peerpress: en=e5d40f20 tr=b975cf04
hiv-testing-if-you-have-hiv-4 = Tem uma consulta com um médico ou um enfermeiro especializado em { -hiv }.
# peerpress: en=0af6b200 tr=d42350f4
hiv-testing-if-you-have-hiv-5 = Tiram-lhe sangue para medir a sua { -viral-load } e ver como está o seu sistema imunitário.
# peerpress: en=71f69052 tr=f01e1553
hiv-testing-if-you-have-hiv-6 = Começa o tratamento.
# peerpress: en=16e01b76 tr=1952d96e
hiv-testing-if-you-have-hiv-7 = {"["}A OMS recomenda desde 2017](https://www.who.int/publications/i/item/9789241550062) que o tratamento comece **o mais cedo possível**: de preferência no mesmo dia, ou até **7 dias** depois do diagnóstico. Às vezes, o médico espera um pouco mais por uma razão médica.
# peerpress: en=1dc55b37 tr=33e26ea6
hiv-testing-if-you-have-hiv-2 = Pergunte na clínica ou a uma organização local sobre tratamento gratuito ou de baixo custo. As regras variam de país para país. Mas, em muitos países, as pessoas migrantes podem ter cuidados de { -hiv }.

## Perguntas frequentes

# peerpress: en=dfb8a3d4 tr=6ece3bfe
hiv-testing-common-questions = Perguntas frequentes
# peerpress: en=17dace7a tr=8a8fcfe4
hiv-testing-do-i-have-to-give = Tenho de dar o meu nome?
# peerpress: en=a577bdef tr=9e987c13
hiv-testing-do-i-have-to-give-1 = Nem sempre. Alguns serviços permitem fazer o teste anonimamente. Pergunte antes de fazer o teste.
# peerpress: en=d1b9a16b tr=3615aace
hiv-testing-does-the-test-hurt = O teste dói?
# peerpress: en=eae1fb72 tr=7f1f34b4
hiv-testing-does-the-test-hurt-1 = O teste rápido só precisa de uma pequena picada no dedo. O teste de laboratório usa uma amostra de sangue normal, tirada do braço.
# peerpress: en=1c3ca54e tr=8f7351e2
hiv-testing-how-often-should-i-test = Com que frequência devo fazer o teste?
# peerpress: en=8c7f611a tr=8b4db017
hiv-testing-how-often-should-i-test-1 = Faça o teste pelo menos uma vez. Se tem novos parceiros, muitas clínicas aconselham um teste pelo menos uma vez por ano, ou mais vezes. Se toma { -prep }, faz o teste mais ou menos a cada 3 meses.
# peerpress: en=5341e642 tr=98fb7627
hiv-testing-can-i-test-if-i = Posso fazer o teste se não tiver documentos?
# peerpress: en=29a6927d tr=306c4397
hiv-testing-can-i-test-if-i-1 = Sim. Em muitos países, o teste na comunidade é gratuito e anónimo, e não precisa de mostrar documentos. Uma organização local de apoio a pessoas com { -hiv } ou a migrantes pode dizer-lhe onde ir.
