from _fact import fact, period

Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
CH = "Switzerland"
US = "United States"
CP = "chemical and pharmaceutical products"
E_EXP = "Between July and September, seasonally adjusted exports fell 4.3% quarter-on-quarter to CHF65.1 billion"
E_IMP = "imports were down 1.6% at CHF55.4 billion, giving a quarterly trade surplus of CHF9.7 billion"
E_CP = "exports of chemical and pharmaceutical products were down 7.9% from the second quarter at CHF33.9 billion, or 52.1% of the total"
E_W = "Shipments of watches slipped 2.4% quarter-on-quarter, to CHF6.3 billion"
E_US = "Sales to the United States, the largest single market for Swiss goods, plunged 21.6% on the quarter to CHF11.9 billion"
E_SEP = ("Exports in September rose 3.4% on the month to CHF22.8 billion and imports grew 2.5% to CHF19.3 billion, "
         "resulting in a surplus of CHF3.5 billion")

ARTICLE = {
    "id": "dD2_04_ch_swissinfo_q3_exports",
    "title": "Swiss third-quarter exports fall as shipments to US collapse",
    "publisher": "SWI swissinfo.ch",
    "published": "2025-10-16",
    "notes": [
        "No year in the text: 'the third quarter', 'between July and September' and 'September' are 2025 from published.",
        "The quarterly figures are seasonally adjusted and compared with the previous quarter: basis qoq "
        "('quarter-on-quarter' for exports, carried to imports in the same paragraph; 'from the second quarter' for "
        "chemicals and pharmaceuticals; 'quarter-on-quarter' for watches; 'on the quarter' for the US).",
        "'2.9% lower than in the third quarter of last year' is a separate yoy fact for the same flow and period.",
        "'in real terms, exports declined 3.1%' is volume (price-adjusted) growth beside the nominal figure: out.",
        "'on the month' sets a month-on-month frame for the September paragraph; 'sent exports to the US up 12.5%' "
        "inherits basis mom.",
        "'the largest single market for Swiss goods' is a stated rank: United States, exports, rank 1, Q3.",
        "Product 'watches' for 'Shipments of watches'.",
        "The 39% tariff, SECO's 1.3% growth forecast, the SNB's 0% policy rate and the franc's 11% gain are out of scope.",
    ],
    "facts": [
        fact(CH, "exports", "growth", -4.3, "percent", Q3, "4.3", E_EXP, basis="qoq"),
        fact(CH, "exports", "value", 65.1e9, "CHF", Q3, "65.1 billion", E_EXP),
        fact(CH, "imports", "growth", -1.6, "percent", Q3, "1.6", E_IMP, basis="qoq"),
        fact(CH, "imports", "value", 55.4e9, "CHF", Q3, "55.4 billion", E_IMP),
        fact(CH, "balance", "value", 9.7e9, "CHF", Q3, "9.7 billion", E_IMP),
        fact(CH, "exports", "growth", -7.9, "percent", Q3, "7.9", E_CP, product=CP, basis="qoq"),
        fact(CH, "exports", "value", 33.9e9, "CHF", Q3, "33.9 billion", E_CP, product=CP),
        fact(CH, "exports", "share", 52.1, "percent", Q3, "52.1", E_CP, product=CP),
        fact(CH, "exports", "growth", -2.4, "percent", Q3, "2.4", E_W, product="watches", basis="qoq"),
        fact(CH, "exports", "value", 6.3e9, "CHF", Q3, "6.3 billion", E_W, product="watches"),
        fact(CH, "exports", "growth", -21.6, "percent", Q3, "21.6", E_US, partner=US, basis="qoq"),
        fact(CH, "exports", "value", 11.9e9, "CHF", Q3, "11.9 billion", E_US, partner=US),
        fact(CH, "exports", "rank", 1, "number", Q3, "largest", E_US, partner=US),
        fact(CH, "exports", "growth", -2.9, "percent", Q3, "2.9",
             "total exports were 2.9% lower than in the third quarter of last year"),
        fact(CH, "exports", "growth", 3.4, "percent", SEP, "3.4", E_SEP, basis="mom"),
        fact(CH, "exports", "value", 22.8e9, "CHF", SEP, "22.8 billion", E_SEP),
        fact(CH, "imports", "growth", 2.5, "percent", SEP, "2.5", E_SEP, basis="mom"),
        fact(CH, "imports", "value", 19.3e9, "CHF", SEP, "19.3 billion", E_SEP),
        fact(CH, "balance", "value", 3.5e9, "CHF", SEP, "3.5 billion", E_SEP),
        fact(CH, "exports", "growth", 12.5, "percent", SEP, "12.5", "sent exports to the US up 12.5%", partner=US, basis="mom"),
    ],
}
