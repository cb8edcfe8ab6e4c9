from _fact import fact, period

Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
GS = "goods and services"
E_BAL = "a £53.4bn services surplus only partly made up for a goods shortfall of £59.3bn"
E_GX = "Compared with the previous three months, exports of goods dropped 2.1 per cent to £92.4bn"
E_GM = "imports of goods increased 0.8 per cent to £151.7bn across the same period"
E_SX = "Services proved more resilient, as their exports rose 0.9 per cent on the quarter, reaching £126.1bn"
E_GSX = "That lifted combined goods and services exports to £218.5bn, up 1.3 per cent on the same three months a year earlier"
E_EU = "Goods shipments to the European Union, which remains the UK's biggest market, were down 1.6 per cent on the quarter at £44.8bn"
E_SEP = "September saw goods exports fall 5.5 per cent in value on the month, with imports down 2.0 per cent"
E_US = "Compared with August, goods sent to the US plunged 11.4 per cent to £4.1bn"

ARTICLE = {
    "id": "dG2_04_uk_cityam_q3_trade",
    "title": "Slide in UK goods exports to US pushes trade deficit out to £5.9bn",
    "publisher": "City A.M.",
    "published": "2025-11-13",
    "notes": [
        "Year only in the metadata: 'the three months to September', 'Taken alone, September', 'August' with published 2025-11-13.",
        "'the three months to September' is July-September; 'compared with the previous three months' and 'on the quarter' are basis qoq; 'the same three months a year earlier' is yoy.",
        "Headline and body state the same £5.9bn deficit: labelled once (body). The total deficit is 'goods and services'; goods alone product null; services 'services'.",
        "'increasing by £2.6bn' is a change in a level (a derived comparison the record cannot express): out.",
        "'imports of goods increased 0.8 per cent ... across the same period' takes the previous clause's qoq frame.",
        "Goods shipments to the European Union are goods exports (the sentence's subject); 'which remains the UK's biggest market' is a stated rank 1 of exports to the EU.",
        "September: 'on the month' frames the paragraph; imports 'down 2.0 per cent' carries mom. Exports to the US 'Compared with August' is mom.",
        "Revision: August's overall deficit 'revised by the ONS to £3.1bn, up from its initial estimate of £2.9bn': only the revised figure is labelled; the superseded first estimate is not a separate observation.",
        "'for the 12 months to September' is October 2024 to September 2025 (year from the metadata).",
        "Out of scope: the economists' £4.9bn expectation (forecast), the 10 per cent tariff, 'the weakest in over three and a half years', GDP growth of 0.1 per cent, sterling at $1.3150; sales to countries outside the bloc 'were also lower' without a number.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -5.9e9, "GBP", Q3, "5.9bn",
             "the combined goods and services deficit increasing by £2.6bn to £5.9bn in the quarter", product=GS),
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
             "August's overall trade deficit was revised by the ONS to £3.1bn", product=GS),
        fact("United Kingdom", "balance", "value", -30.2e9, "GBP", {"start": "2024-10", "end": "2025-09"}, "30.2bn",
             "the overall trade deficit for the 12 months to September shrank to £30.2bn", product=GS),
    ],
}
