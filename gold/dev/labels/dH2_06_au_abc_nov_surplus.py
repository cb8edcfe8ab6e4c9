from _fact import fact, period

N = period(2025, 11)
OCT = period(2025, 10)
AU = "Australia"
GS = "goods and services"
E_B = "the goods and services balance was in surplus by $2,936m in November, easing from October's revised $4,631 million"
E_X = "Goods and services exports were down 2.9 per cent month-on-month at $44.34 billion"
E_M = "Imports increased by 0.9 per cent from October, reaching $41.40 billion"
E_IN = "non-monetary gold exports slumped 24 per cent, metal ores and minerals declined 6.5 per cent and coal, coke and briquettes slid 8.1 per cent"
E_RS = "rural goods gain 3.2 per cent, while services credits, supported by higher spending from international students and tourists, advanced 1.1 per cent to $10.12 billion"
E_IMP = "pre-Christmas demand lifted consumption goods 2.4 per cent from October, while capital goods eased 1.7 per cent"
E_CN = "goods exports to China, the biggest buyer of Australian products, fell 4.3 per cent from a year before to $12.6 billion"

ARTICLE = {
    "id": "dH2_06_au_abc_nov_surplus",
    "title": "Sliding gold and coal shipments cut Australia's trade surplus to $2.94 billion",
    "publisher": "ABC News",
    "published": "2026-01-08",
    "notes": [
        "The text states the year (November 2025); October is October 2025.",
        "'$' in an Australian outlet is AUD; 'US$1.95 billion' is the surplus converted with 'about': USD fact, qualifier approx.",
        "Headline '$2.94 billion' restates the body's '$2,936m': one observation, labelled with the body figure.",
        "'$2,936m': 'm' is the ABS abbreviation for million; value 2.936e9.",
        "ABS totals of goods and services (balance, credits, debits) carry product 'goods and services'; 'services credits' are services exports.",
        "The exports paragraph opens 'On a month-on-month basis': its later rates (6.5, 8.1, 3.2, 1.1) carry basis mom; imports paragraph says 'from October'.",
        "China exports are goods, year on year ('from a year before'); 'the biggest buyer of Australian products': rank 1 of exports with partner China.",
        "Out: economists' $4.5 billion tip, 'weakest in almost eight years', coal price US$106 a tonne, 2022 peak, 0.4 per cent GDP, 3.60 per cent cash rate, 3.3 per cent inflation, 66.4 US cents.",
    ],
    "facts": [
        fact(AU, "balance", "value", 2.936e9, "AUD", N, "2,936m", E_B, product=GS),
        fact(AU, "balance", "value", 4.631e9, "AUD", OCT, "4,631 million", E_B, product=GS),
        fact(AU, "balance", "value", 1.95e9, "USD", N, "1.95 billion",
             "the surplus equals about US$1.95 billion", product=GS, qualifier="approx"),
        fact(AU, "exports", "growth", -2.9, "percent", N, "2.9", E_X, product=GS, basis="mom"),
        fact(AU, "exports", "value", 44.34e9, "AUD", N, "44.34 billion", E_X, product=GS),
        fact(AU, "imports", "growth", 0.9, "percent", N, "0.9", E_M, product=GS, basis="mom"),
        fact(AU, "imports", "value", 41.40e9, "AUD", N, "41.40 billion", E_M, product=GS),
        fact(AU, "exports", "growth", -24, "percent", N, "24", E_IN, product="non-monetary gold", basis="mom"),
        fact(AU, "exports", "growth", -6.5, "percent", N, "6.5", E_IN, product="metal ores and minerals", basis="mom"),
        fact(AU, "exports", "growth", -8.1, "percent", N, "8.1", E_IN, product="coal, coke and briquettes", basis="mom"),
        fact(AU, "exports", "growth", 3.2, "percent", N, "3.2", E_RS, product="rural goods", basis="mom"),
        fact(AU, "exports", "growth", 1.1, "percent", N, "1.1", E_RS, product="services", basis="mom"),
        fact(AU, "exports", "value", 10.12e9, "AUD", N, "10.12 billion", E_RS, product="services"),
        fact(AU, "imports", "growth", 2.4, "percent", N, "2.4", E_IMP, product="consumption goods", basis="mom"),
        fact(AU, "imports", "growth", -1.7, "percent", N, "1.7", E_IMP, product="capital goods", basis="mom"),
        fact(AU, "exports", "rank", 1, "number", N, "biggest", E_CN, partner="China"),
        fact(AU, "exports", "growth", -4.3, "percent", N, "4.3", E_CN, partner="China"),
        fact(AU, "exports", "value", 12.6e9, "AUD", N, "12.6 billion", E_CN, partner="China"),
    ],
}
