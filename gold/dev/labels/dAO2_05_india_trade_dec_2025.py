from _fact import fact, period

DEC = period(2025, 12)
NOV = period(2025, 11)
DEC24 = period(2024, 12)
FYTD = {"start": "2025-04", "end": "2025-12"}
IN = "India"
US = "United States"
UAE = "United Arab Emirates"
E_DEF = "nudged India's merchandise trade deficit up to $25.04 billion in December, from $24.53 billion in November"
E_DEF24 = "In December 2024 the gap had been $20.63 billion."
E_XM = ("Goods exports for the month came to $38.51 billion, 1.88 per cent higher than a year before (Y-o-Y), but imports "
        "grew much faster, by 8.76 per cent, to $63.55 billion.")
E_INR = "Measured in rupees, exports were worth ₹3.46 lakh crore and the shortfall came to ₹2,25,110 crore."
E_YTD = ("exports were up 2.44 per cent at $330.29 billion against imports of $578.61 billion, themselves up 5.87 per cent, "
         "so the cumulative trade deficit reached $248.32 billion")
E_SVC = ("By the department's reckoning, India sold $35.50 billion of services abroad in December and bought $17.38 "
         "billion, for an implied services surplus of $18.12 billion.")
E_GOLD = "The gold import bill eased 1.9 per cent to $4.61 billion, yet still exceeded November's $4.02 billion"
E_OIL = "the country imported $13.74 billion of crude oil, 6.4 per cent more"
E_ELEC = "smartphone-led shipments of electronics surged 38.3 per cent to $4.95 billion."
E_US = ("Indian goods still found their largest market in the United States, which took $6.89 billion of them in December, "
        "only marginally below the $7.01 billion of a year earlier")
E_UAE = ("Shipments to the second-largest market, the United Arab Emirates (UAE), rose 14.6 per cent to $3.92 billion.")

ARTICLE = {
    "id": "dAO2_05_india_trade_dec_2025",
    "title": "Imports race ahead of exports, pushing December trade gap to $25 bn",
    "publisher": None,
    "published": "2026-01-15",
    "notes": [
        "Publisher null: the text names no outlet (Business Standard style byline 'Staff reporter | New Delhi | January 15, 2026'); published 2026-01-15 from that line. The Reuters mention is a poll, not the publisher.",
        "Area India throughout (headline/opening paragraph); goods figures carry product null, services figures product 'services'.",
        "Headline '$25 bn' is the rounded statement of the body's $25.04 billion December deficit: one observation, labelled once from the body.",
        "Deficits are negative balances: December -25.04 bn, November -24.53 bn, December 2024 -20.63 bn ('In December 2024 the gap'), April-December -248.32 bn, rupee -2,25,110 crore.",
        "Rupee figures are separate INR facts: exports '₹3.46 lakh crore' = 3.46e12, deficit '₹2,25,110 crore' (Indian grouping) = 2.2511e12, negative.",
        "April-December = the first nine months of FY2025-26: period 2025-04..2025-12. 'themselves up 5.87 per cent' is the April-December import growth.",
        "Services exports/imports are the department's estimates of actual December figures (not forecasts): labelled, with the implied services surplus $18.12 billion as a services balance.",
        "Gold: -1.9% yoy (default, no cue) to $4.61 bn in December; 'November's $4.02 billion' is a November 2025 value.",
        "Electronics export value and growth: product 'electronics' (text: 'shipments of electronics'; the paragraph's 'Electronic goods' names the same category). Exports flow from 'shipments'.",
        "US: rank 1 ('largest market'), $6.89 bn December 2025, and 'the $7.01 billion of a year earlier' as a December 2024 value. UAE: rank 2 ('second-largest market'), growth 14.6 (yoy default), value $3.92 bn.",
        "Out: Reuters poll 'about $27 billion' (forecast), '$850 billion' goods and services export projection (forecast), '18' of '30 major commodity groups' (conditional count), 45 days, 50 per cent tariff, 1 per cent of GDP, rupee at 90.2 per dollar, years.",
    ],
    "facts": [
        fact(IN, "balance", "value", -25.04e9, "USD", DEC, "25.04 billion", E_DEF),
        fact(IN, "balance", "value", -24.53e9, "USD", NOV, "24.53 billion", E_DEF),
        fact(IN, "balance", "value", -20.63e9, "USD", DEC24, "20.63 billion", E_DEF24),
        fact(IN, "exports", "growth", 1.88, "percent", DEC, "1.88", E_XM),
        fact(IN, "exports", "value", 38.51e9, "USD", DEC, "38.51 billion", E_XM),
        fact(IN, "imports", "growth", 8.76, "percent", DEC, "8.76", E_XM),
        fact(IN, "imports", "value", 63.55e9, "USD", DEC, "63.55 billion", E_XM),
        fact(IN, "exports", "value", 3.46e12, "INR", DEC, "3.46 lakh crore", E_INR),
        fact(IN, "balance", "value", -2.2511e12, "INR", DEC, "2,25,110 crore", E_INR),
        fact(IN, "exports", "growth", 2.44, "percent", FYTD, "2.44", E_YTD),
        fact(IN, "exports", "value", 330.29e9, "USD", FYTD, "330.29 billion", E_YTD),
        fact(IN, "imports", "growth", 5.87, "percent", FYTD, "5.87", E_YTD),
        fact(IN, "imports", "value", 578.61e9, "USD", FYTD, "578.61 billion", E_YTD),
        fact(IN, "balance", "value", -248.32e9, "USD", FYTD, "248.32 billion", E_YTD),
        fact(IN, "exports", "value", 35.50e9, "USD", DEC, "35.50 billion", E_SVC, product="services"),
        fact(IN, "imports", "value", 17.38e9, "USD", DEC, "17.38 billion", E_SVC, product="services"),
        fact(IN, "balance", "value", 18.12e9, "USD", DEC, "18.12 billion", E_SVC, product="services"),
        fact(IN, "imports", "growth", -1.9, "percent", DEC, "1.9", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 4.61e9, "USD", DEC, "4.61 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 4.02e9, "USD", NOV, "4.02 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "growth", 6.4, "percent", DEC, "6.4", E_OIL, product="crude oil"),
        fact(IN, "imports", "value", 13.74e9, "USD", DEC, "13.74 billion", E_OIL, product="crude oil"),
        fact(IN, "exports", "growth", 38.3, "percent", DEC, "38.3", E_ELEC, product="electronics"),
        fact(IN, "exports", "value", 4.95e9, "USD", DEC, "4.95 billion", E_ELEC, product="electronics"),
        fact(IN, "exports", "rank", 1, "number", DEC, "largest", E_US, partner=US),
        fact(IN, "exports", "value", 6.89e9, "USD", DEC, "6.89 billion", E_US, partner=US),
        fact(IN, "exports", "value", 7.01e9, "USD", DEC24, "7.01 billion", E_US, partner=US),
        fact(IN, "exports", "rank", 2, "number", DEC, "second-largest", E_UAE, partner=UAE),
        fact(IN, "exports", "growth", 14.6, "percent", DEC, "14.6", E_UAE, partner=UAE),
        fact(IN, "exports", "value", 3.92e9, "USD", DEC, "3.92 billion", E_UAE, partner=UAE),
    ],
}
