from _fact import fact, period

Y = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
Y15 = period(2015, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
CN = "China"
ST = "steel"
E_DEC = "That was up 13.2% from November's 9.98 million tons and 16.1% higher than a year earlier."
E_YEAR = "the world's biggest steel producer sent 119.02 million tons overseas, a gain of 7.5%"
E_VAL = "The value of those exports, however, slipped 2.6% to $80.8 billion"
E_IMP = "China took in 6.05 million tons of steel, 11.1% less than a year before"
E_VN = ("Vietnam remained the largest single destination, taking 9.1 million tons, although that was 28.7% less "
        "than in 2024")
E_VN_SH = "Its share of China's exports shrank to 7.6% from 11.5%."
E_KR = "South Korea, the second-biggest buyer, took 7.2 million tons, down 12.1%, or 6.0% of the total"
E_ME = "Shipments to the Middle East climbed 21.4% to 16.8 million tons, or 14.1% of the total"
E_BIL = ("Exports of billets and other semi-finished steel, which are reported separately and are not included in "
         "the headline total, jumped 142% to 9.4 million tons")
E_ORE = "China's iron ore imports climbed 1.8% to an all-time high of 1.26 billion tons in 2025"
E_ORE_DEC = "In December alone 119.65 million tons arrived, 8.2% more than in November."

ARTICLE = {
    "id": "dAM1_05_china_steel_exports_2025",
    "title": "China's steel exports hit record 119 million tons in 2025 as December shipments surge",
    "publisher": "Asia Metals Wire",
    "published": "2026-01-14",
    "notes": [
        "Dateline Jan 14, published 2026-01-14: 'December' = December 2025, 'Across 2025 as a whole' = 2025.",
        "Every steel figure carries product 'steel' (the article's product, 'steel' in the text); iron ore imports product 'iron ore'; billets product 'semi-finished steel'.",
        "Headline '119 million tons' is the body's 119.02 million tons rounded: labelled once with the body figure.",
        "'up 13.2% from November's 9.98 million tons': mom growth for December, and November's quantity is a stated figure for 2025-11, labelled.",
        "'16.1% higher than a year earlier': December yoy.",
        "'the 112.4 million tons reached in 2015, the previous high': a stated quantity of China's steel exports in 2015, labelled with period 2015.",
        "Average prices ($679 and $749 a ton), rebar and iron ore prices, the 0.4% fall in futures: prices, not trade flows, out.",
        "'some 300 steel product codes' needing licences: not a trade flow, out.",
        "Duties of 27.83%, 38.02%, 50% (EU) and 50% (Mexico): trade-defence rates, not trade figures, out.",
        "Vietnam 'largest single destination' -> rank 1 (the Middle East is a region, larger in tonnage, but the text ranks single countries); South Korea 'second-biggest buyer' -> rank 2.",
        "'28.7% less than in 2024': a fall, -28.7 (yoy for 2025).",
        "'Its share ... shrank to 7.6% from 11.5%': Vietnam's share 7.6 for 2025 and 11.5 for 2024 (a stated earlier-year share, labelled).",
        "'or 6.0% of the total' and 'or 14.1% of the total': shares of China's total steel exports for South Korea and the Middle East.",
        "Billets: text says they are outside the headline total; labelled as their own product with quantity 9.4 million tons and growth 142.",
        "Iron ore: 1.26 billion tons and 1.8% for 2025; December 119.65 million tons and '8.2% more than in November' (mom).",
        "Analyst's forecast of around 105 million tons in 2026: forecast, out. 'fifth straight year' of lower crude steel output: not a trade flow and a streak, out.",
        "Steel imports 6.05 million tons, '11.1% less than a year before': product 'steel', flow imports, 2025.",
        "'the world's biggest steel producer' (production, not trade), 'first weeks of 2026', 'second quarter', dates (Jan 14, Jan. 1): out.",
    ],
    "facts": [
        fact(CN, "exports", "quantity", 11.3e6, "tonnes", DEC, "11.3 million",
             "December's outbound steel volume of 11.3 million metric tons beat every earlier monthly total", product=ST),
        fact(CN, "exports", "growth", 13.2, "percent", DEC, "13.2", E_DEC, product=ST, basis="mom"),
        fact(CN, "exports", "quantity", 9.98e6, "tonnes", NOV, "9.98 million", E_DEC, product=ST),
        fact(CN, "exports", "growth", 16.1, "percent", DEC, "16.1", E_DEC, product=ST),
        fact(CN, "exports", "quantity", 119.02e6, "tonnes", Y, "119.02 million", E_YEAR, product=ST),
        fact(CN, "exports", "growth", 7.5, "percent", Y, "7.5", E_YEAR, product=ST),
        fact(CN, "exports", "quantity", 112.4e6, "tonnes", Y15, "112.4 million",
             "took the total past the 112.4 million tons reached in 2015, the previous high", product=ST),
        fact(CN, "exports", "value", 80.8e9, "USD", Y, "80.8 billion", E_VAL, product=ST),
        fact(CN, "exports", "growth", -2.6, "percent", Y, "2.6", E_VAL, product=ST),
        fact(CN, "imports", "quantity", 6.05e6, "tonnes", Y, "6.05 million", E_IMP, product=ST),
        fact(CN, "imports", "growth", -11.1, "percent", Y, "11.1", E_IMP, product=ST),
        fact(CN, "exports", "rank", 1, "number", Y, "largest", E_VN, partner="Vietnam", product=ST),
        fact(CN, "exports", "quantity", 9.1e6, "tonnes", Y, "9.1 million", E_VN, partner="Vietnam", product=ST),
        fact(CN, "exports", "growth", -28.7, "percent", Y, "28.7", E_VN, partner="Vietnam", product=ST),
        fact(CN, "exports", "share", 7.6, "percent", Y, "7.6", E_VN_SH, partner="Vietnam", product=ST),
        fact(CN, "exports", "share", 11.5, "percent", Y24, "11.5", E_VN_SH, partner="Vietnam", product=ST),
        fact(CN, "exports", "rank", 2, "number", Y, "second-biggest", E_KR, partner="South Korea", product=ST),
        fact(CN, "exports", "quantity", 7.2e6, "tonnes", Y, "7.2 million", E_KR, partner="South Korea", product=ST),
        fact(CN, "exports", "growth", -12.1, "percent", Y, "12.1", E_KR, partner="South Korea", product=ST),
        fact(CN, "exports", "share", 6.0, "percent", Y, "6.0", E_KR, partner="South Korea", product=ST),
        fact(CN, "exports", "growth", 21.4, "percent", Y, "21.4", E_ME, partner="Middle East", product=ST),
        fact(CN, "exports", "quantity", 16.8e6, "tonnes", Y, "16.8 million", E_ME, partner="Middle East", product=ST),
        fact(CN, "exports", "share", 14.1, "percent", Y, "14.1", E_ME, partner="Middle East", product=ST),
        fact(CN, "exports", "growth", 18.9, "percent", Y, "18.9", "exports to Africa rose 18.9%", partner="Africa", product=ST),
        fact(CN, "exports", "quantity", 9.4e6, "tonnes", Y, "9.4 million", E_BIL, product="semi-finished steel"),
        fact(CN, "exports", "growth", 142, "percent", Y, "142", E_BIL, product="semi-finished steel"),
        fact(CN, "imports", "quantity", 1.26e9, "tonnes", Y, "1.26 billion", E_ORE, product="iron ore"),
        fact(CN, "imports", "growth", 1.8, "percent", Y, "1.8", E_ORE, product="iron ore"),
        fact(CN, "imports", "quantity", 119.65e6, "tonnes", DEC, "119.65 million", E_ORE_DEC, product="iron ore"),
        fact(CN, "imports", "growth", 8.2, "percent", DEC, "8.2", E_ORE_DEC, product="iron ore", basis="mom"),
    ],
}
