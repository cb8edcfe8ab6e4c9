from _fact import fact, period

Y = period(2025, 1, 12)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
Q3 = period(2025, 7, 9)
Q4 = period(2025, 10, 12)
JN = period(2025, 1, 11)

E_TOT = "China's total imports and exports of goods reached a record 45.47 trillion yuan (about 6.51 trillion U.S. dollars) in 2025, up 3.8 percent from the previous year"
E_EXIM = "Exports, at 26.99 trillion yuan, were 6.1 percent higher than in 2024; imports, worth 18.48 trillion yuan, gained a more modest 0.5 percent"
E_Q23 = "the second and third quarters followed with gains of 4.5 percent and 6 percent, respectively"
E_Q4 = "The final three months brought in 11.86 trillion yuan, the largest quarterly total on record, though growth slowed to 2.9 percent against a high base at the end of 2024"
E_PRIV = "Their imports and exports grew 7.1 percent to 26.04 trillion yuan, accounting for 57.3 percent of the national total"
E_ASEAN = "Trade with the 10-member bloc rose 8 percent to 7.55 trillion yuan, or 16.6 percent of the total."
E_EU = "The European Union, in second place, accounted for 5.88 trillion yuan, up 5.1 percent"
E_US = "trade with the United States, now China's third-largest partner, slumped 16.7 percent to 4.02 trillion yuan, its share of the total shrinking to 8.8 percent"
E_LA = "trade with Latin America and Africa grew 6.5 percent and 18 percent to 3.93 trillion yuan and 2.49 trillion yuan, respectively"
E_BR = "Belt and Road partner countries, taken together, took 23.6 trillion yuan of China's trade, up 6.3 percent and equal to 52 percent of the total"
E_HT = "Shipments abroad of high-tech products jumped 13.2 percent to 5.25 trillion yuan"
E_ME = "Imports of mechanical and electrical products, of which chips make up a large share, totaled 7.41 trillion yuan, up 5.7 percent from 2024"
E_SV = "Trade in services, which is compiled separately by the Ministry of Commerce, came to 7.26 trillion yuan in the first 11 months of 2025, up 7.1 percent year-on-year"

