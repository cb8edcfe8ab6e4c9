from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
AUG_OCT = period(2025, 8, 10)
MAY_JUL = period(2025, 5, 7)
TWELVE = {"start": "2024-11", "end": "2025-10"}
UK = "United Kingdom"
US = "United States"
EU = "European Union"
NON_EU = "non-EU countries"
GS = "goods and services"
GS_XPM = "goods and services excluding precious metals"

TOTAL = ("Over the three months, the goods and services trade deficit increased by 4.0 billion pounds, reaching "
         "6.7 billion pounds ($9.0 billion)")
GOODS_SERV = ("Taken alone, the goods deficit grew to 60.5 billion pounds, and the services surplus held steady at "
              "53.8 billion pounds.")
XPM = ("the overall trade deficit grew to 8.9 billion pounds, compared with 5.6 billion pounds over the "
       "May-to-July period")
MONTH_X = "Looking at October by itself, exports of goods rose to 30.3 billion pounds, 5.2% more than in September"
MONTH_M = "Imports of goods were up 1.5% at 50.1 billion pounds"
MONTH_D = "the goods deficit for the month narrowed to 19.8 billion pounds, down from 20.6 billion pounds"
CARS = "car exports climbed 23% on the month"
EU_X = ("Relative to September, exports to the European Union increased 3.9% to 14.6 billion pounds, while exports "
        "to non-EU countries grew 6.4% to 15.7 billion pounds.")
EU_M = "Purchases from the EU inched up 0.4% and those from outside the bloc increased 2.8%."
USX = ("goods exports to the United States, the biggest single market for British exports, increased by 1.1 "
       "billion pounds, or 27%, compared with September")
USM = "Goods bought from the U.S. surged 52%"
US3 = "exports to the U.S. over the three months to October were down 9.6% from a year before"
YEAR = "In the 12 months through October, the goods deficit hit an all-time high of 244.7 billion pounds"

ARTICLE = {
    "id": "dAE2_06_uk_trade_october",
    "title": "UK trade gap widens on surge in imports from US",
    "publisher": "Reuters",
    "published": "2025-12-12",
    "notes": [
        "Area United Kingdom ('Britain'). Running period: the three months to October 2025 = 2025-08..2025-10; "
        "monthly figures October 2025.",
        "Deficits are negative balances; the services surplus is positive. Goods balance: product null; services "
        "balance: product 'services'; goods-and-services balance: product 'goods and services'.",
        "6.7 billion pounds and its conversion $9.0 billion: two facts, the USD one approx (conversion), both "
        "negative (deficit).",
        "'Excluding precious metals ... the overall trade deficit': product 'goods and services excluding "
        "precious metals' (total trade = goods and services); 8.9bn is the three months to October (the "
        "paragraph's running period), 5.6bn 'the May-to-July period' (2025-05..07).",
        "'the goods deficit for the month narrowed to 19.8 billion pounds, down from 20.6 billion pounds': "
        "October and September goods balances.",
        "Month-on-month: 5.2% 'more than in September' is in the paragraph's first sentence, so imports 1.5% in "
        "the same paragraph is mom; 'Relative to September' opens the EU/non-EU paragraph, so all four rates "
        "there are mom; 27% 'compared with September' opens the U.S. paragraph, so the imports 52% is mom too; "
        "cars 'on the month'.",
        "'non-EU countries' and 'outside the bloc' -> partner 'non-EU countries'; 'the EU' -> European Union.",
        "'the biggest single market for British exports': rank 1 for exports to the United States, October 2025.",
        "US goods exports 'including precious metals' = all goods, product null.",
        "9.6% 'down ... from a year before' for the three months to October: yoy, -9.6, period 2025-08..10.",
        "'In the 12 months through October': period 2024-11..2025-10; goods balance -244.7bn.",
        "Out of scope, unlabelled: changes in levels ('increased by 4.0 billion pounds', 'increased by 1.1 "
        "billion pounds') which the record cannot express; Reuters poll expectation 21.0 billion (forecast); "
        "'all-time high' (milestone); the 10% baseline tariff; 0.2 percentage points from growth (percentage points, "
        "forecast); GDP -0.1%; Bank of England rates 3.75% and 4.0%; exchange rate line.",
    ],
    "facts": [
        fact(UK, "balance", "value", -6.7e9, "GBP", AUG_OCT, "6.7 billion", TOTAL, product=GS),
        fact(UK, "balance", "value", -9.0e9, "USD", AUG_OCT, "9.0 billion", TOTAL, product=GS, qualifier="approx"),
        fact(UK, "balance", "value", -60.5e9, "GBP", AUG_OCT, "60.5 billion", GOODS_SERV),
        fact(UK, "balance", "value", 53.8e9, "GBP", AUG_OCT, "53.8 billion", GOODS_SERV, product="services"),
        fact(UK, "balance", "value", -8.9e9, "GBP", AUG_OCT, "8.9 billion", XPM, product=GS_XPM),
        fact(UK, "balance", "value", -5.6e9, "GBP", MAY_JUL, "5.6 billion", XPM, product=GS_XPM),
        fact(UK, "exports", "growth", 5.2, "percent", OCT, "5.2", MONTH_X, basis="mom"),
        fact(UK, "exports", "value", 30.3e9, "GBP", OCT, "30.3 billion", MONTH_X),
        fact(UK, "imports", "growth", 1.5, "percent", OCT, "1.5", MONTH_M, basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", OCT, "50.1 billion", MONTH_M),
        fact(UK, "balance", "value", -19.8e9, "GBP", OCT, "19.8 billion", MONTH_D),
        fact(UK, "balance", "value", -20.6e9, "GBP", SEP, "20.6 billion", MONTH_D),
        fact(UK, "exports", "growth", 23, "percent", OCT, "23", CARS, product="cars", basis="mom"),
        fact(UK, "exports", "growth", 3.9, "percent", OCT, "3.9", EU_X, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.6e9, "GBP", OCT, "14.6 billion", EU_X, partner=EU),
        fact(UK, "exports", "growth", 6.4, "percent", OCT, "6.4", EU_X, partner=NON_EU, basis="mom"),
        fact(UK, "exports", "value", 15.7e9, "GBP", OCT, "15.7 billion", EU_X, partner=NON_EU),
        fact(UK, "imports", "growth", 0.4, "percent", OCT, "0.4", EU_M, partner=EU, basis="mom"),
        fact(UK, "imports", "growth", 2.8, "percent", OCT, "2.8", EU_M, partner=NON_EU, basis="mom"),
        fact(UK, "exports", "rank", 1, "number", OCT, "biggest", USX, partner=US),
        fact(UK, "exports", "growth", 27, "percent", OCT, "27", USX, partner=US, basis="mom"),
        fact(UK, "imports", "growth", 52, "percent", OCT, "52", USM, partner=US, basis="mom"),
        fact(UK, "exports", "growth", -9.6, "percent", AUG_OCT, "9.6", US3, partner=US),
        fact(UK, "balance", "value", -244.7e9, "GBP", TWELVE, "244.7 billion", YEAR),
    ],
}
