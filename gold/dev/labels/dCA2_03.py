from _fact import fact, period

VN = "Vietnam"
M11 = period(2024, 1, 11)
NOV = period(2024, 11)
ELEC = "computers, electronic products and components"

ARTICLE = {
    "id": "dCA2_03",
    "title": "Vietnam's exports outpace imports by $24.3B over 11 months",
    "publisher": "VnExpress International",
    "published": "2024-12-06",
    "notes": [
        "Real figures (GSO preliminary data for January-November 2024, released 2024-12-06, as carried by morstar.vn; "
        "GSO China figures as carried by maianhgroup.com): total trade $715.55 bn (+15.4%), exports $369.93 bn "
        "(+14.4%), imports $345.62 bn (+16.4%), surplus $24.31 bn; domestic exporters $103.88 bn (+20.0%, 28.1%), "
        "foreign-invested $266.05 bn (+12.4%, 71.9%); November trade $66.4 bn (-4.1% m/m, +9.0% y/y); production "
        "materials 93.7% of imports; exports to China $55.2 bn (-0.9%), imports from China $130.2 bn (+29.7%), deficit "
        "with China $75 bn (+67.7%).",
        "Derived/made up: exports to the U.S. $108.4 bn (+23.8%), imports from the U.S. $13.6 bn and the surplus with "
        "the U.S. $94.8 bn are plausible figures, not found in the corpus; computers/electronics exports $65.6 bn "
        "(+26.5%), phones $49.9 bn (+3.7%), computers/electronics imports $98.6 bn (+22.4%) are made up; the 17.7% "
        "share is derived (65.6/369.93); 'thirty-six' items, the $780 bn ministry forecast, the dong's 4.5% fall and "
        "the byline are made up; the UAE CEPA (October 2024) and the 6.5-7% GDP target are real context.",
        "Judgement calls: 'this year' takes 2024 from the publication date; the headline's $24.3B restates the body's "
        "$24.31 bn and is labelled once (from the body); 'its largest customer' restates the U.S. rank and is not "
        "labelled again; the deficit with 'its northern neighbor' is partner China; the deficit's growth follows its "
        "verb ('widened 67.7%' is +67.7); domestic and foreign-invested exporters are segments; 'the biggest import "
        "item' is labelled as a product rank (rank 1 among import items); 'two-way trade' is flow total.",
        "Not facts: 'thirty-six items' and '$1 billion' (a count of products and a threshold); $780 billion "
        "(ministry forecast); tariffs of 10-20% and 60%; the dong's 4.5% fall (exchange rate); GDP growth 6.5-7% "
        "(target); 11 (months, a period).",
        "Copy check: 18 sentences searched (in 11 look-ups), 0 reworded.",
        "Second check: 23 sentences searched, 9 reworded.",
    ],
    "facts": [
        fact(VN, "balance", "value", 24.31e9, "USD", M11, "24.31 billion",
             "Over the first 11 months of this year, Vietnam's trade surplus came to $24.31 billion"),
        fact(VN, "total", "value", 715.55e9, "USD", M11, "715.55 billion",
             "At $715.55 billion, two-way trade"),
        fact(VN, "total", "growth", 15.4, "percent", M11, "15.4",
             "At $715.55 billion, two-way trade was up 15.4% from a year earlier"),
        fact(VN, "exports", "growth", 14.4, "percent", M11, "14.4",
             "Exports gained 14.4% to $369.93 billion"),
        fact(VN, "exports", "value", 369.93e9, "USD", M11, "369.93 billion",
             "Exports gained 14.4% to $369.93 billion"),
        fact(VN, "imports", "growth", 16.4, "percent", M11, "16.4",
             "Exports gained 14.4% to $369.93 billion and imports 16.4% to $345.62 billion"),
        fact(VN, "imports", "value", 345.62e9, "USD", M11, "345.62 billion",
             "Exports gained 14.4% to $369.93 billion and imports 16.4% to $345.62 billion"),
        fact(VN, "exports", "value", 103.88e9, "USD", M11, "103.88 billion",
             "Exports by domestic enterprises rose 20% to $103.88 billion", segment="domestic enterprises"),
        fact(VN, "exports", "growth", 20, "percent", M11, "20",
             "Exports by domestic enterprises rose 20%", segment="domestic enterprises"),
        fact(VN, "exports", "share", 28.1, "percent", M11, "28.1",
             "Exports by domestic enterprises rose 20% to $103.88 billion, giving them a 28.1% share of the total",
             segment="domestic enterprises"),
        fact(VN, "exports", "share", 71.9, "percent", M11, "71.9",
             "Foreign-invested firms, crude oil producers included, contributed the remaining 71.9%",
             segment="foreign-invested enterprises"),
        fact(VN, "exports", "value", 266.05e9, "USD", M11, "266.05 billion",
             "Foreign-invested firms, crude oil producers included, contributed the remaining 71.9%, or $266.05 billion",
             segment="foreign-invested enterprises"),
        fact(VN, "exports", "growth", 12.4, "percent", M11, "12.4",
             "Foreign-invested firms, crude oil producers included, contributed the remaining 71.9%, or $266.05 billion, a 12.4% increase",
             segment="foreign-invested enterprises"),
        fact(VN, "total", "value", 66.4e9, "USD", NOV, "66.4 billion",
             "Trade turnover for November alone came to $66.4 billion"),
        fact(VN, "total", "growth", -4.1, "percent", NOV, "4.1",
             "Trade turnover for November alone came to $66.4 billion, 9% more than a year earlier though 4.1% less than in October", basis="mom"),
        fact(VN, "total", "growth", 9, "percent", NOV, "9",
             "Trade turnover for November alone came to $66.4 billion, 9% more than a year earlier"),
        fact(VN, "exports", "rank", 1, "number", M11, "biggest",
             "The U.S. remained Vietnam's biggest buyer", partner="United States"),
        fact(VN, "exports", "value", 108.4e9, "USD", M11, "108.4 billion",
             "The U.S. remained Vietnam's biggest buyer, taking $108.4 billion worth of goods", partner="United States"),
        fact(VN, "exports", "growth", 23.8, "percent", M11, "23.8",
             "The U.S. remained Vietnam's biggest buyer, taking $108.4 billion worth of goods, a rise of 23.8%",
             partner="United States"),
        fact(VN, "exports", "rank", 2, "number", M11, "second-largest",
             "Exports to China, the second-largest market", partner="China"),
        fact(VN, "exports", "value", 55.2e9, "USD", M11, "55.2 billion",
             "Exports to China, the second-largest market, slipped 0.9% to $55.2 billion", partner="China"),
        fact(VN, "exports", "growth", -0.9, "percent", M11, "0.9",
             "Exports to China, the second-largest market, slipped 0.9%", partner="China"),
        fact(VN, "imports", "value", 13.6e9, "USD", M11, "13.6 billion",
             "With imports from the U.S. at just $13.6 billion", partner="United States"),
        fact(VN, "balance", "value", 94.8e9, "USD", M11, "94.8 billion",
             "Vietnam's surplus with its largest customer reached $94.8 billion", partner="United States"),
        fact(VN, "imports", "rank", 1, "number", M11, "top",
             "China stayed the top supplier", partner="China"),
        fact(VN, "imports", "value", 130.2e9, "USD", M11, "130.2 billion",
             "China stayed the top supplier, shipping $130.2 billion worth of goods to Vietnam", partner="China"),
        fact(VN, "imports", "growth", 29.7, "percent", M11, "29.7",
             "China stayed the top supplier, shipping $130.2 billion worth of goods to Vietnam, 29.7% more than in the same period last year",
             partner="China"),
        fact(VN, "balance", "growth", 67.7, "percent", M11, "67.7",
             "The trade deficit with its northern neighbor thus widened 67.7% to $75 billion.", partner="China"),
        fact(VN, "balance", "value", -75e9, "USD", M11, "75 billion",
             "The trade deficit with its northern neighbor thus widened 67.7% to $75 billion.", partner="China"),
        fact(VN, "exports", "value", 65.6e9, "USD", M11, "65.6 billion",
             "Computers, electronic products and components fetched $65.6 billion", product=ELEC),
        fact(VN, "exports", "growth", 26.5, "percent", M11, "26.5",
             "Computers, electronic products and components fetched $65.6 billion, up 26.5%", product=ELEC),
        fact(VN, "exports", "share", 17.7, "percent", M11, "17.7",
             "Computers, electronic products and components fetched $65.6 billion, up 26.5%, equal to 17.7% of all exports",
             product=ELEC),
        fact(VN, "exports", "value", 49.9e9, "USD", M11, "49.9 billion",
             "phones and components brought in $49.9 billion", product="phones and components"),
        fact(VN, "exports", "growth", 3.7, "percent", M11, "3.7",
             "phones and components brought in $49.9 billion, up 3.7%", product="phones and components"),
        fact(VN, "imports", "rank", 1, "number", M11, "biggest",
             "The same group of computers and electronic components was also the biggest import item", product=ELEC),
        fact(VN, "imports", "growth", 22.4, "percent", M11, "22.4",
             "The same group of computers and electronic components was also the biggest import item, with purchases climbing 22.4% to $98.6 billion",
             product=ELEC),
        fact(VN, "imports", "value", 98.6e9, "USD", M11, "98.6 billion",
             "with purchases climbing 22.4% to $98.6 billion", product=ELEC),
        fact(VN, "imports", "share", 93.7, "percent", M11, "93.7",
             "materials, machinery and equipment for production made up 93.7% of the import bill",
             product="materials, machinery and equipment for production"),
    ],
}
