### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet

prep-title = { -prep } : un médicament qui protège contre le { -hiv }
prep-description = Ce qu’est la { -prep }, pour qui elle est faite, les différentes façons de la prendre, et en quoi le { -pep }, à prendre après un contact possible avec le { -hiv }, est différent.
prep-intro-1 = La { -prep } est un médicament qui vous empêche d’attraper le { -hiv }. { -prep } veut dire « prophylaxie pré-exposition » (en anglais : pre-exposure prophylaxis) : une protection avant un contact possible avec le { -hiv }. Elle est faite pour les personnes qui n’ont pas le { -hiv }. Quand vous la prenez correctement, la { -prep } marche très bien. [L’OMS recommande la { -prep } (en anglais)](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) pour les personnes qui ont plus de risques d’attraper le { -hiv }.
prep-intro-2 = La { -prep } peut se prendre en comprimés ou en injection.

## Pour qui est la PrEP ?

prep-who-prep-is-for = Pour qui est la { -prep } ?
prep-who-prep-is-for-1 = La { -prep } peut être un bon choix pour vous si :
prep-who-prep-is-for-2 = vous avez souvent des rapports sexuels sans préservatif
prep-who-prep-is-for-3 = votre partenaire a le { -hiv } et sa { -viral-load } n’est pas { -undetectable }, ou vous ne connaissez pas son statut { -hiv }
prep-who-prep-is-for-4 = vous avez eu récemment une infection sexuellement transmissible ({ -sti })
prep-who-prep-is-for-5 = vous avez déjà eu besoin d’un { -pep } (traitement post-exposition)
prep-who-prep-is-for-6 = vous partagez des aiguilles ou d’autre matériel pour vous injecter des drogues
prep-who-prep-is-for-7 = Un infirmier, une infirmière ou un médecin vous posera quelques questions, en privé. Ensuite, vous décidez ensemble. Choisir la { -prep }, c’est un bon choix pour votre santé et pour les personnes que vous aimez.
prep-who-prep-is-for-8 = Avant de commencer, vous devez faire un **test du { -hiv }**. La { -prep } est seulement pour les personnes qui n’ont pas le { -hiv }. La { -prep } en comprimés tous les jours peut aussi être utilisée pendant la grossesse et l’allaitement. Parlez-en à votre centre de soins.
prep-who-prep-is-for-9 = Avant de commencer, vous devez aussi faire un test de l’**hépatite B**. Si vous n’êtes pas protégé ou protégée contre elle, demandez le vaccin. Les comprimés de { -prep } agissent aussi sur l’hépatite B. Si vous avez une hépatite B chronique (de longue durée), la { -prep } à la demande n’est pas sûre pour vous, et vous ne devez jamais arrêter la { -prep } brusquement. Cela peut abîmer votre foie.

## Les façons de prendre la PrEP

