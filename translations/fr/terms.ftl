### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Virus de l’immunodéficience humaine. Abréviation française habituelle.
# peerpress: en=8fa7e863 tr=59ca58ee
-hiv = VIH

# Prophylaxie pré-exposition : médicament pris avant un contact possible avec le VIH. En français : « la PrEP ».
# peerpress: en=72464e52 tr=1326426a
-prep = PrEP

# Traitement post-exposition : médicament contre le VIH à commencer dans les 72 heures après un contact possible, pendant 28 jours. En France : « le TPE » ; en Belgique et en Suisse on dit aussi « la PEP ».
# peerpress: en=ad200d01 tr=431b49ff
-pep = TPE

# « Indétectable = intransmissible », le nom d’une campagne. On garde U=U ; en français, on dit aussi I=I.
# peerpress: en=6eaaf4ae tr=f22169a0
-uu = U=U

# Infection sexuellement transmissible (invariable : une IST, des IST).
# peerpress: en=f9e94eb7 tr=5bdfc00e
-sti = IST

# La quantité de VIH dans le sang, mesurée en copies par millilitre (copies/mL).
# peerpress: en=f90dc3f9 tr=a5fad28a
-viral-load = charge virale

# Une charge virale de moins de 200 copies/mL. Toujours le même mot.
# peerpress: en=1db1cc78 tr=33565d6f
-undetectable = indétectable