ARTICLE = {
    "id": "dBF1_01",
    "title": "China's foreign trade hits record 45.47 trillion yuan in 2025 as exports climb 6.1%",
    "publisher": "CGTN",
    "published": "2026-01-14",
    "notes": [
        "Written in the style of a CGTN/China Daily full-year customs story; headline, totals, exports, imports, private-firm, ASEAN, Latin America, Africa, Belt and Road, high-tech and mechanical-and-electrical figures follow the GAC release of 2026-01-14 as reported by Global Times and Yicai.",
        "Quarterly values for Q4 (11.86 trillion, 2.9 percent) are derived by subtraction from the published cumulative totals; EU (5.88 trillion, 5.1 percent) and US (4.02 trillion, -16.7 percent, 8.8 percent) full-year figures and the services figure (7.26 trillion, 7.1 percent, Jan-Nov) are illustrative approximations extrapolated from January-November reporting, not quoted data.",
        "The surplus (8.51 trillion yuan) is labelled as a positive balance value; it is stated in the text, not merely derivable.",
        "Quarterly growth coordinated with 'respectively' is split into one fact per quarter with the shared clause as evidence; Q4 period comes from 'the final three months' in a year-2025 context.",
        "'China's third-largest partner' -> rank 3 with value_text 'third'; 'in second place' -> rank 2 with value_text 'second'. ASEAN 'largest trading partner' -> rank 1 with value_text 'largest'. China's 'world's largest trader in goods' is left out: a position among world traders with no partner dimension, arguably a rank of China's total but judged a status claim rather than a stated statistic (debatable).",
        "'More than 780,000 businesses registered import or export activity' -> count, segment 'foreign trade enterprises', qualifier over.",
        "Services trade is kept apart as product 'services', flow total, period January-November 2025 from 'first 11 months of 2025'.",
        "Left out: 'the largest quarterly total on record' (milestone), 'trade with more than 190 economies had increased' (conditional count), 'a larger slice than a year earlier' (no number), analysts' expectations for 2026 (forecast), '10-member bloc' (not a trade figure), 'at the end of 2024' (comparison base).",
        "Wind turbine export growth (48.7 percent) labelled with product 'wind turbines'; no value is stated for it.",
    ],
    "facts": [
        fact("China", "total", "value", 45.47e12, "CNY", Y, "45.47 trillion", E_TOT),
        fact("China", "total", "value", 6.51e12, "USD", Y, "6.51 trillion", E_TOT, qualifier="approx"),
        fact("China", "total", "growth", 3.8, "percent", Y, "3.8", E_TOT),
        fact("China", "exports", "growth", 6.1, "percent", Y, "6.1", E_EXIM),
        fact("China", "exports", "value", 26.99e12, "CNY", Y, "26.99 trillion", E_EXIM),
        fact("China", "imports", "growth", 0.5, "percent", Y, "0.5", E_EXIM),
        fact("China", "imports", "value", 18.48e12, "CNY", Y, "18.48 trillion", E_EXIM),
        fact("China", "balance", "value", 8.51e12, "CNY", Y, "8.51 trillion",
             "the year closed with a goods trade surplus of 8.51 trillion yuan"),
        fact("China", "total", "value", 10.3e12, "CNY", Q1, "10.3 trillion",
             "First-quarter trade came in at 10.3 trillion yuan, a rise of just 1.3 percent"),
        fact("China", "total", "growth", 1.3, "percent", Q1, "1.3",
             "First-quarter trade came in at 10.3 trillion yuan, a rise of just 1.3 percent"),
        fact("China", "total", "growth", 4.5, "percent", Q2, "4.5", E_Q23),
        fact("China", "total", "growth", 6, "percent", Q3, "6", E_Q23),
        fact("China", "total", "value", 11.86e12, "CNY", Q4, "11.86 trillion", E_Q4),
        fact("China", "total", "growth", 2.9, "percent", Q4, "2.9", E_Q4),
        fact("China", "total", "growth", 7.1, "percent", Y, "7.1", E_PRIV, segment="private enterprises"),
        fact("China", "total", "value", 26.04e12, "CNY", Y, "26.04 trillion", E_PRIV, segment="private enterprises"),
        fact("China", "total", "share", 57.3, "percent", Y, "57.3", E_PRIV, segment="private enterprises"),
        fact("China", "total", "count", 780000, "number", Y, "780,000",
             "More than 780,000 businesses registered import or export activity during the year",
             segment="foreign trade enterprises", qualifier="over"),
        fact("China", "total", "rank", 1, "number", Y, "largest",
             "ASEAN remained China's largest trading partner.", partner="ASEAN"),
        fact("China", "total", "growth", 8, "percent", Y, "8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 7.55e12, "CNY", Y, "7.55 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", Y, "16.6", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", Y, "second", E_EU, partner="European Union"),
        fact("China", "total", "value", 5.88e12, "CNY", Y, "5.88 trillion", E_EU, partner="European Union"),
        fact("China", "total", "growth", 5.1, "percent", Y, "5.1", E_EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", Y, "third", E_US, partner="United States"),
        fact("China", "total", "growth", -16.7, "percent", Y, "16.7", E_US, partner="United States"),
        fact("China", "total", "value", 4.02e12, "CNY", Y, "4.02 trillion", E_US, partner="United States"),
        fact("China", "total", "share", 8.8, "percent", Y, "8.8", E_US, partner="United States"),
        fact("China", "total", "growth", 6.5, "percent", Y, "6.5", E_LA, partner="Latin America"),
        fact("China", "total", "growth", 18, "percent", Y, "18", E_LA, partner="Africa"),
        fact("China", "total", "value", 3.93e12, "CNY", Y, "3.93 trillion", E_LA, partner="Latin America"),
        fact("China", "total", "value", 2.49e12, "CNY", Y, "2.49 trillion", E_LA, partner="Africa"),
        fact("China", "total", "value", 23.6e12, "CNY", Y, "23.6 trillion", E_BR, partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 6.3, "percent", Y, "6.3", E_BR, partner="Belt and Road partner countries"),
        fact("China", "total", "share", 52, "percent", Y, "52", E_BR, partner="Belt and Road partner countries"),
        fact("China", "exports", "growth", 13.2, "percent", Y, "13.2", E_HT, product="high-tech products"),
        fact("China", "exports", "value", 5.25e12, "CNY", Y, "5.25 trillion", E_HT, product="high-tech products"),
        fact("China", "exports", "growth", 48.7, "percent", Y, "48.7",
             "exports of wind turbines rose 48.7 percent", product="wind turbines"),
        fact("China", "imports", "value", 7.41e12, "CNY", Y, "7.41 trillion", E_ME, product="mechanical and electrical products"),
        fact("China", "imports", "growth", 5.7, "percent", Y, "5.7", E_ME, product="mechanical and electrical products"),
        fact("China", "total", "value", 7.26e12, "CNY", JN, "7.26 trillion", E_SV, product="services"),
        fact("China", "total", "growth", 7.1, "percent", JN, "7.1", E_SV, product="services"),
    ],
}
