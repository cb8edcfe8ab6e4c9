from _fact import fact, period

OCT = period(2025, 10)
OCT24 = period(2024, 10)
FY = period(2025, 4, 10)
FY_PREV = period(2024, 4, 10)
IN = "India"

ARTICLE = {
    "id": "dBG2_05_pti_india_oct_trade",
    "title": "Exports fall 11.8 pc to USD 34.38 bn in Oct; trade deficit at record USD 41.68 bn",
    "publisher": "PTI",
    "published": "2025-11-17",
    "notes": [
        "Real (commerce ministry release of 2025-11-17 as reported by PTI, Reuters, Deccan Chronicle, Financial Express): "
        "exports -11.8% to $34.38bn vs $38.98bn; imports +16.63% to $76.06bn; deficit $41.68bn; September deficit "
        "$32.15bn; gold $14.72bn vs $4.92bn; silver +528.71% to $2.71bn; crude $14.8bn vs $18.9bn; exports to US -8.58% "
        "to $6.31bn; to China +42.35%; engineering -16.7%, gems and jewellery -29.5%; April-October exports +0.63% to "
        "$254.25bn, imports +6.37% to $451.08bn, deficit $196.82bn vs $171.40bn.",
        "Derived: gold 'about 199 per cent' (14.72/4.92 - 1 = 199.2%).",
        "Made up (at about Rs 88 to the dollar, and Rs 84 a year earlier): rupee figures Rs 3.03 lakh crore (-7.6%) and "
        "Rs 6.69 lakh crore (+22.2%); the Rs 25,060 crore and Rs 20,000 crore schemes follow real announcements but are "
        "not trade flows; 88.7 per dollar is an exchange rate, not a fact.",
        "Out of scope: 'record', 'all-time high', '13-month high' (milestones), tariffs of 50 per cent, scheme outlays, the "
        "exchange rate.",
        "'The trade gap had touched a 13-month high of USD 32.15 billion in September' labelled as a deficit (balance negative): 'trade gap' means "
        "the deficit here.",
        "Fiscal 'April-October 2025-26' -> 2025-04..2025-10; 'April-October 2024-25' -> 2024-04..2024-10.",
        "All growth figures are yoy (no comparison cue other than the same month/period last year).",
        "'India's largest export destination' for the US: rank 1, exports, October 2025 (the article's running period).",
        "The rupee growth rates (-7.6%, +22.2%) and the dollar ones (-11.8%, +16.63%) differ only in value: growth has "
        "no unit for the currency it was measured in, so the record cannot say which is which.",
        "Products use the text's words: gold, silver, crude oil, engineering goods, gems and jewellery.",
    ],
    "facts": [
        fact(IN, "exports", "growth", -11.8, "percent", OCT, "11.8",
             "steep US tariffs dragged merchandise exports down by 11.8 per cent to USD 34.38 billion"),
        fact(IN, "exports", "value", 34.38e9, "USD", OCT, "34.38 billion",
             "steep US tariffs dragged merchandise exports down by 11.8 per cent to USD 34.38 billion"),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion",
             "pushed India's trade deficit to a record USD 41.68 billion in October"),
        fact(IN, "imports", "growth", 16.63, "percent", OCT, "16.63",
             "an increase of 16.63 per cent"),
        fact(IN, "imports", "value", 76.06e9, "USD", OCT, "76.06 billion",
             "lifted the month's import bill to an all-time high of USD 76.06 billion"),
        fact(IN, "exports", "value", 38.98e9, "USD", OCT24, "38.98 billion",
             "Exports had stood at USD 38.98 billion in October last year."),
        fact(IN, "balance", "value", -32.15e9, "USD", period(2025, 9), "32.15 billion",
             "The trade gap had touched a 13-month high of USD 32.15 billion in September."),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion",
             "Gold imports soared to USD 14.72 billion in October", product="gold"),
        fact(IN, "imports", "value", 4.92e9, "USD", OCT24, "4.92 billion",
             "from USD 4.92 billion in the same month a year ago", product="gold"),
        fact(IN, "imports", "growth", 199, "percent", OCT, "199",
             "a rise of about 199 per cent", product="gold", qualifier="approx"),
        fact(IN, "imports", "growth", 528.71, "percent", OCT, "528.71",
             "Silver imports multiplied to USD 2.71 billion, up 528.71 per cent.", product="silver"),
        fact(IN, "imports", "value", 2.71e9, "USD", OCT, "2.71 billion",
             "Silver imports multiplied to USD 2.71 billion, up 528.71 per cent.", product="silver"),
        fact(IN, "imports", "value", 14.8e9, "USD", OCT, "14.8 billion",
             "crude oil purchases from abroad came to USD 14.8 billion", product="crude oil"),
        fact(IN, "imports", "value", 18.9e9, "USD", OCT24, "18.9 billion",
             "crude oil purchases from abroad came to USD 14.8 billion, compared with USD 18.9 billion in October 2024", product="crude oil"),
        fact(IN, "exports", "rank", 1, "number", OCT, "largest",
             "Exports to the US, India's largest export destination", partner="United States"),
        fact(IN, "exports", "growth", -8.58, "percent", OCT, "8.58",
             "declined 8.58 per cent to USD 6.31 billion in October", partner="United States"),
        fact(IN, "exports", "value", 6.31e9, "USD", OCT, "6.31 billion",
             "declined 8.58 per cent to USD 6.31 billion in October", partner="United States"),
        fact(IN, "exports", "growth", 42.35, "percent", OCT, "42.35",
             "with China the main exception, where exports grew by 42.35 per cent", partner="China"),
        fact(IN, "exports", "growth", -16.7, "percent", OCT, "16.7",
             "exports of engineering goods fell 16.7 per cent", product="engineering goods"),
        fact(IN, "exports", "growth", -29.5, "percent", OCT, "29.5",
             "those of gems and jewellery slipped 29.5 per cent", product="gems and jewellery"),
        fact(IN, "exports", "growth", 0.63, "percent", FY, "0.63",
             "outbound shipments totalled USD 254.25 billion, only 0.63 per cent more than a year earlier"),
        fact(IN, "exports", "value", 254.25e9, "USD", FY, "254.25 billion",
             "outbound shipments totalled USD 254.25 billion, only 0.63 per cent more than a year earlier"),
        fact(IN, "imports", "growth", 6.37, "percent", FY, "6.37",
             "the import bill swelled by 6.37 per cent to USD 451.08 billion"),
        fact(IN, "imports", "value", 451.08e9, "USD", FY, "451.08 billion",
             "the import bill swelled by 6.37 per cent to USD 451.08 billion"),
        fact(IN, "balance", "value", -196.82e9, "USD", FY, "196.82 billion",
             "That left a cumulative trade deficit of USD 196.82 billion"),
        fact(IN, "balance", "value", -171.40e9, "USD", FY_PREV, "171.40 billion",
             "That left a cumulative trade deficit of USD 196.82 billion, up from USD 171.40 billion in April-October 2024-25."),
        fact(IN, "exports", "growth", -7.6, "percent", OCT, "7.6",
             "In rupee terms, exports in October declined 7.6 per cent to Rs 3.03 lakh crore"),
        fact(IN, "exports", "value", 3.03e12, "INR", OCT, "3.03 lakh crore",
             "In rupee terms, exports in October declined 7.6 per cent to Rs 3.03 lakh crore"),
        fact(IN, "imports", "growth", 22.2, "percent", OCT, "22.2",
             "imports rose 22.2 per cent to Rs 6.69 lakh crore"),
        fact(IN, "imports", "value", 6.69e12, "INR", OCT, "6.69 lakh crore",
             "imports rose 22.2 per cent to Rs 6.69 lakh crore"),
    ],
}
