from _fact import fact, period

CN = "China"
JN = period(2025, 1, 11)
JN24 = period(2024, 1, 11)
NOV = period(2025, 11)
OCT = period(2025, 10)

ARTICLE = {
    "id": "dBY1_01",
    "title": "China's Jan-Nov foreign trade up 3.6% as non-US markets take up slack",
    "publisher": "China Daily",
    "published": "2025-12-09",
    "notes": [
        "Real figures (GAC release of 2025-12-08 as reported by Global Times/People's Daily Online, Xinhua via Bastille Post, "
        "2025-12-08; Reuters/AP via Just the News and IJR, 2025-12-08): Jan-Nov total 41.21 trillion yuan (+3.6%, $5.83 trillion), "
        "exports 24.46 trillion (+6.2%), imports 16.75 trillion (+0.2%); November total 3.9 trillion (+4.1%), exports 2.35 trillion "
        "(+5.7%), imports 1.55 trillion (+1.7%); ASEAN 6.82 trillion (+8.5%, 16.6%, largest); EU 5.37 trillion (+5.4%, 13%, second); "
        "US 3.69 trillion (-16.9%, 8.9%, third); Belt and Road 21.33 trillion (+6%, 51.8%); Jan-Nov dollar surplus about $1.08 trillion "
        "(first time above $1 trillion); US average tariff 47.5% (Peterson Institute, as cited by CNBC/Reuters).",
        "Derived/made up: Jan-Nov yuan surplus 7.71 trillion derived (24.46 - 16.75); year-earlier 6.29 trillion derived from the "
        "2024 Jan-Nov release (23.04 - 16.75); October growth 0.1% derived from the GAC's '4 percentage points faster than October'; "
        "private enterprises 23.52 trillion / 57.1% / +1.8 points, mechanical and electrical exports 14.76 trillion / 60.3%, and "
        "high-tech exports 4.73 trillion / +12.1% are made up (plausible, consistent with the totals); the byline WANG YUXUAN and "
        "the economist Liang Hongyu are fictitious; Lyu Daliang's remarks are paraphrased from his real statement, not quoted.",
        "Judgement calls: the headline 3.6% is the same observation as the body's Jan-Nov total growth, labelled once with the "
        "body evidence; 'last month' (published 2025-12-09) gives November for 4.1% and 3.9 trillion, and 'in the month' carries it "
        "to the next sentence; the 0.1% growth is October's own yoy rate (prior-period value), not the period of the article; "
        "'($5.83 trillion)' written without 'about' is labelled exact; the dollar surplus 'crossed the $1 trillion line ... reaching "
        "about $1.08 trillion' is a threshold plus the exact figure, so only 1.08 trillion (approx) is labelled; 6.29 trillion is the "
        "Jan-Nov 2024 balance ('a year before'); 'The European Union ranked second' gives rank 2 from the word 'second'; the US "
        "share 'shrank to 8.9 percent' is a share level, not a growth; 'Private companies' labelled with the guide's segment "
        "'private enterprises'; 'They handled ... with imports and exports worth' carries the subject from the previous sentence; high-tech products "
        "are labelled as their own product (not a sub-item of mechanical and electrical products).",
        "Not facts: 11 (months), 2024, 10 months in a row (streak), $1 trillion line (threshold/milestone), 47.5 percent (tariff "
        "rate), late October (truce date), 1.8 percentage points (difference), 45 trillion yuan (full-year forecast), around 3 "
        "percent in 2026 (export forecast), 7.07 per dollar (exchange rate).",
        "Copy check: 22 sentences searched (16 queries), 1 reworded (the surplus sentence shared 'That left the country with a "
        "... trade surplus of' with a 2014 customs story).",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 41.21e12, "CNY", JN, "41.21 trillion",
             "with imports and exports together worth 41.21 trillion yuan"),
        fact(CN, "total", "value", 5.83e12, "USD", JN, "5.83 trillion",
             "with imports and exports together worth 41.21 trillion yuan ($5.83 trillion)"),
        fact(CN, "total", "growth", 3.6, "percent", JN, "3.6",
             "China's goods trade between January and November was 3.6 percent larger than in the same period of 2024"),
        fact(CN, "exports", "growth", 6.2, "percent", JN, "6.2",
             "Exports advanced 6.2 percent to 24.46 trillion yuan"),
        fact(CN, "exports", "value", 24.46e12, "CNY", JN, "24.46 trillion",
             "Exports advanced 6.2 percent to 24.46 trillion yuan"),
        fact(CN, "imports", "growth", 0.2, "percent", JN, "0.2",
             "imports, which ended the period 0.2 percent higher at 16.75 trillion yuan"),
        fact(CN, "imports", "value", 16.75e12, "CNY", JN, "16.75 trillion",
             "imports, which ended the period 0.2 percent higher at 16.75 trillion yuan"),
        fact(CN, "balance", "value", 7.71e12, "CNY", JN, "7.71 trillion",
             "The gap between outbound and inbound shipments put the 11-month trade surplus at 7.71 trillion yuan"),
        fact(CN, "balance", "value", 6.29e12, "CNY", JN24, "6.29 trillion",
             "the 11-month trade surplus at 7.71 trillion yuan, against 6.29 trillion yuan a year before"),
        fact(CN, "balance", "value", 1.08e12, "USD", JN, "1.08 trillion",
             "Measured in US dollars, the surplus crossed the $1 trillion line for the first time, reaching about $1.08 trillion",
             qualifier="approx"),
        fact(CN, "total", "growth", 4.1, "percent", NOV, "4.1",
             "Momentum strengthened last month, when combined imports and exports rose 4.1 percent from a year earlier to 3.9 trillion yuan"),
        fact(CN, "total", "value", 3.9e12, "CNY", NOV, "3.9 trillion",
             "Momentum strengthened last month, when combined imports and exports rose 4.1 percent from a year earlier to 3.9 trillion yuan"),
        fact(CN, "total", "growth", 0.1, "percent", OCT, "0.1",
             "a marked pickup from the 0.1 percent growth recorded in October"),
        fact(CN, "exports", "value", 2.35e12, "CNY", NOV, "2.35 trillion",
             "Exports and imports in the month came to 2.35 trillion yuan and 1.55 trillion yuan, up 5.7 percent and 1.7 percent, respectively"),
        fact(CN, "imports", "value", 1.55e12, "CNY", NOV, "1.55 trillion",
             "Exports and imports in the month came to 2.35 trillion yuan and 1.55 trillion yuan, up 5.7 percent and 1.7 percent, respectively"),
        fact(CN, "exports", "growth", 5.7, "percent", NOV, "5.7",
             "Exports and imports in the month came to 2.35 trillion yuan and 1.55 trillion yuan, up 5.7 percent and 1.7 percent, respectively"),
        fact(CN, "imports", "growth", 1.7, "percent", NOV, "1.7",
             "Exports and imports in the month came to 2.35 trillion yuan and 1.55 trillion yuan, up 5.7 percent and 1.7 percent, respectively"),
        fact(CN, "total", "rank", 1, "number", JN, "largest",
             "ASEAN held on to its position as China's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "growth", 8.5, "percent", JN, "8.5",
             "Trade with the Southeast Asian bloc expanded 8.5 percent to 6.82 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "value", 6.82e12, "CNY", JN, "6.82 trillion",
             "Trade with the Southeast Asian bloc expanded 8.5 percent to 6.82 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "share", 16.6, "percent", JN, "16.6",
             "Trade with the Southeast Asian bloc expanded 8.5 percent to 6.82 trillion yuan, equal to 16.6 percent of the nation's foreign trade",
             partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", JN, "second",
             "The European Union ranked second", partner="European Union"),
        fact(CN, "total", "growth", 5.4, "percent", JN, "5.4",
             "Two-way trade with the bloc climbed 5.4 percent to 5.37 trillion yuan", partner="European Union"),
        fact(CN, "total", "value", 5.37e12, "CNY", JN, "5.37 trillion",
             "Two-way trade with the bloc climbed 5.4 percent to 5.37 trillion yuan", partner="European Union"),
        fact(CN, "total", "share", 13, "percent", JN, "13",
             "Two-way trade with the bloc climbed 5.4 percent to 5.37 trillion yuan and made up 13 percent of the total",
             partner="European Union"),
        fact(CN, "total", "rank", 3, "number", JN, "third-largest",
             "trade with the United States, now China's third-largest trading partner", partner="United States"),
        fact(CN, "total", "growth", -16.9, "percent", JN, "16.9",
             "trade with the United States, now China's third-largest trading partner, slumped 16.9 percent to 3.69 trillion yuan",
             partner="United States"),
        fact(CN, "total", "value", 3.69e12, "CNY", JN, "3.69 trillion",
             "trade with the United States, now China's third-largest trading partner, slumped 16.9 percent to 3.69 trillion yuan",
             partner="United States"),
        fact(CN, "total", "share", 8.9, "percent", JN, "8.9",
             "the US share of China's foreign trade shrank to 8.9 percent", partner="United States"),
        fact(CN, "total", "share", 51.8, "percent", JN, "51.8",
             "Belt and Road partner countries, taken together, accounted for 51.8 percent of China's foreign trade",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "value", 21.33e12, "CNY", JN, "21.33 trillion",
             "with combined trade of 21.33 trillion yuan, up 6 percent year-on-year", partner="Belt and Road partner countries"),
        fact(CN, "total", "growth", 6, "percent", JN, "6",
             "with combined trade of 21.33 trillion yuan, up 6 percent year-on-year", partner="Belt and Road partner countries"),
        fact(CN, "total", "value", 23.52e12, "CNY", JN, "23.52 trillion",
             "with imports and exports worth 23.52 trillion yuan", segment="private enterprises"),
        fact(CN, "total", "share", 57.1, "percent", JN, "57.1",
             "They handled 57.1 percent of the national figure",
             segment="private enterprises"),
        fact(CN, "exports", "value", 14.76e12, "CNY", JN, "14.76 trillion",
             "Outbound shipments of mechanical and electrical products reached 14.76 trillion yuan",
             product="mechanical and electrical products"),
        fact(CN, "exports", "share", 60.3, "percent", JN, "60.3",
             "Outbound shipments of mechanical and electrical products reached 14.76 trillion yuan, or 60.3 percent of total exports",
             product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 12.1, "percent", JN, "12.1",
             "High-tech products, such as integrated circuits and industrial robots, saw exports climb 12.1 percent to 4.73 trillion yuan",
             product="high-tech products"),
        fact(CN, "exports", "value", 4.73e12, "CNY", JN, "4.73 trillion",
             "High-tech products, such as integrated circuits and industrial robots, saw exports climb 12.1 percent to 4.73 trillion yuan",
             product="high-tech products"),
    ],
}
