### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=69599a2c tr=f7a1e593
prep-title = { -prep }: medicamento que previne o { -hiv }
# peerpress: en=f58b6c19 tr=05113c7e
prep-description = O que é a { -prep }, para quem é, as diferentes formas de a tomar e em que é diferente a { -pep }, que se toma depois de uma possível exposição.
# peerpress: en=b90f408c tr=fb7f59bb
prep-intro-1 = A { -prep } é um medicamento que impede que apanhe o { -hiv }. { -prep } quer dizer «profilaxia pré-exposição», ou seja, prevenção antes de um possível contacto com o { -hiv }. É para pessoas que não têm { -hiv }. Quando é tomada da forma certa, a { -prep } funciona muito bem. [A OMS recomenda a { -prep }](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) para pessoas que têm mais probabilidade de apanhar o { -hiv }.
# peerpress: en=df3bc490 tr=6ec4b127
prep-intro-2 = A { -prep } pode ser em comprimidos ou em injeção.

## Para quem é a PrEP

# peerpress: en=d83749d7 tr=abc5d9c3
prep-who-prep-is-for = Para quem é a { -prep }
# peerpress: en=f7d92656 tr=40c275dc
prep-who-prep-is-for-1 = A { -prep } pode ser uma boa opção para si se:
# peerpress: en=394922d7 tr=4e84ed6e
prep-who-prep-is-for-2 = tem muitas vezes sexo sem preservativo
# peerpress: en=5a0cbf68 tr=dfcefa77
prep-who-prep-is-for-3 = o seu parceiro ou parceira tem { -hiv } e não está { -undetectable }, ou não sabe se essa pessoa tem { -hiv }
# peerpress: en=4c04527d tr=496e3aea
prep-who-prep-is-for-4 = teve recentemente uma infeção sexualmente transmissível ({ -sti })
# peerpress: en=6e406113 tr=7777be04
prep-who-prep-is-for-5 = já precisou de tomar { -pep }
# peerpress: en=25267266 tr=7dfa783a
prep-who-prep-is-for-6 = partilha agulhas ou outro material para injetar drogas
# peerpress: en=647896fb tr=b8f360fb
prep-who-prep-is-for-7 = Um enfermeiro ou um médico vai fazer-lhe algumas perguntas, em privado. Depois, decidem juntos. Escolher a { -prep } é uma decisão saudável, de cuidado consigo e com os outros.
# peerpress: en=a2aa1fa2 tr=6de1a3b8
prep-who-prep-is-for-8 = Antes de começar, precisa de fazer um **teste do { -hiv }**. A { -prep } é só para pessoas que não têm { -hiv }. Os comprimidos de { -prep } diária também podem ser usados durante a gravidez e a amamentação. Fale com a sua clínica sobre isto.

## Formas de tomar a PrEP

