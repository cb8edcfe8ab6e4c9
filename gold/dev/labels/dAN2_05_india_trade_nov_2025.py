from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
NOV24 = period(2024, 11)
AN = period(2025, 4, 11)
IN = "India"
SV = "services"
E_LEAD = ("A sharp drop in gold imports narrowed India's trade deficit to USD 24.53 billion in November, while "
          "merchandise exports rose 19.38 per cent year-on-year to USD 38.13 billion")
E_IMP = "The import bill for the month slipped 1.89 per cent to USD 62.66 billion."
E_GAP = ("In October the deficit had hit a record USD 41.68 billion, and a year earlier, in November 2024, it was "
         "USD 31.93 billion.")
E_AN = ("For the first eight months of the fiscal year, April to November, exports grew 2.62 per cent to USD 292.07 "
        "billion and imports 5.59 per cent to USD 515.21 billion, leaving a cumulative trade deficit of USD 223.14 billion.")
E_SV = ("services exports in November amounted to USD 35.86 billion and services imports to USD 17.96 billion")
E_GOLD = "Gold imports fell 59.15 per cent to USD 4.03 billion in November"
E_SILVER = "silver imports rose 128.6 per cent to USD 1.04 billion"
E_CRUDE = "The crude oil import bill eased to USD 14.11 billion, and electronic goods imports increased to USD 9.24 billion."
E_US = "Exports to the US rose 22.61 per cent to USD 6.98 billion in November"
E_CN = "Exports to China jumped 90.12 per cent to USD 2.2 billion, and those to the UAE by 8.4 per cent."
E_SECT = ("Engineering goods exports increased 23.76 per cent to USD 11.01 billion, while exports of petroleum products "
          "rose 11.65 per cent to USD 3.93 billion")

ARTICLE = {
    "id": "dAN2_05_india_trade_nov_2025",
    "title": "India's Nov trade deficit shrinks to USD 24.53 bn as exports jump 19.38 pc to USD 38.13 bn",
    "publisher": "PTI",
    "published": "2025-12-15",
    "notes": [
        "Dateline Dec 15 (PTI), published 2025-12-15: November is November 2025; 'a year earlier, in November 2024' is 2024-11; 'the first eight months of the fiscal year, April to November' (FY 2025-26) is 2025-04..2025-11.",
        "Headline figures (19.38 pc, USD 38.13 bn, USD 24.53 bn) are the same observations as the lead sentence: labelled once, from the lead.",
        "All merchandise figures are goods: product null; services estimates carry product 'services'.",
        "The deficit is a negative balance: November -24.53 bn, October -41.68 bn, November 2024 -31.93 bn, April-November -223.14 bn. 'a record' is a milestone, out.",
        "'Rs 3.37 lakh crore': November exports in INR, a separate fact from the USD value (3.37e12 INR).",
        "'The import bill for the month slipped 1.89 per cent': yoy (no other cue; the lead sets year-on-year).",
        "'The crude oil import bill eased to USD 14.11 billion' and 'electronic goods imports increased to USD 9.24 billion': values only; 'eased'/'increased' give no rate.",
        "'those to the UAE by 8.4 per cent': gapped clause sharing 'jumped', so exports to the UAE growth +8.4 (partner 'United Arab Emirates').",
        "Out: 50 per cent US tariffs, August 27, six rounds of talks, Rs 25,060 crore Export Promotion Mission (not a trade flow), the economist's forecast of a USD 27-29 billion monthly deficit in January-March and a current account deficit of about 1 per cent of GDP.",
    ],
    "facts": [
        fact(IN, "exports", "growth", 19.38, "percent", NOV, "19.38", E_LEAD),
        fact(IN, "exports", "value", 38.13e9, "USD", NOV, "38.13 billion", E_LEAD),
        fact(IN, "balance", "value", -24.53e9, "USD", NOV, "24.53 billion", E_LEAD),
        fact(IN, "imports", "growth", -1.89, "percent", NOV, "1.89", E_IMP),
        fact(IN, "imports", "value", 62.66e9, "USD", NOV, "62.66 billion", E_IMP),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", E_GAP),
        fact(IN, "balance", "value", -31.93e9, "USD", NOV24, "31.93 billion", E_GAP),
        fact(IN, "exports", "value", 3.37e12, "INR", NOV, "3.37 lakh crore",
             "Measured in rupees, November exports came to Rs 3.37 lakh crore."),
        fact(IN, "exports", "growth", 2.62, "percent", AN, "2.62", E_AN),
        fact(IN, "exports", "value", 292.07e9, "USD", AN, "292.07 billion", E_AN),
        fact(IN, "imports", "growth", 5.59, "percent", AN, "5.59", E_AN),
        fact(IN, "imports", "value", 515.21e9, "USD", AN, "515.21 billion", E_AN),
        fact(IN, "balance", "value", -223.14e9, "USD", AN, "223.14 billion", E_AN),
        fact(IN, "exports", "value", 35.86e9, "USD", NOV, "35.86 billion", E_SV, product=SV),
        fact(IN, "imports", "value", 17.96e9, "USD", NOV, "17.96 billion", E_SV, product=SV),
        fact(IN, "imports", "growth", -59.15, "percent", NOV, "59.15", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 4.03e9, "USD", NOV, "4.03 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "growth", 128.6, "percent", NOV, "128.6", E_SILVER, product="silver"),
        fact(IN, "imports", "value", 1.04e9, "USD", NOV, "1.04 billion", E_SILVER, product="silver"),
        fact(IN, "imports", "value", 14.11e9, "USD", NOV, "14.11 billion", E_CRUDE, product="crude oil"),
        fact(IN, "imports", "value", 9.24e9, "USD", NOV, "9.24 billion", E_CRUDE, product="electronic goods"),
        fact(IN, "exports", "growth", 22.61, "percent", NOV, "22.61", E_US, partner="United States"),
        fact(IN, "exports", "value", 6.98e9, "USD", NOV, "6.98 billion", E_US, partner="United States"),
        fact(IN, "exports", "growth", 90.12, "percent", NOV, "90.12", E_CN, partner="China"),
        fact(IN, "exports", "value", 2.2e9, "USD", NOV, "2.2 billion", E_CN, partner="China"),
        fact(IN, "exports", "growth", 8.4, "percent", NOV, "8.4", E_CN, partner="United Arab Emirates"),
        fact(IN, "exports", "growth", 23.76, "percent", NOV, "23.76", E_SECT, product="engineering goods"),
        fact(IN, "exports", "value", 11.01e9, "USD", NOV, "11.01 billion", E_SECT, product="engineering goods"),
        fact(IN, "exports", "growth", 11.65, "percent", NOV, "11.65", E_SECT, product="petroleum products"),
        fact(IN, "exports", "value", 3.93e9, "USD", NOV, "3.93 billion", E_SECT, product="petroleum products"),
    ],
}
