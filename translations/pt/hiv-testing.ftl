### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

hiv-testing-title = Teste do { -hiv }: onde, como e quando
hiv-testing-description = As diferentes formas de fazer o teste do { -hiv }, quando um resultado é fiável e o que acontece depois do teste.
hiv-testing-intro-1 = Fazer o teste é a única forma de saber se tem { -hiv }. Muitas pessoas com { -hiv } sentem-se bem durante anos. O teste é rápido e simples. Saber o resultado ajuda a cuidar da sua saúde.

## Onde pode fazer o teste

hiv-testing-where-you-can-test = Onde pode fazer o teste
hiv-testing-where-you-can-test-1 = Pode escolher o sítio onde se sente melhor.
hiv-testing-where-you-can-test-2 = {"*"}*Clínica ou hospital:** Um profissional de saúde tira uma pequena amostra de sangue. Um laboratório analisa-a.
hiv-testing-where-you-can-test-3 = {"*"}*Teste na comunidade:** Muitas organizações comunitárias fazem um **teste rápido**. Usa uma gota de sangue do dedo. Recebe o resultado em menos de 30 minutos.
hiv-testing-where-you-can-test-4 = {"*"}*Autoteste:** Faz o teste por si, em casa ou noutro sítio privado. Pode obter um kit numa farmácia, na internet ou numa organização comunitária.
hiv-testing-where-you-can-test-6 = A OMS recomenda o autoteste do { -hiv } desde 2016. Se usar um autoteste, escolha um que tenha a **marcação CE** na caixa. Esta marcação mostra que o teste está aprovado para venda na Europa. Leia com atenção as instruções do kit.
hiv-testing-where-you-can-test-5 = O teste é **confidencial**. Isto quer dizer que os profissionais mantêm o seu resultado em privado. Fazer o teste é uma escolha sua. Em muitos sítios, é gratuito. Alguns serviços permitem fazer o teste **anonimamente**, sem dar o seu nome. [As orientações europeias do ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) dizem que o teste tem de ser voluntário e confidencial.
hiv-testing-where-you-can-test-7 = Quando fizer o teste do { -hiv }, peça para fazer também, ao mesmo tempo, o teste à **hepatite B**, à **hepatite C** e a outras { -sti }. Transmitem-se de formas parecidas e têm tratamento.

## Quando é que o resultado é fiável

hiv-testing-when-a-test-result-is = Quando é que o resultado é fiável
hiv-testing-when-a-test-result-is-1 = Depois de o { -hiv } entrar no corpo, o teste precisa de algum tempo para o encontrar. A este tempo chama-se **período de janela**. Depende do tipo de teste.
hiv-testing-when-a-test-result-is-2 = Tipo de teste
hiv-testing-when-a-test-result-is-3 = Onde
hiv-testing-when-a-test-result-is-17 = Repita o teste após
hiv-testing-when-a-test-result-is-5 = Teste de laboratório (sangue do braço)
hiv-testing-when-a-test-result-is-6 = Clínica ou hospital
hiv-testing-when-a-test-result-is-7 = {"*"}*45 dias** depois de uma possível exposição
hiv-testing-when-a-test-result-is-8 = Teste rápido (anticorpos)
hiv-testing-when-a-test-result-is-9 = Organização comunitária ou clínica
hiv-testing-when-a-test-result-is-10 = 3 meses (90 dias) depois de uma possível exposição
hiv-testing-when-a-test-result-is-11 = Autoteste (anticorpos)
hiv-testing-when-a-test-result-is-12 = Em casa
hiv-testing-when-a-test-result-is-13 = 3 meses (90 dias) depois de uma possível exposição
hiv-testing-when-a-test-result-is-14 = Se fizer o teste mais cedo, um resultado negativo pode não ser definitivo. Volte a fazer o teste quando o período de janela acabar. Se a possível exposição foi nas últimas 72 horas, pergunte hoje pela **{ -pep }**. A { -pep } é um medicamento que pode evitar a infeção pelo { -hiv } depois de uma exposição.
hiv-testing-when-a-test-result-is-15 = Há também um teste de laboratório que procura o próprio vírus. Pode encontrar o { -hiv } mais cedo do que os testes da tabela. Mas **não** é usado nos testes de rotina. Um médico pode usá-lo em casos especiais.
hiv-testing-when-a-test-result-is-16 = Se tomou { -pep } ou se toma { -prep }, o { -hiv } pode demorar mais tempo a aparecer num teste. Pergunte na sua clínica quando deve fazer o teste. No seu caso, o momento certo pode ser diferente.

## Se o resultado for reativo

