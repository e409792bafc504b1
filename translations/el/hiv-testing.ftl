### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=8abc09d9 tr=3ce7e5f1
hiv-testing-title = Τεστ για τον { -hiv }: πού, πώς και πότε
# peerpress: en=0c9c37fb tr=1df0d87a
hiv-testing-description = Οι διαφορετικοί τρόποι να κάνετε τεστ για τον { -hiv }, πότε ένα αποτέλεσμα είναι αξιόπιστο και τι γίνεται μετά το τεστ σας.
# peerpress: en=3f163132 tr=01ea5137
hiv-testing-intro-1 = Το τεστ είναι ο μόνος τρόπος να μάθετε αν έχετε { -hiv }. Πολλοί άνθρωποι με { -hiv } νιώθουν καλά για χρόνια. Το τεστ είναι γρήγορο και απλό. Όταν ξέρετε το αποτέλεσμά σας, μπορείτε να φροντίσετε καλύτερα την υγεία σας.

## Πού μπορείτε να κάνετε τεστ

# peerpress: en=6aa8d29f tr=dd7f2925
hiv-testing-where-you-can-test = Πού μπορείτε να κάνετε τεστ
# peerpress: en=0cd10efb tr=d42b9ae0
hiv-testing-where-you-can-test-1 = Μπορείτε να διαλέξετε το μέρος όπου νιώθετε πιο άνετα.
# peerpress: en=81971df1 tr=8cb2e322
hiv-testing-where-you-can-test-2 = {"*"}*Ιατρείο ή νοσοκομείο:** Ένας επαγγελματίας υγείας παίρνει ένα μικρό δείγμα αίματος. Ένα εργαστήριο το ελέγχει.
# peerpress: en=669ae23b tr=1413d04a
hiv-testing-where-you-can-test-3 = {"*"}*Τεστ στην κοινότητα:** Πολλές οργανώσεις της κοινότητας κάνουν **γρήγορο τεστ** (rapid test). Χρειάζεται μόνο μια σταγόνα αίμα από το δάχτυλό σας. Παίρνετε το αποτέλεσμα σε λιγότερο από 30 λεπτά.
# peerpress: en=a0f60b0e tr=f7f37ec9
hiv-testing-where-you-can-test-4 = {"*"}*Τεστ αυτοελέγχου (self-test):** Κάνετε μόνοι σας το τεστ, στο σπίτι ή σε άλλο ιδιωτικό μέρος. Μπορείτε να βρείτε ένα κιτ σε φαρμακείο, στο διαδίκτυο ή σε μια οργάνωση της κοινότητας.
# peerpress: en=3b09185e tr=3e78a43e
hiv-testing-where-you-can-test-6 = Ο Παγκόσμιος Οργανισμός Υγείας (ΠΟΥ) συνιστά το τεστ αυτοελέγχου για τον { -hiv } από το 2016. Αν κάνετε τεστ αυτοελέγχου, διαβάστε προσεκτικά τις οδηγίες μέσα στο κιτ.
# peerpress: en=d8ff58cf tr=9c69aded
hiv-testing-where-you-can-test-5 = Το τεστ είναι **εμπιστευτικό**. Αυτό σημαίνει ότι το προσωπικό δεν λέει σε κανέναν το αποτέλεσμά σας. Το αν θα κάνετε τεστ είναι δική σας επιλογή. Σε πολλά μέρη είναι δωρεάν. Κάποιες υπηρεσίες σας επιτρέπουν να κάνετε τεστ **ανώνυμα**, χωρίς να πείτε το όνομά σας. [Οι ευρωπαϊκές οδηγίες του ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) λένε ότι το τεστ πρέπει να είναι εθελοντικό και εμπιστευτικό.

## Πότε ένα αποτέλεσμα είναι αξιόπιστο

