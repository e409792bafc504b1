### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Vírus da imunodeficiência humana: em Portugal diz-se VIH.
-hiv = VIH

# Profilaxia pré-exposição: medicamento tomado antes de uma possível exposição ao VIH.
-prep = PrEP

# Profilaxia pós-exposição: tomada até 72 horas depois de uma possível exposição, durante 28 dias.
-pep = PEP

# «Undetectable = untransmittable». Em português também se diz I=I (Indetetável = Intransmissível).
-uu = U=U

# Infeção sexualmente transmissível (plural: as IST).
-sti = IST

# Quantidade de VIH no sangue, medida em cópias por mililitro (cópias/mL).
-viral-load = carga viral

# Carga viral abaixo de 200 cópias/mL.
-undetectable = indetetável
