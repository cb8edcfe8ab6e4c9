from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
FY = {"start": "2025-04", "end": "2026-01"}  # April-January 2025-26
IN = "India"
US = "United States"
E_LEAD_X = "India's merchandise exports rose marginally by 0.61 per cent to USD 36.56 billion in January"
E_LEAD_M = "imports jumped 19.2 per cent to USD 71.24 billion on the back of a surge in gold inflows"
E_LEAD_B = "widening the trade deficit to USD 34.68 billion"
E_PREV = "The trade deficit, the gap between imports and exports, was USD 25.04 billion in December and USD 23.43 billion in January last year."
E_INR = "In rupee terms, the deficit for the month worked out to Rs 3,14,821 crore."
E_FY = ("During April-January 2025-26, exports grew 2.22 per cent to USD 366.63 billion, while imports were up "
        "5.08 per cent at USD 632.50 billion.")
E_FY_B = "The trade deficit for the ten-month period stood at USD 265.87 billion."
E_GOLD = "Gold imports surged about 350 per cent year-on-year to USD 12.07 billion in January"
E_GOLD_DEC = "Inbound shipments of gold were also nearly three times the USD 4.13 billion recorded in December."
E_CRUDE = "Crude oil imports, on the other hand, declined 9.3 per cent to USD 12.41 billion during the month"
E_ELEC = "electronic goods shipments rose 28.4 per cent to USD 4.92 billion"
E_US = "Exports to the US, India's largest export destination, fell 4.5 per cent month-on-month to USD 6.58 billion in January"
E_US_FY = "In April-January, shipments to the US were still 5.84 per cent higher at USD 72.46 billion than in the year-ago period."
E_CN = ("China remained the largest source of imports for India, with inbound shipments worth USD 108.18 billion "
        "in the ten months.")
E_SERV = ("services exports in January were valued at USD 43.90 billion and services imports at USD 19.60 billion")
E_OVERALL = "the overall trade deficit for the month is estimated at USD 10.38 billion"

ARTICLE = {
    "id": "dAP2_05_india_trade_jan_2026",
    "title": "Trade deficit widens to USD 34.68 bn in Jan on gold imports; exports up 0.61 pc",
    "publisher": "PTI",
    "published": "2026-02-16",
    "notes": [
        "Dateline Feb 16 (PTI), Monday 2026-02-16: January is January 2026; December is December 2025; 'January last year' is January 2025.",
        "Headline '34.68 bn' and '0.61 pc' are the same observations as the lead: labelled once, with body evidence.",
        "Merchandise (goods) figures carry product null; services estimates carry 'services'; the overall deficit ('Taking goods and services together') carries 'goods and services'.",
        "Monthly exports/imports growth (0.61, 19.2) have no basis cue: yoy by default.",
        "Deficits are negative balances: January -34.68bn, December -25.04bn, January 2025 -23.43bn, April-January -265.87bn, overall -10.38bn.",
        "'Rs 3,14,821 crore' is the same January deficit in rupees: a separate INR fact (-3.14821e12); no hedge word, qualifier exact.",
        "April-January 2025-26 = 2025-04..2026-01 (Indian fiscal year); 'the ten-month period' and 'the ten months' refer to it.",
        "'Gold imports surged about 350 per cent year-on-year': growth +350, qualifier approx; product 'gold'.",
        "'nearly three times the USD 4.13 billion recorded in December': the ratio is a derived comparison (out); the stated December gold import value 4.13bn is labelled for 2025-12.",
        "Crude oil imports -9.3 per cent, no cue: yoy by default; product 'crude oil'.",
        "'electronic goods shipments rose 28.4 per cent' are January exports ('Among key export sectors'), yoy by default; product 'electronic goods'.",
        "'India's largest export destination' (US): rank 1 for exports to the United States, labelled for January 2026 (the sentence's period).",
        "US exports April-January: '5.84 per cent higher ... than in the year-ago period' yoy +5.84.",
        "'China remained the largest source of imports': rank 1 for imports from China, April-January (the sentence's period), plus the value 108.18bn.",
        "Out: tariff rates (50 per cent, 18 per cent), the official's forecast (cross USD 850 billion), the economist's current account forecast (1 per cent of GDP), dates (March 31, August), 'nearly three times' (ratio).",
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
