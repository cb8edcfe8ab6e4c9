from _fact import fact, period

YTD = period(2025, 1, 5)
MAY = period(2025, 5)
APR = period(2025, 4)
US = "United States"
E_LEAD = "Official data released on Monday put China's January-May goods trade at 17.94 trillion yuan (about $2.5 trillion), a year-on-year gain of 2.5 percent"
E_XM = "Outbound goods were worth 10.67 trillion yuan over those five months, up 7.2 percent from a year before, while imports dropped 3.8 percent to 7.27 trillion yuan"
E_MAY = "Total trade for the single month of May reached 3.81 trillion yuan, up 2.7 percent year-on-year, as exports gained 6.3 percent and imports slipped 2.1 percent."
E_USD = "In dollar terms, export growth eased to 4.8 percent in May from 8.1 percent in April."
E_US = "China's trade with the US, its third-largest trading partner, declined 8.1 percent to 1.72 trillion yuan"
E_US_SHARE = ("China's trade with the US, its third-largest trading partner, declined 8.1 percent to 1.72 trillion yuan "
              "and made up 9.6 percent of the country's total foreign trade")
E_US_XM = "Exports to the US fell 8.7 percent and imports from the US 6.3 percent."
E_US_MAY = "The slide steepened in May, when shipments to the US tumbled 34.5 percent in dollar terms"
E_RESP = ("China's trade with ASEAN, the EU and Africa came to 3.02 trillion yuan, 2.32 trillion yuan and 963.2 billion "
          "yuan in the January-May period, up 9.1 percent, 0.6 percent and 12.4 percent, respectively.")
E_PRIV = "their combined imports and exports were up 7 percent in the January-May period and accounted for 56.7 percent of the national total"

ARTICLE = {
    "id": "dAR1_01_china_trade_may_2025",
    "title": "China's foreign trade rises 2.5% in first five months as ASEAN, Africa shipments offset US slump",
    "publisher": "Global Times",
    "published": "2025-06-09",
    "notes": [
        "Byline 'Published: Jun 09, 2025' gives the date; the running period is January-May 2025 (2025-01/2025-05), 'last month' / 'In May alone' is 2025-05.",
        "The headline's 2.5% is the same observation as the lead's 2.5 percent: labelled once, with the body evidence.",
        "'17.94 trillion yuan (about $2.5 trillion)': a CNY fact and a USD fact, the USD one approx.",
        "'The trade surplus for the period stood at 3.4 trillion yuan' is stated: a positive balance for January-May (10.67 - 7.27 = 3.40).",
        "May exports grew 6.3 percent in yuan terms and 4.8 percent in dollar terms: both labelled as May export growth (yoy); the record has no currency for growth, so they differ only by value.",
        "'eased to 4.8 percent in May from 8.1 percent in April': April's own dollar-term export growth is stated, so labelled for 2025-04 (yoy); the slowdown itself is not a figure.",
        "'imports from the US 6.3 percent' has no verb: it inherits 'fell' -> -6.3, January-May.",
        "'shipments to the US tumbled 34.5 percent in dollar terms' in May: exports to the US, growth -34.5, 2025-05.",
        "US 'third-largest trading partner' -> rank 3 for January-May; ASEAN 'largest trading partner' -> rank 1 for January-May (the paragraph's period).",
        "Respectively list: ASEAN, EU, Africa values and growth paired in order, all rises, January-May.",
        "Private enterprises: growth 7 and share 56.7 of total trade, segment 'private enterprises', January-May.",
        "Out: tariff rates (145 percent), the 90-day truce and the May 12 date, 'since early 2020', the economist's 'around 5 percent' full-year export forecast (a forecast), the producer price index fall of 3.3 percent (not trade), 'nearly two years'.",
    ],
    "facts": [
        fact("China", "total", "growth", 2.5, "percent", YTD, "2.5", E_LEAD),
        fact("China", "total", "value", 17.94e12, "CNY", YTD, "17.94 trillion", E_LEAD),
        fact("China", "total", "value", 2.5e12, "USD", YTD, "2.5 trillion", E_LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 7.2, "percent", YTD, "7.2", E_XM),
        fact("China", "exports", "value", 10.67e12, "CNY", YTD, "10.67 trillion", E_XM),
        fact("China", "imports", "growth", -3.8, "percent", YTD, "3.8", E_XM),
        fact("China", "imports", "value", 7.27e12, "CNY", YTD, "7.27 trillion", E_XM),
        fact("China", "balance", "value", 3.4e12, "CNY", YTD, "3.4 trillion",
             "The trade surplus for the period stood at 3.4 trillion yuan."),
        fact("China", "total", "growth", 2.7, "percent", MAY, "2.7", E_MAY),
        fact("China", "total", "value", 3.81e12, "CNY", MAY, "3.81 trillion", E_MAY),
        fact("China", "exports", "growth", 6.3, "percent", MAY, "6.3", E_MAY),
        fact("China", "imports", "growth", -2.1, "percent", MAY, "2.1", E_MAY),
        fact("China", "exports", "growth", 4.8, "percent", MAY, "4.8", E_USD),
        fact("China", "exports", "growth", 8.1, "percent", APR, "8.1", E_USD),
        fact("China", "total", "rank", 3, "number", YTD, "third", E_US, partner=US),
        fact("China", "total", "growth", -8.1, "percent", YTD, "8.1", E_US, partner=US),
        fact("China", "total", "value", 1.72e12, "CNY", YTD, "1.72 trillion", E_US, partner=US),
        fact("China", "total", "share", 9.6, "percent", YTD, "9.6", E_US_SHARE, partner=US),
        fact("China", "exports", "growth", -8.7, "percent", YTD, "8.7", E_US_XM, partner=US),
        fact("China", "imports", "growth", -6.3, "percent", YTD, "6.3", E_US_XM, partner=US),
        fact("China", "exports", "growth", -34.5, "percent", MAY, "34.5", E_US_MAY, partner=US),
        fact("China", "total", "rank", 1, "number", YTD, "largest",
             "ASEAN remained China's largest trading partner.", partner="ASEAN"),
        fact("China", "total", "value", 3.02e12, "CNY", YTD, "3.02 trillion", E_RESP, partner="ASEAN"),
        fact("China", "total", "value", 2.32e12, "CNY", YTD, "2.32 trillion", E_RESP, partner="European Union"),
        fact("China", "total", "value", 963.2e9, "CNY", YTD, "963.2 billion", E_RESP, partner="Africa"),
        fact("China", "total", "growth", 9.1, "percent", YTD, "9.1", E_RESP, partner="ASEAN"),
        fact("China", "total", "growth", 0.6, "percent", YTD, "0.6", E_RESP, partner="European Union"),
        fact("China", "total", "growth", 12.4, "percent", YTD, "12.4", E_RESP, partner="Africa"),
        fact("China", "total", "growth", 7, "percent", YTD, "7", E_PRIV, segment="private enterprises"),
        fact("China", "total", "share", 56.7, "percent", YTD, "56.7", E_PRIV, segment="private enterprises"),
    ],
}
