from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
YTD22 = period(2022, 1, 11)
KR = "South Korea"
E_X = "Last month's outbound shipments totaled US$61.04 billion, 8.4 percent more than a year earlier"
E_M = "With imports rising 1.2 percent to $51.30 billion, the country ran a trade surplus of $9.73 billion"
E_CHIP = "semiconductors led with a 38.6 percent increase to $17.26 billion"
E_AUTO = "Automobile shipments bounced back 13.7 percent to $6.41 billion"
E_PETRO = ("petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively, hurt by cheap oil "
           "and oversupply worldwide")
E_STEEL = "Steel exports lost 16 percent to $2.3 billion"
E_CN = ("shipments to China, South Korea's largest export market, grew 6.9 percent to $12.07 billion on chips and "
        "petroleum products")
E_US = "Exports to the United States slipped 0.2 percent to $10.35 billion"
E_REG = ("Sales to the 10-member Association of Southeast Asian Nations (ASEAN) rose 6.3 percent and those to Japan "
         "4.1 percent, but exports to the European Union dropped 1.9 percent.")
E_YTD = ("Exports in the first 11 months rose 2.9 percent from a year earlier to $640.2 billion, beating the previous "
         "January-November record of $628.7 billion from 2022, while the cumulative trade surplus reached $66.07 billion.")
E_YTD_ITEMS = "chip exports hit $152.6 billion and car exports $66.04 billion"

ARTICLE = {
    "id": "dAN2_03_korea_exports_nov_2025",
    "title": "S. Korea's exports up 8.4 pct in Nov. as chip shipments set record",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Publisher and date from the dateline 'SEJONG, Dec. 1 (Yonhap)'; 'last month' and November are November 2025.",
        "Korean customs figures are goods only: product null for totals; named items in the text's words (semiconductors, automobile, ship, petroleum products, petrochemicals, steel; 'chip' and 'car' for the cumulative figures).",
        "Headline 8.4 pct restates the body's export growth: labelled once with body evidence.",
        "Streaks ('sixth straight monthly increase', '10 straight months'), 'largest November figure on record', 'biggest in eight years', 'highest for any month', 'a record for the period': milestones, out.",
        "'a 3.5 percent rise in October': October 2025 export growth, yoy.",
        "Average daily exports ($2.71 billion, up 13.3 percent): per-working-day averages, out of scope per the spec.",
        "Tariff rates (15 percent, 25 percent, 50 percent): out. 'top $700 billion ... if December shipments reach $59.8 billion': conditional projection and milestone, out. '10-member' ASEAN: not a trade figure.",
        "Chips 'made up 28.3 percent of all exports': share of exports, product semiconductors.",
        "Respectively list: petroleum products -10.3, petrochemicals -14.1 ('fell' governs both). 'Ship exports dropped 4.6 percent': product 'ships'.",
        "'China, South Korea's largest export market': exports rank 1 with partner China, November 2025 (China's $12.07 billion tops the US's $10.35 billion).",
        "'those to Japan 4.1 percent': inherits 'rose', +4.1; EU 'dropped 1.9 percent' -> -1.9.",
        "January-November 2025: exports growth 2.9 and value $640.2 billion, surplus $66.07 billion; '$628.7 billion from 2022' is the previous January-November record, so exports value for January-November 2022 (period 2022-01/2022-11).",
        "Cumulative chip and car exports ($152.6 billion, $66.04 billion) for January-November 2025.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4", E_X),
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion", E_X),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2", E_M),
        fact(KR, "imports", "value", 51.30e9, "USD", NOV, "51.30 billion", E_M),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion", E_M),
        fact(KR, "exports", "growth", 3.5, "percent", OCT, "3.5", "Growth picked up from a 3.5 percent rise in October."),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "Chips made up 28.3 percent of all exports.", product="semiconductors"),
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", -4.6, "percent", NOV, "4.6", "Ship exports dropped 4.6 percent from a high year-earlier base",
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
