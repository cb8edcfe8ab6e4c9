from _fact import fact, period

Y = period(2025, 1, 12)
Q1_3 = period(2025, 1, 9)
FYP = {"start": "2021-01", "end": "2025-12"}

E1 = "reached an all-time high of 520.37 billion yuan (about 74.4 billion U.S. dollars) in 2025, a 19.9 percent increase over 2024"
E2 = "put the region's exports at 460.7 billion yuan, up 25 percent, and its imports at 59.6 billion yuan, 8.9 percent lower than a year earlier"
E_CA = "Trade with the five Central Asian countries -- Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan -- reached 276.69 billion yuan for the year, up from 215.73 billion yuan at the end of September, and made up 53.2 percent of the region's total."
E_CA2 = "Xinjiang's trade with the five countries accounted for 36.4 percent of China's total trade with Central Asia, the largest share of any provincial-level region."
E_KZ = "Kazakhstan remained Xinjiang's largest trading partner and Kyrgyzstan its second-largest."
E_CNT = "The region traded with more than 220 countries and regions during the year."
E_BRI = "Partner countries of the Belt and Road Initiative made up 88.1 percent of Xinjiang's trade; business with them expanded 14.7 percent to 458.37 billion yuan."
E_ASEAN = "ASEAN's share of the total passed 10 percent for the first time, reaching 12.9 percent, as trade with the bloc nearly doubled: it was up 98.3 percent at 67.4 billion yuan"
E_ME = "a 40.7 percent rise in exports of mechanical and electrical products, to 186.5 billion yuan"
E_HE = "high-end equipment did even better, with exports up nearly 70 percent"
E_AG = "Farm goods such as walnuts and grapes also sold well abroad: agricultural product exports were 25.4 percent higher."
E_CB = "Exports through cross-border e-commerce climbed 232.8 percent"
E_BR = "imports brought in under border residents' mutual trade were up 68.5 percent"
E_KH = "Khorgos Port, on the border with Kazakhstan, cleared more than 46 million tonnes of import and export cargo in 2025, up 1.9 percent and a record for the port."
E_FYP = "Added up over the 14th Five-Year Plan period (2021-2025), Xinjiang's imports and exports came to more than 1.71 trillion yuan"

