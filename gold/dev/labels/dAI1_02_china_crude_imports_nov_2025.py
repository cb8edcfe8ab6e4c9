from _fact import fact, period

NOV = period(2025, 11)
JAN_NOV = period(2025, 1, 11)
CRUDE = "crude oil"

LEAD = "China's crude oil imports from Russia were up 11.4% in November compared with the same month a year before"
RUS = "Russia, the top supplier to China, shipped 9.86 million metric tons last month, equal to about 2.41 million barrels per day (bpd), with a value of $4.52 billion"
RUS_SHARE = "Russian barrels represented 19.4% of all the crude China imported in November"
TOTAL = "all the crude China imported in November, a total of 50.89 million tons"
TOTAL_G = "Overall volumes were up 4.9% on a year earlier"
BILL = "China paid $23.9 billion for the month's imports"
SAU = "Shipments from second-largest supplier Saudi Arabia surged 28.6% year on year to 7.41 million tons"
SAU_MOM = "Saudi volumes were also 10.3% higher than in October"
SAU_VAL = "The Saudi cargoes were worth $3.51 billion."
MYS = "Malaysia came third with 6.15 million tons, 9.8% lower than a year ago."
IRQ = "Arrivals from Iraq declined 4.1% to 5.02 million tons"
BRA = "crude from Brazil rose 47% to 4.37 million tons"
RUS_YTD = "China's imports of Russian crude totalled 91.3 million tons over January-November, 7.6% below the same period in 2024"
SAU_YTD = "Saudi volumes increased 1.8% to 72.4 million tons"

ARTICLE = {
    "id": "dAI1_02_china_crude_imports_nov_2025",
    "title": "Russian crude arrivals in China rise in November as Saudi supplies surge",
    "publisher": "Reuters",
    "published": "2025-12-20",
    "notes": [
        "All facts: area China, flow imports, product 'crude oil' (the story is about crude only; 'Russian barrels', 'Saudi cargoes', 'crude from Brazil' are crude imports from those partners).",
        "'last month' = November 2025 (published 2025-12-20). 'over January-November' = 2025-01..2025-11.",
        "Growths are of tonnage, the only growth given for each flow (no value growth beside them), so labelled as growth yoy.",
        "'Saudi volumes were also 10.3% higher than in October' refers to Saudi imports: growth basis mom, partner Saudi Arabia.",
        "'the top supplier' = rank 1 (Russia); 'second-largest supplier' = rank 2 (Saudi Arabia); 'came third' = rank 3 (Malaysia).",
        "'China paid $23.9 billion for the month's imports' = value of total crude imports in November, partner null.",
        "Out of scope, unlabelled: barrels-per-day conversions (2.41, 12.43, 1.81 million bpd: a daily rate the record cannot express); the 10% tariff rate; 'sixth month in a row' (streak); Brent price below $65 a barrel (price); the analyst's 'above 11 million bpd' through Q1 (forecast); 'Since mid-2022' (year).",
        "Not labelled: 'bought no U.S. crude' (no number stated).",
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
