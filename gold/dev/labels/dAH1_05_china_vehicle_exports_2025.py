from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)
A = "China"
NEV = "new energy vehicles"

TOTAL = "The country shipped 7.1 million vehicles overseas last year, up 21.1 percent year-on-year"
NEVS = ("Exports of new energy vehicles (NEVs), which include pure electric cars, plug-in hybrids and fuel cell vehicles, "
        "rose 104 percent to 2.62 million units")
NEV_SHARE = "NEVs accounted for 36.9 percent of total vehicle exports, up from 21.9 percent in 2024"
PASSENGER = "Exports in that category grew 19.8 percent to 6.04 million units"
COMMERCIAL = "commercial vehicle exports climbed 29.4 percent to 1.06 million units"
DECEMBER = ("In December, vehicle exports reached a monthly record of 753,000 units, up 28.1 percent year-on-year and "
            "5.3 percent from November")
CUSTOMS = ("China's automobile exports were worth 952.4 billion yuan ($136.4 billion) last year, up 14.7 percent from 2024")
MEXICO_RANK = "Mexico overtook Russia as the largest market for Chinese vehicles in 2025"
MEXICO = "Shipments to the Latin American country rose 40.6 percent to 625,200 units"
RUSSIA = "Russia slipped to second place, with exports there plunging 45.6 percent to 582,700 units"
UAE = "The United Arab Emirates ranked third, taking 572,000 units from China, a jump of 73.2 percent"
BELGIUM = ("Belgium, a transit hub for vehicles headed to other parts of the continent, was the largest destination for "
           "Chinese NEVs")
EUROPE = "Europe as a whole took about 33 percent of China's NEV exports last year"

ARTICLE = {
    "id": "dAH1_05_china_vehicle_exports_2025",
    "title": "Vehicle exports top 7 million as NEV shipments double",
    "publisher": "China Daily",
    "published": "2026-01-28",
    "notes": [
        "'surpassed 7 million units for the first time' and 'shipped 7.1 million vehicles': one observation, the exact "
        "figure only (threshold dropped).",
        "Vehicle numbers are quantities in unit 'number'. Product in the text's words: 'vehicles' (CAAM totals, December, "
        "CPCA destinations), 'new energy vehicles' (NEVs, acronym written out), 'passenger cars', 'commercial vehicles', "
        "'automobiles' (customs value).",
        "'Exports in that category': passenger cars, from the sentence before.",
        "'up from 21.9 percent in 2024': the NEV share of vehicle exports in 2024, a separate share fact for 2024.",
        "December '5.3 percent from November': basis mom.",
        "'$136.4 billion' in brackets: conversion of the yuan value, separate USD fact, approx.",
        "'the Latin American country': Mexico; 'exports there': Russia. Mexico rank 1 ('largest market'), Russia 'second "
        "place' rank 2, UAE 'ranked third' rank 3, all exports of vehicles.",
        "Belgium 'the largest destination for Chinese NEVs': rank 1, product new energy vehicles. The UK 'followed by' has no "
        "number: unlabelled.",
        "'Europe as a whole took about 33 percent of China's NEV exports': share, partner Europe, approx.",
        "Out of scope, unlabelled: 'more than doubling' (no number); Mexico's tariffs 'up to 50 percent' (tariff rate); "
        "BYD's 1.05 million vehicles sold outside the mainland (company sales, including cars built abroad, not a trade "
        "flow); CAAM's expectation of about 7.4 million units this year (forecast); domestic vehicle sales 9.4 percent and "
        "34.4 million, NEVs 'more than half of new car sales' (not trade).",
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