hiv-testing-if-your-result-is-reactive = Se o resultado for reativo
hiv-testing-if-your-result-is-reactive-1 = Um teste rápido ou um autoteste pode dar um resultado **reativo**. Isto nem sempre quer dizer que tem { -hiv }. Precisa de um **teste de confirmação** feito por um serviço de saúde, normalmente num laboratório.
hiv-testing-if-your-result-is-reactive-2 = Respire fundo. Não está só.
hiv-testing-if-your-result-is-reactive-3 = Vá em breve a uma clínica ou a uma organização comunitária.
hiv-testing-if-your-result-is-reactive-4 = Diga que teve um teste reativo. Vão fazer-lhe o teste de confirmação.
hiv-testing-if-your-result-is-reactive-5 = Reativo quer dizer que o teste encontrou algo que pode ser { -hiv }. Às vezes, um teste dá reativo sem haver { -hiv }. É por isso que um serviço de saúde tem sempre de confirmar o resultado, normalmente num laboratório.
hiv-testing-if-your-result-is-reactive-7 = Se o seu resultado for **não reativo** (negativo), não apanhou o { -hiv } em possíveis exposições que aconteceram mais de 45 dias antes de um teste de laboratório, ou mais de 90 dias antes de um teste rápido ou de um autoteste. O teste ainda não consegue mostrar exposições mais recentes. Volte a fazer o teste depois do período de janela e depois de qualquer nova possível exposição.
hiv-testing-if-your-result-is-reactive-8 = Se faz tratamento para o { -hiv }, não use um teste rápido nem um autoteste para verificar o seu { -hiv }. O teste pode dar, por engano, um resultado negativo. Isso não quer dizer que o { -hiv } desapareceu.
hiv-testing-if-your-result-is-reactive-6 = Se o seu resultado for negativo e ainda puder apanhar o { -hiv }, pergunte pela **{ -prep }**. A { -prep } é um medicamento que impede que apanhe o { -hiv }.

## Se tiver VIH

hiv-testing-if-you-have-hiv = Se tiver { -hiv }
hiv-testing-if-you-have-hiv-1 = Se o teste de confirmação mostrar que tem { -hiv }, a clínica vai encaminhar o seu caso para os cuidados de { -hiv }. O tratamento funciona muito bem. As pessoas que vivem com { -hiv } e fazem tratamento podem ter uma vida longa e saudável. O tratamento também pode tornar a sua { -viral-load } { -undetectable }. Nesse caso, não transmite o { -hiv } por via sexual.
hiv-testing-if-you-have-hiv-3 = O que acontece a seguir:
hiv-testing-if-you-have-hiv-4 = Tem uma consulta com um médico ou um enfermeiro especializado em { -hiv }.
hiv-testing-if-you-have-hiv-5 = Tiram-lhe sangue para medir a sua { -viral-load } e ver como está o seu sistema imunitário.
hiv-testing-if-you-have-hiv-6 = Começa o tratamento.
hiv-testing-if-you-have-hiv-7 = {"["}A OMS recomenda desde 2017](https://www.who.int/publications/i/item/9789241550062) que o tratamento comece **o mais cedo possível**: de preferência no mesmo dia, ou até **7 dias** depois do diagnóstico. Às vezes, o médico espera um pouco mais por uma razão médica.
hiv-testing-if-you-have-hiv-2 = Pergunte na clínica ou a uma organização local sobre tratamento gratuito ou de baixo custo. As regras variam de país para país. Mas, em muitos países, as pessoas migrantes podem ter cuidados de { -hiv }.

## Perguntas frequentes

hiv-testing-common-questions = Perguntas frequentes
hiv-testing-do-i-have-to-give = Tenho de dar o meu nome?
hiv-testing-do-i-have-to-give-1 = Nem sempre. Alguns serviços permitem fazer o teste anonimamente. Pergunte antes de fazer o teste.
hiv-testing-does-the-test-hurt = O teste dói?
hiv-testing-does-the-test-hurt-1 = O teste rápido só precisa de uma pequena picada no dedo. O teste de laboratório usa uma amostra de sangue normal, tirada do braço.
hiv-testing-how-often-should-i-test = Com que frequência devo fazer o teste?
hiv-testing-how-often-should-i-test-1 = Faça o teste pelo menos uma vez. Se tem novos parceiros, muitas clínicas aconselham um teste pelo menos uma vez por ano, ou mais vezes. Se toma { -prep }, faz o teste mais ou menos a cada 3 meses.
hiv-testing-can-i-test-if-i = Posso fazer o teste se não tiver documentos?
hiv-testing-can-i-test-if-i-1 = Sim. Em muitos países, o teste na comunidade é gratuito e anónimo, e não precisa de mostrar documentos. Uma organização local de apoio a pessoas com { -hiv } ou a migrantes pode dizer-lhe onde ir.
