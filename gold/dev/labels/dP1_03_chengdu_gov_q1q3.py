from _fact import fact, period

FIRST_THREE_QUARTERS = period(2024, 1, 9)
SEPTEMBER = period(2024, 9)
EVIDENCE_TOTAL = (
    "the city's imports and exports of goods came to 567.32 billion yuan (RMB, the same below) in the first three "
    "quarters of this year, up 2.6% year on year and equal to 77.9% of Sichuan Province's foreign trade over the same period"
)
EVIDENCE_EXPORTS = "exports grew 4.1% to 338.45 billion yuan"
EVIDENCE_IMPORTS = "imports edged up 0.4% to 228.87 billion yuan"
EVIDENCE_SEPTEMBER = (
    "In September alone the city's trade reached 68.73 billion yuan, up 6.2% on August"
)
EVIDENCE_PROCESSING = (
    "processing trade was still the main form of Chengdu's foreign trade, with imports and exports of 321.06 billion "
    "yuan over the period, or 56.6% of the city's total"
)
EVIDENCE_GENERAL = "Imports and exports under general trade rose 6.7% and made up 29% of the total"
EVIDENCE_PRIVATE = (
    "Private enterprises' imports and exports grew 10.2% to 181.6 billion yuan, or "
    "32% of the city's total"
)
EVIDENCE_PARTNERS = (
    "Chengdu's three largest trading partners were ASEAN, the European Union and the United States, with which the "
    "city traded 103.47 billion yuan, 87.26 billion yuan and 84.9 billion yuan, growing 7.5% and 3.2% and falling "
    "4.6%, respectively"
)
EVIDENCE_BRI = (
    "Trade with countries jointly building the \"Belt and Road\" rose 8.1% over the same period and took a "
    "38.5% share of the city's total"
)
EVIDENCE_MECH = (
    "exports of mechanical and electrical products came to 276.39 billion yuan, representing 81.7% of all the "
    "city's exports"
)
AREA = "Chengdu"
BRI = "Belt and Road partner countries"
MECH = "mechanical and electrical products"

ARTICLE = {
    "id": "dP1_03_chengdu_gov_q1q3",
    "title": "Chengdu's imports and exports total 567.32 billion yuan over January-September",
    "publisher": "Chengdu Municipal People's Government Portal",
    "published": "2024-10-24",
    "notes": [
        "The text never states the year ('this year', 'a year earlier'): the first three quarters and "
        "September are 2024 from the published date.",
        "'(RMB, the same below)' sets the currency for every later figure: CNY.",
        "'equal to 77.9% of Sichuan Province's foreign trade': Chengdu's share of its province's trade, "
        "area Chengdu, measure share.",
        "'Of this, exports ... imports ...' are Chengdu's exports and imports for the first three quarters.",
        "September: 'up 6.2% on August' is growth with basis mom; 'the largest monthly figure of the year to date' "
        "is a record, out of scope.",
        "Trade modes as segments: 'processing trade', 'general trade'; enterprise types: 'private enterprises', "
        "'foreign-invested enterprises'.",
        "'1.1 percentage points above the level a year earlier' (general trade share): out of scope.",
        "'4,316 enterprises in the city recorded actual import and export business' is a count with segment "
        "'foreign trade enterprises'; '287 more than a year before' is an absolute change the record cannot express: not labelled.",
        "Partners: 'respectively' distributes values and growth over ASEAN, EU and US; 'falling 4.6%' is negative. "
        "'three largest trading partners' is a roster, not a stated rank for each: ranks not labelled.",
        "'countries jointly building the \"Belt and Road\"' is written partner 'Belt and Road partner countries'.",
        "'32.17 million notebook computers shipped abroad': a quantity in pieces, unit number.",
        "Out of scope: China-Europe Railway Express trains (more than 3,800), airport cargo throughput "
        "(topped 500,000 tons, a logistics figure, not a trade flow).",
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
             "The share held by foreign-invested enterprises was 62.1%", segment="foreign-invested enterprises"),
        fact(AREA, "total", "count", 4316, "number", FIRST_THREE_QUARTERS, "4,316",
             "4,316 enterprises in the city recorded actual import and export business",
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
             "32.17 million notebook computers shipped abroad", product="notebook computers"),
        fact(AREA, "exports", "growth", 15.6, "percent", FIRST_THREE_QUARTERS, "15.6",
             "Exports of labour-intensive products, including garments, shoes and furniture, rose 15.6%",
             product="labour-intensive products"),
    ],
}
