### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23; updated 2026-12-01 (machine-assisted)
### reviewed-by: nobody yet
# User-interface strings for the web pages (and, later, the leaflets).
# Every string the templates print lives here. Keep the message ids; translate the text.
# Variables such as { $date } or { $count } must stay exactly as they are.

## The language itself

# This language's name, written in this language (an endonym): "Français", "العربية".
language-name = Ελληνικά

## Page frame

site-name = Πληροφορίες για τον HIV
site-tagline = Σαφείς και εμπιστευτικές πληροφορίες για τον HIV, στη γλώσσα σας
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
nav-label = Κύριο μενού
nav-topics = Όλα τα θέματα
nav-languages = Άλλες γλώσσες
footer-privacy = Αυτός ο ιστότοπος δεν χρησιμοποιεί cookies, εργαλεία παρακολούθησης ή εξωτερικές υπηρεσίες.
footer-published-by = Εκδότης: { $organisation }

## Language chooser (the site's front page)

chooser-title = Επιλέξτε τη γλώσσα σας
chooser-intro = Αυτές οι πληροφορίες για τον HIV είναι διαθέσιμες στις παρακάτω γλώσσες.

## List of topics in one language

topics-title = Πληροφορίες για τον HIV
topics-intro = Επιλέξτε ένα θέμα για να διαβάσετε.

## One page

last-reviewed = Τελευταίος έλεγχος: { $date }
sources-heading = Πηγές
sources-count =
    { $count ->
        [one] Αυτή η σελίδα βασίζεται σε { $count } πηγή.
       *[other] Αυτή η σελίδα βασίζεται σε { $count } πηγές.
    }
untranslated-notice = Ορισμένα μέρη αυτής της σελίδας δεν έχουν μεταφραστεί ακόμη στα ελληνικά. Εμφανίζονται στα αγγλικά μέχρι να είναι έτοιμη η μετάφραση.
page-languages-heading = Αυτή η σελίδα σε άλλες γλώσσες
back-to-topics = Επιστροφή σε όλα τα θέματα

## Page not found

not-found-title = Η σελίδα δεν βρέθηκε
not-found-body = Λυπούμαστε, δεν μπορέσαμε να βρούμε αυτή τη σελίδα. Ίσως έχει μετακινηθεί.
not-found-link = Μετάβαση στη λίστα γλωσσών

## Printable leaflets

# Link on a web page to its PDF leaflet; $size is like "84 KB".
leaflet-download-a4 = Φυλλάδιο για εκτύπωση (PDF, { $size })
leaflet-download-booklet = Βιβλιαράκι A5 για εκτύπωση και δίπλωμα (PDF, { $size })
# Printed beside the QR code at the end of a leaflet.
leaflet-read-online = Διαβάστε αυτές τις πληροφορίες στο διαδίκτυο, στη γλώσσα σας:
# Alt text of the QR code for screen readers.
leaflet-qr-alt = Κωδικός QR με σύνδεσμο προς αυτή τη σελίδα στο διαδίκτυο
# Page footer. $page and $pages are numbers.
leaflet-page = Σελίδα { $page } από { $pages }
# Page footer: $edition is a short code that identifies the exact text printed, $date the day it was made.
leaflet-edition = Έκδοση { $edition }, δημιουργήθηκε στις { $date }
# Printed across every page of a leaflet made from incomplete or outdated translations.
leaflet-draft = ΠΡΟΣΧΕΔΙΟ – όχι για διανομή: ορισμένα μέρη αυτού του κειμένου δεν έχουν μεταφραστεί ακόμη ή δεν είναι πια ενημερωμένα.
leaflet-contact = Επικοινωνία

## Print-shop pages (offline bundles: the list of leaflets for whoever prints them)

print-shop-title = Φυλλάδια για εκτύπωση
print-shop-intro = Όλα τα φυλλάδια αυτού του πακέτου που μπορούν να εκτυπωθούν, ανά γλώσσα. Εκτυπώνετε μόνο τα φυλλάδια που είναι έτοιμα για εκτύπωση: ένα προσχέδιο δεν είναι για διανομή.
print-shop-how-a4 = A4: εκτύπωση σε χαρτί A4, μονής ή διπλής όψης.
print-shop-how-booklet = Βιβλιαράκι A5: εκτύπωση σε χαρτί A4, διπλής όψης, με αναστροφή στη μικρή πλευρά, και μετά δίπλωμα των φύλλων στη μέση.
# Column headings of the list of leaflets.
print-shop-leaflet = Φυλλάδιο
print-shop-format = Μορφή
print-shop-pages = Σελίδες
print-shop-size = Μέγεθος
print-shop-edition = Έκδοση
print-shop-status = Κατάσταση
# The two leaflet formats.
print-shop-format-a4 = A4
print-shop-format-a5-booklet = Βιβλιαράκι A5
print-shop-ready = Έτοιμο για εκτύπωση
print-shop-draft = ΠΡΟΣΧΕΔΙΟ – όχι για διανομή
print-shop-none = Κανένα φυλλάδιο σε αυτή τη γλώσσα δεν είναι ακόμη έτοιμο για εκτύπωση.
print-shop-not-made = Δεν μπορεί να εκτυπωθεί ακόμη, επειδή η μετάφραση είναι ελλιπής ή δεν είναι πια ενημερωμένη:

## Translation provenance

# Shown discreetly on pages and leaflets whose translation no community reviewer has checked yet.
translation-unreviewed = Αυτή η μετάφραση δεν έχει ελεγχθεί ακόμη από κάποιο άτομο της κοινότητας που μιλά καλά ελληνικά.
