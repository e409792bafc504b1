### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=77638b7c tr=cbc4eaad
u-equals-u-title = U=U : indétectable = intransmissible
# peerpress: en=3c28cfa4 tr=1f23763d
u-equals-u-description = Ce que veut dire U=U, comment le traitement contre le VIH empêche de transmettre le VIH lors des rapports sexuels, et comment les personnes migrantes peuvent se faire soigner.
# peerpress: en=68f4f376 tr=d9796c7b
u-equals-u-intro-1 = Les personnes vivant avec le VIH peuvent vivre longtemps et en bonne santé. Le traitement contre le VIH vous permet de rester en bonne santé. Il protège aussi les personnes que vous aimez. C’est ce qu’on appelle **U=U**, ou **I=I** en français. Cela veut dire « Indétectable = Intransmissible ».
# peerpress: en=1d11a439 tr=8d9a3ef7
u-equals-u-intro-2 = Cette page explique ce que veut dire { -uu }, ce que { -uu } ne couvre pas, et comment avoir un traitement contre le { -hiv } en Europe.

## Ce que veut dire U=U

# peerpress: en=a1171ecc tr=2de47370
u-equals-u-what-u-u-means = Ce que veut dire U=U
# peerpress: en=46c0c021 tr=7c7d0c86
u-equals-u-what-u-u-means-1 = Le traitement contre le VIH est un médicament que vous prenez tous les jours. Certaines personnes reçoivent une injection à la place. Le médicament fait baisser la quantité de VIH dans votre sang. Cette quantité s’appelle la **charge virale**.
# peerpress: en=7dd8258f tr=265c6bb5
u-equals-u-what-u-u-means-2 = Quand votre charge virale est très basse, les médecins disent qu’elle est « indétectable ». Cela veut dire qu’il y a moins de **200 copies** du virus dans un millilitre de sang (200 copies/mL).
# peerpress: en=025e116d tr=380db6bc
u-equals-u-what-u-u-means-3 = La plupart des personnes ont une charge virale indétectable dans les **six mois** après le début du traitement.
# peerpress: en=c23eeef3 tr=d6047156
u-equals-u-what-u-u-means-4 = Votre charge virale reste indétectable si vous prenez votre traitement comme votre médecin l’a prescrit.
# peerpress: en=1bc362a7 tr=ad1c909b
u-equals-u-what-u-u-means-5 = Une prise de sang permet de contrôler votre charge virale. Votre centre de soins vous dit à quelle fréquence vous devez la faire.
# peerpress: en=98496aa0 tr=aff1f772
u-equals-u-what-u-u-means-6 = La [Prevention Access Campaign](https://preventionaccess.org/) (site en anglais), qui a lancé { -uu }, utilise cette limite de 200 copies/mL. Les recommandations de l’OMS de 2021 sur le { -hiv } disent aussi que les personnes qui ont moins de 200 copies/mL ne transmettent pas le { -hiv } lors des rapports sexuels.

## Contre quoi U=U protège

# peerpress: en=02ecbb89 tr=d0ff84e7
u-equals-u-what-u-u-protects-against = Contre quoi U=U protège
# peerpress: en=3b810de6 tr=92c541d4
u-equals-u-what-u-u-protects-against-1 = Si votre charge virale est indétectable, vous **ne transmettez pas le VIH lors des rapports sexuels**. C’est vrai avec ou sans préservatif. De grandes études menées auprès de milliers de couples l’ont montré. [L’ONUSIDA explique les preuves scientifiques (en anglais)](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable).
# peerpress: en=93277428 tr=952f25d8
u-equals-u-what-u-u-protects-against-6 = Cela veut dire qu’il n’y a **aucun risque** de transmettre le { -hiv } lors des rapports sexuels. Ce n’est pas un petit risque. Il n’y a aucun risque du tout. En 2023, l’OMS a aussi dit que le risque est égal à zéro quand le { -hiv } ne peut pas être mesuré dans votre sang.
# peerpress: en=d866c162 tr=7ea471fc
u-equals-u-what-u-u-protects-against-2 = U=U concerne seulement le VIH. U=U ne protège pas contre :
# peerpress: en=3b6a6e7c tr=7a66e69e
u-equals-u-what-u-u-protects-against-3 = les autres infections sexuellement transmissibles (IST), comme la syphilis ou la chlamydia
# peerpress: en=f1d6a553 tr=a4af867c
u-equals-u-what-u-u-protects-against-4 = la grossesse
# peerpress: en=2894e87f tr=79da48e5
u-equals-u-what-u-u-protects-against-5 = Les préservatifs, la contraception et des contrôles de santé réguliers vous aident à vous en protéger. Votre centre de soins peut vous aider à choisir ce qui vous convient.

## Grossesse et allaitement

# peerpress: en=44bf111b tr=dc3e08bd
u-equals-u-pregnancy-and-breastfeeding = Grossesse et allaitement
# peerpress: en=b56775b4 tr=a51f04ea
u-equals-u-pregnancy-and-breastfeeding-1 = Le traitement contre le VIH protège aussi les bébés. Grâce au traitement, la plupart des mères vivant avec le VIH ont des bébés qui n’ont pas le VIH.
# peerpress: en=fc076dd8 tr=0a6e436e
u-equals-u-pregnancy-and-breastfeeding-3 = Si vous voulez avoir un bébé, parlez-en à votre centre de soins. Quand votre { -viral-load } est { -undetectable }, vous pouvez essayer d’avoir un bébé sans transmettre le { -hiv } à votre partenaire.
# peerpress: en=61c0837c tr=0970f30d
u-equals-u-pregnancy-and-breastfeeding-2 = Pour l’allaitement, c’est différent. Quand votre charge virale est indétectable, le risque de transmettre le VIH à votre bébé par le lait maternel est **faible, mais pas nul**. Parlez-en à votre médecin, si possible avant la naissance de votre bébé. Ensemble, vous pourrez choisir la façon de nourrir votre bébé qui vous convient, à vous et à votre bébé.

## Obtenir un traitement et le continuer

# peerpress: en=17b6deb2 tr=0070ddff
u-equals-u-getting-and-staying-on-treatment = Obtenir un traitement et le continuer
# peerpress: en=d6c6b69a tr=31469bcc
u-equals-u-getting-and-staying-on-treatment-1 = Beaucoup de pays d’Europe donnent un traitement contre le VIH aux personnes migrantes. Dans certains pays, c’est aussi le cas pour les personnes qui attendent leurs papiers ou qui n’ont pas de papiers. Les règles sont différentes dans chaque pays. Dans certains endroits, le traitement est gratuit. Dans d’autres, vous devrez peut-être payer ou remplir des formulaires.
# peerpress: en=dfa28cd6 tr=449b31ef
u-equals-u-getting-and-staying-on-treatment-2 = Renseignez-vous dans un centre de soins VIH ou dans un centre de santé sexuelle.
# peerpress: en=0d5a422d tr=0688bb77
u-equals-u-getting-and-staying-on-treatment-3 = Renseignez-vous auprès d’une association communautaire près de chez vous. Elle connaît les règles là où vous vivez.
# peerpress: en=30782945 tr=2761b816
u-equals-u-getting-and-staying-on-treatment-4 = Si vous déménagez, emportez vos médicaments et une lettre de votre médecin.
# peerpress: en=3d0e33fe tr=61ff31f9
u-equals-u-getting-and-staying-on-treatment-5 = Essayez de ne pas arrêter votre traitement. Si vous l’arrêtez, le virus revient dans votre sang. Le VIH peut alors de nouveau se transmettre. Si votre médicament vous pose des problèmes, ou s’il est difficile à obtenir, parlez-en à votre médecin ou à une association près de chez vous. Vous n’êtes pas seul ou seule : de l’aide existe.

## Questions fréquentes

# peerpress: en=dfb8a3d4 tr=ee591db1
u-equals-u-common-questions = Questions fréquentes
# peerpress: en=9dae8ea3 tr=f613f977
u-equals-u-how-do-i-know-that = Comment savoir si ma { -viral-load } est { -undetectable } ?
# peerpress: en=50e67c13 tr=4900f4eb
u-equals-u-how-do-i-know-that-1 = Seul un test de { -viral-load } peut vous le dire. Vous ne pouvez pas le sentir. Votre résultat peut dire « non détecté » (ou « indétectable »). Il peut aussi dire « inférieur à » un petit nombre, par exemple « inférieur à 50 » (parfois écrit « < 50 »). Dans les deux cas, votre { -viral-load } est { -undetectable }.
# peerpress: en=83dcc7db tr=7613aba5
u-equals-u-when-can-i-rely-on = Quand puis-je compter sur { -uu } ?
# peerpress: en=34b7eb6e tr=587c23c2
u-equals-u-when-can-i-rely-on-1 = Attendez qu’un test montre que votre { -viral-load } est { -undetectable }. En attendant, utilisez des préservatifs, ou votre partenaire peut prendre la { -prep }. Ensuite, continuez à prendre votre traitement tous les jours. Demandez à votre médecin si vous n’êtes pas sûr ou sûre.
# peerpress: en=30e7625a tr=a8be007e
u-equals-u-what-if-i-forget-my = Et si j’oublie de prendre mon traitement ?
# peerpress: en=6875ed3a tr=2b50071c
u-equals-u-what-if-i-forget-my-1 = Suivez les conseils de votre centre de soins ou de la notice dans la boîte de votre médicament. Si vous oubliez souvent des prises, ou si vous arrêtez pendant plusieurs jours, le virus peut revenir. Dans ce cas, { -uu } ne protège plus vos partenaires. Votre centre de soins peut vous aider, par exemple avec des rappels ou un autre traitement.
# peerpress: en=6645b115 tr=abfe02e5
u-equals-u-does-u-u-work-for = Est-ce que { -uu } marche aussi quand on partage des aiguilles ?
# peerpress: en=1dbdf4a5 tr=a75e1639
u-equals-u-does-u-u-work-for-1 = { -uu } concerne les rapports sexuels. Les études n’ont pas montré la même chose pour le partage d’aiguilles ou de seringues. Utilisez toujours des aiguilles et des seringues neuves. Un service de réduction des risques près de chez vous peut vous en donner.
# peerpress: en=02cb1c08 tr=e98d6b49
u-equals-u-do-i-have-to-tell = Est-ce que je dois dire à mes partenaires que j’ai le { -hiv } ?
# peerpress: en=0c7c9302 tr=90c00414
u-equals-u-do-i-have-to-tell-1 = Le dire à un ou une partenaire, c’est un choix personnel. Mais dans certains pays, la loi a des règles à ce sujet. Une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous peut vous expliquer la loi là où vous vivez.
# peerpress: en=7aa29f53 tr=24823949
u-equals-u-is-my-hiv-status-private = Est-ce que mon statut { -hiv } reste privé ?
# peerpress: en=99c563c6 tr=b9fb95e6
u-equals-u-is-my-hiv-status-private-1 = Oui. Les professionnels de santé doivent garder votre statut { -hiv } **confidentiel** : c’est le secret médical. Si vous vous inquiétez de savoir qui peut voir vos informations, demandez à votre centre de soins ou à une association près de chez vous.
