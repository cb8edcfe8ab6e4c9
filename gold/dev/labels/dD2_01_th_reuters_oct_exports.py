from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
YTD = period(2025, 1, 10)
TH = "Thailand"
E_BAHT = "Measured in baht, they increased 2.9% to 893.6 billion baht"
E_IMP = "On the import side, purchases grew 12.3% on the year, reaching $27.88 billion"
E_YTD = "exports were 12.9% higher than in the same months of last year at $281.2 billion"
E_US = "Exports to the United States, the biggest market for Thai goods, jumped 30.1% year-on-year"

ARTICLE = {
    "id": "dD2_01_th_reuters_oct_exports",
    "title": "Thailand's October exports up 5.7% y/y, top forecast as electronics orders hold",
    "publisher": "Reuters",
    "published": "2025-11-24",
    "notes": [
        "The dateline 'Nov 24' has no year: the year 2025 comes from published; October is October 2025, "
        "'Over January-October' and 'the first 10 months' are 2025-01/2025-10.",
        "The headline's 5.7% restates the body's first sentence: labelled once, with the body as evidence.",
        "'September had seen exports jump 19.0%' is the September 2025 export growth.",
        "Growth in baht terms (2.9%) and in dollar terms (5.7%) are two facts that share every field but the value.",
        "Poll forecasts (3.2%, 8.9%, surplus of $350 million), the ministry's full-year target (10% to 11%, 7% to 9%), "
        "the 19% US tariff, the streak ('grown for 25 months in a row'), GDP growth 1.2% and the exchange rate are out of scope.",
        "'the biggest market for Thai goods' is a stated rank: United States, exports, rank 1, October 2025.",
        "'Exports to ... ASEAN': partner ASEAN (the acronym the text defines).",
        "'Southeast Asia's second-largest economy' ranks the economy, not a trade flow: out.",
        "Rice: 6.6 million tonnes in the first 10 months is a quantity fact (tonnes).",
        "US and China partner balances (surplus $4.3 billion, deficit $3.9 billion) are balances with a partner.",
    ],
    "facts": [
        fact(TH, "exports", "growth", 5.7, "percent", OCT, "5.7",
             "pushed the country's exports up 5.7% year on year in October"),
        fact(TH, "exports", "growth", 19.0, "percent", SEP, "19.0", "September had seen exports jump 19.0%"),
        fact(TH, "exports", "value", 27.41e9, "USD", OCT, "27.41 billion", "The value of October's exports stood at $27.41 billion"),
        fact(TH, "exports", "value", 893.6e9, "THB", OCT, "893.6 billion", E_BAHT),
        fact(TH, "exports", "growth", 2.9, "percent", OCT, "2.9", E_BAHT),
        fact(TH, "imports", "growth", 12.3, "percent", OCT, "12.3", E_IMP),
        fact(TH, "imports", "value", 27.88e9, "USD", OCT, "27.88 billion", E_IMP),
        fact(TH, "balance", "value", -470e6, "USD", OCT, "470 million", "so the month closed with a trade deficit of $470 million"),
        fact(TH, "exports", "growth", 12.9, "percent", YTD, "12.9", E_YTD),
        fact(TH, "exports", "value", 281.2e9, "USD", YTD, "281.2 billion", E_YTD),
        fact(TH, "imports", "growth", 11.0, "percent", YTD, "11.0", "imports gained 11.0%"),
        fact(TH, "balance", "value", 2.6e9, "USD", YTD, "2.6 billion", "giving a trade surplus of $2.6 billion for the period so far"),
        fact(TH, "exports", "growth", 30.1, "percent", OCT, "30.1", E_US, partner="United States"),
        fact(TH, "exports", "rank", 1, "number", OCT, "biggest", E_US, partner="United States"),
        fact(TH, "exports", "growth", 9.4, "percent", OCT, "9.4", "exports to China climbed 9.4%", partner="China"),
        fact(TH, "exports", "growth", -4.2, "percent", OCT, "4.2",
             "Shipments to the Association of Southeast Asian Nations (ASEAN), by contrast, declined 4.2%", partner="ASEAN"),
        fact(TH, "balance", "value", 4.3e9, "USD", OCT, "4.3 billion",
             "a $4.3 billion trade surplus with the United States", partner="United States"),
        fact(TH, "balance", "value", -3.9e9, "USD", OCT, "3.9 billion", "a $3.9 billion deficit with China", partner="China"),
        fact(TH, "exports", "growth", 61, "percent", OCT, "61", "exports of computers and parts climbed 61% year on year",
             product="computers and parts"),
        fact(TH, "exports", "quantity", 6.6e6, "tonnes", YTD, "6.6 million",
             "Over the first 10 months, rice shipments amounted to 6.6 million tonnes", product="rice"),
    ],
}
