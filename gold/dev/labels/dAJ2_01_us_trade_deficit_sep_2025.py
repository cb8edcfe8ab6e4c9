from _fact import fact, period

SEP = period(2025, 9)              # September 2025, the month the release covers
AUG = period(2025, 8)              # August 2025, the previous month
JAN_SEP = period(2025, 1, 9)       # "so far this year" / "the first nine months"

GS = "goods and services"
US = "United States"

GAP = "The gap in goods and services trade shrank 10.9% from the previous month to $52.8 billion"
AUG_REV = "The deficit for August was revised to $59.3 billion"
EXP = "Compared with August, exports of goods and services climbed 3.0% to $289.3 billion"
GEXP = "Goods exports jumped 4.9% to $187.6 billion"
SEXP = "Exports of services dipped 0.4% to $101.7 billion"
IMP = "Imports edged up 0.6% on the month to $342.1 billion"
GIMP = "Goods imports gained 0.7% to $266.6 billion"
SIMP = "Services imports were little changed at $75.5 billion"
YOY_GIMP = "Measured against September last year, goods imports were 5.9% lower"
YOY_EXP = "Measured against September last year, goods imports were 5.9% lower, while overall exports were up 5.7%"
GBAL = "The goods trade deficit decreased $7.1 billion to $79.0 billion"
SBAL = "The surplus on services trade slipped to $26.2 billion"
CHINA = "The goods deficit with China fell 11.6% from August to $15.0 billion"
CHINA_RANK = "China dropped to fourth place among the countries with which the United States runs its biggest goods shortfalls"
IRELAND = "The largest goods deficit was with Ireland, where many drugmakers have plants, at $18.2 billion"
MX_VN = "the gaps with Mexico and Vietnam stood at $17.4 billion and $16.6 billion, respectively"
EU = "The deficit with the European Union widened to $21.9 billion from $19.6 billion in August"
YTD = "So far this year, the goods and services deficit has increased 17.2% from the same period in 2024"
YTD_FLOWS = "Exports were up 5.2% in the first nine months, while imports grew 7.7%"

