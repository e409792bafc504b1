### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# peerpress: en=69599a2c tr=ae9c9ae0
prep-title = { -prep }: φάρμακο που προλαμβάνει τον { -hiv }
# peerpress: en=f58b6c19 tr=634a9f9d
prep-description = Τι είναι η { -prep }, για ποιους είναι, οι διαφορετικοί τρόποι να την παίρνετε και σε τι διαφέρει η { -pep } μετά από πιθανή έκθεση.
# peerpress: en=b90f408c tr=03add44e
prep-intro-1 = Η { -prep } είναι φάρμακο που σας προστατεύει, για να μην κολλήσετε { -hiv }. Τα αρχικά { -prep } σημαίνουν «προφύλαξη πριν από την έκθεση» (στα αγγλικά «pre-exposure prophylaxis»). Είναι για ανθρώπους που δεν έχουν { -hiv }. Όταν την παίρνετε σωστά, η { -prep } δουλεύει πολύ καλά. [Ο Παγκόσμιος Οργανισμός Υγείας (ΠΟΥ) συνιστά την { -prep }](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) για ανθρώπους που έχουν μεγαλύτερη πιθανότητα να κολλήσουν { -hiv }.
# peerpress: en=df3bc490 tr=63fec1b0
prep-intro-2 = Η { -prep } μπορεί να είναι χάπια ή ένεση.

## Για ποιους είναι η PrEP

# peerpress: en=d83749d7 tr=8007f136
prep-who-prep-is-for = Για ποιους είναι η { -prep }
# peerpress: en=f7d92656 tr=d206b6e9
prep-who-prep-is-for-1 = Η { -prep } μπορεί να είναι καλή επιλογή για εσάς αν:
# peerpress: en=394922d7 tr=2ec300a1
prep-who-prep-is-for-2 = κάνετε συχνά σεξ χωρίς προφυλακτικό
# peerpress: en=5a0cbf68 tr=ede2b602
prep-who-prep-is-for-3 = ο/η σύντροφός σας έχει { -hiv } και δεν έχει { -undetectable } { -viral-load }, ή δεν ξέρετε αν έχει { -hiv }
# peerpress: en=4c04527d tr=c578b492
prep-who-prep-is-for-4 = είχατε πρόσφατα μια σεξουαλικά μεταδιδόμενη λοίμωξη ({ -sti })
# peerpress: en=6e406113 tr=99a30eb2
prep-who-prep-is-for-5 = έχετε χρειαστεί { -pep } στο παρελθόν
# peerpress: en=25267266 tr=7b6b3006
prep-who-prep-is-for-6 = μοιράζεστε βελόνες ή άλλα σύνεργα για ενέσεις ναρκωτικών
# peerpress: en=647896fb tr=4c3cefb7
prep-who-prep-is-for-7 = Ένας γιατρός ή νοσηλευτής θα σας κάνει μερικές ερωτήσεις ιδιαιτέρως. Μετά αποφασίζετε μαζί. Η επιλογή της { -prep } είναι μια επιλογή υγείας και φροντίδας.
# peerpress: en=a2aa1fa2 tr=679f9ff8
prep-who-prep-is-for-8 = Πριν ξεκινήσετε, χρειάζεστε ένα **τεστ για τον { -hiv }**. Η { -prep } είναι μόνο για ανθρώπους που δεν έχουν { -hiv }. Τα χάπια { -prep } που παίρνετε κάθε μέρα μπορούν να χρησιμοποιηθούν και στην εγκυμοσύνη και στον θηλασμό. Μιλήστε με το ιατρείο σας γι’ αυτό.

## Τρόποι να παίρνετε την PrEP

