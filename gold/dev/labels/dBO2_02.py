from _fact import fact, period

JP = "Japan"
OCT = period(2026, 10)
OCT25 = period(2025, 10)
H1 = period(2026, 4, 9)
H1_25 = period(2025, 4, 9)
US = "United States"

E_BAL = "The October surplus amounted to 172.4 billion yen, reversing a 231.8 billion yen shortfall a year earlier"
E_EXP = "Outbound shipments totaled 10.27 trillion yen (about $66 billion), up 5.2 percent from a year earlier"
E_IMP = "The import bill grew a more modest 1.1 percent, to 10.10 trillion yen"
E_ASIA = ("exports to Asia, which includes China, increased 8.7 percent to 5.62 trillion yen, making up 54.7 percent of "
          "the total")
E_CN = "China on its own took 1.63 trillion yen of Japanese shipments, 6.9 percent more than a year earlier"
E_CN2 = ("Japan bought 2.18 trillion yen worth of goods from China, its biggest trading partner, so the bilateral account "
         "showed a 548.6 billion yen deficit")
E_US = "U.S.-bound shipments fell for a second month in a row, slipping 2.4 percent to 1.71 trillion yen"
E_USCAR = "Car exports to the U.S. accounted for 438.6 billion yen of that, down 4.8 percent"
E_USBAL = ("Japan's bilateral surplus with the world's largest economy came in at 521.3 billion yen, 1.5 percent smaller "
           "than a year before")
E_SME = "exports of semiconductor-making equipment jumped 21.4 percent to 512.3 billion yen"
E_CAR = "car exports overall slipped 3.1 percent to 1.44 trillion yen"
E_OIL = "purchases of crude oil fell 12.6 percent to 781.5 billion yen"
E_LNG = "those of liquefied natural gas decreased 8.2 percent to 402.7 billion yen"
E_H1 = ("For the first half of fiscal 2026, covering April to September, the country ran a 684.2 billion yen trade "
        "deficit, smaller than the 1.22 trillion yen gap a year before")
E_H1X = ("Over those six months the country shipped 55.21 trillion yen worth of goods abroad, 2.9 percent more than a year "
         "before, and spent 55.89 trillion yen on imports, up 1.8 percent")

