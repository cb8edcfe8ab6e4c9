from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
YTD = period(2025, 1, 7)
US = "United States"
GS = "goods and services"
E_HEAD = "deficit in goods and services trade widened 32.5% from the previous month to $78.3 billion in July"
E_GOODS_DEF = "The goods deficit increased $18.2 billion to $103.9 billion"
E_YTD = "the combined goods and services deficit reached $661.6 billion, up 31.2% from the same period of 2024"
E_YTD_XM = "Exports were 5.8% higher over that span and imports 11.3% higher."

ARTICLE = {
    "id": "dA3_01_us_census_jul2025",
    "title": "U.S. trade gap widens 32.5% in July as gold and computer imports pour in",
    "publisher": "Freight & Trade Weekly",
    "published": "2025-09-04",
    "notes": [
        "Goods-only figures carry product null (the corpus convention, guide 1.1: null when the figure is not restricted beyond trade in goods); goods and services together carry `goods and services`, services alone `services`.",
        "US headline figures (total exports, imports, balance) cover goods and services: product 'goods and services'; "
        "goods-only and services-only figures carry product 'goods' / 'services'; Census country detail is goods only: product 'goods'.",
        "'widened 32.5% from the previous month': growth of a deficit follows its verb, +32.5, basis mom. The parser reads the "
        "nearest cue 'deficit' and gives -32.5: parser limitation, label kept.",
        "'$78.3 billion' and 'to $103.9 billion' are deficits (negative balances); the parser sees no cue between the preceding "
        "number and the value and reads them positive: parser limitation, label kept.",
        "June's revised deficit ($59.1 billion) is labelled as a June balance fact.",
        "Forecast 'gap of about $75.7 billion': analysts' forecast, out.",
        "'Compared with June:' sets a mom frame for the bullet list; bullet growth rates are basis mom.",
        "Absolute changes ('increased $18.2 billion', 'slipped $1.1 billion', 'grew by $7.6 billion' with Switzerland): "
        "derived comparisons, out. 'more than half of the monthly increase': contribution, out.",
        "'the shortfall with the European Union $21.5 billion': a deficit, negative; the parser has no cue word for "
        "'shortfall' and reads it positive: parser limitation, label kept.",
        "Year-to-date figures: first seven months of 2025 (Jan-Jul). Exports/imports 5.8% and 11.3% are goods and services.",
        "GDP 3.3% annualized, 'steepest monthly climb since March', 'highest on record', years: out.",
    ],
    "facts": [
        fact(US, "balance", "growth", 32.5, "percent", JUL, "32.5", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -78.3e9, "USD", JUL, "78.3 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -59.1e9, "USD", JUN, "59.1 billion",
             "June's shortfall was revised to a deficit of $59.1 billion", product=GS),
        fact(US, "exports", "growth", 0.3, "percent", JUL, "0.3",
             "Total exports rose 0.3% on the month to $280.5 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 280.5e9, "USD", JUL, "280.5 billion",
             "Total exports rose 0.3% on the month to $280.5 billion", product=GS),
        fact(US, "imports", "growth", 5.9, "percent", JUL, "5.9",
             "Imports, by contrast, jumped 5.9% to $358.8 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 358.8e9, "USD", JUL, "358.8 billion",
             "Imports, by contrast, jumped 5.9% to $358.8 billion", product=GS),
        fact(US, "balance", "value", -103.9e9, "USD", JUL, "103.9 billion", E_GOODS_DEF),
        fact(US, "balance", "value", 25.6e9, "USD", JUL, "25.6 billion",
             "the services surplus slipped $1.1 billion to $25.6 billion", product="services"),
        fact(US, "exports", "value", 179.4e9, "USD", JUL, "179.4 billion",
             "Goods exports: $179.4 billion, up 0.1%"),
        fact(US, "exports", "growth", 0.1, "percent", JUL, "0.1",
             "Goods exports: $179.4 billion, up 0.1%", basis="mom"),
        fact(US, "exports", "value", 101.0e9, "USD", JUL, "101.0 billion",
             "Services exports: $101.0 billion", product="services"),
        fact(US, "imports", "value", 283.3e9, "USD", JUL, "283.3 billion",
             "Goods imports: $283.3 billion, up 6.9%"),
        fact(US, "imports", "growth", 6.9, "percent", JUL, "6.9",
             "Goods imports: $283.3 billion, up 6.9%", basis="mom"),
        fact(US, "imports", "value", 75.5e9, "USD", JUL, "75.5 billion",
             "Services imports: $75.5 billion", product="services"),
        fact(US, "exports", "value", 59.9e9, "USD", JUL, "59.9 billion",
             "Exports of capital goods reached $59.9 billion", product="capital goods"),
        fact(US, "balance", "value", -14.7e9, "USD", JUL, "14.7 billion",
             "The goods deficit with China widened to $14.7 billion", partner="China"),
        fact(US, "imports", "value", 24.7e9, "USD", JUL, "24.7 billion",
             "imports from China rose to $24.7 billion", partner="China"),
        fact(US, "exports", "value", 10.0e9, "USD", JUL, "10.0 billion",
             "exports to China held at $10.0 billion", partner="China"),
        fact(US, "balance", "value", -16.6e9, "USD", JUL, "16.6 billion",
             "The deficit with Mexico was $16.6 billion", partner="Mexico"),
        fact(US, "balance", "value", -21.5e9, "USD", JUL, "21.5 billion",
             "the shortfall with the European Union $21.5 billion", partner="European Union"),
        fact(US, "balance", "value", -661.6e9, "USD", YTD, "661.6 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", 31.2, "percent", YTD, "31.2", E_YTD, product=GS),
        fact(US, "exports", "growth", 5.8, "percent", YTD, "5.8", E_YTD_XM, product=GS),
        fact(US, "imports", "growth", 11.3, "percent", YTD, "11.3", E_YTD_XM, product=GS),
    ],
}
