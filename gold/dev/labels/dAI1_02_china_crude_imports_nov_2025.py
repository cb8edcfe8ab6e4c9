from _fact import fact, period

NOV = period(2025, 11)
JAN_NOV = period(2025, 1, 11)
CRUDE = "crude oil"

LEAD = "China's crude oil imports from Russia rose 11.4% in November from a year earlier"
RUS = "Arrivals from Russia, China's top supplier, totalled 9.86 million metric tons last month, or about 2.41 million barrels per day (bpd), and were worth $4.52 billion"
RUS_SHARE = "Russian oil made up 19.4% of China's overall crude imports in November"
TOTAL = "China's overall crude imports in November, which reached 50.89 million tons"
TOTAL_G = "Total purchases were 4.9% higher than a year earlier"
BILL = "the country's import bill for the month came to $23.9 billion"
SAU = "Imports from Saudi Arabia, the second-largest supplier, jumped 28.6% on the year to 7.41 million tons"
SAU_MOM = "That was also up 10.3% from October"
SAU_VAL = "The Saudi shipments were valued at $3.51 billion."
MYS = "Malaysia ranked third with 6.15 million tons, down 9.8% from a year ago."
IRQ = "Supplies from Iraq fell 4.1% to 5.02 million tons"
BRA = "Brazilian crude arrivals climbed 47% to 4.37 million tons"
RUS_YTD = "In the first 11 months of the year, China imported 91.3 million tons of Russian crude, down 7.6% from the same period of 2024"
SAU_YTD = "volumes from Saudi Arabia rose 1.8% to 72.4 million tons"

ARTICLE = {
    "id": "dAI1_02_china_crude_imports_nov_2025",
    "title": "China's Russian oil imports climb in November; Saudi flows jump",
    "publisher": "Reuters",
    "published": "2025-12-20",
    "notes": [
        "All facts: area China, flow imports, product 'crude oil' (the story is about crude only; 'Russian oil', 'Saudi shipments', 'Brazilian crude arrivals' are crude imports from those partners).",
        "'last month' = November 2025 (published 2025-12-20). 'first 11 months of the year' = 2025-01..2025-11.",
        "Growths are of tonnage, the only growth given for each flow (no value growth beside them), so labelled as growth yoy.",
        "'That was also up 10.3% from October' refers to Saudi imports: growth basis mom, partner Saudi Arabia.",
        "'top supplier' = rank 1 (Russia); 'second-largest supplier' = rank 2 (Saudi Arabia); 'ranked third' = rank 3 (Malaysia).",
        "'the country's import bill for the month' = value of total crude imports in November, partner null.",
        "Out of scope, unlabelled: barrels-per-day conversions (2.41, 12.43, 1.81 million bpd: a daily rate the record cannot express); the 10% tariff rate; 'sixth straight month' (streak); Brent price below $65 a barrel (price); the analyst's 'above 11 million bpd' through Q1 (forecast); 'since mid-2022' (year).",
        "Not labelled: 'took no crude from the United States' (no number stated).",
    ],
    "facts": [
        fact("China", "imports", "growth", 11.4, "percent", NOV, "11.4", LEAD, partner="Russia", product=CRUDE),
        fact("China", "imports", "rank", 1, "number", NOV, "top", RUS, partner="Russia", product=CRUDE),
        fact("China", "imports", "quantity", 9.86e6, "tonnes", NOV, "9.86 million", RUS, partner="Russia", product=CRUDE),
        fact("China", "imports", "value", 4.52e9, "USD", NOV, "4.52 billion", RUS, partner="Russia", product=CRUDE),
        fact("China", "imports", "share", 19.4, "percent", NOV, "19.4", RUS_SHARE, partner="Russia", product=CRUDE),
        fact("China", "imports", "quantity", 50.89e6, "tonnes", NOV, "50.89 million", TOTAL, product=CRUDE),
        fact("China", "imports", "growth", 4.9, "percent", NOV, "4.9", TOTAL_G, product=CRUDE),
        fact("China", "imports", "value", 23.9e9, "USD", NOV, "23.9 billion", BILL, product=CRUDE),
        fact("China", "imports", "rank", 2, "number", NOV, "second-largest", SAU, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "growth", 28.6, "percent", NOV, "28.6", SAU, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "quantity", 7.41e6, "tonnes", NOV, "7.41 million", SAU, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "growth", 10.3, "percent", NOV, "10.3", SAU_MOM, partner="Saudi Arabia", product=CRUDE,
             basis="mom"),
        fact("China", "imports", "value", 3.51e9, "USD", NOV, "3.51 billion", SAU_VAL, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "rank", 3, "number", NOV, "third", MYS, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "quantity", 6.15e6, "tonnes", NOV, "6.15 million", MYS, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "growth", -9.8, "percent", NOV, "9.8", MYS, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "growth", -4.1, "percent", NOV, "4.1", IRQ, partner="Iraq", product=CRUDE),
        fact("China", "imports", "quantity", 5.02e6, "tonnes", NOV, "5.02 million", IRQ, partner="Iraq", product=CRUDE),
        fact("China", "imports", "growth", 47, "percent", NOV, "47", BRA, partner="Brazil", product=CRUDE),
        fact("China", "imports", "quantity", 4.37e6, "tonnes", NOV, "4.37 million", BRA, partner="Brazil", product=CRUDE),
        fact("China", "imports", "quantity", 91.3e6, "tonnes", JAN_NOV, "91.3 million", RUS_YTD, partner="Russia", product=CRUDE),
        fact("China", "imports", "growth", -7.6, "percent", JAN_NOV, "7.6", RUS_YTD, partner="Russia", product=CRUDE),
        fact("China", "imports", "growth", 1.8, "percent", JAN_NOV, "1.8", SAU_YTD, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "quantity", 72.4e6, "tonnes", JAN_NOV, "72.4 million", SAU_YTD, partner="Saudi Arabia",
             product=CRUDE),
    ],
}