ARTICLE = {
    "id": "dBO2_02",
    "title": "Japan returns to trade surplus in Oct. on brisk chip equipment sales to Asia",
    "publisher": "Kyodo",
    "published": "2026-11-19",
    "notes": [
        "Real figures: the October 2025 deficit of 231.8 billion yen and the April-September 2025 (first half of fiscal "
        "2025) deficit of 1.22 trillion yen are real (Finance Ministry preliminary data as reported by Kyodo/Japan Times). "
        "Modelled on real: October 2026 exports (+5.2% on 9.76 trillion), imports (+1.1% on 9.99 trillion), the U.S. "
        "surplus (-1.5% on 529.4 billion) and U.S.-bound car exports (-4.8% on 460.7 billion); fiscal 2026 first-half "
        "exports (+2.9% on 53.65 trillion) and imports (+1.8% on 54.88 trillion). Invented: all other October 2026 "
        "figures. Derived: 10.27 - 10.10 = 0.17 trillion (172.4 billion); 5.62 / 10.27 = 54.7%; 2.18 - 1.63 = 0.55 "
        "trillion (548.6 billion within rounding); 55.21 - 55.89 = -0.68 trillion (684.2 billion).",
        "Judgement calls: 'about $66 billion' is a second-currency approx USD fact for October exports; 'its biggest "
        "trading partner' is a rank-1 fact for total trade with China in October 2026 (the guide's example labels a "
        "trading-partner rank with the sentence's period); the U.S. surplus evidence says 'the world's largest economy' "
        "and partner comes from the preceding 'U.S.-bound' sentence; 'Asia' (which includes China) is its own partner; "
        "the first half of fiscal 2026 is 2026-04..2026-09 and 'a year before' is 2025-04..2025-09; growth of the U.S. "
        "surplus is '1.5 percent smaller' -> -1.5; car exports use product 'cars' both for U.S.-bound and overall.",
        "Not facts: 155.20 and 151.60 yen to the dollar (exchange rates); the 15 percent and 27.5 percent U.S. tariffs "
        "(tariff rates); the 'around 90 billion yen' deficit economists expected (forecast); 'first surplus in five "
        "months', 'second month in a row', 'highest for any October on record' (streaks, milestones); 'the world's "
        "largest economy' (not a trade rank); fiscal 2026 (a year label).",
        "Copy check: 9 sentences searched (lead, balance, exports/imports, Asia, China, U.S., crude/LNG, fiscal half, "
        "economists' forecast); 6 reworded (lead, balance, exports/imports, China, U.S., fiscal half) because Kyodo, "
        "Jiji and Business Times sentences had the same clause order and wording.",
        "Second check: 23 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(JP, "balance", "value", 172.4e9, "JPY", OCT, "172.4 billion", E_BAL),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCT25, "231.8 billion", E_BAL),
        fact(JP, "exports", "value", 10.27e12, "JPY", OCT, "10.27 trillion", E_EXP),
        fact(JP, "exports", "value", 66e9, "USD", OCT, "$66 billion", E_EXP, qualifier="approx"),
        fact(JP, "exports", "growth", 5.2, "percent", OCT, "5.2", E_EXP),
        fact(JP, "imports", "value", 10.10e12, "JPY", OCT, "10.10 trillion", E_IMP),
        fact(JP, "imports", "growth", 1.1, "percent", OCT, "1.1", E_IMP),
        fact(JP, "exports", "value", 5.62e12, "JPY", OCT, "5.62 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 8.7, "percent", OCT, "8.7", E_ASIA, partner="Asia"),
        fact(JP, "exports", "share", 54.7, "percent", OCT, "54.7", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 1.63e12, "JPY", OCT, "1.63 trillion", E_CN, partner="China"),
        fact(JP, "exports", "growth", 6.9, "percent", OCT, "6.9", E_CN, partner="China"),
        fact(JP, "imports", "value", 2.18e12, "JPY", OCT, "2.18 trillion", E_CN2, partner="China"),
        fact(JP, "total", "rank", 1, "number", OCT, "biggest", E_CN2, partner="China"),
        fact(JP, "balance", "value", -548.6e9, "JPY", OCT, "548.6 billion", E_CN2, partner="China"),
        fact(JP, "exports", "value", 1.71e12, "JPY", OCT, "1.71 trillion", E_US, partner=US),
        fact(JP, "exports", "growth", -2.4, "percent", OCT, "2.4", E_US, partner=US),
        fact(JP, "exports", "value", 438.6e9, "JPY", OCT, "438.6 billion", E_USCAR, partner=US, product="cars"),
        fact(JP, "exports", "growth", -4.8, "percent", OCT, "4.8", E_USCAR, partner=US, product="cars"),
        fact(JP, "balance", "value", 521.3e9, "JPY", OCT, "521.3 billion", E_USBAL, partner=US),
        fact(JP, "balance", "growth", -1.5, "percent", OCT, "1.5", E_USBAL, partner=US),
        fact(JP, "exports", "value", 512.3e9, "JPY", OCT, "512.3 billion", E_SME, product="semiconductor-making equipment"),
        fact(JP, "exports", "growth", 21.4, "percent", OCT, "21.4", E_SME, product="semiconductor-making equipment"),
        fact(JP, "exports", "value", 1.44e12, "JPY", OCT, "1.44 trillion", E_CAR, product="cars"),
        fact(JP, "exports", "growth", -3.1, "percent", OCT, "3.1", E_CAR, product="cars"),
        fact(JP, "imports", "value", 781.5e9, "JPY", OCT, "781.5 billion", E_OIL, product="crude oil"),
        fact(JP, "imports", "growth", -12.6, "percent", OCT, "12.6", E_OIL, product="crude oil"),
        fact(JP, "imports", "value", 402.7e9, "JPY", OCT, "402.7 billion", E_LNG, product="liquefied natural gas"),
        fact(JP, "imports", "growth", -8.2, "percent", OCT, "8.2", E_LNG, product="liquefied natural gas"),
        fact(JP, "balance", "value", -684.2e9, "JPY", H1, "684.2 billion", E_H1),
        fact(JP, "balance", "value", -1.22e12, "JPY", H1_25, "1.22 trillion", E_H1),
        fact(JP, "exports", "value", 55.21e12, "JPY", H1, "55.21 trillion", E_H1X),
        fact(JP, "exports", "growth", 2.9, "percent", H1, "2.9", E_H1X),
        fact(JP, "imports", "value", 55.89e12, "JPY", H1, "55.89 trillion", E_H1X),
        fact(JP, "imports", "growth", 1.8, "percent", H1, "1.8", E_H1X),
    ],
}
