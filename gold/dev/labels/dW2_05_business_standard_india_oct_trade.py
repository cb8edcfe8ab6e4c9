from _fact import fact, period

OCTOBER = period(2025, 10)
OCTOBER_2024 = period(2024, 10)
SEPTEMBER = period(2025, 9)
APRIL_OCTOBER = period(2025, 4, 10)
APRIL_OCTOBER_2024 = period(2024, 4, 10)
IN = "India"
US = "United States"
GS = "goods and services"

LEAD = (
    "Festive buying of gold inflated India's import bill in October while heavy US tariffs hurt exports, pushing the "
    "country's merchandise trade deficit to a record $41.68 billion"
)
EXPORTS = "merchandise exports shrank 11.8 per cent year-on-year to $34.38 billion"
IMPORTS = "imports jumped 16.63 per cent to a record $76.06 billion"
YEAR_AGO_GAP = "In October last year, the gap had been $26.23 billion"
SEPTEMBER_GAP = "Month on month, the deficit was much wider than September's $32.15 billion"
GOLD = (
    "imports of the yellow metal soared 199.22 per cent to $14.72 billion, "
    "compared with $4.92 billion in October 2024"
)
US_EXPORTS = (
    "Exports to the US, India's largest export market, came to $6.3 billion in October, "
    "a negative growth of 8.58 per cent"
)
CHINA = "exports to China expanded 42.35 per cent"
US_CUMULATIVE = "The US nonetheless bought $52.15 billion of Indian goods in April-October"
SERVICES_EXPORTS = "According to the ministry's estimates, October services exports were worth $38.51 billion"
SERVICES_IMPORTS = "services imports $18.64 billion"
TOTAL_EXPORTS = "Adding services, India's total exports eased 0.68 per cent to $72.89 billion"
TOTAL_IMPORTS = "total imports rose 14.87 per cent to $94.70 billion"
TOTAL_DEFICIT = "That put the combined goods and services trade deficit at $21.8 billion"
YTD = (
    "Over April-October, the first seven months of 2025-26, merchandise exports edged up 0.63 per cent to "
    "$254.25 billion, while imports grew 6.37 per cent to $451.08 billion"
)
YTD_DEFICIT = (
    "The goods trade deficit for the period thus widened to $196.82 billion, compared with $171.40 billion in the "
    "year-ago period"
)
RUPEE_EXPORTS = "Measured in rupees, exports for October were Rs 3,03,232 crore"
RUPEE_IMPORTS = "merchandise imports over April-October totalled Rs 39.38 lakh crore"

