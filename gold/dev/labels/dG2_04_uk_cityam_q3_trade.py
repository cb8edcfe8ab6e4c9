from _fact import fact, period

Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
GS = "goods and services"
E_BAL = "with a £59.3bn shortfall in goods only partly offset by a £53.4bn surplus in services"
E_GX = "Goods exports fell 2.1 per cent compared with the previous three months to £92.4bn"
E_GM = "goods imports rose 0.8 per cent to £151.7bn over the same period"
E_SX = "Exports of services grew 0.9 per cent on the quarter to £126.1bn"
E_GSX = "taking total exports of goods and services to £218.5bn, 1.3 per cent higher than in the same three months a year earlier"
E_EU = "Shipments to the European Union, still the UK's biggest market, dropped 1.6 per cent on the quarter to £44.8bn"
E_SEP = "In September alone the value of goods exports fell 5.5 per cent on the month, while imports declined 2.0 per cent"
E_US = "Goods exports to the US tumbled 11.4 per cent from August to £4.1bn"

ARTICLE = {
    "id": "dG2_04_uk_cityam_q3_trade",
    "title": "UK trade deficit widens to £5.9bn as goods exports to US slide",
    "publisher": "City A.M.",
    "published": "2025-11-13",
    "notes": [
        "Year only in the metadata: 'the three months to September', 'In September alone', 'August' with published 2025-11-13.",
        "'the three months to September' is July-September; 'compared with the previous three months' and 'on the quarter' are basis qoq; 'the same three months a year earlier' is yoy.",
        "Headline and body state the same £5.9bn deficit: labelled once (body). The total deficit is 'goods and services'; goods alone product null; services 'services'.",
        "'widened by £2.6bn' is a change in a level (a derived comparison the record cannot express): out.",
        "'goods imports rose 0.8 per cent ... over the same period' takes the previous clause's qoq frame.",
        "Shipments to the European Union are goods exports (the paragraph's subject); 'still the UK's biggest market' is a stated rank 1 of exports to the EU.",
        "September: 'on the month' frames the paragraph; imports 'declined 2.0 per cent' carries mom. Exports to the US 'from August' is mom.",
        "Revision: August's total deficit 'revised ... to £3.1bn, from a first estimate of £2.9bn': only the revised figure is labelled; the superseded first estimate is not a separate observation.",
        "'in the 12 months to September' is October 2024 to September 2025 (year from the metadata).",
        "Out of scope: the economists' £4.9bn expectation (forecast), the 10 per cent tariff, 'lowest level in more than three and a half years', GDP growth of 0.1 per cent, sterling at $1.3150; exports to non-EU countries 'also fell' without a number.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -5.9e9, "GBP", Q3, "5.9bn",
             "The total goods and services trade deficit widened by £2.6bn to £5.9bn over the quarter", product=GS),
        fact("United Kingdom", "balance", "value", -59.3e9, "GBP", Q3, "59.3bn", E_BAL),
        fact("United Kingdom", "balance", "value", 53.4e9, "GBP", Q3, "53.4bn", E_BAL, product="services"),
        fact("United Kingdom", "exports", "growth", -2.1, "percent", Q3, "2.1", E_GX, basis="qoq"),
        fact("United Kingdom", "exports", "value", 92.4e9, "GBP", Q3, "92.4bn", E_GX),
        fact("United Kingdom", "imports", "growth", 0.8, "percent", Q3, "0.8", E_GM, basis="qoq"),
        fact("United Kingdom", "imports", "value", 151.7e9, "GBP", Q3, "151.7bn", E_GM),
        fact("United Kingdom", "exports", "growth", 0.9, "percent", Q3, "0.9", E_SX, product="services", basis="qoq"),
        fact("United Kingdom", "exports", "value", 126.1e9, "GBP", Q3, "126.1bn", E_SX, product="services"),
        fact("United Kingdom", "exports", "value", 218.5e9, "GBP", Q3, "218.5bn", E_GSX, product=GS),
        fact("United Kingdom", "exports", "growth", 1.3, "percent", Q3, "1.3", E_GSX, product=GS),
        fact("United Kingdom", "exports", "rank", 1, "number", Q3, "biggest", E_EU, partner="European Union"),
        fact("United Kingdom", "exports", "growth", -1.6, "percent", Q3, "1.6", E_EU, partner="European Union", basis="qoq"),
        fact("United Kingdom", "exports", "value", 44.8e9, "GBP", Q3, "44.8bn", E_EU, partner="European Union"),
        fact("United Kingdom", "exports", "growth", -5.5, "percent", SEP, "5.5", E_SEP, basis="mom"),
        fact("United Kingdom", "imports", "growth", -2.0, "percent", SEP, "2.0", E_SEP, basis="mom"),
        fact("United Kingdom", "exports", "growth", -11.4, "percent", SEP, "11.4", E_US, partner="United States", basis="mom"),
        fact("United Kingdom", "exports", "value", 4.1e9, "GBP", SEP, "4.1bn", E_US, partner="United States"),
        fact("United Kingdom", "balance", "value", -3.1e9, "GBP", period(2025, 8), "3.1bn",
             "The ONS also revised August's total trade deficit to £3.1bn", product=GS),
        fact("United Kingdom", "balance", "value", -30.2e9, "GBP", {"start": "2024-10", "end": "2025-09"}, "30.2bn",
             "in the 12 months to September the total trade deficit narrowed to £30.2bn", product=GS),
    ],
}