# peerpress: en=286c6787 tr=9e4f801d
prep-ways-to-take-prep = Τρόποι να παίρνετε την { -prep }
# peerpress: en=e6cd86b2 tr=20947918
prep-ways-to-take-prep-1 = Υπάρχουν διαφορετικοί τρόποι να παίρνετε την { -prep }. Το ιατρείο σας θα σας βοηθήσει να διαλέξετε.
# peerpress: en=1bffcf6f tr=96af8524
prep-ways-to-take-prep-2 = {"*"}*Καθημερινή { -prep }:** Παίρνετε ένα χάπι κάθε μέρα. Αυτός ο τρόπος είναι κατάλληλος για όλους, και για όσους κάνουν κολπικό σεξ ή σεξ στη «μπροστινή οπή» (front hole). Ρωτήστε το ιατρείο σας πόσες μέρες χρειάζονται μέχρι να έχετε προστασία.
# peerpress: en=da27073a tr=12331ead
prep-ways-to-take-prep-3 = {"*"}*{ -prep } μόνο όταν τη χρειάζεστε (2-1-1):** Παίρνετε χάπια μόνο γύρω από τις φορές που κάνετε σεξ.
# peerpress: en=248287ae tr=3deef9d4
prep-ways-to-take-prep-4 = Πάρτε **2 χάπια** 2 έως 24 ώρες πριν από το σεξ.
# peerpress: en=b9e57a02 tr=aa32c448
prep-ways-to-take-prep-5 = Πάρτε **1 χάπι** 24 ώρες μετά την πρώτη δόση.
# peerpress: en=85539729 tr=7e2007c2
prep-ways-to-take-prep-6 = Πάρτε **1 ακόμη χάπι** 24 ώρες μετά από αυτό.
# peerpress: en=2fca8a8d tr=6b0cae6c
prep-ways-to-take-prep-7 = Αν κάνετε ξανά σεξ τις επόμενες μέρες, συνεχίστε να παίρνετε 1 χάπι κάθε 24 ώρες. Σταματήστε 2 μέρες μετά την τελευταία φορά που κάνατε σεξ.
# peerpress: en=822da812 tr=770255d3
prep-ways-to-take-prep-8 = Ο ΠΟΥ συνιστά από το 2019 το σχήμα 2-1-1 για άντρες που κάνουν σεξ με άντρες. Το 2022, ο ΠΟΥ είπε ότι ταιριάζει και σε άλλα άτομα στα οποία αποδόθηκε ανδρικό φύλο κατά τη γέννηση και που δεν παίρνουν ορμόνες επιβεβαίωσης φύλου. Το σχήμα 2-1-1 **δεν** συνιστάται για κολπικό σεξ ή σεξ στη «μπροστινή οπή». Αν παίρνετε ορμόνες επιβεβαίωσης φύλου, χρησιμοποιήστε την καθημερινή { -prep }.
# peerpress: en=61a8ebb9 tr=3ee37400
prep-ways-to-take-prep-10 = {"*"}*Ενέσεις:** Η { -prep } μακράς δράσης είναι μια ένεση που σας κάνει ένας επαγγελματίας υγείας. Δεν χρειάζεται να παίρνετε χάπια κάθε μέρα.
# peerpress: en=c9692116 tr=a16377ee
prep-ways-to-take-prep-11 = Η **καβοτεγκραβίρη** (cabotegravir) γίνεται κάθε **2 μήνες**. Ο ΠΟΥ τη συνιστά από το 2022. Σύμφωνα με τον Ευρωπαϊκό Οργανισμό Φαρμάκων (EMA), έχει εγκριθεί στην Ευρωπαϊκή Ένωση από το 2023.
# peerpress: en=228d5759 tr=b642455b
prep-ways-to-take-prep-12 = Η **λενακαπαβίρη** (lenacapavir) γίνεται **δύο φορές τον χρόνο**, κάθε 6 μήνες. [Ο ΠΟΥ τη συνέστησε τον Ιούλιο του 2025](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). Σύμφωνα με τον EMA, εγκρίθηκε στην Ευρωπαϊκή Ένωση το 2025.
# peerpress: en=88fcc2c3 tr=612ac2f0
prep-ways-to-take-prep-9 = Η έγκριση δεν σημαίνει ότι κάθε ιατρείο την προσφέρει. **Η διαθεσιμότητα διαφέρει από χώρα σε χώρα.** Ρωτήστε το ιατρείο σας τι προσφέρεται εκεί που μένετε.

