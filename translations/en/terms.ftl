### Shared terms: the key medical words that recur across all documents.
### Translators: define the same terms, with the same ids, in
### translations/<locale>/terms.ftl (for example translations/fr/terms.ftl),
### using the word your community and local clinics actually use.
### In your translations of the documents you may then write { -prep }
### (or { -hiv }, { -viral-load }…) instead of the word, so the same term is
### used everywhere. Only use a term that your own terms.ftl defines:
### otherwise that paragraph cannot be shown and the English is shown instead.
### Written by hand (not by `peerpress sync`).

# Human immunodeficiency virus. Use your language's usual abbreviation (French: VIH).
-hiv = HIV

# Pre-exposure prophylaxis: HIV medicine taken before a possible exposure.
-prep = PrEP

# Post-exposure prophylaxis: HIV medicine taken within 72 hours after a possible exposure, for 28 days.
-pep = PEP

# "Undetectable = untransmittable", the name of a campaign. Many languages keep U=U; French also uses I=I.
-uu = U=U

# Sexually transmitted infection (plural in English: STIs).
-sti = STI

# The amount of HIV in the blood, measured in copies per millilitre (copies/mL).
-viral-load = viral load

# A viral load below 200 copies/mL. Keep one word for it everywhere.
-undetectable = undetectable
