from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
YTD = period(2025, 1, 10)
TH = "Thailand"
E_BAHT = "In baht terms, shipments rose 2.9% to 893.6 billion baht"
E_IMP = "Imports climbed 12.3% on the year to $27.88 billion"
E_YTD = "exports rose 12.9% from the same period last year to $281.2 billion"
E_US = "Shipments to the United States, Thailand's biggest export market, surged 30.1% year-on-year"

ARTICLE = {
    "id": "dD2_01_th_reuters_oct_exports",
    "title": "Thai October exports rise 5.7% y/y, beat forecast on electronics demand",
    "publisher": "Reuters",
    "published": "2025-11-24",
    "notes": [
        "The dateline 'Nov 24' has no year: the year 2025 comes from published; October is October 2025, "
        "'the January-October period' and 'the first 10 months' are 2025-01/2025-10.",
        "The headline's 5.7% restates the body's first sentence: labelled once, with the body as evidence.",
        "'followed a 19.0% jump in September' is the September 2025 export growth (subject carried from 'The reading').",
        "Growth in baht terms (2.9%) and in dollar terms (5.7%) are two facts that share every field but the value.",
        "Poll forecasts (3.2%, 8.9%, surplus of $350 million), the ministry's full-year target (10% to 11%, 7% to 9%), "
        "the 19% US tariff, the streak ('25th straight month'), GDP growth 1.2% and the exchange rate are out of scope.",
        "'Thailand's biggest export market' is a stated rank: United States, exports, rank 1, October 2025.",
        "'Exports to ... ASEAN': partner ASEAN (the acronym the text defines).",
        "'Southeast Asia's second-largest economy' ranks the economy, not a trade flow: out.",
        "Rice: 6.6 million tonnes in the first 10 months is a quantity fact (tonnes).",
        "US and China partner balances (surplus $4.3 billion, deficit $3.9 billion) are balances with a partner.",
    ],
    "facts": [
        fact(TH, "exports", "growth", 5.7, "percent", OCT, "5.7",
             "Thailand's exports rose a more-than-expected 5.7% in October from a year earlier"),
        fact(TH, "exports", "growth", 19.0, "percent", SEP, "19.0", "followed a 19.0% jump in September"),
        fact(TH, "exports", "value", 27.41e9, "USD", OCT, "27.41 billion", "October exports were valued at $27.41 billion"),
        fact(TH, "exports", "value", 893.6e9, "THB", OCT, "893.6 billion", E_BAHT),
        fact(TH, "exports", "growth", 2.9, "percent", OCT, "2.9", E_BAHT),
        fact(TH, "imports", "growth", 12.3, "percent", OCT, "12.3", E_IMP),
        fact(TH, "imports", "value", 27.88e9, "USD", OCT, "27.88 billion", E_IMP),
        fact(TH, "balance", "value", -470e6, "USD", OCT, "470 million", "leaving a trade deficit of $470 million for the month"),
        fact(TH, "exports", "growth", 12.9, "percent", YTD, "12.9", E_YTD),
        fact(TH, "exports", "value", 281.2e9, "USD", YTD, "281.2 billion", E_YTD),
        fact(TH, "imports", "growth", 11.0, "percent", YTD, "11.0", "while imports increased 11.0%"),
        fact(TH, "balance", "value", 2.6e9, "USD", YTD, "2.6 billion", "for a cumulative trade surplus of $2.6 billion"),
        fact(TH, "exports", "growth", 30.1, "percent", OCT, "30.1", E_US, partner="United States"),
        fact(TH, "exports", "rank", 1, "number", OCT, "biggest", E_US, partner="United States"),
        fact(TH, "exports", "growth", 9.4, "percent", OCT, "9.4", "those to China grew 9.4%", partner="China"),
        fact(TH, "exports", "growth", -4.2, "percent", OCT, "4.2",
             "Exports to the Association of Southeast Asian Nations (ASEAN) fell 4.2%", partner="ASEAN"),
        fact(TH, "balance", "value", 4.3e9, "USD", OCT, "4.3 billion",
             "Thailand ran a trade surplus of $4.3 billion with the United States in October", partner="United States"),
        fact(TH, "balance", "value", -3.9e9, "USD", OCT, "3.9 billion", "a deficit of $3.9 billion with China", partner="China"),
        fact(TH, "exports", "growth", 61, "percent", OCT, "61", "Exports of computers and parts jumped 61% from a year earlier",
             product="computers and parts"),
        fact(TH, "exports", "quantity", 6.6e6, "tonnes", YTD, "6.6 million",
             "Rice shipments totalled 6.6 million tonnes in the first 10 months", product="rice"),
    ],
}
