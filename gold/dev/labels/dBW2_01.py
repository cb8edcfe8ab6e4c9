from _fact import fact, period

IN = "India"
US = "United States"
OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
NOV24 = period(2024, 11)
AO = period(2025, 4, 10)
AO24 = period(2024, 4, 10)

ARTICLE = {
    "id": "dBW2_01",
    "title": "India's October trade gap hits unprecedented USD 41.68 bn; exports down 11.8% as gold buying jumps",
    "publisher": "PTI",
    "published": "2025-11-17",
    "notes": [
        "Real figures (commerce ministry release of 17 Nov 2025 as reported by Indian and wire media): October 2025 "
        "merchandise exports USD 34.38 bn (-11.8%), imports USD 76.06 bn (+16.63%), deficit USD 41.68 bn; September "
        "deficit USD 32.15 bn; October 2024 deficit USD 26.23 bn; previous record USD 37.8 bn (Nov 2024); poll "
        "forecast USD 28.8 bn; gold imports USD 14.72 bn (+199.22%); crude oil imports USD 14.8 bn; April-October "
        "exports USD 254.25 bn (+0.63%), imports USD 451.08 bn (+6.37%), deficit USD 196.82 bn vs USD 171.40 bn; "
        "services exports/imports estimates USD 38.52 bn / USD 18.64 bn; goods-and-services exports USD 72.89 bn "
        "(-0.68%); exports to the US USD 6.31 bn (-8.58%); US top destination with USD 52.15 bn in April-October; "
        "petroleum products exports -10.4% (Crisil note); September exports USD 36.38 bn; export mission Rs 25,060 crore.",
        "Derived: month-on-month exports -5.5% (34.38 / 36.38); gold share of imports 19.4% (14.72 / 76.06); rupee "
        "values at an assumed 88.2 rupees per dollar: exports Rs 3,03,230 crore, imports Rs 6.71 lakh crore, gap "
        "about Rs 3.68 lakh crore. Electronic goods exports USD 4.08 bn (+19.05%) are real "
        "too. Invented: the quotes' wording, the agency economist's projection (1.3% of GDP).",
        "Judgement calls: the headline's deficit and export fall are the body's observations, labelled once with "
        "the body's evidence; 'USD 37.8 billion, set in November 2024' is a stated balance observation for 2024-11 "
        "(a comparison figure with its own period, so labelled); September's USD 32.15 bn and USD 36.38 bn likewise "
        "carry period 2025-09; 'the biggest export category' is a rank of engineering goods among export products "
        "(rank 1, October); the rupee gap 'about Rs 3.68 lakh crore' is an approx INR balance; services figures "
        "carry product 'services' and the combined total 'goods and services'; the US rank and USD 52.15 bn carry "
        "the cumulative April-October period.",
        "Not facts: USD 28.8 billion (economists' projection, a forecast); 88.2 (exchange rate); 50 per cent "
        "(tariff rate); 1.3 per cent of GDP (forecast, not trade); Rs 25,060 crore (export promotion outlay, not a "
        "trade flow); 2025-26 (fiscal year label); 'higher than in September' for US shipments (no number).",
        "Copy check: 11 sentences searched, 2 reworded (the April-October exports/imports sentence and the "
        "seven-month deficit sentence followed a real PTI skeleton; both recast with a new clause order).",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion",
             "pushed India's merchandise trade deficit to an all-time high of USD 41.68 billion in October"),
        fact(IN, "balance", "value", -32.15e9, "USD", SEP, "32.15 billion",
             "The monthly gap compares with USD 32.15 billion in September"),
        fact(IN, "balance", "value", -26.23e9, "USD", OCT24, "26.23 billion",
             "The monthly gap compares with USD 32.15 billion in September and USD 26.23 billion in the year-ago month"),
        fact(IN, "balance", "value", -37.8e9, "USD", NOV24, "37.8 billion",
             "the previous record deficit of USD 37.8 billion, set in November 2024"),
        fact(IN, "exports", "growth", -11.8, "percent", OCT, "11.8",
             "Goods exports shrank 11.8 per cent on an annual basis to USD 34.38 billion last month"),
        fact(IN, "exports", "value", 34.38e9, "USD", OCT, "34.38 billion",
             "Goods exports shrank 11.8 per cent on an annual basis to USD 34.38 billion last month"),
        fact(IN, "imports", "growth", 16.63, "percent", OCT, "16.63",
             "the import bill swelled 16.63 per cent to USD 76.06 billion"),
        fact(IN, "imports", "value", 76.06e9, "USD", OCT, "76.06 billion",
             "the import bill swelled 16.63 per cent to USD 76.06 billion"),
        fact(IN, "exports", "growth", -5.5, "percent", OCT, "5.5",
             "Sequentially, exports were 5.5 per cent lower than September's USD 36.38 billion", basis="mom"),
        fact(IN, "exports", "value", 36.38e9, "USD", SEP, "36.38 billion",
             "Sequentially, exports were 5.5 per cent lower than September's USD 36.38 billion"),
        fact(IN, "exports", "value", 3.0323e12, "INR", OCT, "3,03,230 crore",
             "October's exports were worth Rs 3,03,230 crore"),
        fact(IN, "imports", "value", 6.71e12, "INR", OCT, "6.71 lakh crore",
             "October's exports were worth Rs 3,03,230 crore and imports Rs 6.71 lakh crore"),
        fact(IN, "balance", "value", -3.68e12, "INR", OCT, "3.68 lakh crore",
             "leaving a gap of about Rs 3.68 lakh crore", qualifier="approx"),
        fact(IN, "imports", "growth", 199.22, "percent", OCT, "199.22",
             "Gold inbound shipments rose 199.22 per cent to USD 14.72 billion", product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion",
             "Gold inbound shipments rose 199.22 per cent to USD 14.72 billion", product="gold"),
        fact(IN, "imports", "share", 19.4, "percent", OCT, "19.4",
             "making the yellow metal roughly 19.4 per cent of all merchandise imports in the month",
             product="gold", qualifier="approx"),
        fact(IN, "imports", "value", 14.8e9, "USD", OCT, "14.8 billion",
             "the crude oil import bill eased to USD 14.8 billion", product="crude oil"),
        fact(IN, "exports", "growth", 0.63, "percent", AO, "0.63",
             "Cumulative imports for April-October of 2025-26 reached USD 451.08 billion, a 6.37 per cent increase, "
             "while exports were a marginal 0.63 per cent higher at USD 254.25 billion"),
        fact(IN, "exports", "value", 254.25e9, "USD", AO, "254.25 billion",
             "Cumulative imports for April-October of 2025-26 reached USD 451.08 billion, a 6.37 per cent increase, "
             "while exports were a marginal 0.63 per cent higher at USD 254.25 billion"),
        fact(IN, "imports", "growth", 6.37, "percent", AO, "6.37",
             "Cumulative imports for April-October of 2025-26 reached USD 451.08 billion, a 6.37 per cent increase"),
        fact(IN, "imports", "value", 451.08e9, "USD", AO, "451.08 billion",
             "Cumulative imports for April-October of 2025-26 reached USD 451.08 billion"),
        fact(IN, "balance", "value", -196.82e9, "USD", AO, "196.82 billion",
             "The seven-month merchandise trade gap consequently widened to USD 196.82 billion"),
        fact(IN, "balance", "value", -171.40e9, "USD", AO24, "171.40 billion",
             "The seven-month merchandise trade gap consequently widened to USD 196.82 billion from USD 171.40 "
             "billion a year earlier"),
        fact(IN, "exports", "value", 38.52e9, "USD", OCT, "38.52 billion",
             "The ministry estimated services exports for October at USD 38.52 billion", product="services"),
        fact(IN, "imports", "value", 18.64e9, "USD", OCT, "18.64 billion",
             "services imports at USD 18.64 billion", product="services"),
        fact(IN, "exports", "value", 72.89e9, "USD", OCT, "72.89 billion",
             "Taking goods and services together, total exports were put at USD 72.89 billion",
             product="goods and services"),
        fact(IN, "exports", "growth", -0.68, "percent", OCT, "0.68",
             "total exports were put at USD 72.89 billion, 0.68 per cent lower than in October 2024",
             product="goods and services"),
        fact(IN, "exports", "growth", -8.58, "percent", OCT, "8.58",
             "Shipments to the United States, which has imposed a 50 per cent duty on most Indian goods since late "
             "August, declined 8.58 per cent to USD 6.31 billion", partner=US),
        fact(IN, "exports", "value", 6.31e9, "USD", OCT, "6.31 billion",
             "Shipments to the United States, which has imposed a 50 per cent duty on most Indian goods since late "
             "August, declined 8.58 per cent to USD 6.31 billion", partner=US),
        fact(IN, "exports", "rank", 1, "number", AO, "largest",
             "America still remained India's largest export destination in April-October", partner=US),
        fact(IN, "exports", "value", 52.15e9, "USD", AO, "52.15 billion",
             "America still remained India's largest export destination in April-October, having bought goods "
             "worth USD 52.15 billion over the period", partner=US),
        fact(IN, "exports", "growth", 19.05, "percent", OCT, "19.05",
             "electronic goods bucked the trend with a 19.05 per cent rise to USD 4.08 billion",
             product="electronic goods"),
        fact(IN, "exports", "value", 4.08e9, "USD", OCT, "4.08 billion",
             "electronic goods bucked the trend with a 19.05 per cent rise to USD 4.08 billion",
             product="electronic goods"),
        fact(IN, "exports", "growth", -10.4, "percent", OCT, "10.4",
             "Petroleum products exports slid 10.4 per cent", product="petroleum products"),
        fact(IN, "exports", "rank", 1, "number", OCT, "biggest",
             "Engineering goods, the biggest export category", product="engineering goods"),
    ],
}
