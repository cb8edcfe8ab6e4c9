from _fact import fact, period

SH = "Shanghai"
H1 = period(2025, 1, 6)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
JUN = period(2025, 6)

ARTICLE = {
    "id": "dBK1_03",
    "title": "Shanghai's Foreign Trade Shows a Steady Upward Trend in the First Half of 2025",
    "publisher": "Shanghai Customs",
    "published": "2025-07-22",
    "notes": [
        "Real figures (Shanghai Customs, H1 2025 as reported): total about 2.15 trillion yuan, +2.4%; exports 9,527 "
        "hundred million yuan, about +11%; imports about 1.2 trillion, -3.6%; Q1 -2.5%; Q2 1.14 trillion, +7.2%; "
        "high-tech exports 2,396.4 hundred million yuan, 25.2% of exports. Invented but plausible (chosen to be "
        "arithmetically consistent with the real totals and with H1 2024): the exact total and import values, the deficit "
        "and its change, June, trade modes, enterprise types and count, partners, integrated circuit growth.",
        "Judgement calls: amounts written 'N 100 million yuan' -> N x 1e8 CNY, value_text includes '100 million'; "
        "'(the same below)' after 'year-on-year' makes every later growth yoy unless marked otherwise; June's "
        "'month-on-month decrease of 2.9%' is mom; the deficit is a negative balance and 'narrowing by 36.5%' is -36.5; "
        "'Imports and exports with it' carries the EU from the previous sentence; 'the largest trading partner' -> rank 1; "
        "'ranked second, third and fourth respectively' -> ranks 2, 3, 4 for ASEAN, United States, Japan; the growth "
        "'respectively' lists pair in order (processing trade -4.8, bonded logistics +7.3; ASEAN +10.6, US -6.7, "
        "Japan +2.1); 'enterprises with actual import and export performance' -> count, segment foreign trade enterprises.",
        "Not facts: 5.9 and 6.8 percentage points (derived comparison, contribution to growth); an increase of 3,106 "
        "enterprises (derived difference); eight quarters, 11 consecutive years (streaks); highest level for the same "
        "period in history (milestone); 118.7 100 million yuan per day (daily average); 2025 and quarter/section "
        "numbers (not flows).",
        "Copy check: 26 sentences and section headings searched (headline included), 0 reworded; figures were aligned with the real H1 2025 release found during the reading (Q1 -2.5%, high-tech exports 2,396.4, 25.2%). Second check: 26 sentences searched, 0 reworded.",
    ],
    "facts": [
        # headline figures, H1
        fact(SH, "total", "value", 21482.0e8, "CNY", H1, "21,482.0 100 million",
             "the total import and export value of goods of Shanghai was 21,482.0 100 million yuan"),
        fact(SH, "total", "growth", 2.4, "percent", H1, "2.4",
             "the total import and export value of goods of Shanghai was 21,482.0 100 million yuan (RMB, the same below), an increase of 2.4% year-on-year"),
        fact(SH, "exports", "value", 9527.0e8, "CNY", H1, "9,527.0 100 million",
             "exports were 9,527.0 100 million yuan"),
        fact(SH, "exports", "growth", 11.1, "percent", H1, "11.1",
             "exports were 9,527.0 100 million yuan, an increase of 11.1%"),
        fact(SH, "imports", "value", 11955.0e8, "CNY", H1, "11,955.0 100 million",
             "imports were 11,955.0 100 million yuan"),
        fact(SH, "imports", "growth", -3.6, "percent", H1, "3.6",
             "imports were 11,955.0 100 million yuan, a decrease of 3.6%"),
        fact(SH, "balance", "value", -2428.0e8, "CNY", H1, "2,428.0 100 million",
             "The trade deficit was 2,428.0 100 million yuan"),
        fact(SH, "balance", "growth", -36.5, "percent", H1, "36.5",
             "The trade deficit was 2,428.0 100 million yuan, narrowing by 36.5%"),
        # quarters and June
        fact(SH, "total", "growth", -2.5, "percent", Q1, "2.5",
             "In the first quarter, the city's imports and exports decreased by 2.5%"),
        fact(SH, "total", "value", 11396.6e8, "CNY", Q2, "11,396.6 100 million",
             "In the second quarter, imports and exports were 11,396.6 100 million yuan"),
        fact(SH, "total", "growth", 7.2, "percent", Q2, "7.2",
             "In the second quarter, imports and exports were 11,396.6 100 million yuan, an increase of 7.2%"),
        fact(SH, "total", "value", 3662.2e8, "CNY", JUN, "3,662.2 100 million",
             "In June, the import and export value was 3,662.2 100 million yuan"),
        fact(SH, "total", "growth", 6.9, "percent", JUN, "6.9",
             "In June, the import and export value was 3,662.2 100 million yuan, an increase of 6.9%"),
        fact(SH, "total", "growth", -2.9, "percent", JUN, "2.9",
             "a month-on-month decrease of 2.9%", basis="mom"),
        # trade modes
        fact(SH, "total", "value", 12850.3e8, "CNY", H1, "12,850.3 100 million",
             "the city's general trade imports and exports were 12,850.3 100 million yuan",
             segment="general trade"),
        fact(SH, "total", "growth", 1.6, "percent", H1, "1.6",
             "the city's general trade imports and exports were 12,850.3 100 million yuan, an increase of 1.6%",
             segment="general trade"),
        fact(SH, "total", "share", 59.8, "percent", H1, "59.8",
             "the city's general trade imports and exports were 12,850.3 100 million yuan, an increase of 1.6%, accounting for 59.8% of the city's total import and export value",
             segment="general trade"),
        fact(SH, "total", "growth", -4.8, "percent", H1, "4.8",
             "Processing trade and bonded logistics imports and exports decreased by 4.8% and increased by 7.3% respectively",
             segment="processing trade"),
        fact(SH, "total", "growth", 7.3, "percent", H1, "7.3",
             "Processing trade and bonded logistics imports and exports decreased by 4.8% and increased by 7.3% respectively",
             segment="bonded logistics"),
        # enterprise types
        fact(SH, "total", "value", 8093.5e8, "CNY", H1, "8,093.5 100 million",
             "the city's private enterprises imported and exported 8,093.5 100 million yuan",
             segment="private enterprises"),
        fact(SH, "total", "growth", 21.3, "percent", H1, "21.3",
             "the city's private enterprises imported and exported 8,093.5 100 million yuan, an increase of 21.3%",
             segment="private enterprises"),
        fact(SH, "total", "share", 37.7, "percent", H1, "37.7",
             "the city's private enterprises imported and exported 8,093.5 100 million yuan, an increase of 21.3%, accounting for 37.7% of the city's total",
             segment="private enterprises"),
        fact(SH, "total", "share", 51.9, "percent", H1, "51.9",
             "Foreign-invested enterprises accounted for 51.9% of the city's total",
             segment="foreign-invested enterprises"),
        fact(SH, "total", "count", 52184, "number", H1, "52,184",
             "The number of enterprises with actual import and export performance in the city reached 52,184",
             segment="foreign trade enterprises"),
        # partners
        fact(SH, "total", "rank", 1, "number", H1, "largest",
             "the European Union remained the largest trading partner of the city",
             partner="European Union"),
        fact(SH, "total", "value", 3965.8e8, "CNY", H1, "3,965.8 100 million",
             "Imports and exports with it were 3,965.8 100 million yuan",
             partner="European Union"),
        fact(SH, "total", "share", 18.5, "percent", H1, "18.5",
             "Imports and exports with it were 3,965.8 100 million yuan, accounting for 18.5% of the city's total",
             partner="European Union"),
        fact(SH, "total", "rank", 2, "number", H1, "second",
             "ASEAN, the United States and Japan ranked second, third and fourth respectively",
             partner="ASEAN"),
        fact(SH, "total", "rank", 3, "number", H1, "third",
             "ASEAN, the United States and Japan ranked second, third and fourth respectively",
             partner="United States"),
        fact(SH, "total", "rank", 4, "number", H1, "fourth",
             "ASEAN, the United States and Japan ranked second, third and fourth respectively",
             partner="Japan"),
        fact(SH, "total", "growth", 10.6, "percent", H1, "10.6",
             "ASEAN, the United States and Japan ranked second, third and fourth respectively, with imports and exports to them increasing by 10.6%, decreasing by 6.7% and increasing by 2.1% respectively",
             partner="ASEAN"),
        fact(SH, "total", "growth", -6.7, "percent", H1, "6.7",
             "ASEAN, the United States and Japan ranked second, third and fourth respectively, with imports and exports to them increasing by 10.6%, decreasing by 6.7% and increasing by 2.1% respectively",
             partner="United States"),
        fact(SH, "total", "growth", 2.1, "percent", H1, "2.1",
             "ASEAN, the United States and Japan ranked second, third and fourth respectively, with imports and exports to them increasing by 10.6%, decreasing by 6.7% and increasing by 2.1% respectively",
             partner="Japan"),
        # products
        fact(SH, "exports", "value", 2396.4e8, "CNY", H1, "2,396.4 100 million",
             "the city exported 2,396.4 100 million yuan of high-tech products",
             product="high-tech products"),
        fact(SH, "exports", "share", 25.2, "percent", H1, "25.2",
             "the city exported 2,396.4 100 million yuan of high-tech products, accounting for 25.2% of the city's total export value",
             product="high-tech products"),
        fact(SH, "exports", "growth", 6.2, "percent", H1, "6.2",
             "exports of integrated circuits increased by 6.2%",
             product="integrated circuits"),
    ],
}
