from _fact import fact, period

FULL_YEAR = period(2023, 1, 12)
PRIOR_YEAR = period(2022, 1, 12)
DECEMBER = period(2023, 12)
YUAN_TOTAL = "combined goods imports and exports climbed 0.2% year-on-year to an all-time high of 41.76 trillion yuan"
YUAN_EXPORTS = "Exports increased 0.6% to 23.77 trillion yuan"
YUAN_IMPORTS = "imports edged down 0.3% to 17.99 trillion yuan"
DOLLAR_EXPORTS = "Exports fell 4.6% to $3.38 trillion"
DOLLAR_IMPORTS = "imports shrank 5.5% to $2.56 trillion"
DOLLAR_SURPLUS = "At $823.2 billion, the trade surplus was 6.2% smaller than 2022's record $877.6 billion"
YUAN_SURPLUS = "In yuan, the surplus amounted to 5.78 trillion yuan"
DECEMBER_EXPORTS = "Measured in dollars, exports in December grew 2.3% year-on-year"
DECEMBER_IMPORTS = "and imports inched up 0.2%"
DECEMBER_TOTAL = "December's total trade of 3.81 trillion yuan was the largest monthly figure ever recorded"
CRUDE_OIL = "Crude oil imports hit a record 564 million tons last year"
ASEAN_RANK = "China's largest trading partner was again the Association of Southeast Asian Nations"
ASEAN_TRADE = "with bilateral trade worth 6.41 trillion yuan, equal to 15.4% of the nation's total"
UNITED_STATES_EXPORTS = "exports to the U.S. plunged 13.1%"
RUSSIA_EXPORTS = "those to Russia surged 46.9%, lifting China-Russia trade to an all-time high of $240.1 billion"
NEW_THREE = (
    "Overseas sales of the \"new three\" (solar cells, lithium-ion batteries and electric passenger vehicles) soared "
    "29.9% to 1.06 trillion yuan"
)
PRIVATE_TRADE = (
    "Private firms' imports and exports rose 6.3% to 22.36 trillion yuan, a 53.5% share of the national total"
)
PRIVATE_COUNT = "The count of private firms that recorded import and export activity climbed to 556,000"

