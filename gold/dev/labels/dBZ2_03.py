from _fact import fact, period

US = "United States"
Y23 = period(2023, 1, 12)
Y22 = period(2022, 1, 12)
DEC = period(2023, 12)
NOV = period(2023, 11)
GS = "goods and services"
SV = "services"
EU = "European Union"

ARTICLE = {
    "id": "dBZ2_03",
    "title": "US trade deficit posts biggest drop in 14 years in 2023; Mexico unseats China as top supplier",
    "publisher": "Reuters",
    "published": "2024-02-07",
    "notes": [
        "Real figures (source, date): Census Bureau/BEA release of 2024-02-07 as carried by WTTL, SteelOrbis, AFP "
        "(Digital Journal, IndustryWeek), Bloomberg (searchiro), Hanover Advisors, qery.no and the Coalition for a "
        "Prosperous America: 2023 deficit $773.4 billion, -18.7 percent from $951.2 billion; exports +1.2 percent to "
        "$3,053.5 billion (record), imports -3.6 percent to $3,826.9 billion; goods imports down $160.5 billion to $3,112 "
        "billion; services exports up $74.2 billion to $1,003 billion, services imports $714.5 billion; goods deficit about "
        "$1.06 trillion; December deficit $62.2 billion vs $61.9 billion November revised, exports $258.2 billion (+$3.9 "
        "billion), imports $320.4 billion (+$4.2 billion), goods deficit +$0.7 billion to $89.1 billion, services surplus "
        "record $26.9 billion; inflation-adjusted goods deficit $82.8 billion; China deficit -27 percent to $279.4 billion "
        "(smallest since 2010), imports from China $427.2 billion (down $109.1 billion), exports to China $147.8 billion; "
        "Mexico deficit record $152.4 billion, imports from Mexico $475.6 billion (up $20.8 billion), Mexico top source of "
        "imports; December deficits with China $22.8 billion, EU $17.6 billion, Mexico $13.7 billion.",
        "Derived/made up: percentages derived from the released dollar changes: December +0.5 (62.2/61.9), exports +1.5 "
        "and imports +1.3 month on month, goods imports -4.9 (160.5/3272.5), goods deficit -10.3 (1,061 vs about 1,182 "
        "billion), services exports +8.0 (74.2/928.8), China imports -20.3 (109.1/536.3), Mexico imports +4.6 "
        "(20.8/454.8); services surplus $288.5 billion derived (1,003 - 714.5). Recalled, not confirmed in the corpus "
        "(treat as made up): the EU deficit of $208.7 billion, the 2.8 and 3.7 percent of GDP, the 0.43 point contribution "
        "and 3.3 percent GDP growth, the $62.2 billion consensus. Made up: the closing quote and its unnamed economist; "
        "byline.",
        "Judgement calls: 'last year' is 2023 from the published date (the lead also names 2023); the headline, December "
        "and export/import totals are goods and services together (product 'goods and services'); 'goods' figures and "
        "the bilateral figures are goods only (product null); December growth rates are month on month (the paragraph "
        "compares with November); the deficit's 0.5 rise is a growth of a deficit, positive per its verb; 'China in second "
        "place among suppliers of goods to the United States' is an imports rank 2 of partner China and 'the top source of "
        "U.S. goods imports' an imports rank 1 of partner Mexico; the EU's record deficit is an annual goods figure.",
        "Not facts: 2.8% and 3.7% of GDP (ratios to GDP); the $62.2 billion forecast; the $0.7 billion widening (a "
        "difference); the inflation-adjusted goods deficit of $82.8 billion (a chained-dollar volume measure, not a value "
        "in current dollars); 0.43 percentage point and 3.3% GDP growth; 60% and 10% tariffs; '14 years', 2009, 2010, "
        "2018, 2019, 2024 and 'two decades' (years and spans).",
        "Copy check: 17 sentences searched (9 look-ups), 8 reworded (lead, December deficit, forecast, GDP-share and "
        "GDP-contribution sentences after the search returned the Reuters original; exports record, China deficit and "
        "December goods-deficit sentences after comparison with Bloomberg, Hanover and WTTL copy).",
        "Second check: 28 sentences searched, 8 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -773.4e9, "USD", Y23, "773.4 billion",
             "the trade gap narrowed 18.7% to $773.4 billion last year", product=GS),
        fact(US, "balance", "growth", -18.7, "percent", Y23, "18.7",
             "the trade gap narrowed 18.7% to $773.4 billion last year", product=GS),
        fact(US, "balance", "value", -951.2e9, "USD", Y22, "951.2 billion",
             "That compared with a record shortfall of $951.2 billion in 2022", product=GS),
        fact(US, "exports", "growth", 1.2, "percent", Y23, "1.2",
             "Exports of goods and services hit an all-time high of $3.054 trillion, up 1.2%", product=GS),
        fact(US, "exports", "value", 3.054e12, "USD", Y23, "3.054 trillion",
             "Exports of goods and services hit an all-time high of $3.054 trillion, up 1.2%", product=GS),
        fact(US, "imports", "growth", -3.6, "percent", Y23, "3.6",
             "Imports of goods and services slid 3.6% to $3.827 trillion", product=GS),
        fact(US, "imports", "value", 3.827e12, "USD", Y23, "3.827 trillion",
             "Imports of goods and services slid 3.6% to $3.827 trillion", product=GS),
        fact(US, "balance", "growth", -10.3, "percent", Y23, "10.3",
             "The goods trade deficit decreased 10.3% to $1.06 trillion"),
        fact(US, "balance", "value", -1.06e12, "USD", Y23, "1.06 trillion",
             "The goods trade deficit decreased 10.3% to $1.06 trillion"),
        fact(US, "imports", "growth", -4.9, "percent", Y23, "4.9",
             "Goods imports fell 4.9% to $3.11 trillion"),
        fact(US, "imports", "value", 3.11e12, "USD", Y23, "3.11 trillion",
             "Goods imports fell 4.9% to $3.11 trillion"),
        fact(US, "balance", "value", 288.5e9, "USD", Y23, "288.5 billion",
             "The services surplus swelled to $288.5 billion", product=SV),
        fact(US, "exports", "growth", 8.0, "percent", Y23, "8.0",
             "exports of services, led by spending by foreign travelers in the United States, jumped 8.0% to a record $1.003 trillion",
             product=SV),
        fact(US, "exports", "value", 1.003e12, "USD", Y23, "1.003 trillion",
             "exports of services, led by spending by foreign travelers in the United States, jumped 8.0% to a record $1.003 trillion",
             product=SV),
        fact(US, "balance", "value", -62.2e9, "USD", DEC, "62.2 billion",
             "December's deficit came in at $62.2 billion", product=GS),
        fact(US, "balance", "growth", 0.5, "percent", DEC, "0.5",
             "December's deficit came in at $62.2 billion, 0.5% above November's downwardly revised $61.9 billion",
             product=GS, basis="mom"),
        fact(US, "balance", "value", -61.9e9, "USD", NOV, "61.9 billion",
             "December's deficit came in at $62.2 billion, 0.5% above November's downwardly revised $61.9 billion",
             product=GS),
        fact(US, "exports", "growth", 1.5, "percent", DEC, "1.5",
             "Exports gained 1.5% to $258.2 billion in the month", product=GS, basis="mom"),
        fact(US, "exports", "value", 258.2e9, "USD", DEC, "258.2 billion",
             "Exports gained 1.5% to $258.2 billion in the month", product=GS),
        fact(US, "imports", "growth", 1.3, "percent", DEC, "1.3",
             "imports advanced 1.3% to $320.4 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 320.4e9, "USD", DEC, "320.4 billion",
             "imports advanced 1.3% to $320.4 billion", product=GS),
        fact(US, "balance", "value", -89.1e9, "USD", DEC, "89.1 billion",
             "Within December's total, the goods shortfall was $89.1 billion"),
        fact(US, "balance", "value", 26.9e9, "USD", DEC, "26.9 billion",
             "the services surplus hit a record $26.9 billion", product=SV),
        fact(US, "balance", "growth", -27, "percent", Y23, "27",
             "A 27% drop took the goods shortfall with China down to $279.4 billion", partner="China"),
        fact(US, "balance", "value", -279.4e9, "USD", Y23, "279.4 billion",
             "A 27% drop took the goods shortfall with China down to $279.4 billion", partner="China"),
        fact(US, "imports", "growth", -20.3, "percent", Y23, "20.3",
             "U.S. purchases of Chinese merchandise came to $427.2 billion, 20.3% less than a year earlier", partner="China"),
        fact(US, "imports", "value", 427.2e9, "USD", Y23, "427.2 billion",
             "U.S. purchases of Chinese merchandise came to $427.2 billion", partner="China"),
        fact(US, "exports", "value", 147.8e9, "USD", Y23, "147.8 billion",
             "American goods sold to China totaled $147.8 billion", partner="China"),
        fact(US, "imports", "rank", 2, "number", Y23, "second",
             "That left China in second place among suppliers of goods to the United States", partner="China"),
        fact(US, "imports", "growth", 4.6, "percent", Y23, "4.6",
             "imports from Mexico up 4.6% to a record $475.6 billion", partner="Mexico"),
        fact(US, "imports", "value", 475.6e9, "USD", Y23, "475.6 billion",
             "imports from Mexico up 4.6% to a record $475.6 billion", partner="Mexico"),
        fact(US, "imports", "rank", 1, "number", Y23, "top",
             "Mexico, now the top source of U.S. goods imports", partner="Mexico"),
        fact(US, "balance", "value", -152.4e9, "USD", Y23, "152.4 billion",
             "The U.S. deficit with Mexico, now the top source of U.S. goods imports, widened to an all-time high of $152.4 billion",
             partner="Mexico"),
        fact(US, "balance", "value", -208.7e9, "USD", Y23, "208.7 billion",
             "The deficit with the European Union also hit a record, at $208.7 billion", partner=EU),
        fact(US, "balance", "value", -22.8e9, "USD", DEC, "22.8 billion",
             "the goods deficits with China, the EU and Mexico were $22.8 billion, $17.6 billion and $13.7 billion, respectively",
             partner="China"),
        fact(US, "balance", "value", -17.6e9, "USD", DEC, "17.6 billion",
             "the goods deficits with China, the EU and Mexico were $22.8 billion, $17.6 billion and $13.7 billion, respectively",
             partner=EU),
        fact(US, "balance", "value", -13.7e9, "USD", DEC, "13.7 billion",
             "the goods deficits with China, the EU and Mexico were $22.8 billion, $17.6 billion and $13.7 billion, respectively",
             partner="Mexico"),
    ],
}
