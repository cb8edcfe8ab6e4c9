from _fact import fact, period

JAN_AUG = period(2025, 1, 8)
AUGUST = period(2025, 8)
JULY = period(2025, 7)
LATAM = "Latin America"

EVIDENCE_LEAD = (
    "China's trade with Latin America and the Caribbean (LAC) reached 2.49 trillion yuan ($346.8 billion) "
    "in the first eight months of this year, up 3.1 percent year-on-year"
)
EVIDENCE_EXPORTS = "Chinese exports to the region grew 6.4 percent to 1.39 trillion yuan"
EVIDENCE_IMPORTS = "imports from LAC dipped 0.9 percent to 1.1 trillion yuan"
EVIDENCE_AUGUST = (
    "Two-way trade in August alone totaled 318.6 billion yuan, up 5.2 percent year-on-year "
    "and faster than the 2.7 percent rise recorded in July"
)
EVIDENCE_BRAZIL = (
    "Brazil kept its place as China's largest trading partner in Latin America, but bilateral trade slipped "
    "1.6 percent to 872.6 billion yuan over January-August"
)
EVIDENCE_MEXICO = "China's trade with Mexico grew 7.8 percent to 525.4 billion yuan"
EVIDENCE_AUTO_VALUE = "their export value surged 18.6 percent to 94.7 billion yuan"
EVIDENCE_MECH = (
    "Mechanical and electrical products shipped to the region were worth 702.5 billion yuan, "
    "or 50.5 percent of all Chinese exports to LAC"
)
EVIDENCE_SOY = (
    "China's soybean purchases from Latin America over January-August rose 4.9 percent to 58.64 million tons"
)
EVIDENCE_COPPER = (
    "Copper ores and concentrates imported from the region, chiefly from Chile and Peru, "
    "grew 8.3 percent to 145.2 billion yuan"
)
EVIDENCE_HISTORY = (
    "GAC figures put China-Latin America trade at $485.79 billion in 2022 and $489.06 billion in 2023"
)
EVIDENCE_2024 = (
    "Last year the total rose 6 percent year-on-year to $518.47 billion, "
    "breaking through the $500 billion mark for the first time"
)
MECH = "mechanical and electrical products"
COPPER = "copper ores and concentrates"

ARTICLE = {
    "id": "dU1_05_globaltimes_china_latam_8m",
    "title": "Car exports and farm imports lift China-LatAm trade 3.1% in first eight months",
    "publisher": "Global Times",
    "published": "2025-09-09",
    "notes": [
        "No dateline year: 'the first eight months of this year' takes 2025 from the published date; "
        "'Last year' is 2024, 'in July' and 'in August alone' are months of 2025.",
        "Partner 'Latin America and the Caribbean (LAC)' is written Latin America, as the guide's partner list does; "
        "'the region' carries it through later sentences.",
        "'2.49 trillion yuan ($346.8 billion)': a CNY fact and a USD fact; no 'about', so the dollar figure is exact.",
        "'Latin America made up 8.4 percent of China's overall foreign trade': share, area China, partner Latin America.",
        "'faster than the 2.7 percent rise recorded in July' is July's own growth rate: labelled for 2025-07.",
        "Brazil 'largest trading partner in Latin America' is a stated rank within the region: rank 1. "
        "'with Chile and Peru behind it' gives no figures and only implied ranks: not labelled.",
        "742,000 automobiles: quantity in number of vehicles; the 18.6 percent is the value's growth, labelled with the value.",
        "Soybean volume growth (4.9 percent) is given alone, with no value growth: labelled as growth.",
        "'$518.47 billion, breaking through the $500 billion mark for the first time': threshold and exact figure, exact only; 'first time' is a milestone.",
        "'Last year China was again Latin America's second-largest trading partner': area Latin America, partner China, rank 2 for 2024. "
        "'trailing only the US' implies the US rank without stating it: not labelled.",
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
             "Latin America made up 8.4 percent of China's overall foreign trade", partner=LATAM),
        fact("China", "total", "value", 318.6e9, "CNY", AUGUST, "318.6 billion", EVIDENCE_AUGUST, partner=LATAM),
        fact("China", "total", "growth", 5.2, "percent", AUGUST, "5.2", EVIDENCE_AUGUST, partner=LATAM),
        fact("China", "total", "growth", 2.7, "percent", JULY, "2.7", EVIDENCE_AUGUST, partner=LATAM),
        fact("China", "total", "rank", 1, "number", JAN_AUG, "largest", EVIDENCE_BRAZIL, partner="Brazil"),
        fact("China", "total", "value", 872.6e9, "CNY", JAN_AUG, "872.6 billion", EVIDENCE_BRAZIL, partner="Brazil"),
        fact("China", "total", "growth", -1.6, "percent", JAN_AUG, "1.6", EVIDENCE_BRAZIL, partner="Brazil"),
        fact("China", "total", "growth", 7.8, "percent", JAN_AUG, "7.8", EVIDENCE_MEXICO, partner="Mexico"),
        fact("China", "total", "value", 525.4e9, "CNY", JAN_AUG, "525.4 billion", EVIDENCE_MEXICO, partner="Mexico"),
        fact("China", "exports", "quantity", 742000, "number", JAN_AUG, "742,000",
             "742,000 automobiles were exported from China to Latin America",
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
             "Last year China was again Latin America's second-largest trading partner", partner="China"),
    ],
}
