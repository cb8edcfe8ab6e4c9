from _fact import fact, period

AUG = period(2025, 8)              # "in August" / "last month" (published 2025-09-20)
JAN_AUG = period(2025, 1, 8)       # "the first eight months of the year", "January-August"

REFINED = "refined copper"
UNWROUGHT = "unwrought copper and copper products"
CONC = "copper ore and concentrate"

LEAD = "Refined copper shipments from the Democratic Republic of Congo to China grew 14.2% year-on-year in August"
DRC = ("China took in 118,600 metric tons of refined copper from Congo last month, according to the General Administration "
       "of Customs, or 41.3% of its total refined copper imports of 287,400 tons")
DRC_RANK = "That made Congo the largest supplier by a wide margin last month"
RUS = "Russia was the second-biggest supplier at 41,200 tons, up 36.8% from August 2024"
CHL = "Shipments from Chile, once the dominant source, dropped 27.5% to 36,900 tons"
JPN = ("Japan, whose smelters send cathode to China when regional price spreads favour it, sold 13,800 tons, "
       "62.1% more than a year before")
UNW = ("August arrivals in the broader unwrought copper and copper products category, a basket covering anode, refined "
       "and alloy metal as well as semi-finished goods, at 462,000 tons")
UNW_G = "That was up 4.5% from July but down 1.8% from a year ago."
UNW_V = "The August purchases were worth $4.55 billion, or about 32.6 billion yuan."
UNW_YTD = "purchases of unwrought copper and products over the first eight months of the year were down 2.8% at 3.52 million tons"
CONC_M = "They totalled 2.76 million tons in August, up 7.3% year-on-year and 6.8% higher than in July"
CONC_YTD = "bringing the January-August tally to 20.05 million tons, a gain of 7.6% on the same period last year"
CONC_V = "Last month's concentrate purchases were valued at 45.5 billion yuan."
CHL_C = "Chile shipped 862,300 tons of concentrate to China in August, 31.2% of the total"
PER_C = "Chile shipped 862,300 tons of concentrate to China in August, 31.2% of the total, while Peru supplied 641,700 tons."

