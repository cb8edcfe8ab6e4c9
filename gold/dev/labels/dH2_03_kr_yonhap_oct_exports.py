from _fact import fact, period

OCT = period(2025, 10)
YTD = period(2025, 1, 10)
KR = "South Korea"
US = "United States"
E_X = "exports last month climbed 3.6 percent year on year to US$59.57 billion"
E_M = "imports slipped 1.5 percent to $53.55 billion"
E_B = "leaving the trade balance with a $6.02 billion surplus, equal to about 8.6 trillion won"
E_CHIP = "semiconductor exports jumped 25.4 percent on-year to an unprecedented $15.73 billion and made up 26.4 percent of all Korean exports"
E_PS = "petrochemical and steel exports declined 14.8 percent and 9.6 percent, respectively"
E_CN = "sales to China, the largest market for South Korean exports, grew 6.6 percent to $11.58 billion"
E_US = "exports to the U.S. tumbled 16.3 percent on-year to $8.77 billion"

ARTICLE = {
    "id": "dH2_03_kr_yonhap_oct_exports",
    "title": "(LEAD) Record chip sales lift S. Korea's October exports 3.6 pct despite sharp fall in U.S. shipments",
    "publisher": "Yonhap",
    "published": "2025-11-01",
    "notes": [
        "The year appears only in the published date (Nov. 1, 2025): 'last month' and October are October 2025; January-October is 2025.",
        "Headline restates the body's 3.6 percent export growth: labelled once, with the body sentence.",
        "'about 8.6 trillion won' is the surplus in another currency: a KRW fact with qualifier approx.",
        "Daily average export growth (9.1 percent, per working day) and working days: out per the guide.",
        "'the largest market for South Korean exports' for China: rank 1 of exports with partner China.",
        "'4.7 percentage points higher' for the chip share: out.",
        "'an unprecedented $15.73 billion' is the exact figure; 'unprecedented' is a milestone, not labelled separately.",
        "Out: fifth straight month (streak), 15 and 50 percent tariffs, $700 billion annual expectation (forecast), 1.2 percent GDP growth, 'fourth-largest economy' (not trade).",
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
             "Automobile shipments edged down 2.1 percent", product="automobiles"),
        fact(KR, "exports", "growth", -14.8, "percent", OCT, "14.8", E_PS, product="petrochemicals"),
        fact(KR, "exports", "growth", -9.6, "percent", OCT, "9.6", E_PS, product="steel"),
        fact(KR, "exports", "rank", 1, "number", OCT, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", 6.6, "percent", OCT, "6.6", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.58e9, "USD", OCT, "11.58 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -16.3, "percent", OCT, "16.3", E_US, partner=US),
        fact(KR, "exports", "value", 8.77e9, "USD", OCT, "8.77 billion", E_US, partner=US),
        fact(KR, "exports", "value", 579.3e9, "USD", YTD, "579.3 billion",
             "Exports over the January-October period added up to $579.3 billion"),
    ],
}
