from _fact import fact, period

FIRST_THREE_QUARTERS = period(2025, 1, 9)
EVIDENCE_TOTAL = (
    "Foreign trade in east China's Shandong Province totalled 2.58 trillion yuan (about 362.4 billion U.S. dollars) "
    "in the first three quarters of this year, up 4.8 percent year on year"
)
EVIDENCE_RANK = "placing sixth among the nation's provincial-level regions"
EVIDENCE_EXPORTS = "Shandong's exports grew 7.6 percent to 1.59 trillion yuan"
EVIDENCE_IMPORTS = "its imports inched up 0.6 percent to 990.3 billion yuan"
EVIDENCE_PRIVATE = (
    "their combined imports and exports increased 7.3 percent to 1.89 trillion yuan, "
    "or 73.3 percent of Shandong's total"
)
EVIDENCE_OWNERSHIP = (
    "The shares held by foreign-invested enterprises and state-owned enterprises were 16.8 percent and 10 percent, "
    "respectively"
)
EVIDENCE_PROCESSING = "processing-trade imports and exports grew 9.5 percent to 317.4 billion yuan"
EVIDENCE_PARTNER_VALUES = (
    "Shandong did 432.4 billion yuan, 300.1 billion yuan, 227.4 billion yuan and 207.5 billion yuan of trade, "
    "respectively, with ASEAN, the European Union, the United States and the Republic of Korea"
)
EVIDENCE_PARTNER_GROWTH = (
    "growth of 8.9 percent, 6.3 percent and 1.6 percent was recorded in trade with ASEAN, the EU and the ROK, "
    "respectively"
)
EVIDENCE_BELT_ROAD = "Commerce with Belt and Road partner countries climbed 6.7 percent to 1.49 trillion yuan"
EVIDENCE_MECH = (
    "Mechanical and electrical products accounted for 49.1 percent of all Shandong exports, "
    "with their exports rising 10.4 percent to 780.2 billion yuan"
)
AREA = "Shandong"
PERIOD = FIRST_THREE_QUARTERS
EU = "European Union"
KOREA = "South Korea"
BELT_ROAD = "Belt and Road partner countries"
MECH = "mechanical and electrical products"