ARTICLE = {
    "id": "dAK1_02_china_copper_imports_2025",
    "title": "China's August refined copper imports from Congo rise as overall arrivals stay soft",
    "publisher": "Reuters",
    "published": "2025-09-20",
    "notes": [
        "Dateline Sept 20, 2025: 'last month' is August 2025; 'the first eight months of the year' and 'January-August' are 2025-01..2025-08.",
        "Products: 'refined copper' (cathode; Japan's 'cathode' and Chile's 'shipments' carry it from the paragraph), 'unwrought copper and copper products' (the customs aggregate; 'unwrought copper and products' is the same category), 'copper ore and concentrate' ('concentrate' and 'They' carry it).",
        "Partner 'Democratic Republic of Congo' as the text names it (DR Congo; 'Congo' and 'the African country' refer to it).",
        "Congo's 41.3% is its share of China's refined copper imports in August; Chile's 31.2% is its share of China's concentrate imports ('of the total').",
        "'the largest supplier by a wide margin last month' gives Congo rank 1 and 'second-biggest supplier' gives Russia rank 2, both for refined copper imports in August.",
        "'up 4.5% from July' and '6.8% higher than in July' are month-on-month growth (basis mom); July is the comparison base, not the period. 'up 36.8% from August 2024' is yoy.",
        "'The August purchases were worth $4.55 billion, or about 32.6 billion yuan': one observation in two currencies, USD exact and CNY approx.",
        "Out of scope: 'the metal's biggest consumer' (consumption, not a trade rank); 'once the dominant source' (no number); LME price $9,962 and 'up about 14%' (price change); SHFE 80,120 yuan ($11,268) a ton; Yangshan premium $49; '$10,000 a ton' in the quote; treatment charges minus $42.50 and the $21.25 benchmark; refined copper output 1.17 million tons and its 15.6% rise (production, not trade); the 50% US tariff and Aug. 1 date.",
    ],
    "facts": [
        fact("China", "imports", "growth", 14.2, "percent", AUG, "14.2", LEAD,
             partner="Democratic Republic of Congo", product=REFINED),
        fact("China", "imports", "quantity", 118600, "tonnes", AUG, "118,600", DRC,
             partner="Democratic Republic of Congo", product=REFINED),
        fact("China", "imports", "share", 41.3, "percent", AUG, "41.3", DRC,
             partner="Democratic Republic of Congo", product=REFINED),
        fact("China", "imports", "quantity", 287400, "tonnes", AUG, "287,400", DRC, product=REFINED),
        fact("China", "imports", "rank", 1, "number", AUG, "largest", DRC_RANK,
             partner="Democratic Republic of Congo", product=REFINED),
        fact("China", "imports", "rank", 2, "number", AUG, "second", RUS, partner="Russia", product=REFINED),
        fact("China", "imports", "quantity", 41200, "tonnes", AUG, "41,200", RUS, partner="Russia", product=REFINED),
        fact("China", "imports", "growth", 36.8, "percent", AUG, "36.8", RUS, partner="Russia", product=REFINED),
        fact("China", "imports", "growth", -27.5, "percent", AUG, "27.5", CHL, partner="Chile", product=REFINED),
        fact("China", "imports", "quantity", 36900, "tonnes", AUG, "36,900", CHL, partner="Chile", product=REFINED),
        fact("China", "imports", "quantity", 13800, "tonnes", AUG, "13,800", JPN, partner="Japan", product=REFINED),
        fact("China", "imports", "growth", 62.1, "percent", AUG, "62.1", JPN, partner="Japan", product=REFINED),
        fact("China", "imports", "quantity", 462000, "tonnes", AUG, "462,000", UNW, product=UNWROUGHT),
        fact("China", "imports", "growth", 4.5, "percent", AUG, "4.5", UNW_G, product=UNWROUGHT, basis="mom"),
        fact("China", "imports", "growth", -1.8, "percent", AUG, "1.8", UNW_G, product=UNWROUGHT),
        fact("China", "imports", "value", 4.55e9, "USD", AUG, "4.55 billion", UNW_V, product=UNWROUGHT),
        fact("China", "imports", "value", 32.6e9, "CNY", AUG, "32.6 billion", UNW_V, product=UNWROUGHT, qualifier="approx"),
        fact("China", "imports", "growth", -2.8, "percent", JAN_AUG, "2.8", UNW_YTD, product=UNWROUGHT),
        fact("China", "imports", "quantity", 3.52e6, "tonnes", JAN_AUG, "3.52 million", UNW_YTD, product=UNWROUGHT),
        fact("China", "imports", "quantity", 2.76e6, "tonnes", AUG, "2.76 million", CONC_M, product=CONC),
        fact("China", "imports", "growth", 7.3, "percent", AUG, "7.3", CONC_M, product=CONC),
        fact("China", "imports", "growth", 6.8, "percent", AUG, "6.8", CONC_M, product=CONC, basis="mom"),
        fact("China", "imports", "quantity", 20.05e6, "tonnes", JAN_AUG, "20.05 million", CONC_YTD, product=CONC),
        fact("China", "imports", "growth", 7.6, "percent", JAN_AUG, "7.6", CONC_YTD, product=CONC),
        fact("China", "imports", "value", 45.5e9, "CNY", AUG, "45.5 billion", CONC_V, product=CONC),
        fact("China", "imports", "quantity", 862300, "tonnes", AUG, "862,300", CHL_C, partner="Chile", product=CONC),
        fact("China", "imports", "share", 31.2, "percent", AUG, "31.2", CHL_C, partner="Chile", product=CONC),
        fact("China", "imports", "quantity", 641700, "tonnes", AUG, "641,700", PER_C, partner="Peru", product=CONC),
    ],
}
