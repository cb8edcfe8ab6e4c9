from _fact import fact, period

MAY = period(2025, 5)
YTD = period(2025, 1, 5)
E_EXP = "South Korea's exports down 1.3 percent on-year to $57.27 billion in May 2025"
E_IMP = "Imports declined 5.3 percent to $50.33 billion"
E_CHIP = "shipments of semiconductors climbed 21.2 percent on-year to $13.8 billion"
E_US = "shipments bound for the US, Korea's second-largest export market, shrank 8.1 percent to $10 billion"
E_CN = "Exports to China, the largest, fell 8.4 percent to $10.4 billion"
E_YTD = "Cumulative exports for January-May came to $267.4 billion, down 2.2 percent on-year"

ARTICLE = {
    "id": "dI2_03_kr_herald_may_exports",
    "title": "US tariffs drag Korea's May exports down 1.3% even as chip sales hit record",
    "publisher": "The Korea Herald",
    "published": "2025-06-01",
    "notes": [
        "The text states the year (May 2025); all monthly figures are 2025-05, the January-May figures 2025-01/2025-05.",
        "'the trade account showed a surplus of $6.94 billion': a surplus, positive.",
        "'sales of cars to the US plunged 27.1 percent': exports, partner United States, product cars.",
        "'Korea's second-largest export market' (US) and 'the largest' (China, elliptical for largest export market): "
        "export ranks 2 and 1.",
        "Automobile exports carry product 'automobiles'; the car sales to the US carry 'cars' as the text words them.",
        "Out of scope: average daily exports +2.9% (per working day), 4.5 percentage points chip share rise, "
        "'a surplus four months in a row', the 25 percent tariff, BOK growth forecasts 0.8% and 1.5%.",
    ],
    "facts": [
        fact("South Korea", "exports", "value", 57.27e9, "USD", MAY, "57.27 billion", E_EXP),
        fact("South Korea", "exports", "growth", -1.3, "percent", MAY, "1.3", E_EXP),
        fact("South Korea", "imports", "value", 50.33e9, "USD", MAY, "50.33 billion", E_IMP),
        fact("South Korea", "imports", "growth", -5.3, "percent", MAY, "5.3", E_IMP),
        fact("South Korea", "balance", "value", 6.94e9, "USD", MAY, "6.94 billion",
             "the trade account showed a surplus of $6.94 billion"),
        fact("South Korea", "exports", "value", 13.8e9, "USD", MAY, "13.8 billion", E_CHIP, product="semiconductors"),
        fact("South Korea", "exports", "growth", 21.2, "percent", MAY, "21.2", E_CHIP, product="semiconductors"),
        fact("South Korea", "exports", "share", 24.1, "percent", MAY, "24.1",
             "The share of chips in overall exports reached 24.1 percent", product="semiconductors"),
        fact("South Korea", "exports", "growth", -4.4, "percent", MAY, "4.4", "Exports of automobiles decreased 4.4 percent",
             product="automobiles"),
        fact("South Korea", "exports", "growth", -27.1, "percent", MAY, "27.1",
             "sales of cars to the US plunged 27.1 percent", partner="United States", product="cars"),
        fact("South Korea", "exports", "rank", 2, "number", MAY, "second-largest", E_US, partner="United States"),
        fact("South Korea", "exports", "growth", -8.1, "percent", MAY, "8.1", E_US, partner="United States"),
        fact("South Korea", "exports", "value", 10e9, "USD", MAY, "10 billion", E_US, partner="United States"),
        fact("South Korea", "exports", "rank", 1, "number", MAY, "largest", E_CN, partner="China"),
        fact("South Korea", "exports", "growth", -8.4, "percent", MAY, "8.4", E_CN, partner="China"),
        fact("South Korea", "exports", "value", 10.4e9, "USD", MAY, "10.4 billion", E_CN, partner="China"),
        fact("South Korea", "exports", "value", 267.4e9, "USD", YTD, "267.4 billion", E_YTD),
        fact("South Korea", "exports", "growth", -2.2, "percent", YTD, "2.2", E_YTD),
    ],
}
