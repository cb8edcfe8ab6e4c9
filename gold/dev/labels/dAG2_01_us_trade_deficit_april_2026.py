from _fact import fact, period

US = "United States"
GS = "goods and services"
APR = period(2026, 4)
MAR = period(2026, 3)
JAN_APR = period(2026, 1, 4)

HEAD = "The deficit on trade in goods and services rose 9.6% to $63.8 billion, up from March's revised $58.2 billion"
IMPORTS = "Imports crept 0.6% higher to $347.9 billion"
EXPORTS = "exports slipped by 1.2% to $284.1 billion"
GOODS_GAP = "From March, the deficit on goods widened 6.7% to $88.9 billion"
TAIWAN = "Against March, the shortfall with Taiwan widened 12.3% to an unprecedented $17.6 billion"
YTD = "Year to date, the trade deficit amounts to $241.3 billion, 47.1% below the same period in 2025"

ARTICLE = {
    "id": "dAG2_01_us_trade_deficit_april_2026",
    "title": "Record AI-related imports push US trade gap wider in April",
    "publisher": "Reuters",
    "published": "2026-06-04",
    "notes": [
        "Area United States throughout (dateline WASHINGTON, Commerce Department data).",
        "The headline deficit, imports and exports of paragraph 2 are goods and services (the paragraph opens "
        "with 'The deficit on trade in goods and services'): product 'goods and services'. The year-to-date 'trade "
        "deficit' is the same goods-and-services headline measure: product 'goods and services'.",
        "Month-on-month: paragraph 2 compares with 'March's revised $58.2 billion', so its growth rates "
        "(9.6, 0.6, -1.2) are mom; the goods paragraph opens 'From March, the deficit on goods widened 6.7%', so 6.7, -3.1 and -2.4 "
        "are mom; 'increased 1.8% on the month' is mom; 'Against March, ... widened 12.3%' is mom. The year-to-date 47.1% is "
        "yoy ('below the same period in 2025').",
        "'March's revised $58.2 billion' is the revised March deficit: its own fact with period 2026-03.",
        "Deficit growth follows its verb: 'rose 9.6%' -> +9.6, 'widened 6.7%' -> +6.7, 'widened 12.3%' -> "
        "+12.3; the year-to-date deficit '47.1% below' -> -47.1.",
        "Goods-only figures (goods deficit, goods imports/exports, categories, partner balances) take product "
        "null or the category named; services figures take 'services'.",
        "'the island' = Taiwan (imports from Taiwan, $23.9 billion). 'the bloc' = European Union (exports, "
        "$31.6 billion).",
        "Product names in the text's words: 'capital goods', 'computers and accessories', 'consumer goods', "
        "'industrial supplies and materials', 'petroleum'.",
        "Out of scope, unlabelled: dollar changes ('rose by $1.9 billion', 'leapt $4.6 billion', 'fell by $3.7 "
        "billion', 'shrank $1.8 billion') are derived comparisons the record cannot express; the values they "
        "move to are labelled. Reuters poll forecast of $61.5 billion (forecast). 0.9 percentage point GDP "
        "subtraction, 1.8% GDP growth, Atlanta Fed 2.6% GDP estimate (not trade flows / forecast). 'weakest level since "
        "February 2021', 'a record', 'unprecedented' (milestones; the values are labelled). Inflation-adjusted goods "
        "deficit is mentioned without a number.",
    ],
    "facts": [
        # Headline, goods and services
        fact(US, "balance", "growth", 9.6, "percent", APR, "9.6", HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -63.8e9, "USD", APR, "63.8 billion", HEAD, product=GS),
        fact(US, "balance", "value", -58.2e9, "USD", MAR, "58.2 billion", HEAD, product=GS),
        fact(US, "imports", "growth", 0.6, "percent", APR, "0.6", IMPORTS, product=GS, basis="mom"),
        fact(US, "imports", "value", 347.9e9, "USD", APR, "347.9 billion", IMPORTS, product=GS),
        fact(US, "exports", "growth", -1.2, "percent", APR, "1.2", EXPORTS, product=GS, basis="mom"),
        fact(US, "exports", "value", 284.1e9, "USD", APR, "284.1 billion", EXPORTS, product=GS),
        # Goods
        fact(US, "balance", "growth", 6.7, "percent", APR, "6.7", GOODS_GAP, basis="mom"),
        fact(US, "balance", "value", -88.9e9, "USD", APR, "88.9 billion", GOODS_GAP),
        fact(US, "imports", "value", 270.5e9, "USD", APR, "270.5 billion",
             "Goods brought into the country rose by $1.9 billion, reaching $270.5 billion"),
        fact(US, "imports", "value", 104.3e9, "USD", APR, "104.3 billion",
             "Purchases of capital goods from abroad leapt $4.6 billion to a record $104.3 billion",
             product="capital goods"),
        fact(US, "imports", "value", 33.9e9, "USD", APR, "33.9 billion",
             "imports in the computers and accessories category on their own reaching $33.9 billion",
             product="computers and accessories"),
        fact(US, "imports", "growth", -3.1, "percent", APR, "3.1", "Consumer goods imports declined 3.1%",
             product="consumer goods", basis="mom"),
        fact(US, "imports", "growth", -2.4, "percent", APR, "2.4",
             "imports of industrial supplies and materials, a category that includes crude oil, dropped 2.4%",
             product="industrial supplies and materials", basis="mom"),
        fact(US, "exports", "value", 181.6e9, "USD", APR, "181.6 billion",
             "goods sales abroad fell by $3.7 billion to $181.6 billion"),
        fact(US, "exports", "value", 10.4e9, "USD", APR, "10.4 billion", "Shipments of petroleum abroad sank to $10.4 billion",
             product="petroleum"),
        fact(US, "exports", "growth", 1.8, "percent", APR, "1.8", "capital goods exports increased 1.8% on the month",
             product="capital goods", basis="mom"),
        # Services
        fact(US, "balance", "value", 25.1e9, "USD", APR, "25.1 billion",
             "The surplus in services held steady at $25.1 billion", product="services"),
        fact(US, "exports", "value", 102.5e9, "USD", APR, "102.5 billion",
             "Services exports climbed to $102.5 billion", product="services"),
        # Partners (goods)
        fact(US, "balance", "value", -14.2e9, "USD", APR, "14.2 billion",
             "The goods deficit with China, a figure closely watched in Washington politics, shrank $1.8 billion to $14.2 billion",
             partner="China"),
        fact(US, "balance", "growth", 12.3, "percent", APR, "12.3", TAIWAN, partner="Taiwan", basis="mom"),
        fact(US, "balance", "value", -17.6e9, "USD", APR, "17.6 billion", TAIWAN, partner="Taiwan"),
        fact(US, "imports", "value", 23.9e9, "USD", APR, "23.9 billion",
             "lifted imports from the island to $23.9 billion", partner="Taiwan"),
        fact(US, "balance", "value", -15.3e9, "USD", APR, "15.3 billion", "Vietnam accounted for a $15.3 billion deficit",
             partner="Vietnam"),
        fact(US, "balance", "value", -17.9e9, "USD", APR, "17.9 billion", "the shortfall with Mexico increased to $17.9 billion",
             partner="Mexico"),
        fact(US, "balance", "value", -18.4e9, "USD", APR, "18.4 billion",
             "With the European Union, the U.S. recorded an $18.4 billion goods deficit",
             partner="European Union"),
        fact(US, "exports", "value", 31.6e9, "USD", APR, "31.6 billion",
             "a rise in exports to the bloc to $31.6 billion", partner="European Union"),
        fact(US, "balance", "value", -3.1e9, "USD", APR, "3.1 billion", "The shortfall with Canada narrowed to $3.1 billion",
             partner="Canada"),
        # Year to date
        fact(US, "balance", "value", -241.3e9, "USD", JAN_APR, "241.3 billion", YTD, product=GS),
        fact(US, "balance", "growth", -47.1, "percent", JAN_APR, "47.1", YTD, product=GS),
    ],
}
