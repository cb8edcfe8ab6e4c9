from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
TW = "Taiwan"
E_TOT = "At $61.8 billion, exports were 49.7% above their level a year earlier"
E_SEQ = "Measured against September, when they stood at $56.6 billion, exports gained 9.2%"
E_IMP = "Imports, for their part, increased 14.6% year-on-year to $39.22 billion"
E_US = "Sales to the U.S. reached $21.14 billion, up 144.3%, and were 15.1% above September's level"
E_CN = ("Shipments bound for China and Hong Kong, which now rank as the second-biggest destination, grew by a moderate "
        "3.2% to $14.34 billion, accounting for 23.2% of the overall figure")
E_ICT = ("the server-heavy category of information, communication and audio-video products posted a 140% rise in "
         "exports to a record $27.67 billion")
E_YTD = "Exports in the first ten months of the year added up to $521.5 billion, 33.6% more than a year earlier"
ICT = "information, communication and audio-video products"
CNHK = "China, Hong Kong"

ARTICLE = {
    "id": "dB2_01_tw_exports_oct2025",
    "title": "Record October for Taiwan's exports at $61.8 billion as U.S. appetite for AI servers booms",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "The text gives no year (dateline 'Nov 7 (Reuters)'); the year 2025 comes from the published date.",
        "Headline $61.8 billion restates the body figure: labelled once with the body sentence.",
        "'Measured against September, when they stood at $56.6 billion, exports gained 9.2%': growth basis mom; September's $56.6 billion is a separate value fact for 2025-09.",
        "'15.1% above September's level' (exports to the U.S.): basis mom.",
        "'Shipments bound for China and Hong Kong' is one partner group: partner written 'China, Hong Kong' (text order, as the guide joins groups of areas).",
        "'second-biggest destination' is a stated rank (2) for China and Hong Kong; 'the largest buyer of Taiwanese exports' is rank 1 for the U.S.",
        "'Exports to Southeast Asia's ASEAN economies' -> partner ASEAN; 'Europe-bound sales' -> partner Europe.",
        "Reuters poll forecast (31.5%), ministry forecast for November (35% to 40%), 'quickest annual expansion since May 2010', 'highest proportion it has claimed in 35 years' and third-quarter GDP (7.64%) are out of scope.",
        "'first month ever beyond the $60 billion mark': milestone, out; the exact $61.8 billion is labelled.",
        "NT$1.89 trillion: the same October export observation in another currency, a separate TWD fact (exact: no 'about').",
        "'first ten months of the year' -> 2025-01/2025-10; 'already tops last year's total for the whole of the year' gives no number: nothing labelled.",
        "Electronic components: growth only; 'mostly semiconductors' is a description, product kept as 'electronic components'.",
    ],
    "facts": [
        fact(TW, "exports", "growth", 49.7, "percent", OCT, "49.7", E_TOT),
        fact(TW, "exports", "value", 61.8e9, "USD", OCT, "61.8 billion", E_TOT),
        fact(TW, "exports", "growth", 9.2, "percent", OCT, "9.2", E_SEQ, basis="mom"),
        fact(TW, "exports", "value", 56.6e9, "USD", SEP, "56.6 billion", E_SEQ),
        fact(TW, "imports", "growth", 14.6, "percent", OCT, "14.6", E_IMP),
        fact(TW, "imports", "value", 39.22e9, "USD", OCT, "39.22 billion", E_IMP),
        fact(TW, "balance", "value", 22.58e9, "USD", OCT, "22.58 billion",
             "Taiwan's trade surplus for the month swelled to a record $22.58 billion"),
        fact(TW, "exports", "rank", 1, "number", OCT, "largest",
             "The United States further secured its place as the largest buyer of Taiwanese exports", partner="United States"),
        fact(TW, "exports", "growth", 144.3, "percent", OCT, "144.3", E_US, partner="United States"),
        fact(TW, "exports", "value", 21.14e9, "USD", OCT, "21.14 billion", E_US, partner="United States"),
        fact(TW, "exports", "growth", 15.1, "percent", OCT, "15.1", E_US, partner="United States", basis="mom"),
        fact(TW, "exports", "share", 34.2, "percent", OCT, "34.2",
             "In October, 34.2% of all Taiwanese exports went to the U.S.", partner="United States"),
        fact(TW, "exports", "rank", 2, "number", OCT, "second-biggest", E_CN, partner=CNHK),
        fact(TW, "exports", "growth", 3.2, "percent", OCT, "3.2", E_CN, partner=CNHK),
        fact(TW, "exports", "value", 14.34e9, "USD", OCT, "14.34 billion", E_CN, partner=CNHK),
        fact(TW, "exports", "share", 23.2, "percent", OCT, "23.2", E_CN, partner=CNHK),
        fact(TW, "exports", "growth", 40, "percent", OCT, "40",
             "Exports to Southeast Asia's ASEAN economies expanded 40%", partner="ASEAN"),
        fact(TW, "exports", "growth", 26.2, "percent", OCT, "26.2", "Europe-bound sales increased 26.2%", partner="Europe"),
        fact(TW, "exports", "growth", 140, "percent", OCT, "140", E_ICT, product=ICT),
        fact(TW, "exports", "value", 27.67e9, "USD", OCT, "27.67 billion", E_ICT, product=ICT),
        fact(TW, "exports", "growth", 27.7, "percent", OCT, "27.7",
             "Exports of electronic components (mostly semiconductors) were up 27.7%", product="electronic components"),
        fact(TW, "exports", "value", 1.89e12, "TWD", OCT, "1.89 trillion",
             "Expressed in the local currency, exports in October came to NT$1.89 trillion"),
        fact(TW, "exports", "value", 521.5e9, "USD", period(2025, 1, 10), "521.5 billion", E_YTD),
        fact(TW, "exports", "growth", 33.6, "percent", period(2025, 1, 10), "33.6", E_YTD),
    ],
}
