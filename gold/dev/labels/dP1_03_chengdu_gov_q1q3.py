from _fact import fact, period

FIRST_THREE_QUARTERS = period(2024, 1, 9)
SEPTEMBER = period(2024, 9)
EVIDENCE_TOTAL = (
    "the total import and export value of goods trade of Chengdu reached 567.32 billion yuan (RMB, the same below), "
    "a year-on-year increase of 2.6%, accounting for 77.9% of the total foreign trade of Sichuan Province in the same period"
)
EVIDENCE_EXPORTS = "exports were 338.45 billion yuan, an increase of 4.1%"
EVIDENCE_IMPORTS = "imports were 228.87 billion yuan, an increase of 0.4%"
EVIDENCE_SEPTEMBER = (
    "In September, the import and export value of the city was 68.73 billion yuan, a month-on-month increase of 6.2%"
)
EVIDENCE_PROCESSING = (
    "the city's processing trade imports and exports were 321.06 billion yuan, accounting for 56.6% of the city's "
    "total foreign trade value"
)
EVIDENCE_GENERAL = "General trade imports and exports increased by 6.7%, accounting for 29% of the total"
EVIDENCE_PRIVATE = (
    "The import and export of private enterprises reached 181.6 billion yuan, an increase of 10.2%, accounting for "
    "32% of the city's total"
)
EVIDENCE_PARTNERS = (
    "ASEAN, the European Union and the United States were the top three trading partners of Chengdu, with imports "
    "and exports of 103.47 billion yuan, 87.26 billion yuan and 84.9 billion yuan respectively, up 7.5%, up 3.2% and "
    "down 4.6% respectively"
)
EVIDENCE_BRI = (
    "the city's imports and exports to countries jointly building the \"Belt and Road\" increased by 8.1%, accounting "
    "for 38.5% of the city's total"
)
EVIDENCE_MECH = (
    "the export of mechanical and electrical products was 276.39 billion yuan, accounting for 81.7% of the city's "
    "total export value"
)
AREA = "Chengdu"
BRI = "Belt and Road partner countries"
MECH = "mechanical and electrical products"

