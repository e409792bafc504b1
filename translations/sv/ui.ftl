# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=f68ea46e
language-name = Svenska

## Page frame

# peerpress: en=c5127f11 tr=424a5bb3
site-name = Information om hiv
# peerpress: en=b2e732a4 tr=fc875be1
site-tagline = Tydlig och konfidentiell information om hiv, på ditt språk
# peerpress: en=c887f134 tr=7e0dea7d
skip-to-content = Hoppa till huvudinnehållet
# peerpress: en=eb814be3 tr=6e4666cd
nav-label = Huvudmeny
# peerpress: en=29366ff5 tr=5a295eb7
nav-topics = Alla ämnen
# peerpress: en=dcd60fdb tr=59aebd8b
nav-languages = Andra språk
# peerpress: en=5f402714 tr=95303116
footer-privacy = Den här webbplatsen använder inga kakor, ingen spårning och inga externa tjänster.
# peerpress: en=514dfac1 tr=ba06436e
footer-published-by = Utgiven av { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=c03d93e0
chooser-title = Välj ditt språk
# peerpress: en=be5e9a7f tr=cfa1805b
chooser-intro = Den här informationen om hiv finns på följande språk.

## List of topics in one language

# peerpress: en=c5127f11 tr=4cb7f13b
topics-title = Information om hiv
# peerpress: en=4cbf467f tr=cabcbc98
topics-intro = Välj ett ämne som du vill läsa om.

## One page

# peerpress: en=f9d5b1dd tr=76892b02
last-reviewed = Senast granskad: { $date }
# peerpress: en=caf85b08 tr=a849d31f
sources-heading = Källor
# peerpress: en=cef6e687 tr=28f7bd7d
sources-count =
    { $count ->
        [one] Den här sidan bygger på { $count } källa.
       *[other] Den här sidan bygger på { $count } källor.
    }
# peerpress: en=77328c8a tr=4585f9de
untranslated-notice = Delar av den här sidan är inte översatta till svenska än. De visas på engelska tills en översättning är klar.
# peerpress: en=c945d890 tr=46306506
page-languages-heading = Den här sidan på andra språk
# peerpress: en=6c52d6f4 tr=2b1d6727
back-to-topics = Tillbaka till alla ämnen

## Page not found

# peerpress: en=a469ab4c tr=5eb5cb75
not-found-title = Sidan hittades inte
# peerpress: en=7d406583 tr=46625204
not-found-body = Tyvärr kunde vi inte hitta den här sidan. Den kan ha flyttats.
# peerpress: en=03f0d842 tr=3e94b3d5
not-found-link = Gå till listan över språk
