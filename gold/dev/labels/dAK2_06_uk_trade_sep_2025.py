from _fact import fact, period

SEP = period(2025, 9)              # September 2025
AUG = period(2025, 8)              # August 2025
Q3 = period(2025, 7, 9)            # three months to September 2025

US = "goods shipped to the US fell to £3.9bn in September, 11.4% less than in August"
US_YOY = "Sales to America, the UK's single biggest export market, dropped about 20% from September last year"
US_Q3 = "goods exports to the US in the three months to September fell 11% compared with a year before"
TOT_Q3 = "In the three months to September, the UK's total trade deficit, which measures how far the value of goods and services bought from abroad exceeds what the country sells, grew by £2.8bn to £5.6bn"
GOODS_Q3 = "Over the quarter the goods deficit increased by £3bn to £59.6bn"
SERV_Q3 = "a services surplus of £54bn"
GOODS_SEP = "Taking September by itself, goods exports were 5.5% lower than in August at £29.4bn"
GIMP_SEP = "goods imports slipped 2% to £50.1bn, producing a goods deficit of £20.7bn for the month"
EU_EXP = "On the month, the UK sold £14.4bn of goods to the EU, 2.7% less"
EU_IMP = "Purchases from the bloc declined 3.3% to £26.5bn, giving the UK a £12.1bn goods deficit with its closest neighbours"
NONEU = "Exports to non-EU countries were dragged down 8% to £15bn"
SERV_EXP = "exports of services edged down 0.7% from August to £46bn"
SERV_IMP = "imports of services inched up 0.4% to £28.2bn"
YOY = "Year on year, goods imports in September rose 7.2% and goods exports fell 0.6%"
TOT_SEP = "the total trade gap was £1.1bn in September, down from £1.3bn in August"

