from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)
JUNE = period(2025, 6)
GUANGDONG = "Guangdong"
EVIDENCE_LEAD = (
    "saw imports and exports total 4.55 trillion yuan ($634.2 billion) in the first six months of this year, "
    "a year-on-year rise of 4 percent"
)
EVIDENCE_SHARE = "Guangdong's trade made up 20.9 percent of China's overall foreign trade over the half-year"
EVIDENCE_FLOWS = (
    "Exports grew by a slim 1.1 percent to reach 2.89 trillion yuan, whereas imports climbed 9.5 percent to "
    "1.66 trillion yuan"
)
EVIDENCE_JUNE = "June on its own saw the province's imports and exports rise 7.4 percent year-on-year to 813.6 billion yuan"
EVIDENCE_PRIVATE = (
    "Trade by these firms came to 2.95 trillion yuan over the six months, an increase of 6.8 percent, and "
    "represented 64.8 percent of Guangdong's total"
)
EVIDENCE_OWNERSHIP = (
    "Trade by foreign-invested and State-owned enterprises amounted to 1.41 trillion yuan and "
    "188.5 billion yuan respectively"
)
EVIDENCE_CITIES = (
    "the three biggest traders were again Shenzhen, Dongguan and Guangzhou, with total trade of 2.07 trillion yuan, "
    "701.3 billion yuan and 563.9 billion yuan respectively"
)
EVIDENCE_CITY_GROWTH = (
    "Weaker electronics shipments to North America pulled Shenzhen's trade down 1.8 percent, whereas Dongguan "
    "and Guangzhou expanded by 11.6 percent and 3.5 percent respectively"
)
EVIDENCE_MARKETS = (
    "exports from Guangdong to the European Union and to the Association of Southeast Asian Nations rose "
    "9.3 percent and 12.7 percent respectively, but with tariffs clouding the outlook, Guangdong's exports to the "
    "United States fell 19.5 percent to 318.6 billion yuan"
)
EVIDENCE_MECH = (
    "Mechanical and electrical products, which made up 66.8 percent of everything the province exported, "
    "saw their exports increase 3.2 percent"
)
MECH = "mechanical and electrical products"

