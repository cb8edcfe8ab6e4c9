from _fact import fact, period

DECEMBER = period(2024, 12)
NOVEMBER = period(2024, 11)
DECEMBER_QUARTER = period(2024, 10, 12)
SEPTEMBER_QUARTER = period(2024, 7, 9)
YEAR_2024 = period(2024, 1, 12)
YEAR_2023 = period(2023, 1, 12)
GOODS_AND_SERVICES = "goods and services"

EVIDENCE_HEADLINE = "the goods and services surplus contracted by 25% in December to A$5.09 billion ($3.17 billion)"
EVIDENCE_NOVEMBER = (
    "the goods and services surplus contracted by 25% in December to A$5.09 billion ($3.17 billion), "
    "down from A$6.79 billion in November after an upward revision"
)
EVIDENCE_EXPORTS = "exports increased 0.7% from November to A$42.81 billion"
EVIDENCE_IMPORTS = "Imports, at their highest level in almost two years, increased 5.6% to A$37.72 billion"
EVIDENCE_RESOURCES = (
    "Compared with November, exports of metal ores and minerals (iron ore among them) gained 2.1%, "
    "while coal exports dropped 6.8% and LNG exports declined 4.2%"
)
EVIDENCE_GOLD = "non-monetary gold exports up 19.4% from November to A$2.86 billion"
EVIDENCE_SERVICES = "Services credits, chiefly education and travel, increased 0.8% on the month to A$9.74 billion"
EVIDENCE_IMPORT_GOODS = (
    "purchases of consumption goods grew 8.1% month on month and those of capital goods, "
    "inflated by aircraft and data-centre gear, 7.3%"
)
EVIDENCE_CHINA = (
    "In original terms, December exports to China, Australia's biggest customer, came to A$14.9 billion, "
    "a drop of 9.6% on a year earlier"
)
EVIDENCE_IRON_ORE = "iron ore exports earned A$9.8 billion in December, 14.5% less than in the same month a year before"
EVIDENCE_QUARTER = (
    "Over the December quarter as a whole the surplus increased to A$16.7 billion, "
    "up from A$15.3 billion in the three months to September"
)
EVIDENCE_YEAR = "The full-year surplus totalled A$77.4 billion, 40% below the previous year's A$129.0 billion"

