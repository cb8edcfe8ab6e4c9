from _fact import fact, period

SEP = period(2025, 9)
YTD = period(2025, 1, 9)
KR = "South Korea"
E_X = "last month's exports at US$65.95 billion (about 91.8 trillion won)"
E_M = "Imports increased 8.2 percent from a year earlier to $56.39 billion"
E_BAL = "a trade surplus of $9.56 billion, equal to roughly 13.3 trillion won"
E_CHIP = ("outbound semiconductor sales hit a record $16.61 billion, up 22 percent from a year earlier "
          "and equal to 25.2 percent of all exports")
E_CHIP_CN = ("Exports of chips to China, the biggest market for South Korean semiconductors, "
             "increased 10.4 percent to $4.72 billion")
E_AUTO = "Car exports, at $6.4 billion, were the highest for a September after rising 16.8 percent"
E_CN = "exports to China, South Korea's largest export market, inched up 0.5 percent to $11.69 billion"
E_US = "Sales to the United States declined 1.4 percent to $10.27 billion"
E_ASEAN = "Shipments to the Association of Southeast Asian Nations jumped 22.9 percent to $10.79 billion"
E_YTD = "In January-September, exports grew 2.2 percent on-year to $519.7 billion"

ARTICLE = {
    "id": "dA3_05_kr_exports_sep2025",
    "title": "(LEAD) Chip boom lifts Sept. exports to record monthly high; shipments to U.S. slip",
    "publisher": "Yonhap",
    "published": "2025-10-01",
    "notes": [
        "Dateline 'Oct. 1' has no year and the text says 'last month'/'this year': year 2025 from the published date; "
        "'last month' = September 2025.",
        "US$ figures are USD; won conversions in parentheses are separate KRW facts, qualifier approx ('about', 'roughly').",
        "Growth rates are on-year (yoy) throughout.",
        "'largest amount for any month on record', 'eighth straight month in surplus', 'the highest for a September', "
        "'after four monthly declines', 'exceed $700 billion this year, which would be a first' (a government expectation): out.",
        "Working days (22, 1.5) and average daily exports (5.0 percent, $3 billion): per-working-day figures, out.",
        "'first 20 days of September' (10.5 percent, chips 27.8 percent): part-month figures, out.",
        "'the sole decrease among the nine main markets': not a count the record expresses, out. '3 trillion won' of trade "
        "insurance and financing: not a trade flow, out.",
        "'the biggest market for South Korean semiconductors' (China): rank 1 of chip exports, partner China, product semiconductors. "
        "'South Korea's largest export market' (China): rank 1 of exports, partner China.",
        "Association of Southeast Asian Nations written as canonical 'ASEAN'.",
        "Share 25.2 percent: semiconductors in total exports.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 12.7, "percent", SEP, "12.7",
             "South Korea's September exports 12.7 percent higher than a year before"),
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
             "petrochemical exports dropped 3.8 percent", product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", SEP, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", 0.5, "percent", SEP, "0.5", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.69e9, "USD", SEP, "11.69 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -1.4, "percent", SEP, "1.4", E_US, partner="United States"),
        fact(KR, "exports", "value", 10.27e9, "USD", SEP, "10.27 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", 22.9, "percent", SEP, "22.9", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.79e9, "USD", SEP, "10.79 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 2.2, "percent", YTD, "2.2", E_YTD),
        fact(KR, "exports", "value", 519.7e9, "USD", YTD, "519.7 billion", E_YTD),
        fact(KR, "balance", "value", 51.5e9, "USD", YTD, "51.5 billion", "the trade surplus totaled $51.5 billion"),
    ],
}