ARTICLE = {
    "id": "dAK2_06_uk_trade_sep_2025",
    "title": "UK goods sales to America fall to weakest since early 2022",
    "publisher": "BBC",
    "published": "2025-11-13",
    "notes": [
        "Publisher: the text names the BBC ('told the BBC'); no dateline, so the date is that of the ONS release (Thursday 13 November 2025), which the text calls 'Thursday'.",
        "Goods figures (no product word) have product null; services figures 'services'; the total trade deficit of goods and services 'goods and services'.",
        "'the three months to September' and 'over the quarter' -> July-September 2025.",
        "Absolute changes ('grew by £2.8bn', 'increased by £3bn') are differences between stated levels, not values or percent growth: out of scope.",
        "'a services surplus of £54bn' over the quarter -> positive services balance for July-September.",
        "Basis: 'less than in August', 'lower than in August', 'On the month', 'from August' are mom. The 'On the month' frame opens the EU paragraph and carries to the EU import fall (3.3%) and the non-EU export fall (8%). The mom frame of the 'Taking September by itself' sentence carries to goods imports (2%).",
        "'dropped about 20% from September last year' -> yoy, -20, approx. 'Year on year' -> yoy for goods imports (7.2) and exports (-0.6), period September 2025.",
        "'fell 11% compared with a year before' for the three months to September -> yoy growth of exports to the US, July-September 2025 (the BCC's calculation, reported as a statement of the flow).",
        "'the UK's single biggest export market' -> rank 1 for UK exports to the United States, September 2025.",
        "'a £12.1bn goods deficit with its closest neighbours' -> balance with the European Union (the bloc of the previous sentence).",
        "The overall deficit for September (£1.1bn) includes precious metals; the record has no field for that, so it is labelled as goods and services, with the August figure (£1.3bn) as an August fact.",
        "Out of scope: 'the lowest monthly total since January 2022', 'the narrowest since January' (milestones), 'three and a half years', JLR as 'the UK's largest carmaker' and the US as 'its most important overseas market' (a company's rank and market, not a trade flow of the UK), 'about five weeks', tariff rates (10%, 27.5%), the quota (100,000 vehicles), GDP growth (0.1%, 0.3%), dates (30 June, 26 November).",
        "The economist and her consultancy are fictional.",
    ],
    "facts": [
        fact("United Kingdom", "exports", "growth", -11.4, "percent", SEP, "11.4", US, partner="United States", basis="mom"),
        fact("United Kingdom", "exports", "value", 3.9e9, "GBP", SEP, "3.9bn", US, partner="United States"),
        fact("United Kingdom", "exports", "growth", -20, "percent", SEP, "20", US_YOY, partner="United States", qualifier="approx"),
        fact("United Kingdom", "exports", "rank", 1, "number", SEP, "biggest", US_YOY, partner="United States"),
        fact("United Kingdom", "exports", "growth", -11, "percent", Q3, "11", US_Q3, partner="United States"),
        fact("United Kingdom", "balance", "value", -5.6e9, "GBP", Q3, "5.6bn", TOT_Q3, product="goods and services"),
        fact("United Kingdom", "balance", "value", -59.6e9, "GBP", Q3, "59.6bn", GOODS_Q3),
        fact("United Kingdom", "balance", "value", 54e9, "GBP", Q3, "54bn", SERV_Q3, product="services"),
        fact("United Kingdom", "exports", "growth", -5.5, "percent", SEP, "5.5", GOODS_SEP, basis="mom"),
        fact("United Kingdom", "exports", "value", 29.4e9, "GBP", SEP, "29.4bn", GOODS_SEP),
        fact("United Kingdom", "imports", "growth", -2, "percent", SEP, "2", GIMP_SEP, basis="mom"),
        fact("United Kingdom", "imports", "value", 50.1e9, "GBP", SEP, "50.1bn", GIMP_SEP),
        fact("United Kingdom", "balance", "value", -20.7e9, "GBP", SEP, "20.7bn", GIMP_SEP),
        fact("United Kingdom", "exports", "growth", -2.7, "percent", SEP, "2.7", EU_EXP, partner="European Union", basis="mom"),
        fact("United Kingdom", "exports", "value", 14.4e9, "GBP", SEP, "14.4bn", EU_EXP, partner="European Union"),
        fact("United Kingdom", "imports", "growth", -3.3, "percent", SEP, "3.3", EU_IMP, partner="European Union", basis="mom"),
        fact("United Kingdom", "imports", "value", 26.5e9, "GBP", SEP, "26.5bn", EU_IMP, partner="European Union"),
        fact("United Kingdom", "balance", "value", -12.1e9, "GBP", SEP, "12.1bn", EU_IMP, partner="European Union"),
        fact("United Kingdom", "exports", "growth", -8, "percent", SEP, "8", NONEU, partner="non-EU countries", basis="mom"),
        fact("United Kingdom", "exports", "value", 15e9, "GBP", SEP, "15bn", NONEU, partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", -0.7, "percent", SEP, "0.7", SERV_EXP, product="services", basis="mom"),
        fact("United Kingdom", "exports", "value", 46e9, "GBP", SEP, "46bn", SERV_EXP, product="services"),
        fact("United Kingdom", "imports", "growth", 0.4, "percent", SEP, "0.4", SERV_IMP, product="services", basis="mom"),
        fact("United Kingdom", "imports", "value", 28.2e9, "GBP", SEP, "28.2bn", SERV_IMP, product="services"),
        fact("United Kingdom", "imports", "growth", 7.2, "percent", SEP, "7.2", YOY),
        fact("United Kingdom", "exports", "growth", -0.6, "percent", SEP, "0.6", YOY),
        fact("United Kingdom", "balance", "value", -1.1e9, "GBP", SEP, "1.1bn", TOT_SEP, product="goods and services"),
        fact("United Kingdom", "balance", "value", -1.3e9, "GBP", AUG, "1.3bn", TOT_SEP, product="goods and services"),
    ],
}