ARTICLE = {
    "id": "dM2_02_au_reuters_dec_surplus",
    "title": "Import jump squeezes Australia's December trade surplus",
    "publisher": "Reuters",
    "published": "2025-02-06",
    "notes": [
        "The year is only in the metadata: December data released on Feb 6, 2025 is December 2024; 'the full-year surplus' is 2024 "
        "and 'the previous year' 2023; 'the three months to September' is July-September 2024.",
        "The ABS headline aggregates (surplus, exports 'credits', imports 'debits') cover goods and services: product 'goods and services' "
        "for the surplus, exports and imports and for the quarterly and annual surplus, which restate the same series.",
        "'contracted by 25%' is the change in the surplus from November: balance growth -25, basis mom (comparison with the month before stated).",
        "'A$5.09 billion ($3.17 billion)': a USD conversion without 'about': a separate USD fact with qualifier exact.",
        "'A$6.79 billion in November after an upward revision' is the November surplus (prior month): labelled with period 2024-11.",
        "Month-on-month frame: 'from November', 'Compared with November', 'on the month' and 'month on month' stated in each paragraph of component changes; those growth rates are mom.",
        "Product names in the text's words: 'metal ores and minerals', 'coal', 'lng', 'non-monetary gold', 'services' (credits = exports, "
        "debits = imports), 'consumption goods', 'capital goods'. 'those of capital goods, ... 7.3%' shares the verb 'grew'.",
        "'In original terms, December exports to China' and iron ore are merchandise figures: product null for China, 'iron ore' for iron ore; "
        "both compared 'on a year earlier' / 'than in the same month a year before': yoy. '14.5% less than ...' is a fall: -14.5.",
        "'Australia's biggest customer' is a stated rank for exports to China: rank 1, period December 2024.",
        "'40% below' is the annual change of the surplus: balance growth -40, yoy.",
        "Out of scope and unlabelled: analysts' forecast of A$6.6 billion, 'highest level in almost two years', 'about half the size it was two "
        "years ago' (economist, indirect), the iron ore price of $105 a tonne, 0.1 percentage point of GDP, the Australian dollar at $0.6228, the 4.35% "
        "cash rate.",
    ],
    "facts": [
        fact(
            "Australia",
            "balance",
            "value",
            5.09e9,
            "AUD",
            DECEMBER,
            "5.09 billion",
            EVIDENCE_HEADLINE,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "balance",
            "value",
            3.17e9,
            "USD",
            DECEMBER,
            "3.17 billion",
            EVIDENCE_HEADLINE,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "balance",
            "growth",
            -25,
            "percent",
            DECEMBER,
            "25",
            EVIDENCE_HEADLINE,
            product=GOODS_AND_SERVICES,
            basis="mom",
        ),
        fact(
            "Australia",
            "balance",
            "value",
            6.79e9,
            "AUD",
            NOVEMBER,
            "6.79 billion",
            EVIDENCE_NOVEMBER,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "exports",
            "value",
            42.81e9,
            "AUD",
            DECEMBER,
            "42.81 billion",
            EVIDENCE_EXPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "exports",
            "growth",
            0.7,
            "percent",
            DECEMBER,
            "0.7",
            EVIDENCE_EXPORTS,
            product=GOODS_AND_SERVICES,
            basis="mom",
        ),
        fact(
            "Australia",
            "imports",
            "value",
            37.72e9,
            "AUD",
            DECEMBER,
            "37.72 billion",
            EVIDENCE_IMPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "imports",
            "growth",
            5.6,
            "percent",
            DECEMBER,
            "5.6",
            EVIDENCE_IMPORTS,
            product=GOODS_AND_SERVICES,
            basis="mom",
        ),
        fact(
            "Australia",
            "exports",
            "growth",
            2.1,
            "percent",
            DECEMBER,
            "2.1",
            EVIDENCE_RESOURCES,
            product="metal ores and minerals",
            basis="mom",
        ),
        fact(
            "Australia",
            "exports",
            "growth",
            -6.8,
            "percent",
            DECEMBER,
            "6.8",
            EVIDENCE_RESOURCES,
            product="coal",
            basis="mom",
        ),
        fact(
            "Australia",
            "exports",
            "growth",
            -4.2,
            "percent",
            DECEMBER,
            "4.2",
            EVIDENCE_RESOURCES,
            product="lng",
            basis="mom",
        ),
        fact(
            "Australia",
            "exports",
            "growth",
            19.4,
            "percent",
            DECEMBER,
            "19.4",
            EVIDENCE_GOLD,
            product="non-monetary gold",
            basis="mom",
        ),
        fact(
            "Australia",
            "exports",
            "value",
            2.86e9,
            "AUD",
            DECEMBER,
            "2.86 billion",
            EVIDENCE_GOLD,
            product="non-monetary gold",
        ),
        fact(
            "Australia",
            "exports",
            "growth",
            0.8,
            "percent",
            DECEMBER,
            "0.8",
            EVIDENCE_SERVICES,
            product="services",
            basis="mom",
        ),
        fact(
            "Australia",
            "exports",
            "value",
            9.74e9,
            "AUD",
            DECEMBER,
            "9.74 billion",
            EVIDENCE_SERVICES,
            product="services",
        ),
        fact(
            "Australia",
            "imports",
            "growth",
            8.1,
            "percent",
            DECEMBER,
            "8.1",
            EVIDENCE_IMPORT_GOODS,
            product="consumption goods",
            basis="mom",
        ),
        fact(
            "Australia",
            "imports",
            "growth",
            7.3,
            "percent",
            DECEMBER,
            "7.3",
            EVIDENCE_IMPORT_GOODS,
            product="capital goods",
            basis="mom",
        ),
        fact(
            "Australia",
            "imports",
            "growth",
            2.4,
            "percent",
            DECEMBER,
            "2.4",
            "services debits were up 2.4% as Australians travelled abroad",
            product="services",
            basis="mom",
        ),
        fact("Australia", "exports", "value", 14.9e9, "AUD", DECEMBER, "14.9 billion", EVIDENCE_CHINA, partner="China"),
        fact("Australia", "exports", "growth", -9.6, "percent", DECEMBER, "9.6", EVIDENCE_CHINA, partner="China"),
        fact("Australia", "exports", "rank", 1, "number", DECEMBER, "biggest", EVIDENCE_CHINA, partner="China"),
        fact(
            "Australia",
            "exports",
            "value",
            9.8e9,
            "AUD",
            DECEMBER,
            "9.8 billion",
            EVIDENCE_IRON_ORE,
            product="iron ore",
        ),
        fact(
            "Australia", "exports", "growth", -14.5, "percent", DECEMBER, "14.5", EVIDENCE_IRON_ORE, product="iron ore"
        ),
        fact(
            "Australia",
            "balance",
            "value",
            16.7e9,
            "AUD",
            DECEMBER_QUARTER,
            "16.7 billion",
            EVIDENCE_QUARTER,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "balance",
            "value",
            15.3e9,
            "AUD",
            SEPTEMBER_QUARTER,
            "15.3 billion",
            EVIDENCE_QUARTER,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "balance",
            "value",
            77.4e9,
            "AUD",
            YEAR_2024,
            "77.4 billion",
            EVIDENCE_YEAR,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "balance",
            "growth",
            -40,
            "percent",
            YEAR_2024,
            "40",
            EVIDENCE_YEAR,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            "Australia",
            "balance",
            "value",
            129.0e9,
            "AUD",
            YEAR_2023,
            "129.0 billion",
            EVIDENCE_YEAR,
            product=GOODS_AND_SERVICES,
        ),
    ],
}
