from _fact import fact, period

CN = "China"
DEC = period(2025, 12)
NOV = period(2025, 11)
YR = period(2025, 1, 12)
TEXT_ROW_BAL = "Trade balance ($ bln)   114.14   111.68  1,189.00"
TEXT_ROW_IMP = "Imports (y/y %)           5.7      1.9      0.0"

ARTICLE = {
    "id": "dBG1_02_reuters_table_dec",
    "title": "China's December exports beat forecasts, 2025 trade surplus hits record $1.19 trillion",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Real (as widely reported for 14 Jan 2026): Dec exports +6.6%, Nov +5.9%; Dec imports +5.7%, Nov +1.9%; "
        "Reuters poll 3.0% / 0.9%; 2025 surplus $1.189 trillion, exports +5.5% to $3.77 trillion, imports flat at "
        "$2.58 trillion; 2024 surplus $992 billion, surplus up about 20%; Dec yuan surplus 808.8 billion, 2025 yuan "
        "surplus 8.51 trillion; exports to US -30% in Dec and -20% in 2025, imports from US -14.6%; Africa +25.8%, "
        "ASEAN +13.4%, EU +8.4%.",
        "Recalled, not verified: Dec surplus $114.14 bn and Nov $111.68 bn (to two decimals); soybean imports "
        "111.8 million t +6.5%; rare earth exports 62,585 t +12.9%.",
        "Made up: Latin America +7.1% (reported as about 7%); US surplus in December $21.6 billion; "
        "full-year imports y/y shown as 0.0 in the table; the economist's quote (unnamed).",
        "Each observation labelled once although body and table repeat it (Dec growth rates, 2025 growth, "
        "2025 balance 1,189.00 = $1.189 trillion). Evidence taken from the body where the body gives the number; "
        "the table is the only source for the November balance (111.68) and the 2025 import growth (0.0; body says 'flat').",
        "Out of scope, not labelled: Reuters poll forecasts (3.0%, 0.9%), Nomura's 4.0% forecast, the $1 trillion "
        "milestone in November, 'In seven separate months of 2025 the surplus exceeded $100 billion' (streak/conditional count).",
        "'roughly 20% above the $992 billion of 2024': growth of the 2025 balance (approx 20) and the 2024 balance "
        "as its own fact (period 2024).",
        "Soybean and rare earth growth rates are volume (tonnage) growth with no value growth beside them; labelled "
        "as growth of the product flow, since the record cannot mark growth as volume-based.",
        "'... to the European Union at 8.4% and to Latin America at 7.1%': 7.1 labelled as growth "
        "(verb carried over by ellipsis).",
    ],
    "facts": [
        fact(CN, "balance", "value", 1.189e12, "USD", YR, "1.189 trillion",
             "a record trade surplus of $1.189 trillion"),
        fact(CN, "exports", "growth", 6.6, "percent", DEC, "6.6",
             "put December's dollar-denominated export growth at 6.6% year-on-year"),
        fact(CN, "exports", "growth", 5.9, "percent", NOV, "5.9",
             "faster than November's 5.9% pace"),
        fact(CN, "imports", "growth", 5.7, "percent", DEC, "5.7",
             "Imports, for their part, climbed 5.7%"),
        fact(CN, "imports", "growth", 1.9, "percent", NOV, "1.9",
             "November's 1.9% rise"),
        fact(CN, "balance", "value", 114.14e9, "USD", DEC, "114.14 billion",
             "The December surplus therefore came to $114.14 billion"),
        fact(CN, "balance", "value", 111.68e9, "USD", NOV, "111.68", TEXT_ROW_BAL),
        fact(CN, "balance", "value", 808.8e9, "CNY", DEC, "808.8 billion",
             "In yuan terms, the December surplus came to 808.8 billion yuan."),
        fact(CN, "exports", "growth", 5.5, "percent", YR, "5.5",
             "sold $3.77 trillion of goods abroad, 5.5% more than the year before"),
        fact(CN, "exports", "value", 3.77e12, "USD", YR, "3.77 trillion",
             "China sold $3.77 trillion of goods abroad"),
        fact(CN, "imports", "value", 2.58e12, "USD", YR, "2.58 trillion",
             "its import bill held flat at $2.58 trillion"),
        fact(CN, "imports", "growth", 0.0, "percent", YR, "0.0", TEXT_ROW_IMP),
        fact(CN, "balance", "growth", 20, "percent", YR, "20",
             "roughly 20% above the $992 billion of 2024", qualifier="approx"),
        fact(CN, "balance", "value", 992e9, "USD", period(2024, 1, 12), "992 billion",
             "the $992 billion of 2024"),
        fact(CN, "balance", "value", 8.51e12, "CNY", YR, "8.51 trillion",
             "Measured in yuan, it reached 8.51 trillion yuan."),
        fact(CN, "exports", "growth", -30, "percent", DEC, "30",
             "exports bound for the United States were 30% lower in December than a year earlier", partner="United States"),
        fact(CN, "exports", "growth", -20, "percent", YR, "20",
             "20% lower for 2025 as a whole", partner="United States"),
        fact(CN, "imports", "growth", -14.6, "percent", YR, "14.6",
             "purchases of U.S. goods fell 14.6% over the year", partner="United States"),
        fact(CN, "balance", "value", 21.6e9, "USD", DEC, "21.6 billion",
             "the bilateral surplus with the United States narrowed to $21.6 billion in December",
             partner="United States"),
        fact(CN, "exports", "growth", 25.8, "percent", YR, "25.8",
             "Africa was the fastest-growing destination, taking 25.8% more Chinese goods last year", partner="Africa"),
        fact(CN, "exports", "growth", 13.4, "percent", YR, "13.4",
             "export growth to the Association of Southeast Asian Nations came in at 13.4%", partner="ASEAN"),
        fact(CN, "exports", "growth", 8.4, "percent", YR, "8.4",
             "to the European Union at 8.4%", partner="European Union"),
        fact(CN, "exports", "growth", 7.1, "percent", YR, "7.1",
             "to the European Union at 8.4% and to Latin America at 7.1%", partner="Latin America"),
        fact(CN, "imports", "quantity", 111.8e6, "tonnes", YR, "111.8 million",
             "soybean imports hit a record 111.8 million metric tons in 2025", product="soybean"),
        fact(CN, "imports", "growth", 6.5, "percent", YR, "6.5",
             "soybean imports hit a record 111.8 million metric tons in 2025, up 6.5% from the previous year",
             product="soybean"),
        fact(CN, "exports", "growth", 12.9, "percent", YR, "12.9",
             "Rare earth exports rose 12.9% to 62,585 tons for the year", product="rare earth"),
        fact(CN, "exports", "quantity", 62585, "tonnes", YR, "62,585",
             "Rare earth exports rose 12.9% to 62,585 tons for the year", product="rare earth"),
    ],
}
