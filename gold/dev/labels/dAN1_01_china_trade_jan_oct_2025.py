from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
SEP = period(2025, 9)
E_LEAD = ("China's goods imports and exports expanded 3.6 percent year on year to 37.31 trillion yuan "
          "(about 5.24 trillion U.S. dollars) in the first 10 months of 2025")
E_XM = "exports climbed 6.2 percent to 22.12 trillion yuan, while imports dipped 0.1 percent to 15.19 trillion yuan"
E_OCT = ("In October alone, the country's foreign trade edged up 0.1 percent from a year earlier to 3.7 trillion yuan "
         "(around 519.7 billion dollars)")
E_OCT_XM = "Exports slipped 0.8 percent last month, and imports gained 1.4 percent."
E_SEP = "a marked slowdown from the 8-percent expansion registered in September"
E_ASEAN = ("The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner, with bilateral trade "
           "making up 16.6 percent of the country's total in the 10-month period.")
E_RESP = ("China's trade with ASEAN, the European Union and the United States reached 6.19 trillion yuan, 4.87 trillion yuan "
          "and 3.37 trillion yuan, respectively, with trade with ASEAN and the EU rising 9.1 percent and 4.9 percent and that "
          "with the United States falling 15.9 percent.")
E_BR = ("Trade with Belt and Road partner countries totaled 19.28 trillion yuan, up 5.9 percent year on year and accounting "
        "for 51.7 percent of China's foreign trade.")
E_ME = ("exports of mechanical and electrical products amounted to 13.39 trillion yuan in the first 10 months, or 60.5 percent "
        "of the country's total exports")
E_HT = "exports of high-tech products grew 5.5 percent"
E_GOODS = ("Among the mechanical and electrical goods, outbound shipments of integrated circuits and automobiles increased "
           "24.7 percent and 16.8 percent, respectively.")
E_PRIV = "Private enterprises continued to play a leading role, with their imports and exports representing 57 percent of the national total"
ASEAN, EU, US, BR = "ASEAN", "European Union", "United States", "Belt and Road partner countries"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dAN1_01_china_trade_jan_oct_2025",
    "title": "China's foreign trade up 3.6 pct in first 10 months as exports hold firm",
    "publisher": "Xinhua",
    "published": "2025-11-07",
    "notes": [
        "Dateline Nov. 7 (a Friday); running period January-October 2025; 'last month' = October 2025.",
        "Headline '3.6 pct in first 10 months' is the same observation as the lead: labelled once (evidence from the lead).",
        "'37.31 trillion yuan (about 5.24 trillion U.S. dollars)' and '3.7 trillion yuan (around 519.7 billion dollars)': a CNY fact and an approx USD fact each.",
        "'imports dipped 0.1 percent' is a fall: -0.1. 'Exports slipped 0.8 percent last month': -0.8 for October; 'imports gained 1.4 percent' shares the October frame.",
        "'the 8-percent expansion registered in September' is a stated previous-month figure of a trade flow: China total growth, September 2025, yoy (no month-on-month cue).",
        "'0.4 percentage points lower than that of the first three quarters': derived comparison, out.",
        "ASEAN 'largest trading partner' -> rank 1, and its 16.6 percent share, both Jan-Oct.",
        "Respectively list: values ASEAN 6.19, EU 4.87, US 3.37 trillion yuan; growth 9.1 and 4.9 rising (the verb is shared), US 'falling 15.9 percent' -> -15.9.",
        "Belt and Road partner countries: value, growth, share of China's total.",
        "Mechanical and electrical products: exports value and share of total exports (no growth stated); high-tech products: export growth only.",
        "Integrated circuits and automobiles: export growth (outbound shipments), Jan-Oct, products named as in the text.",
        "Private enterprises: share of the national total (57 percent), segment 'private enterprises', flow total; no value or growth stated.",
        "The GAC official's quote has no figures. 8th CIIE (milestone ordinal), 4,100 exhibitors, 138 countries and regions (expo participants, not trading partners), Oct. 30, the 10 percent tariff: out.",
    ],
    "facts": [
        fact("China", "total", "growth", 3.6, "percent", YTD, "3.6", E_LEAD),
        fact("China", "total", "value", 37.31e12, "CNY", YTD, "37.31 trillion", E_LEAD),
        fact("China", "total", "value", 5.24e12, "USD", YTD, "5.24 trillion", E_LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 6.2, "percent", YTD, "6.2", E_XM),
        fact("China", "exports", "value", 22.12e12, "CNY", YTD, "22.12 trillion", E_XM),
        fact("China", "imports", "growth", -0.1, "percent", YTD, "0.1", E_XM),
        fact("China", "imports", "value", 15.19e12, "CNY", YTD, "15.19 trillion", E_XM),
        fact("China", "total", "growth", 0.1, "percent", OCT, "0.1", E_OCT),
        fact("China", "total", "value", 3.7e12, "CNY", OCT, "3.7 trillion", E_OCT),
        fact("China", "total", "value", 519.7e9, "USD", OCT, "519.7 billion", E_OCT, qualifier="approx"),
        fact("China", "total", "growth", 8, "percent", SEP, "8", E_SEP),
        fact("China", "exports", "growth", -0.8, "percent", OCT, "0.8", E_OCT_XM),
        fact("China", "imports", "growth", 1.4, "percent", OCT, "1.4", E_OCT_XM),
        fact("China", "total", "rank", 1, "number", YTD, "largest", E_ASEAN, partner=ASEAN),
        fact("China", "total", "share", 16.6, "percent", YTD, "16.6", E_ASEAN, partner=ASEAN),
        fact("China", "total", "value", 6.19e12, "CNY", YTD, "6.19 trillion", E_RESP, partner=ASEAN),
        fact("China", "total", "value", 4.87e12, "CNY", YTD, "4.87 trillion", E_RESP, partner=EU),
        fact("China", "total", "value", 3.37e12, "CNY", YTD, "3.37 trillion", E_RESP, partner=US),
        fact("China", "total", "growth", 9.1, "percent", YTD, "9.1", E_RESP, partner=ASEAN),
        fact("China", "total", "growth", 4.9, "percent", YTD, "4.9", E_RESP, partner=EU),
        fact("China", "total", "growth", -15.9, "percent", YTD, "15.9", E_RESP, partner=US),
        fact("China", "total", "value", 19.28e12, "CNY", YTD, "19.28 trillion", E_BR, partner=BR),
        fact("China", "total", "growth", 5.9, "percent", YTD, "5.9", E_BR, partner=BR),
        fact("China", "total", "share", 51.7, "percent", YTD, "51.7", E_BR, partner=BR),
        fact("China", "exports", "value", 13.39e12, "CNY", YTD, "13.39 trillion", E_ME, product=ME),
        fact("China", "exports", "share", 60.5, "percent", YTD, "60.5", E_ME, product=ME),
        fact("China", "exports", "growth", 5.5, "percent", YTD, "5.5", E_HT, product="high-tech products"),
        fact("China", "exports", "growth", 24.7, "percent", YTD, "24.7", E_GOODS, product="integrated circuits"),
        fact("China", "exports", "growth", 16.8, "percent", YTD, "16.8", E_GOODS, product="automobiles"),
        fact("China", "total", "share", 57, "percent", YTD, "57", E_PRIV, segment="private enterprises"),
    ],
}
