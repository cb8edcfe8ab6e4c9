from _fact import fact, period

DEC = period(2025, 12)
NOV = period(2025, 11)
Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)

LEAD_RANK = "closing a tough year that saw China reclaim the position of Germany's biggest trading partner"
EXP = "exports by Europe's largest economy were 1.1 percent lower than in November, at 127.4 billion euros ($150.3 billion)"
IMP = "Imports, meanwhile, were 0.6 percent higher over the month at 113.9 billion euros."
BAL = "That narrowed the surplus from 15.2 billion euros in November to 13.5 billion euros."
YOY = "Set against December 2024, exports fell 2.3 percent and imports increased 3.8 percent."
US_DEC = "In December, German companies sold 10.4 billion euros' worth of goods across the Atlantic, down 3.6 percent from the month before and around 18 percent lower than a year earlier."
EU_DEC = "Shipments to fellow EU countries, the destination of most of German industry's foreign sales, declined 0.9 percent from November to 72.3 billion euros."
YEAR_EXP = "For 2025 as a whole, Destatis said, German exports dipped 0.3 percent to 1.56 trillion euros"
YEAR_IMP = "imports rose 3.1 percent to 1.36 trillion euros"
YEAR_BAL = "The full-year trade surplus thus shrank to 195.6 billion euros from 239.1 billion euros in 2024"
CHINA_TOTAL = "Last year, combined exports and imports of goods with China reached 251.4 billion euros"
US_2024 = "returning the Asian giant to the top of the ranking of Germany's trading partners, a spot the United States had occupied in 2024"
CHINA_IMP = "imports from China rising 8.6 percent to 169.7 billion euros"
US_RANK = "The United States dropped back to second place on two-way trade totalling 240.8 billion euros."
US_EXP = "German exports to the country fell 9.4 percent to 146.2 billion euros"
US_TOP = "America was still the largest single buyer of German goods"

ARTICLE = {
    "id": "dAH2_04_german_exports_december_china_top_partner",
    "title": "China regains top trade partner spot as German exports drop in December",
    "publisher": "AFP",
    "published": "2026-02-09",
    "notes": [
        "Area Germany throughout (dateline, 'German exports'); goods trade only, product null.",
        "Monthly totals and partner figures for December: basis mom where the sentence says 'lower than in November', "
        "'over the month', 'from the month before', 'from November'; the year-earlier comparisons are yoy.",
        "'($150.3 billion)': the December exports in dollars, a separate approx USD fact.",
        "'from 15.2 billion euros in November': the November surplus, labelled as its own observation (period 2025-11).",
        "'around 18 percent lower than a year earlier': US exports December yoy -18, approx.",
        "'across the Atlantic' and 'exports to the country' = partner United States; 'fellow EU countries' = European Union.",
        "'China reclaim the position of Germany's biggest trading partner' (lead) and 'to the top of the ranking' are "
        "one observation (China, total, rank 1, 2025), labelled once from the lead.",
        "'a spot the United States had occupied in 2024': US rank 1 in total trade for 2024 (value_text 'top', the "
        "spot it refers back to).",
        "'dropped back to second place on two-way trade totalling 240.8 billion euros': US total trade rank 2 and value, 2025.",
        "'America was still the largest single buyer of German goods': US rank 1 as an export destination, 2025.",
        "'last year' = 2025 (article of 2026-02-09).",
        "'Europe's largest economy' describes the size of the German economy, not a trade rank: not labelled.",
        "Out of scope, unlabelled: FactSet forecast of a 0.4 percent gain; the 15-percent US tariff; 'its lowest level "
        "since 2022' (milestone); euro's 13 percent gain against the dollar (exchange rate); BGA expectation for 2026 "
        "(forecast); GDP growth 0.2 percent and the 1.0 percent growth target; 'two years of contraction'.",
    ],
    "facts": [
        fact("Germany", "exports", "growth", -1.1, "percent", DEC, "1.1", EXP, basis="mom"),
        fact("Germany", "exports", "value", 127.4e9, "EUR", DEC, "127.4 billion", EXP),
        fact("Germany", "exports", "value", 150.3e9, "USD", DEC, "150.3 billion", EXP, qualifier="approx"),
        fact("Germany", "imports", "growth", 0.6, "percent", DEC, "0.6", IMP, basis="mom"),
        fact("Germany", "imports", "value", 113.9e9, "EUR", DEC, "113.9 billion", IMP),
        fact("Germany", "balance", "value", 13.5e9, "EUR", DEC, "13.5 billion", BAL),
        fact("Germany", "balance", "value", 15.2e9, "EUR", NOV, "15.2 billion", BAL),
        fact("Germany", "exports", "growth", -2.3, "percent", DEC, "2.3", YOY),
        fact("Germany", "imports", "growth", 3.8, "percent", DEC, "3.8", YOY),
        fact("Germany", "exports", "value", 10.4e9, "EUR", DEC, "10.4 billion", US_DEC, partner="United States"),
        fact("Germany", "exports", "growth", -3.6, "percent", DEC, "3.6", US_DEC, partner="United States", basis="mom"),
        fact("Germany", "exports", "growth", -18, "percent", DEC, "18", US_DEC, partner="United States",
             qualifier="approx"),
        fact("Germany", "exports", "growth", -0.9, "percent", DEC, "0.9", EU_DEC, partner="European Union",
             basis="mom"),
        fact("Germany", "exports", "value", 72.3e9, "EUR", DEC, "72.3 billion", EU_DEC, partner="European Union"),
        fact("Germany", "exports", "growth", -0.3, "percent", Y2025, "0.3", YEAR_EXP),
        fact("Germany", "exports", "value", 1.56e12, "EUR", Y2025, "1.56 trillion", YEAR_EXP),
        fact("Germany", "imports", "growth", 3.1, "percent", Y2025, "3.1", YEAR_IMP),
        fact("Germany", "imports", "value", 1.36e12, "EUR", Y2025, "1.36 trillion", YEAR_IMP),
        fact("Germany", "balance", "value", 195.6e9, "EUR", Y2025, "195.6 billion", YEAR_BAL),
        fact("Germany", "balance", "value", 239.1e9, "EUR", Y2024, "239.1 billion", YEAR_BAL),
        fact("Germany", "total", "rank", 1, "number", Y2025, "biggest", LEAD_RANK, partner="China"),
        fact("Germany", "total", "value", 251.4e9, "EUR", Y2025, "251.4 billion", CHINA_TOTAL, partner="China"),
        fact("Germany", "total", "rank", 1, "number", Y2024, "top", US_2024, partner="United States"),
        fact("Germany", "imports", "growth", 8.6, "percent", Y2025, "8.6", CHINA_IMP, partner="China"),
        fact("Germany", "imports", "value", 169.7e9, "EUR", Y2025, "169.7 billion", CHINA_IMP, partner="China"),
        fact("Germany", "total", "rank", 2, "number", Y2025, "second", US_RANK, partner="United States"),
        fact("Germany", "total", "value", 240.8e9, "EUR", Y2025, "240.8 billion", US_RANK, partner="United States"),
        fact("Germany", "exports", "growth", -9.4, "percent", Y2025, "9.4", US_EXP, partner="United States"),
        fact("Germany", "exports", "value", 146.2e9, "EUR", Y2025, "146.2 billion", US_EXP, partner="United States"),
        fact("Germany", "exports", "rank", 1, "number", Y2025, "largest", US_TOP, partner="United States"),
    ],
}
