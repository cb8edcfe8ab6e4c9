from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)
A = "China"
NEV = "new energy vehicles"

TOTAL = "vehicle exports totaled 7.1 million last year, a 21.1 percent increase year-on-year"
NEVS = ("Overseas sales of new energy vehicles (NEVs), a group made up of fuel cell vehicles, plug-in hybrids and "
        "pure electric cars, jumped 104 percent to 2.62 million units")
NEV_SHARE = "the NEV share of overall vehicle exports to 36.9 percent, compared with 21.9 percent in 2024"
PASSENGER = "passenger cars, whose exports rose 19.8 percent to 6.04 million units"
COMMERCIAL = "commercial vehicle shipments abroad increased 29.4 percent to 1.06 million units"
DECEMBER = ("December exports hit a monthly high of 753,000 vehicles, 28.1 percent more than a year before and 5.3 "
            "percent more than in November")
CUSTOMS = ("automobile exports from China rose 14.7 percent from 2024 to 952.4 billion yuan ($136.4 billion) last year")
MEXICO_RANK = "Mexico replaced Russia at the top, becoming the largest market for Chinese-made vehicles"
MEXICO = "exports to the Latin American country up 40.6 percent at 625,200 units"
RUSSIA = "Russia fell back to second place as exports there plunged 45.6 percent to 582,700 units"
UAE = "In third place was the United Arab Emirates, whose purchases of Chinese vehicles soared 73.2 percent to 572,000 units"
BELGIUM = "The largest destination for Chinese NEVs was Belgium"
EUROPE = "Europe as a whole absorbed about 33 percent of the NEVs China exported last year"

ARTICLE = {
    "id": "dAH1_05_china_vehicle_exports_2025",
    "title": "China ships over 7 million vehicles abroad as NEV exports more than double",
    "publisher": "China Daily",
    "published": "2026-01-28",
    "notes": [
        "'sent more than 7 million vehicles abroad for the first time' and 'vehicle exports totaled 7.1 million': one observation, the exact "
        "figure only (threshold dropped).",
        "Vehicle numbers are quantities in unit 'number'. Product in the text's words: 'vehicles' (CAAM totals, December, "
        "CPCA destinations), 'new energy vehicles' (NEVs, acronym written out), 'passenger cars', 'commercial vehicles', "
        "'automobiles' (customs value).",
        "'whose exports': passenger cars.",
        "'compared with 21.9 percent in 2024': the NEV share of vehicle exports in 2024, a separate share fact for 2024.",
        "December '5.3 percent more than in November': basis mom.",
        "'$136.4 billion' in brackets: conversion of the yuan value, separate USD fact, approx.",
        "'the Latin American country': Mexico; 'exports there': Russia. Mexico rank 1 ('largest market'), Russia 'second "
        "place' rank 2, UAE 'In third place' rank 3, all exports of vehicles.",
        "Belgium 'the largest destination for Chinese NEVs': rank 1, product new energy vehicles. The UK 'next' has no "
        "number: unlabelled.",
        "'Europe as a whole absorbed about 33 percent of the NEVs China exported last year': share, partner Europe, approx.",
        "Out of scope, unlabelled: 'more than doubled' (no number); Mexico's tariffs 'as high as 50 percent' (tariff rate); "
        "BYD's 1.05 million vehicles sold outside the mainland (company sales, including cars built abroad, not a trade "
        "flow); CAAM's expectation of about 7.4 million units this year (forecast); domestic vehicle sales 9.4 percent and "
        "34.4 million, NEVs 'over half of all new cars sold' (not trade).",
    ],
    "facts": [
        fact(A, "exports", "quantity", 7.1e6, "number", Y2025, "7.1 million", TOTAL, product="vehicles"),
        fact(A, "exports", "growth", 21.1, "percent", Y2025, "21.1", TOTAL, product="vehicles"),
        fact(A, "exports", "quantity", 2.62e6, "number", Y2025, "2.62 million", NEVS, product=NEV),
        fact(A, "exports", "growth", 104, "percent", Y2025, "104", NEVS, product=NEV),
        fact(A, "exports", "share", 36.9, "percent", Y2025, "36.9", NEV_SHARE, product=NEV),
        fact(A, "exports", "share", 21.9, "percent", Y2024, "21.9", NEV_SHARE, product=NEV),
        fact(A, "exports", "quantity", 6.04e6, "number", Y2025, "6.04 million", PASSENGER, product="passenger cars"),
        fact(A, "exports", "growth", 19.8, "percent", Y2025, "19.8", PASSENGER, product="passenger cars"),
        fact(A, "exports", "quantity", 1.06e6, "number", Y2025, "1.06 million", COMMERCIAL, product="commercial vehicles"),
        fact(A, "exports", "growth", 29.4, "percent", Y2025, "29.4", COMMERCIAL, product="commercial vehicles"),
        fact(A, "exports", "quantity", 753000, "number", DEC, "753,000", DECEMBER, product="vehicles"),
        fact(A, "exports", "growth", 28.1, "percent", DEC, "28.1", DECEMBER, product="vehicles"),
        fact(A, "exports", "growth", 5.3, "percent", DEC, "5.3", DECEMBER, product="vehicles", basis="mom"),
        fact(A, "exports", "value", 952.4e9, "CNY", Y2025, "952.4 billion", CUSTOMS, product="automobiles"),
        fact(A, "exports", "value", 136.4e9, "USD", Y2025, "136.4 billion", CUSTOMS, product="automobiles", qualifier="approx"),
        fact(A, "exports", "growth", 14.7, "percent", Y2025, "14.7", CUSTOMS, product="automobiles"),
        fact(A, "exports", "rank", 1, "number", Y2025, "largest", MEXICO_RANK, partner="Mexico", product="vehicles"),
        fact(A, "exports", "growth", 40.6, "percent", Y2025, "40.6", MEXICO, partner="Mexico", product="vehicles"),
        fact(A, "exports", "quantity", 625200, "number", Y2025, "625,200", MEXICO, partner="Mexico", product="vehicles"),
        fact(A, "exports", "rank", 2, "number", Y2025, "second", RUSSIA, partner="Russia", product="vehicles"),
        fact(A, "exports", "growth", -45.6, "percent", Y2025, "45.6", RUSSIA, partner="Russia", product="vehicles"),
        fact(A, "exports", "quantity", 582700, "number", Y2025, "582,700", RUSSIA, partner="Russia", product="vehicles"),
        fact(A, "exports", "rank", 3, "number", Y2025, "third", UAE, partner="United Arab Emirates", product="vehicles"),
        fact(A, "exports", "quantity", 572000, "number", Y2025, "572,000", UAE, partner="United Arab Emirates", product="vehicles"),
        fact(A, "exports", "growth", 73.2, "percent", Y2025, "73.2", UAE, partner="United Arab Emirates", product="vehicles"),
        fact(A, "exports", "rank", 1, "number", Y2025, "largest", BELGIUM, partner="Belgium", product=NEV),
        fact(A, "exports", "share", 33, "percent", Y2025, "33", EUROPE, partner="Europe", product=NEV, qualifier="approx"),
    ],
}
