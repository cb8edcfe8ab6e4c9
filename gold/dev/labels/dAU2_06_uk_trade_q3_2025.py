from _fact import fact, period

Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
UK = "United Kingdom"
GS = "goods and services"
PM = "precious metals"
E_TOT_BAL = "Leaving out precious metals, the combined goods and services deficit reached £5.6 billion (about $7.4 billion) in the third quarter"
E_TOT_XM = "Compared with the three months to June, total exports fell 0.7% to £230.4 billion while imports rose 0.5% to £236.0 billion."
E_PM = "Exports of precious metals themselves came to £9.8 billion in the quarter, up 36% on the previous three months."
E_G_BAL = "On goods alone, again without precious metals, the deficit grew by £3.0 billion, to £59.6 billion."
E_G_XM = "On the quarter, goods exports fell 1.9% to £91.6 billion and goods imports rose 0.8% to £151.2 billion."
E_S_BAL = "Services, where the figures rest on early survey returns and are often revised, showed a surplus put at £54.0 billion"
E_EU = "Goods exports to the European Union dropped 2.3% to £44.9 billion between the second and third quarters"
E_NONEU = "exports to non-EU countries declined 1.6% to £46.7 billion"
E_US_M = "goods bought from the United States rose 4.2% to £15.1 billion"
E_CN_M = "imports from China increased 2.3% to £16.4 billion"
E_SEP = "Goods exports dropped to £29.4 billion in September, 5.5% below August"
E_SEP_M = "goods imports eased 2.0% to £50.1 billion"
E_SEP_BAL = "That left a goods deficit of £20.7 billion for the month."
E_US_X = "September's goods exports to the United States slid 11.4% on the month"
E_QUOTE = "Across the quarter as a whole tariffs are still biting, with goods exports to the US down 11% on a year earlier"

