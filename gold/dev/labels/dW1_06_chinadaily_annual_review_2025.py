from _fact import fact, period

YEAR = period(2025, 1, 12)
DECEMBER = period(2025, 12)
NOVEMBER = period(2025, 11)
EU = "European Union"
US = "United States"

TOTAL = (
    "The country's total imports and exports rose 3.8 percent year-on-year to 45.47 trillion yuan ($6.35 trillion) "
    "in 2025"
)
EXPORTS = "Exports went up 6.1 percent to 26.99 trillion yuan"
IMPORTS = "Imports, held back for much of the year by lower commodity prices, inched up 0.5 percent to 18.48 trillion yuan"
SURPLUS = "The gap between the two left China with a trade surplus of 8.51 trillion yuan"
EXPORTS_USD = "Calculated in dollars, outbound shipments totaled $3.77 trillion, 5.5 percent more than in 2024"
IMPORTS_USD = "imports were flat at $2.58 trillion"
SURPLUS_USD = "The surplus, at $1.19 trillion, was about 20 percent larger than the year before"
PARTNERS = "Customs officials said China traded with more than 240 countries and regions last year"
DEC_TOTAL = "In December alone, imports and exports totaled 4.25 trillion yuan, up 4.9 percent from a year earlier"
DEC_EXPORTS = "exports last month grew 6.6 percent, faster than the 5.9 percent pace in November"
DEC_IMPORTS = "imports jumped 5.7 percent, the strongest rise in three months"
DEC_SURPLUS = "That lifted the December surplus to $114.1 billion"
ASEAN = (
    "ASEAN again ranked as China's largest trading partner, with two-way trade growing 8 percent to 7.55 trillion yuan"
)
EU_LINE = "The European Union came second, with trade of 5.93 trillion yuan"
US_LINE = (
    "China's trade with the United States, its third-largest partner, shrank 18.2 percent to 3.99 trillion yuan"
)
NEW_THREE = (
    'Exports of the "new three" - electric vehicles, lithium-ion batteries and photovoltaic products - rose 27.1 '
    "percent in value"
)
FIRMS = "The number of businesses with import and export records topped 780,000"

