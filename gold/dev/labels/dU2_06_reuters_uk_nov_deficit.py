from _fact import fact, period

NOVEMBER = period(2025, 11)
OCTOBER = period(2025, 10)
THREE_MONTHS_TO_NOVEMBER = period(2025, 9, 11)
TWELVE_MONTHS_TO_NOVEMBER = {"start": "2024-12", "end": "2025-11"}

EXCLUDING_PRECIOUS_METALS = "goods and services excluding precious metals"

EVIDENCE_GOODS_GAP = (
    "The gap between imports and exports of goods rose to £23.6 billion from a downwardly revised £21.9 billion "
    "in October"
)
EVIDENCE_EXPORTS_IMPORTS = "Goods exports slid 2.4% on the month to £29.8 billion, while imports rose 1.1% to £53.4 billion."
EVIDENCE_EU_EXPORTS = "Compared with October, exports to the EU fell 3.9% to £14.1 billion"
EVIDENCE_REST_OF_WORLD = "exports to the rest of the world eased 1.0% to £15.7 billion"
EVIDENCE_EU_IMPORTS = "Imports from the bloc rose 0.7% to £28.9 billion"
EVIDENCE_NON_EU_IMPORTS = "imports from non-EU countries increased 1.5% to £24.5 billion"
EVIDENCE_CHINA = "lifted by a 6.3% jump in purchases from China"
EVIDENCE_REGIONAL_GAPS = "Britain ran a goods deficit of £14.8 billion with the EU and of £8.8 billion with non-EU countries."
EVIDENCE_US = "Goods exports to the United States dropped by £0.4 billion to £4.3 billion"
EVIDENCE_THREE_MONTH_TOTAL = (
    "the total trade deficit in goods and services, excluding precious metals, widened by £3.8 billion to £19.6 billion"
)
EVIDENCE_THREE_MONTH_GOODS = "The goods deficit grew to £67.9 billion"
EVIDENCE_THREE_MONTH_SERVICES = "while the services surplus narrowed to £48.3 billion"
EVIDENCE_QOQ = (
    "Goods exports in the period were 2.8% lower than in the previous three months, while imports were 1.9% higher."
)
EVIDENCE_YOY = "Compared with a year earlier, goods exports were down 5.1%."
EVIDENCE_INCLUDING_METALS = "Including precious metals, the total deficit over the three months was a smaller £15.2 billion"
EVIDENCE_TWELVE_MONTHS = (
    "In the 12 months to November, the total trade deficit excluding precious metals stood at £58.4 billion."
)

ARTICLE = {
    "id": "dU2_06_reuters_uk_nov_deficit",
    "title": "UK goods trade deficit widens in November as EU exports drop",
    "publisher": "Reuters",
    "published": "2026-01-15",
    "notes": [
        "The year appears only in the published date (2026-01-15): November and October are 2025, the three months "
        "to November are 2025-09..2025-11, the 12 months to November 2024-12..2025-11.",
        "'The gap between imports and exports of goods' is the goods balance: negative.",
        "The ONS headline goods figures exclude precious metals, as the article says; goods alone take product null. "
        "Where the article writes 'excluding precious metals' for the goods and services total, the product is "
        "'goods and services excluding precious metals'; the total including them is 'goods and services'.",
        "Monthly changes 'on the month' and 'Compared with October' are mom; the three months against 'the previous "
        "three months' are qoq; 'Compared with a year earlier' in the three-month paragraph is yoy for the three months.",
        "'the rest of the world' and 'non-EU countries' are partner non-EU countries; 'the bloc' is the European Union.",
        "'a 6.3% jump in purchases from China' is a mom growth of imports from China (same paragraph, 'Compared with "
        "October').",
        "Changes written as money ('widened by £3.8 billion', 'dropped by £0.4 billion') are left out; the levels they "
        "lead to are labelled.",
        "Out of scope: the Reuters poll forecast of £22.4 billion, 'the lowest in six months', the 10% US tariff, GDP "
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
