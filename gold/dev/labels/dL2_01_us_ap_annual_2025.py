from _fact import fact, period

YEAR_2025 = period(2025, 1, 12)
DECEMBER_2025 = period(2025, 12)
AREA = "United States"
GOODS_SERVICES = "goods and services"
EVIDENCE_HEADLINE_DEFICIT = "the combined goods and services deficit climbed 2.9% in 2025 to $903.2 billion"
EVIDENCE_EXPORTS = "Goods and services exports hit a record $3.31 trillion, a 3.6% increase"
EVIDENCE_IMPORTS = "In dollar terms imports rose by more, gaining 3.5% to $4.21 trillion"
EVIDENCE_GOODS_DEFICIT = "Taken on its own, the goods deficit expanded 3.7% to $1.24 trillion"
EVIDENCE_SERVICES_SURPLUS = "On the services side, the surplus grew 5.9% to $336.8 billion"
EVIDENCE_CHINA = "The shortfall with China dropped 19.6% to $237.4 billion"
EVIDENCE_VIETNAM = "its gap with Vietnam jumped 44% to $178.3 billion"
EVIDENCE_DECEMBER = "the goods and services shortfall was $70.4 billion, down 4.1% from November"

ARTICLE = {
    "id": "dL2_01_us_ap_annual_2025",
    "title": "Record goods shortfall pushes US trade deficit higher in 2025 despite Trump tariffs",
    "publisher": "AP",
    "published": "2026-02-19",
    "notes": [
        "Dateline 'WASHINGTON (AP)' names the outlet; the date (a Thursday in February 2026) is metadata, the year 2025 is in the text.",
        "Headline figures are labelled with product 'goods and services' because the text says so; exports and imports of the same sentence group likewise.",
        "Goods-only figures ('Taken on its own, the goods deficit', and the by-country figures, 'which covers only goods') have product null: the guide's default series is goods; only services and goods-and-services figures carry a product.",
        "Growth of a deficit follows its verb: 'climbed 2.9%', 'expanded 3.7%', 'jumped 44%' positive; 'dropped 19.6%', 'down 4.1%' negative.",
        "December deficit change is 'from November': basis mom.",
        "Out of scope: years (2022, 2004, 2024), '27-nation', the FactSet forecast of $72.5 billion, GDP growth 2.2% and 2.8%, tariffs 'in the double digits'.",
        "'a record', 'an all-time high', 'its lowest since 2004' are milestones, not ranks: not labelled.",
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
             "deficit with Mexico rose to a record $196.9 billion", partner="Mexico"),
        fact(AREA, "balance", "growth", 44, "percent", YEAR_2025, "44", EVIDENCE_VIETNAM, partner="Vietnam"),
        fact(AREA, "balance", "value", -178.3e9, "USD", YEAR_2025, "178.3 billion", EVIDENCE_VIETNAM, partner="Vietnam"),
        fact(AREA, "balance", "value", -218.6e9, "USD", YEAR_2025, "218.6 billion",
             "With the 27-nation European Union, the shortfall totaled $218.6 billion", partner="European Union"),
        fact(AREA, "balance", "growth", -4.1, "percent", DECEMBER_2025, "4.1", EVIDENCE_DECEMBER, product=GOODS_SERVICES, basis="mom"),
        fact(AREA, "balance", "value", -70.4e9, "USD", DECEMBER_2025, "70.4 billion", EVIDENCE_DECEMBER, product=GOODS_SERVICES),
    ],
}
