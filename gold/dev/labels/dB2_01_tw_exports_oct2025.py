from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
TW = "Taiwan"
E_TOT = "Exports rose 49.7% from a year earlier to $61.8 billion"
E_SEQ = "On a sequential basis, exports were up 9.2% from September's $56.6 billion"
E_IMP = "Imports climbed 14.6% year-on-year to $39.22 billion"
E_US = "Shipments to the U.S. jumped 144.3% to $21.14 billion, and were 15.1% higher than in September"
E_CN = ("Exports to China and Hong Kong, now the second-biggest destination, rose a modest 3.2% to $14.34 billion, "
        "or 23.2% of the total")
E_ICT = ("exports of information, communication and audio-video products, a category dominated by servers, "
         "rose 140% to a record $27.67 billion")
E_YTD = "For the first ten months of the year, exports totalled $521.5 billion, up 33.6% from a year earlier"
ICT = "information, communication and audio-video products"
CNHK = "China, Hong Kong"

ARTICLE = {
    "id": "dB2_01_tw_exports_oct2025",
    "title": "Taiwan's exports hit record $61.8 billion in October as AI server demand from U.S. soars",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "The text gives no year (dateline 'Nov 7 (Reuters)'); the year 2025 comes from the published date.",
        "Headline $61.8 billion restates the body figure: labelled once with the body sentence.",
        "'On a sequential basis ... up 9.2% from September's $56.6 billion': growth basis mom; September's $56.6 billion is a separate value fact for 2025-09.",
        "'15.1% higher than in September' (exports to the U.S.): basis mom.",
        "'exports to China and Hong Kong' is one partner group: partner written 'China, Hong Kong' (text order, as the guide joins groups of areas).",
        "'second-biggest destination' is a stated rank (2) for China and Hong Kong; 'largest export market' is rank 1 for the U.S.",
        "'Sales to the ASEAN economies of Southeast Asia' -> partner ASEAN; 'those to Europe' -> partner Europe.",
        "Reuters poll forecast (31.5%), ministry forecast for November (35% to 40%), 'strongest since May 2010', 'biggest share in 35 years' and third-quarter GDP (7.64%) are out of scope.",
        "'first time ... topped $60 billion': milestone, out; the exact $61.8 billion is labelled.",
        "NT$1.89 trillion: the same October export observation in another currency, a separate TWD fact (exact: no 'about').",
        "'first ten months of the year' -> 2025-01/2025-10; 'above last year's full-year figure' gives no number: nothing labelled.",
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
             "leaving Taiwan with a record trade surplus of $22.58 billion for the month"),
        fact(TW, "exports", "rank", 1, "number", OCT, "largest",
             "The United States cemented its position as Taiwan's largest export market", partner="United States"),
        fact(TW, "exports", "growth", 144.3, "percent", OCT, "144.3", E_US, partner="United States"),
        fact(TW, "exports", "value", 21.14e9, "USD", OCT, "21.14 billion", E_US, partner="United States"),
        fact(TW, "exports", "growth", 15.1, "percent", OCT, "15.1", E_US, partner="United States", basis="mom"),
        fact(TW, "exports", "share", 34.2, "percent", OCT, "34.2",
             "The U.S. took 34.2% of all Taiwanese exports in October", partner="United States"),
        fact(TW, "exports", "rank", 2, "number", OCT, "second-biggest", E_CN, partner=CNHK),
        fact(TW, "exports", "growth", 3.2, "percent", OCT, "3.2", E_CN, partner=CNHK),
        fact(TW, "exports", "value", 14.34e9, "USD", OCT, "14.34 billion", E_CN, partner=CNHK),
        fact(TW, "exports", "share", 23.2, "percent", OCT, "23.2", E_CN, partner=CNHK),
        fact(TW, "exports", "growth", 40, "percent", OCT, "40",
             "Sales to the ASEAN economies of Southeast Asia grew 40%", partner="ASEAN"),
        fact(TW, "exports", "growth", 26.2, "percent", OCT, "26.2", "those to Europe gained 26.2%", partner="Europe"),
        fact(TW, "exports", "growth", 140, "percent", OCT, "140", E_ICT, product=ICT),
        fact(TW, "exports", "value", 27.67e9, "USD", OCT, "27.67 billion", E_ICT, product=ICT),
        fact(TW, "exports", "growth", 27.7, "percent", OCT, "27.7",
             "Electronic components, mostly semiconductors, advanced 27.7%", product="electronic components"),
        fact(TW, "exports", "value", 1.89e12, "TWD", OCT, "1.89 trillion",
             "In New Taiwan dollar terms, October exports amounted to NT$1.89 trillion"),
        fact(TW, "exports", "value", 521.5e9, "USD", period(2025, 1, 10), "521.5 billion", E_YTD),
        fact(TW, "exports", "growth", 33.6, "percent", period(2025, 1, 10), "33.6", E_YTD),
    ],
}
