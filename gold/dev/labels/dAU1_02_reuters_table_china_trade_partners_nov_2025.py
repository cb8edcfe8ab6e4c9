from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
US = "United States"
EU = "European Union"
R_US = "United States       33.8     -28.6      10.6     -19.1      23.2"
R_EU = "European Union      47.2      14.8      22.0      -1.6      25.2"
R_AS = "ASEAN               57.0       8.2      34.6       1.5      22.4"
R_RE = "Rare earths exports (T)    5,493.9    24.3    26.5"
R_CR = "Crude oil imports (mln T)    50.89     5.4     4.9"
R_SB = "Soybean imports (mln T)       8.10   -14.6    13.4"

ARTICLE = {
    "id": "dAU1_02_reuters_table_china_trade_partners_nov_2025",
    "title": "TABLE-China's November trade with U.S., EU, ASEAN and key commodities",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Dateline Dec 8 (Monday) 2025: 'November' = 2025-11; 'first 11 months' = 2025-01..2025-11; 'in October' = 2025-10.",
        "Lead growth rates (exports 5.9%, imports 1.9%) are China's trade with the world, dollar terms (the text says all figures are in dollar terms); growth carries no currency.",
        "'Outbound shipments had fallen 1.1% in October': an October fact (exports growth -1.1, period 2025-10), not a November month-on-month comparison.",
        "Poll forecasts (3.0% imports, 4.0% exports) and the economist's outlook: forecasts, out. 'a double-digit fall for the eighth month running': streak, out.",
        "'taking the surplus for the first 11 months to $1.076 trillion, the first time ... topped the $1 trillion mark': threshold and exact figure for one observation -> the exact figure only; the milestone is out.",
        "Partner table: header '($ bln; y/y changes in pct)' gives the scale of the Exports/Imports/Balance cells (billions of USD) and makes the Exp y/y and Imp y/y columns year-on-year percent changes. Each row: exports value, exports growth, imports value, imports growth, balance value (stated, so labelled). Negative cells are falls.",
        "US exports growth -28.6 is stated in the lead ('Shipments bound for the U.S. were down 28.6% on a year earlier') and in the table row: one observation, labelled once with the lead sentence as evidence.",
        "Commodity table: row units are the row's own ('(T)' tonnes, '(mln T)' million tonnes). Quantities are measure quantity, unit tonnes. The 'm/m' column is basis mom, the 'y/y' column basis yoy. These are volume changes; no value growth is given beside them for these products, so they are labelled as the growth of the product's flow (judgement call).",
        "Soybean imports y/y 13.4 is stated in the prose ('Soybean imports were up 13.4% from a year earlier') and in the table: labelled once with the prose evidence. Product in the text's words: 'soybean' (row label and prose both say 'Soybean imports'); the scorer normalises singular/plural, so 'soybeans' also matches.",
        "Rare earths in the prose ('picked up after Beijing suspended some of the curbs') carries no number: nothing extra.",
        "Note paragraph (rounding, revisions) and the byline carry no figures.",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9",
             "Chinese outbound shipments were back in positive territory in November, customs data showed on Monday: they rose 5.9% on the same month of 2024"),
        fact("China", "exports", "growth", -28.6, "percent", NOV, "28.6",
             "Shipments bound for the U.S. were down 28.6% on a year earlier", partner=US),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9", "Imports rose 1.9%"),
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", "Outbound shipments had fallen 1.1% in October"),
        fact("China", "balance", "value", 111.68e9, "USD", NOV, "111.68 billion",
             "The trade surplus widened to $111.68 billion in November"),
        fact("China", "balance", "value", 1.076e12, "USD", YTD, "1.076 trillion",
             "taking the surplus for the first 11 months to $1.076 trillion"),
        # partner table
        fact("China", "exports", "value", 33.8e9, "USD", NOV, "33.8", R_US, partner=US),
        fact("China", "imports", "value", 10.6e9, "USD", NOV, "10.6", R_US, partner=US),
        fact("China", "imports", "growth", -19.1, "percent", NOV, "-19.1", R_US, partner=US),
        fact("China", "balance", "value", 23.2e9, "USD", NOV, "23.2", R_US, partner=US),
        fact("China", "exports", "value", 47.2e9, "USD", NOV, "47.2", R_EU, partner=EU),
        fact("China", "exports", "growth", 14.8, "percent", NOV, "14.8", R_EU, partner=EU),
        fact("China", "imports", "value", 22.0e9, "USD", NOV, "22.0", R_EU, partner=EU),
        fact("China", "imports", "growth", -1.6, "percent", NOV, "-1.6", R_EU, partner=EU),
        fact("China", "balance", "value", 25.2e9, "USD", NOV, "25.2", R_EU, partner=EU),
        fact("China", "exports", "value", 57.0e9, "USD", NOV, "57.0", R_AS, partner="ASEAN"),
        fact("China", "exports", "growth", 8.2, "percent", NOV, "8.2", R_AS, partner="ASEAN"),
        fact("China", "imports", "value", 34.6e9, "USD", NOV, "34.6", R_AS, partner="ASEAN"),
        fact("China", "imports", "growth", 1.5, "percent", NOV, "1.5", R_AS, partner="ASEAN"),
        fact("China", "balance", "value", 22.4e9, "USD", NOV, "22.4", R_AS, partner="ASEAN"),
        # commodity table
        fact("China", "exports", "quantity", 5493.9, "tonnes", NOV, "5,493.9", R_RE, product="rare earths"),
        fact("China", "exports", "growth", 24.3, "percent", NOV, "24.3", R_RE, product="rare earths", basis="mom"),
        fact("China", "exports", "growth", 26.5, "percent", NOV, "26.5", R_RE, product="rare earths"),
        fact("China", "imports", "quantity", 50.89e6, "tonnes", NOV, "50.89", R_CR, product="crude oil"),
        fact("China", "imports", "growth", 5.4, "percent", NOV, "5.4", R_CR, product="crude oil", basis="mom"),
        fact("China", "imports", "growth", 4.9, "percent", NOV, "4.9", R_CR, product="crude oil"),
        fact("China", "imports", "quantity", 8.10e6, "tonnes", NOV, "8.10", R_SB, product="soybean"),
        fact("China", "imports", "growth", -14.6, "percent", NOV, "-14.6", R_SB, product="soybean", basis="mom"),
        fact("China", "imports", "growth", 13.4, "percent", NOV, "13.4",
             "Soybean imports were up 13.4% from a year earlier", product="soybean"),
    ],
}