ARTICLE = {
    "id": "dM1_06_caixin_annual_review_2023",
    "title": "Narrower Surplus as China's 2023 Trade Rises Slightly in Yuan but Falls in Dollar Terms",
    "publisher": "Caixin",
    "published": "2024-01-12",
    "notes": [
        "Annual review published in January: the running period is the year 2023 (stated in the text); 'last "
        "year' is 2023; 'December' is 2023-12; '2022's record $877.6 billion' is the 2022 balance (2022-01/2022-12).",
        "Yuan and dollar growth rates of the same flow are both labelled (exports +0.6% in yuan, -4.6% in dollars; "
        "imports -0.3% and -5.5%); the record has no currency field for a rate, so they differ only in value.",
        "'the trade surplus was 6.2% smaller': growth of a surplus follows its wording, -6.2.",
        "'lower in dollar terms, its first such fall in four years', 'their first yearly drop since 2016', "
        "'above the trillion-yuan threshold for the first time': milestones and streaks, out. The dollar total is "
        "not stated, so no dollar total fact.",
        "December exports +2.3% and imports +0.2% are dollar-term rates (the sentence says so); the 1.7% "
        "Caixin poll forecast is out.",
        "Crude oil: quantity 564 million tons -> tonnes, product 'crude oil', imports; 'a record' is not a number.",
        "ASEAN: rank 1 ('largest trading partner'), value and share (15.4% of China's total trade).",
        "'exports to the U.S. plunged 13.1%': exports, partner United States, dollar terms.",
        "China-Russia trade of $240.1 billion: total, partner Russia. The '$200 billion goal ... for 2024' is a "
        "target, out.",
        "'new three' exports labelled with product 'new three' (electric passenger vehicles, lithium-ion batteries "
        "and solar cells).",
        "Private firms: value, growth and share with segment 'private enterprises'; '3.1 percentage points higher' "
        "is out; 556,000 is a count of private enterprises with trade records (segment 'private enterprises').",
        "Out of scope: the economist's 2% export forecast for 2024, the WTO's projected 14% global export share "
        "(a projection, not a reported figure), the GDP growth target of around 5%, and years.",
        "Consistency: 23.77 - 17.99 = 5.78; 3.38 - 2.56 = 0.82 (823.2 billion unrounded); 877.6 x (1 - 0.062) = "
        "823.2; 22.36 / 41.76 = 53.5%; 6.41 / 41.76 = 15.4%.",
    ],
    "facts": [
        fact("China", "total", "growth", 0.2, "percent", FULL_YEAR, "0.2", YUAN_TOTAL),
        fact("China", "total", "value", 41.76e12, "CNY", FULL_YEAR, "41.76 trillion", YUAN_TOTAL),
        fact("China", "exports", "growth", 0.6, "percent", FULL_YEAR, "0.6", YUAN_EXPORTS),
        fact("China", "exports", "value", 23.77e12, "CNY", FULL_YEAR, "23.77 trillion", YUAN_EXPORTS),
        fact("China", "imports", "growth", -0.3, "percent", FULL_YEAR, "0.3", YUAN_IMPORTS),
        fact("China", "imports", "value", 17.99e12, "CNY", FULL_YEAR, "17.99 trillion", YUAN_IMPORTS),
        fact("China", "exports", "growth", -4.6, "percent", FULL_YEAR, "4.6", DOLLAR_EXPORTS),
        fact("China", "exports", "value", 3.38e12, "USD", FULL_YEAR, "3.38 trillion", DOLLAR_EXPORTS),
        fact("China", "imports", "growth", -5.5, "percent", FULL_YEAR, "5.5", DOLLAR_IMPORTS),
        fact("China", "imports", "value", 2.56e12, "USD", FULL_YEAR, "2.56 trillion", DOLLAR_IMPORTS),
        fact("China", "balance", "growth", -6.2, "percent", FULL_YEAR, "6.2", DOLLAR_SURPLUS),
        fact("China", "balance", "value", 823.2e9, "USD", FULL_YEAR, "823.2 billion", DOLLAR_SURPLUS),
        fact("China", "balance", "value", 877.6e9, "USD", PRIOR_YEAR, "877.6 billion", DOLLAR_SURPLUS),
        fact("China", "balance", "value", 5.78e12, "CNY", FULL_YEAR, "5.78 trillion", YUAN_SURPLUS),
        fact("China", "exports", "growth", 2.3, "percent", DECEMBER, "2.3", DECEMBER_EXPORTS),
        fact("China", "imports", "growth", 0.2, "percent", DECEMBER, "0.2", DECEMBER_IMPORTS),
        fact("China", "total", "value", 3.81e12, "CNY", DECEMBER, "3.81 trillion", DECEMBER_TOTAL),
        fact("China", "imports", "quantity", 564e6, "tonnes", FULL_YEAR, "564 million", CRUDE_OIL,
             product="crude oil"),
        fact("China", "total", "rank", 1, "number", FULL_YEAR, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "value", 6.41e12, "CNY", FULL_YEAR, "6.41 trillion", ASEAN_TRADE, partner="ASEAN"),
        fact("China", "total", "share", 15.4, "percent", FULL_YEAR, "15.4", ASEAN_TRADE, partner="ASEAN"),
        fact("China", "exports", "growth", -13.1, "percent", FULL_YEAR, "13.1", UNITED_STATES_EXPORTS,
             partner="United States"),
        fact("China", "exports", "growth", 46.9, "percent", FULL_YEAR, "46.9", RUSSIA_EXPORTS, partner="Russia"),
        fact("China", "total", "value", 240.1e9, "USD", FULL_YEAR, "240.1 billion", RUSSIA_EXPORTS, partner="Russia"),
        fact("China", "exports", "growth", 29.9, "percent", FULL_YEAR, "29.9", NEW_THREE, product="new three"),
        fact("China", "exports", "value", 1.06e12, "CNY", FULL_YEAR, "1.06 trillion", NEW_THREE, product="new three"),
        fact("China", "total", "growth", 6.3, "percent", FULL_YEAR, "6.3", PRIVATE_TRADE,
             segment="private enterprises"),
        fact("China", "total", "value", 22.36e12, "CNY", FULL_YEAR, "22.36 trillion", PRIVATE_TRADE,
             segment="private enterprises"),
        fact("China", "total", "share", 53.5, "percent", FULL_YEAR, "53.5", PRIVATE_TRADE,
             segment="private enterprises"),
        fact("China", "total", "count", 556000, "number", FULL_YEAR, "556,000", PRIVATE_COUNT,
             segment="private enterprises"),
    ],
}
