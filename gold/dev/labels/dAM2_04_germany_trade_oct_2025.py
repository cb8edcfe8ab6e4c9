from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
DE = "Germany"
EU = "European Union"
NON_EU = "non-EU countries"
US = "United States"
E_LEAD = "leaving German exports 0.1% higher than in September"
E_EXP = "put exports at 131.3 billion euros after calendar and seasonal adjustment"
E_IMP = "imports were down 1.2% on the month at 114.4 billion euros."
E_YOY = "On a year-on-year basis, exports rose 4.2% and imports 2.8%"
E_SUR = ("That lifted the trade surplus to 16.9 billion euros ($19.7 billion), up from 15.3 billion euros in September "
         "after revision.")
E_EU = ("Month on month, shipments to fellow European Union members rose 2.7% to 76.3 billion euros, and goods brought "
        "in from the bloc grew by 2.8% to 61.1 billion euros.")
E_NON = ("exports to them slipped 3.3% from September to 55.0 billion euros, and imports from them declined 5.4% to "
         "53.3 billion euros.")
E_US = ("Sales to the United States, which remains the biggest buyer of German goods, fell 7.8% from September to "
        "11.3 billion euros")
E_US_YOY = "were 11.9% lower than in October last year"
E_CN_X = "Shipments to China dropped 5.8% on the month to 6.4 billion euros."
E_CN_M = ("China remained Germany's largest supplier, sending goods worth 14.0 billion euros, 0.9% more than in "
          "September.")
E_UK_M = "Imports from the United Kingdom fell 4.1% from the previous month to 2.9 billion euros."

ARTICLE = {
    "id": "dAM2_04_germany_trade_oct_2025",
    "title": "German exports inch up 0.1% in October as U.S. shipments slide",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Dateline BERLIN, Dec 8 (Reuters): published 2025-12-08; 'October' is October 2025, 'September' September 2025.",
        "Destatis goods trade only: product null throughout (goods alone).",
        "All October figures are calendar and seasonally adjusted; the record has no field for the adjustment, so none is recorded.",
        "Headline 0.1% and lead 0.1% are one observation (exports, mom): labelled once, from the lead.",
        "'imports were down 1.2% on the month': basis mom. 'On a year-on-year basis, exports rose 4.2% and imports 2.8%': basis yoy, 'imports 2.8%' shares the verb 'rose'.",
        "Reuters poll figures (exports -0.2%, imports +0.5%) are forecasts: out.",
        "'16.9 billion euros ($19.7 billion)': a EUR fact and a USD fact; no hedge word, so qualifier exact. The '($1 = 0.8586 euros)' rate line is not a trade figure: out.",
        "'up from 15.3 billion euros in September after revision': September 2025 balance; 'In October 2024 the surplus had been 14.6 billion euros': October 2024 balance.",
        "EU paragraph opens with 'Month on month': its growth rates are basis mom. Partner European Union ('fellow European Union members', 'the bloc').",
        "Third countries ('countries outside the EU'): partner written 'non-EU countries'; growth 'from September' is mom and carries to the imports clause of the same sentence.",
        "US: 'which remains the biggest buyer of German goods' -> exports rank 1 with partner United States; 'fell 7.8% from September' -> -7.8 mom; 'were 11.9% lower than in October last year' -> -11.9 yoy, October 2025.",
        "'a third consecutive monthly decline' (streak) and the 15% U.S. tariff are out.",
        "China: exports -5.8 mom; 'Germany's largest supplier' (on the import side) -> imports rank 1 with partner China; imports 14.0 billion, '0.9% more than in September' -> mom.",
        "UK: only imports from the United Kingdom are given: -4.1 mom, 2.9 billion euros.",
        "Economist's forecasts (exports -1% in Q4, at most +0.5% in 2026) are forecasts: out.",
        "Industrial production (+1.8% mom, 0.3% forecast, -0.6% three-month comparison), GDP (stagnation, -0.2%) and the Bundesbank's 0.2% growth forecast are not trade: out.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 0.1, "percent", OCT, "0.1", E_LEAD, basis="mom"),
        fact(DE, "exports", "value", 131.3e9, "EUR", OCT, "131.3 billion", E_EXP),
        fact(DE, "imports", "growth", -1.2, "percent", OCT, "1.2", E_IMP, basis="mom"),
        fact(DE, "imports", "value", 114.4e9, "EUR", OCT, "114.4 billion", E_IMP),
        fact(DE, "exports", "growth", 4.2, "percent", OCT, "4.2", E_YOY),
        fact(DE, "imports", "growth", 2.8, "percent", OCT, "2.8", E_YOY),
        fact(DE, "balance", "value", 16.9e9, "EUR", OCT, "16.9 billion", E_SUR),
        fact(DE, "balance", "value", 19.7e9, "USD", OCT, "19.7 billion", E_SUR),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion", E_SUR),
        fact(DE, "balance", "value", 14.6e9, "EUR", OCT24, "14.6 billion",
             "In October 2024 the surplus had been 14.6 billion euros."),
        fact(DE, "exports", "growth", 2.7, "percent", OCT, "2.7", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 76.3e9, "EUR", OCT, "76.3 billion", E_EU, partner=EU),
        fact(DE, "imports", "growth", 2.8, "percent", OCT, "2.8", E_EU, partner=EU, basis="mom"),
        fact(DE, "imports", "value", 61.1e9, "EUR", OCT, "61.1 billion", E_EU, partner=EU),
        fact(DE, "exports", "growth", -3.3, "percent", OCT, "3.3", E_NON, partner=NON_EU, basis="mom"),
        fact(DE, "exports", "value", 55.0e9, "EUR", OCT, "55.0 billion", E_NON, partner=NON_EU),
        fact(DE, "imports", "growth", -5.4, "percent", OCT, "5.4", E_NON, partner=NON_EU, basis="mom"),
        fact(DE, "imports", "value", 53.3e9, "EUR", OCT, "53.3 billion", E_NON, partner=NON_EU),
        fact(DE, "exports", "rank", 1, "number", OCT, "biggest", E_US, partner=US),
        fact(DE, "exports", "growth", -7.8, "percent", OCT, "7.8", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 11.3e9, "EUR", OCT, "11.3 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -11.9, "percent", OCT, "11.9", E_US_YOY, partner=US),
        fact(DE, "exports", "growth", -5.8, "percent", OCT, "5.8", E_CN_X, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.4e9, "EUR", OCT, "6.4 billion", E_CN_X, partner="China"),
        fact(DE, "imports", "rank", 1, "number", OCT, "largest", E_CN_M, partner="China"),
        fact(DE, "imports", "value", 14.0e9, "EUR", OCT, "14.0 billion", E_CN_M, partner="China"),
        fact(DE, "imports", "growth", 0.9, "percent", OCT, "0.9", E_CN_M, partner="China", basis="mom"),
        fact(DE, "imports", "growth", -4.1, "percent", OCT, "4.1", E_UK_M, partner="United Kingdom", basis="mom"),
        fact(DE, "imports", "value", 2.9e9, "EUR", OCT, "2.9 billion", E_UK_M, partner="United Kingdom"),
    ],
}
