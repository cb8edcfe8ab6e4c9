from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
DE = "Germany"
EU = "European Union"
NON_EU = "non-EU countries"
US = "United States"
E_LEAD = "German exports edged up by 0.1% in October from the previous month"
E_EXP = "Adjusted for calendar and seasonal effects, exports totalled 131.3 billion euros"
E_IMP = "Imports fell 1.2% on the month to 114.4 billion euros."
E_YOY = "Compared with October 2024, exports were up 4.2% and imports 2.8%"
E_SUR = "The trade surplus widened to 16.9 billion euros ($19.7 billion) from a revised 15.3 billion euros in September."
E_EU = ("Compared with September, exports to other European Union countries climbed 2.7% to 76.3 billion euros, "
        "while imports from the bloc increased by 2.8% to 61.1 billion euros.")
E_NON = ("Shipments to them fell 3.3% from September to 55.0 billion euros and imports from them dropped 5.4% "
         "to 53.3 billion euros.")
E_US = ("On a month-on-month basis, exports to the United States, still the biggest buyer of German goods, "
        "declined 7.8% to 11.3 billion euros.")
E_US_YOY = "They were 11.9% lower than in October last year"
E_CN_X = "Exports to China shrank by 5.8% from the previous month to 6.4 billion euros."
E_CN_M = ("China also kept its place as the largest source of goods bought by Germany, with imports from the country "
          "worth 14.0 billion euros, up 0.9% on September.")
E_UK_M = "Imports from the United Kingdom slid 4.1% month on month to 2.9 billion euros."

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
        "'Imports fell 1.2% on the month': basis mom. 'Compared with October 2024, exports were up 4.2% and imports 2.8%': basis yoy, 'imports 2.8%' shares the verb 'up'.",
        "Reuters poll figures (exports -0.2%, imports +0.5%) are forecasts: out.",
        "'16.9 billion euros ($19.7 billion)': a EUR fact and a USD fact; no hedge word, so qualifier exact. The '($1 = 0.8586 euros)' rate line is not a trade figure: out.",
        "'from a revised 15.3 billion euros in September': September 2025 balance; 'A year earlier it had stood at 14.6 billion euros': October 2024 balance.",
        "EU paragraph opens with 'Compared with September': its growth rates are basis mom. Partner European Union ('other European Union countries', 'the bloc').",
        "Third countries ('countries outside the EU'): partner written 'non-EU countries'; growth 'from September' is mom and carries to the imports clause of the same sentence.",
        "US: 'still the biggest buyer of German goods' -> exports rank 1 with partner United States; 'On a month-on-month basis' -> -7.8 mom; 'They were 11.9% lower than in October last year' -> -11.9 yoy, October 2025.",
        "'the third straight monthly drop' (streak) and the 15% U.S. tariff are out.",
        "China: exports -5.8 mom; 'largest source of goods bought by Germany' -> imports rank 1 with partner China; imports 14.0 billion, 'up 0.9% on September' -> mom.",
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
             "A year earlier it had stood at 14.6 billion euros."),
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