ARTICLE = {
    "id": "dAX1_03_xinhua_xinjiang_2025",
    "title": "Xinjiang's foreign trade hits record 520 bln yuan in 2025, Central Asia remains top partner",
    "publisher": "Xinhua",
    "published": "2026-01-23",
    "notes": [
        "Figures follow Urumqi Customs' 2025 release (news conference of Friday 2026-01-23) as reported by Xinhua, China Daily/ecns and People's Daily, plus CGTN on Khorgos cargo and the regional information office on freight trains and the airport; the 53.2 percent Central Asia share is computed from 276.69/520.37 and 'more than 220' partners is a safe floor from the first-half count of 222. Sentences are my own.",
        "The headline's '520 bln yuan' restates the body's 520.37 billion: labelled once, from the body.",
        "'a 19.9 percent increase over 2024 that no other provincial-level region matched' ranks Xinjiang's growth rate, not its trade: the record's rank measure would read it as a rank of trade value, so it is not labelled.",
        "'crossed the 500-billion-yuan mark' and ASEAN's share that 'passed 10 percent for the first time' are thresholds beside exact figures (and milestones): only the exact figures are labelled. 'nearly doubled: it was up 98.3 percent' is one observation stated twice: labelled once with 98.3.",
        "Central Asia: partner 'Central Asia' for 'the five Central Asian countries'. 215.73 billion 'at the end of September' is the January-September cumulative value (period 2025-01..2025-09). Two shares with different wholes: 53.2 percent of Xinjiang's trade and 36.4 percent of China's trade with Central Asia; both are area Xinjiang, partner Central Asia, share, as written. 'the largest share of any provincial-level region' is rank 1 of Xinjiang's trade with Central Asia among provinces.",
        "Partner ranks: Kazakhstan rank 1, Kyrgyzstan rank 2 ('second-largest'). 'more than 220 countries and regions' is a count of trading partners (qualifier over).",
        "Khorgos Port: area 'Khorgos', quantity over 46 million tonnes of import and export cargo (flow total) and its growth of 1.9 percent (the only growth given for the port, so not 'volume growth beside value growth'); 'a record for the port' is a milestone.",
        "Out of scope: freight train departures ('more than half of all ... freight trains'), airport cargo throughput (152.2 percent; not a trade flow), and the 144.3 percent rise over the previous five-year period (a comparison with a five-year base the record cannot express). The five-year total itself is labelled as a value over 1.71 trillion yuan for 2021-01..2025-12.",
        "Segments: 'cross-border e-commerce' (exports growth) and 'border residents' mutual trade' (imports growth). High-end equipment 'exports up nearly 70 percent' is approx growth.",
    ],
    "facts": [
        fact("Xinjiang", "total", "growth", 19.9, "percent", Y, "19.9", E1),
        fact("Xinjiang", "total", "value", 520.37e9, "CNY", Y, "520.37 billion", E1),
        fact("Xinjiang", "total", "value", 74.4e9, "USD", Y, "74.4 billion", E1, qualifier="approx"),
        fact("Xinjiang", "exports", "growth", 25, "percent", Y, "25", E2),
        fact("Xinjiang", "exports", "value", 460.7e9, "CNY", Y, "460.7 billion", E2),
        fact("Xinjiang", "imports", "growth", -8.9, "percent", Y, "8.9", E2),
        fact("Xinjiang", "imports", "value", 59.6e9, "CNY", Y, "59.6 billion", E2),
        fact("Xinjiang", "total", "value", 276.69e9, "CNY", Y, "276.69 billion", E_CA, partner="Central Asia"),
        fact("Xinjiang", "total", "value", 215.73e9, "CNY", Q1_3, "215.73 billion", E_CA, partner="Central Asia"),
        fact("Xinjiang", "total", "share", 53.2, "percent", Y, "53.2", E_CA, partner="Central Asia"),
        fact("Xinjiang", "total", "share", 36.4, "percent", Y, "36.4", E_CA2, partner="Central Asia"),
        fact("Xinjiang", "total", "rank", 1, "number", Y, "largest", E_CA2, partner="Central Asia"),
        fact("Xinjiang", "total", "rank", 1, "number", Y, "largest", E_KZ, partner="Kazakhstan"),
        fact("Xinjiang", "total", "rank", 2, "number", Y, "second", E_KZ, partner="Kyrgyzstan"),
        fact("Xinjiang", "total", "count", 220, "number", Y, "220", E_CNT, segment="trading partners", qualifier="over"),
        fact("Xinjiang", "total", "growth", 14.7, "percent", Y, "14.7", E_BRI, partner="Belt and Road partner countries"),
        fact("Xinjiang", "total", "value", 458.37e9, "CNY", Y, "458.37 billion", E_BRI, partner="Belt and Road partner countries"),
        fact("Xinjiang", "total", "share", 88.1, "percent", Y, "88.1", E_BRI, partner="Belt and Road partner countries"),
        fact("Xinjiang", "total", "growth", 98.3, "percent", Y, "98.3", E_ASEAN, partner="ASEAN"),
        fact("Xinjiang", "total", "value", 67.4e9, "CNY", Y, "67.4 billion", E_ASEAN, partner="ASEAN"),
        fact("Xinjiang", "total", "share", 12.9, "percent", Y, "12.9", E_ASEAN, partner="ASEAN"),
        fact("Xinjiang", "exports", "growth", 40.7, "percent", Y, "40.7", E_ME, product="mechanical and electrical products"),
        fact("Xinjiang", "exports", "value", 186.5e9, "CNY", Y, "186.5 billion", E_ME, product="mechanical and electrical products"),
        fact("Xinjiang", "exports", "growth", 70, "percent", Y, "70", E_HE, product="high-end equipment", qualifier="approx"),
        fact("Xinjiang", "exports", "growth", 25.4, "percent", Y, "25.4", E_AG, product="agricultural products"),
        fact("Xinjiang", "exports", "growth", 232.8, "percent", Y, "232.8", E_CB, segment="cross-border e-commerce"),
        fact("Xinjiang", "imports", "growth", 68.5, "percent", Y, "68.5", E_BR, segment="border residents' mutual trade"),
        fact("Khorgos", "total", "quantity", 46e6, "tonnes", Y, "46 million", E_KH, qualifier="over"),
        fact("Khorgos", "total", "growth", 1.9, "percent", Y, "1.9", E_KH),
        fact("Xinjiang", "total", "value", 1.71e12, "CNY", FYP, "1.71 trillion", E_FYP, qualifier="over"),
    ],
}
