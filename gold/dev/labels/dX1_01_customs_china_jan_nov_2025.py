from _fact import fact, period

JAN_NOV = period(2025, 1, 11)
NOVEMBER = period(2025, 11)
BRI = "Belt and Road partner countries"

TOTAL = (
    "the total value of China's imports and exports of goods was 41.21 trillion yuan, "
    "a year-on-year increase of 3.6%"
)
EXPORTS = "exports were 24.46 trillion yuan, up 6.2%"
IMPORTS = "imports were 16.75 trillion yuan, up 0.2%"
SURPLUS = "the trade surplus stood at 7.71 trillion yuan"
USD_TOTAL = (
    "Denominated in US dollars, the total import and export value in the period was 5.75 trillion US dollars, "
    "an increase of 2.9%"
)
NOV_TOTAL = (
    "In November, the total value of imports and exports was 3.9 trillion yuan, up 4.1%, and 5.4% higher than in October"
)
NOV_FLOWS = "Exports and imports in the month rose by 5.7% and 1.7% respectively"
ASEAN_RANK = "ASEAN remained China's largest trading partner"
ASEAN_TRADE = (
    "Total trade between the two sides was 6.82 trillion yuan, accounting for 16.6% of China's total foreign trade value"
)
EU = "The EU was China's second-largest trading partner, and China-EU trade increased by 5.4%"
US = "China's trade with the United States, its third-largest trading partner, decreased by 16.9%"
BELT_ROAD = (
    "China's imports and exports with Belt and Road partner countries reached 21.33 trillion yuan, "
    "making up 51.8% of the total"
)
AFRICA = "Trade with Africa exceeded 2 trillion yuan for the first time"
ENTERPRISES = "706,000 enterprises recorded import and export performance"
PRIVATE_COUNT = "Among them, 593,000 were private enterprises"
PRIVATE_TRADE = (
    "private enterprises, whose imports and exports amounted to 23.52 trillion yuan, accounting for 57.1% of China's total"
)
MECH_ELEC = (
    "China exported 14.65 trillion yuan of mechanical and electrical products, accounting for 59.9% of total export value"
)
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dX1_01_customs_china_jan_nov_2025",
    "title": "China's Foreign Trade Grew 3.6% in the First 11 Months of 2025",
    "publisher": "General Administration of Customs of China",
    "published": "2025-12-08",
    "notes": [
        "Running period: 'the first 11 months of 2025' = 2025-01..2025-11; later paragraphs without a period ('ASEAN "
        "remained...', Belt and Road, enterprises, commodities) keep that running period.",
        "'(the same below)' after the first growth rate: every later rate is year-on-year (yoy), the default anyway.",
        "November paragraph: '5.4% higher than in October' is a comparison with the month before: basis mom, period "
        "November 2025 (October is the comparison base, not the period). The 4.1% in the same clause is yoy.",
        "'Exports and imports in the month rose by 5.7% and 1.7% respectively': 'the month' is November.",
        "US-dollar paragraph: the 2.9% growth in dollar terms is a separate observation from the 3.6% yuan-terms growth "
        "(the record has no currency dimension for growth; the two differ by value). Labelled both.",
        "'Total trade between the two sides' carries the subject ASEAN from the sentence before (partner ASEAN).",
        "Ranks: ASEAN 'largest' = 1, EU 'second-largest' = 2, United States 'third-largest' = 3, all flow total.",
        "'Trade with Africa exceeded 2 trillion yuan for the first time': a value stated only as a threshold (no exact "
        "figure given), labelled with qualifier over; 'for the first time' is the milestone wording around it and is not "
        "a separate fact.",
        "Counts: 706,000 enterprises with import and export performance -> count, segment 'foreign trade enterprises'; "
        "593,000 private enterprises -> count, segment 'private enterprises'. Flow total for both.",
        "'an increase of 7.1%' of the number of enterprises is growth of a count, which the record cannot express "
        "(measure growth is for trade flows): out. Guide question raised in the report.",
        "Out of scope: '1.2 percentage points higher' (derived comparison), 'contributing 3.9 percentage points' "
        "(contribution), 'ninth consecutive month' (streak), 'double-digit export growth' (no number), 8th CIIE and its "
        "83.49 billion US dollars of tentative deals (orders, not trade flows), the spokesperson's expectation of more "
        "than 45 trillion yuan for 2025 (forecast).",
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
