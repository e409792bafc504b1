### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Gemensamma termer: de viktiga medicinska orden som återkommer i alla texter.

# Humant immunbristvirus. På svenska skrivs hiv med små bokstäver (Språkrådet, Folkhälsomyndigheten).
-hiv = hiv

# Preexpositionsprofylax: hivmedicin som man tar före en möjlig kontakt med hiv.
-prep = PrEP

# Postexpositionsprofylax: hivmedicin som man tar inom 72 timmar efter en möjlig kontakt med hiv, i 28 dagar.
-pep = PEP

# "Undetectable = untransmittable", namnet på en kampanj. På svenska också "Omätbart = Oöverförbart" (O=O).
-uu = U=U

# Sexuellt överförbar infektion (könssjukdom). Samma förkortning i singular och plural.
-sti = STI

# Mängden hiv i blodet, mäts i kopior per milliliter (kopior/ml).
-viral-load = virusnivå

# En virusnivå under 200 kopior/ml. Samma ord överallt: "omätbar virusnivå".
-undetectable = omätbar
