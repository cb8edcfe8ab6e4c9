from _fact import fact, period

SZ = "Shenzhen"
Q13 = period(2025, 1, 9)
SEP = period(2025, 9)
Q3 = period(2025, 7, 9)

ARTICLE = {
    "id": "dBG1_03_shenzhen_gov_q1q3",
    "title": "Shenzhen's foreign trade rises 0.7% in the first three quarters, ranking first among mainland cities",
    "publisher": "Shenzhen Municipal People's Government Portal",
    "published": "2025-10-24",
    "notes": [
        "Real anchors only: Shenzhen Jan-Jul 2.58 trillion, July 415.94 billion, Jan-Aug 2.96 trillion (+0.3%), "
        "Q1 990.1 billion, first rank among mainland cities; national Jan-Sep 33.61 trillion / exports 19.95 trillion.",
        "Made up but made consistent with those anchors: Jan-Sep total 33,921.6 (+0.7%), exports 20,488.5 (-4.3%), "
        "imports 13,433.1 (+9.2%) hundred million yuan; national shares 10.1% / 10.3% derived; September 4,321.6 "
        "(+3.2% y/y, +13.7% on August, derived from implied August 3,800.4); Q3 12,281.4 (+4.6% q/q, derived from "
        "implied Q2 11,739.2); general trade 18,317.7 (+2.4%, 54.0%); processing 18.0%, bonded logistics 26.9%; private enterprises 23,561.3 (69.5%); enterprise count 51,268; ASEAN 5,203.4 (+1.6%), "
        "Hong Kong 4,512.3 (+8.3%), EU 2,790.2 (+3.1%), US -18.4%. Publication date assumed.",
        "publisher: the text names only its source line '(Source: Shenzhen Municipal People's Government Portal)'.",
        "'13.7% compared with August' labelled basis mom (comparison with the month before).",
        "'continuing to rank first among large and medium-sized cities in mainland China': rank 1 of Shenzhen's "
        "total trade (the record cannot say the ranking is among cities rather than among partners).",
        "Shares of the national total labelled as plain share facts; the record cannot say which whole "
        "(national vs city) a share is of.",
        "Out of scope, not labelled: '2.1 percentage points higher' (derived comparison), 'an increase of 3,104' "
        "(change in a count), '18 new international container shipping routes' (not a trade flow).",
        "'Hong Kong of China' -> partner 'Hong Kong'.",
    ],
    "facts": [
        fact(SZ, "total", "value", 33921.6e8, "CNY", Q13, "33,921.6 hundred million",
             "Shenzhen's imports and exports in the first three quarters of 2025 totalled 33,921.6 hundred million yuan"),
        fact(SZ, "total", "growth", 0.7, "percent", Q13, "0.7",
             "a rise of 0.7% year-on-year"),
        fact(SZ, "total", "share", 10.1, "percent", Q13, "10.1",
             "made up 10.1% of the national total"),
        fact(SZ, "total", "rank", 1, "number", Q13, "first",
             "continuing to rank first among large and medium-sized cities in mainland China"),
        fact(SZ, "exports", "value", 20488.5e8, "CNY", Q13, "20,488.5 hundred million",
             "exports came to 20,488.5 hundred million yuan, a decrease of 4.3%"),
        fact(SZ, "exports", "growth", -4.3, "percent", Q13, "4.3",
             "exports came to 20,488.5 hundred million yuan, a decrease of 4.3%"),
        fact(SZ, "exports", "share", 10.3, "percent", Q13, "10.3",
             "made up 10.3% of the country's total exports"),
        fact(SZ, "imports", "value", 13433.1e8, "CNY", Q13, "13,433.1 hundred million",
             "imports reached 13,433.1 hundred million yuan, an increase of 9.2%"),
        fact(SZ, "imports", "growth", 9.2, "percent", Q13, "9.2",
             "imports reached 13,433.1 hundred million yuan, an increase of 9.2%"),
        fact(SZ, "total", "value", 4321.6e8, "CNY", SEP, "4,321.6 100 million",
             "In September, the city's import and export value was 4,321.6 100 million yuan"),
        fact(SZ, "total", "growth", 3.2, "percent", SEP, "3.2",
             "In September, the city's import and export value was 4,321.6 100 million yuan, an increase of 3.2% year-on-year"),
        fact(SZ, "total", "growth", 13.7, "percent", SEP, "13.7",
             "an increase of 3.2% year-on-year and 13.7% compared with August", basis="mom"),
        fact(SZ, "total", "value", 12281.4e8, "CNY", Q3, "12,281.4 hundred million",
             "In the third quarter, the import and export value was 12,281.4 hundred million yuan"),
        fact(SZ, "total", "growth", 4.6, "percent", Q3, "4.6",
             "the import and export value was 12,281.4 hundred million yuan, an increase of 4.6% quarter-on-quarter",
             basis="qoq"),
        fact(SZ, "total", "value", 18317.7e8, "CNY", Q13, "18,317.7 hundred million",
             "the city's general trade import and export was 18,317.7 hundred million yuan", segment="general trade"),
        fact(SZ, "total", "growth", 2.4, "percent", Q13, "2.4",
             "the city's general trade import and export was 18,317.7 hundred million yuan, an increase of 2.4%",
             segment="general trade"),
        fact(SZ, "total", "share", 54.0, "percent", Q13, "54.0",
             "accounting for 54.0% of the city's total foreign trade value", segment="general trade"),
        fact(SZ, "total", "share", 18.0, "percent", Q13, "18.0",
             "The import and export of processing trade and bonded logistics accounted for 18.0% and 26.9% of the total respectively",
             segment="processing trade"),
        fact(SZ, "total", "share", 26.9, "percent", Q13, "26.9",
             "The import and export of processing trade and bonded logistics accounted for 18.0% and 26.9% of the total respectively",
             segment="bonded logistics"),
        fact(SZ, "total", "value", 23561.3e8, "CNY", Q13, "23,561.3 hundred million",
             "The import and export of private enterprises reached 23,561.3 hundred million yuan",
             segment="private enterprises"),
        fact(SZ, "total", "share", 69.5, "percent", Q13, "69.5",
             "The import and export of private enterprises reached 23,561.3 hundred million yuan, accounting for 69.5% of the city's total",
             segment="private enterprises"),
        fact(SZ, "total", "count", 51268, "number", Q13, "51,268",
             "The number of enterprises with actual import and export performance in the city reached 51,268",
             segment="foreign trade enterprises"),
        fact(SZ, "total", "rank", 1, "number", Q13, "largest",
             "ASEAN remained the city's largest trading partner", partner="ASEAN"),
        fact(SZ, "total", "value", 5203.4e8, "CNY", Q13, "5,203.4 hundred million",
             "the city's import and export with ASEAN, Hong Kong of China and the European Union was 5,203.4 hundred million yuan, "
             "4,512.3 hundred million yuan and 2,790.2 hundred million yuan respectively", partner="ASEAN"),
        fact(SZ, "total", "value", 4512.3e8, "CNY", Q13, "4,512.3 hundred million",
             "the city's import and export with ASEAN, Hong Kong of China and the European Union was 5,203.4 hundred million yuan, "
             "4,512.3 hundred million yuan and 2,790.2 hundred million yuan respectively", partner="Hong Kong"),
        fact(SZ, "total", "value", 2790.2e8, "CNY", Q13, "2,790.2 hundred million",
             "the city's import and export with ASEAN, Hong Kong of China and the European Union was 5,203.4 hundred million yuan, "
             "4,512.3 hundred million yuan and 2,790.2 hundred million yuan respectively", partner="European Union"),
        fact(SZ, "total", "growth", 1.6, "percent", Q13, "1.6",
             "increasing by 1.6%, 8.3% and 3.1% respectively", partner="ASEAN"),
        fact(SZ, "total", "growth", 8.3, "percent", Q13, "8.3",
             "increasing by 1.6%, 8.3% and 3.1% respectively", partner="Hong Kong"),
        fact(SZ, "total", "growth", 3.1, "percent", Q13, "3.1",
             "increasing by 1.6%, 8.3% and 3.1% respectively", partner="European Union"),
        fact(SZ, "total", "growth", -18.4, "percent", Q13, "18.4",
             "import and export with the United States decreased by 18.4%", partner="United States"),
    ],
}