ARTICLE = {
    "id": "dP1_03_chengdu_gov_q1q3",
    "title": "Chengdu's foreign trade reaches 567.32 billion yuan in first three quarters",
    "publisher": "Chengdu Municipal People's Government Portal",
    "published": "2024-10-24",
    "notes": [
        "The text never states the year ('this year', 'the same period last year'): the first three quarters and "
        "September are 2024 from the published date.",
        "'(RMB, the same below)' sets the currency for every later figure: CNY.",
        "'accounting for 77.9% of the total foreign trade of Sichuan Province': Chengdu's share of its province's trade, "
        "area Chengdu, measure share.",
        "'Among them, exports ... imports ...' are Chengdu's exports and imports for the first three quarters.",
        "September: 'a month-on-month increase of 6.2%' is growth with basis mom; 'the highest monthly level so far "
        "this year' is a record, out of scope.",
        "Trade modes as segments: 'processing trade', 'general trade'; enterprise types: 'private enterprises', "
        "'foreign-invested enterprises'.",
        "'1.1 percentage points higher than that of the same period last year' (general trade share): out of scope.",
        "'the number of enterprises with actual import and export performance ... reached 4,316' is a count with segment "
        "'foreign trade enterprises'; 'an increase of 287' is an absolute change the record cannot express: not labelled.",
        "Partners: 'respectively' lists distribute values and growth over ASEAN, EU and US; 'down 4.6%' is negative. "
        "'top three trading partners' is a roster, not a stated rank for each: ranks not labelled.",
        "'countries jointly building the \"Belt and Road\"' is written partner 'Belt and Road partner countries'.",
        "'32.17 million notebook computers were exported': a quantity in pieces, unit number.",
        "Out of scope: China-Europe Railway Express trains (more than 3,800), airport cargo throughput "
        "(exceeded 500,000 tons, a logistics figure, not a trade flow).",
    ],
    "facts": [
        fact(AREA, "total", "value", 567.32e9, "CNY", FIRST_THREE_QUARTERS, "567.32 billion", EVIDENCE_TOTAL),
        fact(AREA, "total", "growth", 2.6, "percent", FIRST_THREE_QUARTERS, "2.6", EVIDENCE_TOTAL),
        fact(AREA, "total", "share", 77.9, "percent", FIRST_THREE_QUARTERS, "77.9", EVIDENCE_TOTAL),
        fact(AREA, "exports", "value", 338.45e9, "CNY", FIRST_THREE_QUARTERS, "338.45 billion", EVIDENCE_EXPORTS),
        fact(AREA, "exports", "growth", 4.1, "percent", FIRST_THREE_QUARTERS, "4.1", EVIDENCE_EXPORTS),
        fact(AREA, "imports", "value", 228.87e9, "CNY", FIRST_THREE_QUARTERS, "228.87 billion", EVIDENCE_IMPORTS),
        fact(AREA, "imports", "growth", 0.4, "percent", FIRST_THREE_QUARTERS, "0.4", EVIDENCE_IMPORTS),
        fact(AREA, "total", "value", 68.73e9, "CNY", SEPTEMBER, "68.73 billion", EVIDENCE_SEPTEMBER),
        fact(AREA, "total", "growth", 6.2, "percent", SEPTEMBER, "6.2", EVIDENCE_SEPTEMBER, basis="mom"),
        fact(AREA, "total", "value", 321.06e9, "CNY", FIRST_THREE_QUARTERS, "321.06 billion", EVIDENCE_PROCESSING,
             segment="processing trade"),
        fact(AREA, "total", "share", 56.6, "percent", FIRST_THREE_QUARTERS, "56.6", EVIDENCE_PROCESSING,
             segment="processing trade"),
        fact(AREA, "total", "growth", 6.7, "percent", FIRST_THREE_QUARTERS, "6.7", EVIDENCE_GENERAL,
             segment="general trade"),
        fact(AREA, "total", "share", 29, "percent", FIRST_THREE_QUARTERS, "29", EVIDENCE_GENERAL,
             segment="general trade"),
        fact(AREA, "total", "value", 181.6e9, "CNY", FIRST_THREE_QUARTERS, "181.6 billion", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact(AREA, "total", "growth", 10.2, "percent", FIRST_THREE_QUARTERS, "10.2", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact(AREA, "total", "share", 32, "percent", FIRST_THREE_QUARTERS, "32", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact(AREA, "total", "share", 62.1, "percent", FIRST_THREE_QUARTERS, "62.1",
             "Foreign-invested enterprises accounted for 62.1% of the total", segment="foreign-invested enterprises"),
        fact(AREA, "total", "count", 4316, "number", FIRST_THREE_QUARTERS, "4,316",
             "the number of enterprises with actual import and export performance in the city reached 4,316",
             segment="foreign trade enterprises"),
        fact(AREA, "total", "value", 103.47e9, "CNY", FIRST_THREE_QUARTERS, "103.47 billion", EVIDENCE_PARTNERS,
             partner="ASEAN"),
        fact(AREA, "total", "value", 87.26e9, "CNY", FIRST_THREE_QUARTERS, "87.26 billion", EVIDENCE_PARTNERS,
             partner="European Union"),
        fact(AREA, "total", "value", 84.9e9, "CNY", FIRST_THREE_QUARTERS, "84.9 billion", EVIDENCE_PARTNERS,
             partner="United States"),
        fact(AREA, "total", "growth", 7.5, "percent", FIRST_THREE_QUARTERS, "7.5", EVIDENCE_PARTNERS, partner="ASEAN"),
        fact(AREA, "total", "growth", 3.2, "percent", FIRST_THREE_QUARTERS, "3.2", EVIDENCE_PARTNERS,
             partner="European Union"),
        fact(AREA, "total", "growth", -4.6, "percent", FIRST_THREE_QUARTERS, "4.6", EVIDENCE_PARTNERS,
             partner="United States"),
        fact(AREA, "total", "growth", 8.1, "percent", FIRST_THREE_QUARTERS, "8.1", EVIDENCE_BRI, partner=BRI),
        fact(AREA, "total", "share", 38.5, "percent", FIRST_THREE_QUARTERS, "38.5", EVIDENCE_BRI, partner=BRI),
        fact(AREA, "exports", "value", 276.39e9, "CNY", FIRST_THREE_QUARTERS, "276.39 billion", EVIDENCE_MECH,
             product=MECH),
        fact(AREA, "exports", "share", 81.7, "percent", FIRST_THREE_QUARTERS, "81.7", EVIDENCE_MECH, product=MECH),
        fact(AREA, "exports", "quantity", 32.17e6, "number", FIRST_THREE_QUARTERS, "32.17 million",
             "32.17 million notebook computers were exported", product="notebook computers"),
        fact(AREA, "exports", "growth", 15.6, "percent", FIRST_THREE_QUARTERS, "15.6",
             "The export of labour-intensive products such as clothing, footwear and furniture increased by 15.6%",
             product="labour-intensive products"),
    ],
}
