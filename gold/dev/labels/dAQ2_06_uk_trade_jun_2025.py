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
E_Q2 = "the deficit on goods and services trade grew by £4.9bn to £13.2bn over April to June"
E_Q2_XM = "Total exports were down 1.5% on the previous quarter, while imports increased 0.6%."
E_PM = ("Once precious metals are stripped out, since their flows through London's bullion vaults can distort the "
        "picture, the quarterly goods trade deficit rose to £64.7bn; with them left in, it stood at £58.3bn.")
E_SVC_Q2 = "Services trade produced an estimated surplus of £51.5bn."
E_EU_Q2 = ("Quarter on quarter, goods exports to the EU eased 1.8% to £42.1bn and those to non-EU countries dropped 4.4% "
           "to £46.3bn")
E_EU_IMP = "imports from the EU went up 2.3% to £82.6bn"
E_US_Q2 = "British goods exports to the US totalled £12.9bn in the quarter, down 13.5% on a year earlier"
E_US_JUN = "For June by itself, the value of goods sold to the US, precious metals included, was £3.9bn"
E_CN = "British imports from China increased 6.2% year on year to £17.1bn in the April-June period"
E_JUN = "In June, the total trade deficit came to £5.02bn, larger than May's figure of £4.55bn, which was revised down."
E_JUN_XM = "Exports overall were 2.6% lower than in May at £74.76bn, and imports declined 1.9% to £79.78bn."
E_GOODS = ("Within that, goods exports were 6.3% below May's level: sales to the EU shrank 3.0%, mostly because fewer "
           "aircraft went to Germany, and sales to non-EU countries sank 9.6%.")
E_GIMP = "Goods imports were 3.5% lower at £50.89bn."
E_SVC = "Services exports were little changed at £46.03bn, and services imports increased to £28.88bn."

ARTICLE = {
    "id": "dAQ2_06_uk_trade_jun_2025",
    "title": "UK goods sales to US fall to weakest in over three years as quarterly trade gap hits £13.2bn",
    "publisher": "The Guardian",
    "published": "2025-08-14",
    "notes": [
        "Dated Thu 14 Aug 2025: 'April to June' / 'the April-June period' / 'the second quarter' / 'in the quarter' = 2025-04..2025-06; June and May are 2025.",
        "Headline £13.2bn is the same observation as the body's quarterly deficit: labelled once, from the body.",
        "The quarterly and monthly totals ('goods and services', 'total trade deficit', 'Total exports', 'Exports overall') carry product 'goods and services'; goods figures null; services 'services'.",
        "Precious metals: the text says 'Once precious metals are stripped out' only for the quarterly goods deficit £64.7bn, labelled product 'goods excluding precious metals'; "
        "'with them left in, it stood at £58.3bn' covers all goods, product null. June US exports 'precious metals included' (all goods) are product null. "
        "Other figures say nothing about precious metals and are labelled as written (null / services / goods and services).",
        "'on the previous quarter' -> basis qoq for -1.5 (exports) and 0.6 (imports, same sentence); EU paragraph: 'Quarter on quarter' opens the sentence with -1.8, -4.4 and 2.3 -> qoq.",
        "'non-EU countries': partner written 'non-EU countries'.",
        "US quarterly exports: 'down 13.5% on a year earlier' -> -13.5 yoy, value £12.9bn, Q2 2025. China imports +6.2 yoy, £17.1bn, Q2 2025.",
        "June paragraph: 'lower than in May' sets mom for 2.6 and 1.9; next paragraph 'below May's level' sets mom for 6.3, 3.0 (exports to EU), 9.6 (exports to non-EU countries) and 3.5 (goods imports).",
        "May deficit £4.55bn ('May's figure of £4.55bn, which was revised down') labelled as a May 2025 balance.",
        "Out of scope: changes in levels ('grew by £4.9bn', '£0.7bn less than in May', 'up by £0.2bn' for imports from the US), the streak/milestones ('weakest in over three years', "
        "'the lowest monthly figure since February 2022', 'more than three years'), tariffs and the car quota (10%, 100,000 vehicles, 30 June), GDP (0.3%, 0.7%, 0.1% forecast, 0.4%), "
        "the Aldgate Analytics economist's forecast ('about 15% below'), years (2026, 2022). Services exports 'were little changed' and services imports 'increased' give no rates.",
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
