### French translation of translations/en/u-equals-u.ftl (content/u-equals-u.md).
### Machine-assisted translation: it needs review by a fluent French-speaking community reviewer before publication.

# peerpress: en=77638b7c tr=cbc4eaad
u-equals-u-title = U=U : indétectable = intransmissible
# peerpress: en=3c28cfa4 tr=1f23763d
u-equals-u-description = Ce que veut dire U=U, comment le traitement contre le VIH empêche de transmettre le VIH lors des rapports sexuels, et comment les personnes migrantes peuvent se faire soigner.
# peerpress: en=68f4f376 tr=d9796c7b
u-equals-u-intro-1 = Les personnes vivant avec le VIH peuvent vivre longtemps et en bonne santé. Le traitement contre le VIH vous permet de rester en bonne santé. Il protège aussi les personnes que vous aimez. C’est ce qu’on appelle **U=U**, ou **I=I** en français. Cela veut dire « Indétectable = Intransmissible ».

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

## Contre quoi U=U protège

# peerpress: en=02ecbb89 tr=d0ff84e7
u-equals-u-what-u-u-protects-against = Contre quoi U=U protège
# peerpress: en=3b810de6 tr=92c541d4
u-equals-u-what-u-u-protects-against-1 = Si votre charge virale est indétectable, vous **ne transmettez pas le VIH lors des rapports sexuels**. C’est vrai avec ou sans préservatif. De grandes études menées auprès de milliers de couples l’ont montré. [L’ONUSIDA explique les preuves scientifiques (en anglais)](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable).
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
