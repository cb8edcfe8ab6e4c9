from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
FY = {"start": "2025-04", "end": "2026-01"}  # April-January 2025-26
IN = "India"
US = "United States"
E_LEAD_X = "merchandise exports barely moved, edging up 0.61 per cent to USD 36.56 billion"
E_LEAD_M = "A surge in gold purchases lifted India's imports by 19.2 per cent to USD 71.24 billion in January"
E_LEAD_B = "the trade deficit swelled to USD 34.68 billion"
E_PREV = "The shortfall compares with USD 25.04 billion in December and USD 23.43 billion in January last year."
E_INR = "Converted to rupees, January's deficit amounted to Rs 3,14,821 crore."
E_FY = ("exports totalled USD 366.63 billion, a rise of 2.22 per cent, and imports USD 632.50 billion, 5.08 per cent more "
        "than a year earlier")
E_FY_B = "The cumulative deficit over the ten months came to USD 265.87 billion."
E_GOLD = "January gold imports climbed to USD 12.07 billion, up about 350 per cent year-on-year"
E_GOLD_DEC = "nearly three times December's USD 4.13 billion"
E_CRUDE = "pulled crude oil imports down 9.3 per cent to USD 12.41 billion"
E_ELEC = "electronic goods grow 28.4 per cent to USD 4.92 billion"
E_US = "Shipments to the US, India's largest export destination, slipped 4.5 per cent month-on-month to USD 6.58 billion in January"
E_US_FY = "Over April-January, exports to the US still totalled USD 72.46 billion, up 5.84 per cent on the same period a year earlier."
E_CN = "China was again India's largest supplier, with goods worth USD 108.18 billion over the ten months."
E_SERV = "January's services exports at USD 43.90 billion and services imports at USD 19.60 billion"
E_OVERALL = "the combined goods and services deficit for the month to USD 10.38 billion"

ARTICLE = {
    "id": "dAP2_05_india_trade_jan_2026",
    "title": "Gold imports push India's January trade deficit to USD 34.68 bn; exports up 0.61 pc",
    "publisher": "PTI",
    "published": "2026-02-16",
    "notes": [
        "Dateline Feb 16 (PTI), Monday 2026-02-16: January is January 2026; December is December 2025; 'January last year' is January 2025.",
        "Headline '34.68 bn' and '0.61 pc' are the same observations as the lead: labelled once, with body evidence.",
        "Merchandise (goods) figures carry product null; services estimates carry 'services'; the overall deficit ('the combined goods and services deficit') carries 'goods and services'.",
        "Monthly exports/imports growth (0.61, 19.2) have no basis cue: yoy by default.",
        "Deficits are negative balances: January -34.68bn, December -25.04bn, January 2025 -23.43bn, April-January -265.87bn, overall -10.38bn.",
        "'Rs 3,14,821 crore' is the same January deficit in rupees: a separate INR fact (-3.14821e12); no hedge word, qualifier exact.",
        "April-January 2025-26 = 2025-04..2026-01 (Indian fiscal year); 'the first ten months of the 2025-26 fiscal year' and 'the ten months' refer to it.",
        "'up about 350 per cent year-on-year' (gold imports): growth +350, qualifier approx; product 'gold'.",
        "'nearly three times December's USD 4.13 billion': the ratio is a derived comparison (out); the stated December gold import value 4.13bn is labelled for 2025-12.",
        "Crude oil imports -9.3 per cent, no cue: yoy by default; product 'crude oil'.",
        "'electronic goods grow 28.4 per cent' are January exports ('On the export side'), yoy by default; product 'electronic goods'.",
        "'India's largest export destination' (US): rank 1 for exports to the United States, labelled for January 2026 (the sentence's period).",
        "US exports April-January: 'up 5.84 per cent on the same period a year earlier' yoy +5.84.",
        "'China was again India's largest supplier': rank 1 for imports from China, April-January (the sentence's period), plus the value 108.18bn.",
        "Out: tariff rates (50 per cent, 18 per cent), the official's forecast (exceed USD 850 billion), the economist's current account forecast (1 per cent of GDP), dates (March 31, August), 'nearly three times' (ratio).",
    ],
    "facts": [
        fact(IN, "exports", "growth", 0.61, "percent", JAN, "0.61", E_LEAD_X),
        fact(IN, "exports", "value", 36.56e9, "USD", JAN, "36.56 billion", E_LEAD_X),
        fact(IN, "imports", "growth", 19.2, "percent", JAN, "19.2", E_LEAD_M),
        fact(IN, "imports", "value", 71.24e9, "USD", JAN, "71.24 billion", E_LEAD_M),
        fact(IN, "balance", "value", -34.68e9, "USD", JAN, "34.68 billion", E_LEAD_B),
        fact(IN, "balance", "value", -25.04e9, "USD", DEC, "25.04 billion", E_PREV),
        fact(IN, "balance", "value", -23.43e9, "USD", JAN25, "23.43 billion", E_PREV),
        fact(IN, "balance", "value", -3.14821e12, "INR", JAN, "3,14,821 crore", E_INR),
        fact(IN, "exports", "growth", 2.22, "percent", FY, "2.22", E_FY),
        fact(IN, "exports", "value", 366.63e9, "USD", FY, "366.63 billion", E_FY),
        fact(IN, "imports", "growth", 5.08, "percent", FY, "5.08", E_FY),
        fact(IN, "imports", "value", 632.50e9, "USD", FY, "632.50 billion", E_FY),
        fact(IN, "balance", "value", -265.87e9, "USD", FY, "265.87 billion", E_FY_B),
        fact(IN, "imports", "growth", 350, "percent", JAN, "350", E_GOLD, product="gold", qualifier="approx"),
        fact(IN, "imports", "value", 12.07e9, "USD", JAN, "12.07 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 4.13e9, "USD", DEC, "4.13 billion", E_GOLD_DEC, product="gold"),
        fact(IN, "imports", "growth", -9.3, "percent", JAN, "9.3", E_CRUDE, product="crude oil"),
        fact(IN, "imports", "value", 12.41e9, "USD", JAN, "12.41 billion", E_CRUDE, product="crude oil"),
        fact(IN, "exports", "growth", 28.4, "percent", JAN, "28.4", E_ELEC, product="electronic goods"),
        fact(IN, "exports", "value", 4.92e9, "USD", JAN, "4.92 billion", E_ELEC, product="electronic goods"),
        fact(IN, "exports", "rank", 1, "number", JAN, "largest", E_US, partner=US),
        fact(IN, "exports", "growth", -4.5, "percent", JAN, "4.5", E_US, partner=US, basis="mom"),
        fact(IN, "exports", "value", 6.58e9, "USD", JAN, "6.58 billion", E_US, partner=US),
        fact(IN, "exports", "growth", 5.84, "percent", FY, "5.84", E_US_FY, partner=US),
        fact(IN, "exports", "value", 72.46e9, "USD", FY, "72.46 billion", E_US_FY, partner=US),
        fact(IN, "imports", "rank", 1, "number", FY, "largest", E_CN, partner="China"),
        fact(IN, "imports", "value", 108.18e9, "USD", FY, "108.18 billion", E_CN, partner="China"),
        fact(IN, "exports", "value", 43.90e9, "USD", JAN, "43.90 billion", E_SERV, product="services"),
        fact(IN, "imports", "value", 19.60e9, "USD", JAN, "19.60 billion", E_SERV, product="services"),
        fact(IN, "balance", "value", -10.38e9, "USD", JAN, "10.38 billion", E_OVERALL, product="goods and services"),
    ],
}