ARTICLE = {
    "id": "dAU2_06_uk_trade_q3_2025",
    "title": "UK trade deficit widens to £5.6 billion in third quarter as goods exports falter",
    "publisher": "Thameside Economics Wire",
    "published": "2025-11-13",
    "notes": [
        "Area is United Kingdom throughout (headline 'UK', 'Britain's trade deficit'). 'the three months to September' / 'the third quarter' -> 2025-07..2025-09; September -> 2025-09.",
        "Precious metals: the ONS headline measures exclude precious metals, and the text says so for the total and goods deficits. The record has no field for this coverage convention (it is the statistics office's standard measure, like seasonal adjustment), and the text gives no competing 'including precious metals' figure for the same observations, so these facts carry the ordinary product (null for goods, 'goods and services', 'services'). The one figure about precious metals themselves ('Exports of precious metals themselves came to £9.8 billion') carries product 'precious metals'.",
        "Headline '£5.6 billion in third quarter' and body are one observation: labelled once, from the body. It is a deficit: negative. '(about $7.4 billion)' -> an approx USD balance fact, negative.",
        "'£2.8 billion bigger than in the second', 'grew by £3.0 billion', '£0.2 billion more than before' are changes derived from other figures: out. Only the levels they reach are labelled.",
        "'Compared with the three months to June, total exports fell 0.7% ... imports rose 0.5%': the previous three months are the previous quarter -> basis qoq. 'total exports'/'imports' in a sentence that follows the goods and services deficit -> product 'goods and services'.",
        "Precious metals exports: 'up 36% on the previous three months' -> qoq growth 36, product 'precious metals'.",
        "Goods paragraph: 'On the quarter' -> qoq for both 1.9 (fall) and 0.8. Goods figures carry product null.",
        "Services surplus: stated as an estimate ('a surplus put at £54.0 billion'): labelled as the level stated, positive balance, product 'services'.",
        "EU and beyond paragraph: 'between the second and third quarters' is a previous-quarter comparison -> qoq; it carries to the later figures of the paragraph (non-EU exports -1.6, imports from the US 4.2, imports from China 2.3). Partner for 'non-EU countries' is written 'Non-EU countries'.",
        "'with electrical machinery and clothing accounting for much of the Chinese total' has no number: nothing to label.",
        "September paragraph: '5.5% below August' -> mom; 'goods imports eased 2.0%' continues the paragraph's month-on-month frame -> mom. 'a goods deficit of £20.7 billion for the month' -> goods balance, September, negative.",
        "US exports: 'slid 11.4% on the month' -> mom growth -11.4, partner United States, product null. This series includes precious metals (the text says so); the record cannot express that, and no ex-precious-metals US figure is given: labelled with product null. 'the lowest since January 2022' is a milestone: out.",
        "Quote: 'goods exports to the US down 11% on a year earlier', 'Across the quarter as a whole' -> yoy growth -11, Q3 2025, partner United States.",
        "Out: 34% of exporting businesses affected by tariffs (a survey share, not a trade flow); forecast of net trade subtracting 0.3 percentage points from GDP growth; GDP growth 0.1%; exchange-rate footnote.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6 billion", E_TOT_BAL, product=GS),
        fact(UK, "balance", "value", -7.4e9, "USD", Q3, "7.4 billion", E_TOT_BAL, product=GS, qualifier="approx"),
        fact(UK, "exports", "growth", -0.7, "percent", Q3, "0.7", E_TOT_XM, product=GS, basis="qoq"),
        fact(UK, "exports", "value", 230.4e9, "GBP", Q3, "230.4 billion", E_TOT_XM, product=GS),
        fact(UK, "imports", "growth", 0.5, "percent", Q3, "0.5", E_TOT_XM, product=GS, basis="qoq"),
        fact(UK, "imports", "value", 236.0e9, "GBP", Q3, "236.0 billion", E_TOT_XM, product=GS),
        fact(UK, "exports", "value", 9.8e9, "GBP", Q3, "9.8 billion", E_PM, product=PM),
        fact(UK, "exports", "growth", 36, "percent", Q3, "36", E_PM, product=PM, basis="qoq"),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6 billion", E_G_BAL),
        fact(UK, "exports", "growth", -1.9, "percent", Q3, "1.9", E_G_XM, basis="qoq"),
        fact(UK, "exports", "value", 91.6e9, "GBP", Q3, "91.6 billion", E_G_XM),
        fact(UK, "imports", "growth", 0.8, "percent", Q3, "0.8", E_G_XM, basis="qoq"),
        fact(UK, "imports", "value", 151.2e9, "GBP", Q3, "151.2 billion", E_G_XM),
        fact(UK, "balance", "value", 54.0e9, "GBP", Q3, "54.0 billion", E_S_BAL, product="services"),
        fact(UK, "exports", "growth", -2.3, "percent", Q3, "2.3", E_EU, partner="European Union", basis="qoq"),
        fact(UK, "exports", "value", 44.9e9, "GBP", Q3, "44.9 billion", E_EU, partner="European Union"),
        fact(UK, "exports", "growth", -1.6, "percent", Q3, "1.6", E_NONEU, partner="Non-EU countries", basis="qoq"),
        fact(UK, "exports", "value", 46.7e9, "GBP", Q3, "46.7 billion", E_NONEU, partner="Non-EU countries"),
        fact(UK, "imports", "growth", 4.2, "percent", Q3, "4.2", E_US_M, partner="United States", basis="qoq"),
        fact(UK, "imports", "value", 15.1e9, "GBP", Q3, "15.1 billion", E_US_M, partner="United States"),
        fact(UK, "imports", "growth", 2.3, "percent", Q3, "2.3", E_CN_M, partner="China", basis="qoq"),
        fact(UK, "imports", "value", 16.4e9, "GBP", Q3, "16.4 billion", E_CN_M, partner="China"),
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5", E_SEP, basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEP, "29.4 billion", E_SEP),
        fact(UK, "imports", "growth", -2.0, "percent", SEP, "2.0", E_SEP_M, basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEP, "50.1 billion", E_SEP_M),
        fact(UK, "balance", "value", -20.7e9, "GBP", SEP, "20.7 billion", E_SEP_BAL),
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4", E_US_X, partner="United States", basis="mom"),
        fact(UK, "exports", "growth", -11, "percent", Q3, "11", E_QUOTE, partner="United States"),
    ],
}
