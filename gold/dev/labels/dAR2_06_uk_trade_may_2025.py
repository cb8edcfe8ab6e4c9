from _fact import fact, period

MAY = period(2025, 5)
APR = period(2025, 4)
Q3M = period(2025, 3, 5)
UK = "United Kingdom"
US = "United States"
EU = "European Union"
NON_EU = "Non-EU countries"
GS = "goods and services"
XPM = "excluding precious metals"

E_3M = "the combined shortfall on goods and services reached £13.2bn in that period"
E_3M_GOODS = "A £61bn deficit on goods"
E_3M_SERV = "the ONS estimates the surplus slipped £0.6bn to £47.8bn"
E_3M_XPM = ("Leave out precious metals, whose movements through London's bullion vaults can jerk the figures around from one "
            "month to the next, and the total three-month trade deficit to May comes to £9.6bn")
E_US = ("Counting precious metals, Britain's goods exports to the US edged back up by £0.3bn to £4.4bn in May, having "
        "plunged by a record £2bn to £4.1bn in April")
E_US_3M = "across the three months to May goods exports to the US were 14.6% lower than in the previous three months"
E_MAY = ("Taking May on its own, exports of goods and services were worth £74.31bn, 1.2% more than in April, and "
         "imports £80.01bn, a 0.1% rise.")
E_MAY_DEF = "The gap for the month therefore shrank to £5.7bn, against £6.5bn in April."
E_GOODS = ("Goods alone accounted for £29.1bn of exports, up 2.2% from April thanks partly to fuel shipped to Poland, "
           "and £50.8bn of imports, up 1.2%.")
E_EU = ("Excluding precious metals, exports to the EU increased 2.9% to £14.4bn and those to non-EU countries 1.5% "
        "to £14.2bn, while imports from the EU climbed 1.3% to £26.7bn.")
E_CN = ("Imports from China rose 6.0% on the month to £6.3bn, led by clothing and electrical machinery, while "
        "exports to China dropped 3.5% to £1.5bn.")
E_PM = "Exports of precious metals, mostly non-monetary gold, fell to £0.5bn in May from £1.3bn in April."

