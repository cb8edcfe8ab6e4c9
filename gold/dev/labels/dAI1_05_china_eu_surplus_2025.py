from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)
JAN_OCT = period(2025, 1, 10)
C = "China"
EU = "European Union"

EXIM = "in 2025 shipments from China to the 27-member bloc grew 8.4 per cent year on year to US$559.8 billion, while Chinese purchases from the EU slipped 0.4 per cent to US$268.8 billion"
SURP = "China's surplus with the bloc reached US$291 billion, 18.1 per cent more than in 2024"
OVERALL = "a record total trade surplus of US$1.19 trillion"
TOTAL = "Total trade between the two sides rose 5.4 per cent to US$828.6 billion, and the EU stayed China's second-largest trading partner"
SHARE = "Last year the bloc made up 12.8 per cent of China's foreign trade."
USX = "Over the year, China's exports to America fell 20 per cent"
XSHARE = "In 2025 the EU bought 14.8 per cent of all Chinese exports, compared with 14.4 per cent the year before"
DECX = "in December, exports to the bloc climbed 11.9 per cent year on year to US$48.6 billion"
DE = "China's surplus with Germany jumped 108 per cent to US$25.3 billion"
CARS = "Passenger car imports from the EU plunged 30.2 per cent to US$14.1 billion"
BATT = "Lithium-ion battery shipments from China to the EU grew 26.3 per cent to US$28.9 billion"
BEV = "China's sales to the bloc of pure electric cars dropped 9.7 per cent to US$9.2 billion"
PHEV = "plug-in hybrid exports, which escape the additional levies, soared 142 per cent to US$4.6 billion"
MAG = "China's rare-earth magnet exports to the EU amounted to 17,830 tonnes last year"
ESTAT = "in January-October 2025 China was the source of 21.3 per cent of goods imported by the bloc"

ARTICLE = {
    "id": "dAI1_05_china_eu_surplus_2025",
    "title": "US tariffs divert Chinese goods to Europe, lifting China's EU surplus to a record",
    "publisher": "South China Morning Post",
    "published": "2026-01-20",
    "notes": [
        "SCMP analysis, no dateline; the running period is calendar 2025 ('last year' counted back from the January 2026 publication).",
        "'the bloc', 'the 27-member bloc', 'the two sides', 'the single market': partner European Union.",
        "'China's surplus with Germany': partner Germany, flow balance.",
        "'a record total trade surplus of US$1.19 trillion': China's overall 2025 balance, partner null.",
        "'China's second-largest trading partner': rank 2 for total trade with the EU. ASEAN's implied first place carries no number in the text: unlabelled.",
        "'14.4 per cent the year before': EU share of China's exports in 2024, labelled with period 2024.",
        "'China's exports to America': partner United States.",
        "'China's sales to the bloc of pure electric cars' are China's exports, product 'pure electric cars'; 'plug-in hybrid exports' likewise exports.",
        "Eurostat: 'in January-October 2025 China was the source of 21.3 per cent of goods imported by the bloc': area European Union, partner China, imports share, 2025-01..10.",
        "Out of scope, unlabelled: 'as much as 35.3 per cent' countervailing duties (tariff rate); 'about 6 per cent' yuan depreciation against the euro (exchange rate); the expected further 10 per cent widening of the surplus this year (forecast); '27-member' (not a flow); 'their lowest in over a decade' (milestone).",
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
