from _fact import fact, period

AUGUST = period(2025, 8)
JULY = period(2025, 7)
THREE_MONTHS_TO_AUGUST = period(2025, 6, 8)
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"
GOODS_AND_SERVICES = "goods and services"

EVIDENCE_GOODS_EXPORTS = "Goods exports excluding precious metals fell by 4.2% from July to £29.6 billion"
EVIDENCE_GOODS_IMPORTS = "Goods imports, by contrast, rose a modest 1.1% to £51.8 billion"
EVIDENCE_GOODS_DEFICIT = "the goods trade deficit grew to £22.2 billion, up from £20.3 billion in July"
EVIDENCE_EU_EXPORTS = "On the month, sales to the EU tumbled 5.8% to £14.3 billion"
EVIDENCE_NON_EU_EXPORTS = "shipments to non-EU countries declined 2.7% to £15.3 billion"
EVIDENCE_EU_IMPORTS = "Imports from the EU climbed 2.0% to £28.0 billion"
EVIDENCE_MACHINERY = "Machinery and transport equipment, the biggest category of goods Britain sells abroad, saw exports drop 6.9% to £10.2 billion"
EVIDENCE_US = "goods exports to the United States, which slid 8.5% from July to £4.3 billion"
EVIDENCE_TOTAL_EXPORTS = "Against the previous three months, exports of goods and services grew 0.8% to £220.3 billion"
EVIDENCE_TOTAL_IMPORTS = "imports were up 1.4% at £232.1 billion"
EVIDENCE_YOY = "EU-bound goods exports were up 3.1% on a year earlier, whereas shipments to non-EU countries dropped 6.4%"

ARTICLE = {
    "id": "dO2_01_reuters_uk_trade_aug",
    "title": "Weaker EU demand drags UK goods exports lower in August, widening trade gap",
    "publisher": "Reuters",
    "published": "2025-10-16",
    "notes": [
        "Reuters dateline 'Oct 16' with no year: the year 2025 comes from the published date; August is 2025-08, July 2025-07.",
        "'the three months to August' is June-August 2025 (the ONS rolling three-month period).",
        "Monthly goods figures exclude precious metals; goods alone take product null. The US export figure includes "
        "precious metals (the ONS counts them in it): still product null, partner United States.",
        "Monthly rates are against the previous month ('from July', 'on the month'): basis mom. The paragraph on EU and "
        "non-EU trade opens with 'on the month', which carries to the non-EU export and EU import rates.",
        "Goods imports 'rose a modest 1.1%': the paragraph opens with 'from July', a month-on-month frame: basis mom.",
        "Rates 'Against the previous three months' (a rolling three-month period against the one before): basis qoq; "
        "the frame carries to the import rate in the same sentence.",
        "'up 3.1% on a year earlier', with 'dropped 6.4%' in the same sentence: basis yoy, period June-August 2025.",
        "July's goods deficit (£20.3 billion) is labelled as its own observation for July.",
        "Imports from beyond the bloc 'held almost steady at £23.8 billion': a value only; no rate is written.",
        "'Machinery and transport equipment, the biggest category of goods Britain sells abroad': a stated rank of a product among "
        "exports: rank 1, product machinery and transport equipment, period August (the sentence's month).",
        "Absolute changes ('rose by £1.4 billion', 'shrunk by £0.9 billion'): derived comparisons, out.",
        "Out of scope: the Reuters poll forecast (£21.0 billion), GDP growth (0.1%, -0.1%), 0.3 percentage points, "
        "sterling at $1.34, the 4% Bank rate, 'one-in-three' odds, 'weakest level since early 2022', the year 2022, the date Nov. 6.",
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
            "purchases from beyond the bloc held almost steady at £23.8 billion",
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
            "the overall goods and services trade deficit excluding precious metals rose by £1.4 billion to £11.8 billion "
            "in the three months to August",
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
            "The goods deficit grew to £60.4 billion",
        ),
        fact(
            UK,
            "balance",
            "value",
            48.6e9,
            "GBP",
            THREE_MONTHS_TO_AUGUST,
            "48.6 billion",
            "a £48.6 billion surplus on services",
            product="services",
        ),
        fact(UK, "exports", "growth", 3.1, "percent", THREE_MONTHS_TO_AUGUST, "3.1", EVIDENCE_YOY, partner=EU),
        fact(UK, "exports", "growth", -6.4, "percent", THREE_MONTHS_TO_AUGUST, "6.4", EVIDENCE_YOY, partner=NON_EU),
    ],
}
