from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
FYTD = period(2025, 4, 11)

E_EXP = "India's merchandise exports grew 11.6 per cent year-on-year to USD 36.92 billion in November"
E_IMP = "Imports declined 3.1 per cent to USD 61.85 billion during the month"
E_DEF = "Compared with a year ago, the trade deficit shrank 18.9 per cent to USD 24.93 billion"
E_OCT = "In October the gap had touched an all-time high of USD 41.68 billion"
E_INR = "In rupee terms, outbound shipments in November stood at Rs 3.27 lakh crore"
E_FY_EXP = "For the first eight months of the fiscal, April-November, exports came to USD 291.6 billion, 2.6 per cent more than a year earlier"
E_FY_IMP = "the import bill swelled to USD 515.2 billion"
E_FY_DEF = "The trade gap for the eight-month period stood at USD 223.6 billion"
E_SVC_EXP = "Services exports for November are estimated at USD 35.86 billion"
E_SVC_IMP = "services imports at USD 17.20 billion"
E_GS_EXP = "overall exports in November stand at USD 72.78 billion"
E_GS_DEF = "the overall trade deficit at USD 6.27 billion"
E_ELEC = "Electronic goods exports jumped 38.9 per cent to USD 4.12 billion"
E_ENG = "Engineering goods, the mainstay of the export basket, rose 8.2 per cent to USD 10.34 billion"
E_PETRO = "Petroleum products, however, slipped 11.4 per cent to USD 3.61 billion"
E_GOLD = "Gold imports fell 41.3 per cent to USD 8.4 billion in the month"
E_US = "The US bought Indian goods worth USD 6.98 billion in November, 22.6 per cent more than a year ago"
E_UAE = "The UAE remained the second largest market, taking USD 3.52 billion worth of goods"
E_CN = "exports to China rose about 90 per cent to USD 2.2 billion"

ARTICLE = {
    "id": "dAV2_05_pti_india_nov_2025",
    "title": "India's exports rise 11.6 pc in Nov; trade deficit narrows to USD 24.93 bn",
    "publisher": "PTI",
    "published": "2025-12-15",
    "notes": [
        "Area India throughout. Running period November 2025 (dateline Dec 15); 'the first eight months of the fiscal, April-November' / 'the eight-month period' is 2025-04 to 2025-11.",
        "Headline figures (11.6 pc, USD 24.93 bn) are the same observations as the body: labelled once, with body evidence.",
        "Merchandise figures have product None; services figures product 'services'; 'Adding services to merchandise, overall exports / overall trade deficit' product 'goods and services'.",
        "'shrank 18.9 per cent' is growth of a deficit: it follows its verb, so -18.9 (basis yoy, 'Compared with a year ago').",
        "'In October the gap had touched an all-time high of USD 41.68 billion': 'the gap' is the trade deficit; a balance value for October 2025, negative. 'all-time high' is a milestone word, not a number.",
        "'outbound shipments in November stood at Rs 3.27 lakh crore' is merchandise exports in rupees: a separate INR fact (3.27e12).",
        "'the import bill swelled to USD 515.2 billion' and 'The trade gap ... USD 223.6 billion' are April-November merchandise imports and balance (deficit, negative).",
        "The official's 'Shipments crossed USD 4 billion in a single month' is a threshold for November electronics exports; the exact figure USD 4.12 billion is given, so only the exact one is labelled.",
        "'The US bought Indian goods worth ...': India's exports with partner United States (the US is the buyer, India the area).",
        "'The UAE remained the second largest market': exports rank 2, partner United Arab Emirates, period November 2025 (the sentence is about the month).",
        "'rose about 90 per cent' → growth 90 with qualifier approx; the USD 2.2 billion value is exact.",
        "'Engineering goods, the mainstay of the export basket' carries no rank number.",
        "Out of scope: 50 per cent tariff, '30 key sectors, 20 recorded positive growth' (count of sectors), 4.5 crore people employed, current account deficit 1.1 per cent of GDP, the USD 440 billion FY26 forecast, rupee at 90.49 / 12 paise, the USD 2 trillion by 2030 target.",
    ],
    "facts": [
        fact("India", "exports", "growth", 11.6, "percent", NOV, "11.6", E_EXP),
        fact("India", "exports", "value", 36.92e9, "USD", NOV, "36.92 billion", E_EXP),
        fact("India", "imports", "growth", -3.1, "percent", NOV, "3.1", E_IMP),
        fact("India", "imports", "value", 61.85e9, "USD", NOV, "61.85 billion", E_IMP),
        fact("India", "balance", "growth", -18.9, "percent", NOV, "18.9", E_DEF),
        fact("India", "balance", "value", -24.93e9, "USD", NOV, "24.93 billion", E_DEF),
        fact("India", "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", E_OCT),
        fact("India", "exports", "value", 3.27e12, "INR", NOV, "3.27 lakh crore", E_INR),
        fact("India", "exports", "growth", 2.6, "percent", FYTD, "2.6", E_FY_EXP),
        fact("India", "exports", "value", 291.6e9, "USD", FYTD, "291.6 billion", E_FY_EXP),
        fact("India", "imports", "value", 515.2e9, "USD", FYTD, "515.2 billion", E_FY_IMP),
        fact("India", "balance", "value", -223.6e9, "USD", FYTD, "223.6 billion", E_FY_DEF),
        fact("India", "exports", "value", 35.86e9, "USD", NOV, "35.86 billion", E_SVC_EXP, product="services"),
        fact("India", "imports", "value", 17.20e9, "USD", NOV, "17.20 billion", E_SVC_IMP, product="services"),
        fact("India", "exports", "value", 72.78e9, "USD", NOV, "72.78 billion", E_GS_EXP, product="goods and services"),
        fact("India", "balance", "value", -6.27e9, "USD", NOV, "6.27 billion", E_GS_DEF, product="goods and services"),
        fact("India", "exports", "growth", 38.9, "percent", NOV, "38.9", E_ELEC, product="electronic goods"),
        fact("India", "exports", "value", 4.12e9, "USD", NOV, "4.12 billion", E_ELEC, product="electronic goods"),
        fact("India", "exports", "growth", 8.2, "percent", NOV, "8.2", E_ENG, product="engineering goods"),
        fact("India", "exports", "value", 10.34e9, "USD", NOV, "10.34 billion", E_ENG, product="engineering goods"),
        fact("India", "exports", "growth", -11.4, "percent", NOV, "11.4", E_PETRO, product="petroleum products"),
        fact("India", "exports", "value", 3.61e9, "USD", NOV, "3.61 billion", E_PETRO, product="petroleum products"),
        fact("India", "imports", "growth", -41.3, "percent", NOV, "41.3", E_GOLD, product="gold"),
        fact("India", "imports", "value", 8.4e9, "USD", NOV, "8.4 billion", E_GOLD, product="gold"),
        fact("India", "exports", "value", 6.98e9, "USD", NOV, "6.98 billion", E_US, partner="United States"),
        fact("India", "exports", "growth", 22.6, "percent", NOV, "22.6", E_US, partner="United States"),
        fact("India", "exports", "rank", 2, "number", NOV, "second", E_UAE, partner="United Arab Emirates"),
        fact("India", "exports", "value", 3.52e9, "USD", NOV, "3.52 billion", E_UAE, partner="United Arab Emirates"),
        fact("India", "exports", "growth", 90, "percent", NOV, "90", E_CN, partner="China", qualifier="approx"),
        fact("India", "exports", "value", 2.2e9, "USD", NOV, "2.2 billion", E_CN, partner="China"),
    ],
}
