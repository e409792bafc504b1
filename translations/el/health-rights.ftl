### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=7bb41170 tr=a0c47fbf
health-rights-title = Το δικαίωμά σας στη φροντίδα υγείας
# peerpress: en=d0b72b9c tr=d94db2af
health-rights-description = Τα δικαιώματά σας στη φροντίδα υγείας, στο απόρρητο και σε διερμηνέα στην Ευρώπη, όποια χαρτιά κι αν έχετε, και τι να κάνετε αν σας αρνηθούν φροντίδα.
# peerpress: en=1ef9931d tr=c62cfe05
health-rights-intro-1 = Κάθε άνθρωπος έχει δικαίωμα στη φροντίδα υγείας. Αυτό ισχύει και για μετανάστες, πρόσφυγες και ανθρώπους χωρίς χαρτιά. Αυτή η σελίδα εξηγεί τα βασικά σας δικαιώματα. **Οι κανόνες διαφέρουν από χώρα σε χώρα.** Μια τοπική οργάνωση για τον { -hiv } ή για την υποστήριξη μεταναστών μπορεί να σας πει τους κανόνες εκεί που μένετε.

## Η φροντίδα υγείας είναι ανθρώπινο δικαίωμα

# peerpress: en=ec58aac3 tr=a21533dc
health-rights-health-care-is-a-human = Η φροντίδα υγείας είναι ανθρώπινο δικαίωμα
# peerpress: en=d5a3b660 tr=38cbee29
health-rights-health-care-is-a-human-1 = Διεθνείς συμφωνίες προστατεύουν το δικαίωμά σας στην υγεία:
# peerpress: en=11b828f1 tr=dd14c355
health-rights-health-care-is-a-human-2 = Η [Οικουμενική Διακήρυξη για τα Δικαιώματα του Ανθρώπου](https://www.un.org/en/about-us/universal-declaration-of-human-rights), άρθρο 25, λέει ότι κάθε άνθρωπος έχει δικαίωμα σε ιατρική φροντίδα.
# peerpress: en=b60bd1b3 tr=dacf9d3f
health-rights-health-care-is-a-human-3 = Το Διεθνές Σύμφωνο για τα Οικονομικά, Κοινωνικά και Μορφωτικά Δικαιώματα, άρθρο 12, προστατεύει το δικαίωμα στην καλύτερη δυνατή υγεία. Μια επιτροπή του ΟΗΕ το εξήγησε αυτό στο Γενικό Σχόλιο 14. Λέει ότι οι χώρες δεν πρέπει να εμποδίζουν κανέναν να έχει φροντίδα υγείας, ούτε τους αιτούντες άσυλο ούτε τους ανθρώπους χωρίς χαρτιά.
# peerpress: en=d620fd2c tr=b7d53e71
health-rights-health-care-is-a-human-4 = Ο Ευρωπαϊκός Κοινωνικός Χάρτης του Συμβουλίου της Ευρώπης, άρθρα 11 και 13, προστατεύει το δικαίωμα στην υγεία και σε ιατρική βοήθεια.
# peerpress: en=c2122a59 tr=7343e179
health-rights-health-care-is-a-human-5 = Ο [Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης](https://fra.europa.eu/en/eu-charter/article/35-health-care), άρθρο 35, λέει ότι κάθε άνθρωπος έχει δικαίωμα σε προληπτική φροντίδα υγείας και σε ιατρική θεραπεία. Προσθέτει ότι οι νόμοι κάθε χώρας ορίζουν τους όρους.
# peerpress: en=5a4cb53b tr=bd169ac7
health-rights-health-care-is-a-human-6 = Κάθε χώρα αποφασίζει πώς εφαρμόζονται στην πράξη αυτά τα δικαιώματα. Σε κάποιες χώρες μπορεί να χρειαστεί να πληρώσετε ή να συμπληρώσετε έντυπα. Όμως εξακολουθείτε να έχετε δικαιώματα.
# peerpress: en=9822392f tr=df2696bc
health-rights-health-care-is-a-human-7 = Αυτά τα κείμενα λένε στις κυβερνήσεις τι πρέπει να κάνουν. Μια τοπική οργάνωση μπορεί να τα χρησιμοποιήσει για να σας βοηθήσει να έχετε φροντίδα.

## Τι σημαίνει αυτό για εσάς

# peerpress: en=f72f8c45 tr=9f4b12c5
health-rights-what-this-means-for-you = Τι σημαίνει αυτό για εσάς
# peerpress: en=263f0241 tr=6fb72a3e
health-rights-what-this-means-for-you-1 = Το τι δικαιούστε εξαρτάται από τη χώρα και από την κατάστασή σας. Σε πολλές χώρες:
# peerpress: en=a767c3bc tr=6baf47f9
health-rights-what-this-means-for-you-2 = όλοι έχουν **επείγουσα φροντίδα**, όποια χαρτιά κι αν έχουν
# peerpress: en=34b15aeb tr=b8c0b73f
health-rights-what-this-means-for-you-3 = το τεστ για τον { -hiv } είναι δωρεάν και συχνά ανώνυμο
# peerpress: en=a7c7f3f7 tr=9f02a201
health-rights-what-this-means-for-you-4 = τα παιδιά και οι έγκυες γυναίκες έχουν επιπλέον δικαιώματα στη φροντίδα
# peerpress: en=02e62e33 tr=d4a3424d
health-rights-what-this-means-for-you-5 = Σε κάποιες χώρες, οι άνθρωποι χωρίς χαρτιά μπορούν επίσης να πάρουν θεραπεία για τον { -hiv }. Κάποιες φορές πρέπει πρώτα να συμπληρώσετε έντυπα ή να δείξετε πού μένετε. Ρωτήστε μια τοπική οργάνωση τι ισχύει για εσάς.

## Οι πληροφορίες για την υγεία σας είναι απόρρητες

# peerpress: en=e1d141b8 tr=a2668e62
health-rights-your-health-information-is-private = Οι πληροφορίες για την υγεία σας είναι απόρρητες
# peerpress: en=c0a567c4 tr=debf5505
health-rights-your-health-information-is-private-1 = Οι γιατροί, οι νοσηλευτές και οι διερμηνείς πρέπει να κρατούν **εμπιστευτικές** τις πληροφορίες για την υγεία σας. Το αν έχετε { -hiv } αφορά μόνο εσάς.
# peerpress: en=8adf1181 tr=4107a0b3
health-rights-your-health-information-is-private-6 = Το προσωπικό δεν πρέπει να μιλά για την υγεία σας στην οικογένειά σας, στον εργοδότη σας ή στον σπιτονοικοκύρη σας χωρίς την άδειά σας.
# peerpress: en=f58c0013 tr=6cc79a3b
health-rights-your-health-information-is-private-2 = Στις περισσότερες χώρες, οι επαγγελματίες υγείας δεν πρέπει να δίνουν τις πληροφορίες σας στις υπηρεσίες μετανάστευσης. Όμως οι κανόνες διαφέρουν. Αν ανησυχείτε, μπορείτε να ρωτήσετε:
# peerpress: en=e880b882 tr=3d972aef
health-rights-your-health-information-is-private-3 = «Ποιος θα δει τις πληροφορίες μου;»
# peerpress: en=75678c7a tr=3bbfb2a5
health-rights-your-health-information-is-private-4 = «Θα δώσετε τις πληροφορίες μου σε κάποιον άλλον;»
# peerpress: en=2a9979d8 tr=0b584a6b
health-rights-your-health-information-is-private-5 = Μια τοπική οργάνωση για τον { -hiv } ή για την υποστήριξη μεταναστών μπορεί να σας εξηγήσει τους κανόνες στη χώρα σας. Κάποιες υπηρεσίες σας επιτρέπουν επίσης να κάνετε τεστ χωρίς να πείτε το όνομά σας.

## Το δικαίωμά σας σε διερμηνέα

# peerpress: en=f92e6da8 tr=b4178e7c
health-rights-your-right-to-an-interpreter = Το δικαίωμά σας σε διερμηνέα
# peerpress: en=2d316d80 tr=c0e0f6c2
health-rights-your-right-to-an-interpreter-1 = Σε πολλές χώρες, μπορείτε να ζητήσετε διερμηνέα όταν πηγαίνετε στον γιατρό. Ο διερμηνέας μπορεί να είναι μαζί σας στο δωμάτιο ή στο τηλέφωνο.
# peerpress: en=570a2eb1 tr=8a5449bb
health-rights-your-right-to-an-interpreter-6 = Σε κάποιες χώρες ο νόμος σας δίνει δικαίωμα σε διερμηνέα στη φροντίδα υγείας. Σε άλλες όχι, αλλά πολλά ιατρεία μπορούν και πάλι να βρουν διερμηνέα. Ρωτήστε όταν κλείνετε το ραντεβού σας.
# peerpress: en=ba580fa3 tr=2d399521
health-rights-your-right-to-an-interpreter-2 = Ζητήστε έναν **εκπαιδευμένο, επαγγελματία διερμηνέα**, όχι κάποιο μέλος της οικογένειας ή κάποιον φίλο.
# peerpress: en=f6494d00 tr=0eed9e0c
health-rights-your-right-to-an-interpreter-3 = Οι επαγγελματίες διερμηνείς πρέπει να κρατούν μυστικό ό,τι λέτε.
# peerpress: en=99b7ebb6 tr=835620c9
health-rights-your-right-to-an-interpreter-4 = Δεν πειράζει να ζητήσετε από τον γιατρό να σας εξηγήσει ξανά με απλά λόγια.
# peerpress: en=0ef3a7e7 tr=fdcd0a23
health-rights-your-right-to-an-interpreter-7 = Τα παιδιά δεν πρέπει να κάνουν τον διερμηνέα για τους γονείς τους στον γιατρό.
# peerpress: en=835e545f tr=c80a88b5
health-rights-your-right-to-an-interpreter-5 = Ένας επαγγελματίας διερμηνέας προστατεύει το απόρρητό σας. Σας βοηθά επίσης να καταλάβετε τα πάντα για την υγεία σας και τη θεραπεία σας.

## Αν σας αρνηθούν φροντίδα

# peerpress: en=a2f12802 tr=208b60e3
health-rights-if-you-are-refused-care = Αν σας αρνηθούν φροντίδα
# peerpress: en=5955850c tr=e7328178
health-rights-if-you-are-refused-care-1 = Κάποιες φορές ένα ιατρείο ή νοσοκομείο μπορεί να σας πει όχι. Αυτό μπορεί να είναι λάθος. Το προσωπικό δεν ξέρει πάντα τους κανόνες για τους μετανάστες.
# peerpress: en=8b17a84d tr=c406ec4a
health-rights-if-you-are-refused-care-2 = Διατηρήστε την ψυχραιμία σας και ρωτήστε γιατί.
# peerpress: en=2be784c9 tr=25eb7743
health-rights-if-you-are-refused-care-3 = Ζητήστε να σας δώσουν τον λόγο **γραπτώς**, με την ημερομηνία και το όνομα της υπηρεσίας.
# peerpress: en=d87897e9 tr=f14eb78d
health-rights-if-you-are-refused-care-4 = Κρατήστε όλα τα γράμματα και τα χαρτιά.
# peerpress: en=17e0ed26 tr=399d1aed
health-rights-if-you-are-refused-care-5 = Επικοινωνήστε με μια τοπική οργάνωση για τον { -hiv } ή για την υποστήριξη μεταναστών. Μπορούν να σας βοηθήσουν και ίσως να έρθουν μαζί σας την επόμενη φορά.
# peerpress: en=b65a6fe5 tr=4ec31815
health-rights-if-you-are-refused-care-8 = Μπορείτε επίσης να κάνετε **καταγγελία**. Ρωτήστε το ιατρείο ή το νοσοκομείο πώς να κάνετε καταγγελία. Σε πολλές χώρες μπορείτε να κάνετε καταγγελία και σε έναν συνήγορο των ασθενών ή σε έναν εθνικό φορέα για τα ανθρώπινα δικαιώματα. Μια τοπική οργάνωση μπορεί να σας βοηθήσει να γράψετε την καταγγελία.
# peerpress: en=8225bed4 tr=90169857
health-rights-if-you-are-refused-care-6 = Σε επείγουσα περίπτωση, πηγαίνετε στα επείγοντα ενός νοσοκομείου ή καλέστε το **112**. Αυτός ο αριθμός έκτακτης ανάγκης λειτουργεί σε όλες τις χώρες της ΕΕ.
# peerpress: en=7a25a7d6 tr=7937b8dd
health-rights-if-you-are-refused-care-7 = Οι τοπικές οργανώσεις για τον { -hiv } ή για την υποστήριξη μεταναστών ξέρουν τους κανόνες στη χώρα σας. Μπορούν να σας βοηθήσουν στη γλώσσα σας. Θα βρείτε τα στοιχεία επικοινωνίας τους μαζί με αυτή τη σελίδα ή αυτό το φυλλάδιο.

## Συχνές ερωτήσεις

# peerpress: en=dfb8a3d4 tr=1743fea1
health-rights-common-questions = Συχνές ερωτήσεις
# peerpress: en=23defde8 tr=dba9b825
health-rights-do-i-have-to-pay = Πρέπει να πληρώσω;
# peerpress: en=e534895f tr=59a292f2
health-rights-do-i-have-to-pay-1 = Εξαρτάται από τη χώρα και από την κατάστασή σας. Σε επείγουσα περίπτωση, οι περισσότερες χώρες δίνουν πρώτα φροντίδα και στέλνουν αργότερα τον λογαριασμό, αν υπάρχει. Πριν πληρώσετε, ρωτήστε αν υπάρχει βοήθεια για το κόστος. Μια τοπική οργάνωση μπορεί να σας βοηθήσει.
# peerpress: en=58936613 tr=78c39a8f
health-rights-can-i-bring-someone-with = Μπορώ να πάρω κάποιον μαζί μου;
# peerpress: en=b745790c tr=509c75e0
health-rights-can-i-bring-someone-with-1 = Ναι. Συνήθως μπορείτε να έχετε μαζί σας ένα άτομο που εμπιστεύεστε. Όμως για τη διερμηνεία, ζητήστε επαγγελματία διερμηνέα.
# peerpress: en=31a7f4f7 tr=93ca5ffd
health-rights-what-if-i-do-not = Τι κάνω αν δεν καταλαβαίνω ένα γράμμα ή ένα έντυπο;
# peerpress: en=57724250 tr=31d1309e
health-rights-what-if-i-do-not-1 = Ζητήστε από το ιατρείο να σας το εξηγήσει. Μια τοπική οργάνωση μπορεί επίσης να σας βοηθήσει να το διαβάσετε.
