from _fact import fact, period

NOVEMBER = period(2025, 11)
OCTOBER = period(2025, 10)
THREE_MONTHS_TO_NOVEMBER = period(2025, 9, 11)
TWELVE_MONTHS_TO_NOVEMBER = {"start": "2024-12", "end": "2025-11"}

EXCLUDING_PRECIOUS_METALS = "goods and services excluding precious metals"

EVIDENCE_GOODS_GAP = (
    "the goods deficit reached £23.6 billion, compared with £21.9 billion in October after a downward revision"
)
EVIDENCE_EXPORTS_IMPORTS = "Month on month, exports of goods fell 2.4% to £29.8 billion and imports increased 1.1% to £53.4 billion."
EVIDENCE_EU_EXPORTS = "Exports to the EU dropped 3.9% from October to £14.1 billion"
EVIDENCE_REST_OF_WORLD = "those to the rest of the world edged down 1.0% to £15.7 billion"
EVIDENCE_EU_IMPORTS = "Purchases from the bloc grew 0.7% to £28.9 billion"
EVIDENCE_NON_EU_IMPORTS = "non-EU imports went up 1.5% to £24.5 billion"
EVIDENCE_CHINA = "helped by purchases from China rising 6.3%"
EVIDENCE_REGIONAL_GAPS = "With the EU, Britain's goods trade showed a £14.8 billion deficit, and with non-EU countries an £8.8 billion deficit."
EVIDENCE_US = "Exports of goods to the United States declined by £0.4 billion to £4.3 billion"
EVIDENCE_THREE_MONTH_TOTAL = (
    "the overall deficit in goods and services, excluding precious metals, increased by £3.8 billion to £19.6 billion"
)
EVIDENCE_THREE_MONTH_GOODS = "The deficit on goods rose to £67.9 billion"
EVIDENCE_THREE_MONTH_SERVICES = "the surplus on services fell to £48.3 billion"
EVIDENCE_QOQ = (
    "Over the period, exports of goods came in 2.8% below the preceding three months, while imports were 1.9% above them."
)
EVIDENCE_YOY = "Year on year, goods exports declined 5.1%."
EVIDENCE_INCLUDING_METALS = "With precious metals included, the total shortfall for the three months came to a lower £15.2 billion"
EVIDENCE_TWELVE_MONTHS = (
    "Excluding precious metals, the total trade deficit was £58.4 billion over the 12 months to November."
)

