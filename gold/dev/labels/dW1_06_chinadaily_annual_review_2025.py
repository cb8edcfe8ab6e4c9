from _fact import fact, period

YEAR = period(2025, 1, 12)
DECEMBER = period(2025, 12)
NOVEMBER = period(2025, 11)
EU = "European Union"
US = "United States"

TOTAL = (
    "Combined imports and exports reached 45.47 trillion yuan ($6.35 trillion) in 2025, a year-on-year increase of "
    "3.8 percent"
)
EXPORTS = "Exports increased 6.1 percent to 26.99 trillion yuan"
IMPORTS = (
    "Imports, restrained for most of the year by cheaper commodities, edged up 0.5 percent to 18.48 trillion yuan"
)
SURPLUS = "China's trade surplus therefore stood at 8.51 trillion yuan"
EXPORTS_USD = "In dollar terms, exports amounted to $3.77 trillion, up 5.5 percent on 2024"
IMPORTS_USD = "imports held steady at $2.58 trillion"
SURPLUS_USD = "At $1.19 trillion, the surplus was about 20 percent bigger than a year earlier"
PARTNERS = "China had trading ties with more than 240 countries and regions in 2025"
DEC_TOTAL = "In December alone, two-way trade amounted to 4.25 trillion yuan, 4.9 percent more than a year earlier"
DEC_EXPORTS = "last month's exports rose 6.6 percent, quicker than November's 5.9 percent pace"
DEC_IMPORTS = "imports surged 5.7 percent, their biggest increase in three months"
DEC_SURPLUS = "As a result the December surplus reached $114.1 billion"
ASEAN = (
    "ASEAN was once more China's largest trading partner, and trade between the two rose 8 percent to 7.55 trillion "
    "yuan"
)
EU_LINE = "The European Union was second, with 5.93 trillion yuan of trade"
US_LINE = (
    "Trade with the United States, China's third-largest partner, fell 18.2 percent to 3.99 trillion yuan"
)
NEW_THREE = (
    'The value of "new three" exports - electric vehicles, lithium-ion batteries and photovoltaic products - climbed '
    "27.1 percent"
)
FIRMS = "More than 780,000 businesses had import and export records"

ARTICLE = {
    "id": "dW1_06_chinadaily_annual_review_2025",
    "title": "Exporters' push into new markets lifts China's 2025 trade to record 45.47 trillion yuan",
    "publisher": "China Daily",
    "published": "2026-01-14",
    "notes": [
        "Published 2026-01-14: 'last year' and 'in 2025' are 2025-01/2025-12; 'last month' and 'In December alone' "
        "are 2025-12; 'November's' is 2025-11 (a stated observation used as a comparison: labelled with its own "
        "period, yoy).",
        "'45.47 trillion yuan ($6.35 trillion)': a CNY fact and a USD fact; the bracket has no 'about', so the "
        "USD fact is exact.",
        "'had never before gone above 45 trillion yuan' (milestone, and the threshold of an exact figure already "
        "labelled) and 'a ninth consecutive annual increase' (streak): out.",
        "Full-year growth rates in yuan (6.1, 0.5) and in dollars (5.5) are separate facts; the record has no "
        "currency for growth, so 6.1 and 5.5 differ only by value. 'imports held steady at $2.58 trillion': the value "
        "is labelled; 'held steady' states no number, so no growth fact.",
        "'up 5.5 percent on 2024': 2024 is the comparison base, not the period.",
        "Surplus 'about 20 percent bigger than a year earlier': growth of a surplus, +20, approx.",
        "'more than 240 countries and regions': count of trading partners, qualifier over; 'trade grew with 190 of "
        "them' is a conditional count: out.",
        "December-only figures form the second period: yuan total and its growth, dollar-term export and import "
        "growth, and the December surplus in dollars. 'their biggest increase in three months' is a streak: out.",
        "Ranks: ASEAN 'largest' (1), EU 'was second' (2), United States 'third-largest partner' (3), all flow total, "
        "period 2025.",
        "'new three' in the text's words (product 'new three'); 'The value of ... exports ... climbed 27.1 percent' "
        "is value growth of exports. 'high-tech goods kept taking a larger part' gives no number.",
        "'More than 780,000': count of foreign trade enterprises (businesses with import and export records), "
        "qualifier over; 'the most ever' is a milestone.",
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
