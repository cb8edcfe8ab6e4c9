from _fact import fact, period

AUGUST = period(2024, 8)
JULY = period(2024, 7)
AREA = "Japan"
EVIDENCE_BALANCE = "for a trade shortfall of 695.3 billion yen ($4.87 billion)"
EVIDENCE_LEVELS = "Exports amounted to 8.44 trillion yen and imports to 9.13 trillion yen"
EVIDENCE_US_SURPLUS = "Japan's trade surplus with the U.S. contracted 18.7% to 512.6 billion yen"
EVIDENCE_CHINA_EXPORTS = "Exports to China, which is Japan's biggest trading partner, declined 3.1%"

ARTICLE = {
    "id": "dL2_02_jp_reuters_aug_exports",
    "title": "Japanese exports post first drop in eight months as demand from US and China softens",
    "publisher": "Reuters",
    "published": "2024-09-18",
    "notes": [
        "The text has no year ('Sept 18 (Reuters)', 'August', 'July'): the year 2024 comes from the published date.",
        "'their first drop in eight months' is a streak: out. Reuters poll expectations (3.5% increase, 13.4% rise) and the September forecast (1.5% fall) are forecasts: out.",
        "GDP (annualised 3.1% in April-June) and the exchange-rate footer ($1 = 142.80 yen) are not trade flows: out.",
        "'$4.87 billion' converts the yen deficit: a separate USD fact, exact (no 'about').",
        "'car exports to the United States slid 9.8%': partner United States, product cars.",
        "'Japan's biggest trading partner' (China) labelled as rank 1 of total trade with partner China, in the article's month.",
        "'chip-making equipment shipments tumbling 21.0%' sits in the China sentence: partner China, product chip-making equipment.",
        "'Exports to Asia overall': partner Asia.",
        "All growth rates are year on year ('from a year earlier', 'in the year to August').",
    ],
    "facts": [
        fact(AREA, "exports", "growth", -1.2, "percent", AUGUST, "1.2", "exports down 1.2% in August from a year earlier"),
        fact(AREA, "exports", "growth", 10.3, "percent", JULY, "10.3", "In July, exports had grown 10.3%"),
        fact(AREA, "imports", "growth", 2.3, "percent", AUGUST, "2.3", "Imports increased 2.3% in the year to August"),
        fact(AREA, "balance", "value", -695.3e9, "JPY", AUGUST, "695.3 billion", EVIDENCE_BALANCE),
        fact(AREA, "balance", "value", -4.87e9, "USD", AUGUST, "4.87 billion", EVIDENCE_BALANCE),
        fact(AREA, "exports", "value", 8.44e12, "JPY", AUGUST, "8.44 trillion", EVIDENCE_LEVELS),
        fact(AREA, "imports", "value", 9.13e12, "JPY", AUGUST, "9.13 trillion", EVIDENCE_LEVELS),
        fact(AREA, "exports", "growth", -6.4, "percent", AUGUST, "6.4", "Shipments bound for the U.S. dropped 6.4% from a year earlier",
             partner="United States"),
        fact(AREA, "exports", "growth", -9.8, "percent", AUGUST, "9.8", "car exports to the United States slid 9.8%",
             partner="United States", product="cars"),
        fact(AREA, "balance", "growth", -18.7, "percent", AUGUST, "18.7", EVIDENCE_US_SURPLUS, partner="United States"),
        fact(AREA, "balance", "value", 512.6e9, "JPY", AUGUST, "512.6 billion", EVIDENCE_US_SURPLUS, partner="United States"),
        fact(AREA, "exports", "growth", -3.1, "percent", AUGUST, "3.1", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(AREA, "total", "rank", 1, "number", AUGUST, "biggest", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(AREA, "exports", "growth", -21.0, "percent", AUGUST, "21.0", "chip-making equipment shipments tumbling 21.0%",
             partner="China", product="chip-making equipment"),
        fact(AREA, "imports", "growth", 7.5, "percent", AUGUST, "7.5", "Imports from China, for their part, increased 7.5%", partner="China"),
        fact(AREA, "exports", "growth", -0.7, "percent", AUGUST, "0.7", "Exports to Asia overall slipped 0.7%", partner="Asia"),
    ],
}
