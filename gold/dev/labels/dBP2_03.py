from _fact import fact, period

KR = "South Korea"
NOV = period(2026, 11)
NOV25 = period(2025, 11)
YTD = period(2026, 1, 11)
US = "United States"

E_EXP = "exports last month came to $64.72 billion, up 6.0 percent from $61.04 billion a year earlier"
E_IMP = "With imports up 8.0 percent at $55.38 billion"
E_CHIP = ("Overseas sales of chips brought in $21.37 billion in November, 23.8 percent more than a year earlier, and "
          "made up 33.0 percent of all outbound shipments")
E_SHIP = "Exports of ships soared 41.2 percent to $3.05 billion"
E_CAR = "car exports fell 4.5 percent to $6.12 billion"
E_PETRO = ("petrochemicals brought in $2.71 billion, down 11.4 percent, and petroleum products $3.02 billion, down "
           "7.9 percent")
E_CN = ("China remained the country's biggest export market, taking $12.84 billion worth of Korean goods, 6.4 "
        "percent more than a year earlier")
E_US = "U.S.-bound shipments shrank 3.2 percent to $10.02 billion"
E_ASEAN = "Exports to the Association of Southeast Asian Nations (ASEAN) climbed 9.7 percent to $10.45 billion"
E_EU = "shipments to the European Union edged up 2.1 percent to $5.83 billion"
E_EN = "Energy imports, including crude oil, gas and coal, fell 8.6 percent to $7.97 billion in November"
E_YTD = ("For the first 11 months of this year, exports totaled $681.8 billion, 6.5 percent more than a year earlier, "
         "while imports came to $601.3 billion, bringing the cumulative trade surplus to $80.5 billion")

