from _fact import fact, period

FIRST_QUARTER = period(2025, 1, 3)
MARCH = period(2025, 3)
BRI = "Belt and Road partner countries"
EVIDENCE_BRI_TOTAL = (
    "Imports and exports with BRI partner countries climbed 2.2 percent from a year earlier to CNY5.26 trillion "
    "(USD733 billion) in the three months ended March 31, accounting for 51.1 percent of the national total"
)
EVIDENCE_BRI_FLOWS = (
    "Exports to the partner countries rose 6.4 percent to CNY2.99 trillion, while imports from them slid "
    "2.9 percent to CNY2.27 trillion"
)
EVIDENCE_ASEAN = "Trade with the 10-member bloc jumped 7.1 percent to CNY1.71 trillion, or 16.6 percent of China's total"
EVIDENCE_CENTRAL_ASIA = "Trade with the five Central Asian countries expanded 9.6 percent to CNY162.37 billion"
EVIDENCE_LATAM_MIDEAST = (
    "Trade with Latin America increased 3.8 percent to CNY880.3 billion, while that with the Middle East shrank "
    "5.8 percent to CNY812.46 billion"
)
EVIDENCE_INTERMEDIATE = (
    "China exported CNY1.43 trillion of parts, components and industrial materials to BRI partner countries in the "
    "quarter, 9.1 percent more than a year before, and such intermediate goods made up 47.8 percent of its "
    "shipments to the group"
)
EVIDENCE_NATIONAL_TOTAL = "Overall, China's goods trade grew 1.3 percent to CNY10.3 trillion in the first quarter"
EVIDENCE_NATIONAL_FLOWS = (
    "Exports increased 6.9 percent to CNY6.13 trillion and imports dropped 6 percent to CNY4.17 trillion, leaving "
    "a surplus of CNY1.96 trillion"
)

ARTICLE = {
    "id": "dR1_06_yicai_bri_trade_q1",
    "title": "China's Trade With Belt and Road Partners Tops Half of Total in First Quarter",
    "publisher": "Yicai",
    "published": "2025-04-14",
    "notes": [
        "Dateline '(Yicai) April 14' has no year and the text names none: first quarter of 2025 from the date.",
        "Publisher written as the dateline names it: 'Yicai' (Yicai Global).",
        "Lead's 'more than half of its total foreign trade' is the threshold form of the 51.1 percent share: "
        "the exact figure only.",
        "BRI trade in CNY and the USD conversion in brackets are separate facts; the USD figure is exact as "
        "written. 'In dollar terms, the trade grew 1.1 percent' is a second growth of the same flow (two "
        "currencies), labelled.",
        "'0.9 percentage points faster than that of overall trade': derived comparison, out.",
        "ASEAN 'stayed China's biggest trading partner': rank 1; the '10-member' bloc size is not a trade figure.",
        "'Trade with the 10-member bloc' carries ASEAN over from the previous sentence: partner ASEAN.",
        "Central Asia, Latin America and the Middle East are partners of China (not restricted to BRI members "
        "in the text): partner names 'Central Asia', 'Latin America', 'Middle East'.",
        "Intermediate goods: value, growth ('9.1 percent more than a year before') and share of exports to the "
        "BRI group, partner Belt and Road partner countries, product 'intermediate goods'.",
        "Analyst's full-year forecasts (about 52 percent share, 5 to 7 percent export growth): out.",
        "'topping CNY10 trillion for the eighth quarter in a row': streak/threshold, out.",
        "150 signatory countries, 4,380 freight train trips and their 6 percent rise: not trade flows, out.",
        "'In March alone ... gained 6 percent from a year earlier': China's total trade growth for March, yoy.",
    ],
    "facts": [
        fact("China", "total", "growth", 2.2, "percent", FIRST_QUARTER, "2.2", EVIDENCE_BRI_TOTAL, partner=BRI),
        fact("China", "total", "value", 5.26e12, "CNY", FIRST_QUARTER, "5.26 trillion", EVIDENCE_BRI_TOTAL,
             partner=BRI),
        fact("China", "total", "value", 733e9, "USD", FIRST_QUARTER, "733 billion", EVIDENCE_BRI_TOTAL,
             partner=BRI),
        fact("China", "total", "share", 51.1, "percent", FIRST_QUARTER, "51.1", EVIDENCE_BRI_TOTAL, partner=BRI),
        fact("China", "total", "growth", 1.1, "percent", FIRST_QUARTER, "1.1",
             "In dollar terms, the trade grew 1.1 percent", partner=BRI),
        fact("China", "exports", "growth", 6.4, "percent", FIRST_QUARTER, "6.4", EVIDENCE_BRI_FLOWS, partner=BRI),
        fact("China", "exports", "value", 2.99e12, "CNY", FIRST_QUARTER, "2.99 trillion", EVIDENCE_BRI_FLOWS,
             partner=BRI),
        fact("China", "imports", "growth", -2.9, "percent", FIRST_QUARTER, "2.9", EVIDENCE_BRI_FLOWS, partner=BRI),
        fact("China", "imports", "value", 2.27e12, "CNY", FIRST_QUARTER, "2.27 trillion", EVIDENCE_BRI_FLOWS,
             partner=BRI),
        fact("China", "total", "rank", 1, "number", FIRST_QUARTER, "biggest",
             "the Association of Southeast Asian Nations stayed China's biggest trading partner", partner="ASEAN"),
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
             "In March alone, imports and exports gained 6 percent from a year earlier"),
    ],
}
