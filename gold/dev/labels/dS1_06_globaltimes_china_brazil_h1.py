from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)
JUNE = period(2025, 6)
LAST_YEAR = period(2024, 1, 12)
AREA = "China"
PARTNER = "Brazil"

EVIDENCE_BILATERAL = 'two-way trade for January-June at 620.35 billion yuan ($86.4 billion), a 1.8 percent decrease year-on-year'
EVIDENCE_FLOWS = 'China sold 246.71 billion yuan of goods to Brazil, up 17.6 percent, and bought 373.64 billion yuan from it, down 11.5 percent, so China ran a 126.93 billion yuan trade deficit with Brazil'
EVIDENCE_RANK = "Among Latin American countries, Brazil remained China's largest trading partner, and worldwide it was China's ninth-largest"
EVIDENCE_SHARE = "It made up 2.8 percent of all Chinese foreign trade during the six months, and about 35 percent of China's trade with Latin America"
EVIDENCE_CHINA = "China's total foreign trade for the first half was 21.79 trillion yuan, a 2.9 percent rise"
EVIDENCE_JUNE = 'two-way trade in June came to 112.4 billion yuan, 4.1 percent more than a year before and up 8.7 percent from May'
EVIDENCE_SOYBEANS = 'it took in 42.1 million tons of Brazilian soybeans valued at 141.5 billion yuan, with Brazil by far its largest supplier of the oilseed'
EVIDENCE_IRON_ORE = 'iron ore imports from Brazil down 18.4 percent to 58.26 billion yuan'
EVIDENCE_CRUDE = 'crude oil imports increased 6.3 percent to 47.3 billion yuan'
EVIDENCE_MACHINERY = "mechanical and electrical products sent to Brazil totalled 128.6 billion yuan, a 21.3 percent increase, and represented 52.1 percent of China's exports to Brazil"
MACHINERY = "mechanical and electrical products"

ARTICLE = {
    "id": "dS1_06_globaltimes_china_brazil_h1",
    "title": (
        "Chinese exports to Brazil surge 17.6% as H1 bilateral trade stays stable; soybeans underpin ties as US "
        "threatens tariffs"
    ),
    "publisher": "Global Times",
    "published": "2025-07-15",
    "notes": [
        "The text states no year for its running period ('the first half of the year', 'this year', 'last year'): "
        "H1 2025 and 2024 come from the published date.",
        "All bilateral figures are China's trade with Brazil (area China, partner Brazil), as the GAC reports them; "
        "'iron ore imports from Brazil' and 'crude oil imports' are China's imports from Brazil by product.",
        "The headline restates the export growth (17.6%): labelled once, with the body sentence as evidence.",
        "'620.35 billion yuan ($86.4 billion)': a CNY fact and a USD fact; the conversion has no 'about', so exact.",
        "'China ran a 126.93 billion yuan trade deficit with Brazil': China's balance with Brazil, negative.",
        "'Among Latin American countries, Brazil remained China's largest trading partner' (rank 1) and 'worldwide it was China's ninth-largest' (rank 9) "
        "are both labelled; the record cannot name the field a rank is taken in.",
        "'about 35 percent of China's trade with Latin America': share, approx; 2.8 percent of China's total trade: share.",
        "June: '4.1 percent more than a year before' is yoy; 'up 8.7 percent from May' is a comparison with "
        "the month before, basis mom.",
        "'with Brazil by far its largest supplier of the oilseed': rank 1 of China's soybean imports from Brazil; "
        "42.1 million tons is a quantity in tonnes.",
        "Out of scope: experts' forecasts (full-year trade above $190 billion, 75 million tons of soybeans this "
        "year), the US 50 percent tariff and its August 1 date, 'half a century of diplomatic relations', 'set a record', "
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
            "soybeans made up 37.9 percent of what China imported from Brazil",
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
            "Two-way trade set a record of $188.17 billion last year",
            partner=PARTNER,
        ),
    ],
}
