from _fact import fact, period

Q1 = period(2025, 1, 3)
MAR = period(2025, 3)
FEB = period(2025, 2)
UK = "United Kingdom"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
XPM = "excluding precious metals"
GS = "goods and services"

E_DEF = "Leaving aside precious metals, whose movements in and out of London's bullion vaults can swing the figures by billions of pounds, the Office for National Statistics (ONS) put the goods shortfall for the three months to March at £55.2 billion"
E_XM = ("exports of goods reached £92.7 billion, 7.3% more than in the previous three months, while imports grew more slowly, "
        "by 1.4% to £147.9 billion")
E_YOY = "Measured against January-March 2024, exports were 0.9% higher and imports 4.0% higher."
E_EXP_EU = ("Sales to countries outside the EU climbed 13.2%, against growth of only 1.1% to the European Union, so the "
            "bloc's slice of UK goods exports fell to 45.7%")
E_IMP_EU = ("On the import side, goods from the EU were 0.5% lower and those from the rest of the world 3.6% higher, and "
            "the EU's share of British goods imports stood at 52.2%.")
E_US_Q = "shipments to the U.S. totalled £17.5 billion over the quarter, nearly 19% of all goods exports on that basis"
E_GS_Q = "Once services are added, the overall trade deficit for the quarter was £6.6 billion"
E_SVC = "the services surplus itself, which the ONS estimates largely from surveys, came in at £48.6 billion"
E_US_M = "Counting precious metals, Britain sold £6.1 billion ($8.1 billion) of goods to the U.S. in March"
E_GS_M = "the combined goods and services deficit was £3.7 billion, smaller than February's revised £4.9 billion"
E_GS_X = "Exports of goods and services together came to £76.0 billion, up 0.6% on the month"
E_GX = "Compared with February, goods exports were up 0.8%, helped by EU sales that gained 1.6%"
E_GM = ("Goods imports were 1.7% lower: buying from outside the EU fell 2.5% as fewer aircraft, gas cargoes and "
        "jewellery arrived, whereas imports from the EU increased 0.9%.")
E_GDEF_M = "Including precious metals, the goods deficit for March was £19.9 billion."

