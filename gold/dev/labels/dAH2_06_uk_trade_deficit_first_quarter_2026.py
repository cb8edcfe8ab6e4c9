from _fact import fact, period

Q1 = period(2026, 1, 3)
MAR = period(2026, 3)
FEB = period(2026, 2)
TWELVE = {"start": "2025-04", "end": "2026-03"}  # the 12 months to March 2026

GS = "goods and services"
TOTAL = "In the January-March period the combined goods and services deficit reached 9.8 billion pounds ($13.1 billion)"
GOODS = "On goods alone, the shortfall grew to 60.8 billion pounds"
SERV = "Britain's services surplus, powered by its big financial, legal and consulting industries, was broadly unchanged at an estimated 51.0 billion pounds"
SERV_EXP = "Exports of services were 1.2% higher than in the previous quarter at 130.5 billion pounds."
GOODS_EXP = "Goods exports were 2.4% lower than in the October-December quarter of 2025, at 92.6 billion pounds"
GOODS_IMP = "goods imports were up 1.1% at 153.4 billion pounds"
EXPM = "Excluding precious metals, flows of which through London's bullion vaults frequently skew the headline figures, the overall trade deficit was 11.2 billion pounds."
US = "UK goods exports to the U.S., precious metals included, came to 13.9 billion pounds in the quarter, down 6.5% from a year earlier"
CARS = "Exports of cars to the United States, at 1.6 billion pounds, were 14% below their level a year before"
EU_EXP = "Against the fourth quarter of 2025, UK exports to the bloc dipped 0.8% to 45.8 billion pounds"
EU_IMP = "imports from it climbed 1.4% to 83.3 billion pounds"
EU_BAL = "the resulting goods deficit with the EU was 37.5 billion pounds"
NON_EU = "Exports to non-EU countries dropped 4.0% to 46.8 billion pounds."
MAR_BAL = "In March by itself, the goods trade deficit came in at 19.5 billion pounds, narrower than February's 20.9 billion pounds"
MAR_FLOWS = "Month on month, goods exports were up 3.2% at 31.4 billion pounds, and imports edged down 0.8% to 50.9 billion pounds."
YEAR = "The total trade shortfall in the 12 months through March widened to 38.6 billion pounds."