ARTICLE = {
    "id": "dU1_03_xinhua_shandong_q1q3",
    "title": "Foreign trade of Shandong grows 4.8 pct over first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-22",
    "notes": [
        "Dateline 'JINAN, Oct. 22 (Xinhua)' and 'first three quarters of this year' without a year: 2025 from "
        "published. Running period January-September 2025 for every figure.",
        "'2.58 trillion yuan (about 362.4 billion U.S. dollars)': the same observation in two currencies, "
        "a CNY fact and an approx USD fact.",
        "'placing sixth among the nation's provincial-level regions': a rank within a restricted field, labelled "
        "as rank 6 of Shandong's total trade.",
        "'beat the national average by 1.1 percentage points': percentage-point comparison, out.",
        "Ownership shares distributed by 'respectively': foreign-invested enterprises 16.8, state-owned "
        "enterprises 10 (segments).",
        "'companies with recorded import or export activity ... reached 38,726': count, segment foreign trade "
        "enterprises; 'up by 2,315 from a year before' is a derived change, out.",
        "Partner values distributed by 'respectively' over four partners; 'the Republic of Korea' / 'the ROK' is "
        "South Korea. Growth rates: three by 'respectively', the US separately ('shrank 9.8 percent', negative).",
        "'Shandong's largest trading partner was ASEAN': rank 1, partner ASEAN.",
        "Mechanical and electrical products: exports value, growth and share of the province's total exports.",
        "Freight-train trips ('more than 2,000') and the 'over 50 countries and regions' its routes serve: "
        "not trade flows or trading-partner counts, out. Ports named without figures.",
    ],
    "facts": [
        fact(AREA, "total", "growth", 4.8, "percent", PERIOD, "4.8", EVIDENCE_TOTAL),
        fact(AREA, "total", "value", 2.58e12, "CNY", PERIOD, "2.58 trillion", EVIDENCE_TOTAL),
        fact(AREA, "total", "value", 362.4e9, "USD", PERIOD, "362.4 billion", EVIDENCE_TOTAL, qualifier="approx"),
        fact(AREA, "total", "rank", 6, "number", PERIOD, "sixth", EVIDENCE_RANK),
        fact(AREA, "exports", "growth", 7.6, "percent", PERIOD, "7.6", EVIDENCE_EXPORTS),
        fact(AREA, "exports", "value", 1.59e12, "CNY", PERIOD, "1.59 trillion", EVIDENCE_EXPORTS),
        fact(AREA, "imports", "growth", 0.6, "percent", PERIOD, "0.6", EVIDENCE_IMPORTS),
        fact(AREA, "imports", "value", 990.3e9, "CNY", PERIOD, "990.3 billion", EVIDENCE_IMPORTS),
        fact(AREA, "total", "growth", 7.3, "percent", PERIOD, "7.3", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact(AREA, "total", "value", 1.89e12, "CNY", PERIOD, "1.89 trillion", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact(AREA, "total", "share", 73.3, "percent", PERIOD, "73.3", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact(AREA, "total", "share", 16.8, "percent", PERIOD, "16.8", EVIDENCE_OWNERSHIP,
             segment="foreign-invested enterprises"),
        fact(AREA, "total", "share", 10, "percent", PERIOD, "10", EVIDENCE_OWNERSHIP,
             segment="state-owned enterprises"),
        fact(AREA, "total", "count", 38726, "number", PERIOD, "38,726",
             "The number of Shandong companies with recorded import or export activity in the first nine months reached 38,726",
             segment="foreign trade enterprises"),
        fact(AREA, "total", "growth", 9.5, "percent", PERIOD, "9.5", EVIDENCE_PROCESSING,
             segment="processing trade"),
        fact(AREA, "total", "value", 317.4e9, "CNY", PERIOD, "317.4 billion", EVIDENCE_PROCESSING,
             segment="processing trade"),
        fact(AREA, "total", "rank", 1, "number", PERIOD, "largest",
             "Shandong's largest trading partner was ASEAN", partner="ASEAN"),
        fact(AREA, "total", "value", 432.4e9, "CNY", PERIOD, "432.4 billion", EVIDENCE_PARTNER_VALUES,
             partner="ASEAN"),
        fact(AREA, "total", "value", 300.1e9, "CNY", PERIOD, "300.1 billion", EVIDENCE_PARTNER_VALUES, partner=EU),
        fact(AREA, "total", "value", 227.4e9, "CNY", PERIOD, "227.4 billion", EVIDENCE_PARTNER_VALUES,
             partner="United States"),
        fact(AREA, "total", "value", 207.5e9, "CNY", PERIOD, "207.5 billion", EVIDENCE_PARTNER_VALUES,
             partner=KOREA),
        fact(AREA, "total", "growth", 8.9, "percent", PERIOD, "8.9", EVIDENCE_PARTNER_GROWTH, partner="ASEAN"),
        fact(AREA, "total", "growth", 6.3, "percent", PERIOD, "6.3", EVIDENCE_PARTNER_GROWTH, partner=EU),
        fact(AREA, "total", "growth", 1.6, "percent", PERIOD, "1.6", EVIDENCE_PARTNER_GROWTH, partner=KOREA),
        fact(AREA, "total", "growth", -9.8, "percent", PERIOD, "9.8",
             "commerce with the United States shrank 9.8 percent", partner="United States"),
        fact(AREA, "total", "growth", 6.7, "percent", PERIOD, "6.7", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact(AREA, "total", "value", 1.49e12, "CNY", PERIOD, "1.49 trillion", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact(AREA, "exports", "growth", 10.4, "percent", PERIOD, "10.4", EVIDENCE_MECH, product=MECH),
        fact(AREA, "exports", "value", 780.2e9, "CNY", PERIOD, "780.2 billion", EVIDENCE_MECH, product=MECH),
        fact(AREA, "exports", "share", 49.1, "percent", PERIOD, "49.1", EVIDENCE_MECH, product=MECH),
    ],
}
