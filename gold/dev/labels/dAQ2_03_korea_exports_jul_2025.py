from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
YTD = period(2025, 1, 7)
KR = "South Korea"
US = "United States"
E_LEAD = "pushing South Korea's exports up 5.9 percent from a year earlier"
E_X = "Korea shipped US$60.82 billion worth of goods abroad last month"
E_M = "With imports 0.7 percent higher than a year before at $54.21 billion, the country posted a $6.61 billion trade surplus"
E_CHIP = "Overseas chip sales climbed 31.6 percent to $14.71 billion, a July record, and made up 24.2 percent of all exports."
E_CAR = "Automobile exports advanced 8.8 percent to $5.83 billion"
E_CAR_US = "a 4.6 percent decline in car shipments to the United States"
E_SHIP = "Deliveries of LNG carriers and tankers sent ship exports up 107.6 percent to $2.24 billion"
E_PETRO = ("dragged petroleum product exports down 12.1 percent to $3.81 billion, and petrochemical exports declined "
           "9.4 percent to $3.55 billion")
E_CN = "China, still the largest buyer of South Korean goods, took $11.16 billion, 3.0 percent less than a year earlier"
E_ASEAN = "Exports to the Association of Southeast Asian Nations (ASEAN) grew 7.4 percent to $10.53 billion"
E_US = ("U.S.-bound exports rose 1.4 percent to $10.29 billion after a 0.5 percent decline in June, leaving the "
        "United States as the third-largest destination behind China and ASEAN.")
E_EUJP = "Sales to the European Union and to Japan increased by 14.9 percent and 4.5 percent, respectively."
E_YTD = "In January-July, cumulative exports totaled $394.97 billion and the trade surplus for the period reached $58.5 billion."

ARTICLE = {
    "id": "dAQ2_03_korea_exports_jul_2025",
    "title": "(LEAD) Chip boom lifts S. Korea's July exports 5.9 pct to all-time high for the month",
    "publisher": "Yonhap",
    "published": "2025-08-01",
    "notes": [
        "Dateline 'SEJONG, Aug. 1 (Yonhap)': published 2025-08-01; 'July' and 'last month' are July 2025, 'June' is June 2025, 'January-July' 2025-01/2025-07.",
        "Headline '5.9 pct' and the lead's 5.9 percent are one fact (exports growth, July, yoy).",
        "'exports per working day also grew 5.9 percent, to $2.64 billion': a per-working-day average, out (same 5.9 as the headline, but a different observation). '23 working days': not a trade figure, out.",
        "'for a 26th consecutive month', 'to a second month', 'a July record', 'highest level for any July': streaks and milestones, out.",
        "Chip exports: product semiconductors; 'made up 24.2 percent of all exports' is a share of exports.",
        "'a 4.6 percent decline in car shipments to the United States': product cars (text's words), partner United States; the 25 percent duty is a tariff, out.",
        "'dragged petroleum product exports down 12.1 percent to $3.81 billion, and petrochemical exports declined 9.4 percent to $3.55 billion': both falls (products petroleum products, petrochemicals). 'more than double a year earlier' restates the 107.6 percent rise, not labelled separately.",
        "'still the largest buyer of South Korean goods' for China: exports rank 1, July. 'the third-largest destination' for the US: exports rank 3, July. ASEAN's implied second place ('behind China and ASEAN') is not stated as a rank: not labelled.",
        "'after a 0.5 percent decline in June': June 2025 exports to the US, growth -0.5.",
        "EU and Japan growth paired by 'respectively', both 'increased' (positive).",
        "Yonhap Infomax poll (3.6 percent): forecast, out. Tariff rates (15, 25, 50 percent), $350 billion investment, 'Asia's fourth-largest economy': not trade flows, out.",
        "January-July: cumulative exports $394.97 billion and surplus $58.5 billion, period 2025-01/2025-07.",
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
