from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
C = "China"
LA = "Latin America"

EXP = "exports to Latin America up 6.9 per cent from a year earlier at US$236.4 billion"
WORLD = "China's total exports rose 5.3 per cent and its exports to the United States slumped by 18.9 per cent"
IMP = "China's imports from the region down 3.8 per cent to US$195.2 billion"
TOTAL = "Two-way trade therefore reached US$431.6 billion, a 1.8 per cent increase"
SHARE = "Latin America making up 8.3 per cent of all Chinese trade"
SURPLUS = "China running a US$41.2 billion surplus with the region"
BR_TOTAL = ("Trade between China and Brazil, Latin America's biggest economy, totalled US$151.3 billion, down 2.3 per "
            "cent year on year")
BR_EXP = "a 12.4 per cent jump in Chinese exports to Brazil, to US$61.8 billion"
BR_IMP = "imports of Brazilian goods into China dropped 10.3 per cent to US$89.5 billion"
SOY = ("Brazil supplied 71.6 million tonnes of soybeans to China in the 10 months, about 75 per cent of all Chinese "
       "soybean imports")
MX_EXP = "Mexico's purchases of Chinese goods fell 3.2 per cent to US$75.4 billion"
MX_IMP = "Chinese imports from Mexico increased 4.6 per cent to US$14.2 billion"
CHILE = "Trade with Chile, a key copper source, climbed 5.1 per cent to US$55.8 billion"
PERU = "a 21.7 per cent surge in imports from Peru to US$31.9 billion"
ARG = "Chinese imports from Argentina up 28.4 per cent to US$9.7 billion over the 10 months"
CARS = "car exports to Latin America increased 18.5 per cent to US$19.7 billion"

ARTICLE = {
    "id": "dAB1_06_scmp_china_latin_america_jan_oct",
    "title": "Chinese shipments to Latin America grow faster than overall exports as US trade sinks",
    "publisher": "South China Morning Post",
    "published": "2025-11-21",
    "notes": [
        "Area China throughout (Chinese customs data); the Latin American countries are partners.",
        "Period: 'January-to-October' / 'the year's first 10 months' / 'the 10 months' of 2025 (published 2025-11-21) = "
        "2025-01..2025-10 for every figure.",
        "'exports to Latin America' = China's exports; 'imports from the region', 'with the region' = partner Latin America; 'two-way trade' = flow total.",
        "'China's total exports' = exports, partner null; 'its exports to the United States' = exports to the US.",
        "'Latin America making up 8.3 per cent of all Chinese trade': share, flow total, partner Latin America.",
        "'China running a US$41.2 billion surplus with the region': balance +41.2e9 USD, partner Latin America.",
        "Brazil: 'Brazilian goods' refers to Brazil. 'down 2.3 per cent year on year' = growth -2.3. 'Latin America's biggest economy' is not a trade rank: no rank fact.",
        "Soybeans: quantity 71.6 million tonnes (imports from Brazil, product soybeans); 'about 75 per cent of all Chinese soybean imports' = Brazil's share of China's soybean imports, approx.",
        "'Mexico's purchases of Chinese goods fell 3.2 per cent to US$75.4 billion' = China's exports to Mexico.",
        "Chile 'a key copper source': no rank stated. Peru and Argentina figures are China's imports "
        "('Chinese imports from Argentina').",
        "Cars: exports, partner Latin America, product 'cars' (the Post's calculation from customs data).",
        "Out of scope, unlabelled: 'roughly 5 per cent next year' (forecast); 'duties as high as 50 per cent' (tariff "
        "rate, not a trade flow); months named for policy events (September) are not trade figures.",
    ],
    "facts": [
        fact(C, "exports", "growth", 6.9, "percent", JAN_OCT, "6.9", EXP, partner=LA),
        fact(C, "exports", "value", 236.4e9, "USD", JAN_OCT, "236.4 billion", EXP, partner=LA),
        fact(C, "exports", "growth", 5.3, "percent", JAN_OCT, "5.3", WORLD),
        fact(C, "exports", "growth", -18.9, "percent", JAN_OCT, "18.9", WORLD, partner="United States"),
        fact(C, "imports", "growth", -3.8, "percent", JAN_OCT, "3.8", IMP, partner=LA),
        fact(C, "imports", "value", 195.2e9, "USD", JAN_OCT, "195.2 billion", IMP, partner=LA),
        fact(C, "total", "value", 431.6e9, "USD", JAN_OCT, "431.6 billion", TOTAL, partner=LA),
        fact(C, "total", "growth", 1.8, "percent", JAN_OCT, "1.8", TOTAL, partner=LA),
        fact(C, "total", "share", 8.3, "percent", JAN_OCT, "8.3", SHARE, partner=LA),
        fact(C, "balance", "value", 41.2e9, "USD", JAN_OCT, "41.2 billion", SURPLUS, partner=LA),
        fact(C, "total", "value", 151.3e9, "USD", JAN_OCT, "151.3 billion", BR_TOTAL, partner="Brazil"),
        fact(C, "total", "growth", -2.3, "percent", JAN_OCT, "2.3", BR_TOTAL, partner="Brazil"),
        fact(C, "exports", "growth", 12.4, "percent", JAN_OCT, "12.4", BR_EXP, partner="Brazil"),
        fact(C, "exports", "value", 61.8e9, "USD", JAN_OCT, "61.8 billion", BR_EXP, partner="Brazil"),
        fact(C, "imports", "growth", -10.3, "percent", JAN_OCT, "10.3", BR_IMP, partner="Brazil"),
        fact(C, "imports", "value", 89.5e9, "USD", JAN_OCT, "89.5 billion", BR_IMP, partner="Brazil"),
        fact(C, "imports", "quantity", 71.6e6, "tonnes", JAN_OCT, "71.6 million", SOY, partner="Brazil",
             product="soybeans"),
        fact(C, "imports", "share", 75, "percent", JAN_OCT, "75", SOY, partner="Brazil", product="soybeans",
             qualifier="approx"),
        fact(C, "exports", "value", 75.4e9, "USD", JAN_OCT, "75.4 billion", MX_EXP, partner="Mexico"),
        fact(C, "exports", "growth", -3.2, "percent", JAN_OCT, "3.2", MX_EXP, partner="Mexico"),
        fact(C, "imports", "growth", 4.6, "percent", JAN_OCT, "4.6", MX_IMP, partner="Mexico"),
        fact(C, "imports", "value", 14.2e9, "USD", JAN_OCT, "14.2 billion", MX_IMP, partner="Mexico"),
        fact(C, "total", "growth", 5.1, "percent", JAN_OCT, "5.1", CHILE, partner="Chile"),
        fact(C, "total", "value", 55.8e9, "USD", JAN_OCT, "55.8 billion", CHILE, partner="Chile"),
        fact(C, "imports", "growth", 21.7, "percent", JAN_OCT, "21.7", PERU, partner="Peru"),
        fact(C, "imports", "value", 31.9e9, "USD", JAN_OCT, "31.9 billion", PERU, partner="Peru"),
        fact(C, "imports", "growth", 28.4, "percent", JAN_OCT, "28.4", ARG, partner="Argentina"),
        fact(C, "imports", "value", 9.7e9, "USD", JAN_OCT, "9.7 billion", ARG, partner="Argentina"),
        fact(C, "exports", "growth", 18.5, "percent", JAN_OCT, "18.5", CARS, partner=LA, product="cars"),
        fact(C, "exports", "value", 19.7e9, "USD", JAN_OCT, "19.7 billion", CARS, partner=LA, product="cars"),
    ],
}
