### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Humanes Immundefizienz-Virus. Im Deutschen ist die Abkürzung HIV üblich.
-hiv = HIV

# Prä-Expositions-Prophylaxe: HIV-Medikamente vor einem möglichen Risikokontakt („die PrEP“).
-prep = PrEP

# Post-Expositions-Prophylaxe: HIV-Medikamente innerhalb von 72 Stunden nach einem möglichen Risikokontakt, für 28 Tage („die PEP“).
-pep = PEP

# „Undetectable = untransmittable“. Auf Deutsch auch „N=N“ (nicht nachweisbar = nicht übertragbar).
-uu = U=U

# Sexuell übertragbare Infektion(en). Im Deutschen ist STI für Einzahl und Mehrzahl üblich.
-sti = STI

# Die Menge an HIV im Blut, gemessen in Kopien pro Milliliter (Kopien/mL).
-viral-load = Viruslast

# Eine Viruslast unter 200 Kopien/mL. Überall dasselbe Wort verwenden.
-undetectable = nicht nachweisbar