prep-ways-to-take-prep = Les façons de prendre la { -prep }
prep-ways-to-take-prep-1 = Il y a plusieurs façons de prendre la { -prep }. Votre centre de soins vous aidera à choisir.
prep-ways-to-take-prep-2 = {"*"}*{ -prep } en continu :** vous prenez un comprimé tous les jours. Cela marche pour tout le monde, y compris pour les personnes qui ont des rapports sexuels vaginaux ou par le « trou avant » (front hole). Les recommandations européennes disent de commencer par **2 comprimés** en même temps, entre 2 et 24 heures avant le rapport sexuel. Cela protège tout le monde à partir d’environ 2 heures après ces 2 comprimés. Tous les centres de soins ne donnent pas encore ce conseil : demandez donc à votre centre de soins comment commencer.
prep-ways-to-take-prep-3 = {"*"}*{ -prep } à la demande (2-1-1) :** vous prenez des comprimés seulement autour du moment où vous avez des rapports sexuels. On dit aussi « 2+1+1 ».
prep-ways-to-take-prep-4 = Prenez **2 comprimés** entre 2 et 24 heures avant le rapport sexuel.
prep-ways-to-take-prep-5 = Prenez **1 comprimé** 24 heures après les 2 comprimés.
prep-ways-to-take-prep-6 = Prenez **encore 1 comprimé** 24 heures plus tard.
prep-ways-to-take-prep-7 = Si vous avez encore des rapports sexuels les jours suivants, continuez à prendre 1 comprimé toutes les 24 heures. Arrêtez 2 jours après votre dernier rapport sexuel.
prep-ways-to-take-prep-8 = Depuis 2019, l’OMS recommande le schéma 2-1-1 pour les hommes qui ont des rapports sexuels avec des hommes. En 2022, l’OMS a dit qu’il convient aussi aux autres personnes assignées homme à la naissance qui ne prennent pas d’hormones d’affirmation de genre. L’OMS recommande toujours la { -prep } à la demande **seulement** pour les personnes assignées homme à la naissance. Si vous prenez des hormones d’affirmation de genre, l’OMS conseille la { -prep } en continu.
prep-ways-to-take-prep-13 = {"*"}*{ -prep } à la demande pour les rapports sexuels vaginaux ou par le « trou avant » (2-7) :** depuis 2025, les recommandations européennes et britanniques proposent aussi la { -prep } à la demande pour les rapports sexuels vaginaux ou par le « trou avant ». On l’appelle **2-7**.
prep-ways-to-take-prep-14 = Commencez par **2 comprimés** en même temps, entre 2 et 24 heures avant le rapport sexuel.
prep-ways-to-take-prep-15 = Ensuite, prenez **1 comprimé** tous les jours jusqu’à **7 jours** après votre dernier rapport sexuel.
prep-ways-to-take-prep-16 = L’OMS ne recommande pas le schéma 2-7, et tous les centres de soins ne le proposent pas encore. Demandez à votre centre de soins quel schéma vous convient.
prep-ways-to-take-prep-10 = {"*"}*Injections :** la { -prep } à longue durée d’action est une injection faite par un soignant ou une soignante. Vous n’avez pas besoin de prendre des comprimés tous les jours.
prep-ways-to-take-prep-11 = Le **cabotégravir** se fait en injection tous les **2 mois**. L’OMS le recommande depuis 2022. Selon l’Agence européenne des médicaments (EMA), il est autorisé dans l’Union européenne depuis 2023.
prep-ways-to-take-prep-12 = Le **lénacapavir** se fait en injection **deux fois par an**, tous les 6 mois. [L’OMS l’a recommandé en juillet 2025 (en anglais)](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). Selon l’EMA, il a été autorisé dans l’Union européenne en 2025.
prep-ways-to-take-prep-9 = Une autorisation ne veut pas dire que tous les centres de soins proposent ces injections. **Ce qui est disponible dépend du pays.** Demandez à votre centre de soins ce qui est proposé là où vous vivez.
prep-ways-to-take-prep-17 = Le médicament d’une injection reste dans votre corps pendant de nombreux mois après la dernière injection. La quantité baisse lentement. Si vous attrapez le { -hiv } pendant ce temps, certains médicaments contre le { -hiv } peuvent ne plus marcher pour vous. Si vous voulez arrêter les injections, demandez à votre centre de soins comment rester protégé ou protégée, par exemple avec la { -prep } en comprimés.
prep-ways-to-take-prep-18 = Les injections de { -prep } sont autorisées seulement pour prévenir le { -hiv } transmis lors des rapports sexuels. Si vous vous injectez des drogues, prenez la { -prep } en comprimés, et utilisez toujours des aiguilles et des seringues neuves.

## Rester en bonne santé sous PrEP

prep-staying-healthy-on-prep = Rester en bonne santé sous { -prep }
prep-staying-healthy-on-prep-1 = La { -prep } protège seulement contre le { -hiv }. Elle ne protège **pas** contre les autres { -sti } ni contre la grossesse. Les préservatifs et la contraception aident à vous en protéger.
prep-staying-healthy-on-prep-2 = Quand vous prenez la { -prep } en comprimés, vous allez au centre de soins environ **tous les 3 mois**. À chaque visite, on vous fait :
prep-staying-healthy-on-prep-3 = un test du { -hiv }
prep-staying-healthy-on-prep-7 = des tests pour les autres { -sti }, comme la syphilis, la gonorrhée et la chlamydia
prep-staying-healthy-on-prep-8 = un contrôle des reins, quand votre centre de soins le demande
prep-staying-healthy-on-prep-9 = Si vous recevez la { -prep } en injection, vous faites un test du { -hiv } lors de vos rendez-vous pour l’injection.
prep-staying-healthy-on-prep-6 = Ces visites vous aident à rester en bonne santé. Elles permettent aussi de vérifier que la { -prep } vous convient toujours. Souvent, les { -sti } ne donnent aucun signe. Des tests réguliers permettent de les trouver tôt, et la plupart se soignent.

