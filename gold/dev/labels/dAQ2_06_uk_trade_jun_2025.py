from _fact import fact, period

Q2 = period(2025, 4, 6)
JUN = period(2025, 6)
MAY = period(2025, 5)
UK = "United Kingdom"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
GS = "goods and services"
EXPM = "goods excluding precious metals"
E_Q2 = ("The gap between the value of goods and services imported and exported widened by £4.9bn to £13.2bn in the "
        "three months to June")
E_Q2_XM = "as total exports fell 1.5% compared with the previous quarter and imports rose 0.6%"
E_PM = ("Excluding precious metals, whose movements through London's vaults can swamp the underlying figures, the deficit "
        "on trade in goods widened to £64.7bn over the quarter; including them, it was £58.3bn.")
E_SVC_Q2 = "The surplus on trade in services was estimated at £51.5bn."
E_EU_Q2 = ("Goods exports to the EU slipped 1.8% on the previous quarter to £42.1bn, and exports to countries outside the "
           "bloc fell 4.4% to £46.3bn.")
E_EU_IMP = "Imports from the EU climbed 2.3% quarter on quarter to £82.6bn."
E_US_Q2 = "Sales of British goods to the US were 13.5% lower than a year earlier in the quarter, at £12.9bn"
E_US_JUN = "In June alone, goods exports to the US, including precious metals, dropped by £0.7bn to £3.9bn"
E_CN = "Imports from China rose 6.2% on a year earlier to £17.1bn in the three months to June"
E_JUN = "For June on its own, the overall trade deficit widened to £5.02bn from a downwardly revised £4.55bn in May."
E_JUN_XM = "Total exports dropped 2.6% on the month to £74.76bn and imports fell 1.9% to £79.78bn."
E_GOODS = ("Goods exports fell 6.3% from May, dragged down by a 3.0% drop in shipments to the EU, chiefly aircraft to "
           "Germany, and a 9.6% slide in exports to non-EU countries.")
E_GIMP = "Goods imports declined 3.5% to £50.89bn."
E_SVC = "Services exports held broadly steady at £46.03bn, while services imports rose to £28.88bn."

