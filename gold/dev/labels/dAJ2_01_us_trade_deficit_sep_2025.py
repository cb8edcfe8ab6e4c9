from _fact import fact, period

SEP = period(2025, 9)              # September 2025, the month the release covers
AUG = period(2025, 8)              # August 2025, the previous month
JAN_SEP = period(2025, 1, 9)       # "Year to date" / "Over January-September"

GS = "goods and services"
US = "United States"

GAP = "the goods and services trade gap contracted 10.9% versus the prior month to $52.8 billion"
AUG_REV = "Revised figures put the August shortfall at $59.3 billion"
EXP = "Relative to August, combined goods and services exports increased 3.0% to $289.3 billion"
GEXP = "Goods exports alone advanced 4.9% to $187.6 billion"
SEXP = "services exports down 0.4% to $101.7 billion"
IMP = "Total imports inched up 0.6% month on month to $342.1 billion"
GIMP = "Imports of goods increased 0.7% to $266.6 billion"
SIMP = "Imports of services barely moved, at $75.5 billion"
YOY_GIMP = "From a year earlier, goods imports were down 5.9%"
YOY_EXP = "From a year earlier, goods imports were down 5.9% in September, whereas total exports were 5.7% higher"
GBAL = "The deficit in goods trade narrowed by $7.1 billion to $79.0 billion"
SBAL = "Services trade showed a slightly smaller surplus of $26.2 billion"
CHINA = "With China, the goods shortfall declined 11.6% from August to $15.0 billion"
CHINA_RANK = "Among the partners generating the largest U.S. goods deficits, China slid to fourth"
IRELAND = "Ireland, home to plants of many drugmakers, accounted for the largest goods deficit, at $18.2 billion"
MX_VN = "the shortfalls with Mexico and Vietnam were $17.4 billion and $16.6 billion, respectively"
EU = "the shortfall with the European Union to $21.9 billion, compared with $19.6 billion in August"
YTD = "Year to date, the combined goods and services deficit is 17.2% larger than in the corresponding months of 2024"
YTD_FLOWS = "Over January-September, exports advanced 5.2% and imports increased 7.7%"

ARTICLE = {
    "id": "dAJ2_01_us_trade_deficit_sep_2025",
    "title": "September U.S. trade gap narrows to smallest in over five years on surging gold and drug shipments",
    "publisher": "Reuters",
    "published": "2025-12-11",
    "notes": [
        "Area is United States throughout (Commerce Department release); the release month is September 2025 (lead, dateline Dec 11).",
        "Headline balance, total exports and total imports are goods and services combined (the text says 'goods and services'), so product='goods and services'; the YTD exports/imports sentence ('Over January-September') continues the goods-and-services YTD frame.",
        "Goods-only figures (goods exports/imports, goods deficit, country deficits) have product null; services figures product='services'.",
        "The 10.9% narrowing is a deficit that shrank: balance growth -10.9, basis mom ('versus the prior month').",
        "Paragraph 4 opens 'Relative to August': its later figures (4.9, -0.4) carry basis mom. Paragraph 5 opens 'month on month' (0.6, 0.7 mom); its last sentence switches explicitly to yoy ('From a year earlier'): goods imports -5.9 yoy, total exports 5.7 yoy (goods and services).",
        "August shortfall $59.3 billion and the EU shortfall $19.6 billion 'in August' are stated observations for August 2025 and are labelled with period August.",
        "China shortfall 'declined 11.6% from August': balance growth -11.6 mom; 'slid to fourth' among the largest goods deficits: rank 4 on the balance with China.",
        "'Ireland ... accounted for the largest goods deficit' is rank 1 on the balance with Ireland; Mexico/Vietnam ranks are only implied by ordering and are not labelled.",
        "EU shortfall: no 'goods'/'services' word; country deficits in this paragraph set are goods, product left null.",
        "Out of scope: absolute changes in dollars ('a $6.1 billion rise' for gold, 'narrowed by $7.1 billion' for the goods deficit) - comparisons, not levels; Reuters poll forecast $63.3 billion; GDP 3.5% and 3.8%; tariff rates 10% to 50%; customs duties $29.5 billion (not a trade flow); analyst's 'back over $60 billion' and the $65 billion Q4 expectation (forecasts); years 2020/2024.",
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
