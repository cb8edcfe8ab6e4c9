from _fact import fact, period

FIRST_THREE_QUARTERS = period(2024, 1, 9)
THIRD_QUARTER = period(2024, 7, 9)
HEADLINE_SENTENCE = (
    "the province's combined imports and exports came to 3.97 trillion yuan, rising 6.7 percent year on year"
)
EXPORTS_CLAUSE = "2.93 trillion yuan came from exports, which grew 6.8 percent"
IMPORTS_CLAUSE = "1.04 trillion yuan from imports, which grew 6.4 percent"
NATIONAL_RANKS = (
    "Nationwide, the province's total trade, exports and imports placed third, second and fifth respectively"
)
QUARTER_SENTENCE = "Zhejiang's third-quarter trade on its own amounted to 1.39 trillion yuan, a 7.5 percent gain"
TOP_PARTNERS = (
    "Its top three trading partners were the European Union, the United States and ASEAN, "
    "with two-way trade of 548.62 billion yuan, 470.15 billion yuan and 441.37 billion yuan respectively, "
    "gains of 7.3 percent, 4.6 percent and 12.6 percent"
)
BELT_AND_ROAD = (
    "Zhejiang's trade with Belt and Road partner countries grew 8.9 percent to 2.15 trillion yuan, "
    "making up 54.2 percent of the provincial total"
)
MECHANICAL_ELECTRICAL = (
    "mechanical and electrical products stayed at the core of the province's exports: shipments of them abroad "
    "totalled 1.32 trillion yuan in January-September, 7.9 percent more than a year earlier, "
    "and made up 45.1 percent of all outbound sales"
)
LABOUR_INTENSIVE = (
    "Overseas sales of labour-intensive products, among them textiles, garments, furniture and toys, "
    "rose 4.3 percent to 627.84 billion yuan"
)
PRIVATE_SENTENCE = (
    "They traded 3.21 trillion yuan of goods, 8.5 percent more than a year earlier, "
    "giving them 80.9 percent of the provincial total"
)
ENTERPRISE_COUNT = (
    "A total of 104,000 Zhejiang companies recorded actual import or export business in the first three quarters"
)
MECH_ELEC = "mechanical and electrical products"
PRIVATE = "private enterprises"
BRI = "Belt and Road partner countries"