# peerpress: en=286c6787 tr=c6e6d7cf
prep-ways-to-take-prep = Formas de tomar a { -prep }
# peerpress: en=e6cd86b2 tr=983fa9a4
prep-ways-to-take-prep-1 = Há diferentes formas de tomar a { -prep }. A sua clínica ajuda na escolha.
# peerpress: en=1bffcf6f tr=b51baf47
prep-ways-to-take-prep-2 = {"*"}*{ -prep } diária:** Toma um comprimido todos os dias. Funciona para todas as pessoas, incluindo quem tem sexo vaginal ou pelo «buraco da frente». Pergunte na sua clínica quantos dias são precisos até ficar com proteção.
# peerpress: en=da27073a tr=515ea681
prep-ways-to-take-prep-3 = {"*"}*{ -prep } por evento (2-1-1):** Só toma comprimidos antes e depois das relações sexuais.
# peerpress: en=248287ae tr=ee1eea59
prep-ways-to-take-prep-4 = Tome **2 comprimidos** 2 a 24 horas antes do sexo.
# peerpress: en=b9e57a02 tr=7259379c
prep-ways-to-take-prep-5 = Tome **1 comprimido** 24 horas depois da primeira toma.
# peerpress: en=85539729 tr=f6e69496
prep-ways-to-take-prep-6 = Tome **mais 1 comprimido** 24 horas depois disso.
# peerpress: en=2fca8a8d tr=26d08e3e
prep-ways-to-take-prep-7 = Se tiver sexo outra vez nos dias seguintes, continue a tomar 1 comprimido a cada 24 horas. Pare 2 dias depois da última vez que teve sexo.
# peerpress: en=822da812 tr=3b86c190
prep-ways-to-take-prep-8 = Desde 2019, a OMS recomenda o esquema 2-1-1 para homens que têm sexo com homens. Em 2022, a OMS disse que também é adequado para outras pessoas a quem foi atribuído o sexo masculino à nascença e que não tomam hormonas de afirmação de género. O esquema 2-1-1 **não** é recomendado para sexo vaginal ou pelo «buraco da frente». Se toma hormonas de afirmação de género, use a { -prep } diária.
# peerpress: en=61a8ebb9 tr=2feef23f
prep-ways-to-take-prep-10 = {"*"}*Injeções:** A { -prep } de longa duração é uma injeção dada por um profissional de saúde. Não precisa de tomar comprimidos todos os dias.
# peerpress: en=c9692116 tr=1665183e
prep-ways-to-take-prep-11 = O **cabotegravir** é dado a cada **2 meses**. A OMS recomenda-o desde 2022. Segundo a Agência Europeia de Medicamentos (EMA), está aprovado na União Europeia desde 2023.
# peerpress: en=228d5759 tr=16d78f9e
prep-ways-to-take-prep-12 = O **lenacapavir** é dado **duas vezes por ano**, a cada 6 meses. [A OMS recomendou-o em julho de 2025](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). Segundo a EMA, foi aprovado na União Europeia em 2025.
# peerpress: en=88fcc2c3 tr=1b713def
prep-ways-to-take-prep-9 = Estar aprovado não quer dizer que todas as clínicas o tenham. **A disponibilidade varia de país para país.** Pergunte na sua clínica o que existe no sítio onde vive.

## Manter-se saudável com a PrEP

# peerpress: en=e81185c9 tr=7380498b
prep-staying-healthy-on-prep = Manter-se saudável com a { -prep }
# peerpress: en=14d52766 tr=eae81084
prep-staying-healthy-on-prep-1 = A { -prep } só protege contra o { -hiv }. **Não** protege contra outras { -sti } nem contra a gravidez. O preservativo e a contraceção ajudam nestes casos.
# peerpress: en=44c03fd8 tr=73a9736f
prep-staying-healthy-on-prep-2 = Se toma { -prep } em comprimidos, vai à clínica mais ou menos **a cada 3 meses**. Em cada consulta, faz:
# peerpress: en=31671af9 tr=e5a44520
prep-staying-healthy-on-prep-3 = um teste do { -hiv }
# peerpress: en=cdc0c2ac tr=139aa39a
prep-staying-healthy-on-prep-7 = testes a outras { -sti }, como a sífilis, a gonorreia e a clamídia
# peerpress: en=ee57ccb8 tr=35a15bb4
prep-staying-healthy-on-prep-8 = uma análise aos rins, quando a sua clínica achar necessário
# peerpress: en=37d56a31 tr=c30ff357
prep-staying-healthy-on-prep-9 = Se recebe { -prep } em injeção, faz um teste do { -hiv } nas consultas em que recebe a injeção.
# peerpress: en=9e6fa85e tr=740f994e
prep-staying-healthy-on-prep-6 = Estas consultas protegem a sua saúde. Também servem para confirmar que a { -prep } continua a ser a opção certa para si. Muitas { -sti } não dão sintomas. Os testes regulares encontram-nas cedo, e a maioria tem tratamento.

## A PEP é diferente

