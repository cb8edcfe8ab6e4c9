from _fact import fact, period

AUGUST = period(2025, 8)
APRIL_AUGUST = period(2025, 4, 8)
GOODS_AND_SERVICES = "goods and services"

MONTH_EXPORTS = (
    "For August 2025*, India's total exports (Merchandise and Services combined) are estimated at USD 69.16 Billion, "
    "up 9.34 per cent from August 2024"
)
MONTH_IMPORTS = (
    "Estimated total imports (Merchandise and Services combined) in August 2025* stand at USD 79.04 Billion, "
    "down 7.11 per cent"
)
MONTH_MERCH_EXPORTS = "August 2025 merchandise exports amounted to USD 35.10 Billion, 6.72 per cent higher"
MONTH_MERCH_IMPORTS = "Merchandise imports for August 2025 came to USD 61.59 Billion, a fall of 10.13 per cent"
MONTH_SERVICES_EXPORTS = (
    "Services exports for August 2025* are estimated at USD 34.06 Billion, a rise of 12.19 per cent over August 2024"
)
CUMULATIVE_EXPORTS = (
    "Over April-August 2025*, India's total exports (Merchandise and Services combined) are estimated at "
    "USD 349.35 Billion, an increase of 5.18 per cent."
)
CUMULATIVE_IMPORTS = (
    "Estimated total imports (Merchandise and Services combined) rose 4.87 per cent over April-August 2025* to "
    "USD 389.72 Billion."
)
CUMULATIVE_MERCH_EXPORTS = (
    "Merchandise exports for April-August 2025 reached USD 184.13 Billion, 2.52 per cent more than in April-August 2024"
)
CUMULATIVE_SERVICES_EXPORTS = (
    "Services exports for April-August 2025* are estimated at USD 165.22 Billion, up 8.32 per cent on the same "
    "period a year earlier"
)
ENGINEERING = "Engineering Goods | 9,536.42 | 4.93"
ELECTRONICS = "Electronic Goods | 3,194.75 | 25.93"
PHARMA = "Drugs & Pharmaceuticals | 2,475.60 | 6.94"
RICE = "Rice | 1,012.38 | 10.58"