ARTICLE = {
    "id": "dAJ2_01_us_trade_deficit_sep_2025",
    "title": "U.S. trade deficit shrinks to five-year low in September as gold, drug exports surge",
    "publisher": "Reuters",
    "published": "2025-12-11",
    "notes": [
        "Area is United States throughout (Commerce Department release); the release month is September 2025 (lead, dateline Dec 11).",
        "Headline balance, total exports and total imports are goods and services combined (the text says 'goods and services'), so product='goods and services'; the YTD exports/imports sentence continues the goods-and-services YTD frame.",
        "Goods-only figures (goods exports/imports, goods deficit, country deficits) have product null; services figures product='services'.",
        "The 10.9% narrowing is a deficit that shrank: balance growth -10.9, basis mom ('from the previous month').",
        "Paragraph 4 opens 'Compared with August': its later figures (4.9, -0.4) carry basis mom. Paragraph 5 opens 'on the month' (0.6, 0.7 mom); its last sentence switches explicitly to yoy ('Measured against September last year'): goods imports -5.9 yoy, overall exports 5.7 yoy (goods and services).",
        "August deficit $59.3 billion and the EU deficit $19.6 billion 'in August' are stated observations for August 2025 and are labelled with period August.",
        "China deficit 'fell 11.6% from August': balance growth -11.6 mom; 'fourth place' among biggest goods deficits: rank 4 on the balance with China.",
        "'The largest goods deficit was with Ireland' is rank 1 on the balance with Ireland; Mexico/Vietnam ranks are only implied by ordering and are not labelled.",
        "EU deficit: no 'goods'/'services' word; country deficits in this paragraph set are goods, product left null.",
        "Out of scope: absolute changes in dollars ('rose by $6.1 billion' for gold, 'decreased $7.1 billion' for the goods deficit) - comparisons, not levels; Reuters poll forecast $63.3 billion; GDP 3.5% and 3.8%; tariff rates 10% to 50%; customs duties $29.5 billion (not a trade flow); analyst's 'above $60 billion' and the $65 billion Q4 expectation (forecasts); years 2020/2024.",
    ],
    "facts": [
        fact("United States", "balance", "growth", -10.9, "percent", SEP, "10.9", GAP, product=GS, basis="mom"),
        fact("United States", "balance", "value", -52.8e9, "USD", SEP, "52.8 billion", GAP, product=GS),
        fact("United States", "balance", "value", -59.3e9, "USD", AUG, "59.3 billion", AUG_REV, product=GS),
        fact("United States", "exports", "growth", 3.0, "percent", SEP, "3.0", EXP, product=GS, basis="mom"),
        fact("United States", "exports", "value", 289.3e9, "USD", SEP, "289.3 billion", EXP, product=GS),
        fact("United States", "exports", "growth", 4.9, "percent", SEP, "4.9", GEXP, basis="mom"),
        fact("United States", "exports", "value", 187.6e9, "USD", SEP, "187.6 billion", GEXP),
        fact("United States", "exports", "growth", -0.4, "percent", SEP, "0.4", SEXP, product="services", basis="mom"),
        fact("United States", "exports", "value", 101.7e9, "USD", SEP, "101.7 billion", SEXP, product="services"),
        fact("United States", "imports", "growth", 0.6, "percent", SEP, "0.6", IMP, product=GS, basis="mom"),
        fact("United States", "imports", "value", 342.1e9, "USD", SEP, "342.1 billion", IMP, product=GS),
        fact("United States", "imports", "growth", 0.7, "percent", SEP, "0.7", GIMP, basis="mom"),
        fact("United States", "imports", "value", 266.6e9, "USD", SEP, "266.6 billion", GIMP),
        fact("United States", "imports", "value", 75.5e9, "USD", SEP, "75.5 billion", SIMP, product="services"),
        fact("United States", "imports", "growth", -5.9, "percent", SEP, "5.9", YOY_GIMP, basis="yoy"),
        fact("United States", "exports", "growth", 5.7, "percent", SEP, "5.7", YOY_EXP, product=GS, basis="yoy"),
        fact("United States", "balance", "value", -79.0e9, "USD", SEP, "79.0 billion", GBAL),
        fact("United States", "balance", "value", 26.2e9, "USD", SEP, "26.2 billion", SBAL, product="services"),
        fact("United States", "balance", "growth", -11.6, "percent", SEP, "11.6", CHINA, partner="China", basis="mom"),
        fact("United States", "balance", "value", -15.0e9, "USD", SEP, "15.0 billion", CHINA, partner="China"),
        fact("United States", "balance", "rank", 4, "number", SEP, "fourth", CHINA_RANK, partner="China"),
        fact("United States", "balance", "rank", 1, "number", SEP, "largest", IRELAND, partner="Ireland"),
        fact("United States", "balance", "value", -18.2e9, "USD", SEP, "18.2 billion", IRELAND, partner="Ireland"),
        fact("United States", "balance", "value", -17.4e9, "USD", SEP, "17.4 billion", MX_VN, partner="Mexico"),
        fact("United States", "balance", "value", -16.6e9, "USD", SEP, "16.6 billion", MX_VN, partner="Vietnam"),
        fact("United States", "balance", "value", -21.9e9, "USD", SEP, "21.9 billion", EU, partner="European Union"),
        fact("United States", "balance", "value", -19.6e9, "USD", AUG, "19.6 billion", EU, partner="European Union"),
        fact("United States", "balance", "growth", 17.2, "percent", JAN_SEP, "17.2", YTD, product=GS, basis="yoy"),
        fact("United States", "exports", "growth", 5.2, "percent", JAN_SEP, "5.2", YTD_FLOWS, product=GS, basis="yoy"),
        fact("United States", "imports", "growth", 7.7, "percent", JAN_SEP, "7.7", YTD_FLOWS, product=GS, basis="yoy"),
    ],
}
