### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=7bb41170 tr=0e187f8a
health-rights-title = Votre droit aux soins
# peerpress: en=d0b72b9c tr=97e24461
health-rights-description = Vos droits aux soins, au respect de votre vie privée et à un interprète en Europe, avec ou sans papiers, et que faire si on refuse de vous soigner.
# peerpress: en=1ef9931d tr=ee5e395b
health-rights-intro-1 = Tout le monde a droit aux soins de santé. Cela inclut les personnes migrantes, les personnes réfugiées et les personnes sans papiers. Cette page explique vos principaux droits. **Les règles changent d’un pays à l’autre.** Une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous peut vous dire quelles sont les règles là où vous vivez.

## L’accès aux soins est un droit humain

# peerpress: en=ec58aac3 tr=02b8bcc7
health-rights-health-care-is-a-human = L’accès aux soins est un droit humain
# peerpress: en=d5a3b660 tr=61cb0bd3
health-rights-health-care-is-a-human-1 = Des accords internationaux protègent votre droit à la santé :
# peerpress: en=11b828f1 tr=e4ecc872
health-rights-health-care-is-a-human-2 = La [Déclaration universelle des droits de l’homme](https://www.un.org/en/about-us/universal-declaration-of-human-rights), à l’article 25, dit que toute personne a droit aux soins médicaux.
# peerpress: en=b60bd1b3 tr=8b968450
health-rights-health-care-is-a-human-3 = Le Pacte international relatif aux droits économiques, sociaux et culturels, à l’article 12, protège le droit à la meilleure santé possible. Un comité de l’ONU l’a expliqué dans l’Observation générale n° 14. Elle dit que les pays ne doivent empêcher personne d’avoir accès aux soins, y compris les demandeurs d’asile et les personnes sans papiers.
# peerpress: en=d620fd2c tr=623700f1
health-rights-health-care-is-a-human-4 = La Charte sociale européenne du Conseil de l’Europe, aux articles 11 et 13, protège le droit à la santé et à l’assistance médicale.
# peerpress: en=c2122a59 tr=0aa13498
health-rights-health-care-is-a-human-5 = La [Charte des droits fondamentaux de l’Union européenne](https://fra.europa.eu/en/eu-charter/article/35-health-care), à l’article 35, dit que toute personne a droit à la prévention et aux soins médicaux. Elle ajoute que ce sont les lois de chaque pays qui fixent les conditions.
# peerpress: en=5a4cb53b tr=0124aaf5
health-rights-health-care-is-a-human-6 = Chaque pays décide comment ces droits s’appliquent en pratique. Dans certains pays, vous devrez peut-être payer ou remplir des formulaires. Mais vous avez quand même des droits.
# peerpress: en=9822392f tr=09599f99
health-rights-health-care-is-a-human-7 = Ces textes disent aux gouvernements ce qu’ils doivent faire. Une association près de chez vous peut s’en servir pour vous aider à vous faire soigner.

## Ce que cela veut dire pour vous

# peerpress: en=f72f8c45 tr=7d199c47
health-rights-what-this-means-for-you = Ce que cela veut dire pour vous
# peerpress: en=263f0241 tr=56422116
health-rights-what-this-means-for-you-1 = Ce que vous pouvez obtenir dépend du pays et de votre situation. Dans beaucoup de pays :
# peerpress: en=a767c3bc tr=8f75f7f8
health-rights-what-this-means-for-you-2 = tout le monde reçoit des **soins d’urgence**, avec ou sans papiers
# peerpress: en=34b15aeb tr=aed8157e
health-rights-what-this-means-for-you-3 = le dépistage du { -hiv } est gratuit, et souvent anonyme
# peerpress: en=a7c7f3f7 tr=6020fc25
health-rights-what-this-means-for-you-4 = les enfants et les femmes enceintes ont plus de droits aux soins
# peerpress: en=02e62e33 tr=5327bb8e
health-rights-what-this-means-for-you-5 = Dans certains pays, les personnes sans papiers peuvent aussi avoir un traitement contre le { -hiv }. Parfois, vous devez d’abord remplir des formulaires ou montrer où vous habitez. Demandez à une association près de chez vous ce qui s’applique à vous.

## Vos informations de santé restent privées

# peerpress: en=e1d141b8 tr=4db92a31
health-rights-your-health-information-is-private = Vos informations de santé restent privées
# peerpress: en=c0a567c4 tr=286d1497
health-rights-your-health-information-is-private-1 = Les médecins, le personnel infirmier et les interprètes doivent garder vos informations de santé **confidentielles**. Votre statut { -hiv } est privé.
# peerpress: en=8adf1181 tr=5b97741f
health-rights-your-health-information-is-private-6 = Le personnel n’a pas le droit de parler de votre santé à votre famille, à votre employeur ou à votre propriétaire sans votre accord.
# peerpress: en=f58c0013 tr=841fa35e
health-rights-your-health-information-is-private-2 = Dans la plupart des pays, les professionnels de santé ne doivent pas donner vos informations aux services de l’immigration. Mais les règles sont différentes selon les pays. Si vous êtes inquiet ou inquiète, vous pouvez demander :
# peerpress: en=e880b882 tr=fa29f6d2
health-rights-your-health-information-is-private-3 = « Qui va voir mes informations ? »
# peerpress: en=75678c7a tr=a8c8e62b
health-rights-your-health-information-is-private-4 = « Allez-vous donner mes informations à quelqu’un ? »
# peerpress: en=2a9979d8 tr=040da3ae
health-rights-your-health-information-is-private-5 = Une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous peut vous expliquer les règles de votre pays. Certains services vous permettent aussi de faire un test sans donner votre nom.

## Votre droit à un interprète

# peerpress: en=f92e6da8 tr=b4d428c1
health-rights-your-right-to-an-interpreter = Votre droit à un interprète
# peerpress: en=2d316d80 tr=f782fe53
health-rights-your-right-to-an-interpreter-1 = Dans beaucoup de pays, vous pouvez demander un interprète quand vous voyez un médecin. L’interprète peut être dans la pièce ou au téléphone.
# peerpress: en=570a2eb1 tr=cc776e71
health-rights-your-right-to-an-interpreter-6 = Dans certains pays, la loi vous donne droit à un interprète pour vos soins. Dans d’autres, ce n’est pas le cas, mais beaucoup de centres de soins peuvent quand même en trouver un. Demandez-le quand vous prenez rendez-vous.
# peerpress: en=ba580fa3 tr=45fa3de9
health-rights-your-right-to-an-interpreter-2 = Demandez un **interprète professionnel et formé**, et pas un membre de votre famille ou un ami.
# peerpress: en=f6494d00 tr=43348d81
health-rights-your-right-to-an-interpreter-3 = Les interprètes professionnels doivent garder secret ce que vous dites.
# peerpress: en=99b7ebb6 tr=4fa4de84
health-rights-your-right-to-an-interpreter-4 = Vous pouvez tout à fait demander au médecin d’expliquer encore une fois avec des mots simples.
# peerpress: en=0ef3a7e7 tr=4ad7f411
health-rights-your-right-to-an-interpreter-7 = Les enfants ne devraient pas servir d’interprètes pour leurs parents chez le médecin.
# peerpress: en=835e545f tr=48917f48
health-rights-your-right-to-an-interpreter-5 = Un interprète professionnel protège votre vie privée. Il vous aide aussi à bien comprendre tout ce qui concerne votre santé et votre traitement.

## Si on refuse de vous soigner

# peerpress: en=a2f12802 tr=01154614
health-rights-if-you-are-refused-care = Si on refuse de vous soigner
# peerpress: en=5955850c tr=c6202155
health-rights-if-you-are-refused-care-1 = Parfois, un centre de soins ou un hôpital peut refuser de vous soigner. Cela peut être une erreur. Le personnel ne connaît pas toujours les règles pour les personnes migrantes.
# peerpress: en=8b17a84d tr=9a2797eb
health-rights-if-you-are-refused-care-2 = Restez calme et demandez pourquoi.
# peerpress: en=2be784c9 tr=194a408a
health-rights-if-you-are-refused-care-3 = Demandez la raison **par écrit**, avec la date et le nom du service.
# peerpress: en=d87897e9 tr=544f0bc1
health-rights-if-you-are-refused-care-4 = Gardez toutes les lettres et tous les papiers.
# peerpress: en=17e0ed26 tr=740ba428
health-rights-if-you-are-refused-care-5 = Contactez une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous. Elle peut vous aider, et peut-être venir avec vous la prochaine fois.
# peerpress: en=b65a6fe5 tr=95c406d6
health-rights-if-you-are-refused-care-8 = Vous pouvez aussi **faire une réclamation**. Demandez au centre de soins ou à l’hôpital comment faire. Dans beaucoup de pays, vous pouvez aussi vous adresser à un médiateur pour les patients ou à une institution nationale des droits humains. Une association près de chez vous peut vous aider à écrire votre réclamation.
# peerpress: en=8225bed4 tr=691772a2
health-rights-if-you-are-refused-care-6 = En cas d’urgence, allez aux urgences d’un hôpital ou appelez le **112**. Ce numéro d’urgence marche dans tous les pays de l’Union européenne.
# peerpress: en=7a25a7d6 tr=7c5f1234
health-rights-if-you-are-refused-care-7 = Les associations de lutte contre le { -hiv } ou d’aide aux personnes migrantes connaissent les règles de votre pays. Elles peuvent vous aider dans votre langue. Vous trouverez leurs coordonnées avec cette page ou cette brochure.

## Questions fréquentes

# peerpress: en=dfb8a3d4 tr=1a46cdbf
health-rights-common-questions = Questions fréquentes
# peerpress: en=23defde8 tr=83176d63
health-rights-do-i-have-to-pay = Est-ce que je dois payer ?
# peerpress: en=e534895f tr=f96af4a5
health-rights-do-i-have-to-pay-1 = Cela dépend du pays et de votre situation. En cas d’urgence, la plupart des pays soignent d’abord et envoient la facture plus tard, s’il y en a une. Avant de payer, demandez s’il existe une aide pour les frais. Une association près de chez vous peut vous aider.
# peerpress: en=58936613 tr=09f44319
health-rights-can-i-bring-someone-with = Est-ce que je peux venir avec quelqu’un ?
# peerpress: en=b745790c tr=b01da7da
health-rights-can-i-bring-someone-with-1 = Oui. En général, vous pouvez venir avec une personne de confiance. Mais pour traduire, demandez un interprète professionnel.
# peerpress: en=31a7f4f7 tr=ce0a4adf
health-rights-what-if-i-do-not = Que faire si je ne comprends pas une lettre ou un formulaire ?
# peerpress: en=57724250 tr=d8714a98
health-rights-what-if-i-do-not-1 = Demandez au centre de soins de vous expliquer ce document. Une association près de chez vous peut aussi vous aider à le lire.
