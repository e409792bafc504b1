### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

health-rights-title = O seu direito aos cuidados de saúde
health-rights-description = Os seus direitos na Europa a cuidados de saúde, à privacidade e a um intérprete, tenha ou não documentos, e o que fazer se lhe recusarem cuidados.
health-rights-intro-1 = Todas as pessoas têm direito a cuidados de saúde. Isto inclui migrantes, refugiados e pessoas sem documentos. Esta página explica os seus principais direitos. **As regras variam de país para país.** Uma organização local de apoio a pessoas com { -hiv } ou a migrantes pode explicar-lhe as regras do sítio onde vive.

## Os cuidados de saúde são um direito humano

health-rights-health-care-is-a-human = Os cuidados de saúde são um direito humano
health-rights-health-care-is-a-human-1 = Vários acordos internacionais protegem o seu direito à saúde:
health-rights-health-care-is-a-human-2 = A [Declaração Universal dos Direitos Humanos](https://www.un.org/en/about-us/universal-declaration-of-human-rights), no artigo 25.º, diz que todas as pessoas têm direito a cuidados médicos.
health-rights-health-care-is-a-human-3 = Um acordo da ONU de 1966 (artigo 12.º) protege o direito ao melhor estado de saúde possível. Um comité da ONU explicou isto em 2000. Diz que os países não podem impedir ninguém de ter acesso a cuidados de saúde, incluindo requerentes de asilo e pessoas sem documentos.
health-rights-health-care-is-a-human-8 = A Carta Social Europeia do Conselho da Europa (artigos 11.º e 13.º) protege o direito à saúde e à assistência médica. Mas protege sobretudo as pessoas que vivem legalmente no país. Para adultos sem documentos, protege a assistência médica de urgência. As crianças sem documentos têm mais proteção.
health-rights-health-care-is-a-human-9 = As regras da UE dizem que as pessoas que pedem asilo num país da UE têm de receber os cuidados de saúde de que precisam. Isto inclui, pelo menos, cuidados de urgência e o tratamento essencial de doenças.
health-rights-health-care-is-a-human-5 = A [Carta dos Direitos Fundamentais da União Europeia](https://fra.europa.eu/en/eu-charter/article/35-health-care), no artigo 35.º, diz que todas as pessoas têm direito a cuidados de saúde preventivos e a tratamento médico. E acrescenta que as leis de cada país definem as condições.
health-rights-health-care-is-a-human-6 = Cada país decide como estes direitos funcionam na prática. Em alguns países, pode ter de pagar ou de preencher formulários. Mas continua a ter direitos.
health-rights-health-care-is-a-human-7 = Estes textos dizem aos governos o que têm de fazer. Uma organização local pode usá-los para lhe dar apoio no acesso aos cuidados de saúde.

## O que isto significa para si

health-rights-what-this-means-for-you = O que isto significa para si
health-rights-what-this-means-for-you-1 = O que pode receber depende do país e da sua situação. Em muitos países:
health-rights-what-this-means-for-you-2 = todas as pessoas recebem **cuidados de urgência**, tenham ou não documentos
health-rights-what-this-means-for-you-3 = o teste do { -hiv } é gratuito e, muitas vezes, anónimo
health-rights-what-this-means-for-you-4 = as crianças e as mulheres grávidas têm direitos adicionais a cuidados de saúde
health-rights-what-this-means-for-you-5 = Em alguns países, o tratamento do { -hiv } é gratuito para todas as pessoas, tenham ou não documentos. Por exemplo, em Inglaterra, o tratamento do { -hiv } no NHS (o serviço nacional de saúde) é gratuito para todas as pessoas. Na Suécia, os cuidados de { -hiv } são gratuitos por lei, também para pessoas sem documentos. Noutros países, pode ter de preencher formulários primeiro ou mostrar um comprovativo de morada. Pergunte a uma organização local o que se aplica a si.

## A sua informação de saúde é privada

health-rights-your-health-information-is-private = A sua informação de saúde é privada
health-rights-your-health-information-is-private-1 = Os médicos, os enfermeiros e os intérpretes têm de manter a sua informação de saúde **confidencial**. Se tem ou não { -hiv } é um assunto privado.
health-rights-your-health-information-is-private-6 = Os profissionais não podem falar da sua saúde à sua família, ao seu patrão ou ao seu senhorio sem a sua autorização.
health-rights-your-health-information-is-private-2 = Na maioria dos países, os médicos e os enfermeiros não podem partilhar a sua informação com as autoridades de imigração. Mas as regras variam. Normalmente, o maior risco vem do serviço que paga os seus cuidados de saúde, como um serviço de ação social.
health-rights-your-health-information-is-private-7 = Por exemplo, na Alemanha, o serviço de ação social tem de informar o serviço de imigração sobre pessoas sem documentos que lhe peçam para pagar cuidados que não são urgentes. Em Inglaterra, o NHS informa o Home Office (o ministério do Interior britânico) sobre contas de hospital por pagar. Isto pode prejudicar, mais tarde, um pedido de visto.
health-rights-your-health-information-is-private-8 = Os cuidados de urgência são mais seguros. Na Alemanha, os dados de um tratamento de urgência no hospital não podem ser passados ao serviço de imigração. Em Inglaterra, os cuidados nas urgências do hospital são gratuitos para todas as pessoas, e o tratamento do { -hiv } também. Mas, se tiver de ficar no hospital, pode receber uma conta.
health-rights-your-health-information-is-private-9 = {"*"}*Peça conselho a uma organização local antes de pedir ajuda para pagar os custos dos cuidados de saúde.** Se tiver receio, pode perguntar:
health-rights-your-health-information-is-private-3 = «Quem vai ver a minha informação?»
health-rights-your-health-information-is-private-4 = «Vão partilhar a minha informação com alguém?»
health-rights-your-health-information-is-private-5 = Uma organização local de apoio a pessoas com { -hiv } ou a migrantes pode explicar-lhe as regras do seu país. Alguns serviços também permitem fazer o teste sem dar o nome.

## O seu direito a um intérprete

health-rights-your-right-to-an-interpreter = O seu direito a um intérprete
health-rights-your-right-to-an-interpreter-1 = Em muitos países, pode pedir um intérprete quando vai ao médico. O intérprete pode estar na sala ou ao telefone.
health-rights-your-right-to-an-interpreter-6 = Em alguns países, a lei dá-lhe direito a um intérprete nos cuidados de saúde. Noutros não, mas muitas clínicas conseguem arranjar um na mesma. Peça quando marcar a consulta.
health-rights-your-right-to-an-interpreter-2 = Peça um **intérprete profissional, com formação**, e não um familiar ou um amigo.
health-rights-your-right-to-an-interpreter-3 = Os intérpretes profissionais têm de manter em privado o que diz.
health-rights-your-right-to-an-interpreter-4 = Pode pedir ao médico que explique outra vez, com palavras simples. Não há problema nenhum.
health-rights-your-right-to-an-interpreter-7 = As crianças não devem servir de intérpretes aos pais no médico.
health-rights-your-right-to-an-interpreter-5 = Um intérprete profissional protege a sua privacidade. Também ajuda a perceber tudo sobre a sua saúde e o seu tratamento.

## Se lhe recusarem cuidados de saúde

health-rights-if-you-are-refused-care = Se lhe recusarem cuidados de saúde
health-rights-if-you-are-refused-care-1 = Às vezes, uma clínica ou um hospital pode dizer que não. Isto pode ser um erro. Os profissionais nem sempre conhecem as regras para pessoas migrantes.
health-rights-if-you-are-refused-care-2 = Mantenha a calma e pergunte porquê.
health-rights-if-you-are-refused-care-3 = Peça o motivo **por escrito**, com a data e o nome do serviço.
health-rights-if-you-are-refused-care-4 = Guarde todas as cartas e papéis.
health-rights-if-you-are-refused-care-5 = Contacte uma organização local de apoio a pessoas com { -hiv } ou a migrantes. Podem dar-lhe apoio e, talvez, ir consigo da próxima vez.
health-rights-if-you-are-refused-care-8 = Também pode **reclamar**. Pergunte na clínica ou no hospital como fazer uma reclamação. Em muitos países, também pode reclamar junto de um serviço independente para reclamações de doentes, ou de um serviço nacional de direitos humanos. Uma organização local pode ajudar a escrever a reclamação.
health-rights-if-you-are-refused-care-6 = Numa emergência, vá às urgências de um hospital ou ligue para o **112**. Este número de emergência funciona em todos os países da UE.
health-rights-if-you-are-refused-care-7 = As organizações locais de apoio a pessoas com { -hiv } ou a migrantes conhecem as regras do seu país. Podem ajudar na sua língua. Procure os contactos destas organizações junto desta página ou deste folheto.

## Perguntas frequentes

health-rights-common-questions = Perguntas frequentes
health-rights-do-i-have-to-pay = Tenho de pagar?
health-rights-do-i-have-to-pay-1 = Depende do país e da sua situação. Numa emergência, a maioria dos países trata primeiro e só depois envia a conta, se houver. Antes de pagar, pergunte se há ajuda para os custos. Uma organização local pode ajudar.
health-rights-can-i-bring-someone-with = Posso levar alguém comigo?
health-rights-can-i-bring-someone-with-1 = Sim. Normalmente, pode levar uma pessoa de confiança. Mas, para interpretar, peça um intérprete profissional.
health-rights-what-if-i-do-not = E se não perceber uma carta ou um formulário?
health-rights-what-if-i-do-not-1 = Peça na clínica que lhe expliquem. Uma organização local também pode ajudar a ler.
