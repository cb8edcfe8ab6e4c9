from _fact import fact, period

N = period(2025, 11)
OCT = period(2025, 10)
AU = "Australia"
GS = "goods and services"
E_B = "the seasonally adjusted balance on goods and services was a surplus of $2,936m in November, down from a revised $4,631 million in October"
E_X = "Exports of goods and services fell 2.9 per cent from October to $44.34 billion"
E_M = "Imports rose 0.9 per cent over the month to $41.40 billion"
E_IN = "non-monetary gold dropped 24 per cent month-on-month, metal ores and minerals fell 6.5 per cent and coal, coke and briquettes were down 8.1 per cent"
E_RS = "Rural goods rose 3.2 per cent, helped by a bumper wheat harvest, and services credits increased 1.1 per cent to $10.12 billion"
E_IMP = "consumption goods climbed 2.4 per cent on the month ahead of Christmas, while capital goods slipped 1.7 per cent"
E_CN = "goods exports to China, Australia's biggest customer, were down 4.3 per cent on a year earlier at $12.6 billion"

ARTICLE = {
    "id": "dH2_06_au_abc_nov_surplus",
    "title": "Australia's trade surplus shrinks to $2.94 billion as gold and coal exports slide",
    "publisher": "ABC News",
    "published": "2026-01-08",
    "notes": [
        "The text states the year (November 2025); October is October 2025.",
        "'$' in an Australian outlet is AUD; 'US$1.95 billion' is the surplus converted with 'about': USD fact, qualifier approx.",
        "Headline '$2.94 billion' restates the body's '$2,936m': one observation, labelled with the body figure.",
        "'$2,936m': 'm' is the ABS abbreviation for million; value 2.936e9.",
        "ABS totals of goods and services (balance, credits, debits) carry product 'goods and services'; 'services credits' are services exports.",
        "The 'Within exports' paragraph opens month-on-month: its later rates (6.5, 8.1, 3.2, 1.1) carry basis mom; imports paragraph says 'on the month'.",
        "China exports are goods, year on year ('on a year earlier'); 'Australia's biggest customer': rank 1 of exports with partner China.",
        "Out: economists' $4.5 billion tip, 'lowest level in nearly eight years', coal price US$106 a tonne, 2022 peak, 0.4 per cent GDP, 3.60 per cent cash rate, 3.3 per cent inflation, 66.4 US cents.",
    ],
    "facts": [
        fact(AU, "balance", "value", 2.936e9, "AUD", N, "2,936m", E_B, product=GS),
        fact(AU, "balance", "value", 4.631e9, "AUD", OCT, "4,631 million", E_B, product=GS),
        fact(AU, "balance", "value", 1.95e9, "USD", N, "1.95 billion",
             "The surplus is worth about US$1.95 billion at current exchange rates", product=GS, qualifier="approx"),
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
