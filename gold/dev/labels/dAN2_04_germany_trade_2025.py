from _fact import fact, period

DEC = period(2025, 12)
NOV = period(2025, 11)
Y25 = period(2025, 1, 12)
DE = "Germany"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
E_DEC_X = "Exports climbed 4.0% on the previous month to 133.3 billion euros after calendar and seasonal adjustment"
E_DEC_M = "Imports increased 1.4% to 116.2 billion euros"
E_DEC_BAL = "lifting the monthly trade surplus to 17.1 billion euros ($20.2 billion)"
E_EU = "Sales to other European Union countries rose 3.1% on the month, while exports to countries outside the bloc grew 5.0%."
E_US_DEC = "Shipments to the United States increased 8.9% from November to 11.8 billion euros."
E_Y_XM = ("Over 2025 as a whole, German exports edged up 1.0% to 1,565.3 billion euros, ending two straight years of decline, "
          "while imports rose 4.3% to 1,362.5 billion euros.")
E_CN_RANK = "China regained its place as Germany's largest trading partner last year"
E_CN_TOT = "with exports and imports combined climbing 2.1% to 251.8 billion euros"
E_US_TOT = "Trade with the U.S. slipped to 240.5 billion euros, leaving it in second place."
E_CN_XM = ("Imports from China rose 8.8% to 170.6 billion euros, while German exports to the country fell 9.7% to "
           "81.2 billion euros")
E_CN_BAL = "pushing Germany's bilateral deficit with China to a record 89.4 billion euros"
E_US_Y = "Exports to the United States sank 9.4% to 146.2 billion euros"

ARTICLE = {
    "id": "dAN2_04_germany_trade_2025",
    "title": "German exports jump 4% in December as China reclaims top trading partner spot",
    "publisher": "Reuters",
    "published": "2026-02-06",
    "notes": [
        "Dateline Feb 6, published 2026-02-06 (a Friday): December is December 2025, 'last year' and 'Over 2025 as a whole' are 2025-01..2025-12.",
        "Headline '4%' is the same observation as the body's '4.0%' (December exports, mom): labelled once, from the body sentence. Headline 'top trading partner' is the same China rank 1 as the body's 'largest trading partner': labelled once.",
        "Second paragraph opens with 'on the previous month': a mom frame; 'Imports increased 1.4%' in the same paragraph inherits basis mom.",
        "'following a 2.5% drop in November': November's month-on-month export change, a previous month's stated figure: exports growth -2.5, mom, period 2025-11.",
        "'expected a rise of 1.0%' (Reuters poll), the 0.5% export forecast for 2026 in the quote, the 1.0% GDP forecast, GDP 0.2% in 2025, industrial output -1.9%, car production -8.9%, Ifo minus 1.2 points, the 15% tariff and the 500-billion-euro fund: not trade facts or forecasts, out.",
        "'17.1 billion euros ($20.2 billion)': a EUR fact and a USD fact; the bracket has no hedge word, so the USD fact is qualifier exact.",
        "EU and non-EU December rates are month-on-month ('on the month' governs both clauses of the sentence). Non-EU partner written 'non-EU countries' ('countries outside the bloc').",
        "'Compared with December 2024, however, exports to the U.S. were 12.9% lower': basis yoy inside a month-on-month paragraph; the comparison base is not the period (period 2025-12).",
        "'strongest monthly gain since October 2021', 'ending two straight years of decline', 'led the ranking every year from 2016 to 2023': milestones/streaks, out.",
        "'Trade with the U.S. ... leaving it in second place': United States rank 2 among Germany's trading partners (flow total), 2025.",
        "'bilateral deficit with China to a record 89.4 billion euros': balance with China, negative; 'record' is a milestone, not labelled separately.",
        "Full-year surplus 'well below the previous year's level' gives no number for 2024: nothing to label.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 4.0, "percent", DEC, "4.0", E_DEC_X, basis="mom"),
        fact(DE, "exports", "value", 133.3e9, "EUR", DEC, "133.3 billion", E_DEC_X),
        fact(DE, "exports", "growth", -2.5, "percent", NOV, "2.5",
             "Economists polled by Reuters had expected a rise of 1.0% following a 2.5% drop in November.", basis="mom"),
        fact(DE, "imports", "growth", 1.4, "percent", DEC, "1.4", E_DEC_M, basis="mom"),
        fact(DE, "imports", "value", 116.2e9, "EUR", DEC, "116.2 billion", E_DEC_M),
        fact(DE, "balance", "value", 17.1e9, "EUR", DEC, "17.1 billion", E_DEC_BAL),
        fact(DE, "balance", "value", 20.2e9, "USD", DEC, "20.2 billion", E_DEC_BAL),
        fact(DE, "exports", "growth", 3.1, "percent", DEC, "3.1", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "growth", 5.0, "percent", DEC, "5.0", E_EU, partner=NONEU, basis="mom"),
        fact(DE, "exports", "growth", 8.9, "percent", DEC, "8.9", E_US_DEC, partner=US, basis="mom"),
        fact(DE, "exports", "value", 11.8e9, "EUR", DEC, "11.8 billion", E_US_DEC, partner=US),
        fact(DE, "exports", "growth", -12.9, "percent", DEC, "12.9",
             "Compared with December 2024, however, exports to the U.S. were 12.9% lower", partner=US),
        fact(DE, "exports", "growth", 10.7, "percent", DEC, "10.7", "Exports to China jumped 10.7% on the month.",
             partner="China", basis="mom"),
        fact(DE, "exports", "growth", 1.0, "percent", Y25, "1.0", E_Y_XM),
        fact(DE, "exports", "value", 1565.3e9, "EUR", Y25, "1,565.3 billion", E_Y_XM),
        fact(DE, "imports", "growth", 4.3, "percent", Y25, "4.3", E_Y_XM),
        fact(DE, "imports", "value", 1362.5e9, "EUR", Y25, "1,362.5 billion", E_Y_XM),
        fact(DE, "balance", "value", 202.8e9, "EUR", Y25, "202.8 billion",
             "That left an annual trade surplus of 202.8 billion euros"),
        fact(DE, "total", "rank", 1, "number", Y25, "largest", E_CN_RANK, partner="China"),
        fact(DE, "total", "growth", 2.1, "percent", Y25, "2.1", E_CN_TOT, partner="China"),
        fact(DE, "total", "value", 251.8e9, "EUR", Y25, "251.8 billion", E_CN_TOT, partner="China"),
        fact(DE, "total", "value", 240.5e9, "EUR", Y25, "240.5 billion", E_US_TOT, partner=US),
        fact(DE, "total", "rank", 2, "number", Y25, "second", E_US_TOT, partner=US),
        fact(DE, "imports", "growth", 8.8, "percent", Y25, "8.8", E_CN_XM, partner="China"),
        fact(DE, "imports", "value", 170.6e9, "EUR", Y25, "170.6 billion", E_CN_XM, partner="China"),
        fact(DE, "exports", "growth", -9.7, "percent", Y25, "9.7", E_CN_XM, partner="China"),
        fact(DE, "exports", "value", 81.2e9, "EUR", Y25, "81.2 billion", E_CN_XM, partner="China"),
        fact(DE, "balance", "value", -89.4e9, "EUR", Y25, "89.4 billion", E_CN_BAL, partner="China"),
        fact(DE, "exports", "growth", -9.4, "percent", Y25, "9.4", E_US_Y, partner=US),
        fact(DE, "exports", "value", 146.2e9, "EUR", Y25, "146.2 billion", E_US_Y, partner=US),
    ],
}
