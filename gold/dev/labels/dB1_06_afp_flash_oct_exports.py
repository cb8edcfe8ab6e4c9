from _fact import fact, period

OCT = period(2025, 10)
YTD = period(2025, 1, 10)

E_EXP = ("China's exports dropped 1.1 percent year-on-year in October, swinging from an 8.3 percent gain in "
         "September")
E_BAL = "the trade surplus narrowed to $90.07 billion from $95.72 billion a year earlier"
E_YTD = "In the first ten months, exports grew 5.3 percent while imports slipped 0.9 percent"

ARTICLE = {
    "id": "dB1_06_afp_flash_oct_exports",
    "title": "Surprise October contraction for Chinese exports",
    "publisher": "AFP",
    "published": "2025-11-07",
    "notes": [
        "Wire flash; the year appears only in `published` (2025-11-07): October = 2025-10, September = 2025-09, "
        "'a year earlier' = 2024-10, 'the first ten months' = Jan-Oct 2025.",
        "'swinging from an 8.3 percent gain in September': September's export growth, a reported figure, labelled (yoy).",
        "'narrowed to $90.07 billion from $95.72 billion a year earlier': the October 2024 surplus, a positive balance "
        "although the sentence says 'narrowed'.",
        "Out of scope: the Bloomberg-survey forecast ('about three percent'), the dateline day, 'ten' in 'first ten months'.",
        "'burs-jm/sco' is an AFP desk signature, not text.",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", E_EXP),
        fact("China", "exports", "growth", 8.3, "percent", period(2025, 9), "8.3", E_EXP),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2",
             "a 25.2 percent slump in shipments to the United States", partner="United States"),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0", "imports increased 1.0 percent"),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", E_BAL),
        fact("China", "balance", "value", 95.72e9, "USD", period(2024, 10), "95.72 billion", E_BAL),
        fact("China", "exports", "growth", 5.3, "percent", YTD, "5.3", E_YTD),
        fact("China", "imports", "growth", -0.9, "percent", YTD, "0.9", E_YTD),
        fact("China", "balance", "value", 964.8e9, "USD", YTD, "964.8 billion",
             "the cumulative surplus reached $964.8 billion"),
    ],
}