ARTICLE = {
    "id": "dW2_05_business_standard_india_oct_trade",
    "title": "Gold import surge drives India's October trade gap to record $41.68 bn; exports to US fall",
    "publisher": "Business Standard",
    "published": "2025-11-17",
    "notes": [
        "The text's dateline gives 'November 17' without a year: 2025 from the published date; 'October' is "
        "October 2025 and 'October last year' / 'October 2024' is October 2024.",
        "India's fiscal year runs April-March: 'April-October, the first seven months of 2025-26' is 2025-04..2025-10; "
        "'the year-ago period' is 2024-04..2024-10.",
        "Merchandise (goods) figures have product null; 'services exports/imports' have product 'services'; 'Adding "
        "services, India's total exports ...', 'total imports' and 'the combined goods and services trade deficit' "
        "are product 'goods and services'.",
        "'Month on month, the deficit was much wider than September's $32.15 billion': a stated value of the "
        "September 2025 deficit (balance -32.15e9). 'the deficit' = the merchandise trade deficit.",
        "'In October last year, the gap had been $26.23 billion': the October 2024 merchandise deficit, -26.23e9.",
        "Gold: the evidence sentence says 'the yellow metal'; the sentence before names gold, so product 'gold'. "
        "'$4.92 billion in October 2024' is gold imports in October 2024. 'multiplied several-fold' (silver) "
        "states no number: nothing labelled.",
        "'a negative growth of 8.58 per cent' is a fall: -8.58 (India's release wording).",
        "'India's largest export market' (United States, exports): rank 1 with the sentence's period, October 2025.",
        "'The US nonetheless bought $52.15 billion of Indian goods in April-October': exports to the United States, "
        "value, 2025-04..2025-10 (the US 'bought' Indian goods = India's exports).",
        "Services figures are ministry estimates ('According to the ministry's estimates'): qualifier exact; 'estimates' is not an "
        "approximation word in the guide's list.",
        "Rupee values are the same observations in another currency: separate INR facts (Rs 3,03,232 crore = "
        "3.03232e12 in Indian digit grouping; Rs 39.38 lakh crore = 3.938e13, merchandise imports April-October). "
        "The rupee-terms growth '7.39 per cent lower' is not labelled: a growth rate in rupee terms beside the dollar "
        "growth (-11.8) of the same flow and period is a second growth the record cannot tell apart (growth has no "
        "currency); treated as a figure the record cannot express.",
        "Out of scope: the economists' $28.8 billion expectation and the 1.3 per cent of GDP current-account forecast "
        "(forecasts), 'the highest in 13 months' / 'record' (milestones; the numbers they describe are "
        "labelled), the 50 per cent US levy, the rupee at 88.8 per dollar (not trade flows), 'second full month', "
        "'first seven months' as a count, 'first tranche'.",
    ],
    "facts": [
        fact(IN, "balance", "value", -41.68e9, "USD", OCTOBER, "41.68 billion", LEAD),
        fact(IN, "exports", "growth", -11.8, "percent", OCTOBER, "11.8", EXPORTS),
        fact(IN, "exports", "value", 34.38e9, "USD", OCTOBER, "34.38 billion", EXPORTS),
        fact(IN, "imports", "growth", 16.63, "percent", OCTOBER, "16.63", IMPORTS),
        fact(IN, "imports", "value", 76.06e9, "USD", OCTOBER, "76.06 billion", IMPORTS),
        fact(IN, "balance", "value", -26.23e9, "USD", OCTOBER_2024, "26.23 billion", YEAR_AGO_GAP),
        fact(IN, "balance", "value", -32.15e9, "USD", SEPTEMBER, "32.15 billion", SEPTEMBER_GAP),
        fact(IN, "imports", "growth", 199.22, "percent", OCTOBER, "199.22", GOLD, product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCTOBER, "14.72 billion", GOLD, product="gold"),
        fact(IN, "imports", "value", 4.92e9, "USD", OCTOBER_2024, "4.92 billion", GOLD, product="gold"),
        fact(IN, "exports", "rank", 1, "number", OCTOBER, "largest", US_EXPORTS, partner=US),
        fact(IN, "exports", "growth", -8.58, "percent", OCTOBER, "8.58", US_EXPORTS, partner=US),
        fact(IN, "exports", "value", 6.3e9, "USD", OCTOBER, "6.3 billion", US_EXPORTS, partner=US),
        fact(IN, "exports", "growth", 42.35, "percent", OCTOBER, "42.35", CHINA, partner="China"),
        fact(IN, "exports", "value", 52.15e9, "USD", APRIL_OCTOBER, "52.15 billion", US_CUMULATIVE, partner=US),
        fact(IN, "exports", "value", 38.51e9, "USD", OCTOBER, "38.51 billion", SERVICES_EXPORTS, product="services"),
        fact(IN, "imports", "value", 18.64e9, "USD", OCTOBER, "18.64 billion", SERVICES_IMPORTS, product="services"),
        fact(IN, "exports", "growth", -0.68, "percent", OCTOBER, "0.68", TOTAL_EXPORTS, product=GS),
        fact(IN, "exports", "value", 72.89e9, "USD", OCTOBER, "72.89 billion", TOTAL_EXPORTS, product=GS),
        fact(IN, "imports", "growth", 14.87, "percent", OCTOBER, "14.87", TOTAL_IMPORTS, product=GS),
        fact(IN, "imports", "value", 94.70e9, "USD", OCTOBER, "94.70 billion", TOTAL_IMPORTS, product=GS),
        fact(IN, "balance", "value", -21.8e9, "USD", OCTOBER, "21.8 billion", TOTAL_DEFICIT, product=GS),
        fact(IN, "exports", "growth", 0.63, "percent", APRIL_OCTOBER, "0.63", YTD),
        fact(IN, "exports", "value", 254.25e9, "USD", APRIL_OCTOBER, "254.25 billion", YTD),
        fact(IN, "imports", "growth", 6.37, "percent", APRIL_OCTOBER, "6.37", YTD),
        fact(IN, "imports", "value", 451.08e9, "USD", APRIL_OCTOBER, "451.08 billion", YTD),
        fact(IN, "balance", "value", -196.82e9, "USD", APRIL_OCTOBER, "196.82 billion", YTD_DEFICIT),
        fact(IN, "balance", "value", -171.40e9, "USD", APRIL_OCTOBER_2024, "171.40 billion", YTD_DEFICIT),
        fact(IN, "exports", "value", 3.03232e12, "INR", OCTOBER, "3,03,232 crore", RUPEE_EXPORTS),
        fact(IN, "imports", "value", 39.38e12, "INR", APRIL_OCTOBER, "39.38 lakh crore", RUPEE_IMPORTS),
    ],
}
