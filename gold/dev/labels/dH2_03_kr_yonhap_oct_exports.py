from _fact import fact, period

OCT = period(2025, 10)
YTD = period(2025, 1, 10)
KR = "South Korea"
US = "United States"
E_X = "Outbound shipments rose 3.6 percent on-year to US$59.57 billion last month"
E_M = "Imports declined 1.5 percent to $53.55 billion over the same period"
E_B = "resulting in a trade surplus of $6.02 billion, or about 8.6 trillion won"
E_CHIP = "semiconductor exports soared 25.4 percent from a year earlier to a record $15.73 billion, accounting for 26.4 percent of the country's total exports"
E_PS = "exports of petrochemicals and steel fell 14.8 percent and 9.6 percent, respectively"
E_CN = "exports to China, South Korea's largest export market, gained 6.6 percent to $11.58 billion"
E_US = "Shipments to the U.S. sank 16.3 percent on-year to $8.77 billion"

ARTICLE = {
    "id": "dH2_03_kr_yonhap_oct_exports",
    "title": "(LEAD) S. Korea's exports up 3.6 pct in Oct. on record chip sales; U.S.-bound shipments slump",
    "publisher": "Yonhap",
    "published": "2025-11-01",
    "notes": [
        "The year appears only in the published date (Nov. 1, 2025): 'last month' and October are October 2025; January-October is 2025.",
        "Headline restates the body's 3.6 percent export growth: labelled once, with the body sentence.",
        "'about 8.6 trillion won' is the surplus in another currency: a KRW fact with qualifier approx.",
        "Daily average export growth (9.1 percent, per working day) and working days: out per the guide.",
        "'South Korea's largest export market' for China: rank 1 of exports with partner China.",
        "'up 4.7 percentage points' for the chip share: out.",
        "'a record $15.73 billion' is the exact figure; 'record' is a milestone, not labelled separately.",
        "Out: fifth consecutive month (streak), 15 and 50 percent tariffs, $700 billion annual expectation (forecast), 1.2 percent GDP growth, 'fourth-largest economy' (not trade).",
    ],
    "facts": [
        fact(KR, "exports", "growth", 3.6, "percent", OCT, "3.6", E_X),
        fact(KR, "exports", "value", 59.57e9, "USD", OCT, "59.57 billion", E_X),
        fact(KR, "imports", "growth", -1.5, "percent", OCT, "1.5", E_M),
        fact(KR, "imports", "value", 53.55e9, "USD", OCT, "53.55 billion", E_M),
        fact(KR, "balance", "value", 6.02e9, "USD", OCT, "6.02 billion", E_B),
        fact(KR, "balance", "value", 8.6e12, "KRW", OCT, "8.6 trillion", E_B, qualifier="approx"),
        fact(KR, "exports", "growth", 25.4, "percent", OCT, "25.4", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 15.73e9, "USD", OCT, "15.73 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 26.4, "percent", OCT, "26.4", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", -2.1, "percent", OCT, "2.1",
             "Automobile exports slipped 2.1 percent", product="automobiles"),
        fact(KR, "exports", "growth", -14.8, "percent", OCT, "14.8", E_PS, product="petrochemicals"),
        fact(KR, "exports", "growth", -9.6, "percent", OCT, "9.6", E_PS, product="steel"),
        fact(KR, "exports", "rank", 1, "number", OCT, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", 6.6, "percent", OCT, "6.6", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.58e9, "USD", OCT, "11.58 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -16.3, "percent", OCT, "16.3", E_US, partner=US),
        fact(KR, "exports", "value", 8.77e9, "USD", OCT, "8.77 billion", E_US, partner=US),
        fact(KR, "exports", "value", 579.3e9, "USD", YTD, "579.3 billion",
             "cumulative exports for the January-October period came to $579.3 billion"),
    ],
}
