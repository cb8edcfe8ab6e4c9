from _fact import fact, period

JULY = period(2025, 7)
FIRST_SEVEN_MONTHS = period(2025, 1, 7)
YEAR_2024 = period(2024, 1, 12)
KOREA = "South Korea"
USA = "United States"

EVIDENCE_EXPORTS = "exports last month increased 5.9 percent on-year to $60.82 billion"
EVIDENCE_IMPORTS = "With imports up 0.7 percent at $54.29 billion, the country logged a trade surplus of $6.53 billion"
EVIDENCE_CHIPS = "Outbound chip sales surged 31.6 percent to $14.71 billion"
EVIDENCE_CARS = "Exports of automobiles grew 8.8 percent to $5.67 billion"
EVIDENCE_SHIPS = "lifted ship exports 49.6 percent to $2.66 billion"
EVIDENCE_PETROLEUM = (
    "Petroleum product exports, on the other hand, slid 13.4 percent to $3.93 billion, and petrochemical exports "
    "were down 11.2 percent"
)
EVIDENCE_US = "exports to the US, the second-largest export market for Korea, declined 1.4 percent to $10.25 billion"
EVIDENCE_CHINA = "Shipments to China, the largest trading partner of Korea, fell 3.0 percent to $11.28 billion"
EVIDENCE_ASEAN = "Exports bound for the 10-member Association of Southeast Asian Nations increased 4.7 percent to $10.06 billion"
EVIDENCE_EU_JAPAN = "Sales to the European Union and Japan were up 9.8 percent and 3.1 percent, respectively"
EVIDENCE_SEVEN_MONTHS = "Over the year's first seven months, exports declined 0.6 percent on-year to $394.7 billion"

ARTICLE = {
    "id": "dU2_03_koreaherald_kr_july_exports",
    "title": "Record chip shipments lift July exports 5.9% as US tariff worries linger",
    "publisher": "The Korea Herald",
    "published": "2025-08-01",
    "notes": [
        "'last month' and 'July' count back from the published date (2025-08-01): July 2025; 'the year's first "
        "seven months' is January-July 2025; the 2024 record is stated with its year.",
        "Headline 5.9% is the body's export growth: labelled once, with the body sentence as evidence.",
        "'the top export item for the country' (semiconductors): rank 1 of exports of semiconductors; 'the "
        "second-largest export market for Korea' (US): rank 2 of exports to the US; 'the largest trading partner "
        "of Korea' (China): rank 1 of total trade with China; all for the month reported.",
        "'Semiconductors made up 24.2 percent of all exports': share, product semiconductors.",
        "ASEAN is written out as 'the 10-member Association of Southeast Asian Nations': partner ASEAN; '10-member' "
        "is not a trade figure.",
        "Energy imports (crude oil, gas and coal) -9.1%: product 'energy'.",
        "Out of scope, unlabelled: average daily exports ($2.53 billion, 1.6%; per-working-day averages), "
        "4.7 percentage points, the first 20 days of July (6.6%), the 15 percent tariff, streaks (second "
        "month in a row, a run of surpluses to 26 months).",
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
            "The increase was led by semiconductors, the top export item for the country",
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
            "Semiconductors made up 24.2 percent of all exports",
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
            "Imports of energy such as crude oil, gas and coal dropped 9.1 percent",
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
            "2024's record of $683.8 billion",
        ),
    ],
}
