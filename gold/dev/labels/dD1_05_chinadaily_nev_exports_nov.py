from _fact import fact, period

NOV = period(2025, 11)
YTD = period(2025, 1, 11)
NEV = "new energy vehicles"
E_NOV = "November's NEV export tally was 134.4 percent higher than in the same period of 2024 and up 17.2 percent from October"
E_YTD = "NEV exports for the first 11 months reached 2.31 million units, a year-on-year rise of 95.1 percent, making up 36.4 percent of total automobile exports"
E_AUTO = "Overall automobile exports over the same period climbed 18.7 percent to 6.34 million vehicles"
E_RESP = "pure electric vehicles and plug-in hybrids numbered 1.38 million and 930,000 units respectively, rising 51.2 percent and 242.8 percent respectively"
E_MKT = "Chinese NEVs found their largest overseas market in Belgium, which took in 213,000 vehicles during the period, ahead of the United Kingdom at 187,000 and Brazil at 165,000"
E_CUS = "electric passenger car exports for January-November were worth 187.6 billion yuan (about 26.3 billion U.S. dollars)"

ARTICLE = {
    "id": "dD1_05_chinadaily_nev_exports_nov",
    "title": "Carmakers' global push sends NEV exports to a monthly record",
    "publisher": "China Daily",
    "published": "2025-12-12",
    "notes": [
        "Year from the byline ('Updated: 2025-12-12'); 'November' is 2025-11, 'the first 11 months', 'the same period', 'January-November' and 'the period' 2025-01/2025-11.",
        "Vehicle counts are quantities with unit number; NEV figures carry product 'new energy vehicles' (NEV written out).",
        "'up 17.2 percent from October' is month-on-month: basis mom; '134.4 percent higher than in the same period of 2024' is yoy.",
        "NEV unit growth is given alone (no value growth for the same flow): labelled, as the card says.",
        "36.4 percent is the NEV share of automobile exports (2.31/6.34 = 36.4%).",
        "Pure electric vehicles and plug-in hybrids: quantities and rates distributed by 'respectively'; 1.38 + 0.93 = 2.31 million.",
        "Belgium 'their largest overseas market' is a stated rank 1; the United Kingdom and Brazil are ordered by 'ahead of': implied ranks, not labelled; their vehicle counts are labelled.",
        "Customs value of electric passenger car exports: a CNY fact and a USD fact (approx, 'about').",
        "'above 200,000 units for five months running': streak, out. Domestic NEV sales (1.82 million, 53.2 percent, 6.1 percentage points), the EU's 35.3 percent duty, an analyst's forecast of 2.6 million and 40 ro-ro vessels: out.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 300000, "number", NOV, "300,000",
             "In November, China sent 300,000 new energy vehicles abroad", product=NEV),
        fact("China", "exports", "growth", 134.4, "percent", NOV, "134.4", E_NOV, product=NEV),
        fact("China", "exports", "growth", 17.2, "percent", NOV, "17.2", E_NOV, product=NEV, basis="mom"),
        fact("China", "exports", "quantity", 2.31e6, "number", YTD, "2.31 million", E_YTD, product=NEV),
        fact("China", "exports", "growth", 95.1, "percent", YTD, "95.1", E_YTD, product=NEV),
        fact("China", "exports", "share", 36.4, "percent", YTD, "36.4", E_YTD, product=NEV),
        fact("China", "exports", "growth", 18.7, "percent", YTD, "18.7", E_AUTO, product="automobiles"),
        fact("China", "exports", "quantity", 6.34e6, "number", YTD, "6.34 million", E_AUTO, product="automobiles"),
        fact("China", "exports", "quantity", 1.38e6, "number", YTD, "1.38 million", E_RESP, product="pure electric vehicles"),
        fact("China", "exports", "quantity", 930000, "number", YTD, "930,000", E_RESP, product="plug-in hybrids"),
        fact("China", "exports", "growth", 51.2, "percent", YTD, "51.2", E_RESP, product="pure electric vehicles"),
        fact("China", "exports", "growth", 242.8, "percent", YTD, "242.8", E_RESP, product="plug-in hybrids"),
        fact("China", "exports", "rank", 1, "number", YTD, "largest", E_MKT, partner="Belgium", product=NEV),
        fact("China", "exports", "quantity", 213000, "number", YTD, "213,000", E_MKT, partner="Belgium", product=NEV),
        fact("China", "exports", "quantity", 187000, "number", YTD, "187,000", E_MKT, partner="United Kingdom", product=NEV),
        fact("China", "exports", "quantity", 165000, "number", YTD, "165,000", E_MKT, partner="Brazil", product=NEV),
        fact("China", "exports", "value", 187.6e9, "CNY", YTD, "187.6 billion", E_CUS, product="electric passenger cars"),
        fact("China", "exports", "value", 26.3e9, "USD", YTD, "26.3 billion", E_CUS, product="electric passenger cars",
             qualifier="approx"),
    ],
}
