# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Svenska

## Page frame

site-name = Information om hiv
site-tagline = Tydlig och konfidentiell information om hiv, på ditt språk
skip-to-content = Hoppa till huvudinnehållet
nav-label = Huvudmeny
nav-topics = Alla ämnen
nav-languages = Andra språk
footer-privacy = Den här webbplatsen använder inga kakor, ingen spårning och inga externa tjänster.
footer-published-by = Utgiven av { $organisation }

## Language chooser (the site's front page)

chooser-title = Välj ditt språk
chooser-intro = Den här informationen om hiv finns på följande språk.

## List of topics in one language

topics-title = Information om hiv
topics-intro = Välj ett ämne som du vill läsa om.

## One page

last-reviewed = Senast granskad: { $date }
sources-heading = Källor
sources-count =
    { $count ->
        [one] Den här sidan bygger på { $count } källa.
       *[other] Den här sidan bygger på { $count } källor.
    }
untranslated-notice = Delar av den här sidan är inte översatta till svenska än. De visas på engelska tills en översättning är klar.
page-languages-heading = Den här sidan på andra språk
back-to-topics = Tillbaka till alla ämnen

## Page not found

not-found-title = Sidan hittades inte
not-found-body = Tyvärr kunde vi inte hitta den här sidan. Den kan ha flyttats.
not-found-link = Gå till listan över språk
