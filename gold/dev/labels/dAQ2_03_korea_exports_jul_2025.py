from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
YTD = period(2025, 1, 7)
KR = "South Korea"
US = "United States"
E_LEAD = "South Korea's exports grew for a second consecutive month in July, climbing 5.9 percent from a year earlier"
E_X = "The value of outbound shipments reached US$60.82 billion last month"
E_M = "Imports edged up 0.7 percent on-year to $54.21 billion, leaving a trade surplus of $6.61 billion"
E_CHIP = ("Chip exports jumped 31.6 percent to $14.71 billion, the largest amount for any July, accounting for "
          "24.2 percent of total outbound shipments.")
E_CAR = "Exports of automobiles increased 8.8 percent to $5.83 billion"
E_CAR_US = "car shipments to the United States, where Korean vehicles still face a 25 percent duty, fell 4.6 percent"
E_SHIP = "Ship exports more than doubled, soaring 107.6 percent to $2.24 billion"
E_PETRO = ("exports of petroleum products and petrochemicals slid 12.1 percent and 9.4 percent to $3.81 billion and "
           "$3.55 billion, respectively")
E_CN = "exports to China, South Korea's largest export market, declined 3.0 percent to $11.16 billion"
E_ASEAN = ("those to the Association of Southeast Asian Nations (ASEAN) rose 7.4 percent to $10.53 billion")
E_US = ("Shipments to the United States grew 1.4 percent to $10.29 billion, reversing a 0.5 percent drop in June "
        "and making the U.S. the third-largest destination after China and ASEAN.")
E_EUJP = "Exports to the European Union and Japan gained 14.9 percent and 4.5 percent, respectively."
E_YTD = ("For the first seven months of the year, exports amounted to $394.97 billion, while the accumulated trade "
         "surplus came to $58.5 billion.")

ARTICLE = {
    "id": "dAQ2_03_korea_exports_jul_2025",
    "title": "(LEAD) S. Korea's July exports rise 5.9 pct to record for the month on chip boom",
    "publisher": "Yonhap",
    "published": "2025-08-01",
    "notes": [
        "Dateline 'SEJONG, Aug. 1 (Yonhap)': published 2025-08-01; 'July' and 'last month' are July 2025, 'June' is June 2025, 'the first seven months of the year' 2025-01/2025-07.",
        "Headline '5.9 pct' and the lead's 5.9 percent are one fact (exports growth, July, yoy).",
        "'average daily exports rose 5.9 percent to $2.64 billion': a per-working-day average, out (same 5.9 as the headline, but a different observation). '23 working days': not a trade figure, out.",
        "'the 26th straight month in the black', 'second consecutive month', 'largest amount for any July', 'highest level ever for the month': streaks and milestones, out.",
        "Chip exports: product semiconductors; 'accounting for 24.2 percent of total outbound shipments' is a share of exports.",
        "'car shipments to the United States ... fell 4.6 percent': product cars (text's words), partner United States; the 25 percent duty is a tariff, out.",
        "'exports of petroleum products and petrochemicals slid 12.1 percent and 9.4 percent to $3.81 billion and $3.55 billion, respectively': paired in order, both falls. 'more than doubled' restates the 107.6 percent rise, not labelled separately.",
        "'South Korea's largest export market' for China: exports rank 1, July. 'the third-largest destination' for the US: exports rank 3, July. ASEAN's implied second place ('after China and ASEAN') is not stated as a rank: not labelled.",
        "'reversing a 0.5 percent drop in June': June 2025 exports to the US, growth -0.5.",
        "EU and Japan growth paired by 'respectively', both 'gained' (positive).",
        "Yonhap Infomax poll (3.6 percent): forecast, out. Tariff rates (15, 25, 50 percent), $350 billion investment, 'Asia's fourth-largest economy': not trade flows, out.",
        "First seven months: exports $394.97 billion and accumulated surplus $58.5 billion, period 2025-01/2025-07.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 5.9, "percent", JUL, "5.9", E_LEAD),
        fact(KR, "exports", "value", 60.82e9, "USD", JUL, "60.82 billion", E_X),
        fact(KR, "imports", "growth", 0.7, "percent", JUL, "0.7", E_M),
        fact(KR, "imports", "value", 54.21e9, "USD", JUL, "54.21 billion", E_M),
        fact(KR, "balance", "value", 6.61e9, "USD", JUL, "6.61 billion", E_M),
        fact(KR, "exports", "growth", 31.6, "percent", JUL, "31.6", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 14.71e9, "USD", JUL, "14.71 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 24.2, "percent", JUL, "24.2", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 8.8, "percent", JUL, "8.8", E_CAR, product="automobiles"),
        fact(KR, "exports", "value", 5.83e9, "USD", JUL, "5.83 billion", E_CAR, product="automobiles"),
        fact(KR, "exports", "growth", -4.6, "percent", JUL, "4.6", E_CAR_US, product="cars", partner=US),
        fact(KR, "exports", "growth", 107.6, "percent", JUL, "107.6", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 2.24e9, "USD", JUL, "2.24 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", -12.1, "percent", JUL, "12.1", E_PETRO, product="petroleum products"),
        fact(KR, "exports", "value", 3.81e9, "USD", JUL, "3.81 billion", E_PETRO, product="petroleum products"),
        fact(KR, "exports", "growth", -9.4, "percent", JUL, "9.4", E_PETRO, product="petrochemicals"),
        fact(KR, "exports", "value", 3.55e9, "USD", JUL, "3.55 billion", E_PETRO, product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", JUL, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", -3.0, "percent", JUL, "3.0", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.16e9, "USD", JUL, "11.16 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", 7.4, "percent", JUL, "7.4", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.53e9, "USD", JUL, "10.53 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 1.4, "percent", JUL, "1.4", E_US, partner=US),
        fact(KR, "exports", "value", 10.29e9, "USD", JUL, "10.29 billion", E_US, partner=US),
        fact(KR, "exports", "growth", -0.5, "percent", JUN, "0.5", E_US, partner=US),
        fact(KR, "exports", "rank", 3, "number", JUL, "third", E_US, partner=US),
        fact(KR, "exports", "growth", 14.9, "percent", JUL, "14.9", E_EUJP, partner="European Union"),
        fact(KR, "exports", "growth", 4.5, "percent", JUL, "4.5", E_EUJP, partner="Japan"),
        fact(KR, "exports", "value", 394.97e9, "USD", YTD, "394.97 billion", E_YTD),
        fact(KR, "balance", "value", 58.5e9, "USD", YTD, "58.5 billion", E_YTD),
    ],
}