# peerpress: en=63f891cd tr=8049aef9
prep-pep-is-different = A { -pep } é diferente
# peerpress: en=42cebeb6 tr=9b1c7771
prep-pep-is-different-1 = { -pep } quer dizer «profilaxia pós-exposição». Toma-se **depois** de um possível contacto com o { -hiv }. Por exemplo, depois de um preservativo se romper, ou depois de uma relação sexual que não quis.
# peerpress: en=8474358f tr=d870aabe
prep-pep-is-different-2 = Comece a { -pep } o mais cedo possível, **até 72 horas** (3 dias) depois do contacto.
# peerpress: en=92cd46b1 tr=4af8c413
prep-pep-is-different-3 = Quanto mais cedo começar, melhor funciona.
# peerpress: en=6a5454fa tr=625f4e39
prep-pep-is-different-4 = Tem de a tomar durante **28 dias**.
# peerpress: en=b9932749 tr=e5694c5b
prep-pep-is-different-6 = As orientações da OMS de 2024 sobre a { -pep } dizem que o ideal é começar nas primeiras 24 horas, e nunca depois das 72 horas. Depois da { -pep }, precisa de fazer outro teste do { -hiv }.
# peerpress: en=00dedecb tr=01bfaf5f
prep-pep-is-different-5 = Vá às urgências de um hospital ou a uma clínica de saúde sexual. Diga: «Preciso de { -pep }». Uma organização local pode dizer-lhe onde pode obter a { -pep } perto de si.
# peerpress: en=3970e33f tr=8172c348
prep-pep-is-different-7 = Se precisar de { -pep } mais do que uma vez, pergunte pela { -prep }. Muitas clínicas podem ajudar a passar diretamente da { -pep } para a { -prep }.

## Como obter a PrEP

# peerpress: en=c5af1c14 tr=7852056c
prep-how-to-get-prep = Como obter a { -prep }
# peerpress: en=4f70f84b tr=f3260293
prep-how-to-get-prep-1 = Pergunte numa clínica de saúde sexual ou numa clínica de { -hiv }.
# peerpress: en=57a38993 tr=b1fcfd1c
prep-how-to-get-prep-2 = Pergunte a uma organização local de apoio a pessoas com { -hiv } ou a migrantes. Sabem onde a { -prep } é gratuita ou mais barata.
# peerpress: en=c4503908 tr=feb054ce
prep-how-to-get-prep-3 = Não tome comprimidos de { -prep } que um amigo lhe dê. Primeiro, precisa de fazer um teste do { -hiv } e uma consulta.
# peerpress: en=40e97ee8 tr=123e766d
prep-how-to-get-prep-4 = As regras e os custos são diferentes em cada país. Em alguns países, a { -prep } é gratuita. Noutros, pode ter de pagar.

## Perguntas frequentes

# peerpress: en=dfb8a3d4 tr=4d6feef1
prep-common-questions = Perguntas frequentes
# peerpress: en=63663183 tr=a7976a9c
prep-how-well-does-prep-work = A { -prep } funciona bem?
# peerpress: en=4de88a6c tr=1130b6ea
prep-how-well-does-prep-work-1 = A { -prep } funciona muito bem quando é tomada da forma certa. Funciona pior se falhar muitos comprimidos ou injeções.
# peerpress: en=e7f9b3e1 tr=e6440167
prep-does-prep-have-side-effects = A { -prep } tem efeitos secundários?
# peerpress: en=f4f2885d tr=ce3fb766
prep-does-prep-have-side-effects-1 = Algumas pessoas têm enjoos ou problemas de estômago nas primeiras semanas. Normalmente, isto passa. As injeções podem doer no sítio onde são dadas. Fale com a sua clínica sobre qualquer problema.
# peerpress: en=a4d7b712 tr=4e2e384a
prep-can-i-stop-prep = Posso parar a { -prep }?
# peerpress: en=5ef6cb40 tr=2c90f310
prep-can-i-stop-prep-1 = Sim. Fale primeiro com a sua clínica. A forma segura de parar depende de como toma a { -prep }.
# peerpress: en=0480fe7d tr=652f987b
prep-will-anyone-know-that-i = Alguém vai saber que tomo { -prep }?
# peerpress: en=27349db0 tr=98625e01
prep-will-anyone-know-that-i-1 = As suas consultas e os resultados dos seus testes são **confidenciais**. Os profissionais de saúde têm de os manter em privado.
