from _fact import fact, period

US = "United States"
SEP = period(2026, 9)
AUG = period(2026, 8)
YTD = period(2026, 1, 9)
GS = "goods and services"

E_HEAD = "put the combined goods and services shortfall at $61.5 billion, down 12.6%"
E_AUG = E_HEAD + " from August's $70.4 billion, a figure that was itself revised lower"
E_EX = "Measured against August, exports climbed 1.2% to $281.4 billion"
E_IM = "the import bill came in 1.6% lower, at $342.9 billion"
E_GX = "Goods exports advanced 1.5% from the previous month to $183.7 billion"
E_IND = ("Spending on industrial supplies and materials, a category that covers crude oil and nonmonetary gold, "
         "was down 4.2% at $51.6 billion")
E_PH = "purchases of pharmaceutical preparations slid 11.3% to $24.7 billion"
E_YOY = "Compared with September 2025, exports were 5.3% higher and imports 3.8% lower"
E_YTD = ("Through the first nine months of 2026, the deficit totaled $712.3 billion, 14.8% smaller than in the same "
         "stretch of last year")
E_PART = ("the largest goods deficit was with the European Union, at $19.6 billion, followed by Mexico at $17.9 billion "
          "and Vietnam at $15.8 billion")
E_CN = "The deficit with China narrowed to $14.2 billion from $15.7 billion in August, leaving China fourth on the list"
E_CNIM = ("Imports from China, once the dominant source of American goods, totaled $27.4 billion, 18.6% less than a "
          "year earlier")
E_MX = "Exports to Mexico, the second-largest market for American goods after Canada, came to $29.6 billion"

