from _fact import fact, period

DEC = period(2025, 12)
NOV = period(2025, 11)
Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)

LEAD_RANK = "rounding off a difficult year in which China won back its place as Germany's biggest trading partner"
EXP = "Exports from Europe's largest economy dropped 1.1 percent from November to 127.4 billion euros ($150.3 billion)"
IMP = "Imports edged up 0.6 percent over the month to 113.9 billion euros"
BAL = "squeezed the trade surplus to 13.5 billion euros from 15.2 billion euros in November"
YOY = "Compared with December 2024, exports were down 2.3 percent while imports were up 3.8 percent."
US_DEC = ("German firms sold goods worth 10.4 billion euros across the Atlantic in December, 3.6 percent less than a "
          "month earlier and around 18 percent below the level of a year before.")
EU_DEC = "Exports to fellow EU countries, which take the bulk of German industry's sales abroad, slipped 0.9 percent compared with November to 72.3 billion euros."
YEAR_EXP = "Across 2025 as a whole, German exports edged down 0.3 percent to 1.56 trillion euros"
YEAR_IMP = "while imports climbed 3.1 percent to 1.36 trillion euros"
YEAR_BAL = "That left an annual trade surplus of 195.6 billion euros, down from 239.1 billion euros in 2024"
CHINA_TOTAL = "Goods trade with China, exports and imports combined, came to 251.4 billion euros last year"
US_2024 = ("putting the Asian giant back at the top of the table of Germany's trading partners after the United States "
           "had held the spot in 2024")
CHINA_IMP = "imports from China jumped 8.6 percent to 169.7 billion euros"
US_RANK = "The United States fell back to second place, with two-way trade of 240.8 billion euros."
US_EXP = "German exports there shrank 9.4 percent to 146.2 billion euros"
US_TOP = "America remained the single largest buyer of German goods"

ARTICLE = {
    "id": "dAH2_04_german_exports_december_china_top_partner",
    "title": "German exports fall in December as China reclaims top trade partner spot",
    "publisher": "AFP",
    "published": "2026-02-09",
    "notes": [
        "Area Germany throughout (dateline, 'German exports'); goods trade only, product null.",
        "Monthly totals and partner figures for December: basis mom where the sentence says 'from November', "
        "'over the month', 'less than a month earlier', 'compared with November'; the year-earlier comparisons are yoy.",
        "'($150.3 billion)': the December exports in dollars, a separate approx USD fact.",
        "'from 15.2 billion euros in November': the November surplus, labelled as its own observation (period 2025-11).",
        "'around 18 percent below the level of a year before': US exports December yoy -18, approx.",
        "'across the Atlantic' and 'exports there' = partner United States; 'fellow EU countries' = European Union.",
        "'China won back its place as Germany's biggest trading partner' (lead) and 'back at the top of the table' are "
        "one observation (China, total, rank 1, 2025), labelled once from the lead.",
        "'after the United States had held the spot in 2024': US rank 1 in total trade for 2024 (value_text 'top', the "
        "spot it refers back to).",
        "'fell back to second place, with two-way trade of 240.8 billion euros': US total trade rank 2 and value, 2025.",
        "'America remained the single largest buyer of German goods': US rank 1 as an export destination, 2025.",
        "'last year' = 2025 (article of 2026-02-09).",
        "'Europe's largest economy' describes the size of the German economy, not a trade rank: not labelled.",
        "Out of scope, unlabelled: FactSet forecast of a 0.4 percent gain; the 15-percent US tariff; 'the smallest since "
        "2022' (milestone); euro's 13 percent gain against the dollar (exchange rate); BGA expectation for 2026 "
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