ARTICLE = {
    "id": "dQ1_01_chinadaily_guangdong_h1",
    "title": "Guangdong's foreign trade holds up in first half, with private companies in the lead",
    "publisher": "China Daily",
    "published": "2025-07-19",
    "notes": [
        "China Daily (English edition) story; the byline names the outlet but carries no date, so the year is only in `published`.",
        "The year appears only in `published` ('first six months of this year', 'announced on Friday'): running period H1 2025.",
        "'$634.2 billion' in brackets without 'about': USD fact with qualifier exact, as the seed notes say.",
        "'the largest foreign trader among the country's provinces' is a stated rank 1 for Guangdong's total trade in H1.",
        "'beat the national average by 1.1 percentage points': percentage-point comparison, out of scope.",
        "'around 7,300 more than a year before': a derived difference in the count, out; the count 98,600 is labelled "
        "with segment 'private enterprises' (the text counts only private companies).",
        "Foreign-invested and State-owned enterprises: values only; 'a slight gain' and 'contracted' carry no number.",
        "Shenzhen, Dongguan, Guangzhou 'the three biggest traders': implied ranks, not labelled; 'Foshan ... came in fourth' is a "
        "stated rank among the province's cities, labelled rank 4 for Foshan's total trade.",
        "'Of Guangdong's 21 cities': a number of cities, not a count of trading partners or firms, out.",
        "'the highest on record for the period', 'the best monthly result of the year to date': milestones without numbers.",
        "Electric vehicles, lithium batteries, solar cells 'double-digit rates': no number, nothing labelled.",
        "Freight trains (536 trips), port throughput (37.2 million TEU) and the researcher's 'roughly 3 percent' "
        "full-year expectation (a forecast) are out of scope.",
    ],
    "facts": [
        fact(GUANGDONG, "total", "value", 4.55e12, "CNY", FIRST_HALF, "4.55 trillion", EVIDENCE_LEAD),
        fact(GUANGDONG, "total", "value", 634.2e9, "USD", FIRST_HALF, "634.2 billion", EVIDENCE_LEAD),
        fact(GUANGDONG, "total", "growth", 4, "percent", FIRST_HALF, "4", EVIDENCE_LEAD),
        fact(
            GUANGDONG,
            "total",
            "rank",
            1,
            "number",
            FIRST_HALF,
            "largest",
            "Guangdong, still the largest foreign trader among the country's provinces",
        ),
        fact(GUANGDONG, "total", "share", 20.9, "percent", FIRST_HALF, "20.9", EVIDENCE_SHARE),
        fact(GUANGDONG, "exports", "growth", 1.1, "percent", FIRST_HALF, "1.1", EVIDENCE_FLOWS),
        fact(GUANGDONG, "exports", "value", 2.89e12, "CNY", FIRST_HALF, "2.89 trillion", EVIDENCE_FLOWS),
        fact(GUANGDONG, "imports", "growth", 9.5, "percent", FIRST_HALF, "9.5", EVIDENCE_FLOWS),
        fact(GUANGDONG, "imports", "value", 1.66e12, "CNY", FIRST_HALF, "1.66 trillion", EVIDENCE_FLOWS),
        fact(GUANGDONG, "total", "growth", 7.4, "percent", JUNE, "7.4", EVIDENCE_JUNE),
        fact(GUANGDONG, "total", "value", 813.6e9, "CNY", JUNE, "813.6 billion", EVIDENCE_JUNE),
        fact(
            GUANGDONG, "total", "value", 2.95e12, "CNY", FIRST_HALF, "2.95 trillion", EVIDENCE_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            GUANGDONG, "total", "growth", 6.8, "percent", FIRST_HALF, "6.8", EVIDENCE_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            GUANGDONG, "total", "share", 64.8, "percent", FIRST_HALF, "64.8", EVIDENCE_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            GUANGDONG,
            "total",
            "count",
            98600,
            "number",
            FIRST_HALF,
            "98,600",
            "The count of private firms that actually imported or exported climbed to 98,600",
            segment="private enterprises",
        ),
        fact(
            GUANGDONG, "total", "value", 1.41e12, "CNY", FIRST_HALF, "1.41 trillion", EVIDENCE_OWNERSHIP,
            segment="foreign-invested enterprises",
        ),
        fact(
            GUANGDONG, "total", "value", 188.5e9, "CNY", FIRST_HALF, "188.5 billion", EVIDENCE_OWNERSHIP,
            segment="state-owned enterprises",
        ),
        fact("Shenzhen", "total", "value", 2.07e12, "CNY", FIRST_HALF, "2.07 trillion", EVIDENCE_CITIES),
        fact("Dongguan", "total", "value", 701.3e9, "CNY", FIRST_HALF, "701.3 billion", EVIDENCE_CITIES),
        fact("Guangzhou", "total", "value", 563.9e9, "CNY", FIRST_HALF, "563.9 billion", EVIDENCE_CITIES),
        fact("Shenzhen", "total", "growth", -1.8, "percent", FIRST_HALF, "1.8", EVIDENCE_CITY_GROWTH),
        fact("Dongguan", "total", "growth", 11.6, "percent", FIRST_HALF, "11.6", EVIDENCE_CITY_GROWTH),
        fact("Guangzhou", "total", "growth", 3.5, "percent", FIRST_HALF, "3.5", EVIDENCE_CITY_GROWTH),
        fact(
            "Foshan",
            "total",
            "rank",
            4,
            "number",
            FIRST_HALF,
            "fourth",
            "Foshan, known for making household appliances and furniture, came in fourth",
        ),
        fact(GUANGDONG, "exports", "growth", 12.7, "percent", FIRST_HALF, "12.7", EVIDENCE_MARKETS, partner="ASEAN"),
        fact(
            GUANGDONG, "exports", "growth", 9.3, "percent", FIRST_HALF, "9.3", EVIDENCE_MARKETS,
            partner="European Union",
        ),
        fact(
            GUANGDONG, "exports", "growth", -19.5, "percent", FIRST_HALF, "19.5", EVIDENCE_MARKETS,
            partner="United States",
        ),
        fact(
            GUANGDONG, "exports", "value", 318.6e9, "CNY", FIRST_HALF, "318.6 billion", EVIDENCE_MARKETS,
            partner="United States",
        ),
        fact(GUANGDONG, "exports", "growth", 3.2, "percent", FIRST_HALF, "3.2", EVIDENCE_MECH, product=MECH),
        fact(GUANGDONG, "exports", "share", 66.8, "percent", FIRST_HALF, "66.8", EVIDENCE_MECH, product=MECH),
    ],
}
