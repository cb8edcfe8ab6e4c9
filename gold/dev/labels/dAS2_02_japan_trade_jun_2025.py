from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
H1 = period(2025, 1, 6)
Y24 = period(2024, 1, 12)
JP = "Japan"
US = "United States"
E_EXP = "At ¥9.16 trillion, exports were 0.5% lower than a year earlier"
E_IMP = "Purchases from abroad, by contrast, were 0.2% higher at ¥9.01 trillion"
E_BAL = "The month's trade produced a surplus of ¥153.1 billion ($1.04 billion), Japan's first in three months, although it was 30.8% smaller than in June 2024"
E_MAY = "In May, exports had dropped 1.7% and imports 7.7%"
E_US = "Sales to the United States, down for a third month in a row, were 11.4% lower at ¥1.71 trillion"
E_AUTO = "Measured in yen, automobile exports to the U.S. were 26.7% lower"
E_USIMP = "Japan bought ¥1.04 trillion of U.S. goods, 2.0% less than a year before"
E_USBAL = "Japan bought ¥1.04 trillion of U.S. goods, 2.0% less than a year before, leaving it with a bilateral surplus of ¥669.3 billion, down 22.9% from a year earlier"
E_USH1 = "Over January-June, however, Japan's surplus with the United States reached ¥4.13 trillion, up 6.2% on the first half of 2024"
E_CHINA = "China, which was Japan's largest trading partner last year, took 4.7% less from Japan than a year earlier"
E_CNIMP = "Japanese purchases of Chinese goods grew 5.3%"
E_RESP = "Shipments to Asia as a whole and to the European Union increased 2.0% and 3.0%, respectively"
E_H1 = ("For the first half of the year, Japan ran a trade deficit of ¥2.22 trillion, as higher import bills for "
        "pharmaceuticals offset exports that were 3.5% above the same period of 2024")