ARTICLE = {
    "id": "dBR2_01",
    "title": "Falling imports of medicines and industrial supplies cut America's September trade gap",
    "publisher": "AP",
    "published": "2026-11-05",
    "notes": [
        "Real figures: none (September 2026 has not happened). Modelled on AP/Reuters wires on the Census/BEA "
        "monthly release (totals, goods vs services, end-use categories, country detail not seasonally adjusted). "
        "Invented: every figure. Derived and checked: exports 183.7 + 97.7 = 281.4; imports 280.6 + 62.3 = 342.9; "
        "goods deficit 280.6 - 183.7 = 96.9; services surplus 97.7 - 62.3 = 35.4; total 342.9 - 281.4 = 61.5 = "
        "96.9 - 35.4; August deficit 70.4 implies exports 278.1 (+1.2%) and imports 348.5 (-1.6%); 61.5/70.4 = "
        "-12.6%; goods imports 286.5 - 5.9 = 280.6; the four partner deficits rank EU, Mexico, Vietnam, China, so "
        "China is fourth.",
        "Judgement calls: headline exports, imports, balance, the year-on-year rates and the nine-month deficit are "
        "goods and services (the article says 'combined goods and services shortfall'), so product 'goods and services'; the goods-only "
        "figures have product null; services figures product 'services'. 'Measured against August', 'from the "
        "previous month' and 'from August' open their paragraphs, so those growth rates are basis mom; 'Compared "
        "with September 2025' is a comparison base (yoy), not the period, which is September 2026. Country "
        "balances are goods deficits (product null), negative. 'the largest goods deficit' is a rank of the EU "
        "balance (1); 'leaving China fourth' a rank of the China balance (4); 'second-largest market' a rank of "
        "exports to Mexico (2), given the article's running period September 2026 (it states no other). 'The figures by "
        "country are not adjusted' changes no field. 'from $15.7 billion in August' is its own fact with period August 2026, like the "
        "revised $70.4 billion August total. 'last year' in the nine-month sentence is 2025 (published 2026-11-05).",
        "Not facts: roughly $66 billion (forecast of polled forecasters); 'added $1.1 billion' and 'fell $5.9 billion' "
        "(changes in level, comparisons derived from two figures); 20% levy (tariff rate); close to 1 percentage "
        "point (forecast contribution to growth); 2.8% (GDP growth); the years 2025 and 2026 and April 2025; "
        "'highest monthly figure on record' is a milestone with no separate number. Capital goods' 'added $1.1 "
        "billion' is left out; the level $58.3 billion is labelled.",
        "Copy check: 10 sentences searched, 2 reworded (the headline-figure sentence, whose 'gap between what it sells and what it buys' skeleton matched the AP formula, and the forecast sentence).",
        "Second check: 28 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -61.5e9, "USD", SEP, "$61.5 billion", E_HEAD, product=GS),
        fact(US, "balance", "growth", -12.6, "percent", SEP, "12.6", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -70.4e9, "USD", AUG, "$70.4 billion", E_AUG, product=GS),
        fact(US, "exports", "value", 281.4e9, "USD", SEP, "$281.4 billion", E_EX, product=GS),
        fact(US, "exports", "growth", 1.2, "percent", SEP, "1.2", E_EX, product=GS, basis="mom"),
        fact(US, "imports", "value", 342.9e9, "USD", SEP, "$342.9 billion", E_IM, product=GS),
        fact(US, "imports", "growth", -1.6, "percent", SEP, "1.6", E_IM, product=GS, basis="mom"),
        fact(US, "balance", "value", -96.9e9, "USD", SEP, "$96.9 billion",
             "The deficit in goods alone fell to $96.9 billion"),
        fact(US, "balance", "value", 35.4e9, "USD", SEP, "$35.4 billion",
             "the surplus the country runs in services — tourism, banking, software licensing and the like — rose "
             "to $35.4 billion", product="services"),
        fact(US, "exports", "value", 183.7e9, "USD", SEP, "$183.7 billion", E_GX),
        fact(US, "exports", "growth", 1.5, "percent", SEP, "1.5", E_GX, basis="mom"),
        fact(US, "exports", "value", 58.3e9, "USD", SEP, "$58.3 billion",
             "Shipments of capital goods such as civilian aircraft, engines and chipmaking equipment added $1.1 "
             "billion to reach $58.3 billion", product="capital goods"),
        fact(US, "exports", "value", 97.7e9, "USD", SEP, "$97.7 billion",
             "Exports of services came to $97.7 billion", product="services"),
        fact(US, "imports", "value", 280.6e9, "USD", SEP, "$280.6 billion",
             "On the import side, the goods bill fell $5.9 billion from August to $280.6 billion"),
        fact(US, "imports", "value", 51.6e9, "USD", SEP, "$51.6 billion", E_IND,
             product="industrial supplies and materials"),
        fact(US, "imports", "growth", -4.2, "percent", SEP, "4.2", E_IND,
             product="industrial supplies and materials", basis="mom"),
        fact(US, "imports", "value", 24.7e9, "USD", SEP, "$24.7 billion", E_PH, product="pharmaceutical preparations"),
        fact(US, "imports", "growth", -11.3, "percent", SEP, "11.3", E_PH, product="pharmaceutical preparations",
             basis="mom"),
        fact(US, "imports", "value", 62.3e9, "USD", SEP, "$62.3 billion",
             "Services imports were little changed at $62.3 billion", product="services"),
        fact(US, "exports", "growth", 5.3, "percent", SEP, "5.3", E_YOY, product=GS),
        fact(US, "imports", "growth", -3.8, "percent", SEP, "3.8", E_YOY, product=GS),
        fact(US, "balance", "value", -712.3e9, "USD", YTD, "$712.3 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", -14.8, "percent", YTD, "14.8", E_YTD, product=GS),
        fact(US, "balance", "rank", 1, "number", SEP, "largest",
             "the largest goods deficit was with the European Union", partner="European Union"),
        fact(US, "balance", "value", -19.6e9, "USD", SEP, "$19.6 billion",
             "the largest goods deficit was with the European Union, at $19.6 billion", partner="European Union"),
        fact(US, "balance", "value", -17.9e9, "USD", SEP, "$17.9 billion", E_PART, partner="Mexico"),
        fact(US, "balance", "value", -15.8e9, "USD", SEP, "$15.8 billion", E_PART, partner="Vietnam"),
        fact(US, "balance", "value", -14.2e9, "USD", SEP, "$14.2 billion", E_CN, partner="China"),
        fact(US, "balance", "value", -15.7e9, "USD", AUG, "$15.7 billion", E_CN, partner="China"),
        fact(US, "balance", "rank", 4, "number", SEP, "fourth", E_CN, partner="China"),
        fact(US, "imports", "value", 27.4e9, "USD", SEP, "$27.4 billion", E_CNIM, partner="China"),
        fact(US, "imports", "growth", -18.6, "percent", SEP, "18.6", E_CNIM, partner="China"),
        fact(US, "exports", "rank", 2, "number", SEP, "second-largest", E_MX, partner="Mexico"),
        fact(US, "exports", "value", 29.6e9, "USD", SEP, "$29.6 billion", E_MX, partner="Mexico"),
    ],
}
