from _fact import fact, period

IL = "Israel"
OCT = period(2025, 10)
OCT24 = period(2024, 10)
JO = period(2025, 1, 10)
JO24 = period(2024, 1, 10)
XD = "goods excluding diamonds"
EU = "European Union"
US = "United States"

ARTICLE = {
    "id": "dBY2_03",
    "title": "Trade deficit balloons to NIS 11.3 billion in October as car imports surge and exports slip",
    "publisher": "The Times of Israel",
    "published": "2025-11-17",
    "notes": [
        "Real figures (CBS via Trading Economics, April 2025 release): January-April 2025 deficit $11.63 billion vs "
        "$9.87 billion a year earlier; April 2025 deficit $3.64 billion (calling it the year's 'monthly peak' is my claim, "
        "not checked). The shekel near NIS 3.23-3.27/$ in early November 2025 (Globes) supports the made-up 3.28 average. The 15% US tariff on Israeli goods from "
        "August 2025 and the Bank of Israel's 4.5% rate are real context as I recall them (not labelled).",
        "Derived/made up: all October 2025 and January-October figures are made up (the pages corpus has no CBS release "
        "for October 2025): NIS values, dollar conversions (at a made-up ~NIS 3.28/$ for October and ~3.45/$ for the "
        "ten months), exports excluding diamonds and their growth in shekels (-4.3%) and dollars (+9.4%), the diamond "
        "share, fuel and vehicle imports, import-structure shares, the month-on-month rates, the US and EU values and "
        "shares (4.4/16.2, 4.1/16.2), the trend rate, the 2.5% growth forecast; the byline is made up.",
        "Judgement calls: the period of 'last month' (imports NIS 28.4 billion) comes from the published date; "
        "'$3.4 billion' and '$5.2 billion' are written without 'about' and labelled exact, '$8.7 billion' approx; "
        "exports excluding diamonds fell 4.3% in shekels and rose 9.4% in dollars: the record has no field for the "
        "currency of a growth rate, so both are labelled as written (same identity but value); product for the "
        "ex-diamond figures is 'goods excluding diamonds' (the text's words); 'about 5%' is diamonds' share of total "
        "exports (product 'polished and rough diamonds'); the import-structure list distributes 41%, 21%, 16% to its "
        "three categories; 'Compared with September' makes 9.2% and 6.5% mom; the US is 'the largest single-country "
        "market' (rank 1) for exports; the EU share 25.3% is of exports excluding diamonds; the EU is the 'biggest "
        "source of imports' (rank 1) with 33.5% of all imports (product null); 'was 18.4% bigger' (compared with the NIS 89.8 billion deficit of January-October 2024) "
        "is the growth of the ten-month deficit; 'April itself posting a monthly peak of $3.64 billion' is a deficit value for "
        "April 2025 (the peak is not a rank).",
        "Not facts: NIS 3.28 to the dollar (exchange rate); 1.9% (shekel move); 4.5% (policy rate); 6.4% annualized "
        "trend rate for August-October (a smoothed annualized rate the record cannot express); 15% (tariff); 2.5% "
        "(growth forecast); years 2024, 2025, 2026.",
        "Copy check: 25 sentences searched (in 11 look-ups, short neighbours paired), 1 reworded (the import-structure sentence had the clause skeleton of a Xinhua 2017 CBS story; rewritten and searched again).",
        "Second check: 24 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(IL, "balance", "value", -11.3e9, "ILS", OCT, "11.3 billion",
             "Israel's goods trade deficit widened to NIS 11.3 billion ($3.4 billion) in October"),
        fact(IL, "balance", "value", -3.4e9, "USD", OCT, "3.4 billion",
             "Israel's goods trade deficit widened to NIS 11.3 billion ($3.4 billion) in October"),
        fact(IL, "balance", "value", -8.9e9, "ILS", OCT24, "8.9 billion",
             "Israel's goods trade deficit widened to NIS 11.3 billion ($3.4 billion) in October, from NIS 8.9 billion in the same month a year earlier"),
        fact(IL, "imports", "value", 28.4e9, "ILS", OCT, "28.4 billion",
             "Imports of goods totaled NIS 28.4 billion (about $8.7 billion) last month"),
        fact(IL, "imports", "value", 8.7e9, "USD", OCT, "8.7 billion",
             "Imports of goods totaled NIS 28.4 billion (about $8.7 billion) last month", qualifier="approx"),
        fact(IL, "exports", "value", 17.1e9, "ILS", OCT, "17.1 billion",
             "exports came to NIS 17.1 billion ($5.2 billion)"),
        fact(IL, "exports", "value", 5.2e9, "USD", OCT, "5.2 billion",
             "exports came to NIS 17.1 billion ($5.2 billion)"),
        fact(IL, "exports", "value", 16.2e9, "ILS", OCT, "16.2 billion",
             "exports of goods excluding diamonds amounted to NIS 16.2 billion", product=XD),
        fact(IL, "exports", "growth", -4.3, "percent", OCT, "4.3",
             "exports of goods excluding diamonds amounted to NIS 16.2 billion, 4.3% lower than a year earlier", product=XD),
        fact(IL, "exports", "share", 5, "percent", OCT, "5",
             "Polished and rough diamonds made up about 5% of total exports",
             product="polished and rough diamonds", qualifier="approx"),
        fact(IL, "exports", "growth", 9.4, "percent", OCT, "9.4",
             "Measured in US currency, exports excluding diamonds rose 9.4% from October 2024", product=XD),
        fact(IL, "imports", "growth", -11.8, "percent", OCT, "11.8",
             "fuel purchases fell 11.8% to NIS 2.6 billion", product="fuel"),
        fact(IL, "imports", "value", 2.6e9, "ILS", OCT, "2.6 billion",
             "fuel purchases fell 11.8% to NIS 2.6 billion", product="fuel"),
        fact(IL, "imports", "growth", 34.5, "percent", OCT, "34.5",
             "Imports of vehicles, by contrast, soared 34.5% to NIS 2.1 billion", product="vehicles"),
        fact(IL, "imports", "value", 2.1e9, "ILS", OCT, "2.1 billion",
             "Imports of vehicles, by contrast, soared 34.5% to NIS 2.1 billion", product="vehicles"),
        fact(IL, "imports", "share", 41, "percent", OCT, "41",
             "raw materials other than diamonds and fuel accounted for 41%",
             product="raw materials other than diamonds and fuel"),
        fact(IL, "imports", "share", 21, "percent", OCT, "21",
             "took 16% of the import bill and consumer goods 21%",
             product="consumer goods"),
        fact(IL, "imports", "share", 16, "percent", OCT, "16",
             "Investment goods such as machinery, equipment and land vehicles took 16% of the import bill",
             product="investment goods"),
        fact(IL, "imports", "growth", 9.2, "percent", OCT, "9.2",
             "Compared with September, imports rose 9.2% and exports 6.5%", basis="mom"),
        fact(IL, "exports", "growth", 6.5, "percent", OCT, "6.5",
             "Compared with September, imports rose 9.2% and exports 6.5%", basis="mom"),
        fact(IL, "exports", "rank", 1, "number", OCT, "largest",
             "Shipments of goods excluding diamonds to the United States came to NIS 4.4 billion in October, 27.2% of the total, keeping it the largest single-country market for Israeli goods", partner=US),
        fact(IL, "exports", "value", 4.4e9, "ILS", OCT, "4.4 billion",
             "Shipments of goods excluding diamonds to the United States came to NIS 4.4 billion in October", partner=US, product=XD),
        fact(IL, "exports", "share", 27.2, "percent", OCT, "27.2",
             "Shipments of goods excluding diamonds to the United States came to NIS 4.4 billion in October, 27.2% of the total",
             partner=US, product=XD),
        fact(IL, "exports", "growth", -7.9, "percent", OCT, "7.9",
             "That was 7.9% less than in October 2024", partner=US, product=XD),
        fact(IL, "exports", "value", 4.1e9, "ILS", OCT, "4.1 billion",
             "The European Union, counted as a bloc, took NIS 4.1 billion of goods excluding diamonds",
             partner=EU, product=XD),
        fact(IL, "exports", "share", 25.3, "percent", OCT, "25.3",
             "took NIS 4.1 billion of goods excluding diamonds, a 25.3% share", partner=EU, product=XD),
        fact(IL, "imports", "rank", 1, "number", OCT, "biggest",
             "remained Israel's biggest source of imports", partner=EU),
        fact(IL, "imports", "share", 33.5, "percent", OCT, "33.5",
             "remained Israel's biggest source of imports, supplying 33.5% of all goods brought into the country",
             partner=EU),
        fact(IL, "balance", "value", -106.3e9, "ILS", JO, "106.3 billion",
             "the goods trade shortfall for the first ten months of 2025 was 18.4% bigger, at NIS 106.3 billion ($30.8 billion)"),
        fact(IL, "balance", "value", -30.8e9, "USD", JO, "30.8 billion",
             "the goods trade shortfall for the first ten months of 2025 was 18.4% bigger, at NIS 106.3 billion ($30.8 billion)"),
        fact(IL, "balance", "growth", 18.4, "percent", JO, "18.4",
             "Compared with a deficit of NIS 89.8 billion in January-October 2024, the goods trade shortfall for the first ten months of 2025 was 18.4% bigger, at NIS 106.3 billion ($30.8 billion)"),
        fact(IL, "balance", "value", -89.8e9, "ILS", JO24, "89.8 billion",
             "Compared with a deficit of NIS 89.8 billion in January-October 2024, the goods trade shortfall for the first ten months of 2025 was 18.4% bigger, at NIS 106.3 billion ($30.8 billion)"),
        fact(IL, "imports", "value", 273.5e9, "ILS", JO, "273.5 billion",
             "Exports for those ten months totaled NIS 167.2 billion, against imports of NIS 273.5 billion"),
        fact(IL, "exports", "value", 167.2e9, "ILS", JO, "167.2 billion",
             "Exports for those ten months totaled NIS 167.2 billion"),
        fact(IL, "balance", "value", -11.63e9, "USD", period(2025, 1, 4), "11.63 billion",
             "By the end of April the shortfall for the year already stood at $11.63 billion"),
        fact(IL, "balance", "value", -9.87e9, "USD", period(2024, 1, 4), "9.87 billion",
             "By the end of April the shortfall for the year already stood at $11.63 billion, up from $9.87 billion over the same four months of 2024"),
        fact(IL, "balance", "value", -3.64e9, "USD", period(2025, 4), "3.64 billion",
             "By the end of April the shortfall for the year already stood at $11.63 billion, up from $9.87 billion over the same four months of 2024, with April itself posting a monthly peak of $3.64 billion"),
    ],
}
