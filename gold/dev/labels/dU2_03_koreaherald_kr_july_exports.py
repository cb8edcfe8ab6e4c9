from _fact import fact, period

JULY = period(2025, 7)
FIRST_SEVEN_MONTHS = period(2025, 1, 7)
YEAR_2024 = period(2024, 1, 12)
KOREA = "South Korea"
USA = "United States"

EVIDENCE_EXPORTS = "Outbound shipments rose 5.9 percent on-year to $60.82 billion last month"
EVIDENCE_IMPORTS = "Imports increased 0.7 percent to $54.29 billion, resulting in a trade surplus of $6.53 billion"
EVIDENCE_CHIPS = "Chip exports jumped 31.6 percent to $14.71 billion"
EVIDENCE_CARS = "Automobile exports advanced 8.8 percent to $5.67 billion"
EVIDENCE_SHIPS = "Ships gained 49.6 percent to $2.66 billion"
EVIDENCE_PETROLEUM = (
    "exports of petroleum products fell 13.4 percent to $3.93 billion and those of petrochemicals dropped 11.2 percent"
)
EVIDENCE_US = "exports to the US, Korea's second-largest export market, fell 1.4 percent to $10.25 billion"
EVIDENCE_CHINA = "Exports to China, Korea's largest trading partner, slipped 3.0 percent to $11.28 billion"
EVIDENCE_ASEAN = "Shipments to the 10-member Association of Southeast Asian Nations rose 4.7 percent to $10.06 billion"
EVIDENCE_EU_JAPAN = "Exports to the European Union and Japan climbed 9.8 percent and 3.1 percent, respectively"
EVIDENCE_SEVEN_MONTHS = "For the first seven months of the year, exports fell 0.6 percent on-year to $394.7 billion"

ARTICLE = {
    "id": "dU2_03_koreaherald_kr_july_exports",
    "title": "Exports rise 5.9% in July on record chip sales despite US tariff jitters",
    "publisher": "The Korea Herald",
    "published": "2025-08-01",
    "notes": [
        "'last month' and 'July' count back from the published date (2025-08-01): July 2025; 'the first seven "
        "months of the year' is January-July 2025; the 2024 record is stated with its year.",
        "Headline 5.9% is the body's export growth: labelled once, with the body sentence as evidence.",
        "'the country's top export item' (semiconductors): rank 1 of exports of semiconductors; 'Korea's "
        "second-largest export market' (US): rank 2 of exports to the US; 'Korea's largest trading partner' "
        "(China): rank 1 of total trade with China; all for the month reported.",
        "'Chips accounted for 24.2 percent of total outbound shipments': share, product semiconductors (the "
        "paragraph's subject; 'chips' in the sentence).",
        "ASEAN is written out as 'the 10-member Association of Southeast Asian Nations': partner ASEAN; '10-member' "
        "is not a trade figure.",
        "Energy imports (crude oil, gas and coal) -9.1%: product 'energy'.",
        "Out of scope, unlabelled: average daily exports ($2.53 billion, 1.6%; per-working-day averages), "
        "4.7 percentage points, the first 20 days of July (6.6%), the 15 percent tariff, streaks (second "
        "straight month, 26 consecutive months).",
    ],
    "facts": [
        fact(KOREA, "exports", "growth", 5.9, "percent", JULY, "5.9", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "value", 60.82e9, "USD", JULY, "60.82 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "imports", "growth", 0.7, "percent", JULY, "0.7", EVIDENCE_IMPORTS),
        fact(KOREA, "imports", "value", 54.29e9, "USD", JULY, "54.29 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "balance", "value", 6.53e9, "USD", JULY, "6.53 billion", EVIDENCE_IMPORTS),
        fact(
            KOREA,
            "exports",
            "rank",
            1,
            "number",
            JULY,
            "top",
            "Semiconductors, the country's top export item, led the gains",
            product="semiconductors",
        ),
        fact(KOREA, "exports", "growth", 31.6, "percent", JULY, "31.6", EVIDENCE_CHIPS, product="semiconductors"),
        fact(
            KOREA, "exports", "value", 14.71e9, "USD", JULY, "14.71 billion", EVIDENCE_CHIPS, product="semiconductors"
        ),
        fact(
            KOREA,
            "exports",
            "share",
            24.2,
            "percent",
            JULY,
            "24.2",
            "Chips accounted for 24.2 percent of total outbound shipments",
            product="semiconductors",
        ),
        fact(KOREA, "exports", "growth", 8.8, "percent", JULY, "8.8", EVIDENCE_CARS, product="automobiles"),
        fact(KOREA, "exports", "value", 5.67e9, "USD", JULY, "5.67 billion", EVIDENCE_CARS, product="automobiles"),
        fact(KOREA, "exports", "growth", 49.6, "percent", JULY, "49.6", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "value", 2.66e9, "USD", JULY, "2.66 billion", EVIDENCE_SHIPS, product="ships"),
        fact(
            KOREA, "exports", "growth", -13.4, "percent", JULY, "13.4", EVIDENCE_PETROLEUM, product="petroleum products"
        ),
        fact(
            KOREA,
            "exports",
            "value",
            3.93e9,
            "USD",
            JULY,
            "3.93 billion",
            EVIDENCE_PETROLEUM,
            product="petroleum products",
        ),
        fact(KOREA, "exports", "growth", -11.2, "percent", JULY, "11.2", EVIDENCE_PETROLEUM, product="petrochemicals"),
        fact(KOREA, "exports", "growth", -1.4, "percent", JULY, "1.4", EVIDENCE_US, partner=USA),
        fact(KOREA, "exports", "value", 10.25e9, "USD", JULY, "10.25 billion", EVIDENCE_US, partner=USA),
        fact(KOREA, "exports", "rank", 2, "number", JULY, "second-largest", EVIDENCE_US, partner=USA),
        fact(KOREA, "exports", "growth", -3.0, "percent", JULY, "3.0", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "value", 11.28e9, "USD", JULY, "11.28 billion", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "total", "rank", 1, "number", JULY, "largest", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 4.7, "percent", JULY, "4.7", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "value", 10.06e9, "USD", JULY, "10.06 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "growth", 9.8, "percent", JULY, "9.8", EVIDENCE_EU_JAPAN, partner="European Union"),
        fact(KOREA, "exports", "growth", 3.1, "percent", JULY, "3.1", EVIDENCE_EU_JAPAN, partner="Japan"),
        fact(
            KOREA,
            "imports",
            "growth",
            -9.1,
            "percent",
            JULY,
            "9.1",
            "energy purchases, including crude oil, gas and coal, fell 9.1 percent",
            product="energy",
        ),
        fact(KOREA, "exports", "growth", -0.6, "percent", FIRST_SEVEN_MONTHS, "0.6", EVIDENCE_SEVEN_MONTHS),
        fact(KOREA, "exports", "value", 394.7e9, "USD", FIRST_SEVEN_MONTHS, "394.7 billion", EVIDENCE_SEVEN_MONTHS),
        fact(
            KOREA,
            "exports",
            "value",
            683.8e9,
            "USD",
            YEAR_2024,
            "683.8 billion",
            "the record $683.8 billion posted in 2024",
        ),
    ],
}
