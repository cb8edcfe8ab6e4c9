from _fact import fact, period

YTD = period(2025, 1, 10)
OCT = period(2025, 10)
SEP = period(2025, 9)
E_LEAD = "In the first 10 months of 2025, China's goods trade grew 3.6 percent year on year to 37.31 trillion yuan (about 5.24 trillion U.S. dollars)"
E_XM = "exports increased 6.2 percent to 22.12 trillion yuan over January-October, while imports edged down 0.1 percent to 15.19 trillion yuan"
E_OCT = "For October by itself, foreign trade rose 0.1 percent year on year to 3.7 trillion yuan (around 519.7 billion dollars)"
E_OCT_XM = "Last month exports declined 0.8 percent, while imports increased 1.4 percent."
E_SEP = "a sharp deceleration from the 8-percent growth posted in September"
E_ASEAN = "The Association of Southeast Asian Nations (ASEAN) held its place as China's largest trading partner, with trade between the two sides accounting for 16.6 percent of the national total over the 10 months."
E_RESP = "Over the same period, trade with ASEAN grew 9.1 percent to 6.19 trillion yuan and trade with the European Union rose 4.9 percent to 4.87 trillion yuan, while trade with the United States declined 15.9 percent to 3.37 trillion yuan."
E_BR = "Trade with Belt and Road partner countries amounted to 19.28 trillion yuan, a year-on-year increase of 5.9 percent, making up 51.7 percent of China's foreign trade."
E_ME = "mechanical and electrical products accounted for 13.39 trillion yuan of exports in January-October, 60.5 percent of the national export total"
E_HT = "high-tech product exports increased 5.5 percent"
E_GOODS = "integrated circuit exports rose 24.7 percent and automobile exports 16.8 percent"
E_PRIV = "private enterprises kept the lead, with imports and exports by such firms making up 57 percent of the national total"
ASEAN, EU, US, BR = "ASEAN", "European Union", "United States", "Belt and Road partner countries"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dAN1_01_china_trade_jan_oct_2025",
    "title": "China's January-October foreign trade grows 3.6 pct, with exports steady",
    "publisher": "Xinhua",
    "published": "2025-11-07",
    "notes": [
        "Dateline Nov. 7 (a Friday); running period January-October 2025; 'last month' = October 2025.",
        "Headline 'January-October foreign trade grows 3.6 pct' is the same observation as the lead: labelled once (evidence from the lead).",
        "'37.31 trillion yuan (about 5.24 trillion U.S. dollars)' and '3.7 trillion yuan (around 519.7 billion dollars)': a CNY fact and an approx USD fact each.",
        "'imports edged down 0.1 percent' is a fall: -0.1. 'Last month exports declined 0.8 percent': -0.8 for October; 'imports increased 1.4 percent' shares the October frame.",
        "'the 8-percent growth posted in September' is a stated previous-month figure of a trade flow: China total growth, September 2025, yoy (no month-on-month cue).",
        "'0.4 percentage points slower than in the first three quarters': derived comparison, out.",
        "ASEAN 'largest trading partner' -> rank 1, and its 16.6 percent share, both Jan-Oct.",
        "ASEAN/EU/US sentence: values ASEAN 6.19, EU 4.87, US 3.37 trillion yuan; growth 9.1 ('grew') and 4.9 ('rose'), US 'declined 15.9 percent' -> -15.9.",
        "Belt and Road partner countries: value, growth, share of China's total.",
        "Mechanical and electrical products: exports value and share of total exports (no growth stated); high-tech products: export growth only.",
        "Integrated circuits and automobiles: export growth ('integrated circuit exports', 'automobile exports'), Jan-Oct, products named as in the text.",
        "Private enterprises: share of the national total (57 percent), segment 'private enterprises', flow total; no value or growth stated.",
        "The GAC official's remarks have no figures. 8th CIIE (milestone ordinal), 4,100 exhibitors, 138 countries and regions (expo participants, not trading partners), Oct. 30, the 10 percent tariff: out.",
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
