from _fact import fact, period

JAN_AUG = period(2025, 1, 8)
AUGUST = period(2025, 8)
JULY = period(2025, 7)
LATAM = "Latin America"

EVIDENCE_LEAD = (
    "Trade between China and Latin America and the Caribbean (LAC) expanded by 3.1 percent year-on-year "
    "to 2.49 trillion yuan ($346.8 billion) in the first eight months of this year"
)
EVIDENCE_EXPORTS = "China's exports to the region reached 1.39 trillion yuan, up 6.4 percent"
EVIDENCE_IMPORTS = "imports from the region slipped 0.9 percent to 1.1 trillion yuan"
EVIDENCE_AUGUST = (
    "In August alone, bilateral trade came in at 318.6 billion yuan, up 5.2 percent year-on-year, "
    "quickening from a 2.7 percent rise in July"
)
EVIDENCE_BRAZIL = (
    "Brazil remained China's largest trading partner in the region, with two-way trade of 872.6 billion yuan "
    "in the January-August period, down 1.6 percent"
)
EVIDENCE_MEXICO = "Trade with Mexico rose 7.8 percent to 525.4 billion yuan"
EVIDENCE_AUTO_VALUE = "the value of those exports jumped 18.6 percent to 94.7 billion yuan"
EVIDENCE_MECH = (
    "Exports of mechanical and electrical products to the region totaled 702.5 billion yuan, "
    "accounting for 50.5 percent of China's total exports to LAC"
)
EVIDENCE_SOY = (
    "China bought 58.64 million tons of soybeans from Latin America in the January-August period, up 4.9 percent"
)
EVIDENCE_COPPER = (
    "Imports of copper ores and concentrates from the region, mainly from Chile and Peru, "
    "rose 8.3 percent to 145.2 billion yuan"
)
EVIDENCE_HISTORY = (
    "Trade between China and Latin America stood at $485.79 billion in 2022 and $489.06 billion in 2023"
)
EVIDENCE_2024 = "it topped $500 billion for the first time, reaching $518.47 billion, up 6 percent year-on-year"
MECH = "mechanical and electrical products"
COPPER = "copper ores and concentrates"

