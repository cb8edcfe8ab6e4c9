from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
NOV_JAN = {"start": "2025-11", "end": "2026-01"}
Y2025 = period(2025, 1, 12)
UK = "United Kingdom"

EXP = "The value of goods exports fell 2.0% from December to 29.6 billion pounds ($39.7 billion)"
IMP = "The value of goods exports fell 2.0% from December to 29.6 billion pounds ($39.7 billion), the Office for National Statistics said, while imports rose 2.8% to 51.6 billion pounds."
BAL = "That pushed the monthly goods trade deficit to 22.0 billion pounds from 20.0 billion pounds in December"
EUX = "Exports to the EU dropped 3.4% on the month to 14.2 billion pounds"
NEUX = "exports to non-EU countries edged down 0.6% to 15.4 billion pounds"
EUM = "Imports from the EU climbed 4.1% to 27.9 billion pounds"
NEUM = "those from the rest of the world rose 1.3% to 23.7 billion pounds"
EUB = "leaving a goods deficit with the EU of 13.7 billion pounds"
US = "Goods exports to the United States, including precious metals, rose 7.0% compared with December to 4.6 billion pounds"
US3 = "But over the three months to January they were 9.8% lower than a year earlier"
TOT3 = "In the three months to January, the total trade deficit covering goods and services widened by 3.1 billion pounds to 9.8 billion pounds."
GD3 = "The goods deficit grew by 2.4 billion pounds to 62.3 billion pounds over the period"
GQ = "as exports fell 1.9% compared with the previous three months while imports edged up 0.4%"
SV3 = "The surplus on services trade narrowed by 0.7 billion pounds to 52.5 billion pounds"
SVX = "even though services exports rose 0.8% to 131.0 billion pounds"
Y25G = "Last year as a whole, Britain ran a record goods trade deficit of 248.3 billion pounds"
Y25S = "partly offset by an all-time high services surplus of 191.8 billion pounds"

ARTICLE = {
    "id": "dAA2_06_reuters_uk_jan2026_trade",
    "title": "UK goods trade gap widens in January as exports to EU fall",
    "publisher": "Reuters",
    "published": "2026-03-13",
    "notes": [
        "Year from the publication date (March 2026): January = 2026-01, December = 2025-12; 'the three months to January' = 2025-11 to 2026-01; 'Last year as a whole' = 2025.",
        "Goods figures carry product null; 'the total trade deficit covering goods and services' is 'goods and services'; services figures 'services'.",
        "Monthly growth: 'from December' (second paragraph) and 'on the month' (third paragraph) set mom frames carried to the imports and partner figures of those paragraphs; 'compared with December' for the US figure.",
        "'non-EU countries' and 'the rest of the world' = partner non-EU countries; 'the bloc' = European Union.",
        "'leaving a goods deficit with the EU of 13.7 billion pounds': balance, partner European Union, January 2026.",
        "'Goods exports to the United States, including precious metals': product null (goods; the inclusion of precious metals is not a goods category). 'over the three months to January they were 9.8% lower than a year earlier': exports to the US, yoy, 2025-11 to 2026-01.",
        "Three-month comparisons 'compared with the previous three months' are qoq; the frame carries to 'imports edged up 0.4%' and, in the same paragraph, to 'services exports rose 0.8%'.",
        "The deficits and surplus of the three months (9.8 bn, 62.3 bn, 52.5 bn) are balance values; goods and total deficits negative, services surplus positive.",
        "Out of scope, unlabelled: changes written as money ('widened by 3.1 billion pounds', 'grew by 2.4 billion pounds', 'narrowed by 0.7 billion pounds'); the Reuters poll forecast of 20.6 billion pounds; the 10% US tariff; GDP growth of 0.1%; the OBR's 1.1% forecast for 2026; 'five years ago'. 'record' and 'all-time high' are milestones (the values are labelled).",
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