ARTICLE = {
    "id": "dT1_01_hangzhou_customs_zj_q1q3_2024",
    "title": "Zhejiang's trade grows 6.7% over January-September",
    "publisher": "ezhejiang.gov.cn",
    "published": "2024-10-23",
    "notes": [
        "Provincial government release relaying Hangzhou Customs data; running period January-September 2024 (the text states the year).",
        "'(the same below)' makes every later growth rate year on year; all growth is yoy.",
        "The headline's 6.7% restates the body's total growth: labelled once, with the body sentence as evidence.",
        "'placed third, second and fifth respectively' (nationwide) gives three stated ranks (total, exports, imports).",
        "Third quarter alone (July-September): its value and growth are labelled with period 2024-07/2024-09; 'the largest total any single quarter has produced' is a milestone, out.",
        "'top three trading partners' for the EU, US and ASEAN: an implied order, not a stated rank for each; ranks not labelled.",
        "The respectively list gives each partner's value and growth; partner names written out (European Union, United States, ASEAN).",
        "'adding 4.7 percentage points to overall trade growth' is a contribution to growth, out.",
        "Labour-intensive products: product 'labour-intensive products' (the examples textiles, garments, furniture and toys carry no figures).",
        "Private enterprises: 'They traded' carries the subject over from the previous sentence; segment private enterprises. "
        "'a share 1.3 percentage points above the year-ago level' is out.",
        "Enterprises with actual import and export performance, 104,000: a count with segment 'foreign trade enterprises'; "
        "'up by 9,800 from a year before' is a change in the count, which the record cannot express: out.",
        "Out of scope: 4,600 Canton Fair booths, '136th' fair, 29.3 million TEUs at Ningbo-Zhoushan Port, 1,800 freight train trips, years.",
    ],
    "facts": [
        fact("Zhejiang", "total", "value", 3.97e12, "CNY", FIRST_THREE_QUARTERS, "3.97 trillion", HEADLINE_SENTENCE),
        fact("Zhejiang", "total", "growth", 6.7, "percent", FIRST_THREE_QUARTERS, "6.7", HEADLINE_SENTENCE),
        fact("Zhejiang", "exports", "value", 2.93e12, "CNY", FIRST_THREE_QUARTERS, "2.93 trillion", EXPORTS_CLAUSE),
        fact("Zhejiang", "exports", "growth", 6.8, "percent", FIRST_THREE_QUARTERS, "6.8", EXPORTS_CLAUSE),
        fact("Zhejiang", "imports", "value", 1.04e12, "CNY", FIRST_THREE_QUARTERS, "1.04 trillion", IMPORTS_CLAUSE),
        fact("Zhejiang", "imports", "growth", 6.4, "percent", FIRST_THREE_QUARTERS, "6.4", IMPORTS_CLAUSE),
        fact("Zhejiang", "total", "rank", 3, "number", FIRST_THREE_QUARTERS, "third", NATIONAL_RANKS),
        fact("Zhejiang", "exports", "rank", 2, "number", FIRST_THREE_QUARTERS, "second", NATIONAL_RANKS),
        fact("Zhejiang", "imports", "rank", 5, "number", FIRST_THREE_QUARTERS, "fifth", NATIONAL_RANKS),
        fact("Zhejiang", "total", "value", 1.39e12, "CNY", THIRD_QUARTER, "1.39 trillion", QUARTER_SENTENCE),
        fact("Zhejiang", "total", "growth", 7.5, "percent", THIRD_QUARTER, "7.5", QUARTER_SENTENCE),
        fact("Zhejiang", "total", "value", 548.62e9, "CNY", FIRST_THREE_QUARTERS, "548.62 billion", TOP_PARTNERS,
             partner="European Union"),
        fact("Zhejiang", "total", "value", 470.15e9, "CNY", FIRST_THREE_QUARTERS, "470.15 billion", TOP_PARTNERS,
             partner="United States"),
        fact("Zhejiang", "total", "value", 441.37e9, "CNY", FIRST_THREE_QUARTERS, "441.37 billion", TOP_PARTNERS,
             partner="ASEAN"),
        fact("Zhejiang", "total", "growth", 7.3, "percent", FIRST_THREE_QUARTERS, "7.3", TOP_PARTNERS,
             partner="European Union"),
        fact("Zhejiang", "total", "growth", 4.6, "percent", FIRST_THREE_QUARTERS, "4.6", TOP_PARTNERS,
             partner="United States"),
        fact("Zhejiang", "total", "growth", 12.6, "percent", FIRST_THREE_QUARTERS, "12.6", TOP_PARTNERS, partner="ASEAN"),
        fact("Zhejiang", "total", "value", 2.15e12, "CNY", FIRST_THREE_QUARTERS, "2.15 trillion", BELT_AND_ROAD, partner=BRI),
        fact("Zhejiang", "total", "growth", 8.9, "percent", FIRST_THREE_QUARTERS, "8.9", BELT_AND_ROAD, partner=BRI),
        fact("Zhejiang", "total", "share", 54.2, "percent", FIRST_THREE_QUARTERS, "54.2", BELT_AND_ROAD, partner=BRI),
        fact("Zhejiang", "exports", "value", 1.32e12, "CNY", FIRST_THREE_QUARTERS, "1.32 trillion", MECHANICAL_ELECTRICAL,
             product=MECH_ELEC),
        fact("Zhejiang", "exports", "growth", 7.9, "percent", FIRST_THREE_QUARTERS, "7.9", MECHANICAL_ELECTRICAL,
             product=MECH_ELEC),
        fact("Zhejiang", "exports", "share", 45.1, "percent", FIRST_THREE_QUARTERS, "45.1", MECHANICAL_ELECTRICAL,
             product=MECH_ELEC),
        fact("Zhejiang", "exports", "value", 627.84e9, "CNY", FIRST_THREE_QUARTERS, "627.84 billion", LABOUR_INTENSIVE,
             product="labour-intensive products"),
        fact("Zhejiang", "exports", "growth", 4.3, "percent", FIRST_THREE_QUARTERS, "4.3", LABOUR_INTENSIVE,
             product="labour-intensive products"),
        fact("Zhejiang", "total", "value", 3.21e12, "CNY", FIRST_THREE_QUARTERS, "3.21 trillion", PRIVATE_SENTENCE,
             segment=PRIVATE),
        fact("Zhejiang", "total", "growth", 8.5, "percent", FIRST_THREE_QUARTERS, "8.5", PRIVATE_SENTENCE, segment=PRIVATE),
        fact("Zhejiang", "total", "share", 80.9, "percent", FIRST_THREE_QUARTERS, "80.9", PRIVATE_SENTENCE, segment=PRIVATE),
        fact("Zhejiang", "total", "count", 104000, "number", FIRST_THREE_QUARTERS, "104,000", ENTERPRISE_COUNT,
             segment="foreign trade enterprises"),
    ],
}
