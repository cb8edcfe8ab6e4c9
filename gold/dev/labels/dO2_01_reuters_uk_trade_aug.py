from _fact import fact, period

AUGUST = period(2025, 8)
JULY = period(2025, 7)
THREE_MONTHS_TO_AUGUST = period(2025, 6, 8)
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"
GOODS_AND_SERVICES = "goods and services"

EVIDENCE_GOODS_EXPORTS = (
    "The value of goods exports, excluding precious metals, dropped 4.2% from July to £29.6 billion"
)
EVIDENCE_GOODS_IMPORTS = "Imports of goods edged up 1.1% to £51.8 billion"
EVIDENCE_GOODS_DEFICIT = "That took the goods trade deficit to £22.2 billion from £20.3 billion in July"
EVIDENCE_EU_EXPORTS = "Exports to the EU slumped 5.8% on the month to £14.3 billion"
EVIDENCE_NON_EU_EXPORTS = "while exports to non-EU countries fell 2.7% to £15.3 billion"
EVIDENCE_EU_IMPORTS = "Imports from the EU rose 2.0% to £28.0 billion"
EVIDENCE_MACHINERY = "Exports of machinery and transport equipment, Britain's biggest category of goods sales, fell 6.9% to £10.2 billion"
EVIDENCE_US = "Goods exports to the United States, which the ONS reports including precious metals, fell 8.5% from July to £4.3 billion"
EVIDENCE_TOTAL_EXPORTS = (
    "Exports of goods and services rose 0.8% compared with the previous three months to £220.3 billion"
)
EVIDENCE_TOTAL_IMPORTS = "while imports increased 1.4% to £232.1 billion"
EVIDENCE_YOY = "Compared with the same three months of last year, goods exports to the EU were 3.1% higher, while goods exports to non-EU countries were 6.4% lower"