ARTICLE = {
    "id": "dW1_06_chinadaily_annual_review_2025",
    "title": "China's foreign trade hits record 45.47 trillion yuan in 2025 as exporters diversify",
    "publisher": "China Daily",
    "published": "2026-01-14",
    "notes": [
        "Published 2026-01-14: 'last year' and 'in 2025' are 2025-01/2025-12; 'last month' and 'In December alone' "
        "are 2025-12; 'in November' is 2025-11 (a stated observation used as a comparison: labelled with its own "
        "period, yoy).",
        "'45.47 trillion yuan ($6.35 trillion)': a CNY fact and a USD fact; the bracket has no 'about', so the "
        "USD fact is exact.",
        "'crossed the 45-trillion-yuan threshold' (milestone, and the threshold of an exact figure already labelled) "
        "and 'the ninth straight year of growth' (streak): out.",
        "Full-year growth rates in yuan (6.1, 0.5) and in dollars (5.5) are separate facts; the record has no "
        "currency for growth, so 6.1 and 5.5 differ only by value. 'imports were flat at $2.58 trillion': the value "
        "is labelled; 'flat' states no number, so no growth fact.",
        "'5.5 percent more than in 2024': 2024 is the comparison base, not the period.",
        "Surplus 'about 20 percent larger than the year before': growth of a surplus, +20, approx.",
        "'more than 240 countries and regions': count of trading partners, qualifier over; 'its trade with 190 of "
        "them expanded' is a conditional count: out.",
        "December-only figures form the second period: yuan total and its growth, dollar-term export and import "
        "growth, and the December surplus in dollars. 'the strongest rise in three months' is a streak: out.",
        "Ranks: ASEAN 'largest' (1), EU 'came second' (2), United States 'third-largest partner' (3), all flow total, "
        "period 2025.",
        "'new three' in the text's words (product 'new three'); 'rose 27.1 percent in value' is value growth of "
        "exports. 'high-tech products continued to gain ground' gives no number.",
        "'topped 780,000': count of foreign trade enterprises (businesses with import and export records), "
        "qualifier over; 'a record' is a milestone.",
        "Out of scope: Ningbo-Zhoushan's 40 million containers (port throughput, not a trade flow), the economist's "
        "forecast of around 3 percent export growth in 2026, the GDP growth target of around 5 percent.",
    ],
    "facts": [
        fact("China", "total", "growth", 3.8, "percent", YEAR, "3.8", TOTAL),
        fact("China", "total", "value", 45.47e12, "CNY", YEAR, "45.47 trillion", TOTAL),
        fact("China", "total", "value", 6.35e12, "USD", YEAR, "6.35 trillion", TOTAL),
        fact("China", "exports", "growth", 6.1, "percent", YEAR, "6.1", EXPORTS),
        fact("China", "exports", "value", 26.99e12, "CNY", YEAR, "26.99 trillion", EXPORTS),
        fact("China", "imports", "growth", 0.5, "percent", YEAR, "0.5", IMPORTS),
        fact("China", "imports", "value", 18.48e12, "CNY", YEAR, "18.48 trillion", IMPORTS),
        fact("China", "balance", "value", 8.51e12, "CNY", YEAR, "8.51 trillion", SURPLUS),
        fact("China", "exports", "value", 3.77e12, "USD", YEAR, "3.77 trillion", EXPORTS_USD),
        fact("China", "exports", "growth", 5.5, "percent", YEAR, "5.5", EXPORTS_USD),
        fact("China", "imports", "value", 2.58e12, "USD", YEAR, "2.58 trillion", IMPORTS_USD),
        fact("China", "balance", "value", 1.19e12, "USD", YEAR, "1.19 trillion", SURPLUS_USD),
        fact("China", "balance", "growth", 20, "percent", YEAR, "20", SURPLUS_USD, qualifier="approx"),
        fact("China", "total", "count", 240, "number", YEAR, "240", PARTNERS, segment="trading partners",
             qualifier="over"),
        fact("China", "total", "value", 4.25e12, "CNY", DECEMBER, "4.25 trillion", DEC_TOTAL),
        fact("China", "total", "growth", 4.9, "percent", DECEMBER, "4.9", DEC_TOTAL),
        fact("China", "exports", "growth", 6.6, "percent", DECEMBER, "6.6", DEC_EXPORTS),
        fact("China", "exports", "growth", 5.9, "percent", NOVEMBER, "5.9", DEC_EXPORTS),
        fact("China", "imports", "growth", 5.7, "percent", DECEMBER, "5.7", DEC_IMPORTS),
        fact("China", "balance", "value", 114.1e9, "USD", DECEMBER, "114.1 billion", DEC_SURPLUS),
        fact("China", "total", "rank", 1, "number", YEAR, "largest", ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 8, "percent", YEAR, "8", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 7.55e12, "CNY", YEAR, "7.55 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", YEAR, "second", EU_LINE, partner=EU),
        fact("China", "total", "value", 5.93e12, "CNY", YEAR, "5.93 trillion", EU_LINE, partner=EU),
        fact("China", "total", "rank", 3, "number", YEAR, "third", US_LINE, partner=US),
        fact("China", "total", "growth", -18.2, "percent", YEAR, "18.2", US_LINE, partner=US),
        fact("China", "total", "value", 3.99e12, "CNY", YEAR, "3.99 trillion", US_LINE, partner=US),
        fact("China", "exports", "growth", 27.1, "percent", YEAR, "27.1", NEW_THREE, product="new three"),
        fact("China", "total", "count", 780000, "number", YEAR, "780,000", FIRMS, segment="foreign trade enterprises",
             qualifier="over"),
    ],
}
