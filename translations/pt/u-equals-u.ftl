### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=77638b7c tr=c78a2b91
u-equals-u-title = { -uu }: { -undetectable } significa intransmissível
# peerpress: en=3c28cfa4 tr=8d780855
u-equals-u-description = O que significa { -uu }, como o tratamento impede que o { -hiv } passe para outras pessoas por via sexual e como as pessoas migrantes podem ter tratamento.
# peerpress: en=68f4f376 tr=d476dfe0
u-equals-u-intro-1 = As pessoas que vivem com { -hiv } podem ter uma vida longa e saudável. O tratamento do { -hiv } protege a sua saúde. Também protege as pessoas de quem gosta. Chama-se a isto **{ -uu }**. É uma sigla inglesa que quer dizer «{ -undetectable } = intransmissível». Em português, também se diz I=I.
# peerpress: en=1d11a439 tr=2afe8578
u-equals-u-intro-2 = Esta página explica o que significa { -uu }, o que não abrange e como ter tratamento do { -hiv } na Europa.

## O que significa U=U

# peerpress: en=a1171ecc tr=6fcc018b
u-equals-u-what-u-u-means = O que significa { -uu }
# peerpress: en=46c0c021 tr=b3ba137a
u-equals-u-what-u-u-means-1 = O tratamento do { -hiv } é um medicamento que toma todos os dias. Algumas pessoas recebem antes uma injeção de tratamento. O medicamento baixa a quantidade de { -hiv } no seu sangue. A esta quantidade chama-se **{ -viral-load }**.
# peerpress: en=7dd8258f tr=38579ecc
u-equals-u-what-u-u-means-2 = Quando a sua { -viral-load } está muito baixa, os médicos dizem que é «{ -undetectable }». Isto quer dizer menos de **200 cópias** do vírus num mililitro de sangue (200 cópias/mL).
# peerpress: en=025e116d tr=a9c3cb24
u-equals-u-what-u-u-means-3 = A maioria das pessoas fica { -undetectable } até **seis meses** depois de começar o tratamento.
# peerpress: en=c23eeef3 tr=a21d9d21
u-equals-u-what-u-u-means-4 = Mantém-se { -undetectable } se tomar o tratamento tal como o seu médico o receitou.
# peerpress: en=1bc362a7 tr=b8896f2b
u-equals-u-what-u-u-means-5 = Uma análise ao sangue mede a sua { -viral-load }. A sua clínica diz-lhe de quanto em quanto tempo precisa de a fazer.
# peerpress: en=98496aa0 tr=f5672df9
u-equals-u-what-u-u-means-6 = A [Prevention Access Campaign](https://preventionaccess.org/), que criou a campanha { -uu }, usa este limite de 200 cópias/mL. As orientações da OMS sobre o { -hiv }, de 2021, também dizem que as pessoas com menos de 200 cópias/mL não transmitem o { -hiv } por via sexual.

## Contra o que protege o U=U

# peerpress: en=02ecbb89 tr=7fd725de
u-equals-u-what-u-u-protects-against = Contra o que protege o { -uu }
# peerpress: en=3b810de6 tr=dfacccf0
u-equals-u-what-u-u-protects-against-1 = Se estiver { -undetectable }, **não transmite o { -hiv } por via sexual**. Isto é verdade com ou sem preservativo. Grandes estudos, com milhares de casais, demonstraram-no. [A ONUSIDA explica o que diz a ciência](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable).
# peerpress: en=93277428 tr=14f2b6d7
u-equals-u-what-u-u-protects-against-6 = Isto quer dizer que **não há risco** de transmitir o { -hiv } por via sexual. Não é um risco pequeno. Não há risco nenhum. Em 2023, a OMS também afirmou que o risco é zero quando não é possível medir o { -hiv } no sangue.
# peerpress: en=d866c162 tr=844cfced
u-equals-u-what-u-u-protects-against-2 = O { -uu } diz respeito apenas ao { -hiv }. Não protege contra:
# peerpress: en=3b6a6e7c tr=8ccc672b
u-equals-u-what-u-u-protects-against-3 = outras infeções sexualmente transmissíveis ({ -sti }), como a sífilis ou a clamídia
# peerpress: en=f1d6a553 tr=99731c5c
u-equals-u-what-u-u-protects-against-4 = a gravidez
# peerpress: en=2894e87f tr=013ddc1d
u-equals-u-what-u-u-protects-against-5 = O preservativo, a contraceção e as consultas regulares ajudam nestes casos. A sua clínica pode ajudar a escolher o que é melhor para si.

## Gravidez e amamentação

# peerpress: en=44bf111b tr=cd8e5a00
u-equals-u-pregnancy-and-breastfeeding = Gravidez e amamentação
# peerpress: en=b56775b4 tr=e7774252
u-equals-u-pregnancy-and-breastfeeding-1 = O tratamento do { -hiv } também protege os bebés. Com tratamento, a maioria das mães que vivem com { -hiv } tem bebés sem { -hiv }.
# peerpress: en=fc076dd8 tr=c21f311b
u-equals-u-pregnancy-and-breastfeeding-3 = Se quiser ter um bebé, fale com a sua clínica. Quando está { -undetectable }, pode tentar ter um bebé sem transmitir o { -hiv } ao seu parceiro ou parceira.
# peerpress: en=61c0837c tr=f1cf47e1
u-equals-u-pregnancy-and-breastfeeding-2 = Com a amamentação é diferente. Quando está { -undetectable }, o risco de passar o { -hiv } ao bebé pelo leite materno é **baixo, mas não é zero**. Fale com o seu médico, de preferência antes de o bebé nascer. Juntos, podem fazer um plano para alimentar o bebé que seja o melhor para si e para ele.

## Começar e manter o tratamento

# peerpress: en=17b6deb2 tr=a0b605d2
u-equals-u-getting-and-staying-on-treatment = Começar e manter o tratamento
# peerpress: en=d6c6b69a tr=565c72f8
u-equals-u-getting-and-staying-on-treatment-1 = Muitos países da Europa dão tratamento do { -hiv } a pessoas migrantes. Em alguns países, isto inclui pessoas que estão à espera de documentos ou que não têm documentos. As regras são diferentes em cada país. Em alguns sítios, o tratamento é gratuito. Noutros, pode ter de pagar ou de preencher formulários.
# peerpress: en=dfa28cd6 tr=1f7ab1d7
u-equals-u-getting-and-staying-on-treatment-2 = Pergunte numa clínica de { -hiv } ou numa clínica de saúde sexual.
# peerpress: en=0d5a422d tr=5e823a81
u-equals-u-getting-and-staying-on-treatment-3 = Pergunte a uma organização comunitária local. Conhecem as regras do sítio onde vive.
# peerpress: en=30782945 tr=285e04ec
u-equals-u-getting-and-staying-on-treatment-4 = Se se mudar, leve consigo os seus medicamentos e uma carta do seu médico.
# peerpress: en=3d0e33fe tr=8f16b222
u-equals-u-getting-and-staying-on-treatment-5 = Tente não parar o tratamento. Se parar, o vírus volta a aparecer no sangue. Nessa altura, o { -hiv } pode voltar a ser transmitido. Se os medicamentos lhe causarem problemas, ou se for difícil consegui-los, fale com o seu médico ou com uma organização local. Não está só, e há ajuda para si.

## Perguntas frequentes

# peerpress: en=dfb8a3d4 tr=89e91bbd
u-equals-u-common-questions = Perguntas frequentes
# peerpress: en=9dae8ea3 tr=e410b6a6
u-equals-u-how-do-i-know-that = Como sei que estou { -undetectable }?
# peerpress: en=50e67c13 tr=47adb66f
u-equals-u-how-do-i-know-that-1 = Só uma análise à { -viral-load } lhe pode dizer isso. Não é algo que se sinta. O resultado pode dizer «não detetado». Ou pode dizer «inferior a» um número pequeno, por exemplo «inferior a 50». Nos dois casos, está { -undetectable }.
# peerpress: en=83dcc7db tr=68ef4e93
u-equals-u-when-can-i-rely-on = Quando posso confiar no { -uu }?
# peerpress: en=34b7eb6e tr=c7b46657
u-equals-u-when-can-i-rely-on-1 = Espere até uma análise mostrar que está { -undetectable }. Até lá, use preservativo. Outra opção: o seu parceiro ou parceira pode tomar { -prep }. Depois, continue a tomar o tratamento todos os dias. Se tiver dúvidas, pergunte ao seu médico.
# peerpress: en=30e7625a tr=655e6e18
u-equals-u-what-if-i-forget-my = E se me esquecer de tomar os medicamentos?
# peerpress: en=6875ed3a tr=6773f8c8
u-equals-u-what-if-i-forget-my-1 = Siga os conselhos da sua clínica ou do folheto que vem na caixa do medicamento. Se falhar doses muitas vezes, ou se parar durante vários dias, o vírus pode voltar. Nesse caso, o { -uu } deixa de proteger os seus parceiros. A sua clínica pode ajudar, por exemplo com lembretes ou com outro tratamento.
# peerpress: en=6645b115 tr=800e1ecf
u-equals-u-does-u-u-work-for = O { -uu } funciona quando se partilham agulhas?
# peerpress: en=1dbdf4a5 tr=e44ab52c
u-equals-u-does-u-u-work-for-1 = O { -uu } diz respeito ao sexo. Os estudos não mostraram o mesmo para a partilha de agulhas ou seringas. Use sempre agulhas e seringas novas. Um serviço local de redução de riscos pode dar-lhe agulhas e seringas novas.
# peerpress: en=02cb1c08 tr=32ab35ec
u-equals-u-do-i-have-to-tell = Tenho de dizer aos meus parceiros que tenho { -hiv }?
# peerpress: en=0c7c9302 tr=7d14d38d
u-equals-u-do-i-have-to-tell-1 = Contar ou não a um parceiro é uma decisão pessoal. Mas, em alguns países, a lei tem regras sobre isto. Uma organização local de apoio a pessoas com { -hiv } ou a migrantes pode explicar-lhe a lei do sítio onde vive.
# peerpress: en=7aa29f53 tr=13a23b55
u-equals-u-is-my-hiv-status-private = A informação de que tenho { -hiv } é privada?
# peerpress: en=99c563c6 tr=1912c180
u-equals-u-is-my-hiv-status-private-1 = Sim. Os profissionais de saúde têm de manter **confidencial** a informação de que tem { -hiv }. Se tiver receio de quem pode ver a sua informação, pergunte na sua clínica ou a uma organização local.
