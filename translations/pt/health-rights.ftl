### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=7bb41170 tr=041edf3f
health-rights-title = O seu direito aos cuidados de saúde
# peerpress: en=d0b72b9c tr=73adda49
health-rights-description = Os seus direitos na Europa a cuidados de saúde, à privacidade e a um intérprete, tenha ou não documentos, e o que fazer se lhe recusarem cuidados.
# peerpress: en=1ef9931d tr=013c45cf
health-rights-intro-1 = Todas as pessoas têm direito a cuidados de saúde. Isto inclui migrantes, refugiados e pessoas sem documentos. Esta página explica os seus principais direitos. **As regras variam de país para país.** Uma organização local de apoio a pessoas com { -hiv } ou a migrantes pode explicar-lhe as regras do sítio onde vive.

## Os cuidados de saúde são um direito humano

# peerpress: en=ec58aac3 tr=e106f225
health-rights-health-care-is-a-human = Os cuidados de saúde são um direito humano
# peerpress: en=d5a3b660 tr=4fceced0
health-rights-health-care-is-a-human-1 = Vários acordos internacionais protegem o seu direito à saúde:
# peerpress: en=11b828f1 tr=b04de2c5
health-rights-health-care-is-a-human-2 = A [Declaração Universal dos Direitos Humanos](https://www.un.org/en/about-us/universal-declaration-of-human-rights), no artigo 25.º, diz que todas as pessoas têm direito a cuidados médicos.
# peerpress: en=b60bd1b3 tr=b39d05ff
health-rights-health-care-is-a-human-3 = O Pacto Internacional sobre os Direitos Económicos, Sociais e Culturais, no artigo 12.º, protege o direito ao melhor estado de saúde possível. Um comité da ONU explicou isto no Comentário Geral n.º 14. Diz que os países não podem impedir ninguém de ter acesso a cuidados de saúde, incluindo requerentes de asilo e pessoas sem documentos.
# peerpress: en=d620fd2c tr=20cb1c6a
health-rights-health-care-is-a-human-4 = A Carta Social Europeia do Conselho da Europa, nos artigos 11.º e 13.º, protege o direito à saúde e à assistência médica.
# peerpress: en=c2122a59 tr=b332acad
health-rights-health-care-is-a-human-5 = A [Carta dos Direitos Fundamentais da União Europeia](https://fra.europa.eu/en/eu-charter/article/35-health-care), no artigo 35.º, diz que todas as pessoas têm direito a cuidados de saúde preventivos e a tratamento médico. E acrescenta que as leis de cada país definem as condições.
# peerpress: en=5a4cb53b tr=a366938d
health-rights-health-care-is-a-human-6 = Cada país decide como estes direitos funcionam na prática. Em alguns países, pode ter de pagar ou de preencher formulários. Mas continua a ter direitos.
# peerpress: en=9822392f tr=96277aff
health-rights-health-care-is-a-human-7 = Estes textos dizem aos governos o que têm de fazer. Uma organização local pode usá-los para lhe dar apoio no acesso aos cuidados de saúde.

## O que isto significa para si

# peerpress: en=f72f8c45 tr=a72c4c95
health-rights-what-this-means-for-you = O que isto significa para si
# peerpress: en=263f0241 tr=dc37234b
health-rights-what-this-means-for-you-1 = O que pode receber depende do país e da sua situação. Em muitos países:
# peerpress: en=a767c3bc tr=8ac68db0
health-rights-what-this-means-for-you-2 = todas as pessoas recebem **cuidados de urgência**, tenham ou não documentos
# peerpress: en=34b15aeb tr=e170c4de
health-rights-what-this-means-for-you-3 = o teste do { -hiv } é gratuito e, muitas vezes, anónimo
# peerpress: en=a7c7f3f7 tr=9f4541dc
health-rights-what-this-means-for-you-4 = as crianças e as mulheres grávidas têm direitos adicionais a cuidados de saúde
# peerpress: en=02e62e33 tr=5bd553ea
health-rights-what-this-means-for-you-5 = Em alguns países, as pessoas sem documentos também podem ter tratamento do { -hiv }. Às vezes, primeiro é preciso preencher formulários ou mostrar um comprovativo de morada. Pergunte a uma organização local o que se aplica a si.

## A sua informação de saúde é privada

# peerpress: en=e1d141b8 tr=a979f5d5
health-rights-your-health-information-is-private = A sua informação de saúde é privada
# peerpress: en=c0a567c4 tr=29389881
health-rights-your-health-information-is-private-1 = Os médicos, os enfermeiros e os intérpretes têm de manter a sua informação de saúde **confidencial**. Se tem ou não { -hiv } é um assunto privado.
# peerpress: en=8adf1181 tr=a9bf9ad4
health-rights-your-health-information-is-private-6 = Os profissionais não podem falar da sua saúde à sua família, ao seu patrão ou ao seu senhorio sem a sua autorização.
# peerpress: en=f58c0013 tr=755723d8
health-rights-your-health-information-is-private-2 = Na maioria dos países, os profissionais de saúde não podem partilhar a sua informação com as autoridades de imigração. Mas as regras variam. Se tiver receio, pode perguntar:
# peerpress: en=e880b882 tr=568815d6
health-rights-your-health-information-is-private-3 = «Quem vai ver a minha informação?»
# peerpress: en=75678c7a tr=35325b49
health-rights-your-health-information-is-private-4 = «Vão partilhar a minha informação com alguém?»
# peerpress: en=2a9979d8 tr=5e14b05f
health-rights-your-health-information-is-private-5 = Uma organização local de apoio a pessoas com { -hiv } ou a migrantes pode explicar-lhe as regras do seu país. Alguns serviços também permitem fazer o teste sem dar o nome.

## O seu direito a um intérprete

# peerpress: en=f92e6da8 tr=fc4ee84b
health-rights-your-right-to-an-interpreter = O seu direito a um intérprete
# peerpress: en=2d316d80 tr=48f2b8e0
health-rights-your-right-to-an-interpreter-1 = Em muitos países, pode pedir um intérprete quando vai ao médico. O intérprete pode estar na sala ou ao telefone.
# peerpress: en=570a2eb1 tr=05f68a92
health-rights-your-right-to-an-interpreter-6 = Em alguns países, a lei dá-lhe direito a um intérprete nos cuidados de saúde. Noutros não, mas muitas clínicas conseguem arranjar um na mesma. Peça quando marcar a consulta.
# peerpress: en=ba580fa3 tr=1c2e5797
health-rights-your-right-to-an-interpreter-2 = Peça um **intérprete profissional, com formação**, e não um familiar ou um amigo.
# peerpress: en=f6494d00 tr=52e9efa5
health-rights-your-right-to-an-interpreter-3 = Os intérpretes profissionais têm de manter em privado o que diz.
# peerpress: en=99b7ebb6 tr=fe389524
health-rights-your-right-to-an-interpreter-4 = Pode pedir ao médico que explique outra vez, com palavras simples. Não há problema nenhum.
# peerpress: en=0ef3a7e7 tr=7075c67f
health-rights-your-right-to-an-interpreter-7 = As crianças não devem servir de intérpretes aos pais no médico.
# peerpress: en=835e545f tr=2c25e394
health-rights-your-right-to-an-interpreter-5 = Um intérprete profissional protege a sua privacidade. Também ajuda a perceber tudo sobre a sua saúde e o seu tratamento.

## Se lhe recusarem cuidados de saúde

# peerpress: en=a2f12802 tr=1c9ad10f
health-rights-if-you-are-refused-care = Se lhe recusarem cuidados de saúde
# peerpress: en=5955850c tr=ab82bcba
health-rights-if-you-are-refused-care-1 = Às vezes, uma clínica ou um hospital pode dizer que não. Isto pode ser um erro. Os profissionais nem sempre conhecem as regras para pessoas migrantes.
# peerpress: en=8b17a84d tr=d7a3309b
health-rights-if-you-are-refused-care-2 = Mantenha a calma e pergunte porquê.
# peerpress: en=2be784c9 tr=fa7f06ae
health-rights-if-you-are-refused-care-3 = Peça o motivo **por escrito**, com a data e o nome do serviço.
# peerpress: en=d87897e9 tr=a7996e9c
health-rights-if-you-are-refused-care-4 = Guarde todas as cartas e papéis.
# peerpress: en=17e0ed26 tr=0fe74721
health-rights-if-you-are-refused-care-5 = Contacte uma organização local de apoio a pessoas com { -hiv } ou a migrantes. Podem dar-lhe apoio e, talvez, ir consigo da próxima vez.
# peerpress: en=b65a6fe5 tr=d14ac989
health-rights-if-you-are-refused-care-8 = Também pode **reclamar**. Pergunte na clínica ou no hospital como fazer uma reclamação. Em muitos países, também pode reclamar junto de um provedor do doente ou de uma instituição nacional de direitos humanos. Uma organização local pode ajudar a escrever a reclamação.
# peerpress: en=8225bed4 tr=5272d8b1
health-rights-if-you-are-refused-care-6 = Numa emergência, vá às urgências de um hospital ou ligue para o **112**. Este número de emergência funciona em todos os países da UE.
# peerpress: en=7a25a7d6 tr=843a2c2a
health-rights-if-you-are-refused-care-7 = As organizações locais de apoio a pessoas com { -hiv } ou a migrantes conhecem as regras do seu país. Podem ajudar na sua língua. Procure os contactos destas organizações junto desta página ou deste folheto.

## Perguntas frequentes

# peerpress: en=dfb8a3d4 tr=fb555219
health-rights-common-questions = Perguntas frequentes
# peerpress: en=23defde8 tr=dbc88fcb
health-rights-do-i-have-to-pay = Tenho de pagar?
# peerpress: en=e534895f tr=940e4a65
health-rights-do-i-have-to-pay-1 = Depende do país e da sua situação. Numa emergência, a maioria dos países trata primeiro e só depois envia a conta, se houver. Antes de pagar, pergunte se há ajuda para os custos. Uma organização local pode ajudar.
# peerpress: en=58936613 tr=6859fff9
health-rights-can-i-bring-someone-with = Posso levar alguém comigo?
# peerpress: en=b745790c tr=5f2ba5d8
health-rights-can-i-bring-someone-with-1 = Sim. Normalmente, pode levar uma pessoa de confiança. Mas, para interpretar, peça um intérprete profissional.
# peerpress: en=31a7f4f7 tr=fef4fde5
health-rights-what-if-i-do-not = E se não perceber uma carta ou um formulário?
# peerpress: en=57724250 tr=e0eee868
health-rights-what-if-i-do-not-1 = Peça na clínica que lhe expliquem. Uma organização local também pode ajudar a ler.
