### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Gemensamma termer: de viktiga medicinska orden som återkommer i alla texter.

# Humant immunbristvirus. På svenska skrivs hiv med små bokstäver (Språkrådet, Folkhälsomyndigheten).
# peerpress: en=8fa7e863 tr=41f91548
-hiv = hiv

# Preexpositionsprofylax: hivmedicin som man tar före en möjlig kontakt med hiv.
# peerpress: en=72464e52 tr=1326426a
-prep = PrEP

# Postexpositionsprofylax: hivmedicin som man tar inom 72 timmar efter en möjlig kontakt med hiv, i 28 dagar.
# peerpress: en=ad200d01 tr=49d85473
-pep = PEP

# "Undetectable = untransmittable", namnet på en kampanj. På svenska också "Omätbart = Oöverförbart" (O=O).
# peerpress: en=6eaaf4ae tr=f22169a0
-uu = U=U

# Sexuellt överförbar infektion (könssjukdom). Samma förkortning i singular och plural.
# peerpress: en=f9e94eb7 tr=d64e5475
-sti = STI

# Mängden hiv i blodet, mäts i kopior per milliliter (kopior/ml).
# peerpress: en=f90dc3f9 tr=a9fe8ce9
-viral-load = virusnivå

# En virusnivå under 200 kopior/ml. Samma ord överallt: "omätbar virusnivå".
# peerpress: en=1db1cc78 tr=0d243209
-undetectable = omätbar
