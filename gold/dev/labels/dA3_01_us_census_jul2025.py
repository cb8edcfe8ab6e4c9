from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
YTD = period(2025, 1, 7)
US = "United States"
GS = "goods and services"
E_HEAD = "the shortfall in America's trade in goods and services swelled to $78.3 billion in July, a 32.5% increase on the month"
E_GOODS_DEF = "the deficit on goods reached $103.9 billion"
E_YTD = "the deficit on goods and services together totaled $661.6 billion, a 31.2% increase over the matching months of 2024"
E_YTD_XM = "exports gained 5.8% and imports 11.3%"

ARTICLE = {
    "id": "dA3_01_us_census_jul2025",
    "title": "Inflows of gold and computers push U.S. trade gap up 32.5% in July",
    "publisher": "Freight & Trade Weekly",
    "published": "2025-09-04",
    "notes": [
        "Goods-only figures carry product null (the corpus convention, guide 1.1: null when the figure is not restricted beyond trade in goods); goods and services together carry `goods and services`, services alone `services`.",
        "US headline figures (total exports, imports, balance) cover goods and services: product 'goods and services'; "
        "goods-only and services-only figures carry product 'goods' / 'services'; Census country detail is goods only: product 'goods'.",
        "'swelled to $78.3 billion in July, a 32.5% increase on the month': growth of a deficit follows its verb, +32.5, basis mom.",
        "'$78.3 billion' and 'the deficit on goods reached $103.9 billion' are deficits (negative balances).",
        "June's revised deficit ($59.1 billion) is labelled as a June balance fact.",
        "Forecast 'the gap to come in near $75.7 billion': analysts' forecast, out.",
        "'Against the June figures:' sets a mom frame for the bullet list; bullet growth rates are basis mom.",
        "Absolute changes ('$18.2 billion more than in June', 'eased by $1.1 billion', 'expanded by $7.6 billion' with Switzerland): "
        "derived comparisons, out. 'over half of the month's rise': contribution, out.",
        "'a $21.5 billion deficit with the European Union': a deficit, negative.",
        "Year-to-date figures: first seven months of 2025 (Jan-Jul). Exports/imports 5.8% and 11.3% are goods and services.",
        "GDP 3.3% annualized, 'largest one-month gain since March', 'an all-time high', years: out.",
    ],
    "facts": [
        fact(US, "balance", "growth", 32.5, "percent", JUL, "32.5", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -78.3e9, "USD", JUL, "78.3 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -59.1e9, "USD", JUN, "59.1 billion",
             "the June figure now stands at a revised deficit of $59.1 billion", product=GS),
        fact(US, "exports", "growth", 0.3, "percent", JUL, "0.3",
             "Exports in total edged 0.3% higher from June, reaching $280.5 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 280.5e9, "USD", JUL, "280.5 billion",
             "Exports in total edged 0.3% higher from June, reaching $280.5 billion", product=GS),
        fact(US, "imports", "growth", 5.9, "percent", JUL, "5.9",
             "imports surged 5.9% to $358.8 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 358.8e9, "USD", JUL, "358.8 billion",
             "imports surged 5.9% to $358.8 billion", product=GS),
        fact(US, "balance", "value", -103.9e9, "USD", JUL, "103.9 billion", E_GOODS_DEF),
        fact(US, "balance", "value", 25.6e9, "USD", JUL, "25.6 billion",
             "the services surplus eased by $1.1 billion to $25.6 billion", product="services"),
        fact(US, "exports", "value", 179.4e9, "USD", JUL, "179.4 billion",
             "Exports of goods: $179.4 billion, a 0.1% rise"),
        fact(US, "exports", "growth", 0.1, "percent", JUL, "0.1",
             "Exports of goods: $179.4 billion, a 0.1% rise", basis="mom"),
        fact(US, "exports", "value", 101.0e9, "USD", JUL, "101.0 billion",
             "Exports of services: $101.0 billion", product="services"),
        fact(US, "imports", "value", 283.3e9, "USD", JUL, "283.3 billion",
             "Imports of goods: $283.3 billion, a 6.9% rise"),
        fact(US, "imports", "growth", 6.9, "percent", JUL, "6.9",
             "Imports of goods: $283.3 billion, a 6.9% rise", basis="mom"),
        fact(US, "imports", "value", 75.5e9, "USD", JUL, "75.5 billion",
             "Imports of services: $75.5 billion", product="services"),
        fact(US, "exports", "value", 59.9e9, "USD", JUL, "59.9 billion",
             "Capital goods exports, another record at $59.9 billion", product="capital goods"),
        fact(US, "balance", "value", -14.7e9, "USD", JUL, "14.7 billion",
             "With China, the goods deficit grew to $14.7 billion", partner="China"),
        fact(US, "imports", "value", 24.7e9, "USD", JUL, "24.7 billion",
             "U.S. imports of Chinese goods increased to $24.7 billion", partner="China"),
        fact(US, "exports", "value", 10.0e9, "USD", JUL, "10.0 billion",
             "sales to China were flat at $10.0 billion", partner="China"),
        fact(US, "balance", "value", -16.6e9, "USD", JUL, "16.6 billion",
             "a $16.6 billion deficit with Mexico", partner="Mexico"),
        fact(US, "balance", "value", -21.5e9, "USD", JUL, "21.5 billion",
             "a $21.5 billion deficit with the European Union", partner="European Union"),
        fact(US, "balance", "value", -661.6e9, "USD", YTD, "661.6 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", 31.2, "percent", YTD, "31.2", E_YTD, product=GS),
        fact(US, "exports", "growth", 5.8, "percent", YTD, "5.8", E_YTD_XM, product=GS),
        fact(US, "imports", "growth", 11.3, "percent", YTD, "11.3", E_YTD_XM, product=GS),
    ],
}
