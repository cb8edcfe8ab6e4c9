from _fact import fact, period

MAY = period(2025, 5)
APR = period(2025, 4)
YTD = period(2025, 1, 5)
US = "United States"
GS = "goods and services"
E_HEAD = "the overall trade shortfall reached $71.5 billion, a rise of 18.7% from April"
E_X = "Exports were down 4.0% from April's record at $279.0 billion"
E_M = "Imports, at $350.5 billion, slipped 0.1%"
E_GX = "Goods exports slumped 5.9% on the month to $180.2 billion and services exports slipped 0.2% to $98.8 billion."
E_GM = "Goods imports stood at $277.7 billion and services imports at $72.8 billion."
E_GS = ("Compared with April, the goods trade deficit jumped 12.7% to $97.5 billion, while the surplus in services trade "
        "dipped 0.4% to $26.0 billion.")
E_CN = "The goods trade deficit with China shrank 28.9% to $14.0 billion from $19.7 billion in April"
E_RESP = ("The gaps with Mexico and the European Union widened to $17.1 billion and $22.5 billion, respectively, "
          "from $13.5 billion and $17.9 billion in April.")
E_YTD = "In the first five months of 2025, the trade deficit soared 50.4% from the same period last year to $522.2 billion."
E_YTD_XM = "Imports increased 14.8% and exports 5.5%."

ARTICLE = {
    "id": "dAR2_01_us_trade_deficit_may_2025",
    "title": "U.S. trade deficit widens 18.7% in May as exports slide; gap with China smallest since 2004",
    "publisher": "Reuters",
    "published": "2025-07-03",
    "notes": [
        "Dateline July 3 (Reuters): May is 2025-05, April 2025-04, 'first five months of 2025' is 2025-01..2025-05.",
        "Headline totals (trade gap, exports, imports, year-to-date) are goods and services: product 'goods and services'; goods-only figures (goods exports/imports/deficit, country detail) carry product null, services 'services' (convention of dA3_01).",
        "Headline '18.7% in May' is the same observation as the body's 'a rise of 18.7% from April': labelled once, with the body evidence.",
        "'a rise of 18.7% from April', 'from April's record', 'on the month', 'Compared with April': month-on-month cues; a mom frame set in a paragraph carries to its later figures (imports -0.1, services exports -0.2, services surplus -0.4).",
        "Growth of a balance follows its verb: deficit 'a rise of 18.7%' -> +18.7, goods deficit 'jumped 12.7%' -> +12.7, China deficit 'shrank 28.9%' -> -28.9, services surplus 'dipped 0.4%' -> -0.4.",
        "April's revised deficit ($60.3 billion) and the April country deficits (China $19.7 billion; Mexico $13.5 billion, EU $17.9 billion in the respectively list) are labelled as April balances.",
        "Country deficits are goods-only (Census country detail): product null, negative balances; the Switzerland deficit 'narrowed to $2.6 billion' is a May balance of -2.6e9.",
        "Year-to-date: 'soared 50.4%' is deficit growth yoy over Jan-May; 'Imports increased 14.8% and exports 5.5%' are yoy for the same span (the frame of the preceding sentence), goods and services.",
        "Out: Reuters poll forecast ($71.0 billion), economist's forecast ($65 billion a month), 'smallest since February 2004', 'more than 21 years', 'lowest since October', 'record' (milestones); tariff rates (145%, 30%, 20%, 10%, 50%, 25%), dates (May 12, July 9), '90 days'; GDP figures (4.61 percentage points, 0.5%, 2.5%).",
    ],
    "facts": [
        fact(US, "balance", "growth", 18.7, "percent", MAY, "18.7", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -71.5e9, "USD", MAY, "71.5 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -60.3e9, "USD", APR, "60.3 billion",
             "The department now puts April's gap at a downwardly revised $60.3 billion.", product=GS),
        fact(US, "exports", "growth", -4.0, "percent", MAY, "4.0", E_X, product=GS, basis="mom"),
        fact(US, "exports", "value", 279.0e9, "USD", MAY, "279.0 billion", E_X, product=GS),
        fact(US, "imports", "growth", -0.1, "percent", MAY, "0.1", E_M, product=GS, basis="mom"),
        fact(US, "imports", "value", 350.5e9, "USD", MAY, "350.5 billion", E_M, product=GS),
        fact(US, "exports", "growth", -5.9, "percent", MAY, "5.9", E_GX, basis="mom"),
        fact(US, "exports", "value", 180.2e9, "USD", MAY, "180.2 billion", E_GX),
        fact(US, "exports", "growth", -0.2, "percent", MAY, "0.2", E_GX, product="services", basis="mom"),
        fact(US, "exports", "value", 98.8e9, "USD", MAY, "98.8 billion", E_GX, product="services"),
        fact(US, "imports", "value", 277.7e9, "USD", MAY, "277.7 billion", E_GM),
        fact(US, "imports", "value", 72.8e9, "USD", MAY, "72.8 billion", E_GM, product="services"),
        fact(US, "balance", "growth", 12.7, "percent", MAY, "12.7", E_GS, basis="mom"),
        fact(US, "balance", "value", -97.5e9, "USD", MAY, "97.5 billion", E_GS),
        fact(US, "balance", "growth", -0.4, "percent", MAY, "0.4", E_GS, product="services", basis="mom"),
        fact(US, "balance", "value", 26.0e9, "USD", MAY, "26.0 billion", E_GS, product="services"),
        fact(US, "balance", "growth", -28.9, "percent", MAY, "28.9", E_CN, partner="China", basis="mom"),
        fact(US, "balance", "value", -14.0e9, "USD", MAY, "14.0 billion", E_CN, partner="China"),
        fact(US, "balance", "value", -19.7e9, "USD", APR, "19.7 billion", E_CN, partner="China"),
        fact(US, "balance", "value", -14.9e9, "USD", MAY, "14.9 billion",
             "The deficit with Vietnam climbed to a record $14.9 billion", partner="Vietnam"),
        fact(US, "balance", "value", -17.1e9, "USD", MAY, "17.1 billion", E_RESP, partner="Mexico"),
        fact(US, "balance", "value", -22.5e9, "USD", MAY, "22.5 billion", E_RESP, partner="European Union"),
        fact(US, "balance", "value", -13.5e9, "USD", APR, "13.5 billion", E_RESP, partner="Mexico"),
        fact(US, "balance", "value", -17.9e9, "USD", APR, "17.9 billion", E_RESP, partner="European Union"),
        fact(US, "balance", "value", -2.6e9, "USD", MAY, "2.6 billion",
             "The deficit with Switzerland, swollen early in the year by bullion flowing to New York, narrowed to $2.6 billion.",
             partner="Switzerland"),
        fact(US, "balance", "growth", 50.4, "percent", YTD, "50.4", E_YTD, product=GS),
        fact(US, "balance", "value", -522.2e9, "USD", YTD, "522.2 billion", E_YTD, product=GS),
        fact(US, "imports", "growth", 14.8, "percent", YTD, "14.8", E_YTD_XM, product=GS),
        fact(US, "exports", "growth", 5.5, "percent", YTD, "5.5", E_YTD_XM, product=GS),
    ],
}
