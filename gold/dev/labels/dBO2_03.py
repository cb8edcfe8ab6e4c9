from _fact import fact, period

KR = "South Korea"
NOV = period(2026, 11)
JN = period(2026, 1, 11)
US = "United States"

E_EXP = "Exports reached $65.19 billion last month, 6.8 percent more than in November 2025"
E_IMP = "With imports up 4.1 percent at $53.42 billion, the country's trade balance showed an $11.77 billion surplus"
E_CHIP = "Semiconductor shipments hit a monthly record of $21.51 billion, 24.6 percent more than a year earlier"
E_SHARE = "Chips accounted for 33.0 percent of the country's total exports"
E_MEM = "Memory chips made up $14.06 billion of that amount, up 31.5 percent"
E_CAR = "Car exports fell 5.3 percent to $5.62 billion"
E_PET = "petrochemical shipments slid 9.1 percent to $3.48 billion"
E_SHIP = "Ship exports, by contrast, jumped 41.7 percent to $3.05 billion"
E_CN = "China stayed South Korea's largest export market, taking $12.37 billion of its goods, 4.2 percent more than a year earlier"
E_US = "Shipments to the United States, the second-largest, declined 3.6 percent to $10.41 billion"
E_ASEAN = "Exports to the Association of Southeast Asian Nations (ASEAN) increased 9.8 percent to $10.12 billion"
E_EN = "purchases of energy, including crude oil, gas and coal, fell 7.4 percent to $9.86 billion"
E_JN = "For the January-November period, exports totaled $667.8 billion, up 5.1 percent from the same period last year"
E_JN2 = "Imports came to $584.2 billion, bringing the cumulative surplus to $83.6 billion"

ARTICLE = {
    "id": "dBO2_03",
    "title": "(LEAD) S. Korea's Nov. exports up 6.8 pct on record chip sales",
    "publisher": "Yonhap",
    "published": "2026-12-01",
    "notes": [
        "Real figures: none for 2026 (November 2026 has not happened). Modelled on real November 2025 data as reported "
        "by Yonhap/Korea Herald: exports $61.04 billion (so +6.8% gives $65.19 billion), imports $51.3 billion (+4.1% "
        "gives $53.42 billion), chips $17.26 billion (+24.6% gives $21.51 billion). Invented: every other November 2026 "
        "figure, the working days and the January-November 2026 totals. Derived: 65.19 - 53.42 = 11.77; 21.51 / 65.19 "
        "= 33.0%; 667.8 - 584.2 = 83.6; per-day average 65.19 / 23.5 = 2.77 (not labelled).",
        "Judgement calls: the headline's '6.8 pct' is the same observation as the body's and is labelled once with the "
        "body evidence; '6.8 percent more than in November 2025' is yoy growth for 2026-11 (November 2025 is the "
        "comparison base, not the period); 'Chips accounted for 33.0 percent' is a share with product 'semiconductors' "
        "(the same category as the sentence before); 'Memory chips made up $14.06 billion of that amount' is a "
        "memory-chip export value (an 'of which' construction); 'largest export market' and 'the second-largest' are "
        "export ranks 1 and 2 for China and the United States; January-November imports and surplus take their period "
        "from the preceding sentence; energy imports use product 'energy'.",
        "Not facts: 23.5 working days and 'one more' (working days); average daily exports of $2.77 billion and their "
        "2.2 percent rise (per-working-day averages, out of scope); '10' of '15 major export items' (conditional count); "
        "the $720 billion annual exports expectation (forecast); the 15 percent and 50 percent U.S. tariffs (tariff "
        "rates); '18th month in a row', '22 months in a row', 'a monthly record' (streaks, milestones); 2025 (a year).",
        "Copy check: 9 searches covering 11 sentences (lead; exports with imports/surplus; chips; cars/petrochemicals/ships; "
        "China/U.S.; ASEAN with energy imports; working days with daily average; January-November; quote); 4 sentences "
        "reworded (lead, exports, imports/surplus, chips) because Yonhap/Korea Herald sentences had the same clause order "
        "and wording.",
        "Second check: 24 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 65.19e9, "USD", NOV, "$65.19 billion", E_EXP),
        fact(KR, "exports", "growth", 6.8, "percent", NOV, "6.8", E_EXP),
        fact(KR, "imports", "value", 53.42e9, "USD", NOV, "$53.42 billion", E_IMP),
        fact(KR, "imports", "growth", 4.1, "percent", NOV, "4.1", E_IMP),
        fact(KR, "balance", "value", 11.77e9, "USD", NOV, "$11.77 billion", E_IMP),
        fact(KR, "exports", "value", 21.51e9, "USD", NOV, "$21.51 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 24.6, "percent", NOV, "24.6", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 33.0, "percent", NOV, "33.0", E_SHARE, product="semiconductors"),
        fact(KR, "exports", "value", 14.06e9, "USD", NOV, "$14.06 billion", E_MEM, product="memory chips"),
        fact(KR, "exports", "growth", 31.5, "percent", NOV, "31.5", E_MEM, product="memory chips"),
        fact(KR, "exports", "value", 5.62e9, "USD", NOV, "$5.62 billion", E_CAR, product="cars"),
        fact(KR, "exports", "growth", -5.3, "percent", NOV, "5.3", E_CAR, product="cars"),
        fact(KR, "exports", "value", 3.48e9, "USD", NOV, "$3.48 billion", E_PET, product="petrochemicals"),
        fact(KR, "exports", "growth", -9.1, "percent", NOV, "9.1", E_PET, product="petrochemicals"),
        fact(KR, "exports", "value", 3.05e9, "USD", NOV, "$3.05 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 41.7, "percent", NOV, "41.7", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 12.37e9, "USD", NOV, "$12.37 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", 4.2, "percent", NOV, "4.2", E_CN, partner="China"),
        fact(KR, "exports", "rank", 1, "number", NOV, "largest", E_CN, partner="China"),
        fact(KR, "exports", "value", 10.41e9, "USD", NOV, "$10.41 billion", E_US, partner=US),
        fact(KR, "exports", "growth", -3.6, "percent", NOV, "3.6", E_US, partner=US),
        fact(KR, "exports", "rank", 2, "number", NOV, "second-largest", E_US, partner=US),
        fact(KR, "exports", "value", 10.12e9, "USD", NOV, "$10.12 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 9.8, "percent", NOV, "9.8", E_ASEAN, partner="ASEAN"),
        fact(KR, "imports", "value", 9.86e9, "USD", NOV, "$9.86 billion", E_EN, product="energy"),
        fact(KR, "imports", "growth", -7.4, "percent", NOV, "7.4", E_EN, product="energy"),
        fact(KR, "exports", "value", 667.8e9, "USD", JN, "$667.8 billion", E_JN),
        fact(KR, "exports", "growth", 5.1, "percent", JN, "5.1", E_JN),
        fact(KR, "imports", "value", 584.2e9, "USD", JN, "$584.2 billion", E_JN2),
        fact(KR, "balance", "value", 83.6e9, "USD", JN, "$83.6 billion", E_JN2),
    ],
}
