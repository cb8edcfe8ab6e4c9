from _fact import fact, period

JUN_AUG = period(2025, 6, 8)  # the three months to August 2025
AUG = period(2025, 8)         # August 2025 alone

TOTAL = ("the shortfall between UK exports and imports of goods and services, leaving out precious metals, "
         "rose by £1.7bn to £6.7bn in the three months to August")
GOODS = "the goods deficit grew by £3.0bn to £60.1bn"
SERV_BAL = "a £1.3bn rise in the services surplus, estimated by the ONS at £53.4bn"
QOQ = ("In the three months to August, goods exports were 1.9% lower than in the three months to May, "
       "and goods imports were up 1.2%")
AUG_EXP = "goods exports fell in value by £1.1bn, or 3.3%, from the previous month to £31.0bn"
AUG_IMP = "imports barely changed at £51.3bn"
AUG_BAL = "The goods deficit for the month therefore came to £20.3bn."
EU_EXP = "exports to the EU dropped 5.3% to £14.7bn"
EU_IMP = "imports from the bloc, the biggest trading partner of Britain, rose 0.8% to £27.6bn"
EU_RANK = "the bloc, the biggest trading partner of Britain"
EU_BAL = "That widened the goods deficit with the EU to £12.9bn."
NON_EU = "Exports to non-EU countries declined 1.5% to £16.2bn, with imports from that group falling 0.8% to £23.7bn"
NON_EU_BAL = "giving a deficit with non-EU countries of £7.5bn"
US = ("Exports of goods to the US, which the ONS reports with precious metals included, dropped by £0.7bn, or 13.5%, "
      "from July to £4.5bn")
YOY = "Total goods exports were down 10.0% on August last year."
SERV = "services exports eased 0.4% from July to £46.3bn, the ONS estimated, while services imports increased 0.6% to £28.1bn"

ARTICLE = {
    "id": "dAJ2_06_uk_trade_three_months_2025",
    "title": "Britain's trade gap grows as sales to EU and US drop",
    "publisher": "The Guardian",
    "published": "2025-10-16",
    "notes": [
        "Area United Kingdom throughout ('Britain', 'the UK'). 'the three months to August' = June-August 2025; 'August by itself' = August 2025.",
        "The headline total (-6.7bn) covers goods and services: product 'goods and services'; goods-only figures have product null; services figures product 'services'.",
        "Precious metals: the total is stated excluding precious metals and the US export figure including them; the schema has no field for this, so both keep product null / 'goods and services' as above and the difference is recorded here only.",
        "Changes stated in pounds ('rose by £1.7bn', 'grew by £3.0bn', 'a £1.3bn rise', 'fell in value by £1.1bn', 'dropped by £0.7bn') are derived comparisons the record cannot express: out of scope. Only the levels and the percentage rates are labelled.",
        "'lower than in the three months to May' is a comparison with the previous three months: basis qoq, period June-August 2025.",
        "'from the previous month', 'Month on month' (opening its paragraph, carrying to the EU and non-EU rates) and 'from July' are mom cues.",
        "'the biggest trading partner of Britain' describes the EU: rank 1, flow total, partner European Union, period taken as the article's month (August 2025).",
        "'imports barely changed' carries no number: no growth fact; the £51.3bn level is labelled.",
        "Non-EU partner written 'non-EU countries' ('Exports to non-EU countries'; 'imports from that group').",
        "Out of scope: the £21.8bn forecast, the 10% tariffs, '30 June', the 100,000-vehicle quota, sterling's 6% rise, GDP +0.1%, the 4% Bank Rate.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -6.7e9, "GBP", JUN_AUG, "6.7bn", TOTAL, product="goods and services"),
        fact("United Kingdom", "balance", "value", -60.1e9, "GBP", JUN_AUG, "60.1bn", GOODS),
        fact("United Kingdom", "balance", "value", 53.4e9, "GBP", JUN_AUG, "53.4bn", SERV_BAL, product="services"),
        fact("United Kingdom", "exports", "growth", -1.9, "percent", JUN_AUG, "1.9", QOQ, basis="qoq"),
        fact("United Kingdom", "imports", "growth", 1.2, "percent", JUN_AUG, "1.2", QOQ, basis="qoq"),
        fact("United Kingdom", "exports", "growth", -3.3, "percent", AUG, "3.3", AUG_EXP, basis="mom"),
        fact("United Kingdom", "exports", "value", 31.0e9, "GBP", AUG, "31.0bn", AUG_EXP),
        fact("United Kingdom", "imports", "value", 51.3e9, "GBP", AUG, "51.3bn", AUG_IMP),
        fact("United Kingdom", "balance", "value", -20.3e9, "GBP", AUG, "20.3bn", AUG_BAL),
        fact("United Kingdom", "exports", "growth", -5.3, "percent", AUG, "5.3", EU_EXP, partner="European Union", basis="mom"),
        fact("United Kingdom", "exports", "value", 14.7e9, "GBP", AUG, "14.7bn", EU_EXP, partner="European Union"),
        fact("United Kingdom", "total", "rank", 1, "number", AUG, "biggest", EU_RANK, partner="European Union"),
        fact("United Kingdom", "imports", "growth", 0.8, "percent", AUG, "0.8", EU_IMP, partner="European Union", basis="mom"),
        fact("United Kingdom", "imports", "value", 27.6e9, "GBP", AUG, "27.6bn", EU_IMP, partner="European Union"),
        fact("United Kingdom", "balance", "value", -12.9e9, "GBP", AUG, "12.9bn", EU_BAL, partner="European Union"),
        fact("United Kingdom", "exports", "growth", -1.5, "percent", AUG, "1.5", NON_EU, partner="non-EU countries", basis="mom"),
        fact("United Kingdom", "exports", "value", 16.2e9, "GBP", AUG, "16.2bn", NON_EU, partner="non-EU countries"),
        fact("United Kingdom", "imports", "growth", -0.8, "percent", AUG, "0.8", NON_EU, partner="non-EU countries", basis="mom"),
        fact("United Kingdom", "imports", "value", 23.7e9, "GBP", AUG, "23.7bn", NON_EU, partner="non-EU countries"),
        fact("United Kingdom", "balance", "value", -7.5e9, "GBP", AUG, "7.5bn", NON_EU_BAL, partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", -13.5, "percent", AUG, "13.5", US, partner="United States", basis="mom"),
        fact("United Kingdom", "exports", "value", 4.5e9, "GBP", AUG, "4.5bn", US, partner="United States"),
        fact("United Kingdom", "exports", "growth", -10.0, "percent", AUG, "10.0", YOY),
        fact("United Kingdom", "exports", "growth", -0.4, "percent", AUG, "0.4", SERV, product="services", basis="mom"),
        fact("United Kingdom", "exports", "value", 46.3e9, "GBP", AUG, "46.3bn", SERV, product="services"),
        fact("United Kingdom", "imports", "growth", 0.6, "percent", AUG, "0.6", SERV, product="services", basis="mom"),
        fact("United Kingdom", "imports", "value", 28.1e9, "GBP", AUG, "28.1bn", SERV, product="services"),
    ],
}
