from _fact import fact, period

US = "United States"
OCT = period(2026, 10)
SEP = period(2026, 9)
YTD = period(2026, 1, 10)
GS = "goods and services"

E_HEAD = ("the shortfall in goods and services trade reached $61.4 billion, "
          "a 9.8% increase on September's revised $55.9 billion")
E_FLOWS = ("Compared with the previous month, purchases of foreign goods and services advanced 1.0% to $341.0 "
           "billion, while sales abroad dipped 0.7% to $279.6 billion")
E_PETRO = "On a monthly basis, petroleum exports dropped 4.6% to $11.8 billion"
E_CAPX = "exports of capital goods increased 2.3% to $52.7 billion"
E_CAPM = "Imports of capital goods jumped 3.1% to $121.4 billion"
E_CONS = "Consumer goods imports rose $2.6 billion, or 3.9%, to $68.9 billion"
E_EU = "the goods deficit with the European Union was the biggest, at $21.3 billion, followed by Mexico at $18.6 billion"
E_CN = "The gap with China narrowed 4.4% from September to $17.2 billion, leaving it in third place"
E_YTD = ("So far this year, the deficit in goods and services has shrunk 12.8% from the same period of 2025 "
         "to $742.5 billion")
E_YOY = "Compared with October 2025, exports of goods and services were 5.2% higher, while imports were down 3.4%"

