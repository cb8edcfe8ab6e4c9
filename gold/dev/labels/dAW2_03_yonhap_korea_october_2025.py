from _fact import fact, period

KR = "South Korea"
OCT = period(2025, 10)

E_EXP = ("put last month's exports at US$59.57 billion, a 3.6 percent increase from a year earlier")
E_IMP = "With imports down 1.5 percent on-year at $53.52 billion, the trade balance showed a $6.06 billion surplus"
E_CHIP = ("At $15.73 billion, chip exports were 25.4 percent higher than a year earlier "
          "and made up 26.4 percent of total outbound shipments")
E_MEM = "Shipments of memory chips alone soared 48 percent to $10.9 billion"
E_SHIP = "sent ship exports up 131.2 percent to $4.69 billion"
E_OIL = "Petroleum products edged up 2.1 percent to $4.03 billion"
E_RESP = ("Outbound shipments of automobiles, auto parts, steel, general machinery and home appliances declined "
          "10.5 percent, 18.9 percent, 21.5 percent, 16.1 percent and 19.8 percent, respectively")
E_US = "dragged exports to the United States down 16.2 percent to $8.76 billion"
E_CN = "Exports to China, South Korea's largest trading partner, slipped 6.1 percent to $10.98 billion"
E_ASEAN = "those to the Association of Southeast Asian Nations (ASEAN) declined 5.3 percent to $9.37 billion"
E_YTD = "For the first 10 months of the year, exports totaled $579.2 billion, up 2.3 percent from the same period last year"

ARTICLE = {
    "id": "dAW2_03_yonhap_korea_october_2025",
    "title": "(LEAD) S. Korea's exports up 3.6 pct in Oct. on record chip sales despite Chuseok holiday",
    "publisher": "Yonhap",
    "published": "2025-11-01",
    "notes": [
        "Totals, chips, memory, ships, offshore plants, the five declining items, cars ($5.5 billion), the U.S. decline, Latin America and the January-October total follow real reporting of the ministry's October 2025 release; the petroleum-product, China and ASEAN figures and the U.S. dollar value are illustrative (the release said only that those regions fell and petroleum products grew). The quote is composed. The story text is my own.",
        "'last month' in a story dated 2025-11-01 is October 2025; every monthly fact is period 2025-10 and basis yoy ('from a year earlier', 'on-year').",
        "Area South Korea is carried from the lead into sentences that name no economy ('chip exports', 'Petroleum products', 'exports to the United States').",
        "'made up 26.4 percent of total outbound shipments' is the share of chips in total exports: exports share, product 'chips' (the evidence's own word; the paragraph opens with 'Semiconductors').",
        "The 'respectively' list is split into five growth facts, one per item, matched by order: automobiles -10.5, auto parts -18.9, steel -21.5, general machinery -16.1, home appliances -19.8.",
        "'Car exports came to $5.5 billion' is the value for the same category whose growth is given as 'automobiles'; product follows each sentence's own word ('cars').",
        "'Offshore plants made up $2.47 billion of the total' is a value of offshore-plant exports (product 'offshore plants'), a part of ship exports.",
        "'nearly doubled with a 99 percent jump' to Latin America: one growth fact of 99, qualifier exact (the 'nearly' qualifies 'doubled', not the 99).",
        "Partner ASEAN is written out in the text ('Association of Southeast Asian Nations (ASEAN)'); partner label 'ASEAN'.",
        "'For the first 10 months of the year' is period 2025-01..2025-10.",
        "Not labelled as ranks: 'the country's top export item' and 'South Korea's largest trading partner' (no ordinal number written).",
        "Out of scope, not labelled: average daily exports ($2.98 billion, up 14 percent: per-working-day figures); working days (20, 22); streaks and milestones ('fifth month in a row', 'extended the growth streak to eight months', 'largest in 99 months', 'highest for the period'); counts of export items and regions ('four among the 15 major export items', 'two of the nine major regions'), which are not counts of trading partners or enterprises; the $700 billion annual forecast; tariff rates (15 and 25 percent); years 2022 and 2023.",
    ],
    "facts": [
        fact(KR, "exports", "value", 59.57e9, "USD", OCT, "59.57 billion", E_EXP),
        fact(KR, "exports", "growth", 3.6, "percent", OCT, "3.6", E_EXP),
        fact(KR, "imports", "growth", -1.5, "percent", OCT, "1.5", E_IMP),
        fact(KR, "imports", "value", 53.52e9, "USD", OCT, "53.52 billion", E_IMP),
        fact(KR, "balance", "value", 6.06e9, "USD", OCT, "6.06 billion", E_IMP),
        fact(KR, "exports", "growth", 25.4, "percent", OCT, "25.4", E_CHIP, product="chips"),
        fact(KR, "exports", "value", 15.73e9, "USD", OCT, "15.73 billion", E_CHIP, product="chips"),
        fact(KR, "exports", "share", 26.4, "percent", OCT, "26.4", E_CHIP, product="chips"),
        fact(KR, "exports", "growth", 48, "percent", OCT, "48", E_MEM, product="memory chips"),
        fact(KR, "exports", "value", 10.9e9, "USD", OCT, "10.9 billion", E_MEM, product="memory chips"),
        fact(KR, "exports", "growth", 131.2, "percent", OCT, "131.2", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 4.69e9, "USD", OCT, "4.69 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 2.47e9, "USD", OCT, "2.47 billion",
             "Offshore plants made up $2.47 billion of the total", product="offshore plants"),
        fact(KR, "exports", "growth", 2.1, "percent", OCT, "2.1", E_OIL, product="petroleum products"),
        fact(KR, "exports", "value", 4.03e9, "USD", OCT, "4.03 billion", E_OIL, product="petroleum products"),
        fact(KR, "exports", "growth", -10.5, "percent", OCT, "10.5", E_RESP, product="automobiles"),
        fact(KR, "exports", "growth", -18.9, "percent", OCT, "18.9", E_RESP, product="auto parts"),
        fact(KR, "exports", "growth", -21.5, "percent", OCT, "21.5", E_RESP, product="steel"),
        fact(KR, "exports", "growth", -16.1, "percent", OCT, "16.1", E_RESP, product="general machinery"),
        fact(KR, "exports", "growth", -19.8, "percent", OCT, "19.8", E_RESP, product="home appliances"),
        fact(KR, "exports", "value", 5.5e9, "USD", OCT, "5.5 billion", "Car exports came to $5.5 billion", product="cars"),
        fact(KR, "exports", "growth", 99, "percent", OCT, "99",
             "Exports to Latin America nearly doubled with a 99 percent jump", partner="Latin America"),
        fact(KR, "exports", "growth", -16.2, "percent", OCT, "16.2", E_US, partner="United States"),
        fact(KR, "exports", "value", 8.76e9, "USD", OCT, "8.76 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", -6.1, "percent", OCT, "6.1", E_CN, partner="China"),
        fact(KR, "exports", "value", 10.98e9, "USD", OCT, "10.98 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -5.3, "percent", OCT, "5.3", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 9.37e9, "USD", OCT, "9.37 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 579.2e9, "USD", period(2025, 1, 10), "579.2 billion", E_YTD),
        fact(KR, "exports", "growth", 2.3, "percent", period(2025, 1, 10), "2.3", E_YTD),
    ],
}
