from _fact import fact, period

US = "United States"
GS = "goods and services"
SEP = period(2025, 9)
AUG = period(2025, 8)
JS = period(2025, 1, 9)
JS24 = period(2024, 1, 9)

ARTICLE = {
    "id": "dBJ2_01",
    "title": "Gold rush abroad pulls US trade gap to five-year low in September",
    "publisher": "Reuters",
    "published": "2025-12-11",
    "notes": [
        "Real figures (Census/BEA September 2025 release as reported): g&s deficit 52.8bn, -10.9% m/m, "
        "August revised 59.3bn; exports 289.3bn +3.0% m/m (+5.7% y/y), imports 342.1bn +0.6% m/m (-3.7% y/y); "
        "goods exports 187.6bn +4.9%; goods imports 266.6bn +0.6%; goods deficit 79.0bn -8.2%; services surplus "
        "26.2bn from 26.8bn; services exports 101.7bn; services imports 75.5bn record; YTD deficit +17.2%, exports "
        "+5.2%, imports +7.7%; consumer goods exports +19.1%, imports +18.4%; 3-month average 63.1bn; Reuters poll 63.3bn. "
        "Invented: YTD deficit level 767.2bn, industrial supplies 66.7bn, gold 11.9bn, consumer goods exports level 25.6bn, "
        "China deficit 11.4bn/15.4bn (rounded from real 11.36/15.37), Mexico 17.8bn, EU 18.6bn, Vietnam 16.2bn, "
        "China import shares 9.3%/13.2%.",
        "Judgement calls: the headline deficit, total exports ('Exports of goods and services'), 'the import bill', "
        "August's revised deficit, the year-to-date deficit and the year-to-date export/import growth are all goods and "
        "services together, so product='goods and services' (the import bill and 'They were also 5.7% above...' carry "
        "the goods-and-services subject from the sentence before). 'Merchandise exports', 'Goods imports', 'In goods "
        "alone, the shortfall' and the bilateral deficits are goods only, so product=None. Month-on-month: each "
        "paragraph with monthly changes opens with a frame ('on the month' in the opening sentence, 'from August', "
        "'than in August'), carried to the paragraph's later figures (consumer goods exports 19.1, the import bill 0.6, "
        "consumer goods imports 18.4, services exports -0.4); the explicitly year-on-year figures (5.7, -3.7) are yoy. "
        "'10.9% smaller than in August' and 'the shortfall narrowed 8.2%' are growth of a deficit that narrowed -> "
        "negative; 'the deficit swelled 17.2%' -> +17.2. 'Shipments of industrial supplies...' = exports. The August "
        "values (deficit 59.3bn, services surplus 26.8bn, China deficit 15.4bn) are labelled with period August.",
        "Not facts: 63.3bn (Reuters poll forecast); 43-day shutdown; 'five years', 'almost three years', 'third time in "
        "five months' (milestones/streaks); three-month moving average 63.1bn (an average the record cannot express); "
        "15% levy and triple-digit duties (tariff rates); 1.5 percentage points added to growth (GDP contribution).",
        "Copy check: 26 sentences searched, 10 reworded.",
        "Copy check (independent): 26 sentences searched, 2 reworded.",
    ],
    "facts": [
        # headline deficit
        fact(US, "balance", "growth", -10.9, "percent", SEP, "10.9",
             "the shortfall came to $52.8 billion, 10.9% smaller than in August",
             product=GS, basis="mom"),
        fact(US, "balance", "value", -52.8e9, "USD", SEP, "52.8 billion",
             "Measured across goods and services, the shortfall came to $52.8 billion", product=GS),
        fact(US, "balance", "value", -59.3e9, "USD", AUG, "59.3 billion",
             "The deficit for August was revised to $59.3 billion", product=GS),
        # total exports and imports
        fact(US, "exports", "value", 289.3e9, "USD", SEP, "289.3 billion",
             "Exports of goods and services hit $289.3 billion", product=GS),
        fact(US, "exports", "growth", 3.0, "percent", SEP, "3.0",
             "Exports of goods and services hit $289.3 billion, the highest since April, after jumping 3.0% on the month",
             product=GS, basis="mom"),
        fact(US, "exports", "growth", 5.7, "percent", SEP, "5.7",
             "They were also 5.7% above their year-earlier level", product=GS),
        fact(US, "imports", "growth", 0.6, "percent", SEP, "0.6",
             "the import bill edged up by just 0.6% to $342.1 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 342.1e9, "USD", SEP, "342.1 billion",
             "the import bill edged up by just 0.6% to $342.1 billion", product=GS),
        fact(US, "imports", "growth", -3.7, "percent", SEP, "3.7",
             "which still left it 3.7% below its September 2024 level", product=GS),
        # goods exports
        fact(US, "exports", "value", 187.6e9, "USD", SEP, "187.6 billion",
             "Merchandise exports advanced to $187.6 billion"),
        fact(US, "exports", "growth", 4.9, "percent", SEP, "4.9",
             "Merchandise exports advanced to $187.6 billion, a 4.9% increase from August", basis="mom"),
        fact(US, "exports", "value", 66.7e9, "USD", SEP, "66.7 billion",
             "Shipments of industrial supplies and materials rose to $66.7 billion",
             product="industrial supplies and materials"),
        fact(US, "exports", "value", 11.9e9, "USD", SEP, "11.9 billion",
             "Shipments of industrial supplies and materials rose to $66.7 billion, of which nonmonetary gold made up $11.9 billion",
             product="nonmonetary gold"),
        fact(US, "exports", "growth", 19.1, "percent", SEP, "19.1",
             "Consumer goods exports surged 19.1% to a record $25.6 billion",
             product="consumer goods", basis="mom"),
        fact(US, "exports", "value", 25.6e9, "USD", SEP, "25.6 billion",
             "Consumer goods exports surged 19.1% to a record $25.6 billion", product="consumer goods"),
        # goods imports
        fact(US, "imports", "value", 266.6e9, "USD", SEP, "266.6 billion",
             "Goods imports, at $266.6 billion, were 0.6% higher than in August"),
        fact(US, "imports", "growth", 0.6, "percent", SEP, "0.6",
             "Goods imports, at $266.6 billion, were 0.6% higher than in August", basis="mom"),
        fact(US, "imports", "growth", 18.4, "percent", SEP, "18.4",
             "Imports of consumer goods jumped 18.4%", product="consumer goods", basis="mom"),
        # goods balance and services
        fact(US, "balance", "growth", -8.2, "percent", SEP, "8.2",
             "In goods alone, the shortfall narrowed 8.2% from August to $79.0 billion", basis="mom"),
        fact(US, "balance", "value", -79.0e9, "USD", SEP, "79.0 billion",
             "In goods alone, the shortfall narrowed 8.2% from August to $79.0 billion"),
        fact(US, "balance", "value", 26.2e9, "USD", SEP, "26.2 billion",
             "The surplus on services trade slipped to $26.2 billion from $26.8 billion in August",
             product="services"),
        fact(US, "balance", "value", 26.8e9, "USD", AUG, "26.8 billion",
             "The surplus on services trade slipped to $26.2 billion from $26.8 billion in August",
             product="services"),
        fact(US, "exports", "growth", -0.4, "percent", SEP, "0.4",
             "exports of services dipped 0.4% to $101.7 billion", product="services", basis="mom"),
        fact(US, "exports", "value", 101.7e9, "USD", SEP, "101.7 billion",
             "exports of services dipped 0.4% to $101.7 billion", product="services"),
        fact(US, "imports", "value", 75.5e9, "USD", SEP, "75.5 billion",
             "services imports climbed to a record $75.5 billion", product="services"),
        # year to date
        fact(US, "balance", "growth", 17.2, "percent", JS, "17.2",
             "Through the first nine months of 2025, the goods and services deficit swelled 17.2% from the same period a year earlier",
             product=GS),
        fact(US, "balance", "value", -767.2e9, "USD", JS, "767.2 billion",
             "Through the first nine months of 2025, the goods and services deficit swelled 17.2% from the same period a year earlier to $767.2 billion",
             product=GS),
        fact(US, "exports", "growth", 5.2, "percent", JS, "5.2",
             "Exports over that stretch increased 5.2%", product=GS),
        fact(US, "imports", "growth", 7.7, "percent", JS, "7.7",
             "Exports over that stretch increased 5.2%, outpaced by a 7.7% rise in imports", product=GS),
        # partners
        fact(US, "balance", "value", -11.4e9, "USD", SEP, "11.4 billion",
             "The goods deficit with China narrowed to $11.4 billion", partner="China"),
        fact(US, "balance", "value", -15.4e9, "USD", AUG, "15.4 billion",
             "The goods deficit with China narrowed to $11.4 billion from $15.4 billion in August", partner="China"),
        fact(US, "balance", "value", -17.8e9, "USD", SEP, "17.8 billion",
             "The gap with Mexico widened to $17.8 billion", partner="Mexico"),
        fact(US, "balance", "value", -18.6e9, "USD", SEP, "18.6 billion",
             "Deficits with the European Union and Vietnam stood at $18.6 billion and $16.2 billion, respectively",
             partner="European Union"),
        fact(US, "balance", "value", -16.2e9, "USD", SEP, "16.2 billion",
             "Deficits with the European Union and Vietnam stood at $18.6 billion and $16.2 billion, respectively",
             partner="Vietnam"),
        fact(US, "imports", "share", 9.3, "percent", JS, "9.3",
             "China's share of U.S. goods imports dropped to 9.3% in January-September", partner="China"),
        fact(US, "imports", "share", 13.2, "percent", JS24, "13.2",
             "China's share of U.S. goods imports dropped to 9.3% in January-September from 13.2% in the same period of 2024",
             partner="China"),
    ],
}
