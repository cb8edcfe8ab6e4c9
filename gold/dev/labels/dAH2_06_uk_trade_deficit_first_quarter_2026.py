from _fact import fact, period

Q1 = period(2026, 1, 3)
MAR = period(2026, 3)
FEB = period(2026, 2)
TWELVE = {"start": "2025-04", "end": "2026-03"}  # the 12 months to March 2026

GS = "goods and services"
TOTAL = "The deficit in trade in goods and services grew by 3.1 billion pounds to 9.8 billion pounds ($13.1 billion)"
GOODS = "The shortfall in goods alone widened to 60.8 billion pounds"
SERV = "Britain's surplus in services, driven by its large financial, legal and consulting sectors, held broadly steady at an estimated 51.0 billion pounds"
SERV_EXP = "Services exports rose 1.2% from the previous quarter to 130.5 billion pounds."
GOODS_EXP = "Goods exports fell 2.4% compared with the final three months of 2025 to 92.6 billion pounds"
GOODS_IMP = "while goods imports rose 1.1% to 153.4 billion pounds"
EXPM = ("Stripping out precious metals, whose movements in and out of London's bullion vaults often distort the "
        "headline numbers, the total trade deficit stood at 11.2 billion pounds.")
US = ("Goods exports to the U.S., including precious metals, totalled 13.9 billion pounds in the quarter, 6.5% less "
      "than a year earlier")
CARS = "Car exports to the United States were 14% lower than a year before at 1.6 billion pounds"
EU_EXP = "Compared with the last three months of 2025, exports to the bloc slipped 0.8% to 45.8 billion pounds"
EU_IMP = "while imports from it rose 1.4% to 83.3 billion pounds"
EU_BAL = "leaving a goods deficit with the EU of 37.5 billion pounds"
NON_EU = "Exports to countries outside the EU fell 4.0% to 46.8 billion pounds."
MAR_BAL = "In March alone, the goods trade deficit narrowed to 19.5 billion pounds from 20.9 billion pounds in February"
MAR_FLOWS = ("Goods exports rose 3.2% on the month to 31.4 billion pounds, while imports dipped 0.8% to 50.9 billion "
             "pounds.")
YEAR = "In the 12 months to March, the total trade deficit widened to 38.6 billion pounds."

ARTICLE = {
    "id": "dAH2_06_uk_trade_deficit_first_quarter_2026",
    "title": "UK trade deficit widens in first quarter as exports to US and EU weaken",
    "publisher": "Reuters",
    "published": "2026-05-14",
    "notes": [
        "Area United Kingdom throughout ('Britain'). Quarter = January-March 2026 (period 2026-01..2026-03).",
        "ONS quarterly growth is against the previous three months: basis qoq where the text says 'from the previous "
        "quarter', 'compared with the final three months of 2025', 'Compared with the last three months of 2025' (that "
        "frame opens the EU paragraph and carries to the bloc's imports and to exports outside the EU). US and car "
        "exports are compared with 'a year earlier'/'a year before': yoy.",
        "'The deficit in trade in goods and services ... to 9.8 billion pounds ($13.1 billion)': balance, product "
        "'goods and services', GBP exact and USD approx. The 'grew by 3.1 billion pounds' change is an absolute "
        "change the record cannot express: not labelled.",
        "'The shortfall in goods alone': goods balance, product null. Services surplus: balance +51.0e9, product "
        "services ('an estimated' is not an approximation of the figure: exact).",
        "'Stripping out precious metals ... the total trade deficit stood at 11.2 billion pounds': product 'goods and "
        "services excluding precious metals', Q1.",
        "Goods exports to the US 'including precious metals': all goods, product null; 'the bloc', 'it' = European "
        "Union; 'countries outside the EU' = partner 'Non-EU countries'.",
        "'from 20.9 billion pounds in February': the February goods deficit, its own observation. March exports and "
        "imports: 'on the month' = mom for both.",
        "'In the 12 months to March, the total trade deficit': period 2025-04..2026-03, product goods and services.",
        "Out of scope, unlabelled: the 3.1 billion pound widening (absolute change); the 10% baseline tariff; the "
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