ARTICLE = {
    "id": "dU2_06_reuters_uk_nov_deficit",
    "title": "Falling exports to EU push UK goods trade gap wider in November",
    "publisher": "Reuters",
    "published": "2026-01-15",
    "notes": [
        "The year appears only in the published date (2026-01-15): November and October are 2025, the three months "
        "to November are 2025-09..2025-11, the 12 months to November 2024-12..2025-11.",
        "'the goods deficit' is the goods balance: negative.",
        "The ONS headline goods figures exclude precious metals, as the article says; goods alone take product null. "
        "Where the article writes 'excluding precious metals' for the goods and services total, the product is "
        "'goods and services excluding precious metals'; the total including them is 'goods and services'.",
        "Monthly changes 'Month on month' and 'from October' are mom; the three months against 'the preceding "
        "three months' are qoq; 'Year on year' in the three-month paragraph is yoy for the three months.",
        "'the rest of the world', 'non-EU' and 'non-EU countries' are partner non-EU countries; 'the bloc' is the "
        "European Union.",
        "'purchases from China rising 6.3%' is a mom growth of imports from China (same paragraph, 'from "
        "October').",
        "Changes written as money ('increased by £3.8 billion', 'declined by £0.4 billion') are left out; the levels they "
        "lead to are labelled.",
        "Out of scope: the Reuters poll forecast of £22.4 billion, 'a six-month low', the 10% US tariff, GDP "
        "growth of 0.1% and the 0.1% contraction, the 3.75% Bank Rate, sterling at $1.3420, the fourth-quarter net "
        "trade outlook.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -23.6e9, "GBP", NOVEMBER, "23.6 billion", EVIDENCE_GOODS_GAP),
        fact("United Kingdom", "balance", "value", -21.9e9, "GBP", OCTOBER, "21.9 billion", EVIDENCE_GOODS_GAP),
        fact("United Kingdom", "exports", "growth", -2.4, "percent", NOVEMBER, "2.4", EVIDENCE_EXPORTS_IMPORTS, basis="mom"),
        fact("United Kingdom", "exports", "value", 29.8e9, "GBP", NOVEMBER, "29.8 billion", EVIDENCE_EXPORTS_IMPORTS),
        fact("United Kingdom", "imports", "growth", 1.1, "percent", NOVEMBER, "1.1", EVIDENCE_EXPORTS_IMPORTS, basis="mom"),
        fact("United Kingdom", "imports", "value", 53.4e9, "GBP", NOVEMBER, "53.4 billion", EVIDENCE_EXPORTS_IMPORTS),
        fact(
            "United Kingdom", "exports", "growth", -3.9, "percent", NOVEMBER, "3.9", EVIDENCE_EU_EXPORTS,
            partner="European Union", basis="mom",
        ),
        fact(
            "United Kingdom", "exports", "value", 14.1e9, "GBP", NOVEMBER, "14.1 billion", EVIDENCE_EU_EXPORTS,
            partner="European Union",
        ),
        fact(
            "United Kingdom", "exports", "growth", -1.0, "percent", NOVEMBER, "1.0", EVIDENCE_REST_OF_WORLD,
            partner="non-EU countries", basis="mom",
        ),
        fact(
            "United Kingdom", "exports", "value", 15.7e9, "GBP", NOVEMBER, "15.7 billion", EVIDENCE_REST_OF_WORLD,
            partner="non-EU countries",
        ),
        fact(
            "United Kingdom", "imports", "growth", 0.7, "percent", NOVEMBER, "0.7", EVIDENCE_EU_IMPORTS,
            partner="European Union", basis="mom",
        ),
        fact(
            "United Kingdom", "imports", "value", 28.9e9, "GBP", NOVEMBER, "28.9 billion", EVIDENCE_EU_IMPORTS,
            partner="European Union",
        ),
        fact(
            "United Kingdom", "imports", "growth", 1.5, "percent", NOVEMBER, "1.5", EVIDENCE_NON_EU_IMPORTS,
            partner="non-EU countries", basis="mom",
        ),
        fact(
            "United Kingdom", "imports", "value", 24.5e9, "GBP", NOVEMBER, "24.5 billion", EVIDENCE_NON_EU_IMPORTS,
            partner="non-EU countries",
        ),
        fact(
            "United Kingdom", "imports", "growth", 6.3, "percent", NOVEMBER, "6.3", EVIDENCE_CHINA,
            partner="China", basis="mom",
        ),
        fact(
            "United Kingdom", "balance", "value", -14.8e9, "GBP", NOVEMBER, "14.8 billion", EVIDENCE_REGIONAL_GAPS,
            partner="European Union",
        ),
        fact(
            "United Kingdom", "balance", "value", -8.8e9, "GBP", NOVEMBER, "8.8 billion", EVIDENCE_REGIONAL_GAPS,
            partner="non-EU countries",
        ),
        fact(
            "United Kingdom", "exports", "value", 4.3e9, "GBP", NOVEMBER, "4.3 billion", EVIDENCE_US,
            partner="United States",
        ),
        fact(
            "United Kingdom", "balance", "value", -19.6e9, "GBP", THREE_MONTHS_TO_NOVEMBER, "19.6 billion",
            EVIDENCE_THREE_MONTH_TOTAL, product=EXCLUDING_PRECIOUS_METALS,
        ),
        fact(
            "United Kingdom", "balance", "value", -67.9e9, "GBP", THREE_MONTHS_TO_NOVEMBER, "67.9 billion",
            EVIDENCE_THREE_MONTH_GOODS,
        ),
        fact(
            "United Kingdom", "balance", "value", 48.3e9, "GBP", THREE_MONTHS_TO_NOVEMBER, "48.3 billion",
            EVIDENCE_THREE_MONTH_SERVICES, product="services",
        ),
        fact(
            "United Kingdom", "exports", "growth", -2.8, "percent", THREE_MONTHS_TO_NOVEMBER, "2.8", EVIDENCE_QOQ,
            basis="qoq",
        ),
        fact(
            "United Kingdom", "imports", "growth", 1.9, "percent", THREE_MONTHS_TO_NOVEMBER, "1.9", EVIDENCE_QOQ,
            basis="qoq",
        ),
        fact(
            "United Kingdom", "exports", "growth", -5.1, "percent", THREE_MONTHS_TO_NOVEMBER, "5.1", EVIDENCE_YOY,
            basis="yoy",
        ),
        fact(
            "United Kingdom", "balance", "value", -15.2e9, "GBP", THREE_MONTHS_TO_NOVEMBER, "15.2 billion",
            EVIDENCE_INCLUDING_METALS, product="goods and services",
        ),
        fact(
            "United Kingdom", "balance", "value", -58.4e9, "GBP", TWELVE_MONTHS_TO_NOVEMBER, "58.4 billion",
            EVIDENCE_TWELVE_MONTHS, product=EXCLUDING_PRECIOUS_METALS,
        ),
    ],
}