ARTICLE = {
    "id": "dAH2_06_uk_trade_deficit_first_quarter_2026",
    "title": "Weaker exports to US and EU widen UK's first-quarter trade deficit",
    "publisher": "Reuters",
    "published": "2026-05-14",
    "notes": [
        "Area United Kingdom throughout ('Britain'). Quarter = January-March 2026 (period 2026-01..2026-03).",
        "ONS quarterly growth is against the previous three months: basis qoq where the text says 'higher than in the previous "
        "quarter', 'lower than in the October-December quarter of 2025', 'Against the fourth quarter of 2025' (that "
        "frame opens the EU figures and carries to the bloc's imports and to exports outside the EU). US and car "
        "exports are compared with 'a year earlier'/'their level a year before': yoy.",
        "'the combined goods and services deficit reached 9.8 billion pounds ($13.1 billion)': balance, product "
        "'goods and services', GBP exact and USD approx. The 'increase of 3.1 billion pounds' is an absolute "
        "change the record cannot express: not labelled.",
        "'On goods alone, the shortfall': goods balance, product null. Services surplus: balance +51.0e9, product "
        "services ('an estimated' is not an approximation of the figure: exact).",
        "'Excluding precious metals ... the overall trade deficit was 11.2 billion pounds': product 'goods and "
        "services excluding precious metals', Q1.",
        "Goods exports to the US, 'precious metals included': all goods, product null; 'the bloc', 'it' = European "
        "Union; 'non-EU countries' = partner 'Non-EU countries'.",
        "'narrower than February's 20.9 billion pounds': the February goods deficit, its own observation. March exports and "
        "imports: 'Month on month' = mom for both.",
        "'The total trade shortfall in the 12 months through March': period 2025-04..2026-03, product goods and services.",
        "Out of scope, unlabelled: the 3.1 billion pound increase (absolute change); the 10% baseline tariff; the "
        "Reuters poll forecast of 20.6 billion pounds and of 0.3% GDP growth; export volumes down 1.9% (volume beside "
        "value); GDP growth 0.5%; net trade subtracting 0.6 percentage points; the BCC survey's 34% of "
        "manufacturers (not a trade flow, expectations); Bank Rate 3.5%.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -9.8e9, "GBP", Q1, "9.8 billion", TOTAL, product=GS),
        fact("United Kingdom", "balance", "value", -13.1e9, "USD", Q1, "13.1 billion", TOTAL, product=GS,
             qualifier="approx"),
        fact("United Kingdom", "balance", "value", -60.8e9, "GBP", Q1, "60.8 billion", GOODS),
        fact("United Kingdom", "balance", "value", 51.0e9, "GBP", Q1, "51.0 billion", SERV, product="services"),
        fact("United Kingdom", "exports", "growth", 1.2, "percent", Q1, "1.2", SERV_EXP, product="services",
             basis="qoq"),
        fact("United Kingdom", "exports", "value", 130.5e9, "GBP", Q1, "130.5 billion", SERV_EXP, product="services"),
        fact("United Kingdom", "exports", "growth", -2.4, "percent", Q1, "2.4", GOODS_EXP, basis="qoq"),
        fact("United Kingdom", "exports", "value", 92.6e9, "GBP", Q1, "92.6 billion", GOODS_EXP),
        fact("United Kingdom", "imports", "growth", 1.1, "percent", Q1, "1.1", GOODS_IMP, basis="qoq"),
        fact("United Kingdom", "imports", "value", 153.4e9, "GBP", Q1, "153.4 billion", GOODS_IMP),
        fact("United Kingdom", "balance", "value", -11.2e9, "GBP", Q1, "11.2 billion", EXPM,
             product="goods and services excluding precious metals"),
        fact("United Kingdom", "exports", "value", 13.9e9, "GBP", Q1, "13.9 billion", US, partner="United States"),
        fact("United Kingdom", "exports", "growth", -6.5, "percent", Q1, "6.5", US, partner="United States"),
        fact("United Kingdom", "exports", "growth", -14, "percent", Q1, "14", CARS, partner="United States",
             product="cars"),
        fact("United Kingdom", "exports", "value", 1.6e9, "GBP", Q1, "1.6 billion", CARS, partner="United States",
             product="cars"),
        fact("United Kingdom", "exports", "growth", -0.8, "percent", Q1, "0.8", EU_EXP, partner="European Union",
             basis="qoq"),
        fact("United Kingdom", "exports", "value", 45.8e9, "GBP", Q1, "45.8 billion", EU_EXP,
             partner="European Union"),
        fact("United Kingdom", "imports", "growth", 1.4, "percent", Q1, "1.4", EU_IMP, partner="European Union",
             basis="qoq"),
        fact("United Kingdom", "imports", "value", 83.3e9, "GBP", Q1, "83.3 billion", EU_IMP,
             partner="European Union"),
        fact("United Kingdom", "balance", "value", -37.5e9, "GBP", Q1, "37.5 billion", EU_BAL,
             partner="European Union"),
        fact("United Kingdom", "exports", "growth", -4.0, "percent", Q1, "4.0", NON_EU, partner="Non-EU countries",
             basis="qoq"),
        fact("United Kingdom", "exports", "value", 46.8e9, "GBP", Q1, "46.8 billion", NON_EU,
             partner="Non-EU countries"),
        fact("United Kingdom", "balance", "value", -19.5e9, "GBP", MAR, "19.5 billion", MAR_BAL),
        fact("United Kingdom", "balance", "value", -20.9e9, "GBP", FEB, "20.9 billion", MAR_BAL),
        fact("United Kingdom", "exports", "growth", 3.2, "percent", MAR, "3.2", MAR_FLOWS, basis="mom"),
        fact("United Kingdom", "exports", "value", 31.4e9, "GBP", MAR, "31.4 billion", MAR_FLOWS),
        fact("United Kingdom", "imports", "growth", -0.8, "percent", MAR, "0.8", MAR_FLOWS, basis="mom"),
        fact("United Kingdom", "imports", "value", 50.9e9, "GBP", MAR, "50.9 billion", MAR_FLOWS),
        fact("United Kingdom", "balance", "value", -38.6e9, "GBP", TWELVE, "38.6 billion", YEAR, product=GS),
    ],
}
