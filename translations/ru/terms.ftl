### Translation provenance (read by peerpress):
### translated-by: machine-assisted draft (AI), 2026-11-23
### reviewed-by: nobody yet

## Общие термины: одно и то же слово во всех документах.

# Вирус иммунодефицита человека (HIV).
# peerpress: en=8fa7e863 tr=09a98194
-hiv = ВИЧ

# Доконтактная профилактика (по-английски PrEP). Женский род: «ДКП защищает».
# peerpress: en=72464e52 tr=d4c0e705
-prep = ДКП

# Постконтактная профилактика (по-английски PEP), 28 дней, начать в течение 72 часов.
# peerpress: en=ad200d01 tr=03d6f633
-pep = ПКП

# Undetectable = Untransmittable. По-русски кампанию также называют Н=Н.
# peerpress: en=6eaaf4ae tr=f22169a0
-uu = U=U

# Инфекции, передающиеся половым путём (STI).
# peerpress: en=f9e94eb7 tr=0467b9aa
-sti = ИППП

# Количество ВИЧ в крови, в копиях на миллилитр (копий/мл).
# peerpress: en=f90dc3f9 tr=4684b86f
-viral-load = вирусная нагрузка

# Вирусная нагрузка ниже 200 копий/мл. Используется в паре: «неопределяемая вирусная нагрузка».
# peerpress: en=1db1cc78 tr=c1f6ddd8
-undetectable = неопределяемая