ARTICLE = {
    "id": "dAS2_02_japan_trade_jun_2025",
    "title": "Japan's exports slip 0.5% in June as U.S.-bound car shipments sink 26.7%",
    "publisher": "Pacific Rim Newswire",
    "published": "2025-07-17",
    "notes": [
        "Synthetic wire story written for the AS dev set; headline figures follow the Ministry of Finance June 2025 preliminary release as reported, others (seasonally adjusted change, Asia/EU growth, H1 export growth) are realistic inventions.",
        "June and May carry no year in the text: 2025 from the dateline (July 17) and publication date. 'last year' (China's rank) and 'in 2024' (car share) are 2024.",
        "Headline 'slip 0.5%' / 'sink 26.7%' restate body facts: labelled once, with body evidence.",
        "Yen amounts written '¥9.16 trillion': unit JPY, value_text without the symbol. Goods trade (customs data) -> product null.",
        "Forecasts: '0.5% increase' expected by economists, 'the median forecast had called for a 1.6% fall', consensus surplus 'roughly ¥330 billion', the analyst's '2% to 3%' second-half drop: out.",
        "'¥153.1 billion ($1.04 billion)': a JPY fact and a USD fact; the conversion is written without a hedge word, so qualifier exact (the same observation in another currency is a separate fact).",
        "'30.8% smaller than in June 2024': growth of the surplus, 'smaller' -> -30.8, yoy; 'June 2024' is the comparison base, not the period (period June 2025). 'Japan's first in three months': milestone, out.",
        "May paragraph: 'imports 7.7%' shares the verb 'dropped' -> -7.7; the revised May deficit ¥638.6 billion is a May balance, negative.",
        "'On a seasonally adjusted basis, exports fell 1.4% from May': basis mom, June. 'imports were broadly flat': no number.",
        "'down for a third month in a row': streak, out.",
        "'the U.S. share of Japan's total exports slipped to 18.6%': share of exports, partner United States, June (1.71/9.16 agrees). 'slipped to' moves a share level, not a growth: value 18.6 as written.",
        "'Measured in yen, automobile exports to the U.S. were 26.7% lower, even as 3.4% more vehicles made the trip': value growth labelled; the vehicle-count growth beside it is volume growth beside value growth -> out. The 25% levies: out.",
        "'Shipments of car parts to the U.S. fell 15.5%': product 'car parts', partner United States.",
        "'Automobiles accounted for 28.3% of everything Japan sold to the United States in 2024': share of exports to the US, product automobiles, period 2024.",
        "US bilateral: 'Japan bought ¥1.04 trillion of U.S. goods, 2.0% less than a year before' -> imports from the US, value and growth -2.0 ('less'); surplus ¥669.3 billion, 'down 22.9% from a year earlier' -> -22.9 (growth of a surplus follows its verb). January-June surplus with the US ¥4.13 trillion, 'up 6.2% on the first half of 2024' (yoy; 2024 is the comparison base).",
        "China: 'which was Japan's largest trading partner last year' -> rank 1, flow total, partner China, period 2024. 'took 4.7% less from Japan than a year earlier' -> Japan's exports to China, -4.7, yoy (June). 'Japanese purchases of Chinese goods grew 5.3%' -> imports from China +5.3 (June).",
        "'Shipments to Asia as a whole and to the European Union increased 2.0% and 3.0%, respectively': partner Asia and European Union, exports, yoy.",
        "First half: deficit ¥2.22 trillion (negative balance, 2025-01..06); 'exports that were 3.5% above the same period of 2024' -> exports growth +3.5, yoy, H1 2025.",
        "GDP -0.2% annualized, 'largest foreign investor in the United States' (investment, not trade), 'Barely two weeks': out.",
    ],
    "facts": [
        fact(JP, "exports", "growth", -0.5, "percent", JUN, "0.5", E_EXP),
        fact(JP, "exports", "value", 9.16e12, "JPY", JUN, "9.16 trillion", E_EXP),
        fact(JP, "imports", "growth", 0.2, "percent", JUN, "0.2", E_IMP),
        fact(JP, "imports", "value", 9.01e12, "JPY", JUN, "9.01 trillion", E_IMP),
        fact(JP, "balance", "value", 153.1e9, "JPY", JUN, "153.1 billion", E_BAL),
        fact(JP, "balance", "value", 1.04e9, "USD", JUN, "1.04 billion", E_BAL),
        fact(JP, "balance", "growth", -30.8, "percent", JUN, "30.8", E_BAL),
        fact(JP, "exports", "growth", -1.7, "percent", MAY, "1.7", E_MAY),
        fact(JP, "imports", "growth", -7.7, "percent", MAY, "7.7", E_MAY),
        fact(JP, "balance", "value", -638.6e9, "JPY", MAY, "638.6 billion",
             "the deficit for that month was revised to ¥638.6 billion"),
        fact(JP, "exports", "growth", -1.4, "percent", JUN, "1.4",
             "On a seasonally adjusted basis, exports fell 1.4% from May", basis="mom"),
        fact(JP, "exports", "growth", -11.4, "percent", JUN, "11.4", E_US, partner=US),
        fact(JP, "exports", "value", 1.71e12, "JPY", JUN, "1.71 trillion", E_US, partner=US),
        fact(JP, "exports", "share", 18.6, "percent", JUN, "18.6",
             "the U.S. share of Japan's total exports slipped to 18.6%", partner=US),
        fact(JP, "exports", "growth", -26.7, "percent", JUN, "26.7", E_AUTO, partner=US, product="automobiles"),
        fact(JP, "exports", "growth", -15.5, "percent", JUN, "15.5",
             "Shipments of car parts to the U.S. fell 15.5%", partner=US, product="car parts"),
        fact(JP, "exports", "share", 28.3, "percent", Y24, "28.3",
             "Automobiles accounted for 28.3% of everything Japan sold to the United States in 2024",
             partner=US, product="automobiles"),
        fact(JP, "imports", "growth", -2.0, "percent", JUN, "2.0", E_USIMP, partner=US),
        fact(JP, "imports", "value", 1.04e12, "JPY", JUN, "1.04 trillion", E_USIMP, partner=US),
        fact(JP, "balance", "value", 669.3e9, "JPY", JUN, "669.3 billion", E_USBAL, partner=US),
        fact(JP, "balance", "growth", -22.9, "percent", JUN, "22.9", E_USBAL, partner=US),
        fact(JP, "balance", "value", 4.13e12, "JPY", H1, "4.13 trillion", E_USH1, partner=US),
        fact(JP, "balance", "growth", 6.2, "percent", H1, "6.2", E_USH1, partner=US),
        fact(JP, "exports", "growth", -4.7, "percent", JUN, "4.7", E_CHINA, partner="China"),
        fact(JP, "total", "rank", 1, "number", Y24, "largest", E_CHINA, partner="China"),
        fact(JP, "imports", "growth", 5.3, "percent", JUN, "5.3", E_CNIMP, partner="China"),
        fact(JP, "exports", "growth", 2.0, "percent", JUN, "2.0", E_RESP, partner="Asia"),
        fact(JP, "exports", "growth", 3.0, "percent", JUN, "3.0", E_RESP, partner="European Union"),
        fact(JP, "balance", "value", -2.22e12, "JPY", H1, "2.22 trillion", E_H1),
        fact(JP, "exports", "growth", 3.5, "percent", H1, "3.5", E_H1),
    ],
}
