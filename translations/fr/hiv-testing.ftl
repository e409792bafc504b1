### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=8abc09d9 tr=541e2ef3
hiv-testing-title = Dépistage du { -hiv } : où, comment et quand
# peerpress: en=0c9c37fb tr=8ce8ca92
hiv-testing-description = Les différentes façons de faire un test du { -hiv }, quand un résultat est fiable, et ce qui se passe après votre test.
# peerpress: en=3f163132 tr=5c187014
hiv-testing-intro-1 = Faire un test est le seul moyen de savoir si vous avez le { -hiv }. Beaucoup de personnes qui ont le { -hiv } se sentent bien pendant des années. Un test, c’est rapide et simple. Connaître votre résultat vous aide à prendre soin de votre santé.

## Où faire un test

# peerpress: en=6aa8d29f tr=72e62e0c
hiv-testing-where-you-can-test = Où faire un test
# peerpress: en=0cd10efb tr=93919a46
hiv-testing-where-you-can-test-1 = Vous pouvez choisir l’endroit où vous vous sentez le mieux.
# peerpress: en=81971df1 tr=9ddf2faa
hiv-testing-where-you-can-test-2 = {"*"}*Centre de soins ou hôpital :** un soignant ou une soignante vous fait une petite prise de sang. Un laboratoire l’analyse.
# peerpress: en=669ae23b tr=9b93b307
hiv-testing-where-you-can-test-3 = {"*"}*Dépistage dans une association :** beaucoup d’associations proposent un **test rapide**. On prend une goutte de sang au bout de votre doigt. Vous avez le résultat en moins de 30 minutes.
# peerpress: en=a0f60b0e tr=4543bb1d
hiv-testing-where-you-can-test-4 = {"*"}*Autotest :** vous faites le test vous-même, chez vous ou dans un autre endroit privé. Vous pouvez trouver un autotest en pharmacie, sur internet ou dans une association.
# peerpress: en=3b09185e tr=8d9ba161
hiv-testing-where-you-can-test-6 = L’OMS recommande l’autotest du { -hiv } depuis 2016. Si vous utilisez un autotest, lisez bien le mode d’emploi dans la boîte.
# peerpress: en=d8ff58cf tr=ece8ac8a
hiv-testing-where-you-can-test-5 = Le test est **confidentiel**. Cela veut dire que le personnel garde votre résultat secret. Faire le test, c’est votre choix. Dans beaucoup d’endroits, il est gratuit. Certains services vous permettent de faire le test **anonymement**, sans donner votre nom. [Les recommandations européennes de l’ECDC (en anglais)](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) disent que le dépistage doit être volontaire et confidentiel.

## Quand un résultat est fiable