# peerpress: en=14634d3e tr=6a61d443
hiv-testing-when-a-test-result-is = Πότε ένα αποτέλεσμα είναι αξιόπιστο
# peerpress: en=4cebc4c9 tr=fe83ae58
hiv-testing-when-a-test-result-is-1 = Όταν ο { -hiv } μπει στο σώμα, ένα τεστ χρειάζεται λίγο χρόνο για να τον βρει. Αυτός ο χρόνος λέγεται **περίοδος παραθύρου**. Εξαρτάται από το είδος του τεστ.
# peerpress: en=f08109ae tr=bc5d3083
hiv-testing-when-a-test-result-is-2 = Είδος τεστ
# peerpress: en=1daaa38f tr=559679ac
hiv-testing-when-a-test-result-is-3 = Πού
# peerpress: en=6c8628b3 tr=1cf6e047
hiv-testing-when-a-test-result-is-4 = Αξιόπιστο από
# peerpress: en=f0d5d8b0 tr=1b8c7c45
hiv-testing-when-a-test-result-is-5 = Εργαστηριακό τεστ 4ης γενιάς (αντιγόνο/αντίσωμα)
# peerpress: en=7292729d tr=c64fad8e
hiv-testing-when-a-test-result-is-6 = Ιατρείο ή νοσοκομείο
# peerpress: en=d2f7d511 tr=11a6e860
hiv-testing-when-a-test-result-is-7 = 6 εβδομάδες μετά από πιθανή έκθεση
# peerpress: en=8cc1358d tr=d23467f5
hiv-testing-when-a-test-result-is-8 = Γρήγορο τεστ (αντισώματα)
# peerpress: en=27684278 tr=c84a33ae
hiv-testing-when-a-test-result-is-9 = Οργάνωση της κοινότητας ή ιατρείο
# peerpress: en=281ccc9e tr=4c7f6ea9
hiv-testing-when-a-test-result-is-10 = 3 μήνες (90 μέρες) μετά από πιθανή έκθεση
# peerpress: en=37fb137b tr=40eb2b55
hiv-testing-when-a-test-result-is-11 = Τεστ αυτοελέγχου (αντισώματα)
# peerpress: en=fbccda06 tr=d2b2da29
hiv-testing-when-a-test-result-is-12 = Στο σπίτι
# peerpress: en=281ccc9e tr=907ece04
hiv-testing-when-a-test-result-is-13 = 3 μήνες (90 μέρες) μετά από πιθανή έκθεση
# peerpress: en=c4200b27 tr=ed987ab1
hiv-testing-when-a-test-result-is-14 = Αν κάνετε τεστ νωρίτερα, ένα αρνητικό αποτέλεσμα μπορεί να μην είναι οριστικό. Κάντε ξανά τεστ όταν τελειώσει η περίοδος παραθύρου. Αν η πιθανή έκθεση έγινε τις τελευταίες 72 ώρες, ρωτήστε σήμερα κιόλας για την **{ -pep }**. Η { -pep } είναι φάρμακο που μπορεί να σταματήσει τον { -hiv } μετά από μια έκθεση.
# peerpress: en=b721a7d9 tr=cfdf8011
hiv-testing-when-a-test-result-is-15 = Υπάρχει επίσης ένα εργαστηριακό τεστ που ψάχνει τον ίδιο τον ιό. Λέγεται **NAT** ή **τεστ RNA** (μοριακό τεστ). Μπορεί να βρει τον { -hiv } νωρίτερα από τα τεστ του πίνακα. Όμως **δεν** χρησιμοποιείται στον συνηθισμένο έλεγχο. Ένας γιατρός μπορεί να το χρησιμοποιήσει σε ειδικές περιπτώσεις.
# peerpress: en=dfff47c0 tr=5dcc8869
hiv-testing-when-a-test-result-is-16 = Αν πήρατε { -pep } ή { -prep }, ρωτήστε το ιατρείο σας πότε να κάνετε τεστ. Για εσάς ο χρόνος μπορεί να είναι διαφορετικός.

## Αν το αποτέλεσμά σας είναι αντιδραστικό

# peerpress: en=7a59bcfe tr=bb0b23cd
hiv-testing-if-your-result-is-reactive = Αν το αποτέλεσμά σας είναι αντιδραστικό
# peerpress: en=4f1a236e tr=c97d2fff
hiv-testing-if-your-result-is-reactive-1 = Ένα γρήγορο τεστ ή ένα τεστ αυτοελέγχου μπορεί να δείξει **αντιδραστικό** αποτέλεσμα. Αυτό δεν σημαίνει πάντα ότι έχετε { -hiv }. Χρειάζεστε ένα **επιβεβαιωτικό τεστ** σε εργαστήριο.
# peerpress: en=a6efe94c tr=a8a9934b
hiv-testing-if-your-result-is-reactive-2 = Πάρτε μια βαθιά ανάσα. Δεν είστε μόνοι.
# peerpress: en=17e99218 tr=5bfc3731
hiv-testing-if-your-result-is-reactive-3 = Πηγαίνετε σύντομα σε ένα ιατρείο ή σε μια οργάνωση της κοινότητας.
# peerpress: en=5705af89 tr=d6da2ebf
hiv-testing-if-your-result-is-reactive-4 = Πείτε τους ότι είχατε αντιδραστικό τεστ. Θα σας κάνουν το επιβεβαιωτικό τεστ.
# peerpress: en=87363f82 tr=bffe580c
hiv-testing-if-your-result-is-reactive-5 = «Αντιδραστικό» σημαίνει ότι το τεστ βρήκε κάτι που θα μπορούσε να είναι { -hiv }. Κάποιες φορές ένα τεστ είναι αντιδραστικό χωρίς να υπάρχει { -hiv }. Γι’ αυτό μόνο ένα εργαστήριο μπορεί να επιβεβαιώσει το αποτέλεσμα.
# peerpress: en=b758b283 tr=66ab6472
hiv-testing-if-your-result-is-reactive-6 = Αν το αποτέλεσμά σας είναι **μη αντιδραστικό** (αρνητικό) και η περίοδος παραθύρου έχει τελειώσει, δεν έχετε { -hiv }. Κάντε ξανά τεστ αν έχετε μια νέα πιθανή έκθεση.

