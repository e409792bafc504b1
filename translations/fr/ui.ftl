# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Français

## Page frame

site-name = Informations sur le VIH
site-tagline = Des informations claires et confidentielles sur le VIH, dans votre langue
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-topics = Tous les sujets
nav-languages = Autres langues
footer-privacy = Ce site n’utilise ni cookies, ni outils de suivi, ni services extérieurs.
footer-published-by = Publié par { $organisation }

## Language chooser (the site's front page)

chooser-title = Choisissez votre langue
chooser-intro = Ces informations sur le VIH sont disponibles dans les langues suivantes.

## List of topics in one language

topics-title = Informations sur le VIH
topics-intro = Choisissez un sujet qui vous intéresse.

## One page

last-reviewed = Dernière vérification : { $date }
sources-heading = Sources
sources-count =
    { $count ->
        [one] Cette page s’appuie sur { $count } source.
        [many] Cette page s’appuie sur { $count } sources.
       *[other] Cette page s’appuie sur { $count } sources.
    }
untranslated-notice = Certaines parties de cette page ne sont pas encore traduites en français. Elles sont affichées en anglais en attendant que la traduction soit prête.
page-languages-heading = Cette page dans d’autres langues
back-to-topics = Retour à tous les sujets

## Page not found

not-found-title = Page introuvable
not-found-body = Désolés, nous n’avons pas trouvé cette page. Elle a peut-être été déplacée.
not-found-link = Aller à la liste des langues