ARTICLE = {
    "id": "dU1_05_globaltimes_china_latam_8m",
    "title": "China-LatAm trade grows 3.1% in first eight months as car exports, farm imports gain pace",
    "publisher": "Global Times",
    "published": "2025-09-09",
    "notes": [
        "No dateline year: 'the first eight months of this year' takes 2025 from the published date; "
        "'Last year' is 2024, 'in July' and 'In August alone' are months of 2025.",
        "Partner 'Latin America and the Caribbean (LAC)' is written Latin America, as the guide's partner list does; "
        "'the region' carries it through later sentences.",
        "'2.49 trillion yuan ($346.8 billion)': a CNY fact and a USD fact; no 'about', so the dollar figure is exact.",
        "'Latin America accounted for 8.4 percent of China's total foreign trade': share, area China, partner Latin America.",
        "'quickening from a 2.7 percent rise in July' is July's own growth rate: labelled for 2025-07.",
        "Brazil 'largest trading partner in the region' is a stated rank within the region: rank 1. "
        "'followed by Chile and Peru' gives no figures and only implied ranks: not labelled.",
        "742,000 automobiles: quantity in number of vehicles; the 18.6 percent is the value's growth, labelled with the value.",
        "Soybean volume growth (4.9 percent) is given alone, with no value growth: labelled as growth.",
        "'topped $500 billion for the first time, reaching $518.47 billion': threshold and exact figure, exact only; 'first time' is a milestone.",
        "'China remained Latin America's second-largest trading partner last year': area Latin America, partner China, rank 2 for 2024. "
        "'behind only the US' implies the US rank without stating it: not labelled.",
        "Out: 22 countries signing BRI documents (not trading partners), the $530 billion full-year expectation (forecast), "
        "the 'fourth ministerial meeting' (not a rank of trade), the years 2022-2024 as words.",
    ],
    "facts": [
        fact("China", "total", "value", 2.49e12, "CNY", JAN_AUG, "2.49 trillion", EVIDENCE_LEAD, partner=LATAM),
        fact("China", "total", "value", 346.8e9, "USD", JAN_AUG, "346.8 billion", EVIDENCE_LEAD, partner=LATAM),
        fact("China", "total", "growth", 3.1, "percent", JAN_AUG, "3.1", EVIDENCE_LEAD, partner=LATAM),
        fact("China", "exports", "value", 1.39e12, "CNY", JAN_AUG, "1.39 trillion", EVIDENCE_EXPORTS, partner=LATAM),
        fact("China", "exports", "growth", 6.4, "percent", JAN_AUG, "6.4", EVIDENCE_EXPORTS, partner=LATAM),
        fact("China", "imports", "value", 1.1e12, "CNY", JAN_AUG, "1.1 trillion", EVIDENCE_IMPORTS, partner=LATAM),
        fact("China", "imports", "growth", -0.9, "percent", JAN_AUG, "0.9", EVIDENCE_IMPORTS, partner=LATAM),
        fact("China", "total", "share", 8.4, "percent", JAN_AUG, "8.4",
             "Latin America accounted for 8.4 percent of China's total foreign trade over the period", partner=LATAM),
        fact("China", "total", "value", 318.6e9, "CNY", AUGUST, "318.6 billion", EVIDENCE_AUGUST, partner=LATAM),
        fact("China", "total", "growth", 5.2, "percent", AUGUST, "5.2", EVIDENCE_AUGUST, partner=LATAM),
        fact("China", "total", "growth", 2.7, "percent", JULY, "2.7", EVIDENCE_AUGUST, partner=LATAM),
        fact("China", "total", "rank", 1, "number", JAN_AUG, "largest", EVIDENCE_BRAZIL, partner="Brazil"),
        fact("China", "total", "value", 872.6e9, "CNY", JAN_AUG, "872.6 billion", EVIDENCE_BRAZIL, partner="Brazil"),
        fact("China", "total", "growth", -1.6, "percent", JAN_AUG, "1.6", EVIDENCE_BRAZIL, partner="Brazil"),
        fact("China", "total", "growth", 7.8, "percent", JAN_AUG, "7.8", EVIDENCE_MEXICO, partner="Mexico"),
        fact("China", "total", "value", 525.4e9, "CNY", JAN_AUG, "525.4 billion", EVIDENCE_MEXICO, partner="Mexico"),
        fact("China", "exports", "quantity", 742000, "number", JAN_AUG, "742,000",
             "China shipped 742,000 automobiles to Latin America in the first eight months",
             partner=LATAM, product="automobiles"),
        fact("China", "exports", "growth", 18.6, "percent", JAN_AUG, "18.6", EVIDENCE_AUTO_VALUE,
             partner=LATAM, product="automobiles"),
        fact("China", "exports", "value", 94.7e9, "CNY", JAN_AUG, "94.7 billion", EVIDENCE_AUTO_VALUE,
             partner=LATAM, product="automobiles"),
        fact("China", "exports", "value", 702.5e9, "CNY", JAN_AUG, "702.5 billion", EVIDENCE_MECH,
             partner=LATAM, product=MECH),
        fact("China", "exports", "share", 50.5, "percent", JAN_AUG, "50.5", EVIDENCE_MECH, partner=LATAM, product=MECH),
        fact("China", "imports", "quantity", 58.64e6, "tonnes", JAN_AUG, "58.64 million", EVIDENCE_SOY,
             partner=LATAM, product="soybeans"),
        fact("China", "imports", "growth", 4.9, "percent", JAN_AUG, "4.9", EVIDENCE_SOY, partner=LATAM, product="soybeans"),
        fact("China", "imports", "growth", 8.3, "percent", JAN_AUG, "8.3", EVIDENCE_COPPER, partner=LATAM, product=COPPER),
        fact("China", "imports", "value", 145.2e9, "CNY", JAN_AUG, "145.2 billion", EVIDENCE_COPPER,
             partner=LATAM, product=COPPER),
        fact("China", "total", "value", 485.79e9, "USD", period(2022, 1, 12), "485.79 billion", EVIDENCE_HISTORY,
             partner=LATAM),
        fact("China", "total", "value", 489.06e9, "USD", period(2023, 1, 12), "489.06 billion", EVIDENCE_HISTORY,
             partner=LATAM),
        fact("China", "total", "value", 518.47e9, "USD", period(2024, 1, 12), "518.47 billion", EVIDENCE_2024,
             partner=LATAM),
        fact("China", "total", "growth", 6, "percent", period(2024, 1, 12), "6", EVIDENCE_2024, partner=LATAM),
        fact("Latin America", "total", "rank", 2, "number", period(2024, 1, 12), "second-largest",
             "China remained Latin America's second-largest trading partner last year", partner="China"),
    ],
}