ARTICLE = {
    "id": "dAR2_06_uk_trade_may_2025",
    "title": "UK trade deficit widens to £13.2bn as exports to US stay depressed after Trump tariffs",
    "publisher": "The Guardian",
    "published": "2025-07-11",
    "notes": [
        "Byline line 'The Guardian | Fri 11 Jul 2025': published 2025-07-11; 'the three months to May' is 2025-03..2025-05; May and April are 2025.",
        "Headline '£13.2bn' is the same observation as the body's three-month goods and services deficit: labelled once, from the body.",
        "Product: total trade (goods and services) 'goods and services'; services alone 'services'; goods alone null (including the US and China country figures, which are goods trade).",
        "Figures the text gives 'excluding precious metals' carry product 'excluding precious metals' (goods), and 'goods and services excluding precious metals' for the total trade deficit ex precious metals (-£9.6bn). 'Counting precious metals, Britain's goods exports to the US' is plain goods: product null.",
        "Exports of precious metals themselves (May £0.5bn, April £1.3bn): product 'precious metals'.",
        "All deficits are negative balances: -13.2bn, -61bn (goods), -9.6bn (ex precious metals), May -5.7bn, April -6.5bn; the services surplus +47.8bn ('the ONS estimates' refers to the ONS's estimate of a past period, not approx: qualifier exact).",
        "Absolute changes are out (derived comparisons): £6.7bn more, up £6.1bn, slipped £0.6bn, £2.9bn wider, edged back up by £0.3bn, plunged by a record £2bn, dropped £0.9bn (purchases of American goods). 'more than doubled' is out for the same reason.",
        "'having plunged by a record £2bn to £4.1bn in April': the April level £4.1bn is labelled (period 2025-04); the £2bn drop and 'record' are out.",
        "'across the three months to May goods exports to the US were 14.6% lower than in the previous three months': growth -14.6 over the preceding three-month period, labelled basis qoq (judgement call: a rolling three months against the three before it).",
        "May paragraph: '1.2% more than in April' sets a mom frame; imports 0.1% is mom. Next paragraph: 'up 2.2% from April' sets a mom frame carried to goods imports 1.2% and to the EU / non-EU figures (2.9, 1.5, 1.3). China: '6.0% on the month' mom, and exports to China -3.5 mom.",
        "'those to non-EU countries 1.5% to £14.2bn': exports, verb shared with 'increased'; partner written 'Non-EU countries'.",
        "Out of scope: GDP -0.1% in May, -0.3% in April and the City forecast of 0.1% growth (not trade); tariff rates (10%) and the 100,000-vehicle quota; the date 30 June; the economist's forecasts (half a percentage point off growth, roughly 15% below last year's level).",
    ],
    "facts": [
        fact(UK, "balance", "value", -13.2e9, "GBP", Q3M, "13.2bn", E_3M, product=GS),
        fact(UK, "balance", "value", -61e9, "GBP", Q3M, "61bn", E_3M_GOODS),
        fact(UK, "balance", "value", 47.8e9, "GBP", Q3M, "47.8bn", E_3M_SERV, product="services"),
        fact(UK, "balance", "value", -9.6e9, "GBP", Q3M, "9.6bn", E_3M_XPM, product="goods and services excluding precious metals"),
        fact(UK, "exports", "value", 4.4e9, "GBP", MAY, "4.4bn", E_US, partner=US),
        fact(UK, "exports", "value", 4.1e9, "GBP", APR, "4.1bn", E_US, partner=US),
        fact(UK, "exports", "growth", -14.6, "percent", Q3M, "14.6", E_US_3M, partner=US, basis="qoq"),
        fact(UK, "exports", "value", 74.31e9, "GBP", MAY, "74.31bn", E_MAY, product=GS),
        fact(UK, "exports", "growth", 1.2, "percent", MAY, "1.2", E_MAY, product=GS, basis="mom"),
        fact(UK, "imports", "value", 80.01e9, "GBP", MAY, "80.01bn", E_MAY, product=GS),
        fact(UK, "imports", "growth", 0.1, "percent", MAY, "0.1", E_MAY, product=GS, basis="mom"),
        fact(UK, "balance", "value", -5.7e9, "GBP", MAY, "5.7bn", E_MAY_DEF, product=GS),
        fact(UK, "balance", "value", -6.5e9, "GBP", APR, "6.5bn", E_MAY_DEF, product=GS),
        fact(UK, "exports", "growth", 2.2, "percent", MAY, "2.2", E_GOODS, basis="mom"),
        fact(UK, "exports", "value", 29.1e9, "GBP", MAY, "29.1bn", E_GOODS),
        fact(UK, "imports", "growth", 1.2, "percent", MAY, "1.2", E_GOODS, basis="mom"),
        fact(UK, "imports", "value", 50.8e9, "GBP", MAY, "50.8bn", E_GOODS),
        fact(UK, "exports", "growth", 2.9, "percent", MAY, "2.9", E_EU, partner=EU, product=XPM, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", MAY, "14.4bn", E_EU, partner=EU, product=XPM),
        fact(UK, "exports", "growth", 1.5, "percent", MAY, "1.5", E_EU, partner=NON_EU, product=XPM, basis="mom"),
        fact(UK, "exports", "value", 14.2e9, "GBP", MAY, "14.2bn", E_EU, partner=NON_EU, product=XPM),
        fact(UK, "imports", "growth", 1.3, "percent", MAY, "1.3", E_EU, partner=EU, product=XPM, basis="mom"),
        fact(UK, "imports", "value", 26.7e9, "GBP", MAY, "26.7bn", E_EU, partner=EU, product=XPM),
        fact(UK, "imports", "growth", 6.0, "percent", MAY, "6.0", E_CN, partner="China", basis="mom"),
        fact(UK, "imports", "value", 6.3e9, "GBP", MAY, "6.3bn", E_CN, partner="China"),
        fact(UK, "exports", "growth", -3.5, "percent", MAY, "3.5", E_CN, partner="China", basis="mom"),
        fact(UK, "exports", "value", 1.5e9, "GBP", MAY, "1.5bn", E_CN, partner="China"),
        fact(UK, "exports", "value", 0.5e9, "GBP", MAY, "0.5bn", E_PM, product="precious metals"),
        fact(UK, "exports", "value", 1.3e9, "GBP", APR, "1.3bn", E_PM, product="precious metals"),
    ],
}
