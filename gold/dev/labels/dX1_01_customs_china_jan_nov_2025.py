from _fact import fact, period

JAN_NOV = period(2025, 1, 11)
NOVEMBER = period(2025, 11)
BRI = "Belt and Road partner countries"

TOTAL = (
    "China's goods trade, counting both imports and exports, came to 41.21 trillion yuan over the first 11 months of "
    "2025, an increase of 3.6% year on year"
)
EXPORTS = "Exports made up 24.46 trillion yuan of that, rising 6.2%"
IMPORTS = "imports 16.75 trillion yuan, rising 0.2%"
SURPLUS = "which left a trade surplus of 7.71 trillion yuan"
USD_TOTAL = "Expressed in US dollars, the period's combined trade reached 5.75 trillion US dollars, growing 2.9%"
NOV_TOTAL = "Trade for November alone totalled 3.9 trillion yuan, a rise of 4.1%; against October it was 5.4% higher"
NOV_FLOWS = "Within the month, exports and imports grew by 5.7% and 1.7% respectively"
ASEAN_RANK = "The largest trading partner was still ASEAN"
ASEAN_TRADE = (
    "The largest trading partner was still ASEAN, with which China traded goods worth 6.82 trillion yuan, or 16.6% of "
    "its entire foreign trade"
)
EU = "The EU, China's second-largest partner, saw two-way trade increase by 5.4%"
US = "Trade with the United States, China's third-largest partner, contracted by 16.9%"
BELT_ROAD = (
    "Trade with Belt and Road partner countries totalled 21.33 trillion yuan, a 51.8% share of the overall figure"
)
AFRICA = "For the first time, China's trade with Africa topped 2 trillion yuan"
ENTERPRISES = "706,000 enterprises carried out import and export business"
PRIVATE_COUNT = "Private enterprises made up 593,000 of that number"
PRIVATE_TRADE = (
    "Private enterprises made up 593,000 of that number and handled 23.52 trillion yuan of trade, equal to 57.1% of "
    "the national total"
)
MECH_ELEC = (
    "mechanical and electrical products made up 14.65 trillion yuan of China's exports, or 59.9% of everything shipped "
    "abroad"
)
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dX1_01_customs_china_jan_nov_2025",
    "title": "Goods Trade in China Up 3.6% Over the First 11 Months of 2025",
    "publisher": "General Administration of Customs of China",
    "published": "2025-12-08",
    "notes": [
        "Running period: 'the first 11 months of 2025' = 2025-01..2025-11; later paragraphs without a period ('The "
        "largest trading partner was still ASEAN...', Belt and Road, enterprises, commodities) keep that running period.",
        "'(the same below)' after the first growth rate: every later rate is year-on-year (yoy), the default anyway.",
        "November paragraph: 'against October it was 5.4% higher' is a comparison with the month before: basis mom, "
        "period November 2025 (October is the comparison base, not the period). The 4.1% before it is yoy.",
        "'Within the month, exports and imports grew by 5.7% and 1.7% respectively': 'the month' is November.",
        "US-dollar paragraph: the 2.9% growth in dollar terms is a separate observation from the 3.6% yuan-terms growth "
        "(the record has no currency dimension for growth; the two differ by value). Labelled both.",
        "'with which China traded goods worth 6.82 trillion yuan' refers to ASEAN earlier in the sentence (partner ASEAN).",
        "Ranks: ASEAN 'largest' = 1, EU 'second-largest' = 2, United States 'third-largest' = 3, all flow total.",
        "'For the first time, China's trade with Africa topped 2 trillion yuan': a value stated only as a threshold (no "
        "exact figure given), labelled with qualifier over; 'For the first time' is the milestone wording around it and "
        "is not a separate fact.",
        "Counts: 706,000 enterprises that carried out import and export business -> count, segment 'foreign trade "
        "enterprises'; "
        "593,000 private enterprises -> count, segment 'private enterprises'. Flow total for both.",
        "'7.1% more than a year before' of the number of enterprises is growth of a count, which the record cannot express "
        "(measure growth is for trade flows): out. Guide question raised in the report.",
        "Out of scope: '1.2 percentage points above the share a year earlier' (derived comparison), 'adding 3.9 "
        "percentage points' (contribution), 'nine months in a row' (streak), 'double-digit rates' (no number), 8th CIIE "
        "and its 83.49 billion US dollars of tentative deals (orders, not trade flows), the customs official's "
        "expectation that 2025 trade would surpass 45 trillion yuan (forecast).",
        "Mechanical and electrical products: exports value and share of total exports; product in the text's words.",
    ],
    "facts": [
        fact("China", "total", "value", 41.21e12, "CNY", JAN_NOV, "41.21 trillion", TOTAL),
        fact("China", "total", "growth", 3.6, "percent", JAN_NOV, "3.6", TOTAL),
        fact("China", "exports", "value", 24.46e12, "CNY", JAN_NOV, "24.46 trillion", EXPORTS),
        fact("China", "exports", "growth", 6.2, "percent", JAN_NOV, "6.2", EXPORTS),
        fact("China", "imports", "value", 16.75e12, "CNY", JAN_NOV, "16.75 trillion", IMPORTS),
        fact("China", "imports", "growth", 0.2, "percent", JAN_NOV, "0.2", IMPORTS),
        fact("China", "balance", "value", 7.71e12, "CNY", JAN_NOV, "7.71 trillion", SURPLUS),
        fact("China", "total", "value", 5.75e12, "USD", JAN_NOV, "5.75 trillion", USD_TOTAL),
        fact("China", "total", "growth", 2.9, "percent", JAN_NOV, "2.9", USD_TOTAL),
        fact("China", "total", "value", 3.9e12, "CNY", NOVEMBER, "3.9 trillion", NOV_TOTAL),
        fact("China", "total", "growth", 4.1, "percent", NOVEMBER, "4.1", NOV_TOTAL),
        fact("China", "total", "growth", 5.4, "percent", NOVEMBER, "5.4", NOV_TOTAL, basis="mom"),
        fact("China", "exports", "growth", 5.7, "percent", NOVEMBER, "5.7", NOV_FLOWS),
        fact("China", "imports", "growth", 1.7, "percent", NOVEMBER, "1.7", NOV_FLOWS),
        fact("China", "total", "rank", 1, "number", JAN_NOV, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "value", 6.82e12, "CNY", JAN_NOV, "6.82 trillion", ASEAN_TRADE, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", JAN_NOV, "16.6", ASEAN_TRADE, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JAN_NOV, "second-largest", EU, partner="European Union"),
        fact("China", "total", "growth", 5.4, "percent", JAN_NOV, "5.4", EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JAN_NOV, "third-largest", US, partner="United States"),
        fact("China", "total", "growth", -16.9, "percent", JAN_NOV, "16.9", US, partner="United States"),
        fact("China", "total", "value", 21.33e12, "CNY", JAN_NOV, "21.33 trillion", BELT_ROAD, partner=BRI),
        fact("China", "total", "share", 51.8, "percent", JAN_NOV, "51.8", BELT_ROAD, partner=BRI),
        fact("China", "total", "value", 2e12, "CNY", JAN_NOV, "2 trillion", AFRICA, partner="Africa", qualifier="over"),
        fact("China", "total", "count", 706000, "number", JAN_NOV, "706,000", ENTERPRISES,
             segment="foreign trade enterprises"),
        fact("China", "total", "count", 593000, "number", JAN_NOV, "593,000", PRIVATE_COUNT,
             segment="private enterprises"),
        fact("China", "total", "value", 23.52e12, "CNY", JAN_NOV, "23.52 trillion", PRIVATE_TRADE,
             segment="private enterprises"),
        fact("China", "total", "share", 57.1, "percent", JAN_NOV, "57.1", PRIVATE_TRADE, segment="private enterprises"),
        fact("China", "exports", "value", 14.65e12, "CNY", JAN_NOV, "14.65 trillion", MECH_ELEC, product=ME),
        fact("China", "exports", "share", 59.9, "percent", JAN_NOV, "59.9", MECH_ELEC, product=ME),
    ],
}