## Αν έχετε HIV

# peerpress: en=83a5940a tr=c82977d3
hiv-testing-if-you-have-hiv = Αν έχετε { -hiv }
# peerpress: en=46ef0b62 tr=ccf4324d
hiv-testing-if-you-have-hiv-1 = Αν το επιβεβαιωτικό τεστ δείξει { -hiv }, το ιατρείο θα σας φέρει σε επαφή με υπηρεσίες φροντίδας για τον { -hiv }. Η θεραπεία δουλεύει πολύ καλά. Οι άνθρωποι που ζουν με { -hiv } και παίρνουν θεραπεία μπορούν να ζήσουν πολλά χρόνια και με καλή υγεία. Η θεραπεία μπορεί επίσης να κάνει το { -viral-load } σας { -undetectable }. Τότε δεν μεταδίδετε τον { -hiv } με το σεξ.
# peerpress: en=dd654401 tr=f857a8c9
hiv-testing-if-you-have-hiv-3 = Τι γίνεται μετά:
# peerpress: en=e5d40f20 tr=bbe706ab
hiv-testing-if-you-have-hiv-4 = Συναντάτε έναν γιατρό ή νοσηλευτή που ειδικεύεται στον { -hiv }.
# peerpress: en=0af6b200 tr=5fc4b3ad
hiv-testing-if-you-have-hiv-5 = Σας παίρνουν αίμα για να ελέγξουν το { -viral-load } σας και το ανοσοποιητικό σας σύστημα.
# peerpress: en=71f69052 tr=dd9e3af1
hiv-testing-if-you-have-hiv-6 = Ξεκινάτε θεραπεία.
# peerpress: en=16e01b76 tr=88a7251c
hiv-testing-if-you-have-hiv-7 = {"["}Ο ΠΟΥ συνιστά από το 2017](https://www.who.int/publications/i/item/9789241550062) η θεραπεία να ξεκινά **όσο πιο γρήγορα γίνεται**: ιδανικά την ίδια μέρα ή μέσα σε **7 μέρες** από τη διάγνωση. Κάποιες φορές ένας γιατρός περιμένει λίγο περισσότερο για ιατρικό λόγο.
# peerpress: en=1dc55b37 tr=f153fa2a
hiv-testing-if-you-have-hiv-2 = Ρωτήστε το ιατρείο ή μια τοπική οργάνωση για δωρεάν θεραπεία ή θεραπεία με χαμηλό κόστος. Οι κανόνες διαφέρουν από χώρα σε χώρα. Όμως σε πολλές χώρες οι μετανάστες μπορούν να έχουν φροντίδα για τον { -hiv }.

## Συχνές ερωτήσεις

# peerpress: en=dfb8a3d4 tr=669ea95c
hiv-testing-common-questions = Συχνές ερωτήσεις
# peerpress: en=17dace7a tr=8a8f9504
hiv-testing-do-i-have-to-give = Πρέπει να πω το όνομά μου;
# peerpress: en=a577bdef tr=fa217a00
hiv-testing-do-i-have-to-give-1 = Όχι πάντα. Κάποιες υπηρεσίες σας επιτρέπουν να κάνετε τεστ ανώνυμα. Ρωτήστε πριν κάνετε το τεστ.
# peerpress: en=d1b9a16b tr=0222c608
hiv-testing-does-the-test-hurt = Πονάει το τεστ;
# peerpress: en=eae1fb72 tr=27533ad5
hiv-testing-does-the-test-hurt-1 = Για ένα γρήγορο τεστ χρειάζεται μόνο ένα μικρό τσίμπημα στο δάχτυλο. Για ένα εργαστηριακό τεστ σας παίρνουν ένα κανονικό δείγμα αίματος από το χέρι.
# peerpress: en=1c3ca54e tr=767f6647
hiv-testing-how-often-should-i-test = Κάθε πότε πρέπει να κάνω τεστ;
# peerpress: en=8c7f611a tr=1e134e3d
hiv-testing-how-often-should-i-test-1 = Κάντε τεστ τουλάχιστον μία φορά. Αν έχετε νέους συντρόφους, πολλά ιατρεία συμβουλεύουν να κάνετε τεστ τουλάχιστον μία φορά τον χρόνο ή πιο συχνά. Αν παίρνετε { -prep }, κάνετε τεστ περίπου κάθε 3 μήνες.
# peerpress: en=5341e642 tr=9410bb80
hiv-testing-can-i-test-if-i = Μπορώ να κάνω τεστ αν δεν έχω χαρτιά;
# peerpress: en=29a6927d tr=aad88a25
hiv-testing-can-i-test-if-i-1 = Ναι. Σε πολλές χώρες, τα τεστ στην κοινότητα είναι δωρεάν και ανώνυμα, και δεν χρειάζεται να δείξετε χαρτιά. Μια τοπική οργάνωση για τον { -hiv } ή για την υποστήριξη μεταναστών μπορεί να σας πει πού να πάτε.
