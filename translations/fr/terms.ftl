### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Virus de l’immunodéficience humaine. Abréviation française habituelle.
-hiv = VIH

# Prophylaxie pré-exposition : médicament pris avant un contact possible avec le VIH. En français : « la PrEP ».
-prep = PrEP

# Traitement post-exposition : médicament contre le VIH à commencer dans les 72 heures après un contact possible, pendant 28 jours. En France : « le TPE » ; en Belgique et en Suisse on dit aussi « la PEP ».
-pep = TPE

# « Indétectable = intransmissible », le nom d’une campagne. On garde U=U ; en français, on dit aussi I=I.
-uu = U=U

# Infection sexuellement transmissible (invariable : une IST, des IST).
-sti = IST

# La quantité de VIH dans le sang, mesurée en copies par millilitre (copies/mL).
-viral-load = charge virale

# Une charge virale de moins de 200 copies/mL. Toujours le même mot.
-undetectable = indétectable