# peerpress: en=14634d3e tr=d319c14e
hiv-testing-when-a-test-result-is = Quand un résultat est fiable
# peerpress: en=4cebc4c9 tr=5255f73c
hiv-testing-when-a-test-result-is-1 = Quand le { -hiv } entre dans le corps, un test a besoin d’un peu de temps pour le trouver. Ce temps s’appelle la **période fenêtre** (ou fenêtre sérologique). Elle dépend du type de test.
# peerpress: en=f08109ae tr=f98f3a98
hiv-testing-when-a-test-result-is-2 = Type de test
# peerpress: en=1daaa38f tr=621f3828
hiv-testing-when-a-test-result-is-3 = Où
# peerpress: en=6c8628b3 tr=5ad078c2
hiv-testing-when-a-test-result-is-4 = Fiable à partir de
# peerpress: en=f0d5d8b0 tr=71be49f9
hiv-testing-when-a-test-result-is-5 = Test en laboratoire, 4e génération (antigène/anticorps)
# peerpress: en=7292729d tr=59220990
hiv-testing-when-a-test-result-is-6 = Centre de soins ou hôpital
# peerpress: en=d2f7d511 tr=f6764adf
hiv-testing-when-a-test-result-is-7 = 6 semaines après la situation à risque
# peerpress: en=8cc1358d tr=e41309ed
hiv-testing-when-a-test-result-is-8 = Test rapide (anticorps)
# peerpress: en=27684278 tr=5e75d9e7
hiv-testing-when-a-test-result-is-9 = Association ou centre de soins
# peerpress: en=281ccc9e tr=29282b64
hiv-testing-when-a-test-result-is-10 = 3 mois (90 jours) après la situation à risque
# peerpress: en=37fb137b tr=95a85067
hiv-testing-when-a-test-result-is-11 = Autotest (anticorps)
# peerpress: en=fbccda06 tr=c73ef529
hiv-testing-when-a-test-result-is-12 = À la maison
# peerpress: en=281ccc9e tr=c736235c
hiv-testing-when-a-test-result-is-13 = 3 mois (90 jours) après la situation à risque
# peerpress: en=c4200b27 tr=061d4f15
hiv-testing-when-a-test-result-is-14 = Si vous faites le test plus tôt, un résultat négatif n’est peut-être pas définitif. Refaites un test quand la période fenêtre est finie. Si la situation à risque date de moins de 72 heures, renseignez-vous dès aujourd’hui sur le **{ -pep }**. Le { -pep } est un médicament qui peut empêcher le { -hiv } de s’installer dans le corps après un contact possible.
# peerpress: en=b721a7d9 tr=de59fd7d
hiv-testing-when-a-test-result-is-15 = Il existe aussi un test en laboratoire qui cherche le virus lui-même. On l’appelle **test NAT** ou **test ARN** (en anglais : RNA). Il peut trouver le { -hiv } plus tôt que les tests du tableau. Mais il n’est **pas** utilisé pour le dépistage habituel. Un médecin peut l’utiliser dans des cas particuliers.
# peerpress: en=dfff47c0 tr=1efc3db0
hiv-testing-when-a-test-result-is-16 = Si vous avez pris un { -pep } ou la { -prep }, demandez à votre centre de soins quand faire le test. Le bon moment peut être différent pour vous.

## Si votre résultat est réactif

# peerpress: en=7a59bcfe tr=77236c2e
hiv-testing-if-your-result-is-reactive = Si votre résultat est réactif
# peerpress: en=4f1a236e tr=595478cf
hiv-testing-if-your-result-is-reactive-1 = Un test rapide ou un autotest peut donner un résultat **réactif**. Cela ne veut pas toujours dire que vous avez le { -hiv }. Vous devez faire un **test de confirmation** dans un laboratoire.
# peerpress: en=a6efe94c tr=3735a91c
hiv-testing-if-your-result-is-reactive-2 = Respirez profondément. Vous n’êtes pas seul ou seule.
# peerpress: en=17e99218 tr=e0b5a9b7
hiv-testing-if-your-result-is-reactive-3 = Allez rapidement dans un centre de soins ou une association.
# peerpress: en=5705af89 tr=f5fa9502
hiv-testing-if-your-result-is-reactive-4 = Dites que votre test était réactif. On vous fera le test de confirmation.
# peerpress: en=87363f82 tr=4d78097c
hiv-testing-if-your-result-is-reactive-5 = « Réactif » veut dire que le test a trouvé quelque chose qui pourrait être le { -hiv }. Parfois, un test est réactif alors qu’il n’y a pas de { -hiv }. C’est pour cela que seul un laboratoire peut confirmer le résultat.
# peerpress: en=b758b283 tr=5b469c66
hiv-testing-if-your-result-is-reactive-6 = Si votre résultat est **non réactif** (négatif) et que la période fenêtre est finie, vous n’avez pas le { -hiv }. Refaites un test si vous avez une nouvelle situation à risque.

## Si vous avez le VIH

