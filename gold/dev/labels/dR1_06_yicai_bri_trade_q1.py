from _fact import fact, period

FIRST_QUARTER = period(2025, 1, 3)
MARCH = period(2025, 3)
BRI = "Belt and Road partner countries"
EVIDENCE_BRI_TOTAL = (
    "China's trade with BRI partner countries in the quarter that ended March 31 reached CNY5.26 trillion "
    "(USD733 billion), up 2.2 percent from a year earlier and equal to 51.1 percent of the country's total trade"
)
EVIDENCE_BRI_FLOWS = (
    "China's exports to the group grew 6.4 percent to CNY2.99 trillion, but its imports from the group fell "
    "2.9 percent to CNY2.27 trillion"
)
EVIDENCE_ASEAN = "Two-way trade with the 10-member grouping rose 7.1 percent to CNY1.71 trillion, making up 16.6 percent of the country's total"
EVIDENCE_CENTRAL_ASIA = "commerce with Central Asia's five countries increased 9.6 percent to CNY162.37 billion"
EVIDENCE_LATAM_MIDEAST = (
    "Latin America saw its trade with China grow 3.8 percent to CNY880.3 billion, whereas trade with the Middle "
    "East contracted 5.8 percent to CNY812.46 billion"
)
EVIDENCE_INTERMEDIATE = (
    "China's exports of industrial materials, parts and components to the BRI partners reached CNY1.43 "
    "trillion, up 9.1 percent from a year before, with these intermediate goods representing 47.8 percent of "
    "everything it shipped to the group"
)
EVIDENCE_NATIONAL_TOTAL = "China's total goods trade for the first quarter at CNY10.3 trillion, up 1.3 percent"
EVIDENCE_NATIONAL_FLOWS = (
    "Exports were up 6.9 percent at CNY6.13 trillion, imports declined 6 percent to CNY4.17 trillion, and the "
    "surplus stood at CNY1.96 trillion"
)

