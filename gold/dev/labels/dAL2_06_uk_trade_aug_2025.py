from _fact import fact, period

AUG = period(2025, 8)
JUN_AUG = period(2025, 6, 8)
YEAR_TO_AUG = {"start": "2024-09", "end": "2025-08"}
UK = "United Kingdom"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
GS = "goods and services"
SERV = "services"
GS_EX = "goods and services excluding precious metals"
GOODS_EX = "goods excluding precious metals"

TOTAL = "the deficit on total trade in goods and services rose by £4.1bn over the period to £12.6bn"
GOODS_BAL = "In goods, the deficit grew £3.2bn to £62.4bn"
SERV_BAL = "the services surplus shrank £0.9bn to £49.8bn"
EX_PM = "With precious metals removed — their movements in and out of London's bullion vaults can distort the headline figures — the total trade deficit grew £2.6bn to £7.9bn."
FLOWS = "Compared with the previous three months, total exports of goods and services were down 1.9% at £218.3bn and imports up 0.7% at £230.9bn."
EX_PM_IMP = "Goods imports excluding precious metals increased 2.9% on the previous three months"
EU_BAL = "Over the three months to August, Britain's goods deficit with EU countries rose to £31.7bn"
NONEU_BAL = "its shortfall with the rest of the world to £30.7bn"
AUG_EXP = "Taking August on its own, the value of goods exports dropped by £1.0bn, or 3.4%, from July"
AUG_EU = "Sales to the EU slipped 2.6% to £14.1bn, while those to non-EU countries declined 4.1% to £13.4bn."
AUG_IMP = "Goods imports were up 1.2% on the back of more fuel purchases."
US_EXP = "goods exports to the US, precious metals included, dropped £0.4bn to £3.8bn in August"
US_IMP = "Imports from the US climbed £0.3bn to £5.1bn"
US_BAL = "Britain ran a £1.3bn goods deficit with its transatlantic ally for the month"
US_3M = "Goods exports to the US in the three months to August were 13.5% below their level a year earlier, and car exports to the country were down 21.7% over the same period."
YEAR = "In the 12 months to August, the total trade deficit was £36.2bn, £9.8bn wider than in the previous 12 months, with total exports up 1.4% and imports up 3.6%."
SERV_EXP = "In the three months to August, services exports were put at £132.7bn, 0.4% higher than in the previous three months"

