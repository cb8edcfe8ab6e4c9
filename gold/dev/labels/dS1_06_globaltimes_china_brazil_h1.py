from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)
JUNE = period(2025, 6)
LAST_YEAR = period(2024, 1, 12)
AREA = "China"
PARTNER = "Brazil"

EVIDENCE_BILATERAL = (
    "Bilateral trade reached 620.35 billion yuan ($86.4 billion) in the January-June period, "
    "down 1.8 percent year-on-year"
)
EVIDENCE_FLOWS = (
    "China's exports to Brazil jumped 17.6 percent to 246.71 billion yuan, while imports from Brazil dropped "
    "11.5 percent to 373.64 billion yuan, leaving China with a trade deficit of 126.93 billion yuan with the country"
)
EVIDENCE_RANK = (
    "Brazil remained China's largest trading partner in Latin America and its ninth-largest trading partner worldwide"
)
EVIDENCE_SHARE = (
    "accounting for 2.8 percent of China's total foreign trade in the period and about 35 percent of its trade "
    "with Latin America"
)
EVIDENCE_CHINA = "China's overall foreign trade grew 2.9 percent to 21.79 trillion yuan in the first half"
EVIDENCE_JUNE = (
    "In June alone, bilateral trade stood at 112.4 billion yuan, up 4.1 percent from a year earlier and 8.7 percent "
    "higher than in May"
)
EVIDENCE_SOYBEANS = (
    "China imported 42.1 million tons of soybeans from Brazil in the first six months, worth 141.5 billion yuan, "
    "making Brazil by far its largest source of the oilseed"
)
EVIDENCE_IRON_ORE = "Imports of Brazilian iron ore fell 18.4 percent to 58.26 billion yuan"
EVIDENCE_CRUDE = "crude oil purchases rose 6.3 percent to 47.3 billion yuan"
EVIDENCE_MACHINERY = (
    "China shipped 128.6 billion yuan of mechanical and electrical products to Brazil, up 21.3 percent and making "
    "up 52.1 percent of its exports to the country"
)
MACHINERY = "mechanical and electrical products"