ARTICLE = {
    "id": "dR1_06_yicai_bri_trade_q1",
    "title": "Belt and Road Partners Account for Over Half of China's First-Quarter Trade",
    "publisher": "Yicai",
    "published": "2025-04-14",
    "notes": [
        "Dateline '(Yicai) April 14' has no year and the text names none: first quarter of 2025 from the date.",
        "Publisher written as the dateline names it: 'Yicai' (Yicai Global).",
        "Lead's 'over half of China's overall foreign trade' is the threshold form of the 51.1 percent share: "
        "the exact figure only.",
        "BRI trade in CNY and the USD conversion in brackets are separate facts; the USD figure is exact as "
        "written. 'Measured in dollars, the trade rose 1.1 percent' is a second growth of the same flow (two "
        "currencies), labelled.",
        "'outpaced trade as a whole by 0.9 percentage points': derived comparison, out.",
        "ASEAN 'kept its place as China's biggest trading partner': rank 1; the '10-member' bloc size is not a trade figure.",
        "'Two-way trade with the 10-member grouping' carries ASEAN over from the previous sentence: partner ASEAN.",
        "Central Asia, Latin America and the Middle East are partners of China (not restricted to BRI members "
        "in the text): partner names 'Central Asia', 'Latin America', 'Middle East'.",
        "Intermediate goods: value, growth ('up 9.1 percent from a year before') and share of exports to the "
        "BRI group, partner Belt and Road partner countries, product 'intermediate goods'.",
        "Analyst's full-year forecasts (roughly 52 percent share, 5 to 7 percent export growth): out.",
        "'the eighth consecutive quarter above CNY10 trillion': streak/threshold, out.",
        "150 signatory countries, 4,380 freight train trips and their 6 percent rise: not trade flows, out.",
        "'For March by itself, total trade was 6 percent higher than a year earlier': China's total trade growth for March, yoy.",
    ],
    "facts": [
        fact("China", "total", "growth", 2.2, "percent", FIRST_QUARTER, "2.2", EVIDENCE_BRI_TOTAL, partner=BRI),
        fact("China", "total", "value", 5.26e12, "CNY", FIRST_QUARTER, "5.26 trillion", EVIDENCE_BRI_TOTAL,
             partner=BRI),
        fact("China", "total", "value", 733e9, "USD", FIRST_QUARTER, "733 billion", EVIDENCE_BRI_TOTAL,
             partner=BRI),
        fact("China", "total", "share", 51.1, "percent", FIRST_QUARTER, "51.1", EVIDENCE_BRI_TOTAL, partner=BRI),
        fact("China", "total", "growth", 1.1, "percent", FIRST_QUARTER, "1.1",
             "Measured in dollars, the trade rose 1.1 percent", partner=BRI),
        fact("China", "exports", "growth", 6.4, "percent", FIRST_QUARTER, "6.4", EVIDENCE_BRI_FLOWS, partner=BRI),
        fact("China", "exports", "value", 2.99e12, "CNY", FIRST_QUARTER, "2.99 trillion", EVIDENCE_BRI_FLOWS,
             partner=BRI),
        fact("China", "imports", "growth", -2.9, "percent", FIRST_QUARTER, "2.9", EVIDENCE_BRI_FLOWS, partner=BRI),
        fact("China", "imports", "value", 2.27e12, "CNY", FIRST_QUARTER, "2.27 trillion", EVIDENCE_BRI_FLOWS,
             partner=BRI),
        fact("China", "total", "rank", 1, "number", FIRST_QUARTER, "biggest",
             "the Association of Southeast Asian Nations kept its place as China's biggest trading partner", partner="ASEAN"),
        fact("China", "total", "growth", 7.1, "percent", FIRST_QUARTER, "7.1", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 1.71e12, "CNY", FIRST_QUARTER, "1.71 trillion", EVIDENCE_ASEAN,
             partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", FIRST_QUARTER, "16.6", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.6, "percent", FIRST_QUARTER, "9.6", EVIDENCE_CENTRAL_ASIA,
             partner="Central Asia"),
        fact("China", "total", "value", 162.37e9, "CNY", FIRST_QUARTER, "162.37 billion", EVIDENCE_CENTRAL_ASIA,
             partner="Central Asia"),
        fact("China", "total", "growth", 3.8, "percent", FIRST_QUARTER, "3.8", EVIDENCE_LATAM_MIDEAST,
             partner="Latin America"),
        fact("China", "total", "value", 880.3e9, "CNY", FIRST_QUARTER, "880.3 billion", EVIDENCE_LATAM_MIDEAST,
             partner="Latin America"),
        fact("China", "total", "growth", -5.8, "percent", FIRST_QUARTER, "5.8", EVIDENCE_LATAM_MIDEAST,
             partner="Middle East"),
        fact("China", "total", "value", 812.46e9, "CNY", FIRST_QUARTER, "812.46 billion", EVIDENCE_LATAM_MIDEAST,
             partner="Middle East"),
        fact("China", "exports", "value", 1.43e12, "CNY", FIRST_QUARTER, "1.43 trillion", EVIDENCE_INTERMEDIATE,
             partner=BRI, product="intermediate goods"),
        fact("China", "exports", "growth", 9.1, "percent", FIRST_QUARTER, "9.1", EVIDENCE_INTERMEDIATE,
             partner=BRI, product="intermediate goods"),
        fact("China", "exports", "share", 47.8, "percent", FIRST_QUARTER, "47.8", EVIDENCE_INTERMEDIATE,
             partner=BRI, product="intermediate goods"),
        fact("China", "total", "growth", 1.3, "percent", FIRST_QUARTER, "1.3", EVIDENCE_NATIONAL_TOTAL),
        fact("China", "total", "value", 10.3e12, "CNY", FIRST_QUARTER, "10.3 trillion", EVIDENCE_NATIONAL_TOTAL),
        fact("China", "exports", "growth", 6.9, "percent", FIRST_QUARTER, "6.9", EVIDENCE_NATIONAL_FLOWS),
        fact("China", "exports", "value", 6.13e12, "CNY", FIRST_QUARTER, "6.13 trillion", EVIDENCE_NATIONAL_FLOWS),
        fact("China", "imports", "growth", -6, "percent", FIRST_QUARTER, "6", EVIDENCE_NATIONAL_FLOWS),
        fact("China", "imports", "value", 4.17e12, "CNY", FIRST_QUARTER, "4.17 trillion", EVIDENCE_NATIONAL_FLOWS),
        fact("China", "balance", "value", 1.96e12, "CNY", FIRST_QUARTER, "1.96 trillion", EVIDENCE_NATIONAL_FLOWS),
        fact("China", "total", "growth", 6, "percent", MARCH, "6",
             "For March by itself, total trade was 6 percent higher than a year earlier"),
    ],
}
