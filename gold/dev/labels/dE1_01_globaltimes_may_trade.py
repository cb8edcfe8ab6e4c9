from _fact import fact, period

M = period(2025, 5)
YTD = period(2025, 1, 5)
E_EXP = "Exports amounted to 2.28 trillion yuan, a 6.3 percent year-on-year gain"
E_IMP = "imports slipped 2.1 percent from a year ago to 1.53 trillion yuan"
E_USD = "Converted to US dollars, the May surplus stood at $103.22 billion, with exports up 4.8 percent at $316.1 billion"
E_YTD = "In the January-May span of 2025, foreign trade as a whole expanded 2.5 percent year-on-year to 17.94 trillion yuan"
E_PV = "Over those five months, the value of trade with ASEAN, the EU and the US was 3.02 trillion yuan, 2.31 trillion yuan and 1.67 trillion yuan, respectively"
E_AS = "ASEAN, which remained China's largest trading partner, represented 16.8 percent of the nation's overall foreign trade"
E_PG = "trade with the US dropped 8.1 percent, while trade with ASEAN and the EU expanded by 9.1 percent and 1.4 percent, respectively"

ARTICLE = {
    "id": "dE1_01_globaltimes_may_trade",
    "title": "Yuan-denominated exports climb 6.3% in May as a wider market mix softens the blow from US tariffs, analysts say",
    "publisher": "Global Times",
    "published": "2025-06-09",
    "notes": [
        "Headline and the analyst's quote restate the 6.3 percent yuan-terms export growth: labelled once, with the body sentence as evidence.",
        "Export growth in yuan terms (6.3) and in dollar terms (4.8) are both labelled; the record has no field for the currency a rate is computed in.",
        "Partner values and growth rates are distributed by 'respectively'; the US growth takes its own verb 'dropped' (negative).",
        "'ASEAN, which remained China's largest trading partner' is a stated rank (1) for the January-May period; the order of the partner list is not labelled as ranks.",
        "Out of scope: '2.4 percentage points lower than in April' (percentage-point comparison), the scholar's forecast of around 5 percent full-year export growth, first-quarter GDP growth of 5.4 percent, the year 2018.",
        "The May figures take the year from the published date and from 'the January-May span of 2025'.",
    ],
    "facts": [
        fact("China", "total", "value", 3.81e12, "CNY", M, "3.81 trillion",
             "the country's combined imports and exports for May at 3.81 trillion yuan, 2.7 percent higher than a year earlier"),
        fact("China", "total", "growth", 2.7, "percent", M, "2.7",
             "the country's combined imports and exports for May at 3.81 trillion yuan, 2.7 percent higher than a year earlier"),
        fact("China", "exports", "value", 2.28e12, "CNY", M, "2.28 trillion", E_EXP),
        fact("China", "exports", "growth", 6.3, "percent", M, "6.3", E_EXP),
        fact("China", "imports", "value", 1.53e12, "CNY", M, "1.53 trillion", E_IMP),
        fact("China", "imports", "growth", -2.1, "percent", M, "2.1", E_IMP),
        fact("China", "balance", "value", 746.2e9, "CNY", M, "746.2 billion",
             "For May as a whole, China ran a surplus of 746.2 billion yuan"),
        fact("China", "exports", "growth", 4.8, "percent", M, "4.8", E_USD),
        fact("China", "exports", "value", 316.1e9, "USD", M, "316.1 billion", E_USD),
        fact("China", "balance", "value", 103.22e9, "USD", M, "103.22 billion", E_USD),
        fact("China", "total", "growth", 2.5, "percent", YTD, "2.5", E_YTD),
        fact("China", "total", "value", 17.94e12, "CNY", YTD, "17.94 trillion", E_YTD),
        fact("China", "total", "value", 3.02e12, "CNY", YTD, "3.02 trillion", E_PV, partner="ASEAN"),
        fact("China", "total", "value", 2.31e12, "CNY", YTD, "2.31 trillion", E_PV, partner="European Union"),
        fact("China", "total", "value", 1.67e12, "CNY", YTD, "1.67 trillion", E_PV, partner="United States"),
        fact("China", "total", "rank", 1, "number", YTD, "largest", E_AS, partner="ASEAN"),
        fact("China", "total", "share", 16.8, "percent", YTD, "16.8", E_AS, partner="ASEAN"),
        fact("China", "total", "growth", 9.1, "percent", YTD, "9.1", E_PG, partner="ASEAN"),
        fact("China", "total", "growth", 1.4, "percent", YTD, "1.4", E_PG, partner="European Union"),
        fact("China", "total", "growth", -8.1, "percent", YTD, "8.1", E_PG, partner="United States"),
    ],
}
