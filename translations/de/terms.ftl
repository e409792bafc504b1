### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Humanes Immundefizienz-Virus. Im Deutschen ist die Abkürzung HIV üblich.
# peerpress: en=8fa7e863 tr=6c733d1a
-hiv = HIV

# Prä-Expositions-Prophylaxe: HIV-Medikamente vor einem möglichen Risikokontakt („die PrEP“).
# peerpress: en=72464e52 tr=1326426a
-prep = PrEP

# Post-Expositions-Prophylaxe: HIV-Medikamente innerhalb von 72 Stunden nach einem möglichen Risikokontakt, für 28 Tage („die PEP“).
# peerpress: en=ad200d01 tr=49d85473
-pep = PEP

# „Undetectable = untransmittable“. Auf Deutsch auch „N=N“ (nicht nachweisbar = nicht übertragbar).
# peerpress: en=6eaaf4ae tr=f22169a0
-uu = U=U

# Sexuell übertragbare Infektion(en). Im Deutschen ist STI für Einzahl und Mehrzahl üblich.
# peerpress: en=f9e94eb7 tr=d64e5475
-sti = STI

# Die Menge an HIV im Blut, gemessen in Kopien pro Milliliter (Kopien/mL).
# peerpress: en=f90dc3f9 tr=8e9f4eda
-viral-load = Viruslast

# Eine Viruslast unter 200 Kopien/mL. Überall dasselbe Wort verwenden.
# peerpress: en=1db1cc78 tr=8197740a
-undetectable = nicht nachweisbar
