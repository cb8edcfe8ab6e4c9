from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
SC = "Sichuan"
E_LEAD = "Foreign trade in Sichuan Province in southwest China rose 5.8 percent year on year to 862.47 billion yuan (about 121.1 billion U.S. dollars) in January-October 2025"
E_NAT = "the province's growth outpaced the national rate of 3.6 percent for the same period by 2.2 percentage points"
E_EXIM = "Exports were up 8.1 percent at 521.36 billion yuan, and imports rose a modest 2.5 percent to 341.11 billion yuan."
E_OCT = "Imports and exports for October alone totaled 88.3 billion yuan, a 7.9 percent increase over October last year."
E_ASEAN = "Over January-October, ASEAN moved ahead of the United States as the province's largest trading partner, with trade between the two sides surging 14.2 percent to 168.52 billion yuan."
E_RESP = "Trade with the European Union rose 6.4 percent to 139.7 billion yuan, while that with the United States fell 12.8 percent to 118.9 billion yuan."
E_BRI = "Trade with Belt and Road partner countries grew 9.7 percent to 405.6 billion yuan"
E_LAPTOP = "Laptop computer exports totaled 146.3 billion yuan, equal to 28.1 percent of Sichuan's exports"
E_IC = "integrated circuit imports came to 186.4 billion yuan, or 54.6 percent of all imports"
E_CD = "The city's imports and exports grew 6.6 percent to 700.2 billion yuan, 81.2 percent of the provincial total."

ARTICLE = {
    "id": "dAM1_03_sichuan_foreign_trade_jan_oct_2025",
    "title": "Sichuan's January-October foreign trade rises 5.8 pct, beating national pace",
    "publisher": "Xinhua",
    "published": "2025-11-18",
    "notes": [
        "Dateline 'CHENGDU, Nov. 18 (Xinhua)', customs 'said on Tuesday': published 2025-11-18; running period the first 10 months of 2025 (2025-01..2025-10).",
        "Headline '5.8 pct' is the lead's observation: labelled once (lead evidence).",
        "'862.47 billion yuan (about 121.1 billion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'the national rate of 3.6 percent for the same period' states China's own trade growth for Jan-Oct 2025: labelled with area China. "
        "'outpaced ... by 2.2 percentage points' is a derived comparison: out.",
        "'placed eighth among China's provincial-level regions': rank 8 of Sichuan's total trade.",
        "October alone: value and yoy growth for 2025-10 ('over October last year').",
        "ASEAN 'largest trading partner' -> rank 1 with partner ASEAN. 'moved ahead of the United States' gives no number for the US: no rank labelled for the US.",
        "EU/US sentence: EU 139.7 bn, 'rose 6.4 percent' -> +6.4; US 118.9 bn, 'fell 12.8 percent' -> -12.8.",
        "Central Asia, the Middle East and Africa carry no figures.",
        "'electronic information products, which made up 63.5 percent of the total': share of total trade (flow total), product 'electronic information products'.",
        "Laptop computers: export value and share of Sichuan's exports; integrated circuits: import value and share of total imports.",
        "Chengdu: area Chengdu (a city measured by itself; the sentence says 'The city's', Chengdu is named in the sentence before); its value, growth and share of the provincial total are labelled.",
        "'9,126 enterprises in Sichuan had actual import and export activity': count, segment 'foreign trade enterprises'. '812 more than a year before' is a derived comparison: out.",
        "China-Europe Railway Express: 'over 4,300 trips' and 'more than 100 destinations abroad' are freight-train operations, not trade flows (spec: freight train departures are out): not labelled.",
        "'would surpass 1 trillion yuan' for the whole year is a forecast: out.",
    ],
    "facts": [
        fact(SC, "total", "growth", 5.8, "percent", YTD, "5.8", E_LEAD),
        fact(SC, "total", "value", 862.47e9, "CNY", YTD, "862.47 billion", E_LEAD),
        fact(SC, "total", "value", 121.1e9, "USD", YTD, "121.1 billion", E_LEAD, qualifier="approx"),
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6", E_NAT),
        fact(SC, "total", "rank", 8, "number", YTD, "eighth",
             "Sichuan's trade volume placed eighth among China's provincial-level regions"),
        fact(SC, "exports", "growth", 8.1, "percent", YTD, "8.1", E_EXIM),
        fact(SC, "exports", "value", 521.36e9, "CNY", YTD, "521.36 billion", E_EXIM),
        fact(SC, "imports", "growth", 2.5, "percent", YTD, "2.5", E_EXIM),
        fact(SC, "imports", "value", 341.11e9, "CNY", YTD, "341.11 billion", E_EXIM),
        fact(SC, "total", "value", 88.3e9, "CNY", OCT, "88.3 billion", E_OCT),
        fact(SC, "total", "growth", 7.9, "percent", OCT, "7.9", E_OCT),
        fact(SC, "total", "rank", 1, "number", YTD, "largest", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "growth", 14.2, "percent", YTD, "14.2", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "value", 168.52e9, "CNY", YTD, "168.52 billion", E_ASEAN, partner="ASEAN"),
        fact(SC, "total", "value", 139.7e9, "CNY", YTD, "139.7 billion", E_RESP, partner="European Union"),
        fact(SC, "total", "value", 118.9e9, "CNY", YTD, "118.9 billion", E_RESP, partner="United States"),
        fact(SC, "total", "growth", 6.4, "percent", YTD, "6.4", E_RESP, partner="European Union"),
        fact(SC, "total", "growth", -12.8, "percent", YTD, "12.8", E_RESP, partner="United States"),
        fact(SC, "total", "growth", 9.7, "percent", YTD, "9.7", E_BRI, partner="Belt and Road partner countries"),
        fact(SC, "total", "value", 405.6e9, "CNY", YTD, "405.6 billion", E_BRI, partner="Belt and Road partner countries"),
        fact(SC, "total", "share", 63.5, "percent", YTD, "63.5",
             "The province's external trade continued to rest on electronic information products, which made up 63.5 percent of the total.",
             product="electronic information products"),
        fact(SC, "exports", "value", 146.3e9, "CNY", YTD, "146.3 billion", E_LAPTOP, product="laptop computers"),
        fact(SC, "exports", "share", 28.1, "percent", YTD, "28.1", E_LAPTOP, product="laptop computers"),
        fact(SC, "imports", "value", 186.4e9, "CNY", YTD, "186.4 billion", E_IC, product="integrated circuits"),
        fact(SC, "imports", "share", 54.6, "percent", YTD, "54.6", E_IC, product="integrated circuits"),
        fact("Chengdu", "total", "growth", 6.6, "percent", YTD, "6.6", E_CD),
        fact("Chengdu", "total", "value", 700.2e9, "CNY", YTD, "700.2 billion", E_CD),
        fact("Chengdu", "total", "share", 81.2, "percent", YTD, "81.2", E_CD),
        fact(SC, "total", "count", 9126, "number", YTD, "9,126",
             "In the first 10 months, 9,126 enterprises in Sichuan had actual import and export activity",
             segment="foreign trade enterprises"),
    ],
}
