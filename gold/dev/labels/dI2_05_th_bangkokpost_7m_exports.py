from _fact import fact, period

JUL = period(2025, 7)
YTD = period(2025, 1, 7)
E_JUL = "up 11.0% year-on-year at US$28.70 billion, or 948 billion baht"
E_IMP = "July imports grew 5.2% to $28.12 billion"
E_YX = "Over January-July 2025, exports grew 14.7% to $196.1 billion"
E_YM = "imports rose 12.9% to $195.0 billion, for a surplus of $1.1 billion"
E_US = "In the same seven months, shipments to the United States, Thailand's largest market, jumped 24.1% and accounted for 19.3% of total exports"
E_CN = "Sales to China increased 11.8% and sales to ASEAN 5.6%"

ARTICLE = {
    "id": "dI2_05_th_bangkokpost_7m_exports",
    "title": "Shippers beat US tariff deadline, keeping Thai exports rising in July",
    "publisher": "Bangkok Post",
    "published": "2025-08-26",
    "notes": [
        "The text states the year (January-July 2025); July is 2025-07 from the article's period and date.",
        "'US$28.70 billion, or 948 billion baht': the same observation in two currencies, two facts; "
        "'or' carries no hedge, so both exact.",
        "Shares and growth of exports to the US, China and ASEAN are for the first seven months (2025-01/2025-07), "
        "carried from the sentence on the US.",
        "'and sales to ASEAN 5.6%' shares the verb 'increased': +5.6.",
        "'Thailand's largest market': export rank 1 for the United States.",
        "Rice and rubber rates are for July.",
        "Out of scope: '13th consecutive month', full-year goal 2-3%, the 19% tariff, baht at 32.4 and its 5% rise, "
        "GDP 2.8% and forecast 1.8-2.3%, the Aug 7 date.",
    ],
    "facts": [
        fact("Thailand", "exports", "value", 28.70e9, "USD", JUL, "28.70 billion", E_JUL),
        fact("Thailand", "exports", "value", 948e9, "THB", JUL, "948 billion", E_JUL),
        fact("Thailand", "exports", "growth", 11.0, "percent", JUL, "11.0", E_JUL),
        fact("Thailand", "imports", "value", 28.12e9, "USD", JUL, "28.12 billion", E_IMP),
        fact("Thailand", "imports", "growth", 5.2, "percent", JUL, "5.2", E_IMP),
        fact("Thailand", "balance", "value", 580e6, "USD", JUL, "580 million",
             "the month ended with a trade surplus of US$580 million"),
        fact("Thailand", "exports", "value", 196.1e9, "USD", YTD, "196.1 billion", E_YX),
        fact("Thailand", "exports", "growth", 14.7, "percent", YTD, "14.7", E_YX),
        fact("Thailand", "imports", "value", 195.0e9, "USD", YTD, "195.0 billion", E_YM),
        fact("Thailand", "imports", "growth", 12.9, "percent", YTD, "12.9", E_YM),
        fact("Thailand", "balance", "value", 1.1e9, "USD", YTD, "1.1 billion", E_YM),
        fact("Thailand", "exports", "rank", 1, "number", YTD, "largest", E_US, partner="United States"),
        fact("Thailand", "exports", "growth", 24.1, "percent", YTD, "24.1", E_US, partner="United States"),
        fact("Thailand", "exports", "share", 19.3, "percent", YTD, "19.3", E_US, partner="United States"),
        fact("Thailand", "exports", "growth", 11.8, "percent", YTD, "11.8", E_CN, partner="China"),
        fact("Thailand", "exports", "growth", 5.6, "percent", YTD, "5.6", E_CN, partner="ASEAN"),
        fact("Thailand", "exports", "growth", -24.9, "percent", JUL, "24.9", "rice exports down 24.9% in July",
             product="rice"),
        fact("Thailand", "exports", "growth", 9.1, "percent", JUL, "9.1", "rubber shipments gained 9.1%",
             product="rubber"),
    ],
}
