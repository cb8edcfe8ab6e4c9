from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)
JAN_OCT = period(2025, 1, 10)
C = "China"
EU = "European Union"

EXIM = "China's exports to the 27-member bloc rose 8.4 per cent year on year to US$559.8 billion in 2025, while imports from the EU edged down 0.4 per cent to US$268.8 billion"
SURP = "That left China with a surplus of US$291 billion with the bloc, up 18.1 per cent from 2024"
OVERALL = "a record overall trade surplus of US$1.19 trillion"
TOTAL = "Two-way trade grew 5.4 per cent to US$828.6 billion, keeping the EU as China's second-largest trading partner"
SHARE = "The bloc accounted for 12.8 per cent of China's foreign trade last year."
USX = "Chinese exports to America sank 20 per cent over the year"
XSHARE = "The EU took 14.8 per cent of China's total exports in 2025, up from 14.4 per cent a year earlier"
DECX = "Shipments to the bloc jumped 11.9 per cent from a year earlier to US$48.6 billion in December"
DE = "China's surplus with the country surged 108 per cent to US$25.3 billion"
CARS = "Imports of passenger cars from the EU slumped 30.2 per cent to US$14.1 billion"
BATT = "Chinese shipments of lithium-ion batteries to the EU rose 26.3 per cent to US$28.9 billion"
BEV = "Sales of pure electric cars to the bloc slipped 9.7 per cent to US$9.2 billion"
PHEV = "exports of plug-in hybrids, which are not subject to the extra levies, soared 142 per cent to US$4.6 billion"
MAG = "China also shipped 17,830 tonnes of rare-earth magnets to the EU last year"
ESTAT = "China supplied 21.3 per cent of the bloc's imports in the first 10 months of 2025"

ARTICLE = {
    "id": "dAI1_05_china_eu_surplus_2025",
    "title": "China's trade surplus with EU hits record as US tariffs push exports towards Europe",
    "publisher": "South China Morning Post",
    "published": "2026-01-20",
    "notes": [
        "SCMP analysis, no dateline; the running period is calendar 2025 ('last year' counted back from the January 2026 publication).",
        "'the bloc', 'the 27-member bloc', 'the single market': partner European Union.",
        "'China's surplus with the country' (after 'Germany, the bloc's largest economy'): partner Germany, flow balance.",
        "'a record overall trade surplus of US$1.19 trillion': China's overall 2025 balance, partner null.",
        "'China's second-largest trading partner': rank 2 for total trade with the EU. ASEAN's implied first place carries no number in the text: unlabelled.",
        "'14.4 per cent a year earlier': EU share of China's exports in 2024, labelled with period 2024.",
        "'Chinese exports to America': partner United States.",
        "'Sales of pure electric cars to the bloc' are China's exports, product 'pure electric cars'; 'plug-in hybrids' likewise exports.",
        "Eurostat: 'China supplied 21.3 per cent of the bloc's imports in the first 10 months of 2025': area European Union, partner China, imports share, 2025-01..10.",
        "Out of scope, unlabelled: 'up to 35.3 per cent' countervailing duties (tariff rate); 'about 6 per cent' yuan depreciation against the euro (exchange rate); the expected further 10 per cent widening of the surplus this year (forecast); '27-member' (not a flow); 'the lowest level in more than a decade' (milestone).",
    ],
    "facts": [
        fact(C, "exports", "growth", 8.4, "percent", Y25, "8.4", EXIM, partner=EU),
        fact(C, "exports", "value", 559.8e9, "USD", Y25, "559.8 billion", EXIM, partner=EU),
        fact(C, "imports", "growth", -0.4, "percent", Y25, "0.4", EXIM, partner=EU),
        fact(C, "imports", "value", 268.8e9, "USD", Y25, "268.8 billion", EXIM, partner=EU),
        fact(C, "balance", "value", 291e9, "USD", Y25, "291 billion", SURP, partner=EU),
        fact(C, "balance", "growth", 18.1, "percent", Y25, "18.1", SURP, partner=EU),
        fact(C, "balance", "value", 1.19e12, "USD", Y25, "1.19 trillion", OVERALL),
        fact(C, "total", "growth", 5.4, "percent", Y25, "5.4", TOTAL, partner=EU),
        fact(C, "total", "value", 828.6e9, "USD", Y25, "828.6 billion", TOTAL, partner=EU),
        fact(C, "total", "rank", 2, "number", Y25, "second", TOTAL, partner=EU),
        fact(C, "total", "share", 12.8, "percent", Y25, "12.8", SHARE, partner=EU),
        fact(C, "exports", "growth", -20, "percent", Y25, "20", USX, partner="United States"),
        fact(C, "exports", "share", 14.8, "percent", Y25, "14.8", XSHARE, partner=EU),
        fact(C, "exports", "share", 14.4, "percent", Y24, "14.4", XSHARE, partner=EU),
        fact(C, "exports", "growth", 11.9, "percent", DEC, "11.9", DECX, partner=EU),
        fact(C, "exports", "value", 48.6e9, "USD", DEC, "48.6 billion", DECX, partner=EU),
        fact(C, "balance", "growth", 108, "percent", Y25, "108", DE, partner="Germany"),
        fact(C, "balance", "value", 25.3e9, "USD", Y25, "25.3 billion", DE, partner="Germany"),
        fact(C, "imports", "growth", -30.2, "percent", Y25, "30.2", CARS, partner=EU, product="passenger cars"),
        fact(C, "imports", "value", 14.1e9, "USD", Y25, "14.1 billion", CARS, partner=EU, product="passenger cars"),
        fact(C, "exports", "growth", 26.3, "percent", Y25, "26.3", BATT, partner=EU, product="lithium-ion batteries"),
        fact(C, "exports", "value", 28.9e9, "USD", Y25, "28.9 billion", BATT, partner=EU, product="lithium-ion batteries"),
        fact(C, "exports", "growth", -9.7, "percent", Y25, "9.7", BEV, partner=EU, product="pure electric cars"),
        fact(C, "exports", "value", 9.2e9, "USD", Y25, "9.2 billion", BEV, partner=EU, product="pure electric cars"),
        fact(C, "exports", "growth", 142, "percent", Y25, "142", PHEV, partner=EU, product="plug-in hybrids"),
        fact(C, "exports", "value", 4.6e9, "USD", Y25, "4.6 billion", PHEV, partner=EU, product="plug-in hybrids"),
        fact(C, "exports", "quantity", 17830, "tonnes", Y25, "17,830", MAG, partner=EU, product="rare-earth magnets"),
        fact(EU, "imports", "share", 21.3, "percent", JAN_OCT, "21.3", ESTAT, partner="China"),
    ],
}
