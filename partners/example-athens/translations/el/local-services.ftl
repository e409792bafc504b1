### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-12-01
### reviewed-by: nobody yet

local-services-title = Πού θα βρείτε βοήθεια στην Αθήνα
local-services-description = Δωρεάν τεστ HIV, PrEP και θεραπεία κοντά σας (παράδειγμα: αντικαταστήστε το με τις δικές σας υπηρεσίες).
local-services-intro-1 = Example Athens Checkpoint, Example Street 1: δωρεάν, ανώνυμα τεστ HIV χωρίς ραντεβού, Δευτέρα έως Παρασκευή 10:00–18:00, τηλέφωνο +30 210 000 0000.
local-services-prep-and-treatment = PrEP και θεραπεία
local-services-prep-and-treatment-1 = Ρωτήστε μας πού θα βρείτε PrEP: σας συνοδεύουμε αν το θέλετε.
local-services-prep-and-treatment-2 = Η θεραπεία για τον HIV είναι δωρεάν στα δημόσια νοσοκομεία, και χωρίς χαρτιά.
local-services-this-page-is-an-example = Αυτή η σελίδα είναι παράδειγμα
local-services-this-page-is-an-example-1 = Αυτός ο φάκελος συνεργάτη δείχνει πώς ένας συνεργάτης προσθέτει τη δική του σελίδα. Αντικαταστήστε αυτές τις διευθύνσεις και ώρες με τις δικές σας πριν τη δημοσιεύσετε.
