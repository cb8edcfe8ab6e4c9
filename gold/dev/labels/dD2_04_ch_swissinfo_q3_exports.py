from _fact import fact, period

Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
CH = "Switzerland"
US = "United States"
CP = "chemical and pharmaceutical products"
E_EXP = "Seasonally adjusted exports dropped 4.3% quarter-on-quarter to CHF65.1 billion between July and September"
E_IMP = "Imports slipped 1.6% to CHF55.4 billion, leaving a trade surplus of CHF9.7 billion for the quarter"
E_CP = "Exports of chemical and pharmaceutical products fell 7.9% from the second quarter to CHF33.9 billion, 52.1% of the total"
E_W = "Watch exports, meanwhile, eased 2.4% quarter-on-quarter to CHF6.3 billion"
E_US = "Exports to the United States, Switzerland's largest single market, dropped 21.6% on the quarter to CHF11.9 billion"
E_SEP = ("On the month, exports rose 3.4% in September to CHF22.8 billion, while imports increased 2.5% to CHF19.3 billion, "
         "producing a surplus of CHF3.5 billion")

ARTICLE = {
    "id": "dD2_04_ch_swissinfo_q3_exports",
    "title": "Swiss exports slide in third quarter as US shipments slump",
    "publisher": "SWI swissinfo.ch",
    "published": "2025-10-16",
    "notes": [
        "No year in the text: 'the third quarter', 'between July and September' and 'September' are 2025 from published.",
        "The quarterly figures are seasonally adjusted and compared with the previous quarter: basis qoq "
        "('quarter-on-quarter' for exports, carried to imports in the same paragraph; 'from the second quarter' for "
        "chemicals and pharmaceuticals; 'quarter-on-quarter' for watches; 'on the quarter' for the US).",
        "'Compared with the same quarter last year ... 2.9% lower' is a separate yoy fact for the same flow and period.",
        "'In real terms ... down 3.1%' is volume (price-adjusted) growth beside the nominal figure: out.",
        "'On the month' sets a month-on-month frame for the September paragraph; 'Shipments to the US jumped 12.5%' "
        "inherits basis mom.",
        "'Switzerland's largest single market' is a stated rank: United States, exports, rank 1, Q3.",
        "Product 'watches' for 'Watch exports'.",
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
             "Compared with the same quarter last year, total exports were 2.9% lower"),
        fact(CH, "exports", "growth", 3.4, "percent", SEP, "3.4", E_SEP, basis="mom"),
        fact(CH, "exports", "value", 22.8e9, "CHF", SEP, "22.8 billion", E_SEP),
        fact(CH, "imports", "growth", 2.5, "percent", SEP, "2.5", E_SEP, basis="mom"),
        fact(CH, "imports", "value", 19.3e9, "CHF", SEP, "19.3 billion", E_SEP),
        fact(CH, "balance", "value", 3.5e9, "CHF", SEP, "3.5 billion", E_SEP),
        fact(CH, "exports", "growth", 12.5, "percent", SEP, "12.5", "Shipments to the US jumped 12.5%", partner=US, basis="mom"),
    ],
}
