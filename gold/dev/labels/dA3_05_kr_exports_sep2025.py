from _fact import fact, period

SEP = period(2025, 9)
YTD = period(2025, 1, 9)
KR = "South Korea"
E_X = "Outbound shipments came to US$65.95 billion last month (about 91.8 trillion won)"
E_M = "Imports rose 8.2 percent on-year to $56.39 billion"
E_BAL = "leaving a trade surplus of $9.56 billion, or roughly 13.3 trillion won"
E_CHIP = ("Semiconductor exports jumped 22 percent on-year to a record $16.61 billion, "
          "accounting for 25.2 percent of total exports")
E_CHIP_CN = ("Chip shipments to China, the biggest buyer of South Korean semiconductors, "
             "rose 10.4 percent to $4.72 billion")
E_AUTO = "Automobile exports climbed 16.8 percent to $6.4 billion"
E_CN = "shipments to China, the country's largest export market, edged up 0.5 percent to $11.69 billion"
E_US = "Exports to the United States fell 1.4 percent to $10.27 billion"
E_ASEAN = "Exports to the Association of Southeast Asian Nations rose 22.9 percent to $10.79 billion"
E_YTD = "For the first nine months of the year, exports rose 2.2 percent to $519.7 billion"

ARTICLE = {
    "id": "dA3_05_kr_exports_sep2025",
    "title": "(LEAD) Exports hit all-time monthly high in Sept. on chip boom; U.S.-bound shipments dip",
    "publisher": "Yonhap",
    "published": "2025-10-01",
    "notes": [
        "Dateline 'Oct. 1' has no year and the text says 'last month'/'this year': year 2025 from the published date; "
        "'last month' = September 2025.",
        "US$ figures are USD; won conversions in parentheses are separate KRW facts, qualifier approx ('about', 'roughly').",
        "Growth rates are on-year (yoy) throughout.",
        "'highest level for any month on record', 'eighth consecutive monthly surplus', 'best showing for any September', "
        "'after four months of decline', 'top $700 billion for the first time' (a government expectation): out.",
        "Working days (22, 1.5) and average daily exports (5.0 percent, $3 billion): per-working-day figures, out.",
        "'first 20 days of September' (10.5 percent, chips 27.8 percent): part-month figures, out.",
        "'the only drop among the nine major markets': not a count the record expresses, out. '3 trillion won' of trade "
        "insurance and financing: not a trade flow, out.",
        "'the biggest buyer of South Korean semiconductors' (China): rank 1 of chip exports, partner China, product semiconductors. "
        "'the country's largest export market' (China): rank 1 of exports, partner China.",
        "Association of Southeast Asian Nations written as canonical 'ASEAN'.",
        "Share 25.2 percent: semiconductors in total exports.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 12.7, "percent", SEP, "12.7",
             "South Korea's exports jumped 12.7 percent from a year earlier in September"),
        fact(KR, "exports", "value", 65.95e9, "USD", SEP, "65.95 billion", E_X),
        fact(KR, "exports", "value", 91.8e12, "KRW", SEP, "91.8 trillion", E_X, qualifier="approx"),
        fact(KR, "imports", "growth", 8.2, "percent", SEP, "8.2", E_M),
        fact(KR, "imports", "value", 56.39e9, "USD", SEP, "56.39 billion", E_M),
        fact(KR, "balance", "value", 9.56e9, "USD", SEP, "9.56 billion", E_BAL),
        fact(KR, "balance", "value", 13.3e12, "KRW", SEP, "13.3 trillion", E_BAL, qualifier="approx"),
        fact(KR, "exports", "growth", 22, "percent", SEP, "22", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 16.61e9, "USD", SEP, "16.61 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 25.2, "percent", SEP, "25.2", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "rank", 1, "number", SEP, "biggest", E_CHIP_CN, partner="China", product="semiconductors"),
        fact(KR, "exports", "growth", 10.4, "percent", SEP, "10.4", E_CHIP_CN, partner="China", product="semiconductors"),
        fact(KR, "exports", "value", 4.72e9, "USD", SEP, "4.72 billion", E_CHIP_CN, partner="China", product="semiconductors"),
        fact(KR, "exports", "growth", 16.8, "percent", SEP, "16.8", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 6.4e9, "USD", SEP, "6.4 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", -3.8, "percent", SEP, "3.8",
             "Petrochemical exports, however, fell 3.8 percent", product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", SEP, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", 0.5, "percent", SEP, "0.5", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.69e9, "USD", SEP, "11.69 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -1.4, "percent", SEP, "1.4", E_US, partner="United States"),
        fact(KR, "exports", "value", 10.27e9, "USD", SEP, "10.27 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", 22.9, "percent", SEP, "22.9", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.79e9, "USD", SEP, "10.79 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 2.2, "percent", YTD, "2.2", E_YTD),
        fact(KR, "exports", "value", 519.7e9, "USD", YTD, "519.7 billion", E_YTD),
        fact(KR, "balance", "value", 51.5e9, "USD", YTD, "51.5 billion", "the trade surplus stood at $51.5 billion"),
    ],
}
