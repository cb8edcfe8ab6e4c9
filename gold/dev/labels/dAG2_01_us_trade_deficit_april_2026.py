from _fact import fact, period

US = "United States"
GS = "goods and services"
APR = period(2026, 4)
MAR = period(2026, 3)
JAN_APR = period(2026, 1, 4)

HEAD = "The goods and services trade deficit increased 9.6% to $63.8 billion from a revised $58.2 billion in March"
IMPORTS = "Imports edged up 0.6% to $347.9 billion"
EXPORTS = "exports fell 1.2% to $284.1 billion"
GOODS_GAP = "The goods trade deficit widened 6.7% from March to $88.9 billion"
TAIWAN = "The shortfall with Taiwan widened 12.3% from March to a record $17.6 billion"
YTD = "So far this year, the trade deficit has totaled $241.3 billion, down 47.1% from the same period in 2025"

ARTICLE = {
    "id": "dAG2_01_us_trade_deficit_april_2026",
    "title": "US trade deficit widens in April as AI-driven imports hit record",
    "publisher": "Reuters",
    "published": "2026-06-04",
    "notes": [
        "Area United States throughout (dateline WASHINGTON, Commerce Department data).",
        "The headline deficit, imports and exports of paragraph 2 are goods and services (the paragraph opens "
        "with 'The goods and services trade deficit'): product 'goods and services'. The year-to-date 'trade "
        "deficit' is the same goods-and-services headline measure: product 'goods and services'.",
        "Month-on-month: paragraph 2 compares with 'a revised $58.2 billion in March', so its growth rates "
        "(9.6, 0.6, -1.2) are mom; the goods paragraph opens 'widened 6.7% from March', so 6.7, -3.1 and -2.4 "
        "are mom; 'rose 1.8% on the month' is mom; 'widened 12.3% from March' is mom. The year-to-date 47.1% is "
        "yoy ('from the same period in 2025').",
        "'$58.2 billion in March' is the revised March deficit: its own fact with period 2026-03.",
        "Deficit growth follows its verb: 'increased 9.6%' -> +9.6, 'widened 6.7%' -> +6.7, 'widened 12.3%' -> "
        "+12.3; the year-to-date deficit 'down 47.1%' -> -47.1.",
        "Goods-only figures (goods deficit, goods imports/exports, categories, partner balances) take product "
        "null or the category named; services figures take 'services'.",
        "'the island' = Taiwan (imports from Taiwan, $23.9 billion). 'the bloc' = European Union (exports, "
        "$31.6 billion).",
        "Product names in the text's words: 'capital goods', 'computers and accessories', 'consumer goods', "
        "'industrial supplies and materials', 'petroleum'.",
        "Out of scope, unlabelled: dollar changes ('increased $1.9 billion', 'jumped $4.6 billion', 'dropped $3.7 "
        "billion', 'narrowed $1.8 billion') are derived comparisons the record cannot express; the values they "
        "move to are labelled. Reuters poll forecast of $61.5 billion (forecast). 0.9 percentage point GDP "
        "subtraction, 1.8% GDP growth, Atlanta Fed 2.6% GDP estimate (not trade flows / forecast). 'lowest since "
        "February 2021', 'all-time high', 'record' (milestones; the values are labelled). Inflation-adjusted goods "
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
             "Goods imports increased $1.9 billion to $270.5 billion"),
        fact(US, "imports", "value", 104.3e9, "USD", APR, "104.3 billion",
             "Capital goods imports jumped $4.6 billion to an all-time high of $104.3 billion",
             product="capital goods"),
        fact(US, "imports", "value", 33.9e9, "USD", APR, "33.9 billion",
             "imports of computers and accessories alone rose to $33.9 billion",
             product="computers and accessories"),
        fact(US, "imports", "growth", -3.1, "percent", APR, "3.1", "Imports of consumer goods fell 3.1%",
             product="consumer goods", basis="mom"),
        fact(US, "imports", "growth", -2.4, "percent", APR, "2.4",
             "imports of industrial supplies and materials, which include crude oil, declined 2.4%",
             product="industrial supplies and materials", basis="mom"),
        fact(US, "exports", "value", 181.6e9, "USD", APR, "181.6 billion",
             "Goods exports dropped $3.7 billion to $181.6 billion"),
        fact(US, "exports", "value", 10.4e9, "USD", APR, "10.4 billion", "Petroleum exports slid to $10.4 billion",
             product="petroleum"),
        fact(US, "exports", "growth", 1.8, "percent", APR, "1.8", "Exports of capital goods rose 1.8% on the month",
             product="capital goods", basis="mom"),
        # Services
        fact(US, "balance", "value", 25.1e9, "USD", APR, "25.1 billion",
             "The services surplus was unchanged at $25.1 billion", product="services"),
        fact(US, "exports", "value", 102.5e9, "USD", APR, "102.5 billion",
             "Exports of services rose to $102.5 billion", product="services"),
        # Partners (goods)
        fact(US, "balance", "value", -14.2e9, "USD", APR, "14.2 billion",
             "The politically sensitive goods trade deficit with China narrowed $1.8 billion to $14.2 billion",
             partner="China"),
        fact(US, "balance", "growth", 12.3, "percent", APR, "12.3", TAIWAN, partner="Taiwan", basis="mom"),
        fact(US, "balance", "value", -17.6e9, "USD", APR, "17.6 billion", TAIWAN, partner="Taiwan"),
        fact(US, "imports", "value", 23.9e9, "USD", APR, "23.9 billion",
             "imports from the island climbed to $23.9 billion", partner="Taiwan"),
        fact(US, "balance", "value", -15.3e9, "USD", APR, "15.3 billion", "The deficit with Vietnam was $15.3 billion",
             partner="Vietnam"),
        fact(US, "balance", "value", -17.9e9, "USD", APR, "17.9 billion", "the gap with Mexico rose to $17.9 billion",
             partner="Mexico"),
        fact(US, "balance", "value", -18.4e9, "USD", APR, "18.4 billion",
             "The United States ran an $18.4 billion goods deficit with the European Union",
             partner="European Union"),
        fact(US, "exports", "value", 31.6e9, "USD", APR, "31.6 billion",
             "exports to the bloc increased to $31.6 billion", partner="European Union"),
        fact(US, "balance", "value", -3.1e9, "USD", APR, "3.1 billion", "The deficit with Canada shrank to $3.1 billion",
             partner="Canada"),
        # Year to date
        fact(US, "balance", "value", -241.3e9, "USD", JAN_APR, "241.3 billion", YTD, product=GS),
        fact(US, "balance", "growth", -47.1, "percent", JAN_APR, "47.1", YTD, product=GS),
    ],
}
