### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

hiv-testing-title = Dépistage du { -hiv } : où, comment et quand
hiv-testing-description = Les différentes façons de faire un test du { -hiv }, quand un résultat est fiable, et ce qui se passe après votre test.
hiv-testing-intro-1 = Faire un test est le seul moyen de savoir si vous avez le { -hiv }. Beaucoup de personnes qui ont le { -hiv } se sentent bien pendant des années. Un test, c’est rapide et simple. Connaître votre résultat vous aide à prendre soin de votre santé.

## Où faire un test

hiv-testing-where-you-can-test = Où faire un test
hiv-testing-where-you-can-test-1 = Vous pouvez choisir l’endroit où vous vous sentez le mieux.
hiv-testing-where-you-can-test-2 = {"*"}*Centre de soins ou hôpital :** un soignant ou une soignante vous fait une petite prise de sang. Un laboratoire l’analyse.
hiv-testing-where-you-can-test-3 = {"*"}*Dépistage dans une association :** beaucoup d’associations proposent un **test rapide**. On prend une goutte de sang au bout de votre doigt. Vous avez le résultat en moins de 30 minutes.
hiv-testing-where-you-can-test-4 = {"*"}*Autotest :** vous faites le test vous-même, chez vous ou dans un autre endroit privé. Vous pouvez trouver un autotest en pharmacie, sur internet ou dans une association.
hiv-testing-where-you-can-test-6 = L’OMS recommande l’autotest du { -hiv } depuis 2016. Si vous utilisez un autotest, choisissez-en un avec le **marquage CE** sur la boîte. Ce marquage montre que le test est autorisé à la vente en Europe. Lisez bien le mode d’emploi dans la boîte.
hiv-testing-where-you-can-test-5 = Le test est **confidentiel**. Cela veut dire que le personnel garde votre résultat secret. Faire le test, c’est votre choix. Dans beaucoup d’endroits, il est gratuit. Certains services vous permettent de faire le test **anonymement**, sans donner votre nom. [Les recommandations européennes de l’ECDC (en anglais)](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) disent que le dépistage doit être volontaire et confidentiel.
hiv-testing-where-you-can-test-7 = Quand vous faites un test du { -hiv }, demandez à faire en même temps un test de l’**hépatite B**, de l’**hépatite C** et des autres { -sti }. Elles se transmettent de façon semblable, et elles peuvent être soignées.

## Quand un résultat est fiable

hiv-testing-when-a-test-result-is = Quand un résultat est fiable
hiv-testing-when-a-test-result-is-1 = Quand le { -hiv } entre dans le corps, un test a besoin d’un peu de temps pour le trouver. Ce temps s’appelle la **période fenêtre** (ou fenêtre sérologique). Elle dépend du type de test.
hiv-testing-when-a-test-result-is-2 = Type de test
hiv-testing-when-a-test-result-is-3 = Où
hiv-testing-when-a-test-result-is-17 = Refaire un test après
hiv-testing-when-a-test-result-is-5 = Test en laboratoire (prise de sang au bras)
hiv-testing-when-a-test-result-is-6 = Centre de soins ou hôpital
hiv-testing-when-a-test-result-is-7 = {"*"}*45 jours** après la situation à risque
hiv-testing-when-a-test-result-is-8 = Test rapide (anticorps)
hiv-testing-when-a-test-result-is-9 = Association ou centre de soins
hiv-testing-when-a-test-result-is-10 = 3 mois (90 jours) après la situation à risque
hiv-testing-when-a-test-result-is-11 = Autotest (anticorps)
hiv-testing-when-a-test-result-is-12 = À la maison
hiv-testing-when-a-test-result-is-13 = 3 mois (90 jours) après la situation à risque
hiv-testing-when-a-test-result-is-14 = Si vous faites le test plus tôt, un résultat négatif n’est peut-être pas définitif. Refaites un test quand la période fenêtre est finie. Si la situation à risque date de moins de 72 heures, renseignez-vous dès aujourd’hui sur le **{ -pep }**. Le { -pep } est un médicament qui peut empêcher le { -hiv } de s’installer dans le corps après un contact possible.
hiv-testing-when-a-test-result-is-15 = Il existe aussi un test en laboratoire qui cherche le virus lui-même. Il peut trouver le { -hiv } plus tôt que les tests du tableau. Mais il n’est **pas** utilisé pour le dépistage habituel. Un médecin peut l’utiliser dans des cas particuliers.
hiv-testing-when-a-test-result-is-16 = Si vous avez pris un { -pep } ou si vous prenez la { -prep }, le { -hiv } peut mettre plus de temps à apparaître dans un test. Demandez à votre centre de soins quand faire le test. Le bon moment peut être différent pour vous.

## Si votre résultat est réactif