# peerpress: en=83a5940a tr=84af78d4
hiv-testing-if-you-have-hiv = Si vous avez le { -hiv }
# peerpress: en=46ef0b62 tr=f6e87513
hiv-testing-if-you-have-hiv-1 = Si le test de confirmation montre que vous avez le { -hiv }, le centre de soins vous orientera vers une équipe qui soigne le { -hiv }. Le traitement marche très bien. Les personnes vivant avec le { -hiv } qui prennent un traitement peuvent vivre longtemps et en bonne santé. Le traitement peut aussi rendre votre { -viral-load } { -undetectable }. Alors, vous ne transmettez pas le { -hiv } lors des rapports sexuels.
# peerpress: en=dd654401 tr=5af6676b
hiv-testing-if-you-have-hiv-3 = Ce qui se passe ensuite :
# peerpress: en=e5d40f20 tr=544e3b8f
hiv-testing-if-you-have-hiv-4 = Vous rencontrez un médecin, un infirmier ou une infirmière spécialiste du { -hiv }.
# peerpress: en=0af6b200 tr=d69071dc
hiv-testing-if-you-have-hiv-5 = On vous fait une prise de sang pour mesurer votre { -viral-load } et vérifier votre système immunitaire (vos défenses).
# peerpress: en=71f69052 tr=ccd5cfdd
hiv-testing-if-you-have-hiv-6 = Vous commencez le traitement.
# peerpress: en=16e01b76 tr=95b8a548
hiv-testing-if-you-have-hiv-7 = Depuis 2017, [l’OMS recommande](https://www.who.int/publications/i/item/9789241550062) que le traitement commence **le plus tôt possible** : si possible le jour même, ou dans les **7 jours** après le diagnostic. Parfois, un médecin attend un peu plus longtemps pour une raison médicale.
# peerpress: en=1dc55b37 tr=9ae90211
hiv-testing-if-you-have-hiv-2 = Demandez au centre de soins ou à une association près de chez vous comment avoir un traitement gratuit ou à petit prix. Les règles changent d’un pays à l’autre. Mais dans beaucoup de pays, les personnes migrantes peuvent être soignées pour le { -hiv }.

## Questions fréquentes

# peerpress: en=dfb8a3d4 tr=0df300fc
hiv-testing-common-questions = Questions fréquentes
# peerpress: en=17dace7a tr=4abff16f
hiv-testing-do-i-have-to-give = Est-ce que je dois donner mon nom ?
# peerpress: en=a577bdef tr=087c658b
hiv-testing-do-i-have-to-give-1 = Pas toujours. Certains services vous permettent de faire le test anonymement. Demandez avant de faire le test.
# peerpress: en=d1b9a16b tr=a8da327b
hiv-testing-does-the-test-hurt = Est-ce que le test fait mal ?
# peerpress: en=eae1fb72 tr=a79fce8c
hiv-testing-does-the-test-hurt-1 = Pour un test rapide, on vous pique juste un peu le bout du doigt. Pour un test en laboratoire, on vous fait une prise de sang normale au bras.
# peerpress: en=1c3ca54e tr=0226deef
hiv-testing-how-often-should-i-test = À quelle fréquence dois-je faire un test ?
# peerpress: en=8c7f611a tr=b50795b3
hiv-testing-how-often-should-i-test-1 = Faites un test au moins une fois. Si vous avez de nouveaux partenaires, beaucoup de centres de soins conseillent un test au moins une fois par an, ou plus souvent. Si vous prenez la { -prep }, vous faites un test environ tous les 3 mois.
# peerpress: en=5341e642 tr=bece7959
hiv-testing-can-i-test-if-i = Est-ce que je peux faire un test si je n’ai pas de papiers ?
# peerpress: en=29a6927d tr=8d53476b
hiv-testing-can-i-test-if-i-1 = Oui. Dans beaucoup de pays, le dépistage dans les associations est gratuit et anonyme, et vous n’avez pas besoin de montrer de papiers. Une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous peut vous dire où aller.
