from _fact import fact, period

OCT = period(2025, 10)
YTD = period(2025, 1, 10)
KR = "South Korea"
E_EXP = "The Ministry of Trade, Industry and Energy put October exports at US$59.57 billion, a 3.6 percent increase"
E_IMP = "With imports 1.5 percent lower than a year before at $53.52 billion, the trade balance showed a $6.06 billion surplus"
E_CHIP = ("Semiconductors, the country's top export item, led the gains: overseas sales jumped 25.4 percent from a year "
          "earlier to $15.73 billion")
E_SHARE = "Chips made up 26.4 percent of all exports in the month."
E_SHIP = "sending ship exports up 131.2 percent, to $4.69 billion, more than double the year-earlier level"
E_OIL = "Petroleum product exports grew 1.9 percent to $4.12 billion."
E_CAR = "their exports fell 10.5 percent to $5.55 billion"
E_RESP = ("Auto parts, steel and general machinery saw drops of 18.9 percent, 21.5 percent and 16.1 percent, "
          "respectively.")
E_CN = "sales to China, South Korea's largest trading partner, dropped 4.7 percent to $11.2 billion"
E_US = "those to the United States sank 16.2 percent to $8.75 billion"
E_ASEAN = ("Exports to the Association of Southeast Asian Nations (ASEAN) rose 4.2 percent from a year earlier to $10.1 "
           "billion, whereas exports to the European Union fell 4.9 percent to $5.3 billion.")
E_YTD = "Exports for January through October totaled $579.35 billion, 2.3 percent more than a year earlier."

ARTICLE = {
    "id": "dAM2_03_korea_exports_oct_2025",
    "title": "Record chip shipments lift S. Korea's October exports 3.6 pct despite fewer working days",
    "publisher": "Yonhap",
    "published": "2025-11-01",
    "notes": [
        "Dateline 'SEJONG, Nov. 1 (Yonhap)', figures 'released Saturday': published 2025-11-01; October is 2025-10.",
        "Headline 3.6 pct is the body's October export growth: labelled once.",
        "'a fifth month running', 'in the black every month since February', 'the first decline in five months', 'the highest total ever recorded for an October', 'an October record': streaks and milestones, out.",
        "Trade surplus $6.06 billion labelled as stated (59.57 - 53.52 = 6.05; the ministry's unrounded figures give 6.06).",
        "Working days (20, 22) are not trade figures; average daily exports ($2.98 billion, 14 percent) are per-working-day averages: out.",
        "Semiconductors 'the country's top export item': exports rank 1, product semiconductors, October; share 26.4 of total exports ('Chips' = semiconductors).",
        "Ships 'up 131.2 percent ... more than double the year-earlier level': the exact rate only (threshold and exact figure for one observation); years 2022 and 2023 out.",
        "Respectively list: auto parts -18.9, steel -21.5, general machinery -16.1 ('drops' governs all three).",
        "'Just four of the 15 main export products grew from a year earlier': counts of products, not trading enterprises or partners: out.",
        "China 'South Korea's largest trading partner': total rank 1, partner China, October.",
        "'exports to the European Union fell 4.9 percent to $5.3 billion': exports to the EU.",
        "January-October exports: value 579.35e9 and growth 2.3 yoy, period 2025-01..2025-10.",
        "Tariff rates (15 percent, 25 percent), the US$350 billion investment package and the ministry's expectation of exports topping $700 billion for the year (a forecast): out.",
    ],
    "facts": [
        fact(KR, "exports", "value", 59.57e9, "USD", OCT, "59.57 billion", E_EXP),
        fact(KR, "exports", "growth", 3.6, "percent", OCT, "3.6", E_EXP),
        fact(KR, "imports", "growth", -1.5, "percent", OCT, "1.5", E_IMP),
        fact(KR, "imports", "value", 53.52e9, "USD", OCT, "53.52 billion", E_IMP),
        fact(KR, "balance", "value", 6.06e9, "USD", OCT, "6.06 billion", E_IMP),
        fact(KR, "exports", "rank", 1, "number", OCT, "top", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 25.4, "percent", OCT, "25.4", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 15.73e9, "USD", OCT, "15.73 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 26.4, "percent", OCT, "26.4", E_SHARE, product="semiconductors"),
        fact(KR, "exports", "growth", 131.2, "percent", OCT, "131.2", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 4.69e9, "USD", OCT, "4.69 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 1.9, "percent", OCT, "1.9", E_OIL, product="petroleum products"),
        fact(KR, "exports", "value", 4.12e9, "USD", OCT, "4.12 billion", E_OIL, product="petroleum products"),
        fact(KR, "exports", "growth", -10.5, "percent", OCT, "10.5", E_CAR, product="automobiles"),
        fact(KR, "exports", "value", 5.55e9, "USD", OCT, "5.55 billion", E_CAR, product="automobiles"),
        fact(KR, "exports", "growth", -18.9, "percent", OCT, "18.9", E_RESP, product="auto parts"),
        fact(KR, "exports", "growth", -21.5, "percent", OCT, "21.5", E_RESP, product="steel"),
        fact(KR, "exports", "growth", -16.1, "percent", OCT, "16.1", E_RESP, product="general machinery"),
        fact(KR, "total", "rank", 1, "number", OCT, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", -4.7, "percent", OCT, "4.7", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.2e9, "USD", OCT, "11.2 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -16.2, "percent", OCT, "16.2", E_US, partner="United States"),
        fact(KR, "exports", "value", 8.75e9, "USD", OCT, "8.75 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", 4.2, "percent", OCT, "4.2", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.1e9, "USD", OCT, "10.1 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", -4.9, "percent", OCT, "4.9", E_ASEAN, partner="European Union"),
        fact(KR, "exports", "value", 5.3e9, "USD", OCT, "5.3 billion", E_ASEAN, partner="European Union"),
        fact(KR, "exports", "growth", 99.0, "percent", OCT, "99.0",
             "push shipments to Latin America up 99.0 percent", partner="Latin America"),
        fact(KR, "exports", "value", 579.35e9, "USD", YTD, "579.35 billion", E_YTD),
        fact(KR, "exports", "growth", 2.3, "percent", YTD, "2.3", E_YTD),
    ],
}
