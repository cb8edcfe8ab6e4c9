from _fact import fact, period

YEAR = period(2025, 1, 12)
PREVIOUS_YEAR = period(2024, 1, 12)
DECEMBER = period(2025, 12)
KOREA = "South Korea"
US = "United States"

EVIDENCE_EXPORTS = (
    "exports last year grew 3.8 percent from a year earlier to $709.7 billion (1,008 trillion won)"
)
EVIDENCE_IMPORTS = "Imports slipped 0.1 percent to $631.4 billion"
EVIDENCE_CHIPS = "chip exports soared 22.2 percent on-year to a record $173.4 billion"
EVIDENCE_CARS = "Car exports climbed 1.7 percent to an all-time high of $72 billion"
EVIDENCE_SHIPS = "pushed exports of ships up 25.4 percent to $32.1 billion"
EVIDENCE_PETROLEUM = "Petroleum product exports, by contrast, dropped 9.6 percent to $45.2 billion"
EVIDENCE_CHINA = "shipments to China, South Korea's largest trading partner, decreased 1.7 percent to $130.7 billion"
EVIDENCE_US = "exports to the United States fell 3.8 percent to $122.9 billion"
EVIDENCE_ASEAN = (
    "Sales to the 10-member Association of Southeast Asian Nations (ASEAN) increased 8.2 percent to $123.3 billion"
)
EVIDENCE_DECEMBER_EXPORTS = (
    "For December by itself, exports surged to $69.6 billion, a record for any month and 13.4 percent more than a "
    "year earlier"
)
EVIDENCE_DECEMBER_IMPORTS = "Imports grew 4.7 percent to $57.4 billion"

ARTICLE = {
    "id": "dQ2_03_kr_yonhap_annual_exports_record",
    "title": "Record chip sales lift S. Korea's exports above $700 bln for 1st time",
    "publisher": "Yonhap",
    "published": "2026-01-01",
    "notes": [
        "The year appears only in the metadata: 'last year' in a story published 2026-01-01 is 2025; 'the year before' "
        "is 2024; 'For December by itself' is December 2025.",
        "'passed $700 billion' (lead; headline 'above $700 bln') is a threshold with the exact $709.7 billion given: "
        "the exact figure only.",
        "'(1,008 trillion won)' is the same annual exports in won, written without 'about': a separate KRW fact, exact.",
        "'the $683.8 billion record set the year before' is labelled as 2024 exports.",
        "'chip exports' and 'Chips made up' carry the product from 'Semiconductors were the main driver': product 'semiconductors'.",
        "'South Korea's largest trading partner' (China) is a stated rank of total trade with China, 1; 'second-largest "
        "export market' (ASEAN) a stated export rank, 2. 'making South Korea the sixth' (to export over $700 billion) "
        "is a milestone, out.",
        "Out of scope: 'biggest since 2017', 3.7 percentage points, the 25 percent U.S. tariff, 'Eight' of the '15 main "
        "export items', the 10-member bloc, the first yearly decline 'in three years', the 366 trillion won trade-finance "
        "package (not a trade flow), and the ministry's 1 percent growth outlook for this year (forecast).",
        "Headline 'above $700 bln' restates the lead threshold: not labelled separately.",
    ],
    "facts": [
        fact(KOREA, "exports", "value", 709.7e9, "USD", YEAR, "709.7 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "value", 1.008e15, "KRW", YEAR, "1,008 trillion", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "growth", 3.8, "percent", YEAR, "3.8", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "value", 683.8e9, "USD", PREVIOUS_YEAR, "683.8 billion",
             "beating the $683.8 billion record set the year before"),
        fact(KOREA, "imports", "value", 631.4e9, "USD", YEAR, "631.4 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "imports", "growth", -0.1, "percent", YEAR, "0.1", EVIDENCE_IMPORTS),
        fact(KOREA, "balance", "value", 78.3e9, "USD", YEAR, "78.3 billion", "the trade surplus reached $78.3 billion"),
        fact(KOREA, "total", "value", 1.34e12, "USD", YEAR, "1.34 trillion", "Exports and imports combined totaled $1.34 trillion"),
        fact(KOREA, "exports", "value", 173.4e9, "USD", YEAR, "173.4 billion", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "growth", 22.2, "percent", YEAR, "22.2", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "share", 24.4, "percent", YEAR, "24.4",
             "Chips made up 24.4 percent of all the country's exports", product="semiconductors"),
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
             "the bloc passed the United States as South Korea's second-largest export market",
             partner="ASEAN"),
        fact(KOREA, "exports", "value", 69.6e9, "USD", DECEMBER, "69.6 billion", EVIDENCE_DECEMBER_EXPORTS),
        fact(KOREA, "exports", "growth", 13.4, "percent", DECEMBER, "13.4", EVIDENCE_DECEMBER_EXPORTS),
        fact(KOREA, "imports", "value", 57.4e9, "USD", DECEMBER, "57.4 billion", EVIDENCE_DECEMBER_IMPORTS),
        fact(KOREA, "imports", "growth", 4.7, "percent", DECEMBER, "4.7", EVIDENCE_DECEMBER_IMPORTS),
        fact(KOREA, "balance", "value", 12.2e9, "USD", DECEMBER, "12.2 billion",
             "producing a surplus of $12.2 billion for the month"),
    ],
}
