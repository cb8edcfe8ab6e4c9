from _fact import fact, period

DEC = period(2025, 12)
NOV = period(2025, 11)
Y25 = period(2025, 1, 12)
DE = "Germany"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
E_DEC_X = ("The federal statistics office put December exports at 133.3 billion euros after calendar and seasonal "
           "adjustment, up 4.0% on the previous month")
E_DEC_M = "Imports gained 1.4% to 116.2 billion euros"
E_DEC_BAL = "raising the monthly trade surplus to 17.1 billion euros ($20.2 billion)"
E_EU = "Exports to fellow European Union members grew 3.1% month on month and those to non-EU countries 5.0%."
E_US_DEC = "Sales to the United States were up 8.9% from November at 11.8 billion euros."
E_Y_XM = ("For the whole of 2025, German exports inched up 1.0% to 1,565.3 billion euros after two years of decline, "
          "and imports grew 4.3% to 1,362.5 billion euros.")
E_CN_RANK = "Last year China was again Germany's largest trading partner"
E_CN_TOT = "combined exports and imports rose 2.1% to 251.8 billion euros"
E_US_TOT = "U.S. trade fell to 240.5 billion euros, putting it second."
E_CN_XM = ("German exports to China dropped 9.7% to 81.2 billion euros, while imports from China grew 8.8% to "
           "170.6 billion euros")
E_CN_BAL = "taking the deficit with China to a record 89.4 billion euros"
E_US_Y = "exports to the United States down 9.4% to 146.2 billion euros"

ARTICLE = {
    "id": "dAN2_04_germany_trade_2025",
    "title": "German exports jump 4% in December as China reclaims top trading partner spot",
    "publisher": "Reuters",
    "published": "2026-02-06",
    "notes": [
        "Dateline Feb 6, published 2026-02-06 (a Friday): December is December 2025, 'last year' and 'For the whole of 2025' are 2025-01..2025-12.",
        "Headline '4%' is the same observation as the body's '4.0%' (December exports, mom): labelled once, from the body sentence. Headline 'top trading partner' is the same China rank 1 as the body's 'largest trading partner': labelled once.",
        "Second paragraph states 'up 4.0% on the previous month': a mom frame; 'Imports gained 1.4%' in the same paragraph inherits basis mom.",
        "'after exports fell 2.5% in November': November's month-on-month export change, a previous month's stated figure: exports growth -2.5, mom, period 2025-11.",
        "'pointed to a 1.0% rise' (Reuters poll), the 0.5% export forecast for 2026 in the quote, the 1.0% GDP forecast, GDP 0.2% in 2025, industrial output -1.9%, car production -8.9%, Ifo minus 1.2 points, the 15% tariff and the 500-billion-euro fund: not trade facts or forecasts, out.",
        "'17.1 billion euros ($20.2 billion)': a EUR fact and a USD fact; the bracket has no hedge word, so the USD fact is qualifier exact.",
        "EU and non-EU December rates are month-on-month ('month on month' governs both clauses of the sentence; the non-EU clause inherits 'grew'). Non-EU partner written 'non-EU countries'.",
        "'Year on year, U.S.-bound exports were still 12.9% lower than in December 2024': basis yoy inside a month-on-month paragraph; the comparison base is not the period (period 2025-12).",
        "'strongest monthly gain in more than four years, since October 2021', 'after two years of decline', 'topped the ranking each year from 2016 to 2023': milestones/streaks, out.",
        "'U.S. trade ... putting it second': United States rank 2 among Germany's trading partners (flow total), 2025.",
        "'the deficit with China to a record 89.4 billion euros': balance with China, negative; 'record' is a milestone, not labelled separately.",
        "Full-year surplus 'well short of the previous year's' gives no number for 2024: nothing to label.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 4.0, "percent", DEC, "4.0", E_DEC_X, basis="mom"),
        fact(DE, "exports", "value", 133.3e9, "EUR", DEC, "133.3 billion", E_DEC_X),
        fact(DE, "exports", "growth", -2.5, "percent", NOV, "2.5",
             "A Reuters poll had pointed to a 1.0% rise after exports fell 2.5% in November.", basis="mom"),
        fact(DE, "imports", "growth", 1.4, "percent", DEC, "1.4", E_DEC_M, basis="mom"),
        fact(DE, "imports", "value", 116.2e9, "EUR", DEC, "116.2 billion", E_DEC_M),
        fact(DE, "balance", "value", 17.1e9, "EUR", DEC, "17.1 billion", E_DEC_BAL),
        fact(DE, "balance", "value", 20.2e9, "USD", DEC, "20.2 billion", E_DEC_BAL),
        fact(DE, "exports", "growth", 3.1, "percent", DEC, "3.1", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "growth", 5.0, "percent", DEC, "5.0", E_EU, partner=NONEU, basis="mom"),
        fact(DE, "exports", "growth", 8.9, "percent", DEC, "8.9", E_US_DEC, partner=US, basis="mom"),
        fact(DE, "exports", "value", 11.8e9, "EUR", DEC, "11.8 billion", E_US_DEC, partner=US),
        fact(DE, "exports", "growth", -12.9, "percent", DEC, "12.9",
             "Year on year, U.S.-bound exports were still 12.9% lower than in December 2024", partner=US),
        fact(DE, "exports", "growth", 10.7, "percent", DEC, "10.7", "China-bound exports climbed 10.7% on the month.",
             partner="China", basis="mom"),
        fact(DE, "exports", "growth", 1.0, "percent", Y25, "1.0", E_Y_XM),
        fact(DE, "exports", "value", 1565.3e9, "EUR", Y25, "1,565.3 billion", E_Y_XM),
        fact(DE, "imports", "growth", 4.3, "percent", Y25, "4.3", E_Y_XM),
        fact(DE, "imports", "value", 1362.5e9, "EUR", Y25, "1,362.5 billion", E_Y_XM),
        fact(DE, "balance", "value", 202.8e9, "EUR", Y25, "202.8 billion",
             "The resulting annual trade surplus of 202.8 billion euros"),
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
