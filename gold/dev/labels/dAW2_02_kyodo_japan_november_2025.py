from _fact import fact, period

JP = "Japan"
US = "United States"
NOV = period(2025, 11)

E_LEAD = "helped Japan swing to a 322.3 billion yen ($2.1 billion) trade surplus in November"
E_EXP = "drove exports to 9.71 trillion yen, a 6.1 percent gain from a year earlier"
E_IMP = "pushed imports up 1.3 percent to 9.39 trillion yen"
E_US = ("Exports bound for the United States totaled 1.82 trillion yen, up 8.8 percent, and imports from the "
        "United States came to 1.08 trillion yen, 7.1 percent more than a year before")
E_USBAL = ("the bilateral surplus with the United States widened to 739.8 billion yen ($4.8 billion), "
           "an 11.3 percent expansion")
E_ASIA = "Asia-bound exports increased 4.5 percent to 5.12 trillion yen, or 52.7 percent of the total"
E_CN = ("pulled exports to China, Japan's largest trading partner, down 2.4 percent; in the other direction, "
        "purchases from China grew 2.3 percent")
E_PROD = ("exports of semiconductors and other electronic components rose 13 percent, while those of "
          "electrical machinery as a whole grew 7.4 percent")

ARTICLE = {
    "id": "dAW2_02_kyodo_japan_november_2025",
    "title": "Japan logs 1st trade surplus in 5 months as U.S.-bound exports rebound",
    "publisher": "Kyodo",
    "published": "2025-12-17",
    "notes": [
        "Headline figures (322.3 billion yen surplus, exports +6.1% to 9.71 trillion yen, imports +1.3% to 9.39 trillion yen, U.S. trade, cars, China, Hong Kong, EU, food, chips, electrical machinery) follow real reporting of the Finance Ministry's November 2025 data; the Asia value and growth (5.12 trillion yen, +4.5%) and its 52.7% share are illustrative, chosen to be consistent with the totals. The story text is my own.",
        "All growth rates are year on year (the lead paragraph's 'from a year earlier' and no month-on-month cue anywhere): basis yoy.",
        "Dollar conversions in parentheses are separate USD facts with qualifier approx ('322.3 billion yen ($2.1 billion)', '739.8 billion yen ($4.8 billion)').",
        "'a deficit of 117.6 billion yen a year earlier' is the comparison base but a stated value of the November 2024 balance: labelled as balance -117.6e9 JPY, period 2024-11.",
        "The surplus with the United States 'widened to 739.8 billion yen ($4.8 billion), an 11.3 percent expansion': growth of a surplus, +11.3.",
        "'the value of car exports to the United States rose 1.5 percent' is a value growth (not volume): product 'cars', partner United States; 'Overall car exports ... slipped 4.1 percent' is product 'cars' with no partner.",
        "Area Japan is carried from the headline and lead into every later sentence ('Asia-bound exports', 'Exports to Hong Kong', 'Food exports to the mainland'); 'the mainland' is partner China.",
        "'or 52.7 percent of the total' is the share of Asia in Japan's exports: exports share, partner Asia.",
        "'Japan's largest trading partner' (China) is not labelled as a rank: no ordinal number is written.",
        "Out of scope, not labelled: the poll expectations (roughly 70 billion yen surplus, 4.8 percent export gain); tariff rates (15 and 27.5 percent); the BOJ policy rate (0.75 percent); GDP (annualized 2.3 percent contraction); streaks and milestones ('first in five months', 'third consecutive monthly rise', 'first time in eight months', 'first year-on-year gain in seven months', 'first such gain since March').",
    ],
    "facts": [
        fact(JP, "balance", "value", 322.3e9, "JPY", NOV, "322.3 billion", E_LEAD),
        fact(JP, "balance", "value", 2.1e9, "USD", NOV, "2.1 billion", E_LEAD, qualifier="approx"),
        fact(JP, "balance", "value", -117.6e9, "JPY", period(2024, 11), "117.6 billion",
             "The figure compared with a deficit of 117.6 billion yen a year earlier"),
        fact(JP, "exports", "growth", 6.1, "percent", NOV, "6.1", E_EXP),
        fact(JP, "exports", "value", 9.71e12, "JPY", NOV, "9.71 trillion", E_EXP),
        fact(JP, "imports", "growth", 1.3, "percent", NOV, "1.3", E_IMP),
        fact(JP, "imports", "value", 9.39e12, "JPY", NOV, "9.39 trillion", E_IMP),
        fact(JP, "exports", "growth", 8.8, "percent", NOV, "8.8", E_US, partner=US),
        fact(JP, "exports", "value", 1.82e12, "JPY", NOV, "1.82 trillion", E_US, partner=US),
        fact(JP, "imports", "growth", 7.1, "percent", NOV, "7.1", E_US, partner=US),
        fact(JP, "imports", "value", 1.08e12, "JPY", NOV, "1.08 trillion", E_US, partner=US),
        fact(JP, "balance", "growth", 11.3, "percent", NOV, "11.3", E_USBAL, partner=US),
        fact(JP, "balance", "value", 739.8e9, "JPY", NOV, "739.8 billion", E_USBAL, partner=US),
        fact(JP, "balance", "value", 4.8e9, "USD", NOV, "4.8 billion", E_USBAL, partner=US, qualifier="approx"),
        fact(JP, "exports", "growth", 1.5, "percent", NOV, "1.5",
             "the value of car exports to the United States rose 1.5 percent", partner=US, product="cars"),
        fact(JP, "exports", "growth", -4.1, "percent", NOV, "4.1",
             "Overall car exports, however, slipped 4.1 percent", product="cars"),
        fact(JP, "exports", "growth", 4.5, "percent", NOV, "4.5", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 5.12e12, "JPY", NOV, "5.12 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "share", 52.7, "percent", NOV, "52.7", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 11.4, "percent", NOV, "11.4",
             "Exports to Hong Kong jumped 11.4 percent", partner="Hong Kong"),
        fact(JP, "exports", "growth", -2.4, "percent", NOV, "2.4", E_CN, partner="China"),
        fact(JP, "imports", "growth", 2.3, "percent", NOV, "2.3", E_CN, partner="China"),
        fact(JP, "exports", "growth", -5.9, "percent", NOV, "5.9",
             "Food exports to the mainland dropped 5.9 percent", partner="China", product="food"),
        fact(JP, "exports", "growth", 19.6, "percent", NOV, "19.6",
             "Exports to the European Union surged 19.6 percent", partner="European Union"),
        fact(JP, "exports", "growth", 13, "percent", NOV, "13", E_PROD,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", 7.4, "percent", NOV, "7.4", E_PROD, product="electrical machinery"),
    ],
}
