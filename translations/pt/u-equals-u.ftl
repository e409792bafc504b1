### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

u-equals-u-title = { -uu }: { -undetectable } significa intransmissível
u-equals-u-description = O que significa { -uu }, como o tratamento impede que o { -hiv } passe para outras pessoas por via sexual e como as pessoas migrantes podem ter tratamento.
u-equals-u-intro-1 = As pessoas que vivem com { -hiv } podem ter uma vida longa e saudável. O tratamento do { -hiv } protege a sua saúde. Também protege as pessoas de quem gosta. Chama-se a isto **{ -uu }**. É uma sigla inglesa que quer dizer «{ -undetectable } = intransmissível». Em português, também se diz I=I.
u-equals-u-intro-2 = Esta página explica o que significa { -uu }, o que não abrange e como ter tratamento do { -hiv } na Europa.

## O que significa U=U

u-equals-u-what-u-u-means = O que significa { -uu }
u-equals-u-what-u-u-means-1 = O tratamento do { -hiv } é um medicamento que toma todos os dias. Em vez disso, algumas pessoas recebem o tratamento em injeção. O medicamento baixa a quantidade de { -hiv } no seu sangue. A esta quantidade chama-se **{ -viral-load }**.
u-equals-u-what-u-u-means-2 = Quando a sua { -viral-load } está muito baixa, os médicos dizem que é «{ -undetectable }». Para o { -uu }, isto quer dizer menos de **200 cópias** do vírus num mililitro de sangue (200 cópias/mL).
u-equals-u-what-u-u-means-3 = A maioria das pessoas fica { -undetectable } até **seis meses** depois de começar o tratamento.
u-equals-u-what-u-u-means-4 = Mantém-se { -undetectable } se tomar o tratamento tal como o seu médico o receitou.
u-equals-u-what-u-u-means-7 = O { -uu } aplica-se depois de se manter { -undetectable } durante pelo menos **seis meses**, a tomar todas as doses.
u-equals-u-what-u-u-means-5 = Uma análise ao sangue mede a sua { -viral-load }. A sua clínica diz-lhe de quanto em quanto tempo precisa de a fazer.
u-equals-u-what-u-u-means-6 = A [Prevention Access Campaign](https://preventionaccess.org/), que criou a campanha { -uu }, usa este limite de 200 cópias/mL. As orientações da OMS sobre o { -hiv }, de 2021, também dizem que as pessoas com menos de 200 cópias/mL não transmitem o { -hiv } por via sexual.

## Contra o que protege o U=U

u-equals-u-what-u-u-protects-against = Contra o que protege o { -uu }
u-equals-u-what-u-u-protects-against-1 = Se estiver { -undetectable }, **não transmite o { -hiv } por via sexual**. Isto é verdade com ou sem preservativo. Grandes estudos, com milhares de casais, demonstraram-no. [A ONUSIDA explica o que diz a ciência](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable).
u-equals-u-what-u-u-protects-against-6 = Isto quer dizer que **não há risco** de transmitir o { -hiv } por via sexual. Não é um risco pequeno. Não há risco nenhum. Em 2023, a OMS também afirmou que o risco é zero quando não é possível medir o { -hiv } no sangue.
u-equals-u-what-u-u-protects-against-2 = O { -uu } diz respeito apenas ao { -hiv }. Não protege contra:
u-equals-u-what-u-u-protects-against-3 = outras infeções sexualmente transmissíveis ({ -sti }), como a sífilis ou a clamídia
u-equals-u-what-u-u-protects-against-4 = a gravidez
u-equals-u-what-u-u-protects-against-5 = O preservativo, a contraceção e as consultas regulares ajudam nestes casos. A sua clínica pode ajudar a escolher o que é melhor para si.

## Gravidez e amamentação

u-equals-u-pregnancy-and-breastfeeding = Gravidez e amamentação
u-equals-u-pregnancy-and-breastfeeding-4 = O tratamento do { -hiv } também protege os bebés. Quando a mãe está { -undetectable } durante a gravidez e o parto, o risco de passar o { -hiv } ao bebé é quase zero. Quase todos estes bebés nascem sem { -hiv }.
u-equals-u-pregnancy-and-breastfeeding-3 = Se quiser ter um bebé, fale com a sua clínica. Quando está { -undetectable }, pode tentar ter um bebé sem transmitir o { -hiv } ao seu parceiro ou parceira.
u-equals-u-pregnancy-and-breastfeeding-2 = Com a amamentação é diferente. Quando está { -undetectable }, o risco de passar o { -hiv } ao bebé pelo leite materno é **baixo, mas não é zero**. Fale com o seu médico, de preferência antes de o bebé nascer. Juntos, podem fazer um plano para alimentar o bebé que seja o melhor para si e para ele.

## Começar e manter o tratamento

u-equals-u-getting-and-staying-on-treatment = Começar e manter o tratamento
u-equals-u-getting-and-staying-on-treatment-1 = Muitos países da Europa dão tratamento do { -hiv } a pessoas migrantes. Em alguns países, isto inclui pessoas que estão à espera de documentos ou que não têm documentos. As regras são diferentes em cada país. Em alguns sítios, o tratamento é gratuito. Noutros, pode ter de pagar ou de preencher formulários.
u-equals-u-getting-and-staying-on-treatment-2 = Pergunte numa clínica de { -hiv } ou numa clínica de saúde sexual.
u-equals-u-getting-and-staying-on-treatment-3 = Pergunte a uma organização comunitária local. Conhecem as regras do sítio onde vive.
u-equals-u-getting-and-staying-on-treatment-4 = Se se mudar, leve consigo os seus medicamentos e uma carta do seu médico.
u-equals-u-getting-and-staying-on-treatment-5 = Tente não parar o tratamento. Se parar, o vírus volta a aparecer no sangue. Nessa altura, o { -hiv } pode voltar a ser transmitido. Se os medicamentos lhe causarem problemas, ou se for difícil consegui-los, fale com o seu médico ou com uma organização local. Não está só, e há ajuda para si.

## Perguntas frequentes

u-equals-u-common-questions = Perguntas frequentes
u-equals-u-how-do-i-know-that = Como sei que estou { -undetectable }?
u-equals-u-how-do-i-know-that-1 = Só uma análise à { -viral-load } lhe pode dizer isso. Não é algo que se sinta. O relatório do laboratório pode dizer «{ -undetectable }», «não detetado» ou «inferior a» um número pequeno, por exemplo «inferior a 50». Isto quer dizer que o vírus está abaixo do que a análise consegue medir, muitas vezes 20 ou 50 cópias/mL. Para o { -uu }, conta qualquer resultado abaixo de **200 cópias/mL**.
u-equals-u-when-can-i-rely-on = Quando posso confiar no { -uu }?
u-equals-u-when-can-i-rely-on-1 = O { -uu } protege os seus parceiros depois de estar { -undetectable } durante pelo menos **seis meses**. Durante este tempo, tome todas as doses do tratamento e faça análises regulares à { -viral-load }. Até lá, use preservativo. Outra opção: o seu parceiro ou parceira pode tomar { -prep }. Se tiver dúvidas, pergunte ao seu médico.
u-equals-u-what-if-i-forget-my = E se me esquecer de tomar os medicamentos?
u-equals-u-what-if-i-forget-my-1 = Siga os conselhos da sua clínica ou do folheto que vem na caixa do medicamento. Se falhar doses muitas vezes, ou se parar durante vários dias, o vírus pode voltar. Nesse caso, o { -uu } deixa de proteger os seus parceiros. A sua clínica pode ajudar, por exemplo com lembretes ou com outro tratamento.
u-equals-u-does-u-u-work-for = O { -uu } funciona quando se partilham agulhas?
u-equals-u-does-u-u-work-for-1 = O { -uu } diz respeito ao sexo. Os estudos não mostraram o mesmo para a partilha de agulhas ou seringas. Use sempre agulhas e seringas novas. Um serviço local para pessoas que usam drogas pode dar-lhe agulhas e seringas novas.
u-equals-u-do-i-have-to-tell = Tenho de dizer aos meus parceiros que tenho { -hiv }?
u-equals-u-do-i-have-to-tell-1 = Contar ou não a um parceiro é uma decisão pessoal. Mas, em alguns países, a lei tem regras sobre isto. Uma organização local de apoio a pessoas com { -hiv } ou a migrantes pode explicar-lhe a lei do sítio onde vive.
u-equals-u-is-my-hiv-status-private = A informação de que tenho { -hiv } é privada?
u-equals-u-is-my-hiv-status-private-1 = Sim. Os profissionais de saúde têm de manter **confidencial** a informação de que tem { -hiv }. Se tiver receio de quem pode ver a sua informação, pergunte na sua clínica ou a uma organização local.
