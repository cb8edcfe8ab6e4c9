from _fact import fact, period

US = "United States"
GS = "goods and services"
JUL = period(2025, 7)
JUN = period(2025, 6)

E_HEAD = "Counting both goods and services, the deficit came to $78.3 billion, up 32.5% from June"
E_IMP = "Imports climbed 5.9% on the month to $358.8 billion"
E_EXP = "Exports, by contrast, barely moved, edging up 0.3% to $280.5 billion"
E_SVC = "In services, a category that includes tourism, banking and software licensing and where the U.S. typically comes out ahead, the surplus slipped to $25.6 billion from $26.6 billion in June."
E_SVC2 = "Services exports and imports both hit records, at $101.0 billion and $75.5 billion, respectively."
E_YTD = "Through the first seven months of the year, the deficit was running 30.9% above its level over the same period of 2024."
E_YTD2 = "Exports were up 5.5% and imports 10.9%"
E_CN = "The U.S. goods deficit with China widened to $14.7 billion in July from $9.4 billion in June."
E_MX = "With Mexico, the shortfall widened slightly to $16.6 billion from $16.3 billion a month earlier."
E_EU = "The deficit with the 27-nation European Union went the other way, narrowing to $8.6 billion from $9.5 billion."
E_CA = "The gap with Canada, meanwhile, ballooned to $5.4 billion from $1.0 billion in June."
E_VT = "Deficits with Vietnam and Taiwan, where many manufacturers have shifted production out of China, came to $16.1 billion and $13.5 billion, respectively."

ARTICLE = {
    "id": "dBE2_01",
    "title": "US trade deficit widens 32.5% in July as businesses race to import ahead of tariffs",
    "publisher": "AP",
    "published": "2025-09-04",
    "notes": [
        "Figures from the July 2025 Census/BEA release (published 2025-09-04), as reported by AP, MT Newswires, Xinhua and JEC; sentences are my own.",
        "Headline-level deficit, exports and imports are goods and services combined (balance of payments basis) -> product 'goods and services'; 'goods alone' figures -> product null; services figures -> 'services'.",
        "Bilateral deficits (China, Mexico, EU, Canada, Vietnam, Taiwan) are Census goods figures -> product null.",
        "'up 32.5% from June' compares with the previous month -> basis mom; the 0.3% export rise shares the paragraph opened by 'on the month' -> mom.",
        "Comparison bases stated with their own month ('revised to $59.1 billion', 'from $9.4 billion in June', 'from $16.3 billion a month earlier') are labelled as June 2025 balance facts, not as the July period.",
        "Year-to-date growth (30.9%, 5.5%, 10.9%) is against the same seven months of 2024 -> yoy, period 2025-01..07; the deficit 'running 30.9% above' is a widening -> +30.9.",
        "'about $10.0 billion' exports to China -> qualifier approx.",
        "Not labelled: absolute changes ('jumped by $18.2 billion', 'grew by $7.6 billion' with Switzerland); the Bloomberg consensus of $77.9 billion (forecast/poll); GDP remarks; the economist's remark about gold's share of the increase (no number).",
    ],
    "facts": [
        fact(US, "balance", "growth", 32.5, "percent", JUL, "32.5", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -78.3e9, "USD", JUL, "78.3 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -59.1e9, "USD", JUN, "59.1 billion", "June's deficit was revised to $59.1 billion", product=GS),
        fact(US, "imports", "growth", 5.9, "percent", JUL, "5.9", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 358.8e9, "USD", JUL, "358.8 billion", E_IMP, product=GS),
        fact(US, "exports", "growth", 0.3, "percent", JUL, "0.3", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 280.5e9, "USD", JUL, "280.5 billion", E_EXP, product=GS),
        fact(US, "balance", "value", -103.9e9, "USD", JUL, "103.9 billion", "The deficit in goods alone jumped by $18.2 billion to $103.9 billion"),
        fact(US, "imports", "value", 283.3e9, "USD", JUL, "283.3 billion", "Goods imports rose to $283.3 billion"),
        fact(US, "exports", "value", 179.4e9, "USD", JUL, "179.4 billion", "goods exports were little changed at $179.4 billion"),
        fact(US, "balance", "value", 25.6e9, "USD", JUL, "25.6 billion", E_SVC, product="services"),
        fact(US, "balance", "value", 26.6e9, "USD", JUN, "26.6 billion", E_SVC, product="services"),
        fact(US, "exports", "value", 101.0e9, "USD", JUL, "101.0 billion", E_SVC2, product="services"),
        fact(US, "imports", "value", 75.5e9, "USD", JUL, "75.5 billion", E_SVC2, product="services"),
        fact(US, "balance", "growth", 30.9, "percent", period(2025, 1, 7), "30.9", E_YTD, product=GS),
        fact(US, "exports", "growth", 5.5, "percent", period(2025, 1, 7), "5.5", E_YTD2, product=GS),
        fact(US, "imports", "growth", 10.9, "percent", period(2025, 1, 7), "10.9", E_YTD2, product=GS),
        fact(US, "balance", "value", -14.7e9, "USD", JUL, "14.7 billion", E_CN, partner="China"),
        fact(US, "balance", "value", -9.4e9, "USD", JUN, "9.4 billion", E_CN, partner="China"),
        fact(US, "imports", "value", 24.7e9, "USD", JUL, "24.7 billion", "Imports from China rose to $24.7 billion", partner="China"),
        fact(US, "exports", "value", 10.0e9, "USD", JUL, "10.0 billion", "Imports from China rose to $24.7 billion, while American exports to the country held at about $10.0 billion.", partner="China", qualifier="approx"),
        fact(US, "balance", "value", -16.6e9, "USD", JUL, "16.6 billion", E_MX, partner="Mexico"),
        fact(US, "balance", "value", -16.3e9, "USD", JUN, "16.3 billion", E_MX, partner="Mexico"),
        fact(US, "balance", "value", -8.6e9, "USD", JUL, "8.6 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -9.5e9, "USD", JUN, "9.5 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -5.4e9, "USD", JUL, "5.4 billion", E_CA, partner="Canada"),
        fact(US, "balance", "value", -1.0e9, "USD", JUN, "1.0 billion", E_CA, partner="Canada"),
        fact(US, "balance", "value", -16.1e9, "USD", JUL, "16.1 billion", E_VT, partner="Vietnam"),
        fact(US, "balance", "value", -13.5e9, "USD", JUL, "13.5 billion", E_VT, partner="Taiwan"),
    ],
}
