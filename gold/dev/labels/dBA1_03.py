from _fact import fact, period

NOV = period(2025, 11)
NOV24 = period(2024, 11)
YTD = period(2025, 1, 11)
C = "China"
SB = "soybeans"

S_TOT = "Shipments of the oilseed landing in the world's biggest soybean market came to 8.11 million metric tons in November, according to the General Administration of Customs, a 13.4% rise on the 7.15 million tons landed a year earlier"
S_MOM = "Arrivals were 14.5% lower than in October"
S_BR = "China took 5.85 million tons from Brazil last month, 48.5% more than in November 2024, and the South American country made up 72% of total arrivals."
S_AR = "Argentine beans totalled 1.78 million tons, or 21.9% of the total"
S_US24 = "A year earlier, U.S. beans had accounted for 2.79 million tons of China's November purchases."
S_YTD = "Cumulative imports for January through November reached 103.79 million tons, up 6.9% on the same stretch of 2024"
S_USYTD = "American beans made up 16.82 million tons of that total, down 5.9% from a year before."
S_VAL = "In value terms, November soybean imports came to 27.38 billion yuan ($3.89 billion), while the January-November import bill was 324.5 billion yuan"
R_US = "United States | 0         | -            | 16,820,826   | -5.9"
R_BR = "Brazil        | 5,852,857 | 48.5         | 76,666,533   | 7.0"
R_AR = "Argentina     | 1,776,926 | 633.6        | 6,241,010    | 62.5"

ARTICLE = {
    "id": "dBA1_03",
    "title": "TABLE-China's Nov soybean imports from Brazil jump, no U.S. cargoes for third month",
    "publisher": "Reuters",
    "published": "2025-12-20",
    "notes": [
        "Tonnages, growth rates, shares and the table follow real GAC/Reuters reporting of November 2025 soybean imports (8.11 mt, +13.4%, -14.5% m/m, 103.79 mt Jan-Nov +6.9%; Brazil 5.85 mt +48.5%, 72%; Argentina 1.78 mt +633.6%, 21.9%; US 0, 16.82 mt Jan-Nov -5.9%). The yuan values (27.38 bn, 324.5 bn) and the $3.89 bn conversion are composed. Sentences are my own.",
        "All facts: area China, flow imports, product 'soybeans' (the oilseed / beans / U.S. cargoes refer to soybeans throughout). Trade with a supplier: partner = that country; 'China took ... from Brazil', 'Argentine beans', 'U.S. beans' are China's imports from them.",
        "'a 13.4% rise on the 7.15 million tons landed a year earlier': the base quantity is a stated November 2024 observation, labelled with period 2024-11; likewise 'A year earlier, U.S. beans had accounted for 2.79 million tons' (2024-11, partner United States).",
        "'Arrivals were 14.5% lower than in October': month-on-month growth (comparison base October, not the period), -14.5, basis mom.",
        "'48.5% more than in November 2024' is the yoy growth for November 2025 (comparison base, not the period).",
        "Shares: Brazil 72% and Argentina 21.9% of China's November soybean imports.",
        "'more than seven times their volume a year earlier' restates the Argentine year-on-year change that the table gives exactly (633.6%): labelled once, as the exact table figure.",
        "Table flattened into rows; each row is the evidence for its cells, the column gives the period (Nov-25 = 2025-11; Jan-Nov 2025 = 2025-01..11) and the header says metric tons (no scale). Cells that restate a prose figure (US 16,820,826 and -5.9; Brazil 5,852,857 and 48.5; Argentina 1,776,926) are the same observation and are labelled once, from the prose (the rounded prose value_text gives the wider tolerance). Table-only cells labelled from the rows: US November 0 tons, Brazil and Argentina January-November tonnage and growth, Argentina November growth 633.6.",
        "U.S. November 2025 imports: the prose says 'took no soybeans'; labelled as the table's 0 (quantity 0 tonnes).",
        "Values: 27.38 billion yuan (November) and its USD conversion '$3.89 billion' (no 'about' in the text, so qualifier exact), and 324.5 billion yuan for January-November.",
        "Out of scope, not labelled: the average customs value per ton ($474, $431: prices); 'more than 7 million tons' booked (orders/purchases contracted, not recorded trade); the December and full-year estimates (8.6 mt, 112 mt: forecasts); 'three months running' (streak).",
    ],
    "facts": [
        fact(C, "imports", "quantity", 8.11e6, "tonnes", NOV, "8.11 million", S_TOT, product=SB),
        fact(C, "imports", "growth", 13.4, "percent", NOV, "13.4", S_TOT, product=SB),
        fact(C, "imports", "quantity", 7.15e6, "tonnes", NOV24, "7.15 million", S_TOT, product=SB),
        fact(C, "imports", "growth", -14.5, "percent", NOV, "14.5", S_MOM, product=SB, basis="mom"),
        fact(C, "imports", "quantity", 5.85e6, "tonnes", NOV, "5.85 million", S_BR, product=SB, partner="Brazil"),
        fact(C, "imports", "growth", 48.5, "percent", NOV, "48.5", S_BR, product=SB, partner="Brazil"),
        fact(C, "imports", "share", 72, "percent", NOV, "72", S_BR, product=SB, partner="Brazil"),
        fact(C, "imports", "quantity", 1.78e6, "tonnes", NOV, "1.78 million", S_AR, product=SB, partner="Argentina"),
        fact(C, "imports", "share", 21.9, "percent", NOV, "21.9", S_AR, product=SB, partner="Argentina"),
        fact(C, "imports", "quantity", 2.79e6, "tonnes", NOV24, "2.79 million", S_US24, product=SB, partner="United States"),
        fact(C, "imports", "growth", 6.9, "percent", YTD, "6.9", S_YTD, product=SB),
        fact(C, "imports", "quantity", 103.79e6, "tonnes", YTD, "103.79 million", S_YTD, product=SB),
        fact(C, "imports", "growth", -5.9, "percent", YTD, "5.9", S_USYTD, product=SB, partner="United States"),
        fact(C, "imports", "quantity", 16.82e6, "tonnes", YTD, "16.82 million", S_USYTD, product=SB, partner="United States"),
        fact(C, "imports", "value", 27.38e9, "CNY", NOV, "27.38 billion", S_VAL, product=SB),
        fact(C, "imports", "value", 3.89e9, "USD", NOV, "3.89 billion", S_VAL, product=SB),
        fact(C, "imports", "value", 324.5e9, "CNY", YTD, "324.5 billion", S_VAL, product=SB),
        fact(C, "imports", "quantity", 0, "tonnes", NOV, "0", R_US, product=SB, partner="United States"),
        fact(C, "imports", "quantity", 76666533, "tonnes", YTD, "76,666,533", R_BR, product=SB, partner="Brazil"),
        fact(C, "imports", "growth", 7.0, "percent", YTD, "7.0", R_BR, product=SB, partner="Brazil"),
        fact(C, "imports", "growth", 633.6, "percent", NOV, "633.6", R_AR, product=SB, partner="Argentina"),
        fact(C, "imports", "quantity", 6241010, "tonnes", YTD, "6,241,010", R_AR, product=SB, partner="Argentina"),
        fact(C, "imports", "growth", 62.5, "percent", YTD, "62.5", R_AR, product=SB, partner="Argentina"),
    ],
}