ARTICLE = {
    "id": "dAQ2_06_uk_trade_jun_2025",
    "title": "UK trade deficit widens to £13.2bn as goods exports to US slump to three-year low",
    "publisher": "The Guardian",
    "published": "2025-08-14",
    "notes": [
        "Dated Thu 14 Aug 2025: 'the three months to June' / 'the second quarter' / 'over the quarter' = 2025-04..2025-06; June and May are 2025.",
        "Headline £13.2bn is the same observation as the body's quarterly deficit: labelled once, from the body.",
        "The quarterly and monthly totals ('goods and services', 'overall trade deficit', 'Total exports') carry product 'goods and services'; goods figures null; services 'services'.",
        "Precious metals: the text says 'Excluding precious metals' only for the quarterly goods deficit £64.7bn, labelled product 'goods excluding precious metals'; "
        "'including them, it was £58.3bn' covers all goods, product null. June US exports 'including precious metals' (all goods) are product null. "
        "Other figures say nothing about precious metals and are labelled as written (null / services / goods and services).",
        "'compared with the previous quarter' -> basis qoq for -1.5 (exports) and 0.6 (imports, same clause); EU paragraph: 'on the previous quarter' (-1.8, -4.4) and 'quarter on quarter' (2.3) -> qoq.",
        "'countries outside the bloc' (the EU) and 'non-EU countries': partner written 'non-EU countries'.",
        "US quarterly exports: '13.5% lower than a year earlier' -> -13.5 yoy, value £12.9bn, Q2 2025. China imports +6.2 yoy, £17.1bn, Q2 2025.",
        "June paragraph: 'on the month' sets mom for 2.6 and 1.9; next paragraph 'from May' sets mom for 6.3, 3.0 (exports to EU), 9.6 (exports to non-EU countries) and 3.5 (goods imports).",
        "May deficit £4.55bn ('downwardly revised ... in May') labelled as a May 2025 balance.",
        "Out of scope: changes in levels ('widened by £4.9bn', 'dropped by £0.7bn', 'rose by £0.2bn' for imports from the US), the streak/milestones ('three-year low', "
        "'weakest month since February 2022', 'more than three years'), tariffs and the car quota (10%, 100,000 vehicles, 30 June), GDP (0.3%, 0.7%, 0.1% forecast, 0.4%), "
        "Gale's forecast ('roughly 15% below'), years (2026, 2022). Services exports 'held broadly steady' and services imports 'rose' give no rates.",
    ],
    "facts": [
        fact(UK, "balance", "value", -13.2e9, "GBP", Q2, "13.2bn", E_Q2, product=GS),
        fact(UK, "exports", "growth", -1.5, "percent", Q2, "1.5", E_Q2_XM, product=GS, basis="qoq"),
        fact(UK, "imports", "growth", 0.6, "percent", Q2, "0.6", E_Q2_XM, product=GS, basis="qoq"),
        fact(UK, "balance", "value", -64.7e9, "GBP", Q2, "64.7bn", E_PM, product=EXPM),
        fact(UK, "balance", "value", -58.3e9, "GBP", Q2, "58.3bn", E_PM),
        fact(UK, "balance", "value", 51.5e9, "GBP", Q2, "51.5bn", E_SVC_Q2, product="services"),
        fact(UK, "exports", "growth", -1.8, "percent", Q2, "1.8", E_EU_Q2, partner=EU, basis="qoq"),
        fact(UK, "exports", "value", 42.1e9, "GBP", Q2, "42.1bn", E_EU_Q2, partner=EU),
        fact(UK, "exports", "growth", -4.4, "percent", Q2, "4.4", E_EU_Q2, partner=NONEU, basis="qoq"),
        fact(UK, "exports", "value", 46.3e9, "GBP", Q2, "46.3bn", E_EU_Q2, partner=NONEU),
        fact(UK, "imports", "growth", 2.3, "percent", Q2, "2.3", E_EU_IMP, partner=EU, basis="qoq"),
        fact(UK, "imports", "value", 82.6e9, "GBP", Q2, "82.6bn", E_EU_IMP, partner=EU),
        fact(UK, "exports", "growth", -13.5, "percent", Q2, "13.5", E_US_Q2, partner=US),
        fact(UK, "exports", "value", 12.9e9, "GBP", Q2, "12.9bn", E_US_Q2, partner=US),
        fact(UK, "exports", "value", 3.9e9, "GBP", JUN, "3.9bn", E_US_JUN, partner=US),
        fact(UK, "imports", "growth", 6.2, "percent", Q2, "6.2", E_CN, partner="China"),
        fact(UK, "imports", "value", 17.1e9, "GBP", Q2, "17.1bn", E_CN, partner="China"),
        fact(UK, "balance", "value", -5.02e9, "GBP", JUN, "5.02bn", E_JUN, product=GS),
        fact(UK, "balance", "value", -4.55e9, "GBP", MAY, "4.55bn", E_JUN, product=GS),
        fact(UK, "exports", "growth", -2.6, "percent", JUN, "2.6", E_JUN_XM, product=GS, basis="mom"),
        fact(UK, "exports", "value", 74.76e9, "GBP", JUN, "74.76bn", E_JUN_XM, product=GS),
        fact(UK, "imports", "growth", -1.9, "percent", JUN, "1.9", E_JUN_XM, product=GS, basis="mom"),
        fact(UK, "imports", "value", 79.78e9, "GBP", JUN, "79.78bn", E_JUN_XM, product=GS),
        fact(UK, "exports", "growth", -6.3, "percent", JUN, "6.3", E_GOODS, basis="mom"),
        fact(UK, "exports", "growth", -3.0, "percent", JUN, "3.0", E_GOODS, partner=EU, basis="mom"),
        fact(UK, "exports", "growth", -9.6, "percent", JUN, "9.6", E_GOODS, partner=NONEU, basis="mom"),
        fact(UK, "imports", "growth", -3.5, "percent", JUN, "3.5", E_GIMP, basis="mom"),
        fact(UK, "imports", "value", 50.89e9, "GBP", JUN, "50.89bn", E_GIMP),
        fact(UK, "exports", "value", 46.03e9, "GBP", JUN, "46.03bn", E_SVC, product="services"),
        fact(UK, "imports", "value", 28.88e9, "GBP", JUN, "28.88bn", E_SVC, product="services"),
    ],
}
