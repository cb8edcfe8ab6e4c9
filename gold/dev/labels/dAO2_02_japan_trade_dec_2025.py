from _fact import fact, period

DEC = period(2025, 12)
NOV = period(2025, 11)
Y25 = period(2025, 1, 12)
JP = "Japan"
US = "United States"
E_EXP = "December's outbound shipments were worth 10.41 trillion yen, up 5.1% on the same month of 2024"
E_IMP = "The import bill climbed 5.3% to 10.30 trillion yen, a faster pace than both the 3.6% gain forecast and November's 1.3% rise."
E_BAL = "That produced a December trade surplus of 105.7 billion yen ($668 million)"
E_US = "Sales to the United States, which ranks as Japan's second-largest trading partner, sank 11.1% to 1.81 trillion yen"
E_US_PROD = "Shipments of cars to the U.S. slid 13.4%, and those of semiconductor manufacturing equipment fell 24.9%"
E_ASIA = "shipments to Asia as a whole gained 10.2%, with those to China, Japan's biggest trading partner, up 5.6%."
E_Y_EXP = "Across 2025, exports rose 3.1% to 110.41 trillion yen"
E_Y_IMP = "imports edged 0.5% higher to 113.06 trillion yen."
E_Y_BAL = "The annual shortfall therefore came to 2.65 trillion yen (about $16.8 billion), 51.0% smaller than in 2024"
E_Y_US = ("Over the full year, shipments to the United States declined 4.1% and those to China 0.4%, and Japan's surplus "
          "in trade with the U.S. shrank 12.6% to 7.50 trillion yen.")

ARTICLE = {
    "id": "dAO2_02_japan_trade_dec_2025",
    "title": "U.S.-bound shipments sink 11.1%, holding Japan's December export growth to 5.1%",
    "publisher": "Reuters",
    "published": "2026-01-22",
    "notes": [
        "Dateline 'TOKYO, Jan 22 (Reuters)', Thursday 2026-01-22: December is December 2025, November is November 2025, 'Across 2025' is 2025-01/2025-12.",
        "Headline 5.1% and 11.1% are the same observations as the body (December exports, December exports to the US): labelled once with body evidence.",
        "Reuters poll median 6.1% for exports, the 3.6% import forecast and the expected 357.0 billion yen surplus are forecasts: out. November's actual 6.1% export growth is a fact (period November, yoy).",
        "'November's 1.3% rise': November's year-on-year import growth, so period November, basis yoy (not a month-on-month rate).",
        "'November's revised surplus of 316.7 billion yen': November's surplus, a positive balance for November.",
        "'$668 million' beside 105.7 billion yen: a separate USD fact, exact (no hedge word); '(about $16.8 billion)' beside 2.65 trillion yen: USD fact, approx, negative (deficit).",
        "Ranks: 'Japan's second-largest trading partner' (United States) and 'Japan's biggest trading partner' (China) are total-trade ranks, stated in December sentences: period December 2025.",
        "'slid 13.4%, and those of semiconductor manufacturing equipment fell 24.9%': both falls in exports to the United States (-13.4 cars, -24.9 semiconductor manufacturing equipment), December.",
        "'Chip-making equipment exports to all destinations rose 16.4%': product chip-making equipment, partner null.",
        "'51.0% smaller than in 2024' is the growth of the 2025 deficit -> -51.0. Surplus with the US 'shrank 12.6%' -> -12.6, value +7.50 trillion yen for 2025.",
        "Out: 'the first increase since March', 'fifth consecutive annual trade deficit' (streaks), 'a record in yen terms' (milestone), tariff rates 15% and 25%, the economist's 'about 1%' first-quarter forecast, the yen's average of about 150 to the dollar and the '$1 = 158.2100 yen' rate, GDP 2.3%.",
    ],
    "facts": [
        fact(JP, "exports", "growth", 5.1, "percent", DEC, "5.1", E_EXP),
        fact(JP, "exports", "value", 10.41e12, "JPY", DEC, "10.41 trillion", E_EXP),
        fact(JP, "exports", "growth", 6.1, "percent", NOV, "6.1", "November's growth had been 6.1%."),
        fact(JP, "imports", "growth", 5.3, "percent", DEC, "5.3", E_IMP),
        fact(JP, "imports", "value", 10.30e12, "JPY", DEC, "10.30 trillion", E_IMP),
        fact(JP, "imports", "growth", 1.3, "percent", NOV, "1.3", E_IMP),
        fact(JP, "balance", "value", 105.7e9, "JPY", DEC, "105.7 billion", E_BAL),
        fact(JP, "balance", "value", 668e6, "USD", DEC, "668 million", E_BAL),
        fact(JP, "balance", "value", 316.7e9, "JPY", NOV, "316.7 billion", "November's revised surplus of 316.7 billion yen"),
        fact(JP, "total", "rank", 2, "number", DEC, "second-largest", E_US, partner=US),
        fact(JP, "exports", "growth", -11.1, "percent", DEC, "11.1", E_US, partner=US),
        fact(JP, "exports", "value", 1.81e12, "JPY", DEC, "1.81 trillion", E_US, partner=US),
        fact(JP, "exports", "growth", 8.8, "percent", NOV, "8.8", "In November they had risen 8.8%", partner=US),
        fact(JP, "exports", "growth", -13.4, "percent", DEC, "13.4", E_US_PROD, partner=US, product="cars"),
        fact(JP, "exports", "growth", -24.9, "percent", DEC, "24.9", E_US_PROD, partner=US,
             product="semiconductor manufacturing equipment"),
        fact(JP, "total", "rank", 1, "number", DEC, "biggest", E_ASIA, partner="China"),
        fact(JP, "exports", "growth", 5.6, "percent", DEC, "5.6", E_ASIA, partner="China"),
        fact(JP, "exports", "growth", 10.2, "percent", DEC, "10.2", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 16.4, "percent", DEC, "16.4",
             "Chip-making equipment exports to all destinations rose 16.4%", product="chip-making equipment"),
        fact(JP, "exports", "growth", 3.1, "percent", Y25, "3.1", E_Y_EXP),
        fact(JP, "exports", "value", 110.41e12, "JPY", Y25, "110.41 trillion", E_Y_EXP),
        fact(JP, "imports", "growth", 0.5, "percent", Y25, "0.5", E_Y_IMP),
        fact(JP, "imports", "value", 113.06e12, "JPY", Y25, "113.06 trillion", E_Y_IMP),
        fact(JP, "balance", "value", -2.65e12, "JPY", Y25, "2.65 trillion", E_Y_BAL),
        fact(JP, "balance", "value", -16.8e9, "USD", Y25, "16.8 billion", E_Y_BAL, qualifier="approx"),
        fact(JP, "balance", "growth", -51.0, "percent", Y25, "51.0", E_Y_BAL),
        fact(JP, "exports", "growth", -4.1, "percent", Y25, "4.1", E_Y_US, partner=US),
        fact(JP, "exports", "growth", -0.4, "percent", Y25, "0.4", E_Y_US, partner="China"),
        fact(JP, "balance", "growth", -12.6, "percent", Y25, "12.6", E_Y_US, partner=US),
        fact(JP, "balance", "value", 7.50e12, "JPY", Y25, "7.50 trillion", E_Y_US, partner=US),
    ],
}