## Η υγεία σας όταν παίρνετε PrEP

# peerpress: en=e81185c9 tr=84a59d0b
prep-staying-healthy-on-prep = Η υγεία σας όταν παίρνετε { -prep }
# peerpress: en=14d52766 tr=d5648a8e
prep-staying-healthy-on-prep-1 = Η { -prep } προστατεύει μόνο από τον { -hiv }. **Δεν** προστατεύει από άλλες { -sti } ή από εγκυμοσύνη. Τα προφυλακτικά και η αντισύλληψη βοηθούν σε αυτά.
# peerpress: en=44c03fd8 tr=07eac6b7
prep-staying-healthy-on-prep-2 = Όταν παίρνετε χάπια { -prep }, πηγαίνετε στο ιατρείο περίπου **κάθε 3 μήνες**. Σε κάθε επίσκεψη κάνετε:
# peerpress: en=31671af9 tr=88e6effa
prep-staying-healthy-on-prep-3 = ένα τεστ για τον { -hiv }
# peerpress: en=cdc0c2ac tr=b483fd44
prep-staying-healthy-on-prep-7 = τεστ για άλλες { -sti }, όπως η σύφιλη, η γονόρροια και τα χλαμύδια
# peerpress: en=ee57ccb8 tr=732fd4d9
prep-staying-healthy-on-prep-8 = μια εξέταση για τα νεφρά, όταν τη χρειάζεται το ιατρείο σας
# peerpress: en=37d56a31 tr=12ccaffe
prep-staying-healthy-on-prep-9 = Αν κάνετε ενέσεις { -prep }, κάνετε τεστ για τον { -hiv } στις επισκέψεις για τις ενέσεις.
# peerpress: en=9e6fa85e tr=be87f324
prep-staying-healthy-on-prep-6 = Αυτές οι επισκέψεις σας κρατούν υγιείς. Ελέγχουν επίσης αν η { -prep } είναι ακόμη κατάλληλη για εσάς. Πολλές { -sti } δεν έχουν συμπτώματα. Οι τακτικές εξετάσεις τις βρίσκουν νωρίς, και οι περισσότερες έχουν θεραπεία.

## Η PEP είναι κάτι διαφορετικό

# peerpress: en=63f891cd tr=1284f846
prep-pep-is-different = Η { -pep } είναι κάτι διαφορετικό
# peerpress: en=42cebeb6 tr=5c5774c0
prep-pep-is-different-1 = Τα αρχικά { -pep } σημαίνουν «προφύλαξη μετά την έκθεση» (στα αγγλικά «post-exposure prophylaxis»). Την παίρνετε **μετά** από μια πιθανή επαφή με τον { -hiv }. Για παράδειγμα, αν σπάσει το προφυλακτικό ή μετά από σεξ που δεν θέλατε.
# peerpress: en=8474358f tr=b2751890
prep-pep-is-different-2 = Ξεκινήστε την { -pep } όσο πιο γρήγορα μπορείτε, **μέσα σε 72 ώρες** (3 μέρες).
# peerpress: en=92cd46b1 tr=1f5c28df
prep-pep-is-different-3 = Όσο πιο νωρίς την ξεκινήσετε, τόσο καλύτερα δουλεύει.
# peerpress: en=6a5454fa tr=9de9d23a
prep-pep-is-different-4 = Την παίρνετε για **28 μέρες**.
# peerpress: en=b9932749 tr=bcf4fd60
prep-pep-is-different-6 = Οι οδηγίες του 2024 του ΠΟΥ για την { -pep } λένε να την ξεκινάτε ιδανικά μέσα σε 24 ώρες και όχι αργότερα από 72 ώρες. Μετά την { -pep }, χρειάζεστε ένα ακόμη τεστ για τον { -hiv }.
# peerpress: en=00dedecb tr=6a6069d4
prep-pep-is-different-5 = Πηγαίνετε στα επείγοντα ενός νοσοκομείου ή σε ένα ιατρείο σεξουαλικής υγείας. Πείτε «Χρειάζομαι { -pep }». Μια τοπική οργάνωση μπορεί να σας πει πού θα βρείτε { -pep } κοντά σας.
# peerpress: en=3970e33f tr=a323ca0c
prep-pep-is-different-7 = Αν χρειαστείτε { -pep } περισσότερες από μία φορές, ρωτήστε για την { -prep }. Πολλά ιατρεία μπορούν να σας βοηθήσουν να περάσετε κατευθείαν από την { -pep } στην { -prep }.

