from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
YTD22 = period(2022, 1, 11)
KR = "South Korea"
E_X = "Outbound shipments climbed 8.4 percent on-year to US$61.04 billion last month"
E_M = "Imports went up 1.2 percent to $51.30 billion, leaving a trade surplus of $9.73 billion"
E_CHIP = "exports of semiconductors soared 38.6 percent to $17.26 billion"
E_AUTO = "Automobile exports rebounded 13.7 percent to $6.41 billion"
E_PETRO = ("petroleum products and petrochemicals declined 10.3 percent and 14.1 percent, respectively, amid low oil "
           "prices and a global supply glut")
E_STEEL = "Steel exports slid 16 percent to $2.3 billion"
E_CN = ("exports to China, South Korea's largest export market, rose 6.9 percent to $12.07 billion, backed by chips "
        "and petroleum products")
E_US = "Shipments to the United States edged down 0.2 percent to $10.35 billion"
E_REG = ("Exports to the 10-member Association of Southeast Asian Nations (ASEAN) increased 6.3 percent, and those to "
         "Japan 4.1 percent, while exports to the European Union fell 1.9 percent.")
E_YTD = ("For the January-November period, exports grew 2.9 percent on-year to $640.2 billion, topping the previous "
         "record for the period of $628.7 billion set in 2022, and the trade surplus came to $66.07 billion.")
E_YTD_ITEMS = "Cumulative chip exports reached $152.6 billion in the 11 months, and car exports $66.04 billion"

ARTICLE = {
    "id": "dAN2_03_korea_exports_nov_2025",
    "title": "S. Korea's Nov. exports jump 8.4 pct on record chip sales",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Publisher and date from the dateline 'SEJONG, Dec. 1 (Yonhap)'; 'last month' and November are November 2025.",
        "Korean customs figures are goods only: product null for totals; named items in the text's words (semiconductors, automobile, ships, petroleum products, petrochemicals, steel; 'chip' and 'car' for the cumulative figures).",
        "Headline 8.4 pct restates the body's export growth: labelled once with body evidence.",
        "Streaks ('sixth consecutive month', '10 months in a row'), 'highest figure for any November', 'largest in eight years', 'biggest monthly amount on record', 'records for the period': milestones, out.",
        "'October's 3.5 percent rise': October 2025 export growth, yoy.",
        "Average daily exports ($2.71 billion, up 13.3 percent): per-working-day averages, out of scope per the spec.",
        "Tariff rates (15 percent, 25 percent, 50 percent): out. 'If December exports reach $59.8 billion ... surpass $700 billion': conditional projection and milestone, out. '10-member' ASEAN: not a trade figure.",
        "Chips 'accounted for 28.3 percent of total exports': share of exports, product semiconductors.",
        "Respectively list: petroleum products -10.3, petrochemicals -14.1 ('declined' governs both). 'Ship exports fell 4.6 percent': product 'ships'.",
        "'China, South Korea's largest export market': exports rank 1 with partner China, November 2025 (China's $12.07 billion tops the US's $10.35 billion).",
        "'those to Japan 4.1 percent': inherits 'increased', +4.1; EU 'fell 1.9 percent' -> -1.9.",
        "January-November 2025: exports growth 2.9 and value $640.2 billion, surplus $66.07 billion; '$628.7 billion set in 2022' is the previous record for the same period, so exports value for January-November 2022 (period 2022-01/2022-11).",
        "Cumulative chip and car exports ($152.6 billion, $66.04 billion) for January-November 2025.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4", E_X),
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion", E_X),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2", E_M),
        fact(KR, "imports", "value", 51.30e9, "USD", NOV, "51.30 billion", E_M),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion", E_M),
        fact(KR, "exports", "growth", 3.5, "percent", OCT, "3.5", "The November gain was sharper than October's 3.5 percent rise."),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "Chips accounted for 28.3 percent of total exports.", product="semiconductors"),
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", -4.6, "percent", NOV, "4.6", "Ship exports fell 4.6 percent due to a high base effect",
             product="ships"),
        fact(KR, "exports", "growth", -10.3, "percent", NOV, "10.3", E_PETRO, product="petroleum products"),
        fact(KR, "exports", "growth", -14.1, "percent", NOV, "14.1", E_PETRO, product="petrochemicals"),
        fact(KR, "exports", "growth", -16, "percent", NOV, "16", E_STEEL, product="steel"),
        fact(KR, "exports", "value", 2.3e9, "USD", NOV, "2.3 billion", E_STEEL, product="steel"),
        fact(KR, "exports", "rank", 1, "number", NOV, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9", E_CN, partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOV, "12.07 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2", E_US, partner="United States"),
        fact(KR, "exports", "value", 10.35e9, "USD", NOV, "10.35 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", 6.3, "percent", NOV, "6.3", E_REG, partner="ASEAN"),
        fact(KR, "exports", "growth", 4.1, "percent", NOV, "4.1", E_REG, partner="Japan"),
        fact(KR, "exports", "growth", -1.9, "percent", NOV, "1.9", E_REG, partner="European Union"),
        fact(KR, "exports", "growth", 2.9, "percent", YTD, "2.9", E_YTD),
        fact(KR, "exports", "value", 640.2e9, "USD", YTD, "640.2 billion", E_YTD),
        fact(KR, "exports", "value", 628.7e9, "USD", YTD22, "628.7 billion", E_YTD),
        fact(KR, "balance", "value", 66.07e9, "USD", YTD, "66.07 billion", E_YTD),
        fact(KR, "exports", "value", 152.6e9, "USD", YTD, "152.6 billion", E_YTD_ITEMS, product="chips"),
        fact(KR, "exports", "value", 66.04e9, "USD", YTD, "66.04 billion", E_YTD_ITEMS, product="cars"),
    ],
}
