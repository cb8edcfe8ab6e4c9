from _fact import fact, period

UK = "United Kingdom"
EU = "European Union"
NONEU = "non-EU countries"
GS = "goods and services"
Q3 = period(2024, 7, 9)
Q2 = period(2024, 4, 6)
SEP = period(2024, 9)
AUG = period(2024, 8)

ARTICLE = {
    "id": "dCA2_01",
    "title": "UK trade deficit widens in third quarter as exports slide",
    "publisher": "Reuters",
    "published": "2024-11-15",
    "notes": [
        "Real figures (ONS 'UK trade: September 2024', released 2024-11-15, and the Econoday/BCC summaries of it): "
        "Q3 goods and services deficit 11.4bn pounds (widened by 1.5bn); goods deficit 51.1bn (narrowed by 1.9bn); "
        "services surplus 39.6bn (narrowed by 3.5bn); September goods exports -3.4bn (-10.6%) and imports -3.0bn "
        "(-6.3%) on the month; imports from non-EU countries -9.3% and from the EU -3.7% on the month; goods balance "
        "including precious metals -16.32bn in September against a revised -15.21bn in August, consensus -16.3/-16.4bn; "
        "goods exports -7.1% and imports +0.7% year on year; services exports down about 0.26% in September; "
        "GDP +0.1% in Q3 and -0.1% in September; Bank Rate cut to 4.75% on 2024-11-07.",
        "Derived/made up: the Q2 balances 9.9bn, 53.0bn and 43.1bn are derived from the stated changes; the USD "
        "conversion 14.4bn (at about 1.265) is derived; Q3 total exports 210.3bn (-2.0% q/q) and imports 221.7bn "
        "(-1.2% q/q), services exports 120.5bn (-1.2%) and imports 80.9bn (+2.5%), goods exports to the EU 45.6bn "
        "(-2.5%) and to non-EU 44.2bn (-3.4%), imports from the EU 74.8bn and non-EU 66.1bn, the EU deficit 29.2bn, "
        "the US share 15.9%, Germany's rank, machinery and transport equipment -14.8%, cars to the US -21% are made "
        "up (kept consistent with the real balances); 0.3% is the real 0.26% rounded. Reporter, economist and her "
        "firm are fictional; the sterling rate is made up.",
        "Judgement calls: absolute changes ('tumbled by 3.4 billion pounds') are not labelled (the record has no "
        "measure for a change in level); 'the rest of the world' in the EU/non-EU sentence is partner non-EU "
        "countries; q/q basis for 'from the previous quarter' carries to the second rate of the same sentence and "
        "'quarter-on-quarter' to 'grew 2.5%' in the same sentence; the September paragraphs are m/m ('from August', "
        "'on the month'), so 'Exports in that category slid 14.8%' is m/m with product machinery and transport "
        "equipment carried from the previous sentence; the 16.3bn/15.2bn goods balances include precious metals while "
        "the rest exclude them (no field for that; labelled as goods balance); the USD conversion is exact (no 'about' "
        "in the text); Germany's and the US's ranks take the Q3 period from 'over the three months'.",
        "Not facts: 3.4 billion pounds (absolute change); 16.4 billion pounds (Reuters poll forecast); GDP 0.1% and "
        "0.1%; tariffs of 10% to 20%; $1.2660 (exchange rate); Bank Rate 4.75%; 2023 (a year in 'September 2023').",
        "Copy check: 17 sentences searched (in 12 look-ups), 1 reworded (the machinery and transport equipment "
        "clause echoed the ONS 'in both EU and non-EU countries' skeleton).",
        "Second check: 26 sentences searched, 7 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -11.4e9, "GBP", Q3, "11.4 billion",
             "Leaving out precious metals, the deficit on trade in goods and services reached 11.4 billion pounds ($14.4 billion) in the third quarter",
             product=GS),
        fact(UK, "balance", "value", -14.4e9, "USD", Q3, "14.4 billion",
             "Leaving out precious metals, the deficit on trade in goods and services reached 11.4 billion pounds ($14.4 billion) in the third quarter",
             product=GS),
        fact(UK, "balance", "value", -9.9e9, "GBP", Q2, "9.9 billion",
             "the deficit on trade in goods and services reached 11.4 billion pounds ($14.4 billion) in the third quarter, the Office for National Statistics said, up from 9.9 billion pounds in April-June",
             product=GS),
        fact(UK, "exports", "growth", -2.0, "percent", Q3, "2.0",
             "Total exports were down 2.0% on the quarter at 210.3 billion pounds", product=GS, basis="qoq"),
        fact(UK, "exports", "value", 210.3e9, "GBP", Q3, "210.3 billion",
             "Total exports were down 2.0% on the quarter at 210.3 billion pounds", product=GS),
        fact(UK, "imports", "growth", -1.2, "percent", Q3, "1.2",
             "Total exports were down 2.0% on the quarter at 210.3 billion pounds, a steeper fall than the 1.2% decline in imports",
             product=GS, basis="qoq"),
        fact(UK, "imports", "value", 221.7e9, "GBP", Q3, "221.7 billion",
             "the 1.2% decline in imports, which came to 221.7 billion pounds", product=GS),
        fact(UK, "balance", "value", -51.1e9, "GBP", Q3, "51.1 billion",
             "The goods deficit narrowed to 51.1 billion pounds from 53.0 billion pounds"),
        fact(UK, "balance", "value", -53.0e9, "GBP", Q2, "53.0 billion",
             "The goods deficit narrowed to 51.1 billion pounds from 53.0 billion pounds"),
        fact(UK, "balance", "value", 39.6e9, "GBP", Q3, "39.6 billion",
             "Britain's services surplus, long the mainstay of its external accounts, shrank to 39.6 billion pounds from 43.1 billion pounds",
             product="services"),
        fact(UK, "balance", "value", 43.1e9, "GBP", Q2, "43.1 billion",
             "Britain's services surplus, long the mainstay of its external accounts, shrank to 39.6 billion pounds from 43.1 billion pounds",
             product="services"),
        fact(UK, "exports", "growth", -1.2, "percent", Q3, "1.2",
             "Services exports, at 120.5 billion pounds, were down 1.2% quarter-on-quarter", product="services", basis="qoq"),
        fact(UK, "exports", "value", 120.5e9, "GBP", Q3, "120.5 billion",
             "Services exports, at 120.5 billion pounds", product="services"),
        fact(UK, "imports", "growth", 2.5, "percent", Q3, "2.5",
             "Services exports, at 120.5 billion pounds, were down 1.2% quarter-on-quarter, whereas spending on imported services grew 2.5% to 80.9 billion pounds",
             product="services", basis="qoq"),
        fact(UK, "imports", "value", 80.9e9, "GBP", Q3, "80.9 billion",
             "spending on imported services grew 2.5% to 80.9 billion pounds", product="services"),
        fact(UK, "exports", "growth", -2.5, "percent", Q3, "2.5",
             "Goods exports to the European Union fell 2.5% from the previous quarter to 45.6 billion pounds",
             partner=EU, basis="qoq"),
        fact(UK, "exports", "value", 45.6e9, "GBP", Q3, "45.6 billion",
             "Goods exports to the European Union fell 2.5% from the previous quarter to 45.6 billion pounds", partner=EU),
        fact(UK, "exports", "growth", -3.4, "percent", Q3, "3.4",
             "Goods exports to the European Union fell 2.5% from the previous quarter to 45.6 billion pounds, and those to the rest of the world dropped 3.4% to 44.2 billion pounds",
             partner=NONEU, basis="qoq"),
        fact(UK, "exports", "value", 44.2e9, "GBP", Q3, "44.2 billion",
             "those to the rest of the world dropped 3.4% to 44.2 billion pounds", partner=NONEU),
        fact(UK, "imports", "value", 74.8e9, "GBP", Q3, "74.8 billion",
             "Imports from the bloc and from non-EU countries came to 74.8 billion pounds and 66.1 billion pounds respectively",
             partner=EU),
        fact(UK, "imports", "value", 66.1e9, "GBP", Q3, "66.1 billion",
             "Imports from the bloc and from non-EU countries came to 74.8 billion pounds and 66.1 billion pounds respectively",
             partner=NONEU),
        fact(UK, "balance", "value", -29.2e9, "GBP", Q3, "29.2 billion",
             "leaving a deficit of 29.2 billion pounds with the EU", partner=EU),
        fact(UK, "exports", "rank", 1, "number", Q3, "biggest",
             "The United States remained Britain's biggest single export market", partner="United States"),
        fact(UK, "exports", "share", 15.9, "percent", Q3, "15.9",
             "The United States remained Britain's biggest single export market, taking 15.9% of goods exports over the three months",
             partner="United States"),
        fact(UK, "imports", "rank", 2, "number", Q3, "second-largest",
             "Germany held its place as the second-largest supplier of imported goods", partner="Germany"),
        fact(UK, "exports", "growth", -10.6, "percent", SEP, "10.6",
             "The value of goods exports tumbled by 3.4 billion pounds, or 10.6%, from August", basis="mom"),
        fact(UK, "exports", "growth", -14.8, "percent", SEP, "14.8",
             "Exports in that category slid 14.8%", product="machinery and transport equipment", basis="mom"),
        fact(UK, "exports", "growth", -21, "percent", SEP, "21",
             "car exports to the United States were down 21% on August", partner="United States", product="cars",
             basis="mom"),
        fact(UK, "imports", "growth", -6.3, "percent", SEP, "6.3",
             "Goods imports shrank 6.3% on the month", basis="mom"),
        fact(UK, "imports", "growth", -9.3, "percent", SEP, "9.3",
             "purchases from outside the EU declined 9.3%", partner=NONEU, basis="mom"),
        fact(UK, "imports", "growth", -3.7, "percent", SEP, "3.7",
             "purchases from outside the EU declined 9.3% and those from the bloc 3.7%", partner=EU, basis="mom"),
        fact(UK, "exports", "growth", -0.3, "percent", SEP, "0.3",
             "Services exports were estimated to have edged down 0.3% from August", product="services", basis="mom"),
        fact(UK, "balance", "value", -16.3e9, "GBP", SEP, "16.3 billion",
             "Once volatile precious metals are counted, the goods trade gap came to 16.3 billion pounds in September"),
        fact(UK, "balance", "value", -15.2e9, "GBP", AUG, "15.2 billion",
             "the goods trade gap came to 16.3 billion pounds in September, wider than August's upwardly revised 15.2 billion pounds"),
        fact(UK, "exports", "growth", -7.1, "percent", SEP, "7.1",
             "Measured against September 2023, goods exports were 7.1% lower"),
        fact(UK, "imports", "growth", 0.7, "percent", SEP, "0.7",
             "Measured against September 2023, goods exports were 7.1% lower while imports were 0.7% higher"),
    ],
}
