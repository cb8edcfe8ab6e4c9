from _fact import fact, period

YEAR = period(2025, 1, 12)
PREVIOUS_YEAR = period(2024, 1, 12)
DECEMBER = period(2025, 12)
KOREA = "South Korea"
US = "United States"

EVIDENCE_EXPORTS = (
    "Outbound shipments came to $709.7 billion (1,008 trillion won) last year, up 3.8 percent from a year earlier"
)
EVIDENCE_IMPORTS = "Imports edged down 0.1 percent to $631.4 billion"
EVIDENCE_CHIPS = "Chip exports jumped 22.2 percent on-year to an all-time high of $173.4 billion"
EVIDENCE_CARS = "Automobile exports rose 1.7 percent to a record $72 billion"
EVIDENCE_SHIPS = "Ship exports surged 25.4 percent to $32.1 billion"
EVIDENCE_PETROLEUM = "Outbound shipments of petroleum products, on the other hand, fell 9.6 percent to $45.2 billion"
EVIDENCE_CHINA = "exports to China, South Korea's largest trading partner, fell 1.7 percent to $130.7 billion"
EVIDENCE_US = "Shipments to the United States declined 3.8 percent to $122.9 billion"
EVIDENCE_ASEAN = (
    "Exports to the 10-member Association of Southeast Asian Nations (ASEAN) grew 8.2 percent to $123.3 billion"
)
EVIDENCE_DECEMBER_EXPORTS = "In December alone, exports jumped 13.4 percent from a year earlier to $69.6 billion"
EVIDENCE_DECEMBER_IMPORTS = "Imports rose 4.7 percent to $57.4 billion"

ARTICLE = {
    "id": "dQ2_03_kr_yonhap_annual_exports_record",
    "title": "S. Korea's exports top $700 bln for 1st time on record chip sales",
    "publisher": "Yonhap",
    "published": "2026-01-01",
    "notes": [
        "The year appears only in the metadata: 'last year' in a story published 2026-01-01 is 2025; 'the year before' "
        "is 2024; 'In December alone' is December 2025.",
        "'broke through the $700 billion mark' (lead, headline) is a threshold with the exact $709.7 billion given: "
        "the exact figure only.",
        "'(1,008 trillion won)' is the same annual exports in won, written without 'about': a separate KRW fact, exact.",
        "'the previous record of $683.8 billion set the year before' is labelled as 2024 exports.",
        "'Chip exports' and 'The sector' carry the product from 'Semiconductors led the way': product 'semiconductors'.",
        "'South Korea's largest trading partner' (China) is a stated rank of total trade with China, 1; 'second-largest "
        "export market' (ASEAN) a stated export rank, 2. 'sixth country in the world to post more than $700 billion' "
        "is a milestone, out.",
        "Out of scope: 'largest since 2017', 3.7 percentage points, the 25 percent U.S. tariff, 'eight' of '15 major "
        "export items', the 10-member bloc, the first annual drop 'in three years', the 366 trillion won trade-finance "
        "package (not a trade flow), and the ministry's 1 percent growth outlook for this year (forecast).",
        "Headline 'top $700 bln' restates the lead threshold: not labelled separately.",
    ],
    "facts": [
        fact(KOREA, "exports", "value", 709.7e9, "USD", YEAR, "709.7 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "value", 1.008e15, "KRW", YEAR, "1,008 trillion", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "growth", 3.8, "percent", YEAR, "3.8", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "value", 683.8e9, "USD", PREVIOUS_YEAR, "683.8 billion",
             "surpassing the previous record of $683.8 billion set the year before"),
        fact(KOREA, "imports", "value", 631.4e9, "USD", YEAR, "631.4 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "imports", "growth", -0.1, "percent", YEAR, "0.1", EVIDENCE_IMPORTS),
        fact(KOREA, "balance", "value", 78.3e9, "USD", YEAR, "78.3 billion", "leaving a trade surplus of $78.3 billion"),
        fact(KOREA, "total", "value", 1.34e12, "USD", YEAR, "1.34 trillion", "Total trade came to $1.34 trillion"),
        fact(KOREA, "exports", "value", 173.4e9, "USD", YEAR, "173.4 billion", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "growth", 22.2, "percent", YEAR, "22.2", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "share", 24.4, "percent", YEAR, "24.4",
             "The sector accounted for 24.4 percent of the country's total exports", product="semiconductors"),
        fact(KOREA, "exports", "value", 72e9, "USD", YEAR, "72 billion", EVIDENCE_CARS, product="automobiles"),
        fact(KOREA, "exports", "growth", 1.7, "percent", YEAR, "1.7", EVIDENCE_CARS, product="automobiles"),
        fact(KOREA, "exports", "value", 32.1e9, "USD", YEAR, "32.1 billion", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "growth", 25.4, "percent", YEAR, "25.4", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "value", 45.2e9, "USD", YEAR, "45.2 billion", EVIDENCE_PETROLEUM,
             product="petroleum products"),
        fact(KOREA, "exports", "growth", -9.6, "percent", YEAR, "9.6", EVIDENCE_PETROLEUM, product="petroleum products"),
        fact(KOREA, "exports", "value", 130.7e9, "USD", YEAR, "130.7 billion", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", -1.7, "percent", YEAR, "1.7", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "total", "rank", 1, "number", YEAR, "largest", "China, South Korea's largest trading partner",
             partner="China"),
        fact(KOREA, "exports", "value", 122.9e9, "USD", YEAR, "122.9 billion", EVIDENCE_US, partner=US),
        fact(KOREA, "exports", "growth", -3.8, "percent", YEAR, "3.8", EVIDENCE_US, partner=US),
        fact(KOREA, "exports", "value", 123.3e9, "USD", YEAR, "123.3 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "growth", 8.2, "percent", YEAR, "8.2", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "rank", 2, "number", YEAR, "second",
             "the region overtook the United States to become South Korea's second-largest export market",
             partner="ASEAN"),
        fact(KOREA, "exports", "value", 69.6e9, "USD", DECEMBER, "69.6 billion", EVIDENCE_DECEMBER_EXPORTS),
        fact(KOREA, "exports", "growth", 13.4, "percent", DECEMBER, "13.4", EVIDENCE_DECEMBER_EXPORTS),
        fact(KOREA, "imports", "value", 57.4e9, "USD", DECEMBER, "57.4 billion", EVIDENCE_DECEMBER_IMPORTS),
        fact(KOREA, "imports", "growth", 4.7, "percent", DECEMBER, "4.7", EVIDENCE_DECEMBER_IMPORTS),
        fact(KOREA, "balance", "value", 12.2e9, "USD", DECEMBER, "12.2 billion",
             "resulting in a monthly surplus of $12.2 billion"),
    ],
}
