### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

prep-title = { -prep }: medicamento que previne o { -hiv }
prep-description = O que é a { -prep }, para quem é, as diferentes formas de a tomar e em que é diferente a { -pep }, que se toma depois de uma possível exposição.
prep-intro-1 = A { -prep } é um medicamento que impede que apanhe o { -hiv }. { -prep } quer dizer «profilaxia pré-exposição»: proteção antes de um possível contacto com o { -hiv }. É para pessoas que não têm { -hiv }. Quando é tomada da forma certa, a { -prep } funciona muito bem. [A OMS recomenda a { -prep }](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) para pessoas que têm mais probabilidade de apanhar o { -hiv }.
prep-intro-2 = A { -prep } pode ser em comprimidos ou em injeção.

## Para quem é a PrEP

prep-who-prep-is-for = Para quem é a { -prep }
prep-who-prep-is-for-1 = A { -prep } pode ser uma boa opção para si se:
prep-who-prep-is-for-2 = tem muitas vezes sexo sem preservativo
prep-who-prep-is-for-3 = o seu parceiro ou parceira tem { -hiv } e não está { -undetectable }, ou não sabe se essa pessoa tem { -hiv }
prep-who-prep-is-for-4 = teve recentemente uma infeção sexualmente transmissível ({ -sti })
prep-who-prep-is-for-5 = já precisou de tomar { -pep }
prep-who-prep-is-for-6 = partilha agulhas ou outro material para injetar drogas
prep-who-prep-is-for-7 = Um enfermeiro ou um médico vai fazer-lhe algumas perguntas, em privado. Depois, decidem juntos. Escolher a { -prep } é uma decisão saudável, de cuidado consigo e com os outros.
prep-who-prep-is-for-8 = Antes de começar, precisa de fazer um **teste do { -hiv }**. A { -prep } é só para pessoas que não têm { -hiv }. Os comprimidos de { -prep } diária também podem ser usados durante a gravidez e a amamentação. Fale com a sua clínica sobre isto.
prep-who-prep-is-for-9 = Antes de começar, também precisa de fazer um teste à **hepatite B**. Se não tiver proteção contra esta doença, peça a vacina. Os comprimidos de { -prep } também atuam sobre a hepatite B. Se tiver hepatite B crónica (de longa duração), a { -prep } por evento não é segura, e nunca deve parar a { -prep } de repente. Isto pode causar danos no seu fígado.

## Formas de tomar a PrEP

prep-ways-to-take-prep = Formas de tomar a { -prep }
prep-ways-to-take-prep-1 = Há diferentes formas de tomar a { -prep }. A sua clínica ajuda na escolha.
prep-ways-to-take-prep-2 = {"*"}*{ -prep } diária:** Toma um comprimido todos os dias. Funciona para todas as pessoas, incluindo quem tem sexo vaginal ou pelo «buraco da frente». As orientações europeias dizem para começar com **2 comprimidos** juntos, 2 a 24 horas antes do sexo. Isto protege todas as pessoas a partir de cerca de 2 horas depois dos 2 comprimidos. Nem todas as clínicas dão já este conselho, por isso pergunte na sua clínica como deve começar.
prep-ways-to-take-prep-3 = {"*"}*{ -prep } por evento (2-1-1):** Só toma comprimidos antes e depois das relações sexuais.
prep-ways-to-take-prep-4 = Tome **2 comprimidos** 2 a 24 horas antes do sexo.
prep-ways-to-take-prep-5 = Tome **1 comprimido** 24 horas depois dos 2 comprimidos.
prep-ways-to-take-prep-6 = Tome **mais 1 comprimido** 24 horas depois disso.
prep-ways-to-take-prep-7 = Se tiver sexo outra vez nos dias seguintes, continue a tomar 1 comprimido a cada 24 horas. Pare 2 dias depois da última vez que teve sexo.
prep-ways-to-take-prep-8 = Desde 2019, a OMS recomenda o esquema 2-1-1 para homens que têm sexo com homens. Em 2022, a OMS disse que também é adequado para outras pessoas a quem foi atribuído o sexo masculino à nascença e que não tomam hormonas de afirmação de género. A OMS continua a recomendar a { -prep } por evento **apenas** para pessoas a quem foi atribuído o sexo masculino à nascença. Se toma hormonas de afirmação de género, a OMS aconselha a { -prep } diária.
prep-ways-to-take-prep-13 = {"*"}*{ -prep } por evento para sexo vaginal ou pelo «buraco da frente» (2-7):** Desde 2025, as orientações europeias e do Reino Unido também propõem a { -prep } por evento para sexo vaginal e pelo «buraco da frente». Chama-se **2-7**.
prep-ways-to-take-prep-14 = Comece com **2 comprimidos** juntos, 2 a 24 horas antes do sexo.
prep-ways-to-take-prep-15 = Depois, tome **1 comprimido** todos os dias até **7 dias** depois da última vez que teve sexo.
prep-ways-to-take-prep-16 = A OMS não recomenda o esquema 2-7, e ainda nem todas as clínicas o oferecem. Pergunte na sua clínica qual é o esquema certo para si.
prep-ways-to-take-prep-10 = {"*"}*Injeções:** A { -prep } de longa duração é uma injeção dada por um profissional de saúde. Não precisa de tomar comprimidos todos os dias.
prep-ways-to-take-prep-11 = O **cabotegravir** é dado a cada **2 meses**. A OMS recomenda-o desde 2022. Segundo a Agência Europeia de Medicamentos (EMA), está aprovado na União Europeia desde 2023.
prep-ways-to-take-prep-12 = O **lenacapavir** é dado **duas vezes por ano**, a cada 6 meses. [A OMS recomendou-o em julho de 2025](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). Segundo a EMA, foi aprovado na União Europeia em 2025.
prep-ways-to-take-prep-9 = Estar aprovado não quer dizer que todas as clínicas o tenham. **A disponibilidade varia de país para país.** Pergunte na sua clínica o que existe no sítio onde vive.
prep-ways-to-take-prep-17 = O medicamento de uma injeção fica no corpo durante muitos meses depois da última injeção. A quantidade vai baixando devagar. Se apanhar o { -hiv } durante este tempo, alguns medicamentos para o { -hiv } podem deixar de funcionar para si. Se quiser parar as injeções, pergunte na sua clínica como manter a proteção, por exemplo com comprimidos de { -prep }.
prep-ways-to-take-prep-18 = As injeções de { -prep } estão aprovadas apenas para prevenir o { -hiv } transmitido por via sexual. Se injeta drogas, use comprimidos de { -prep } e use sempre agulhas e seringas novas.

