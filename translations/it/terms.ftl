### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Virus dell’immunodeficienza umana. In italiano si usa la sigla HIV (si dice «l’HIV»).
-hiv = HIV

# Profilassi pre-esposizione (femminile: «la PrEP»).
-prep = PrEP

# Profilassi post-esposizione (femminile: «la PEP»).
-pep = PEP

# «Undetectable = Untransmittable», in italiano «Non rilevabile = Non trasmissibile».
-uu = U=U

# Infezioni sessualmente trasmissibili (sigla invariabile, femminile: «le IST»).
-sti = IST

# La quantità di HIV nel sangue, in copie per millilitro (copie/mL). Femminile.
-viral-load = carica virale

# Carica virale sotto le 200 copie/mL. Aggettivo invariabile al singolare (il plurale è «non rilevabili»).
-undetectable = non rilevabile
