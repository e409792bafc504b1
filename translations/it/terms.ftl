### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Virus dell’immunodeficienza umana. In italiano si usa la sigla HIV (si dice «l’HIV»).
# peerpress: en=8fa7e863 tr=6c733d1a
-hiv = HIV

# Profilassi pre-esposizione (femminile: «la PrEP»).
# peerpress: en=72464e52 tr=1326426a
-prep = PrEP

# Profilassi post-esposizione (femminile: «la PEP»).
# peerpress: en=ad200d01 tr=49d85473
-pep = PEP

# «Undetectable = Untransmittable», in italiano «Non rilevabile = Non trasmissibile».
# peerpress: en=6eaaf4ae tr=f22169a0
-uu = U=U

# Infezioni sessualmente trasmissibili (sigla invariabile, femminile: «le IST»).
# peerpress: en=f9e94eb7 tr=5bdfc00e
-sti = IST

# La quantità di HIV nel sangue, in copie per millilitro (copie/mL). Femminile.
# peerpress: en=f90dc3f9 tr=190c0dc0
-viral-load = carica virale

# Carica virale sotto le 200 copie/mL. Aggettivo invariabile al singolare (il plurale è «non rilevabili»).
# peerpress: en=1db1cc78 tr=d36cb2ac
-undetectable = non rilevabile