ARTICLE = {
    "id": "dAT2_06_uk_trade_q1_2025",
    "title": "UK goods deficit narrows in first quarter as exporters race to beat U.S. tariffs",
    "publisher": "Meridian Wire",
    "published": "2025-05-15",
    "notes": [
        "Dateline 'LONDON, May 15 (Meridian Wire)'; the text says 'the first three months of 2025', so the year is 2025. 'The three months to March' / 'the quarter' = 2025-01..2025-03.",
        "Area United Kingdom throughout (Britain, UK).",
        "Precious metals: the ONS quarterly analysis here is stated excluding precious metals ('Leaving aside precious metals', 'On the same basis', 'Again excluding precious metals', 'on that basis'); those figures carry product 'excluding precious metals' (the restriction in the text's words) because they measure a different observation from all-goods figures. Figures stated as including precious metals ('Counting precious metals': US exports in March; 'Including precious metals': the March goods deficit) are plain goods: product null.",
        "'than in the previous three months' and 'quarter-on-quarter' (the paragraphs' frame): basis qoq for 7.3, 1.4, 13.2, 1.1, -0.5 and 3.6. 'Measured against January-March 2024': basis yoy for 0.9 and 4.0.",
        "'the rest of the world' in the EU/non-EU import sentence = partner non-EU countries.",
        "Shares: EU 45.7% of goods exports and 52.2% of goods imports (Q1, excluding precious metals); US 'nearly 19%' of goods exports on that basis: qualifier approx.",
        "Absolute changes ('£4.3 billion smaller', '£0.7 billion below the previous quarter', '£2.4 billion higher than in the last three months of 2024'): derived comparisons, out.",
        "Deficits are negative balances (goods deficit £55.2bn, total deficit £6.6bn in Q1; £3.7bn in March; revised £4.9bn in February; goods deficit £19.9bn in March); the services surplus £48.6bn is positive.",
        "'Once services are added, the overall trade deficit': goods and services together, product 'goods and services'. 'the services surplus itself': product 'services'.",
        "'£6.1 billion ($8.1 billion)': a GBP fact and a USD fact; the dollar conversion is the writer's, so qualifier approx.",
        "'the fourth monthly rise in a row' (streak), 'its smallest since early 2021' and 'the most in over two years' (milestones): out.",
        "'Looking at March on its own, ... smaller than February's revised £4.9 billion': the March paragraph compares with the month before, and 'up 0.6% on the month' (total exports of goods and services) is basis mom. 'Compared with February, goods exports were up 0.8%' opens a mom frame that carries to 1.6 (exports to the EU), -1.7 (goods imports), -2.5 (imports from non-EU countries) and 0.9 (imports from the EU).",
        "'February's revised £4.9 billion' is the revised February 2025 goods-and-services deficit: period 2025-02.",
        "Poll expectation 'a goods shortfall of about £19.6 billion', GDP growth 0.7%, the 25% auto duty, the 10% car tariff and 100,000-vehicle quota, and the economist's 'fall by something like a quarter' forecast: out.",
    ],
    "facts": [
        fact(UK, "balance", "value", -55.2e9, "GBP", Q1, "55.2 billion", E_DEF, product=XPM),
        fact(UK, "exports", "growth", 7.3, "percent", Q1, "7.3", E_XM, product=XPM, basis="qoq"),
        fact(UK, "exports", "value", 92.7e9, "GBP", Q1, "92.7 billion", E_XM, product=XPM),
        fact(UK, "imports", "growth", 1.4, "percent", Q1, "1.4", E_XM, product=XPM, basis="qoq"),
        fact(UK, "imports", "value", 147.9e9, "GBP", Q1, "147.9 billion", E_XM, product=XPM),
        fact(UK, "exports", "growth", 0.9, "percent", Q1, "0.9", E_YOY, product=XPM),
        fact(UK, "imports", "growth", 4.0, "percent", Q1, "4.0", E_YOY, product=XPM),
        fact(UK, "exports", "growth", 13.2, "percent", Q1, "13.2", E_EXP_EU, partner=NONEU, product=XPM, basis="qoq"),
        fact(UK, "exports", "growth", 1.1, "percent", Q1, "1.1", E_EXP_EU, partner=EU, product=XPM, basis="qoq"),
        fact(UK, "exports", "share", 45.7, "percent", Q1, "45.7", E_EXP_EU, partner=EU, product=XPM),
        fact(UK, "imports", "growth", -0.5, "percent", Q1, "0.5", E_IMP_EU, partner=EU, product=XPM, basis="qoq"),
        fact(UK, "imports", "growth", 3.6, "percent", Q1, "3.6", E_IMP_EU, partner=NONEU, product=XPM, basis="qoq"),
        fact(UK, "imports", "share", 52.2, "percent", Q1, "52.2", E_IMP_EU, partner=EU, product=XPM),
        fact(UK, "exports", "value", 17.5e9, "GBP", Q1, "17.5 billion", E_US_Q, partner=US, product=XPM),
        fact(UK, "exports", "share", 19, "percent", Q1, "19", E_US_Q, partner=US, product=XPM, qualifier="approx"),
        fact(UK, "balance", "value", -6.6e9, "GBP", Q1, "6.6 billion", E_GS_Q, product=GS),
        fact(UK, "balance", "value", 48.6e9, "GBP", Q1, "48.6 billion", E_SVC, product="services"),
        fact(UK, "exports", "value", 6.1e9, "GBP", MAR, "6.1 billion", E_US_M, partner=US),
        fact(UK, "exports", "value", 8.1e9, "USD", MAR, "8.1 billion", E_US_M, partner=US, qualifier="approx"),
        fact(UK, "balance", "value", -3.7e9, "GBP", MAR, "3.7 billion", E_GS_M, product=GS),
        fact(UK, "balance", "value", -4.9e9, "GBP", FEB, "4.9 billion", E_GS_M, product=GS),
        fact(UK, "exports", "growth", 0.6, "percent", MAR, "0.6", E_GS_X, product=GS, basis="mom"),
        fact(UK, "exports", "value", 76.0e9, "GBP", MAR, "76.0 billion", E_GS_X, product=GS),
        fact(UK, "exports", "growth", 0.8, "percent", MAR, "0.8", E_GX, basis="mom"),
        fact(UK, "exports", "growth", 1.6, "percent", MAR, "1.6", E_GX, partner=EU, basis="mom"),
        fact(UK, "imports", "growth", -1.7, "percent", MAR, "1.7", E_GM, basis="mom"),
        fact(UK, "imports", "growth", -2.5, "percent", MAR, "2.5", E_GM, partner=NONEU, basis="mom"),
        fact(UK, "imports", "growth", 0.9, "percent", MAR, "0.9", E_GM, partner=EU, basis="mom"),
        fact(UK, "balance", "value", -19.9e9, "GBP", MAR, "19.9 billion", E_GDEF_M),
    ],
}
