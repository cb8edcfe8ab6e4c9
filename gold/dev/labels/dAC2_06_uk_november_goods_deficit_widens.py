from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
SEP_NOV = period(2025, 9, 11)
DEC_NOV = {"start": "2024-12", "end": "2025-11"}
UK = "United Kingdom"

DEF = ("Leaving out precious metals, the goods trade shortfall increased to 22.1 billion pounds ($29.6 billion) from "
       "October's revised 20.2 billion pounds")
EXP = ("Compared with October, goods exports fell 3.6% in value to 29.5 billion pounds, as sales to the EU declined "
       "4.1% and sales to non-EU countries declined 3.1%")
IMP = ("Goods imports went up 1.6% to 51.6 billion pounds on the back of a 2.2% increase in purchases from the "
       "bloc")
EU_EXP = "Sales to the EU came to 14.0 billion pounds"
EU_BAL = ("Britain's deficit with EU countries grew to 13.3 billion pounds, and its shortfall with the rest of the "
          "world was 8.8 billion pounds")
PM = "Precious metals exports climbed to 3.4 billion pounds in November, up from 2.1 billion pounds in October"
US_EXP = "Counting precious metals, goods exports to the United States decreased by 0.6 billion pounds to 4.3 billion pounds"
US_IMP = ("Britain's imports from the U.S. increased to 5.0 billion pounds, which meant a goods shortfall of 0.7 billion "
          "pounds with the country that is Britain's biggest single trading partner")
YOY = "In value terms, goods exports were down 4.8% from November 2024"
TOTAL = ("Once services are added in, with services in surplus by an estimated 17.6 billion pounds, Britain's "
         "overall trade deficit for November came to 4.5 billion pounds")
THREE = ("In the three months to November, a period the ONS considers more telling about the trend than any one "
         "month, the total goods and services deficit increased by 2.3 billion pounds to 8.9 billion pounds")
THREE_G = ("Across those three months the goods deficit rose to 63.2 billion pounds and the services surplus shrank "
           "to 54.3 billion pounds")
TWELVE = "Over the 12 months to November, the goods shortfall came to 245.1 billion pounds"

ARTICLE = {
    "id": "dAC2_06_uk_november_goods_deficit_widens",
    "title": "Falling exports to EU and U.S. widen Britain's goods trade gap",
    "publisher": "Reuters",
    "published": "2026-01-15",
    "notes": [
        "Area United Kingdom (Britain) throughout; period November 2025 unless stated (published January 2026, so "
        "'November' and 'October' are 2025).",
        "Goods figures, headline ONS basis excluding precious metals ('Leaving out precious metals'), and the U.S. figures 'Counting "
        "precious metals': product null (goods); the record has no field for the inclusion or exclusion of precious metals. "
        "Exports of precious metals themselves: product 'precious metals'.",
        "Exports paragraph opens 'Compared with October': the -3.6%, the EU -4.1%, non-EU -3.1%, the imports 1.6% and the "
        "2.2% rise of imports from the bloc all carry the month-on-month frame (mom).",
        "'the bloc' -> European Union; 'the rest of the world' (opposed to EU countries) -> partner 'non-EU countries'.",
        "Deficits and shortfalls are negative balances; surpluses positive. 'overall trade deficit' and 'total goods and services "
        "deficit' -> product 'goods and services'; the services surpluses -> product 'services'.",
        "($29.6 billion) conversion of the November goods deficit: separate USD fact, approx.",
        "'Britain's biggest single trading partner' (the U.S.): rank 1 of the United States in total trade, dated to the "
        "article's month, November 2025.",
        "'three months to November' -> 2025-09..2025-11; 'those three months' in the next sentence are the same three months. "
        "'12 months to November' -> 2024-12..2025-11.",
        "'down 4.8% from November 2024' -> yoy, -4.8%, November 2025.",
        "Out of scope, unlabelled: changes in pounds ('decreased by 0.6 billion pounds', 'increased by 2.3 billion pounds'), "
        "which the record cannot express; the Reuters poll forecast (20.6 billion pounds); the 10% U.S. tariff; "
        "'the weakest since early 2023' and 'not far off the record from 2022' (milestones); GDP 0.2% and "
        "-0.1%; net trade subtracting 0.3 percentage points; the first-quarter view (forecast).",
    ],
    "facts": [
        fact(UK, "balance", "value", -22.1e9, "GBP", NOV, "22.1 billion", DEF),
        fact(UK, "balance", "value", -29.6e9, "USD", NOV, "29.6 billion", DEF, qualifier="approx"),
        fact(UK, "balance", "value", -20.2e9, "GBP", OCT, "20.2 billion", DEF),
        fact(UK, "exports", "growth", -3.6, "percent", NOV, "3.6", EXP, basis="mom"),
        fact(UK, "exports", "value", 29.5e9, "GBP", NOV, "29.5 billion", EXP),
        fact(UK, "exports", "growth", -4.1, "percent", NOV, "4.1", EXP, partner="European Union", basis="mom"),
        fact(UK, "exports", "growth", -3.1, "percent", NOV, "3.1", EXP, partner="non-EU countries", basis="mom"),
        fact(UK, "imports", "growth", 1.6, "percent", NOV, "1.6", IMP, basis="mom"),
        fact(UK, "imports", "value", 51.6e9, "GBP", NOV, "51.6 billion", IMP),
        fact(UK, "imports", "growth", 2.2, "percent", NOV, "2.2", IMP, partner="European Union", basis="mom"),
        fact(UK, "exports", "value", 14.0e9, "GBP", NOV, "14.0 billion", EU_EXP, partner="European Union"),
        fact(UK, "balance", "value", -13.3e9, "GBP", NOV, "13.3 billion", EU_BAL, partner="European Union"),
        fact(UK, "balance", "value", -8.8e9, "GBP", NOV, "8.8 billion", EU_BAL, partner="non-EU countries"),
        fact(UK, "exports", "value", 3.4e9, "GBP", NOV, "3.4 billion", PM, product="precious metals"),
        fact(UK, "exports", "value", 2.1e9, "GBP", OCT, "2.1 billion", PM, product="precious metals"),
        fact(UK, "exports", "value", 4.3e9, "GBP", NOV, "4.3 billion", US_EXP, partner="United States"),
        fact(UK, "imports", "value", 5.0e9, "GBP", NOV, "5.0 billion", US_IMP, partner="United States"),
        fact(UK, "balance", "value", -0.7e9, "GBP", NOV, "0.7 billion", US_IMP, partner="United States"),
        fact(UK, "total", "rank", 1, "number", NOV, "biggest", US_IMP, partner="United States"),
        fact(UK, "exports", "growth", -4.8, "percent", NOV, "4.8", YOY),
        fact(UK, "balance", "value", 17.6e9, "GBP", NOV, "17.6 billion", TOTAL, product="services"),
        fact(UK, "balance", "value", -4.5e9, "GBP", NOV, "4.5 billion", TOTAL, product="goods and services"),
        fact(UK, "balance", "value", -8.9e9, "GBP", SEP_NOV, "8.9 billion", THREE, product="goods and services"),
        fact(UK, "balance", "value", -63.2e9, "GBP", SEP_NOV, "63.2 billion", THREE_G),
        fact(UK, "balance", "value", 54.3e9, "GBP", SEP_NOV, "54.3 billion", THREE_G, product="services"),
        fact(UK, "balance", "value", -245.1e9, "GBP", DEC_NOV, "245.1 billion", TWELVE),
    ],
}