ARTICLE = {
    "id": "dAL2_06_uk_trade_aug_2025",
    "title": "Britain's goods exports to US slide to weakest since 2022 as trade gap widens",
    "publisher": "The Guardian",
    "published": "2025-10-16",
    "notes": [
        "Area United Kingdom throughout ('Britain's trade deficit'). Published 2025-10-16 with no year in the text for its periods: 'the three months to August' = 2025-06..2025-08, 'August' = 2025-08, 'the 12 months to August' = 2024-09..2025-08. 'over the period' (second paragraph) and 'over the same period' (car exports) carry the three months to August.",
        "Absolute changes ('rose by £4.1bn', 'grew £3.2bn', 'dropped by £1.0bn', 'dropped £0.4bn', 'climbed £0.3bn', '£9.8bn wider' ...) are comparisons derived from two levels, which the record cannot express: not labelled. Only the levels and the percentage rates are.",
        "Basis: rates for a three-month window 'compared with the previous three months' / 'on the previous three months' are labelled qoq (a comparison with the preceding three-month period). 'below their level a year earlier' -> yoy. 'than in the previous 12 months' for the 12 months to August -> yoy (same window a year earlier). The August paragraph opens on 'from July', a month-on-month frame that carries to its EU/non-EU rates and to 'Goods imports were up 1.2%' -> mom.",
        "Product: total trade figures are 'goods and services'; the services surplus and services exports are 'services'; the goods deficit and goods flows are null. Precious-metals-excluded figures keep the restriction in product: the total deficit excluding precious metals -> 'goods and services excluding precious metals'; goods imports excluding precious metals -> 'goods excluding precious metals'. 'goods exports to the US, precious metals included' is all goods -> null.",
        "'imports up 0.7% at £230.9bn' in the 'total exports of goods and services' sentence are total (goods and services) imports. In the 12-month sentence, 'total exports up 1.4% and imports up 3.6%' are goods and services too (they explain the total trade deficit).",
        "'its shortfall with the rest of the world' (after the EU goods deficit) = goods deficit with non-EU countries: partner 'non-EU countries', product null (goods).",
        "'its transatlantic ally' = United States; the £1.3bn goods deficit with it is for August ('for the month').",
        "Out of scope, unlabelled: 'the weakest figure since January 2022' (milestone); the 10% and 25% tariffs and the 100,000-car quota (policy, not trade flows); GDP growth of 0.1% in August and the 0.1% contraction in July.",
    ],
    "facts": [
        fact(UK, "balance", "value", -12.6e9, "GBP", JUN_AUG, "12.6bn", TOTAL, product=GS),
        fact(UK, "balance", "value", -62.4e9, "GBP", JUN_AUG, "62.4bn", GOODS_BAL),
        fact(UK, "balance", "value", 49.8e9, "GBP", JUN_AUG, "49.8bn", SERV_BAL, product=SERV),
        fact(UK, "balance", "value", -7.9e9, "GBP", JUN_AUG, "7.9bn", EX_PM, product=GS_EX),
        fact(UK, "exports", "growth", -1.9, "percent", JUN_AUG, "1.9", FLOWS, product=GS, basis="qoq"),
        fact(UK, "exports", "value", 218.3e9, "GBP", JUN_AUG, "218.3bn", FLOWS, product=GS),
        fact(UK, "imports", "growth", 0.7, "percent", JUN_AUG, "0.7", FLOWS, product=GS, basis="qoq"),
        fact(UK, "imports", "value", 230.9e9, "GBP", JUN_AUG, "230.9bn", FLOWS, product=GS),
        fact(UK, "imports", "growth", 2.9, "percent", JUN_AUG, "2.9", EX_PM_IMP, product=GOODS_EX, basis="qoq"),
        fact(UK, "balance", "value", -31.7e9, "GBP", JUN_AUG, "31.7bn", EU_BAL, partner=EU),
        fact(UK, "balance", "value", -30.7e9, "GBP", JUN_AUG, "30.7bn", NONEU_BAL, partner=NONEU),
        fact(UK, "exports", "growth", -3.4, "percent", AUG, "3.4", AUG_EXP, basis="mom"),
        fact(UK, "exports", "growth", -2.6, "percent", AUG, "2.6", AUG_EU, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.1e9, "GBP", AUG, "14.1bn", AUG_EU, partner=EU),
        fact(UK, "exports", "growth", -4.1, "percent", AUG, "4.1", AUG_EU, partner=NONEU, basis="mom"),
        fact(UK, "exports", "value", 13.4e9, "GBP", AUG, "13.4bn", AUG_EU, partner=NONEU),
        fact(UK, "imports", "growth", 1.2, "percent", AUG, "1.2", AUG_IMP, basis="mom"),
        fact(UK, "exports", "value", 3.8e9, "GBP", AUG, "3.8bn", US_EXP, partner=US),
        fact(UK, "imports", "value", 5.1e9, "GBP", AUG, "5.1bn", US_IMP, partner=US),
        fact(UK, "balance", "value", -1.3e9, "GBP", AUG, "1.3bn", US_BAL, partner=US),
        fact(UK, "exports", "growth", -13.5, "percent", JUN_AUG, "13.5", US_3M, partner=US),
        fact(UK, "exports", "growth", -21.7, "percent", JUN_AUG, "21.7", US_3M, partner=US, product="cars"),
        fact(UK, "balance", "value", -36.2e9, "GBP", YEAR_TO_AUG, "36.2bn", YEAR, product=GS),
        fact(UK, "exports", "growth", 1.4, "percent", YEAR_TO_AUG, "1.4", YEAR, product=GS),
        fact(UK, "imports", "growth", 3.6, "percent", YEAR_TO_AUG, "3.6", YEAR, product=GS),
        fact(UK, "exports", "value", 132.7e9, "GBP", JUN_AUG, "132.7bn", SERV_EXP, product=SERV),
        fact(UK, "exports", "growth", 0.4, "percent", JUN_AUG, "0.4", SERV_EXP, product=SERV, basis="qoq"),
    ],
}