ARTICLE = {
    "id": "dR2_05_pib_india_aug",
    "title": "April-August 2025: India's total exports put at USD 349.35 Billion, a rise of 5.18 per cent",
    "publisher": "Press Information Bureau",
    "published": "2025-09-15",
    "notes": [
        "'Total exports (Merchandise and Services combined)': product 'goods and services'; merchandise figures take "
        "product null; services figures product 'services'.",
        "The headline restates the April-August total exports and growth of the body: labelled once, body evidence.",
        "Every growth rate is over the same month or period of the previous year (yoy), as the release says "
        "('from August 2024', 'on the same period a year earlier'); 'an increase of 5.18 per cent' and 'rose "
        "4.87 per cent' name no base and are yoy by default.",
        "'down 7.11 per cent' and 'a fall of 10.13 per cent' are falls: -7.11 and -10.13.",
        "The sector table states its scale once in its caption '(Values in USD Million)': cells read in millions of USD; "
        "the growth column is over August 2024 (yoy).",
        "Products in the text's words: 'engineering goods', 'electronic goods', 'drugs & pharmaceuticals', 'rice'.",
        "Out of scope: 'five years', '14 sectors' under PLI, '41 Export Promotion Councils', the Commerce Secretary's "
        "expectation that exports would top USD 850 billion in 2025-26 (a forecast), dates of releases.",
        "Services figures for August are estimates (asterisk note): labelled as stated, qualifier exact.",
    ],
    "facts": [
        fact(
            "India",
            "exports",
            "value",
            69.16e9,
            "USD",
            AUGUST,
            "69.16 Billion",
            MONTH_EXPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact("India", "exports", "growth", 9.34, "percent", AUGUST, "9.34", MONTH_EXPORTS, product=GOODS_AND_SERVICES),
        fact(
            "India",
            "imports",
            "value",
            79.04e9,
            "USD",
            AUGUST,
            "79.04 Billion",
            MONTH_IMPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact("India", "imports", "growth", -7.11, "percent", AUGUST, "7.11", MONTH_IMPORTS, product=GOODS_AND_SERVICES),
        fact("India", "exports", "value", 35.10e9, "USD", AUGUST, "35.10 Billion", MONTH_MERCH_EXPORTS),
        fact("India", "exports", "growth", 6.72, "percent", AUGUST, "6.72", MONTH_MERCH_EXPORTS),
        fact("India", "imports", "value", 61.59e9, "USD", AUGUST, "61.59 Billion", MONTH_MERCH_IMPORTS),
        fact("India", "imports", "growth", -10.13, "percent", AUGUST, "10.13", MONTH_MERCH_IMPORTS),
        fact(
            "India",
            "exports",
            "value",
            34.06e9,
            "USD",
            AUGUST,
            "34.06 Billion",
            MONTH_SERVICES_EXPORTS,
            product="services",
        ),
        fact(
            "India", "exports", "growth", 12.19, "percent", AUGUST, "12.19", MONTH_SERVICES_EXPORTS, product="services"
        ),
        fact(
            "India",
            "imports",
            "value",
            17.45e9,
            "USD",
            AUGUST,
            "17.45 Billion",
            "Services imports for August 2025* are put at an estimated USD 17.45 Billion.",
            product="services",
        ),
        fact(
            "India",
            "exports",
            "value",
            349.35e9,
            "USD",
            APRIL_AUGUST,
            "349.35 Billion",
            CUMULATIVE_EXPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "India",
            "exports",
            "growth",
            5.18,
            "percent",
            APRIL_AUGUST,
            "5.18",
            CUMULATIVE_EXPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "India",
            "imports",
            "value",
            389.72e9,
            "USD",
            APRIL_AUGUST,
            "389.72 Billion",
            CUMULATIVE_IMPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "India",
            "imports",
            "growth",
            4.87,
            "percent",
            APRIL_AUGUST,
            "4.87",
            CUMULATIVE_IMPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact("India", "exports", "value", 184.13e9, "USD", APRIL_AUGUST, "184.13 Billion", CUMULATIVE_MERCH_EXPORTS),
        fact("India", "exports", "growth", 2.52, "percent", APRIL_AUGUST, "2.52", CUMULATIVE_MERCH_EXPORTS),
        fact(
            "India",
            "imports",
            "value",
            306.52e9,
            "USD",
            APRIL_AUGUST,
            "306.52 Billion",
            "Merchandise imports for April-August 2025 totalled USD 306.52 Billion.",
        ),
        fact(
            "India",
            "exports",
            "value",
            165.22e9,
            "USD",
            APRIL_AUGUST,
            "165.22 Billion",
            CUMULATIVE_SERVICES_EXPORTS,
            product="services",
        ),
        fact(
            "India",
            "exports",
            "growth",
            8.32,
            "percent",
            APRIL_AUGUST,
            "8.32",
            CUMULATIVE_SERVICES_EXPORTS,
            product="services",
        ),
        fact(
            "India",
            "imports",
            "value",
            83.20e9,
            "USD",
            APRIL_AUGUST,
            "83.20 Billion",
            "Estimated services imports for April-August 2025* amount to USD 83.20 Billion.",
            product="services",
        ),
        fact(
            "India", "exports", "value", 9536.42e6, "USD", AUGUST, "9,536.42", ENGINEERING, product="engineering goods"
        ),
        fact("India", "exports", "growth", 4.93, "percent", AUGUST, "4.93", ENGINEERING, product="engineering goods"),
        fact(
            "India", "exports", "value", 3194.75e6, "USD", AUGUST, "3,194.75", ELECTRONICS, product="electronic goods"
        ),
        fact("India", "exports", "growth", 25.93, "percent", AUGUST, "25.93", ELECTRONICS, product="electronic goods"),
        fact(
            "India",
            "exports",
            "value",
            2475.60e6,
            "USD",
            AUGUST,
            "2,475.60",
            PHARMA,
            product="drugs & pharmaceuticals",
        ),
        fact("India", "exports", "growth", 6.94, "percent", AUGUST, "6.94", PHARMA, product="drugs & pharmaceuticals"),
        fact("India", "exports", "value", 1012.38e6, "USD", AUGUST, "1,012.38", RICE, product="rice"),
        fact("India", "exports", "growth", 10.58, "percent", AUGUST, "10.58", RICE, product="rice"),
    ],
}
