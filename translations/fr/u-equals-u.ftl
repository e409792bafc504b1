### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

u-equals-u-title = U=U : indétectable = intransmissible
u-equals-u-description = Ce que veut dire U=U, comment le traitement contre le VIH empêche de transmettre le VIH lors des rapports sexuels, et comment les personnes migrantes peuvent se faire soigner.
u-equals-u-intro-1 = Les personnes vivant avec le VIH peuvent vivre longtemps et en bonne santé. Le traitement contre le VIH vous permet de rester en bonne santé. Il protège aussi les personnes que vous aimez. C’est ce qu’on appelle **U=U**, ou **I=I** en français. Cela veut dire « Indétectable = Intransmissible ».
u-equals-u-intro-2 = Cette page explique ce que veut dire { -uu }, ce que { -uu } ne couvre pas, et comment avoir un traitement contre le { -hiv } en Europe.

## Ce que veut dire U=U

u-equals-u-what-u-u-means = Ce que veut dire U=U
u-equals-u-what-u-u-means-1 = Le traitement contre le VIH est un médicament que vous prenez tous les jours. Certaines personnes reçoivent une injection à la place. Le médicament fait baisser la quantité de VIH dans votre sang. Cette quantité s’appelle la **charge virale**.
u-equals-u-what-u-u-means-2 = Quand votre charge virale est très basse, les médecins disent qu’elle est « indétectable ». Pour { -uu }, cela veut dire qu’il y a moins de **200 copies** du virus dans un millilitre de sang (200 copies/mL).
u-equals-u-what-u-u-means-3 = La plupart des personnes ont une charge virale indétectable dans les **six mois** après le début du traitement.
u-equals-u-what-u-u-means-4 = Votre charge virale reste indétectable si vous prenez votre traitement comme votre médecin l’a prescrit.
u-equals-u-what-u-u-means-7 = { -uu } s’applique une fois que votre { -viral-load } est restée { -undetectable } pendant au moins **six mois**, en prenant chaque dose de votre traitement.
u-equals-u-what-u-u-means-5 = Une prise de sang permet de contrôler votre charge virale. Votre centre de soins vous dit à quelle fréquence vous devez la faire.
u-equals-u-what-u-u-means-6 = La [Prevention Access Campaign](https://preventionaccess.org/) (site en anglais), qui a lancé { -uu }, utilise cette limite de 200 copies/mL. Les recommandations de l’OMS de 2021 sur le { -hiv } disent aussi que les personnes qui ont moins de 200 copies/mL ne transmettent pas le { -hiv } lors des rapports sexuels.

## Contre quoi U=U protège

u-equals-u-what-u-u-protects-against = Contre quoi U=U protège
u-equals-u-what-u-u-protects-against-1 = Si votre charge virale est indétectable, vous **ne transmettez pas le VIH lors des rapports sexuels**. C’est vrai avec ou sans préservatif. De grandes études menées auprès de milliers de couples l’ont montré. [L’ONUSIDA explique les preuves scientifiques (en anglais)](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable).
u-equals-u-what-u-u-protects-against-6 = Cela veut dire qu’il n’y a **aucun risque** de transmettre le { -hiv } lors des rapports sexuels. Ce n’est pas un petit risque. Il n’y a aucun risque du tout. En 2023, l’OMS a aussi dit que le risque est égal à zéro quand le { -hiv } ne peut pas être mesuré dans votre sang.
u-equals-u-what-u-u-protects-against-2 = U=U concerne seulement le VIH. U=U ne protège pas contre :
u-equals-u-what-u-u-protects-against-3 = les autres infections sexuellement transmissibles (IST), comme la syphilis ou la chlamydia
u-equals-u-what-u-u-protects-against-4 = la grossesse
u-equals-u-what-u-u-protects-against-5 = Les préservatifs, la contraception et des contrôles de santé réguliers vous aident à vous en protéger. Votre centre de soins peut vous aider à choisir ce qui vous convient.

## Grossesse et allaitement

u-equals-u-pregnancy-and-breastfeeding = Grossesse et allaitement
u-equals-u-pregnancy-and-breastfeeding-4 = Le traitement contre le { -hiv } protège aussi les bébés. Quand la { -viral-load } de la mère est { -undetectable } pendant la grossesse et l’accouchement, le risque de transmettre le { -hiv } au bébé est presque nul. Presque tous ces bébés naissent sans le { -hiv }.
u-equals-u-pregnancy-and-breastfeeding-3 = Si vous voulez avoir un bébé, parlez-en à votre centre de soins. Quand votre { -viral-load } est { -undetectable }, vous pouvez essayer d’avoir un bébé sans transmettre le { -hiv } à votre partenaire.
u-equals-u-pregnancy-and-breastfeeding-2 = Pour l’allaitement, c’est différent. Quand votre charge virale est indétectable, le risque de transmettre le VIH à votre bébé par le lait maternel est **faible, mais pas nul**. Parlez-en à votre médecin, si possible avant la naissance de votre bébé. Ensemble, vous pourrez choisir la façon de nourrir votre bébé qui vous convient, à vous et à votre bébé.

## Obtenir un traitement et le continuer

u-equals-u-getting-and-staying-on-treatment = Obtenir un traitement et le continuer
u-equals-u-getting-and-staying-on-treatment-1 = Beaucoup de pays d’Europe donnent un traitement contre le VIH aux personnes migrantes. Dans certains pays, c’est aussi le cas pour les personnes qui attendent leurs papiers ou qui n’ont pas de papiers. Les règles sont différentes dans chaque pays. Dans certains endroits, le traitement est gratuit. Dans d’autres, vous devrez peut-être payer ou remplir des formulaires.
u-equals-u-getting-and-staying-on-treatment-2 = Renseignez-vous dans un centre de soins VIH ou dans un centre de santé sexuelle.
u-equals-u-getting-and-staying-on-treatment-3 = Renseignez-vous auprès d’une association communautaire près de chez vous. Elle connaît les règles là où vous vivez.
u-equals-u-getting-and-staying-on-treatment-4 = Si vous déménagez, emportez vos médicaments et une lettre de votre médecin.
u-equals-u-getting-and-staying-on-treatment-5 = Essayez de ne pas arrêter votre traitement. Si vous l’arrêtez, le virus revient dans votre sang. Le VIH peut alors de nouveau se transmettre. Si votre médicament vous pose des problèmes, ou s’il est difficile à obtenir, parlez-en à votre médecin ou à une association près de chez vous. Vous n’êtes pas seul ou seule : de l’aide existe.

## Questions fréquentes

u-equals-u-common-questions = Questions fréquentes
u-equals-u-how-do-i-know-that = Comment savoir si ma { -viral-load } est { -undetectable } ?
u-equals-u-how-do-i-know-that-1 = Seul un test de { -viral-load } peut vous le dire. Vous ne pouvez pas le sentir. Sur le résultat du laboratoire, il peut être écrit « indétectable », « non détecté » ou « inférieur à » un petit nombre, par exemple « inférieur à 50 » (parfois écrit « < 50 »). Cela veut dire que le virus est en dessous de ce que le test peut mesurer, souvent 20 ou 50 copies/mL. Pour { -uu }, tout résultat de moins de **200 copies/mL** compte.
u-equals-u-when-can-i-rely-on = Quand puis-je compter sur { -uu } ?
u-equals-u-when-can-i-rely-on-1 = { -uu } protège vos partenaires une fois que votre { -viral-load } est { -undetectable } depuis au moins **six mois**. Pendant ce temps, prenez chaque dose de votre traitement et faites des tests de { -viral-load } réguliers. En attendant, utilisez des préservatifs, ou votre partenaire peut prendre la { -prep }. Demandez à votre médecin si vous n’êtes pas sûr ou sûre.
u-equals-u-what-if-i-forget-my = Et si j’oublie de prendre mon traitement ?
u-equals-u-what-if-i-forget-my-1 = Suivez les conseils de votre centre de soins ou de la notice dans la boîte de votre médicament. Si vous oubliez souvent des prises, ou si vous arrêtez pendant plusieurs jours, le virus peut revenir. Dans ce cas, { -uu } ne protège plus vos partenaires. Votre centre de soins peut vous aider, par exemple avec des rappels ou un autre traitement.
u-equals-u-does-u-u-work-for = Est-ce que { -uu } marche aussi quand on partage des aiguilles ?
u-equals-u-does-u-u-work-for-1 = { -uu } concerne les rapports sexuels. Les études n’ont pas montré la même chose pour le partage d’aiguilles ou de seringues. Utilisez toujours des aiguilles et des seringues neuves. Près de chez vous, un service pour les personnes qui consomment des drogues peut vous en donner.
u-equals-u-do-i-have-to-tell = Est-ce que je dois dire à mes partenaires que j’ai le { -hiv } ?
u-equals-u-do-i-have-to-tell-1 = Le dire à un ou une partenaire, c’est un choix personnel. Mais dans certains pays, la loi a des règles à ce sujet. Une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous peut vous expliquer la loi là où vous vivez.
u-equals-u-is-my-hiv-status-private = Est-ce que mon statut { -hiv } reste privé ?
u-equals-u-is-my-hiv-status-private-1 = Oui. Les professionnels de santé doivent garder votre statut { -hiv } **confidentiel** : c’est le secret médical. Si vous vous inquiétez de savoir qui peut voir vos informations, demandez à votre centre de soins ou à une association près de chez vous.