ARTICLE = {
    "id": "dS1_06_globaltimes_china_brazil_h1",
    "title": (
        "China-Brazil trade holds steady in H1 as Chinese exports jump 17.6%, soybeans anchor ties amid US "
        "tariff threats"
    ),
    "publisher": "Global Times",
    "published": "2025-07-15",
    "notes": [
        "The text states no year for its running period ('the first half of the year', 'this year', 'Last year'): "
        "H1 2025 and 2024 come from the published date.",
        "All bilateral figures are China's trade with Brazil (area China, partner Brazil), as the GAC reports them; "
        "'Imports of Brazilian iron ore' and 'crude oil purchases' are China's imports from Brazil by product.",
        "The headline restates the export growth (17.6%): labelled once, with the body sentence as evidence.",
        "'620.35 billion yuan ($86.4 billion)': a CNY fact and a USD fact; the conversion has no 'about', so exact.",
        "'leaving China with a trade deficit of 126.93 billion yuan': China's balance with Brazil, negative.",
        "'largest trading partner in Latin America' (rank 1) and 'ninth-largest trading partner worldwide' (rank 9) "
        "are both labelled; the record cannot name the field a rank is taken in.",
        "'about 35 percent of its trade with Latin America': share, approx; 2.8 percent of China's total trade: share.",
        "June: 'up 4.1 percent from a year earlier' is yoy; '8.7 percent higher than in May' is a comparison with "
        "the month before, basis mom.",
        "'making Brazil by far its largest source of the oilseed': rank 1 of China's soybean imports from Brazil; "
        "42.1 million tons is a quantity in tonnes.",
        "Out of scope: experts' forecasts (full-year trade above $190 billion, 75 million tons of soybeans this "
        "year), the US 50 percent tariff and its August 1 date, the 50th anniversary, 'a record high', "
        "'by far', new-energy and aerospace cooperation.",
    ],
    "facts": [
        fact(AREA, "total", "value", 620.35e9, "CNY", FIRST_HALF, "620.35 billion", EVIDENCE_BILATERAL, partner=PARTNER),
        fact(AREA, "total", "value", 86.4e9, "USD", FIRST_HALF, "86.4 billion", EVIDENCE_BILATERAL, partner=PARTNER),
        fact(AREA, "total", "growth", -1.8, "percent", FIRST_HALF, "1.8", EVIDENCE_BILATERAL, partner=PARTNER),
        fact(AREA, "exports", "value", 246.71e9, "CNY", FIRST_HALF, "246.71 billion", EVIDENCE_FLOWS, partner=PARTNER),
        fact(AREA, "exports", "growth", 17.6, "percent", FIRST_HALF, "17.6", EVIDENCE_FLOWS, partner=PARTNER),
        fact(AREA, "imports", "value", 373.64e9, "CNY", FIRST_HALF, "373.64 billion", EVIDENCE_FLOWS, partner=PARTNER),
        fact(AREA, "imports", "growth", -11.5, "percent", FIRST_HALF, "11.5", EVIDENCE_FLOWS, partner=PARTNER),
        fact(
            AREA, "balance", "value", -126.93e9, "CNY", FIRST_HALF, "126.93 billion", EVIDENCE_FLOWS, partner=PARTNER
        ),
        fact(AREA, "total", "rank", 1, "number", FIRST_HALF, "largest", EVIDENCE_RANK, partner=PARTNER),
        fact(AREA, "total", "rank", 9, "number", FIRST_HALF, "ninth-largest", EVIDENCE_RANK, partner=PARTNER),
        fact(AREA, "total", "share", 2.8, "percent", FIRST_HALF, "2.8", EVIDENCE_SHARE, partner=PARTNER),
        fact(
            AREA,
            "total",
            "share",
            35,
            "percent",
            FIRST_HALF,
            "35",
            EVIDENCE_SHARE,
            partner=PARTNER,
            qualifier="approx",
        ),
        fact(AREA, "total", "value", 21.79e12, "CNY", FIRST_HALF, "21.79 trillion", EVIDENCE_CHINA),
        fact(AREA, "total", "growth", 2.9, "percent", FIRST_HALF, "2.9", EVIDENCE_CHINA),
        fact(AREA, "total", "value", 112.4e9, "CNY", JUNE, "112.4 billion", EVIDENCE_JUNE, partner=PARTNER),
        fact(AREA, "total", "growth", 4.1, "percent", JUNE, "4.1", EVIDENCE_JUNE, partner=PARTNER),
        fact(AREA, "total", "growth", 8.7, "percent", JUNE, "8.7", EVIDENCE_JUNE, partner=PARTNER, basis="mom"),
        fact(
            AREA,
            "imports",
            "quantity",
            42.1e6,
            "tonnes",
            FIRST_HALF,
            "42.1 million",
            EVIDENCE_SOYBEANS,
            partner=PARTNER,
            product="soybeans",
        ),
        fact(
            AREA,
            "imports",
            "value",
            141.5e9,
            "CNY",
            FIRST_HALF,
            "141.5 billion",
            EVIDENCE_SOYBEANS,
            partner=PARTNER,
            product="soybeans",
        ),
        fact(
            AREA,
            "imports",
            "rank",
            1,
            "number",
            FIRST_HALF,
            "largest",
            EVIDENCE_SOYBEANS,
            partner=PARTNER,
            product="soybeans",
        ),
        fact(
            AREA,
            "imports",
            "share",
            37.9,
            "percent",
            FIRST_HALF,
            "37.9",
            "Soybeans accounted for 37.9 percent of China's imports from Brazil",
            partner=PARTNER,
            product="soybeans",
        ),
        fact(
            AREA,
            "imports",
            "value",
            58.26e9,
            "CNY",
            FIRST_HALF,
            "58.26 billion",
            EVIDENCE_IRON_ORE,
            partner=PARTNER,
            product="iron ore",
        ),
        fact(
            AREA,
            "imports",
            "growth",
            -18.4,
            "percent",
            FIRST_HALF,
            "18.4",
            EVIDENCE_IRON_ORE,
            partner=PARTNER,
            product="iron ore",
        ),
        fact(
            AREA,
            "imports",
            "value",
            47.3e9,
            "CNY",
            FIRST_HALF,
            "47.3 billion",
            EVIDENCE_CRUDE,
            partner=PARTNER,
            product="crude oil",
        ),
        fact(
            AREA,
            "imports",
            "growth",
            6.3,
            "percent",
            FIRST_HALF,
            "6.3",
            EVIDENCE_CRUDE,
            partner=PARTNER,
            product="crude oil",
        ),
        fact(
            AREA,
            "exports",
            "value",
            128.6e9,
            "CNY",
            FIRST_HALF,
            "128.6 billion",
            EVIDENCE_MACHINERY,
            partner=PARTNER,
            product=MACHINERY,
        ),
        fact(
            AREA,
            "exports",
            "growth",
            21.3,
            "percent",
            FIRST_HALF,
            "21.3",
            EVIDENCE_MACHINERY,
            partner=PARTNER,
            product=MACHINERY,
        ),
        fact(
            AREA,
            "exports",
            "share",
            52.1,
            "percent",
            FIRST_HALF,
            "52.1",
            EVIDENCE_MACHINERY,
            partner=PARTNER,
            product=MACHINERY,
        ),
        fact(
            AREA,
            "total",
            "value",
            188.17e9,
            "USD",
            LAST_YEAR,
            "188.17 billion",
            "Last year, bilateral trade reached $188.17 billion",
            partner=PARTNER,
        ),
    ],
}
