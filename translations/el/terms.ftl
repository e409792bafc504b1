### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Ιός της ανθρώπινης ανοσοανεπάρκειας. Στα ελληνικά γράφεται συνήθως HIV (ο HIV).
# peerpress: en=8fa7e863 tr=6c733d1a
-hiv = HIV

# Προφύλαξη πριν από την έκθεση (η PrEP).
# peerpress: en=72464e52 tr=1326426a
-prep = PrEP

# Προφύλαξη μετά την έκθεση (η PEP).
# peerpress: en=ad200d01 tr=49d85473
-pep = PEP

# «Μη ανιχνεύσιμο = μη μεταδοτικό», το όνομα της καμπάνιας.
# peerpress: en=6eaaf4ae tr=f22169a0
-uu = U=U

# Σεξουαλικά μεταδιδόμενες λοιμώξεις (οι ΣΜΛ).
# peerpress: en=f9e94eb7 tr=f96a1602
-sti = ΣΜΛ

# Η ποσότητα του HIV στο αίμα (το ιικό φορτίο).
# peerpress: en=f90dc3f9 tr=773789b2
-viral-load = ιικό φορτίο

# Ιικό φορτίο κάτω από 200 αντίγραφα/mL (το ιικό φορτίο είναι μη ανιχνεύσιμο).
# peerpress: en=1db1cc78 tr=8a33633c
-undetectable = μη ανιχνεύσιμο