ARTICLE = {
    "id": "dO2_01_reuters_uk_trade_aug",
    "title": "UK goods exports slide in August as EU sales drop, trade gap widens",
    "publisher": "Reuters",
    "published": "2025-10-16",
    "notes": [
        "Reuters dateline 'Oct 16' with no year: the year 2025 comes from the published date; August is 2025-08, July 2025-07.",
        "'the three months to August' is June-August 2025 (the ONS rolling three-month period).",
        "Monthly goods figures exclude precious metals; goods alone take product null. The US export figure includes "
        "precious metals (the ONS reports it so): still product null, partner United States.",
        "Monthly rates are against the previous month ('from July', 'on the month'): basis mom. The paragraph on EU and "
        "non-EU trade opens with 'on the month', which carries to the non-EU export and EU import rates.",
        "Goods imports 'edged up 1.1%': the paragraph opens with 'from July', a month-on-month frame: basis mom.",
        "Rates 'compared with the previous three months' (a rolling three-month period against the one before): basis qoq; "
        "the frame carries to the import rate in the same sentence.",
        "'Compared with the same three months of last year': basis yoy, period June-August 2025.",
        "July's goods deficit (£20.3 billion) is labelled as its own observation for July.",
        "Imports from outside the bloc 'almost unchanged at £23.8 billion': a value only; no rate is written.",
        "'machinery and transport equipment, Britain's biggest category of goods sales': a stated rank of a product among "
        "exports: rank 1, product machinery and transport equipment, period August (the sentence's month).",
        "Absolute changes ('widened by £1.4 billion', '£0.9 billion smaller'): derived comparisons, out.",
        "Out of scope: the Reuters poll forecast (£21.0 billion), GDP growth (0.1%, -0.1%), 0.3 percentage points, "
        "sterling at $1.34, the 4% Bank rate, 'one-in-three' odds, 'lowest since early 2022', the year 2022, the date Nov. 6.",
    ],
    "facts": [
        fact(UK, "exports", "growth", -4.2, "percent", AUGUST, "4.2", EVIDENCE_GOODS_EXPORTS, basis="mom"),
        fact(UK, "exports", "value", 29.6e9, "GBP", AUGUST, "29.6 billion", EVIDENCE_GOODS_EXPORTS),
        fact(UK, "imports", "growth", 1.1, "percent", AUGUST, "1.1", EVIDENCE_GOODS_IMPORTS, basis="mom"),
        fact(UK, "imports", "value", 51.8e9, "GBP", AUGUST, "51.8 billion", EVIDENCE_GOODS_IMPORTS),
        fact(UK, "balance", "value", -22.2e9, "GBP", AUGUST, "22.2 billion", EVIDENCE_GOODS_DEFICIT),
        fact(UK, "balance", "value", -20.3e9, "GBP", JULY, "20.3 billion", EVIDENCE_GOODS_DEFICIT),
        fact(UK, "exports", "growth", -5.8, "percent", AUGUST, "5.8", EVIDENCE_EU_EXPORTS, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.3e9, "GBP", AUGUST, "14.3 billion", EVIDENCE_EU_EXPORTS, partner=EU),
        fact(
            UK,
            "exports",
            "growth",
            -2.7,
            "percent",
            AUGUST,
            "2.7",
            EVIDENCE_NON_EU_EXPORTS,
            partner=NON_EU,
            basis="mom",
        ),
        fact(UK, "exports", "value", 15.3e9, "GBP", AUGUST, "15.3 billion", EVIDENCE_NON_EU_EXPORTS, partner=NON_EU),
        fact(UK, "imports", "growth", 2.0, "percent", AUGUST, "2.0", EVIDENCE_EU_IMPORTS, partner=EU, basis="mom"),
        fact(UK, "imports", "value", 28.0e9, "GBP", AUGUST, "28.0 billion", EVIDENCE_EU_IMPORTS, partner=EU),
        fact(
            UK,
            "imports",
            "value",
            23.8e9,
            "GBP",
            AUGUST,
            "23.8 billion",
            "those from outside the bloc were almost unchanged at £23.8 billion",
            partner=NON_EU,
        ),
        fact(
            UK,
            "exports",
            "growth",
            -6.9,
            "percent",
            AUGUST,
            "6.9",
            EVIDENCE_MACHINERY,
            product="machinery and transport equipment",
            basis="mom",
        ),
        fact(
            UK,
            "exports",
            "value",
            10.2e9,
            "GBP",
            AUGUST,
            "10.2 billion",
            EVIDENCE_MACHINERY,
            product="machinery and transport equipment",
        ),
        fact(
            UK,
            "exports",
            "rank",
            1,
            "number",
            AUGUST,
            "biggest",
            EVIDENCE_MACHINERY,
            product="machinery and transport equipment",
        ),
        fact(
            UK, "exports", "growth", -8.5, "percent", AUGUST, "8.5", EVIDENCE_US, partner="United States", basis="mom"
        ),
        fact(UK, "exports", "value", 4.3e9, "GBP", AUGUST, "4.3 billion", EVIDENCE_US, partner="United States"),
        fact(
            UK,
            "balance",
            "value",
            -11.8e9,
            "GBP",
            THREE_MONTHS_TO_AUGUST,
            "11.8 billion",
            "the total trade deficit in goods and services, excluding precious metals, widened by £1.4 billion to "
            "£11.8 billion in the three months to August",
            product=GOODS_AND_SERVICES,
        ),
        fact(
            UK,
            "exports",
            "growth",
            0.8,
            "percent",
            THREE_MONTHS_TO_AUGUST,
            "0.8",
            EVIDENCE_TOTAL_EXPORTS,
            product=GOODS_AND_SERVICES,
            basis="qoq",
        ),
        fact(
            UK,
            "exports",
            "value",
            220.3e9,
            "GBP",
            THREE_MONTHS_TO_AUGUST,
            "220.3 billion",
            EVIDENCE_TOTAL_EXPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            UK,
            "imports",
            "growth",
            1.4,
            "percent",
            THREE_MONTHS_TO_AUGUST,
            "1.4",
            EVIDENCE_TOTAL_IMPORTS,
            product=GOODS_AND_SERVICES,
            basis="qoq",
        ),
        fact(
            UK,
            "imports",
            "value",
            232.1e9,
            "GBP",
            THREE_MONTHS_TO_AUGUST,
            "232.1 billion",
            EVIDENCE_TOTAL_IMPORTS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            UK,
            "balance",
            "value",
            -60.4e9,
            "GBP",
            THREE_MONTHS_TO_AUGUST,
            "60.4 billion",
            "The deficit on goods trade widened to £60.4 billion",
        ),
        fact(
            UK,
            "balance",
            "value",
            48.6e9,
            "GBP",
            THREE_MONTHS_TO_AUGUST,
            "48.6 billion",
            "a services surplus of £48.6 billion",
            product="services",
        ),
        fact(UK, "exports", "growth", 3.1, "percent", THREE_MONTHS_TO_AUGUST, "3.1", EVIDENCE_YOY, partner=EU),
        fact(UK, "exports", "growth", -6.4, "percent", THREE_MONTHS_TO_AUGUST, "6.4", EVIDENCE_YOY, partner=NON_EU),
    ],
}