ARTICLE = {
    "id": "dBP2_03",
    "title": "(LEAD) Chip demand lifts S. Korea's exports 9.3 pct over first 20 days of December",
    "publisher": "Yonhap",
    "published": "2026-12-21",
    "notes": [
        "Real figures: November 2025 exports of $61.04 billion (stated here as the year-earlier base; real, from "
        "the trade ministry's release of Dec. 1, 2025). Modelled on Yonhap's 20-day and monthly stories; the "
        "November 2026 growth rates are applied to the real November 2025 bases (semiconductors $17.26 billion, cars "
        "$6.41 billion, petroleum products $3.28 billion, petrochemicals $3.06 billion, China $12.07 billion, US "
        "$10.35 billion, imports $51.3 billion, energy imports $8.72 billion, January-November exports $640.2 "
        "billion), which the article does not state. Invented: every 2026 figure and all December 1-20 figures. "
        "Derived and checked: 64.72 - 55.38 = 9.34; 64.72/61.04 = +6.0%; 21.37/64.72 = 33.0%; 681.8 - 601.3 = 80.5; "
        "20-day 41.8 - 38.5 = 3.3 and 41.8/38.24 = +9.3%, 41.8/16 = 2.61.",
        "Judgement calls: 'last month' = November 2026 (published 2026-12-21). Products in the text's words: "
        "'chips', 'ships', 'cars', 'petrochemicals', 'petroleum products', 'energy'. 'biggest export market' is an "
        "exports rank 1 for China in November 2026. 'the first 11 months of this year' = January-November 2026. "
        "The $61.04 billion base is a separate fact for November 2025. ASEAN written out in the text with its "
        "acronym; partner 'ASEAN'.",
        "Not facts: every December 1-20 figure (9.3 percent in headline and lead, $41.8 billion, $38.24 billion, "
        "31.2, 4.1, 60.3, 6.2, 1.8 percent, imports $38.5 billion and 3.7 percent, the $3.3 billion surplus: part of "
        "a month); daily averages ($2.61 billion, 2.5 percent, November's $2.88 billion: per-working-day averages); "
        "16 working days; the January 1-December 20 cumulative $723.6 billion (ends mid-month) and the $740 billion "
        "milestone/forecast; the 15 percent U.S. tariff; 'Asia's fourth-largest economy' (not a trade rank); the "
        "year 2025.",
        "Copy check: 10 sentences searched (headline, lead, daily-average sentence, November exports sentence, "
        "chip share, ships/cars, petrochemicals list, destinations, first 11 months, ministry quote), 7 reworded "
        "(lead, 20-day outbound 'compared with ... according to the Korea Customs Service' skeleton, daily-average "
        "sentence, 20-day imports 'resulting in a trade surplus' skeleton, November 'Outbound shipments reached ... "
        "last month' skeleton, November imports sentence, 'By destination, exports to China ...' skeleton).",
        "Second check: 22 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 64.72e9, "USD", NOV, "$64.72 billion", E_EXP),
        fact(KR, "exports", "growth", 6.0, "percent", NOV, "6.0", E_EXP),
        fact(KR, "exports", "value", 61.04e9, "USD", NOV25, "$61.04 billion", E_EXP),
        fact(KR, "imports", "value", 55.38e9, "USD", NOV, "$55.38 billion", E_IMP),
        fact(KR, "imports", "growth", 8.0, "percent", NOV, "8.0", E_IMP),
        fact(KR, "balance", "value", 9.34e9, "USD", NOV, "$9.34 billion",
             "the monthly trade surplus came to $9.34 billion"),
        fact(KR, "exports", "value", 21.37e9, "USD", NOV, "$21.37 billion", E_CHIP, product="chips"),
        fact(KR, "exports", "growth", 23.8, "percent", NOV, "23.8", E_CHIP, product="chips"),
        fact(KR, "exports", "share", 33.0, "percent", NOV, "33.0", E_CHIP, product="chips"),
        fact(KR, "exports", "growth", 41.2, "percent", NOV, "41.2", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 3.05e9, "USD", NOV, "$3.05 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", -4.5, "percent", NOV, "4.5", E_CAR, product="cars"),
        fact(KR, "exports", "value", 6.12e9, "USD", NOV, "$6.12 billion", E_CAR, product="cars"),
        fact(KR, "exports", "growth", -11.4, "percent", NOV, "11.4", E_PETRO, product="petrochemicals"),
        fact(KR, "exports", "growth", -7.9, "percent", NOV, "7.9", E_PETRO, product="petroleum products"),
        fact(KR, "exports", "value", 2.71e9, "USD", NOV, "$2.71 billion", E_PETRO, product="petrochemicals"),
        fact(KR, "exports", "value", 3.02e9, "USD", NOV, "$3.02 billion", E_PETRO, product="petroleum products"),
        fact(KR, "exports", "value", 12.84e9, "USD", NOV, "$12.84 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", 6.4, "percent", NOV, "6.4", E_CN, partner="China"),
        fact(KR, "exports", "rank", 1, "number", NOV, "biggest", "China remained the country's biggest export market",
             partner="China"),
        fact(KR, "exports", "value", 10.02e9, "USD", NOV, "$10.02 billion", E_US, partner=US),
        fact(KR, "exports", "growth", -3.2, "percent", NOV, "3.2", E_US, partner=US),
        fact(KR, "exports", "value", 10.45e9, "USD", NOV, "$10.45 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 9.7, "percent", NOV, "9.7", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 5.83e9, "USD", NOV, "$5.83 billion", E_EU, partner="European Union"),
        fact(KR, "exports", "growth", 2.1, "percent", NOV, "2.1", E_EU, partner="European Union"),
        fact(KR, "imports", "growth", -8.6, "percent", NOV, "8.6", E_EN, product="energy"),
        fact(KR, "imports", "value", 7.97e9, "USD", NOV, "$7.97 billion", E_EN, product="energy"),
        fact(KR, "exports", "value", 681.8e9, "USD", YTD, "$681.8 billion", E_YTD),
        fact(KR, "exports", "growth", 6.5, "percent", YTD, "6.5", E_YTD),
        fact(KR, "imports", "value", 601.3e9, "USD", YTD, "$601.3 billion", E_YTD),
        fact(KR, "balance", "value", 80.5e9, "USD", YTD, "$80.5 billion", E_YTD),
    ],
}
