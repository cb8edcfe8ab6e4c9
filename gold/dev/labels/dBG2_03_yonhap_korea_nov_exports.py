from _fact import fact, period

KR = "South Korea"
NOV = period(2025, 11)
YTD = period(2025, 1, 11)

ARTICLE = {
    "id": "dBG2_03_yonhap_korea_nov_exports",
    "title": "S. Korea's exports up 8.4 pct in Nov. on record chip sales",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Real (Ministry of Trade, Industry and Resources data of 2025-12-01 as reported): exports 61.04bn +8.4%, imports "
        "51.30bn +1.2%, surplus 9.73bn, daily average 2.71bn +13.3%, chips 17.26bn +38.6% and 28.3% share, autos 6.41bn "
        "+13.7% (Oct -10.5%), petroleum products -10.3%, petrochemicals -14.1%, China 12.07bn +6.9%, US 10.35bn -0.2%, "
        "ASEAN +6.3%, EU -1.9%, Jan-Nov exports 640.2bn +2.9%, Jan-Nov 2022 628.7bn, Jan-Nov surplus 66.07bn, Jan-Nov "
        "chips 152.6bn and autos 66.04bn, $59.8bn needed in December for $700bn.",
        "Made up: ship exports +24.5% to 2.87bn in November (not found). The ministry official's quote is invented and "
        "attributed to no named person.",
        "Not labelled: average daily exports (per-working-day average, out of scope), streaks (sixth consecutive month, "
        "10 months in a row), 'largest since September 2017' (milestone), the $700 billion / $59.8 billion conditional "
        "projection (forecast), the year 2022 and September 2017 as numbers.",
        "'South Korea's largest export market' = rank 1 of exports to China.",
        "'In October, they had suffered a 10.5 percent on-year fall' is October's own year-on-year change (period 2025-10, basis yoy), "
        "not a month-on-month comparison. Its evidence is the separate sentence 'In October, they had suffered a 10.5 "
        "percent on-year fall' (reworded in the copy check; an earlier span mixing 'rose' with the fall was read as +10.5 "
        "by the lint's sign reader); 'they' are the car exports of the preceding sentence.",
        "The 2022 record is labelled as exports for 2022-01..2022-11 ('the previous record ... for the period').",
        "The article gives no KRW figures (Yonhap's trade stories report dollars only).",
    ],
    "facts": [
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4",
             "lifted South Korea's exports to the largest figure ever posted for a November, with government data released Monday showing an 8.4 percent gain from a year earlier"),
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion",
             "The Ministry of Trade, Industry and Resources put last month's outbound shipments at US$61.04 billion"),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2",
             "Imports were up 1.2 percent on-year at $51.30 billion"),
        fact(KR, "imports", "value", 51.30e9, "USD", NOV, "51.30 billion",
             "Imports were up 1.2 percent on-year at $51.30 billion"),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion",
             "which left the country with a $9.73 billion trade surplus"),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6",
             "Semiconductors, South Korea's mainstay export item, led the gains, with outbound sales jumping 38.6 percent on-year to $17.26 billion",
             product="semiconductors"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion",
             "Semiconductors, South Korea's mainstay export item, led the gains, with outbound sales jumping 38.6 percent on-year to $17.26 billion",
             product="semiconductors"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "Chips accounted for 28.3 percent of the country's total outbound shipments in November",
             product="chips"),
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7",
             "Car exports bounced back in November, climbing 13.7 percent to $6.41 billion", product="automobiles"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion",
             "Car exports bounced back in November, climbing 13.7 percent to $6.41 billion", product="automobiles"),
        fact(KR, "exports", "growth", -10.5, "percent", period(2025, 10), "10.5",
             "In October, they had suffered a 10.5 percent on-year fall", product="automobiles"),
        fact(KR, "exports", "growth", 24.5, "percent", NOV, "24.5",
             "pushed ship exports up 24.5 percent to $2.87 billion", product="ships"),
        fact(KR, "exports", "value", 2.87e9, "USD", NOV, "2.87 billion",
             "pushed ship exports up 24.5 percent to $2.87 billion", product="ships"),
        fact(KR, "exports", "growth", -10.3, "percent", NOV, "10.3",
             "petroleum products and petrochemicals, whose shipments shrank 10.3 percent and 14.1 percent, respectively",
             product="petroleum products"),
        fact(KR, "exports", "growth", -14.1, "percent", NOV, "14.1",
             "petroleum products and petrochemicals, whose shipments shrank 10.3 percent and 14.1 percent, respectively",
             product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", NOV, "largest",
             "China remained South Korea's largest export market", partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9",
             "China remained South Korea's largest export market, taking $12.07 billion worth of goods, up 6.9 percent",
             partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOV, "12.07 billion",
             "China remained South Korea's largest export market, taking $12.07 billion worth of goods, up 6.9 percent",
             partner="China"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2",
             "Sales to the United States were nearly unchanged: they slipped 0.2 percent to $10.35 billion", partner="United States"),
        fact(KR, "exports", "value", 10.35e9, "USD", NOV, "10.35 billion",
             "Sales to the United States were nearly unchanged: they slipped 0.2 percent to $10.35 billion", partner="United States"),
        fact(KR, "exports", "growth", 6.3, "percent", NOV, "6.3",
             "Shipments to the Association of Southeast Asian Nations (ASEAN) grew 6.3 percent", partner="ASEAN"),
        fact(KR, "exports", "growth", -1.9, "percent", NOV, "1.9",
             "those bound for the European Union declined 1.9 percent", partner="European Union"),
        fact(KR, "exports", "value", 640.2e9, "USD", YTD, "640.2 billion",
             "Exports over the first 11 months reached $640.2 billion"),
        fact(KR, "exports", "growth", 2.9, "percent", YTD, "2.9",
             "Exports over the first 11 months reached $640.2 billion, a 2.9 percent on-year increase"),
        fact(KR, "exports", "value", 628.7e9, "USD", period(2022, 1, 11), "628.7 billion",
             "beating the $628.7 billion posted for the same period in 2022"),
        fact(KR, "balance", "value", 66.07e9, "USD", YTD, "66.07 billion",
             "Over the same 11 months, the country ran up a combined trade surplus of $66.07 billion."),
        fact(KR, "exports", "value", 152.6e9, "USD", YTD, "152.6 billion",
             "Chips and cars each posted their best January-November total ever, at $152.6 billion and $66.04 billion, respectively",
             product="semiconductors"),
        fact(KR, "exports", "value", 66.04e9, "USD", YTD, "66.04 billion",
             "Chips and cars each posted their best January-November total ever, at $152.6 billion and $66.04 billion, respectively",
             product="automobiles"),
    ],
}