## Πώς να βρείτε PrEP

# peerpress: en=c5af1c14 tr=8e111f2c
prep-how-to-get-prep = Πώς να βρείτε { -prep }
# peerpress: en=4f70f84b tr=2bd40c98
prep-how-to-get-prep-1 = Ρωτήστε σε ένα ιατρείο σεξουαλικής υγείας ή σε ένα ιατρείο για τον { -hiv }.
# peerpress: en=57a38993 tr=5fb8667e
prep-how-to-get-prep-2 = Ρωτήστε μια τοπική οργάνωση για τον { -hiv } ή για την υποστήριξη μεταναστών. Ξέρουν πού η { -prep } είναι δωρεάν ή κοστίζει λιγότερο.
# peerpress: en=c4503908 tr=8213fb94
prep-how-to-get-prep-3 = Μην παίρνετε χάπια { -prep } από φίλους. Πρώτα χρειάζεστε ένα τεστ για τον { -hiv } και έναν έλεγχο.
# peerpress: en=40e97ee8 tr=3fd812ea
prep-how-to-get-prep-4 = Οι κανόνες και το κόστος είναι διαφορετικά σε κάθε χώρα. Σε κάποιες χώρες η { -prep } είναι δωρεάν. Σε άλλες μπορεί να χρειαστεί να πληρώσετε.

## Συχνές ερωτήσεις

# peerpress: en=dfb8a3d4 tr=4aeff7a4
prep-common-questions = Συχνές ερωτήσεις
# peerpress: en=63663183 tr=14397f11
prep-how-well-does-prep-work = Πόσο καλά δουλεύει η { -prep };
# peerpress: en=4de88a6c tr=17d8567d
prep-how-well-does-prep-work-1 = Η { -prep } δουλεύει πολύ καλά όταν την παίρνετε σωστά. Δουλεύει λιγότερο καλά αν χάνετε πολλά χάπια ή ενέσεις.
# peerpress: en=e7f9b3e1 tr=29688c45
prep-does-prep-have-side-effects = Έχει η { -prep } παρενέργειες;
# peerpress: en=f4f2885d tr=26951f40
prep-does-prep-have-side-effects-1 = Κάποιοι άνθρωποι νιώθουν ναυτία ή έχουν προβλήματα στο στομάχι τις πρώτες εβδομάδες. Αυτό συνήθως περνάει. Οι ενέσεις μπορεί να πονάνε στο σημείο που γίνονται. Πείτε στο ιατρείο σας για κάθε πρόβλημα.
# peerpress: en=a4d7b712 tr=22c9208d
prep-can-i-stop-prep = Μπορώ να σταματήσω την { -prep };
# peerpress: en=5ef6cb40 tr=7fbe8086
prep-can-i-stop-prep-1 = Ναι. Μιλήστε πρώτα με το ιατρείο σας. Ο ασφαλής τρόπος να σταματήσετε εξαρτάται από το πώς παίρνετε την { -prep }.
# peerpress: en=0480fe7d tr=96f685c1
prep-will-anyone-know-that-i = Θα μάθει κανείς ότι παίρνω { -prep };
# peerpress: en=27349db0 tr=648f4b62
prep-will-anyone-know-that-i-1 = Οι επισκέψεις σας και τα αποτελέσματα των εξετάσεών σας είναι **εμπιστευτικά**. Το προσωπικό δεν πρέπει να τα λέει σε κανέναν.