ARTICLE = {
    "id": "dBP2_01",
    "title": "US trade deficit widens in October as capital goods imports hit record",
    "publisher": None,
    "published": "2026-12-03",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Census/BEA monthly releases and wire "
        "stories of 2023-2025 (deficit near $55-80 billion, exports near $280 billion, services surplus near "
        "$18-25 billion, bilateral goods gaps with the EU, Mexico, China and Vietnam in the $15-25 billion range). "
        "Invented: every figure. Derived and checked: exports 279.6 - imports 341.0 = -61.4; goods 183.2 + "
        "services 96.4 = 279.6; goods 262.5 + services 78.5 = 341.0; goods balance 183.2 - 262.5 = -79.3; services "
        "96.4 - 78.5 = 17.9; -79.3 + 17.9 = -61.4; 61.4/55.9 = +9.8%; China 8.4 - 25.6 = -17.2; ranks EU 21.3 > "
        "Mexico 18.6 > China 17.2 > Vietnam 15.9.",
        "Judgement calls: publisher null (the text names Reuters only as the source of a poll, not as its outlet). the headline deficit and flows of goods and services carry product 'goods and services'; "
        "goods-only figures (goods exports/imports, goods deficit, bilateral goods deficits, end-use categories) "
        "have product null or the category; services figures product 'services'. Month-on-month basis from the "
        "frames 'on September's revised', 'Compared with the previous month', 'On a monthly basis' (carried "
        "through that paragraph, so capital goods and consumer goods rates are mom) and 'from September'. "
        "'So far this year' = January-October 2026 (data run through October); 'Compared with October 2025' is a "
        "comparison base, so those two rates are yoy for 2026-10. Ranks of bilateral deficits ('the biggest', "
        "'third place') labelled as balance ranks. The deficit with Vietnam is stated as a deficit ('ran a deficit "
        "of'), so negative.",
        "Not facts: $58.0 billion (Reuters poll forecast); $5.4 billion, $0.1 billion and $2.6 billion (month-on-"
        "month dollar changes, derived comparisons); 0.3 percentage point (GDP contribution); $57 billion "
        "(economist's forecast); 10-year Treasury notes; the years 2025 in 'ahead of the 2025 tariff increases'. "
        "'the highest on record' is a milestone without a number.",
        "Copy check: 10 sentences searched (headline, lead, headline-deficit sentence, capital goods imports, "
        "consumer goods imports, petroleum/capital goods exports, bilateral paragraph, year-to-date sentence, "
        "economist, markets), 2 reworded (the Census-style 'goods deficit increased $X to $Y' / services surplus "
        "sentence, and the 'Economists polled by Reuters had forecast' sentence).",
        "Second check: 21 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -61.4e9, "USD", OCT, "$61.4 billion", E_HEAD, product=GS),
        fact(US, "balance", "growth", 9.8, "percent", OCT, "9.8", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -55.9e9, "USD", SEP, "$55.9 billion", E_HEAD, product=GS),
        fact(US, "exports", "value", 279.6e9, "USD", OCT, "$279.6 billion", E_FLOWS, product=GS),
        fact(US, "exports", "growth", -0.7, "percent", OCT, "0.7", E_FLOWS, product=GS, basis="mom"),
        fact(US, "imports", "value", 341.0e9, "USD", OCT, "$341.0 billion", E_FLOWS, product=GS),
        fact(US, "imports", "growth", 1.0, "percent", OCT, "1.0", E_FLOWS, product=GS, basis="mom"),
        fact(US, "exports", "value", 183.2e9, "USD", OCT, "$183.2 billion",
             "Goods exports came in at $183.2 billion"),
        fact(US, "exports", "value", 96.4e9, "USD", OCT, "$96.4 billion",
             "Goods exports came in at $183.2 billion and services exports at $96.4 billion", product="services"),
        fact(US, "imports", "value", 262.5e9, "USD", OCT, "$262.5 billion", "goods imports reached $262.5 billion"),
        fact(US, "imports", "value", 78.5e9, "USD", OCT, "$78.5 billion",
             "goods imports reached $262.5 billion and services imports $78.5 billion", product="services"),
        fact(US, "balance", "value", -79.3e9, "USD", OCT, "$79.3 billion",
             "The deficit on goods alone came to $79.3 billion"),
        fact(US, "balance", "value", 17.9e9, "USD", OCT, "$17.9 billion",
             "In services, where the United States sells more than it buys, the surplus came to $17.9 billion",
             product="services"),
        fact(US, "exports", "value", 11.8e9, "USD", OCT, "$11.8 billion", E_PETRO, product="petroleum"),
        fact(US, "exports", "growth", -4.6, "percent", OCT, "4.6", E_PETRO, product="petroleum", basis="mom"),
        fact(US, "exports", "value", 52.7e9, "USD", OCT, "$52.7 billion", E_CAPX, product="capital goods"),
        fact(US, "exports", "growth", 2.3, "percent", OCT, "2.3", E_CAPX, product="capital goods", basis="mom"),
        fact(US, "imports", "value", 121.4e9, "USD", OCT, "$121.4 billion", E_CAPM, product="capital goods"),
        fact(US, "imports", "growth", 3.1, "percent", OCT, "3.1", E_CAPM, product="capital goods", basis="mom"),
        fact(US, "imports", "value", 68.9e9, "USD", OCT, "$68.9 billion", E_CONS, product="consumer goods"),
        fact(US, "imports", "growth", 3.9, "percent", OCT, "3.9", E_CONS, product="consumer goods", basis="mom"),
        fact(US, "balance", "value", -21.3e9, "USD", OCT, "$21.3 billion", E_EU, partner="European Union"),
        fact(US, "balance", "rank", 1, "number", OCT, "biggest",
             "the goods deficit with the European Union was the biggest", partner="European Union"),
        fact(US, "balance", "value", -18.6e9, "USD", OCT, "$18.6 billion", E_EU, partner="Mexico"),
        fact(US, "balance", "value", -17.2e9, "USD", OCT, "$17.2 billion", E_CN, partner="China"),
        fact(US, "balance", "growth", -4.4, "percent", OCT, "4.4", E_CN, partner="China", basis="mom"),
        fact(US, "balance", "rank", 3, "number", OCT, "third", E_CN, partner="China"),
        fact(US, "balance", "value", -15.9e9, "USD", OCT, "$15.9 billion",
             "ahead of Vietnam, with which the United States ran a deficit of $15.9 billion", partner="Vietnam"),
        fact(US, "exports", "value", 8.4e9, "USD", OCT, "$8.4 billion", "Exports to China rose to $8.4 billion",
             partner="China"),
        fact(US, "imports", "value", 25.6e9, "USD", OCT, "$25.6 billion", "imports from China eased to $25.6 billion",
             partner="China"),
        fact(US, "balance", "value", -742.5e9, "USD", YTD, "$742.5 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", -12.8, "percent", YTD, "12.8", E_YTD, product=GS),
        fact(US, "exports", "growth", 5.2, "percent", OCT, "5.2", E_YOY, product=GS),
        fact(US, "imports", "growth", -3.4, "percent", OCT, "3.4", E_YOY, product=GS),
    ],
}
