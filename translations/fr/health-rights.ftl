### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

health-rights-title = Votre droit aux soins
health-rights-description = Vos droits aux soins, au respect de votre vie privée et à un interprète en Europe, avec ou sans papiers, et que faire si on refuse de vous soigner.
health-rights-intro-1 = Tout le monde a droit aux soins de santé. Cela inclut les personnes migrantes, les personnes réfugiées et les personnes sans papiers. Cette page explique vos principaux droits. **Les règles changent d’un pays à l’autre.** Une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous peut vous dire quelles sont les règles là où vous vivez.

## L’accès aux soins est un droit humain

health-rights-health-care-is-a-human = L’accès aux soins est un droit humain
health-rights-health-care-is-a-human-1 = Des accords internationaux protègent votre droit à la santé :
health-rights-health-care-is-a-human-2 = La [Déclaration universelle des droits de l’homme](https://www.un.org/en/about-us/universal-declaration-of-human-rights), à l’article 25, dit que toute personne a droit aux soins médicaux.
health-rights-health-care-is-a-human-3 = Un accord de l’ONU de 1966 (article 12) protège le droit à la meilleure santé possible. Un comité de l’ONU l’a expliqué en 2000. Il dit que les pays ne doivent empêcher personne d’avoir accès aux soins, y compris les demandeurs d’asile et les personnes sans papiers.
health-rights-health-care-is-a-human-8 = La Charte sociale européenne du Conseil de l’Europe (articles 11 et 13) protège le droit à la santé et à l’assistance médicale. Mais elle protège surtout les personnes qui vivent légalement dans le pays. Pour les adultes sans papiers, elle protège l’assistance médicale d’urgence. Les enfants sans papiers sont mieux protégés.
health-rights-health-care-is-a-human-9 = Les règles de l’Union européenne disent que les personnes qui demandent l’asile dans un pays de l’UE doivent recevoir les soins de santé dont elles ont besoin. Cela comprend au moins les soins d’urgence et le traitement essentiel des maladies.
health-rights-health-care-is-a-human-5 = La [Charte des droits fondamentaux de l’Union européenne](https://fra.europa.eu/en/eu-charter/article/35-health-care), à l’article 35, dit que toute personne a droit à la prévention et aux soins médicaux. Elle ajoute que ce sont les lois de chaque pays qui fixent les conditions.
health-rights-health-care-is-a-human-6 = Chaque pays décide comment ces droits s’appliquent en pratique. Dans certains pays, vous devrez peut-être payer ou remplir des formulaires. Mais vous avez quand même des droits.
health-rights-health-care-is-a-human-7 = Ces textes disent aux gouvernements ce qu’ils doivent faire. Une association près de chez vous peut s’en servir pour vous aider à vous faire soigner.

## Ce que cela veut dire pour vous

health-rights-what-this-means-for-you = Ce que cela veut dire pour vous
health-rights-what-this-means-for-you-1 = Ce que vous pouvez obtenir dépend du pays et de votre situation. Dans beaucoup de pays :
health-rights-what-this-means-for-you-2 = tout le monde reçoit des **soins d’urgence**, avec ou sans papiers
health-rights-what-this-means-for-you-3 = le dépistage du { -hiv } est gratuit, et souvent anonyme
health-rights-what-this-means-for-you-4 = les enfants et les femmes enceintes ont plus de droits aux soins
health-rights-what-this-means-for-you-5 = Dans certains pays, le traitement contre le { -hiv } est gratuit pour tout le monde, avec ou sans papiers. Par exemple, en Angleterre, le traitement contre le { -hiv } du NHS (le service public de santé) est gratuit pour tout le monde. En Suède, les soins pour le { -hiv } sont gratuits selon la loi, aussi pour les personnes sans papiers. Dans d’autres pays, vous devrez peut-être d’abord remplir des formulaires ou montrer où vous habitez. Demandez à une association près de chez vous ce qui s’applique à vous.

## Vos informations de santé restent privées

health-rights-your-health-information-is-private = Vos informations de santé restent privées
health-rights-your-health-information-is-private-1 = Les médecins, le personnel infirmier et les interprètes doivent garder vos informations de santé **confidentielles**. Votre statut { -hiv } est privé.
health-rights-your-health-information-is-private-6 = Le personnel n’a pas le droit de parler de votre santé à votre famille, à votre employeur ou à votre propriétaire sans votre accord.
health-rights-your-health-information-is-private-2 = Dans la plupart des pays, les médecins et le personnel infirmier ne doivent pas donner vos informations aux services de l’immigration. Mais les règles sont différentes selon les pays. Le plus grand risque vient en général du service qui paie vos soins, par exemple les services d’aide sociale.
health-rights-your-health-information-is-private-7 = Par exemple, en Allemagne, les services d’aide sociale doivent informer les services de l’immigration quand des personnes sans papiers leur demandent de payer des soins qui ne sont pas urgents. En Angleterre, le NHS informe le ministère de l’Intérieur (Home Office) des factures d’hôpital non payées. Cela peut nuire à une future demande de visa.
health-rights-your-health-information-is-private-8 = Les soins d’urgence sont plus sûrs. En Allemagne, les informations sur un traitement d’urgence à l’hôpital ne doivent pas être transmises aux services de l’immigration. En Angleterre, les soins aux urgences de l’hôpital sont gratuits pour tout le monde, et le traitement contre le { -hiv } aussi. Mais si vous devez rester à l’hôpital, vous recevrez peut-être une facture.
health-rights-your-health-information-is-private-9 = {"*"}*Demandez conseil à une association près de chez vous avant de demander une aide pour payer vos soins.** Si vous êtes inquiet ou inquiète, vous pouvez demander :
health-rights-your-health-information-is-private-3 = « Qui va voir mes informations ? »
health-rights-your-health-information-is-private-4 = « Allez-vous donner mes informations à quelqu’un ? »
health-rights-your-health-information-is-private-5 = Une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous peut vous expliquer les règles de votre pays. Certains services vous permettent aussi de faire un test sans donner votre nom.

## Votre droit à un interprète

health-rights-your-right-to-an-interpreter = Votre droit à un interprète
health-rights-your-right-to-an-interpreter-1 = Dans beaucoup de pays, vous pouvez demander un interprète quand vous voyez un médecin. L’interprète peut être dans la pièce ou au téléphone.
health-rights-your-right-to-an-interpreter-6 = Dans certains pays, la loi vous donne droit à un interprète pour vos soins. Dans d’autres, ce n’est pas le cas, mais beaucoup de centres de soins peuvent quand même en trouver un. Demandez-le quand vous prenez rendez-vous.
health-rights-your-right-to-an-interpreter-2 = Demandez un **interprète professionnel et formé**, et pas un membre de votre famille ou un ami.
health-rights-your-right-to-an-interpreter-3 = Les interprètes professionnels doivent garder secret ce que vous dites.
health-rights-your-right-to-an-interpreter-4 = Vous pouvez tout à fait demander au médecin d’expliquer encore une fois avec des mots simples.
health-rights-your-right-to-an-interpreter-7 = Les enfants ne devraient pas servir d’interprètes pour leurs parents chez le médecin.
health-rights-your-right-to-an-interpreter-5 = Un interprète professionnel protège votre vie privée. Il vous aide aussi à bien comprendre tout ce qui concerne votre santé et votre traitement.

## Si on refuse de vous soigner

health-rights-if-you-are-refused-care = Si on refuse de vous soigner
health-rights-if-you-are-refused-care-1 = Parfois, un centre de soins ou un hôpital peut refuser de vous soigner. Cela peut être une erreur. Le personnel ne connaît pas toujours les règles pour les personnes migrantes.
health-rights-if-you-are-refused-care-2 = Restez calme et demandez pourquoi.
health-rights-if-you-are-refused-care-3 = Demandez la raison **par écrit**, avec la date et le nom du service.
health-rights-if-you-are-refused-care-4 = Gardez toutes les lettres et tous les papiers.
health-rights-if-you-are-refused-care-5 = Contactez une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous. Elle peut vous aider, et peut-être venir avec vous la prochaine fois.
health-rights-if-you-are-refused-care-8 = Vous pouvez aussi **faire une réclamation**. Demandez au centre de soins ou à l’hôpital comment faire. Dans beaucoup de pays, vous pouvez aussi vous adresser à un service indépendant pour les réclamations des patients, ou à un bureau national des droits humains. Une association près de chez vous peut vous aider à écrire votre réclamation.
health-rights-if-you-are-refused-care-6 = En cas d’urgence, allez aux urgences d’un hôpital ou appelez le **112**. Ce numéro d’urgence marche dans tous les pays de l’Union européenne.
health-rights-if-you-are-refused-care-7 = Les associations de lutte contre le { -hiv } ou d’aide aux personnes migrantes connaissent les règles de votre pays. Elles peuvent vous aider dans votre langue. Vous trouverez leurs coordonnées avec cette page ou cette brochure.

## Questions fréquentes

health-rights-common-questions = Questions fréquentes
health-rights-do-i-have-to-pay = Est-ce que je dois payer ?
health-rights-do-i-have-to-pay-1 = Cela dépend du pays et de votre situation. En cas d’urgence, la plupart des pays soignent d’abord et envoient la facture plus tard, s’il y en a une. Avant de payer, demandez s’il existe une aide pour les frais. Une association près de chez vous peut vous aider.
health-rights-can-i-bring-someone-with = Est-ce que je peux venir avec quelqu’un ?
health-rights-can-i-bring-someone-with-1 = Oui. En général, vous pouvez venir avec une personne de confiance. Mais pour traduire, demandez un interprète professionnel.
health-rights-what-if-i-do-not = Que faire si je ne comprends pas une lettre ou un formulaire ?
health-rights-what-if-i-do-not-1 = Demandez au centre de soins de vous expliquer ce document. Une association près de chez vous peut aussi vous aider à le lire.
