from _fact import fact, period

YEAR_2025 = period(2025, 1, 12)
DECEMBER_2025 = period(2025, 12)
AREA = "United States"
GOODS_SERVICES = "goods and services"
EVIDENCE_HEADLINE_DEFICIT = "The deficit in goods and services rose 2.9% to $903.2 billion in 2025"
EVIDENCE_EXPORTS = "Exports of goods and services increased 3.6% to a record $3.31 trillion"
EVIDENCE_IMPORTS = "Imports grew faster in dollar terms, climbing 3.5% to $4.21 trillion"
EVIDENCE_GOODS_DEFICIT = "The deficit in goods trade alone widened 3.7% to $1.24 trillion"
EVIDENCE_SERVICES_SURPLUS = "The services surplus rose 5.9% to $336.8 billion"
EVIDENCE_CHINA = "The deficit with China fell 19.6% to $237.4 billion"
EVIDENCE_VIETNAM = "the gap with Vietnam surged 44% to $178.3 billion"
EVIDENCE_DECEMBER = "the goods and services deficit narrowed 4.1% from November to $70.4 billion"

ARTICLE = {
    "id": "dL2_01_us_ap_annual_2025",
    "title": "US trade deficit grew in 2025 as the goods gap hit a record despite Trump's tariffs",
    "publisher": "AP",
    "published": "2026-02-19",
    "notes": [
        "Dateline 'WASHINGTON (AP)' names the outlet; the date (a Thursday in February 2026) is metadata, the year 2025 is in the text.",
        "Headline figures are labelled with product 'goods and services' because the text says so; exports and imports of the same sentence group likewise.",
        "Goods-only figures ('The deficit in goods trade alone', and the by-country figures, 'which cover goods only') have product null: the guide's default series is goods; only services and goods-and-services figures carry a product.",
        "Growth of a deficit follows its verb: 'rose 2.9%', 'widened 3.7%', 'surged 44%' positive; 'fell 19.6%', 'narrowed 4.1%' negative.",
        "December deficit change is 'from November': basis mom.",
        "Out of scope: years (2022, 2004, 2024), '27-nation', the FactSet forecast of $72.5 billion, GDP growth 2.2% and 2.8%, 'double-digit' tariffs.",
        "'a record', 'the highest on record', 'the smallest since 2004' are milestones, not ranks: not labelled.",
    ],
    "facts": [
        fact(AREA, "balance", "value", -903.2e9, "USD", YEAR_2025, "903.2 billion", EVIDENCE_HEADLINE_DEFICIT, product=GOODS_SERVICES),
        fact(AREA, "balance", "growth", 2.9, "percent", YEAR_2025, "2.9", EVIDENCE_HEADLINE_DEFICIT, product=GOODS_SERVICES),
        fact(AREA, "exports", "growth", 3.6, "percent", YEAR_2025, "3.6", EVIDENCE_EXPORTS, product=GOODS_SERVICES),
        fact(AREA, "exports", "value", 3.31e12, "USD", YEAR_2025, "3.31 trillion", EVIDENCE_EXPORTS, product=GOODS_SERVICES),
        fact(AREA, "imports", "growth", 3.5, "percent", YEAR_2025, "3.5", EVIDENCE_IMPORTS, product=GOODS_SERVICES),
        fact(AREA, "imports", "value", 4.21e12, "USD", YEAR_2025, "4.21 trillion", EVIDENCE_IMPORTS, product=GOODS_SERVICES),
        fact(AREA, "balance", "growth", 3.7, "percent", YEAR_2025, "3.7", EVIDENCE_GOODS_DEFICIT),
        fact(AREA, "balance", "value", -1.24e12, "USD", YEAR_2025, "1.24 trillion", EVIDENCE_GOODS_DEFICIT),
        fact(AREA, "balance", "growth", 5.9, "percent", YEAR_2025, "5.9", EVIDENCE_SERVICES_SURPLUS, product="services"),
        fact(AREA, "balance", "value", 336.8e9, "USD", YEAR_2025, "336.8 billion", EVIDENCE_SERVICES_SURPLUS, product="services"),
        fact(AREA, "balance", "growth", -19.6, "percent", YEAR_2025, "19.6", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "balance", "value", -237.4e9, "USD", YEAR_2025, "237.4 billion", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "balance", "value", -196.9e9, "USD", YEAR_2025, "196.9 billion",
             "the deficit with Mexico climbed to a record $196.9 billion", partner="Mexico"),
        fact(AREA, "balance", "growth", 44, "percent", YEAR_2025, "44", EVIDENCE_VIETNAM, partner="Vietnam"),
        fact(AREA, "balance", "value", -178.3e9, "USD", YEAR_2025, "178.3 billion", EVIDENCE_VIETNAM, partner="Vietnam"),
        fact(AREA, "balance", "value", -218.6e9, "USD", YEAR_2025, "218.6 billion",
             "The deficit with the 27-nation European Union came to $218.6 billion", partner="European Union"),
        fact(AREA, "balance", "growth", -4.1, "percent", DECEMBER_2025, "4.1", EVIDENCE_DECEMBER, product=GOODS_SERVICES, basis="mom"),
        fact(AREA, "balance", "value", -70.4e9, "USD", DECEMBER_2025, "70.4 billion", EVIDENCE_DECEMBER, product=GOODS_SERVICES),
    ],
}
