from _fact import fact, period

KR = "South Korea"
NOV = period(2025, 11)
OCT = period(2025, 10)
JN = period(2025, 1, 11)

ARTICLE = {
    "id": "dBK2_03",
    "title": "S. Korea's exports jump 8.4 pct in Nov. as chip shipments hit monthly record",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Real figures (Ministry of Trade, Industry and Resources data for November 2025, released 2025-12-01): "
        "exports 61.04bn (+8.4%), imports 51.3bn (+1.2%), surplus 9.73bn (4.17bn bigger), daily average +13.3% to "
        "2.71bn; chips 17.26bn (+38.6%, 28.3% of exports); cars 6.41bn (+13.7%), October cars -10.5%; petroleum "
        "products 3.28bn (-10.3%); petrochemicals 3.06bn (-14.1%); steel 2.3bn (-16%); China 12.07bn (+6.9%); US "
        "10.35bn (-0.2%); January-November exports 640.2bn (+2.9%), surplus 66.07bn, chips 152.6bn, cars 66.04bn; "
        "$700bn / $59.8bn outlook. Derived: +2.5% on October (59.57bn); January-November imports 574.1bn. "
        "Invented: imports growth +0.6% for January-November; ships 2.84bn (+13.5%); ASEAN 10.61bn (+7.8%); EU "
        "5.63bn (-2.4%); the United States as second-largest export market (rank 2).",
        "Judgement calls: 'last month' (published 1 December) = November 2025. 'They were also 2.5 percent higher "
        "than in October' carries 'outbound shipments' from the sentence before and compares with the month "
        "before: basis mom. 'In October, car exports had fallen 10.5 percent from a year earlier' is its own "
        "October 2025 year-on-year fact. 'made up 28.3 percent of all outbound shipments' is the share of chips in "
        "total exports. 'South Korea's second-largest export market' is a rank of exports to the United States (2). "
        "Product names follow the text near each number: 'chips' (chip sales/chip shipments), 'cars', 'ships', "
        "'petroleum products', 'petrochemicals', 'steel'. 'the first 11 months of the year' and 'for the 11 months' "
        "= January-November 2025; 'Imports came to ... 0.6 percent more than a year before' carries that period. "
        "The headline's 8.4 pct is the same observation as the body's 8.4 percent (labelled once). 'Association of "
        "Southeast Asian Nations' = ASEAN.",
        "Not facts: average daily exports +13.3% to $2.71bn (per-working-day average); 'sixth month', '10 months in "
        "a row', 'nine consecutive months' (streaks); $4.17bn bigger surplus (absolute change derived from other "
        "figures); 'a record for November', 'all-time highs', 'topping their total for the whole of 2024' "
        "(milestones, no figure); $700bn and $59.8bn (outlook/threshold); 50 percent and 15 percent (tariff rates).",
        "Copy check: 32 sentences searched (24 original sentences plus 8 re-searches of rewrites), 7 reworded. Second check: 31 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4",
             "pushed South Korea's November exports up 8.4 percent from a year earlier"),
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion",
             "put last month's outbound shipments at US$61.04 billion"),
        fact(KR, "exports", "growth", 2.5, "percent", NOV, "2.5",
             "They were also 2.5 percent higher than in October",
             basis="mom"),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2",
             "With imports up just 1.2 percent at $51.3 billion"),
        fact(KR, "imports", "value", 51.3e9, "USD", NOV, "51.3 billion",
             "With imports up just 1.2 percent at $51.3 billion"),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion",
             "the trade account showed a surplus of $9.73 billion"),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6",
             "overseas chip sales were the highest for any month on record, after a 38.6 percent jump",
             product="chips"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion",
             "At $17.26 billion, overseas chip sales were the highest for any month on record",
             product="chips"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "overseas chip sales were the highest for any month on record, after a 38.6 percent jump, and they made up 28.3 percent of all outbound shipments",
             product="chips"),
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7",
             "Car exports rose 13.7 percent to $6.41 billion",
             product="cars"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion",
             "Car exports rose 13.7 percent to $6.41 billion",
             product="cars"),
        fact(KR, "exports", "growth", -10.5, "percent", OCT, "10.5",
             "In October, car exports had fallen 10.5 percent from a year earlier",
             product="cars"),
        fact(KR, "exports", "growth", 13.5, "percent", NOV, "13.5",
             "Ship exports advanced 13.5 percent to $2.84 billion",
             product="ships"),
        fact(KR, "exports", "value", 2.84e9, "USD", NOV, "2.84 billion",
             "Ship exports advanced 13.5 percent to $2.84 billion",
             product="ships"),
        fact(KR, "exports", "growth", -10.3, "percent", NOV, "10.3",
             "exports of petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively, to $3.28 billion and $3.06 billion",
             product="petroleum products"),
        fact(KR, "exports", "value", 3.28e9, "USD", NOV, "3.28 billion",
             "exports of petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively, to $3.28 billion and $3.06 billion",
             product="petroleum products"),
        fact(KR, "exports", "growth", -14.1, "percent", NOV, "14.1",
             "exports of petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively, to $3.28 billion and $3.06 billion",
             product="petrochemicals"),
        fact(KR, "exports", "value", 3.06e9, "USD", NOV, "3.06 billion",
             "exports of petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively, to $3.28 billion and $3.06 billion",
             product="petrochemicals"),
        fact(KR, "exports", "growth", -16, "percent", NOV, "16",
             "Steel shipments declined 16 percent to $2.3 billion",
             product="steel"),
        fact(KR, "exports", "value", 2.3e9, "USD", NOV, "2.3 billion",
             "Steel shipments declined 16 percent to $2.3 billion",
             product="steel"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9",
             "exports to China increased 6.9 percent to $12.07 billion",
             partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOV, "12.07 billion",
             "exports to China increased 6.9 percent to $12.07 billion",
             partner="China"),
        fact(KR, "exports", "rank", 2, "number", NOV, "second",
             "Shipments to the United States, South Korea's second-largest export market",
             partner="United States"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2",
             "Shipments to the United States, South Korea's second-largest export market, dipped 0.2 percent to $10.35 billion",
             partner="United States"),
        fact(KR, "exports", "value", 10.35e9, "USD", NOV, "10.35 billion",
             "Shipments to the United States, South Korea's second-largest export market, dipped 0.2 percent to $10.35 billion",
             partner="United States"),
        fact(KR, "exports", "growth", 7.8, "percent", NOV, "7.8",
             "Exports to the Association of Southeast Asian Nations rose 7.8 percent to $10.61 billion",
             partner="ASEAN"),
        fact(KR, "exports", "value", 10.61e9, "USD", NOV, "10.61 billion",
             "Exports to the Association of Southeast Asian Nations rose 7.8 percent to $10.61 billion",
             partner="ASEAN"),
        fact(KR, "exports", "growth", -2.4, "percent", NOV, "2.4",
             "those to the European Union fell 2.4 percent to $5.63 billion",
             partner="European Union"),
        fact(KR, "exports", "value", 5.63e9, "USD", NOV, "5.63 billion",
             "those to the European Union fell 2.4 percent to $5.63 billion",
             partner="European Union"),
        fact(KR, "exports", "growth", 2.9, "percent", JN, "2.9",
             "Cumulative exports in the first 11 months of the year rose 2.9 percent from a year earlier to a record $640.2 billion"),
        fact(KR, "exports", "value", 640.2e9, "USD", JN, "640.2 billion",
             "Cumulative exports in the first 11 months of the year rose 2.9 percent from a year earlier to a record $640.2 billion"),
        fact(KR, "imports", "value", 574.1e9, "USD", JN, "574.1 billion",
             "Imports came to $574.1 billion, 0.6 percent more than a year before"),
        fact(KR, "imports", "growth", 0.6, "percent", JN, "0.6",
             "Imports came to $574.1 billion, 0.6 percent more than a year before"),
        fact(KR, "balance", "value", 66.07e9, "USD", JN, "66.07 billion",
             "bringing the cumulative trade surplus to $66.07 billion"),
        fact(KR, "exports", "value", 152.6e9, "USD", JN, "152.6 billion",
             "Chip shipments for the 11 months came to $152.6 billion",
             product="chips"),
        fact(KR, "exports", "value", 66.04e9, "USD", JN, "66.04 billion",
             "Chip shipments for the 11 months came to $152.6 billion, topping their total for the whole of 2024, and car exports reached $66.04 billion",
             product="cars"),
    ],
}
