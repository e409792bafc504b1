### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
# peerpress: en=ba118bf7 tr=aa14e1f0
language-name = Ελληνικά

## Page frame

# peerpress: en=c5127f11 tr=b561a414
site-name = Πληροφορίες για τον HIV
# peerpress: en=b2e732a4 tr=76b0e1f4
site-tagline = Σαφείς και εμπιστευτικές πληροφορίες για τον HIV, στη γλώσσα σας
# peerpress: en=c887f134 tr=ec4ab905
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
# peerpress: en=eb814be3 tr=5373edeb
nav-label = Κύριο μενού
# peerpress: en=29366ff5 tr=a08bc06b
nav-topics = Όλα τα θέματα
# peerpress: en=dcd60fdb tr=5373ab53
nav-languages = Άλλες γλώσσες
# peerpress: en=5f402714 tr=bebf5b4f
footer-privacy = Αυτός ο ιστότοπος δεν χρησιμοποιεί cookies, εργαλεία παρακολούθησης ή εξωτερικές υπηρεσίες.
# peerpress: en=514dfac1 tr=431929f3
footer-published-by = Έκδοση: { $organisation }

## Language chooser (the site's front page)

# peerpress: en=8e2d0664 tr=7de6cfa7
chooser-title = Επιλέξτε τη γλώσσα σας
# peerpress: en=be5e9a7f tr=ae12f799
chooser-intro = Αυτές οι πληροφορίες για τον HIV είναι διαθέσιμες στις παρακάτω γλώσσες.

## List of topics in one language

# peerpress: en=c5127f11 tr=a1f3b2e1
topics-title = Πληροφορίες για τον HIV
# peerpress: en=4cbf467f tr=e1730781
topics-intro = Επιλέξτε ένα θέμα για να διαβάσετε.

## One page

# peerpress: en=f9d5b1dd tr=926fffdc
last-reviewed = Τελευταίος έλεγχος: { $date }
# peerpress: en=caf85b08 tr=039820f6
sources-heading = Πηγές
# peerpress: en=cef6e687 tr=7ab664d2
sources-count =
    { $count ->
        [one] Αυτή η σελίδα βασίζεται σε { $count } πηγή.
       *[other] Αυτή η σελίδα βασίζεται σε { $count } πηγές.
    }
# peerpress: en=77328c8a tr=e2763a91
untranslated-notice = Ορισμένα μέρη αυτής της σελίδας δεν έχουν μεταφραστεί ακόμη στα ελληνικά. Εμφανίζονται στα αγγλικά μέχρι να είναι έτοιμη η μετάφραση.
# peerpress: en=c945d890 tr=44cfe904
page-languages-heading = Αυτή η σελίδα σε άλλες γλώσσες
# peerpress: en=6c52d6f4 tr=0e999367
back-to-topics = Επιστροφή σε όλα τα θέματα

## Page not found

# peerpress: en=a469ab4c tr=2d9da18b
not-found-title = Η σελίδα δεν βρέθηκε
# peerpress: en=7d406583 tr=bd054dc4
not-found-body = Λυπούμαστε, δεν μπορέσαμε να βρούμε αυτή τη σελίδα. Ίσως έχει μετακινηθεί.
# peerpress: en=03f0d842 tr=5040dead
not-found-link = Μετάβαση στη λίστα γλωσσών

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
# peerpress: en=70b84a87 tr=82556bb0
leaflet-download-a4 = Φυλλάδιο για εκτύπωση (PDF, { $size })
# peerpress: en=e604dac1 tr=093175de
leaflet-download-booklet = Βιβλιαράκι A5 για εκτύπωση και δίπλωμα (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
# peerpress: en=8a97d60b tr=8484c03c
leaflet-read-online = Διαβάστε αυτές τις πληροφορίες στο διαδίκτυο, στη γλώσσα σας:
# Alt text of the QR code for screen readers.
# peerpress: en=9a74548b tr=ad8a5214
leaflet-qr-alt = Κωδικός QR με σύνδεσμο προς αυτή τη σελίδα στο διαδίκτυο
# Page footer. $page and $pages are numbers.
# peerpress: en=c849d787 tr=6f7edfb4
leaflet-page = Σελίδα { $page } από { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
# peerpress: en=57185d8d tr=94a65f9b
leaflet-edition = Έκδοση { $edition }, δημιουργήθηκε στις { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
# peerpress: en=8dfa84d1 tr=1838b519
leaflet-draft = ΠΡΟΣΧΕΔΙΟ – όχι για διανομή: ορισμένα μέρη αυτού του κειμένου δεν έχουν μεταφραστεί ακόμη ή δεν είναι πια ενημερωμένα.
# peerpress: en=2b5c3d26 tr=30365750
leaflet-contact = Επικοινωνία

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
# peerpress: en=a87a376a tr=92ab07d8
translation-unreviewed = Αυτή η μετάφραση δεν έχει ελεγχθεί ακόμη από κάποιο άτομο της κοινότητας που μιλά καλά ελληνικά.