hiv-testing-if-your-result-is-reactive = Si votre résultat est réactif
hiv-testing-if-your-result-is-reactive-1 = Un test rapide ou un autotest peut donner un résultat **réactif**. Cela ne veut pas toujours dire que vous avez le { -hiv }. Vous devez faire un **test de confirmation** auprès d’un service de santé, en général dans un laboratoire.
hiv-testing-if-your-result-is-reactive-2 = Respirez profondément. Vous n’êtes pas seul ou seule.
hiv-testing-if-your-result-is-reactive-3 = Allez rapidement dans un centre de soins ou une association.
hiv-testing-if-your-result-is-reactive-4 = Dites que votre test était réactif. On vous fera le test de confirmation.
hiv-testing-if-your-result-is-reactive-5 = « Réactif » veut dire que le test a trouvé quelque chose qui pourrait être le { -hiv }. Parfois, un test est réactif alors qu’il n’y a pas de { -hiv }. C’est pour cela qu’un service de santé doit toujours confirmer le résultat, en général dans un laboratoire.
hiv-testing-if-your-result-is-reactive-7 = Si votre résultat est **non réactif** (négatif), vous n’avez pas attrapé le { -hiv } lors des situations à risque qui datent de plus de 45 jours avant un test en laboratoire, ou de plus de 90 jours avant un test rapide ou un autotest. Le test ne peut pas encore montrer les situations à risque plus récentes. Refaites un test quand la période fenêtre est finie, et après toute nouvelle situation à risque.
hiv-testing-if-your-result-is-reactive-8 = Si vous prenez un traitement contre le { -hiv }, n’utilisez pas de test rapide ni d’autotest pour contrôler votre { -hiv }. Ce test peut donner par erreur un résultat négatif. Cela ne veut pas dire que le { -hiv } a disparu.
hiv-testing-if-your-result-is-reactive-6 = Si votre résultat est négatif et que vous pourriez encore attraper le { -hiv }, renseignez-vous sur la **{ -prep }**. La { -prep } est un médicament qui vous empêche d’attraper le { -hiv }.

## Si vous avez le VIH

hiv-testing-if-you-have-hiv = Si vous avez le { -hiv }
hiv-testing-if-you-have-hiv-1 = Si le test de confirmation montre que vous avez le { -hiv }, le centre de soins vous orientera vers une équipe qui soigne le { -hiv }. Le traitement marche très bien. Les personnes vivant avec le { -hiv } qui prennent un traitement peuvent vivre longtemps et en bonne santé. Le traitement peut aussi rendre votre { -viral-load } { -undetectable }. Alors, vous ne transmettez pas le { -hiv } lors des rapports sexuels.
hiv-testing-if-you-have-hiv-3 = Ce qui se passe ensuite :
hiv-testing-if-you-have-hiv-4 = Vous rencontrez un médecin, un infirmier ou une infirmière spécialiste du { -hiv }.
hiv-testing-if-you-have-hiv-5 = On vous fait une prise de sang pour mesurer votre { -viral-load } et vérifier votre système immunitaire (vos défenses).
hiv-testing-if-you-have-hiv-6 = Vous commencez le traitement.
hiv-testing-if-you-have-hiv-7 = Depuis 2017, [l’OMS recommande](https://www.who.int/publications/i/item/9789241550062) que le traitement commence **le plus tôt possible** : si possible le jour même, ou dans les **7 jours** après le diagnostic. Parfois, un médecin attend un peu plus longtemps pour une raison médicale.
hiv-testing-if-you-have-hiv-2 = Demandez au centre de soins ou à une association près de chez vous comment avoir un traitement gratuit ou à petit prix. Les règles changent d’un pays à l’autre. Mais dans beaucoup de pays, les personnes migrantes peuvent être soignées pour le { -hiv }.

## Questions fréquentes

hiv-testing-common-questions = Questions fréquentes
hiv-testing-do-i-have-to-give = Est-ce que je dois donner mon nom ?
hiv-testing-do-i-have-to-give-1 = Pas toujours. Certains services vous permettent de faire le test anonymement. Demandez avant de faire le test.
hiv-testing-does-the-test-hurt = Est-ce que le test fait mal ?
hiv-testing-does-the-test-hurt-1 = Pour un test rapide, on vous pique juste un peu le bout du doigt. Pour un test en laboratoire, on vous fait une prise de sang normale au bras.
hiv-testing-how-often-should-i-test = À quelle fréquence dois-je faire un test ?
hiv-testing-how-often-should-i-test-1 = Faites un test au moins une fois. Si vous avez de nouveaux partenaires, beaucoup de centres de soins conseillent un test au moins une fois par an, ou plus souvent. Si vous prenez la { -prep }, vous faites un test environ tous les 3 mois.
hiv-testing-can-i-test-if-i = Est-ce que je peux faire un test si je n’ai pas de papiers ?
hiv-testing-can-i-test-if-i-1 = Oui. Dans beaucoup de pays, le dépistage dans les associations est gratuit et anonyme, et vous n’avez pas besoin de montrer de papiers. Une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous peut vous dire où aller.
