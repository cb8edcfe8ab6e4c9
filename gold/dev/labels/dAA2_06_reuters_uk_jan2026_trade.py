from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
NOV_JAN = {"start": "2025-11", "end": "2026-01"}
Y2025 = period(2025, 1, 12)
UK = "United Kingdom"

EXP = "goods exports slipped 2.0% in value from December to 29.6 billion pounds ($39.7 billion)"
IMP = "goods exports slipped 2.0% in value from December to 29.6 billion pounds ($39.7 billion) and imports increased 2.8% to 51.6 billion pounds."
BAL = "the monthly goods deficit grew to 22.0 billion pounds from December's 20.0 billion pounds"
EUX = "Shipments to the EU fell 3.4% month on month to 14.2 billion pounds"
NEUX = "exports to non-EU countries slipped 0.6% to 15.4 billion pounds"
EUM = "Imports from the EU went up 4.1% to 27.9 billion pounds"
NEUM = "imports from the rest of the world increased 1.3% to 23.7 billion pounds"
EUB = "Britain's goods deficit with the EU thus came to 13.7 billion pounds"
US = "Including precious metals, goods exports to the United States grew 7.0% from December to 4.6 billion pounds"
US3 = "In the three months to January, however, exports to the U.S. were down 9.8% on a year earlier"
TOT3 = "the combined goods and services trade deficit for the three months to January grew by 3.1 billion pounds to 9.8 billion pounds."
GD3 = "Over the period the goods deficit increased by 2.4 billion pounds to 62.3 billion pounds"
GQ = "exports were 1.9% lower than in the preceding three months, while imports rose 0.4%"
SV3 = "the surplus shrank by 0.7 billion pounds to 52.5 billion pounds"
SVX = "a 0.8% increase in services exports to 131.0 billion pounds"
Y25G = "across 2025 Britain's goods trade deficit hit a record 248.3 billion pounds"
Y25S = "the largest-ever services surplus of 191.8 billion pounds"

ARTICLE = {
    "id": "dAA2_06_reuters_uk_jan2026_trade",
    "title": "Falling EU exports push UK's January goods trade deficit wider",
    "publisher": "Reuters",
    "published": "2026-03-13",
    "notes": [
        "Year from the publication date (March 2026): January = 2026-01, December = 2025-12; 'the three months to January' = 2025-11 to 2026-01; 'across 2025' = 2025.",
        "Goods figures carry product null; 'the combined goods and services trade deficit' is 'goods and services'; services figures 'services'.",
        "Monthly growth: 'from December' (second paragraph) and 'month on month' (third paragraph) set mom frames carried to the imports and partner figures of those paragraphs; 'from December' for the US figure.",
        "'non-EU countries' and 'the rest of the world' = partner non-EU countries; 'the bloc' = European Union.",
        "'Britain's goods deficit with the EU thus came to 13.7 billion pounds': balance, partner European Union, January 2026.",
        "'Including precious metals, goods exports to the United States': product null (goods; the inclusion of precious metals is not a goods category). 'In the three months to January, however, exports to the U.S. were down 9.8% on a year earlier': exports to the US, yoy, 2025-11 to 2026-01.",
        "Three-month comparisons 'lower than in the preceding three months' are qoq; the frame carries to 'imports rose 0.4%' and, in the same paragraph, to 'a 0.8% increase in services exports'.",
        "The deficits and surplus of the three months (9.8 bn, 62.3 bn, 52.5 bn) are balance values; goods and total deficits negative, services surplus positive.",
        "Out of scope, unlabelled: changes written as money ('grew by 3.1 billion pounds', 'increased by 2.4 billion pounds', 'shrank by 0.7 billion pounds'); the Reuters poll forecast of 20.6 billion pounds; the 10% US tariff; GDP growth of 0.1%; the OBR's 1.1% forecast for 2026; 'five years ago'. 'a record' and 'largest-ever' are milestones (the values are labelled).",
        "The dollar conversion ($39.7 billion) is a separate approx fact.",
    ],
    "facts": [
        fact(UK, "exports", "growth", -2.0, "percent", JAN, "2.0", EXP, basis="mom"),
        fact(UK, "exports", "value", 29.6e9, "GBP", JAN, "29.6 billion", EXP),
        fact(UK, "exports", "value", 39.7e9, "USD", JAN, "39.7 billion", EXP, qualifier="approx"),
        fact(UK, "imports", "growth", 2.8, "percent", JAN, "2.8", IMP, basis="mom"),
        fact(UK, "imports", "value", 51.6e9, "GBP", JAN, "51.6 billion", IMP),
        fact(UK, "balance", "value", -22.0e9, "GBP", JAN, "22.0 billion", BAL),
        fact(UK, "balance", "value", -20.0e9, "GBP", DEC, "20.0 billion", BAL),
        fact(UK, "exports", "growth", -3.4, "percent", JAN, "3.4", EUX, partner="European Union", basis="mom"),
        fact(UK, "exports", "value", 14.2e9, "GBP", JAN, "14.2 billion", EUX, partner="European Union"),
        fact(UK, "exports", "growth", -0.6, "percent", JAN, "0.6", NEUX, partner="non-EU countries", basis="mom"),
        fact(UK, "exports", "value", 15.4e9, "GBP", JAN, "15.4 billion", NEUX, partner="non-EU countries"),
        fact(UK, "imports", "growth", 4.1, "percent", JAN, "4.1", EUM, partner="European Union", basis="mom"),
        fact(UK, "imports", "value", 27.9e9, "GBP", JAN, "27.9 billion", EUM, partner="European Union"),
        fact(UK, "imports", "growth", 1.3, "percent", JAN, "1.3", NEUM, partner="non-EU countries", basis="mom"),
        fact(UK, "imports", "value", 23.7e9, "GBP", JAN, "23.7 billion", NEUM, partner="non-EU countries"),
        fact(UK, "balance", "value", -13.7e9, "GBP", JAN, "13.7 billion", EUB, partner="European Union"),
        fact(UK, "exports", "growth", 7.0, "percent", JAN, "7.0", US, partner="United States", basis="mom"),
        fact(UK, "exports", "value", 4.6e9, "GBP", JAN, "4.6 billion", US, partner="United States"),
        fact(UK, "exports", "growth", -9.8, "percent", NOV_JAN, "9.8", US3, partner="United States"),
        fact(UK, "balance", "value", -9.8e9, "GBP", NOV_JAN, "9.8 billion", TOT3, product="goods and services"),
        fact(UK, "balance", "value", -62.3e9, "GBP", NOV_JAN, "62.3 billion", GD3),
        fact(UK, "exports", "growth", -1.9, "percent", NOV_JAN, "1.9", GQ, basis="qoq"),
        fact(UK, "imports", "growth", 0.4, "percent", NOV_JAN, "0.4", GQ, basis="qoq"),
        fact(UK, "balance", "value", 52.5e9, "GBP", NOV_JAN, "52.5 billion", SV3, product="services"),
        fact(UK, "exports", "growth", 0.8, "percent", NOV_JAN, "0.8", SVX, product="services", basis="qoq"),
        fact(UK, "exports", "value", 131.0e9, "GBP", NOV_JAN, "131.0 billion", SVX, product="services"),
        fact(UK, "balance", "value", -248.3e9, "GBP", Y2025, "248.3 billion", Y25G),
        fact(UK, "balance", "value", 191.8e9, "GBP", Y2025, "191.8 billion", Y25S, product="services"),
    ],
}
