from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
YTD = period(2025, 1, 7)
YTD24 = period(2024, 1, 7)
US = "United States"
GS = "goods and services"
E_HEAD = "the gap between the nation's imports and its exports grew 32.5% to $78.3 billion"
E_IMP = "Imports climbed to $358.8 billion, up 5.9% on the month."
E_EXP = "Exports were almost flat, edging 0.3% higher to $280.5 billion."
E_GOODS = "the goods deficit grew 21.2% from June to $103.9 billion."
E_GOODS_XM = "Inbound goods rose 6.9% to $283.3 billion, far outpacing outbound goods, which grew just 0.1% to $179.4 billion."
E_SERV = "its services surplus shrank 4% from the previous month to $25.6 billion"
E_CHINA = ("With China, the goods deficit reached $14.7 billion, up from $9.4 billion in June and its first increase in "
           "six months; purchases from China climbed to $24.7 billion, while sales to China stayed at $10.0 billion.")
E_RESP = ("The deficits with Mexico, Vietnam and the 27-nation European Union came to $16.6 billion, $16.1 billion "
          "and $8.6 billion, respectively.")
E_YTD = "the deficit totaled $659.1 billion, up 36.5% from $482.9 billion in the same period of 2024"
E_YTD_XM = "Exports are up 6% so far this year, imports 12.6%."

ARTICLE = {
    "id": "dAM2_01_us_trade_deficit_jul_2025",
    "title": "Importers racing to beat tariffs push July US trade gap up 32.5% to $78.3 billion",
    "publisher": "Associated Press",
    "published": "2025-09-04",
    "notes": [
        "Publisher from the dateline '(AP)'; published 2025-09-04 (the Thursday release of July data; the text gives no date, only 'Thursday').",
        "Headline 32.5% and $78.3 billion restate the body's first figures: labelled once, with body evidence.",
        "Headline balance, exports and imports are goods and services (the monthly BEA totals): product 'goods and services'.",
        "Goods-only figures (goods deficit, goods exports/imports, country deficits, which Census gives for goods) carry product null, per the corpus convention.",
        "'grew 32.5%' (measured against June) is growth of the deficit, sign follows the verb: +32.5, basis mom; '$78.3 billion' is a deficit: -78.3e9.",
        "'grew 21.2% from June' sets a mom frame for that paragraph: goods imports 6.9% and goods exports 0.1% are basis mom.",
        "Services surplus 'shrank 4% from the previous month': growth -4, basis mom, product services; value +25.6e9.",
        "Services exports record $101.0 billion and capital goods exports record $59.9 billion: July values ('record' is a milestone, out).",
        "Switzerland: '$7.6 billion more than a month earlier' is an absolute change (derived), out; '$7.7 billion' is the July goods deficit with Switzerland: -7.7e9.",
        "China: July deficit -14.7e9 and June deficit -9.4e9 ('from $9.4 billion in June': a June balance fact); 'first increase in six months' is a streak, out.",
        "Respectively list: Mexico, Vietnam, European Union deficits paired in order, all negative; '27-nation' is not a trade figure, out.",
        "Year to date: first seven months of 2025 (Jan-Jul): deficit -659.1e9, growth +36.5 yoy (deficit grew, verb 'up'); the 2024 comparison base '$482.9 billion in the same period of 2024' is labelled as a 2024-01..2024-07 balance fact.",
        "'Exports are up 6% so far this year, imports 12.6%': year-to-date goods and services growth, yoy; 'imports 12.6%' inherits 'up'.",
        "FactSet forecast ($75.7 billion) and the economist's expectation: forecasts, out.",
        "Tariff rates (39%, 10%, 15% to 50%, 25%), dates (Aug. 7), GDP rates (0.5%, 3.3%), 'widest since March': not trade figures, out.",
    ],
    "facts": [
        fact(US, "balance", "growth", 32.5, "percent", JUL, "32.5", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -78.3e9, "USD", JUL, "78.3 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -59.1e9, "USD", JUN, "59.1 billion",
             "The department revised June's deficit to $59.1 billion.", product=GS),
        fact(US, "imports", "growth", 5.9, "percent", JUL, "5.9", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 358.8e9, "USD", JUL, "358.8 billion", E_IMP, product=GS),
        fact(US, "exports", "growth", 0.3, "percent", JUL, "0.3", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 280.5e9, "USD", JUL, "280.5 billion", E_EXP, product=GS),
        fact(US, "balance", "growth", 21.2, "percent", JUL, "21.2", E_GOODS, basis="mom"),
        fact(US, "balance", "value", -103.9e9, "USD", JUL, "103.9 billion", E_GOODS),
        fact(US, "imports", "growth", 6.9, "percent", JUL, "6.9", E_GOODS_XM, basis="mom"),
        fact(US, "imports", "value", 283.3e9, "USD", JUL, "283.3 billion", E_GOODS_XM),
        fact(US, "exports", "growth", 0.1, "percent", JUL, "0.1", E_GOODS_XM, basis="mom"),
        fact(US, "exports", "value", 179.4e9, "USD", JUL, "179.4 billion", E_GOODS_XM),
        fact(US, "balance", "growth", -4, "percent", JUL, "4", E_SERV, product="services", basis="mom"),
        fact(US, "balance", "value", 25.6e9, "USD", JUL, "25.6 billion", E_SERV, product="services"),
        fact(US, "exports", "value", 101.0e9, "USD", JUL, "101.0 billion",
             "all-time-high services exports of $101.0 billion", product="services"),
        fact(US, "exports", "value", 59.9e9, "USD", JUL, "59.9 billion",
             "Capital goods such as aircraft engines and industrial machinery set their own export record, at $59.9 billion.",
             product="capital goods"),
        fact(US, "balance", "value", -7.7e9, "USD", JUL, "7.7 billion",
             "lifting America's deficit with that country to $7.7 billion, $7.6 billion more than a month earlier", partner="Switzerland"),
        fact(US, "balance", "value", -14.7e9, "USD", JUL, "14.7 billion", E_CHINA, partner="China"),
        fact(US, "balance", "value", -9.4e9, "USD", JUN, "9.4 billion", E_CHINA, partner="China"),
        fact(US, "imports", "value", 24.7e9, "USD", JUL, "24.7 billion", E_CHINA, partner="China"),
        fact(US, "exports", "value", 10.0e9, "USD", JUL, "10.0 billion", E_CHINA, partner="China"),
        fact(US, "balance", "value", -16.6e9, "USD", JUL, "16.6 billion", E_RESP, partner="Mexico"),
        fact(US, "balance", "value", -16.1e9, "USD", JUL, "16.1 billion", E_RESP, partner="Vietnam"),
        fact(US, "balance", "value", -8.6e9, "USD", JUL, "8.6 billion", E_RESP, partner="European Union"),
        fact(US, "balance", "value", -659.1e9, "USD", YTD, "659.1 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", 36.5, "percent", YTD, "36.5", E_YTD, product=GS),
        fact(US, "balance", "value", -482.9e9, "USD", YTD24, "482.9 billion", E_YTD, product=GS),
        fact(US, "exports", "growth", 6, "percent", YTD, "6", E_YTD_XM, product=GS),
        fact(US, "imports", "growth", 12.6, "percent", YTD, "12.6", E_YTD_XM, product=GS),
    ],
}
