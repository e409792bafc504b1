### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

# Vírus da imunodeficiência humana: em Portugal diz-se VIH.
# peerpress: en=8fa7e863 tr=59ca58ee
-hiv = VIH

# Profilaxia pré-exposição: medicamento tomado antes de uma possível exposição ao VIH.
# peerpress: en=72464e52 tr=1326426a
-prep = PrEP

# Profilaxia pós-exposição: tomada até 72 horas depois de uma possível exposição, durante 28 dias.
# peerpress: en=ad200d01 tr=49d85473
-pep = PEP

# «Undetectable = untransmittable». Em português também se diz I=I (Indetetável = Intransmissível).
# peerpress: en=6eaaf4ae tr=f22169a0
-uu = U=U

# Infeção sexualmente transmissível (plural: as IST).
# peerpress: en=f9e94eb7 tr=5bdfc00e
-sti = IST

# Quantidade de VIH no sangue, medida em cópias por mililitro (cópias/mL).
# peerpress: en=f90dc3f9 tr=c029bfb6
-viral-load = carga viral

# Carga viral abaixo de 200 cópias/mL.
# peerpress: en=1db1cc78 tr=fc59e2b8
-undetectable = indetetável