## Manter-se saudável com a PrEP

prep-staying-healthy-on-prep = Manter-se saudável com a { -prep }
prep-staying-healthy-on-prep-1 = A { -prep } só protege contra o { -hiv }. **Não** protege contra outras { -sti } nem contra a gravidez. O preservativo e a contraceção ajudam nestes casos.
prep-staying-healthy-on-prep-2 = Se toma { -prep } em comprimidos, vai à clínica mais ou menos **a cada 3 meses**. Em cada consulta, faz:
prep-staying-healthy-on-prep-3 = um teste do { -hiv }
prep-staying-healthy-on-prep-7 = testes a outras { -sti }, como a sífilis, a gonorreia e a clamídia
prep-staying-healthy-on-prep-8 = uma análise aos rins, quando a sua clínica achar necessário
prep-staying-healthy-on-prep-9 = Se recebe { -prep } em injeção, faz um teste do { -hiv } nas consultas em que recebe a injeção.
prep-staying-healthy-on-prep-6 = Estas consultas protegem a sua saúde. Também servem para confirmar que a { -prep } continua a ser a opção certa para si. Muitas { -sti } não dão sintomas. Os testes regulares encontram-nas cedo, e a maioria tem tratamento.

## A PEP é diferente

prep-pep-is-different = A { -pep } é diferente
prep-pep-is-different-1 = { -pep } quer dizer «profilaxia pós-exposição». Toma-se **depois** de um possível contacto com o { -hiv }. Por exemplo, depois de um preservativo se romper, ou depois de uma relação sexual que não quis.
prep-pep-is-different-2 = Comece a { -pep } o mais cedo possível, **até 72 horas** (3 dias) depois do contacto.
prep-pep-is-different-3 = Quanto mais cedo começar, melhor funciona.
prep-pep-is-different-4 = Tem de a tomar durante **28 dias**.
prep-pep-is-different-6 = As orientações da OMS de 2024 sobre a { -pep } dizem que o ideal é começar nas primeiras 24 horas, e nunca depois das 72 horas. Depois da { -pep }, precisa de fazer outro teste do { -hiv }.
prep-pep-is-different-5 = Vá às urgências de um hospital ou a uma clínica de saúde sexual. Diga: «Preciso de { -pep }». Uma organização local pode dizer-lhe onde pode obter a { -pep } perto de si.
prep-pep-is-different-7 = Se precisar de { -pep } mais do que uma vez, pergunte pela { -prep }. Muitas clínicas podem ajudar a passar diretamente da { -pep } para a { -prep }.

## Como obter a PrEP

prep-how-to-get-prep = Como obter a { -prep }
prep-how-to-get-prep-1 = Pergunte numa clínica de saúde sexual ou numa clínica de { -hiv }.
prep-how-to-get-prep-2 = Pergunte a uma organização local de apoio a pessoas com { -hiv } ou a migrantes. Sabem onde a { -prep } é gratuita ou mais barata.
prep-how-to-get-prep-3 = Não tome comprimidos de { -prep } que um amigo lhe dê. Primeiro, precisa de fazer um teste do { -hiv } e uma consulta.
prep-how-to-get-prep-4 = As regras e os custos são diferentes em cada país. Em alguns países, a { -prep } é gratuita. Noutros, pode ter de pagar.

## Perguntas frequentes

prep-common-questions = Perguntas frequentes
prep-how-well-does-prep-work = A { -prep } funciona bem?
prep-how-well-does-prep-work-1 = A { -prep } funciona muito bem quando é tomada da forma certa. Funciona pior se falhar muitos comprimidos ou injeções.
prep-does-prep-have-side-effects = A { -prep } tem efeitos secundários?
prep-does-prep-have-side-effects-1 = Algumas pessoas têm enjoos ou problemas de estômago nas primeiras semanas. Normalmente, isto passa. As injeções podem doer no sítio onde são dadas. Fale com a sua clínica sobre qualquer problema.
prep-can-i-stop-prep = Posso parar a { -prep }?
prep-can-i-stop-prep-1 = Sim. Fale primeiro com a sua clínica. A forma segura de parar depende de como toma a { -prep } e do tipo de sexo que tem. Se tem hepatite B, ou se recebeu injeções de { -prep }, pergunte sempre na sua clínica como parar.
prep-will-anyone-know-that-i = Alguém vai saber que tomo { -prep }?
prep-will-anyone-know-that-i-1 = As suas consultas e os resultados dos seus testes são **confidenciais**. Os profissionais de saúde têm de os manter em privado.
