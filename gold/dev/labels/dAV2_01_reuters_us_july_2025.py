from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
MAR = period(2025, 3)
JUL24 = period(2024, 7)
YTD = period(2025, 1, 7)
US = "United States"
GS = "goods and services"

E_BAL = "June's shortfall was revised to $59.1 billion, and the goods and services deficit then jumped by 32.5% to reach $78.3 billion in July"
E_IMP = "the import bill climbed 5.9% to $358.8 billion"
E_EXP = "exports crept 0.3% higher to $280.5 billion"
E_GBAL = "The deficit in goods alone was $103.9 billion, having widened 22.5% on the month"
E_CN = "The politically sensitive goods deficit with China shrank to $14.7 billion, less than half the $29.2 billion deficit recorded in July 2024"
E_YTD = "So far this year, the trade deficit has swelled 30.9% to $654.9 billion"
E_YTD2 = "Exports are up 5.7% in the first seven months, but imports have grown 11.2%"

ARTICLE = {
    "id": "dAV2_01_reuters_us_july_2025",
    "title": "US trade deficit balloons in July as companies race to import ahead of tariffs",
    "publisher": "Reuters",
    "published": "2025-09-04",
    "notes": [
        "Publication date: dateline 'Sept 4' with a July 2025 report; year 2025 from the July data context (US July trade data were released Sept. 4, 2025).",
        "Headline aggregates (deficit, exports, imports, year-to-date figures, the March record) are the BEA goods-and-services totals: the lede names 'the goods and services deficit', so product 'goods and services'; 'Goods imports', 'shipments of goods', 'deficit in goods alone' and the bilateral goods deficits are goods alone (product None).",
        "Growth basis: 32.5% is stated against June's shortfall, 'revised to $59.1 billion' (comparison with the month before) -> mom. Paragraph 3 opens with 'Compared with June', a month-on-month frame carried to the 5.9% and 0.3% figures -> mom. The goods deficit's 22.5% says 'on the month' -> mom. Year-to-date growth rates (30.9, 5.7, 11.2) are versus the same period of 2024 -> yoy.",
        "Deficit growth follows its verb: 'jumped by 32.5%', 'widened 22.5%', 'swelled 30.9%' are all +.",
        "The revised June deficit ($59.1 billion) is labelled as its own June observation; likewise the $29.2 billion China goods deficit of July 2024 and the record $136.4 billion March 2025 gap (record = milestone wording, but the value itself is a trade flow).",
        "Out of scope: absolute month-on-month changes ('rising $19.7 billion', 'slipped $0.2 billion', 'climbed $4.8 billion', 'rose $6.1 billion', 'increased $7.3 billion', 'rose $0.6 billion', 'increased $1.3 billion', 'fell $1.6 billion'): differences derived from other figures, not levels or percent growth; 'more than half of that increase' and 'less than half' (derived comparisons); the Reuters poll forecast $75.7 billion; tariff rates 10%-50%; GDP contributions 4.83 and 4.61 percentage points; GDP growth 3.3%, 1 percentage point and 2.5%; 'two decades'; years.",
        "'Services imports barely moved at $76.7 billion' and 'Services exports edged up to $102.3 billion' give levels only (no percent), labelled as values with product services.",
        "Imports of pharmaceutical preparations 'had soared to an all-time high of $50.1 billion in March' -> March 2025 value, product 'pharmaceutical preparations'. No level is given for July pharma, consumer goods or industrial supplies.",
        "Vietnam sentence: 'leaving a U.S. deficit of $16.3 billion' -> area United States, partner Vietnam, balance -16.3e9 (the Vietnamese surplus carries no separate number). The bilateral balances are goods deficits (paragraph frame 'goods deficit with China ... with Mexico'), product None.",
    ],
    "facts": [
        fact(US, "balance", "value", -78.3e9, "USD", JUL, "78.3 billion", E_BAL, product=GS),
        fact(US, "balance", "growth", 32.5, "percent", JUL, "32.5", E_BAL, product=GS, basis="mom"),
        fact(US, "balance", "value", -59.1e9, "USD", JUN, "59.1 billion", E_BAL, product=GS),
        fact(US, "imports", "growth", 5.9, "percent", JUL, "5.9", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 358.8e9, "USD", JUL, "358.8 billion", E_IMP, product=GS),
        fact(US, "exports", "growth", 0.3, "percent", JUL, "0.3", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 280.5e9, "USD", JUL, "280.5 billion", E_EXP, product=GS),
        fact(US, "imports", "value", 282.1e9, "USD", JUL, "282.1 billion",
             "Goods imports did the heavy lifting, rising $19.7 billion to $282.1 billion"),
        fact(US, "imports", "value", 76.7e9, "USD", JUL, "76.7 billion",
             "Services imports barely moved at $76.7 billion", product="services"),
        fact(US, "balance", "growth", 22.5, "percent", JUL, "22.5", E_GBAL, basis="mom"),
        fact(US, "balance", "value", -103.9e9, "USD", JUL, "103.9 billion", E_GBAL),
        fact(US, "balance", "value", 25.6e9, "USD", JUL, "25.6 billion",
             "The surplus in services slipped $0.2 billion to $25.6 billion", product="services"),
        fact(US, "imports", "value", 100.3e9, "USD", JUL, "100.3 billion",
             "Capital goods imports climbed $4.8 billion to a record $100.3 billion", product="capital goods"),
        fact(US, "imports", "value", 50.1e9, "USD", MAR, "50.1 billion",
             "Imports of pharmaceutical preparations had soared to an all-time high of $50.1 billion in March",
             product="pharmaceutical preparations"),
        fact(US, "exports", "value", 178.2e9, "USD", JUL, "178.2 billion",
             "shipments of goods rose $0.6 billion to $178.2 billion"),
        fact(US, "exports", "value", 58.4e9, "USD", JUL, "58.4 billion",
             "Exports of capital goods increased $1.3 billion to $58.4 billion", product="capital goods"),
        fact(US, "exports", "value", 102.3e9, "USD", JUL, "102.3 billion",
             "Services exports edged up to $102.3 billion", product="services"),
        fact(US, "balance", "value", -14.7e9, "USD", JUL, "14.7 billion", E_CN, partner="China"),
        fact(US, "balance", "value", -29.2e9, "USD", JUL24, "29.2 billion", E_CN, partner="China"),
        fact(US, "balance", "value", -16.5e9, "USD", JUL, "16.5 billion",
             "The goods deficit with Mexico rose to $16.5 billion", partner="Mexico"),
        fact(US, "balance", "value", -16.3e9, "USD", JUL, "16.3 billion",
             "Vietnam, which has become a major alternative supplier of electronics and furniture, saw its surplus with the United States climb, leaving a U.S. deficit of $16.3 billion",
             partner="Vietnam"),
        fact(US, "balance", "value", -22.9e9, "USD", JUL, "22.9 billion",
             "With the European Union, the deficit stood at $22.9 billion", partner="European Union"),
        fact(US, "balance", "growth", 30.9, "percent", YTD, "30.9", E_YTD, product=GS),
        fact(US, "balance", "value", -654.9e9, "USD", YTD, "654.9 billion", E_YTD, product=GS),
        fact(US, "balance", "value", -136.4e9, "USD", MAR, "136.4 billion",
             "the monthly gap hit a record $136.4 billion in March", product=GS),
        fact(US, "exports", "growth", 5.7, "percent", YTD, "5.7", E_YTD2, product=GS),
        fact(US, "imports", "growth", 11.2, "percent", YTD, "11.2", E_YTD2, product=GS),
    ],
}
