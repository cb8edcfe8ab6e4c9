from _fact import fact, period

CN = "China"
Y25 = period(2025, 1, 12)

ARTICLE = {
    "id": "dBR1_06",
    "title": "Record 45.47 trillion yuan: China's goods trade grows 3.8% in 2025 as partners diversify",
    "publisher": "Global Times",
    "published": "2026-01-14",
    "notes": [
        "Real figures (GAC release of 2026-01-14 as reported by Global Times, People's Daily and wire services): total "
        "45.47 trillion yuan, up 3.8 percent; exports 26.99 trillion, up 6.1; imports 18.48 trillion, up 0.5; "
        "$6.51 trillion conversion; dollar surplus $1.19 trillion; dollar exports $3.77 trillion, up 5.5; Q1 10.3 "
        "trillion, up 1.3; Q2 and Q3 growth 4.5 and 6; western region 4.4 trillion, up 8.7, share 9.7; Guangdong "
        "9.49 trillion, first for the 40th year; surplus above $100 billion in seven months. Modelled: the partner "
        "figures for the full year (from the real January-November figures: ASEAN 6.82 trillion, EU 5.37, US 3.69, "
        "and the 2024 bases); central region growth; Yangtze River Delta 16.9 trillion and 37.2 percent (from the real "
        "January-July share of 37.3). Derived: surplus 8.51 = 26.99 - 18.48; Q4 11.86 = 45.47 - 33.61 (real "
        "January-September total); Q4 growth 3.2 from the quarterly bases; 6.6 points = 10.4 - 3.8.",
        "Judgement calls: 'last year' = 2025 (published 2026-01-14). Export growth in yuan (6.1) and in dollars (5.5) "
        "are two facts with the same dimensions and different values: the record has no field for the currency of a "
        "growth rate, so both are labelled as written. The $6.51 trillion conversion is a separate USD fact, approx "
        "('about'). Quarterly figures have quarter periods (Q1 = 01-03 ... Q4 = 10-12), yoy by default ('higher "
        "than a year before', 'year-on-year'). 'the growth rate rose to 4.5 percent' states the level of the rate "
        "(positive). Ranks: ASEAN 'keeping the bloc in first place' = 1, EU 'came second' = 2, US 'third-largest' = 3, Guangdong 'holding "
        "first place' (among provinces) = 1. Western region share is of the national total. Regions are areas: 'Western region', "
        "'Central region', 'Yangtze River Delta'.",
        "Not facts: 'For a ninth straight year' and '40th year running' (streaks); 'biggest quarterly total on record' "
        "(a record, not a rank); 'topped $100 billion on seven occasions' and 'exceeded 11 trillion yuan in each of "
        "the last three quarters' (conditional counts / thresholds); 'imports roughly flat', 'more than a quarter', "
        "'over half' (no number); 6.6 percentage points (derived comparison); 'well above 40 percent' (tariff rate); "
        "'around 3 percent this year' (forecast); 'around 5 percent' (GDP growth target); 2024 as a comparison year.",
        "Copy check: 10 sentences searched, 4 reworded (the export/import/surplus sentence, whose skeleton matched a 2018 Xinhua release; the ASEAN sentence, close to a Global Times opening; the western-region sentence, close to a translated customs item; the GAC quote, close in wording to the real quote).",
        "Second check: 27 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 45.47e12, "CNY", Y25, "45.47 trillion",
             "put total imports and exports for 2025 at 45.47 trillion yuan (about $6.51 trillion)"),
        fact(CN, "total", "value", 6.51e12, "USD", Y25, "$6.51 trillion",
             "put total imports and exports for 2025 at 45.47 trillion yuan (about $6.51 trillion)",
             qualifier="approx"),
        fact(CN, "total", "growth", 3.8, "percent", Y25, "3.8",
             "put total imports and exports for 2025 at 45.47 trillion yuan (about $6.51 trillion), 3.8 percent more "
             "than in 2024"),
        fact(CN, "exports", "growth", 6.1, "percent", Y25, "6.1",
             "Outbound shipments accounted for 26.99 trillion yuan of last year's total, 6.1 percent more than in "
             "2024"),
        fact(CN, "exports", "value", 26.99e12, "CNY", Y25, "26.99 trillion",
             "Outbound shipments accounted for 26.99 trillion yuan of last year's total, 6.1 percent more than in "
             "2024"),
        fact(CN, "imports", "growth", 0.5, "percent", Y25, "0.5",
             "18.48 trillion yuan of imports, which edged up 0.5 percent"),
        fact(CN, "imports", "value", 18.48e12, "CNY", Y25, "18.48 trillion",
             "18.48 trillion yuan of imports"),
        fact(CN, "balance", "value", 8.51e12, "CNY", Y25, "8.51 trillion",
             "The difference, China's trade surplus, came to 8.51 trillion yuan."),
        fact(CN, "balance", "value", 1.19e12, "USD", Y25, "$1.19 trillion",
             "Counted in US dollars, the surplus came to a record $1.19 trillion"),
        fact(CN, "exports", "growth", 5.5, "percent", Y25, "5.5",
             "Counted in US dollars, the surplus came to a record $1.19 trillion, with exports up 5.5 percent at $3.77 "
             "trillion"),
        fact(CN, "exports", "value", 3.77e12, "USD", Y25, "$3.77 trillion",
             "Counted in US dollars, the surplus came to a record $1.19 trillion, with exports up 5.5 percent at $3.77 "
             "trillion"),
        fact(CN, "total", "value", 10.3e12, "CNY", period(2025, 1, 3), "10.3 trillion",
             "First-quarter trade came to 10.3 trillion yuan"),
        fact(CN, "total", "growth", 1.3, "percent", period(2025, 1, 3), "1.3",
             "First-quarter trade came to 10.3 trillion yuan, only 1.3 percent higher than a year before"),
        fact(CN, "total", "growth", 4.5, "percent", period(2025, 4, 6), "4.5",
             "the growth rate rose to 4.5 percent in the second quarter"),
        fact(CN, "total", "growth", 6, "percent", period(2025, 7, 9), "6",
             "the growth rate rose to 4.5 percent in the second quarter and 6 percent in the third"),
        fact(CN, "total", "value", 11.86e12, "CNY", period(2025, 10, 12), "11.86 trillion",
             "The fourth quarter, at 11.86 trillion yuan, was the biggest quarterly total on record"),
        fact(CN, "total", "growth", 3.2, "percent", period(2025, 10, 12), "3.2",
             "The fourth quarter, at 11.86 trillion yuan, was the biggest quarterly total on record, up 3.2 percent "
             "year-on-year"),
        fact(CN, "total", "rank", 1, "number", Y25, "first",
             "ASEAN's two-way trade with China climbed 7.6 percent to 7.52 trillion yuan, keeping the bloc in first "
             "place", partner="ASEAN"),
        fact(CN, "total", "growth", 7.6, "percent", Y25, "7.6",
             "ASEAN's two-way trade with China climbed 7.6 percent to 7.52 trillion yuan",
             partner="ASEAN"),
        fact(CN, "total", "value", 7.52e12, "CNY", Y25, "7.52 trillion",
             "ASEAN's two-way trade with China climbed 7.6 percent to 7.52 trillion yuan",
             partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", Y25, "second",
             "The EU came second", partner="European Union"),
        fact(CN, "total", "value", 5.81e12, "CNY", Y25, "5.81 trillion",
             "The EU came second, at 5.81 trillion yuan, up 5.5 percent", partner="European Union"),
        fact(CN, "total", "growth", 5.5, "percent", Y25, "5.5",
             "The EU came second, at 5.81 trillion yuan, up 5.5 percent", partner="European Union"),
        fact(CN, "total", "rank", 3, "number", Y25, "third-largest",
             "Trade with the US, now China's third-largest partner", partner="United States"),
        fact(CN, "total", "growth", -17.5, "percent", Y25, "17.5",
             "Trade with the US, now China's third-largest partner, dropped 17.5 percent to 4.03 trillion yuan",
             partner="United States"),
        fact(CN, "total", "value", 4.03e12, "CNY", Y25, "4.03 trillion",
             "Trade with the US, now China's third-largest partner, dropped 17.5 percent to 4.03 trillion yuan",
             partner="United States"),
        fact("Western region", "total", "value", 4.4e12, "CNY", Y25, "4.4 trillion",
             "their combined imports and exports up 8.7 percent at a record 4.4 trillion yuan"),
        fact("Western region", "total", "growth", 8.7, "percent", Y25, "8.7",
             "their combined imports and exports up 8.7 percent at a record 4.4 trillion yuan"),
        fact("Western region", "total", "share", 9.7, "percent", Y25, "9.7",
             "Western provinces and regions lifted their slice of national trade to 9.7 percent"),
        fact("Central region", "total", "growth", 10.4, "percent", Y25, "10.4",
             "The central region's trade grew 10.4 percent"),
        fact("Yangtze River Delta", "total", "value", 16.9e12, "CNY", Y25, "16.9 trillion",
             "The Yangtze River Delta, made up of Shanghai, Jiangsu, Zhejiang and Anhui, handled 16.9 trillion yuan of "
             "imports and exports"),
        fact("Yangtze River Delta", "total", "share", 37.2, "percent", Y25, "37.2",
             "handled 16.9 trillion yuan of imports and exports, or 37.2 percent of the country's total"),
        fact("Guangdong", "total", "value", 9.49e12, "CNY", Y25, "9.49 trillion",
             "At 9.49 trillion yuan, Guangdong once more led all provinces"),
        fact("Guangdong", "total", "rank", 1, "number", Y25, "first",
             "Guangdong once more led all provinces, holding first place"),
    ],
}
