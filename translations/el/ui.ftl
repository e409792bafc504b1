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
footer-published-by = Έκδοση: { $organisation }

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