## Le TPE, c’est différent

prep-pep-is-different = Le { -pep }, c’est différent
prep-pep-is-different-1 = { -pep } veut dire « traitement post-exposition ». En Belgique et en Suisse, on dit aussi « PEP » (prophylaxie post-exposition). Vous le prenez **après** un contact possible avec le { -hiv }. Par exemple, quand un préservatif s’est cassé, ou après un rapport sexuel que vous n’avez pas voulu.
prep-pep-is-different-2 = Commencez le { -pep } le plus vite possible, **dans les 72 heures** (3 jours).
prep-pep-is-different-3 = Plus vous le commencez tôt, mieux il marche.
prep-pep-is-different-4 = Vous le prenez pendant **28 jours**.
prep-pep-is-different-6 = Les recommandations de l’OMS de 2024 sur le { -pep } disent de le commencer si possible dans les 24 heures, et au plus tard dans les 72 heures. Après le { -pep }, vous devez refaire un test du { -hiv }.
prep-pep-is-different-5 = Allez aux urgences d’un hôpital ou dans un centre de santé sexuelle. Dites : « J’ai besoin d’un { -pep } ». Une association peut vous dire où trouver un { -pep } près de chez vous.
prep-pep-is-different-7 = Si vous avez besoin d’un { -pep } plus d’une fois, renseignez-vous sur la { -prep }. Beaucoup de centres de soins peuvent vous aider à passer directement du { -pep } à la { -prep }.

## Comment obtenir la PrEP

prep-how-to-get-prep = Comment obtenir la { -prep }
prep-how-to-get-prep-1 = Renseignez-vous dans un centre de santé sexuelle ou dans un centre de soins { -hiv }.
prep-how-to-get-prep-2 = Renseignez-vous auprès d’une association de lutte contre le { -hiv } ou d’aide aux personnes migrantes près de chez vous. Elle sait où la { -prep } est gratuite ou moins chère.
prep-how-to-get-prep-3 = Ne prenez pas les comprimés de { -prep } d’un ami ou d’une amie. Vous devez d’abord faire un test du { -hiv } et un contrôle médical.
prep-how-to-get-prep-4 = Les règles et les prix sont différents dans chaque pays. Dans certains pays, la { -prep } est gratuite. Dans d’autres, vous devrez peut-être payer.

## Questions fréquentes

prep-common-questions = Questions fréquentes
prep-how-well-does-prep-work = Est-ce que la { -prep } marche bien ?
prep-how-well-does-prep-work-1 = La { -prep } marche très bien quand vous la prenez correctement. Elle marche moins bien si vous oubliez souvent vos comprimés ou si vous manquez des injections.
prep-does-prep-have-side-effects = Est-ce que la { -prep } a des effets secondaires ?
prep-does-prep-have-side-effects-1 = Certaines personnes ont des nausées (envie de vomir) ou mal au ventre pendant les premières semaines. En général, cela passe. Les injections peuvent faire mal à l’endroit de la piqûre. Parlez de tout problème à votre centre de soins.
prep-can-i-stop-prep = Est-ce que je peux arrêter la { -prep } ?
prep-can-i-stop-prep-1 = Oui. Parlez-en d’abord à votre centre de soins. La façon d’arrêter sans risque dépend de la manière dont vous prenez la { -prep } et du type de rapports sexuels que vous avez. Si vous avez une hépatite B, ou si vous avez reçu des injections de { -prep }, demandez toujours à votre centre de soins comment arrêter.
prep-will-anyone-know-that-i = Est-ce que quelqu’un saura que je prends la { -prep } ?
prep-will-anyone-know-that-i-1 = Vos rendez-vous et vos résultats de tests sont **confidentiels**. Le personnel doit les garder secrets.
