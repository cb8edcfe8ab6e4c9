from _fact import fact, period

FIRST_HALF = period(2024, 1, 6)
JUNE = period(2024, 6)
AREA = "Japan"
US = "United States"
CARS = "automobiles"
CHIP_TOOLS = "semiconductor manufacturing equipment"

EVIDENCE_EXPORTS = "The preliminary data put first-half 2024 exports at 52.51 trillion yen, up 6.2% from a year earlier"
EVIDENCE_IMPORTS = (
    "Imports inched up 0.8% to 55.73 trillion yen, so the trade shortfall came to 3.22 trillion yen ($20.5 billion)"
)
EVIDENCE_US_SHIPMENTS = (
    "Exports to America rose 11.3% to 10.52 trillion yen, or 20.0% of the total, and imports from the U.S. "
    "amounted to 5.21 trillion yen"
)
EVIDENCE_US_SURPLUS = "The surplus Japan ran with the U.S. grew 21.7% to 5.31 trillion yen"
EVIDENCE_CARS = (
    "Overall automobile exports grew 5.4% to 8.63 trillion yen, and those headed for the U.S. rose 14.6%"
)
EVIDENCE_CHINA_EXPORTS = "Shipments to China rose 4.9% to 9.05 trillion yen"
EVIDENCE_CHINA_IMPORTS = (
    "With imports from China at 12.03 trillion yen, Japan's trade with its neighbor ended in a deficit of "
    "2.98 trillion yen"
)
EVIDENCE_CHIP_TOOLS = (
    "Exports of chipmaking tools as a whole soared 24.6% to 2.71 trillion yen, while those to China climbed 41.2%"
)
EVIDENCE_ASIA = (
    "exports to all of Asia, China included, reached 27.30 trillion yen, or 52.0% of everything Japan shipped"
)
EVIDENCE_JUNE = "In June by itself, exports were 9.19 trillion yen, 5.4% higher than a year earlier"

ARTICLE = {
    "id": "dS2_02_nikkei_japan_h1_2024",
    "title": "Chip tools to China and cars to US push Japan's first-half exports to a record",
    "publisher": "Nikkei Asia",
    "published": "2024-07-18",
    "notes": [
        "The running period is the first half of 2024 (January-June), stated in the text; 'In June by itself' and "
        "the surplus in the same sentence are June 2024.",
        "The headline and lead restate the record exports without a number: nothing extra labelled.",
        "'$20.5 billion' in brackets converts the yen deficit: a separate USD fact, exact (no 'about').",
        "'the deficit shrank 45.0%': growth of the deficit follows its verb, -45.0.",
        "'Japan's largest export market was still the United States': rank 1 of exports with partner United States.",
        "'Exports to America' is the United States of the sentence before; 'Compared with the same half of "
        "2023' is a comparison base, not the period.",
        "'those headed for the U.S. rose 14.6%': automobile exports to the United States.",
        "'chipmaking tools' in the sentence restates 'semiconductor manufacturing equipment' that opens the "
        "paragraph: one product name, the paragraph's.",
        "'2.09 million vehicles' is a quantity (unit number), product 'vehicles'; 'a drop of 3.1%' is unit growth "
        "beside the value growth of car exports, so out per the guide.",
        "The volume index (-1.6%) is volume growth beside value growth: out.",
        "Out of scope: yen at roughly 152 per dollar and 12% weaker, LNG imports 'by about a fifth' (no number), "
        "GDP -1.8% annualized, 'sixth half-year in a row', 'a seventh straight monthly gain', 'first in three months', "
        "'the first increase for a half-year period in two years', the November election.",
    ],
    "facts": [
        fact(AREA, "exports", "value", 52.51e12, "JPY", FIRST_HALF, "52.51 trillion", EVIDENCE_EXPORTS),
        fact(AREA, "exports", "growth", 6.2, "percent", FIRST_HALF, "6.2", EVIDENCE_EXPORTS),
        fact(AREA, "imports", "value", 55.73e12, "JPY", FIRST_HALF, "55.73 trillion", EVIDENCE_IMPORTS),
        fact(AREA, "imports", "growth", 0.8, "percent", FIRST_HALF, "0.8", EVIDENCE_IMPORTS),
        fact(AREA, "balance", "value", -3.22e12, "JPY", FIRST_HALF, "3.22 trillion", EVIDENCE_IMPORTS),
        fact(AREA, "balance", "value", -20.5e9, "USD", FIRST_HALF, "20.5 billion", EVIDENCE_IMPORTS),
        fact(
            AREA,
            "balance",
            "growth",
            -45.0,
            "percent",
            FIRST_HALF,
            "45.0",
            "Compared with the same half of 2023, when expensive liquefied natural gas and coal swelled the import bill, "
            "the deficit shrank 45.0%",
        ),
        fact(
            AREA,
            "exports",
            "rank",
            1,
            "number",
            FIRST_HALF,
            "largest",
            "Japan's largest export market was still the United States",
            partner=US,
        ),
        fact(AREA, "exports", "growth", 11.3, "percent", FIRST_HALF, "11.3", EVIDENCE_US_SHIPMENTS, partner=US),
        fact(
            AREA, "exports", "value", 10.52e12, "JPY", FIRST_HALF, "10.52 trillion", EVIDENCE_US_SHIPMENTS, partner=US
        ),
        fact(AREA, "exports", "share", 20.0, "percent", FIRST_HALF, "20.0", EVIDENCE_US_SHIPMENTS, partner=US),
        fact(AREA, "imports", "value", 5.21e12, "JPY", FIRST_HALF, "5.21 trillion", EVIDENCE_US_SHIPMENTS, partner=US),
        fact(AREA, "balance", "growth", 21.7, "percent", FIRST_HALF, "21.7", EVIDENCE_US_SURPLUS, partner=US),
        fact(AREA, "balance", "value", 5.31e12, "JPY", FIRST_HALF, "5.31 trillion", EVIDENCE_US_SURPLUS, partner=US),
        fact(AREA, "exports", "growth", 5.4, "percent", FIRST_HALF, "5.4", EVIDENCE_CARS, product=CARS),
        fact(AREA, "exports", "value", 8.63e12, "JPY", FIRST_HALF, "8.63 trillion", EVIDENCE_CARS, product=CARS),
        fact(AREA, "exports", "growth", 14.6, "percent", FIRST_HALF, "14.6", EVIDENCE_CARS, partner=US, product=CARS),
        fact(
            AREA,
            "exports",
            "quantity",
            2.09e6,
            "number",
            FIRST_HALF,
            "2.09 million",
            "Japan's automakers sent 2.09 million vehicles overseas",
            product="vehicles",
        ),
        fact(AREA, "exports", "growth", 4.9, "percent", FIRST_HALF, "4.9", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(
            AREA,
            "exports",
            "value",
            9.05e12,
            "JPY",
            FIRST_HALF,
            "9.05 trillion",
            EVIDENCE_CHINA_EXPORTS,
            partner="China",
        ),
        fact(
            AREA,
            "imports",
            "value",
            12.03e12,
            "JPY",
            FIRST_HALF,
            "12.03 trillion",
            EVIDENCE_CHINA_IMPORTS,
            partner="China",
        ),
        fact(
            AREA,
            "balance",
            "value",
            -2.98e12,
            "JPY",
            FIRST_HALF,
            "2.98 trillion",
            EVIDENCE_CHINA_IMPORTS,
            partner="China",
        ),
        fact(AREA, "exports", "growth", 24.6, "percent", FIRST_HALF, "24.6", EVIDENCE_CHIP_TOOLS, product=CHIP_TOOLS),
        fact(
            AREA,
            "exports",
            "value",
            2.71e12,
            "JPY",
            FIRST_HALF,
            "2.71 trillion",
            EVIDENCE_CHIP_TOOLS,
            product=CHIP_TOOLS,
        ),
        fact(
            AREA,
            "exports",
            "growth",
            41.2,
            "percent",
            FIRST_HALF,
            "41.2",
            EVIDENCE_CHIP_TOOLS,
            partner="China",
            product=CHIP_TOOLS,
        ),
        fact(AREA, "exports", "value", 27.30e12, "JPY", FIRST_HALF, "27.30 trillion", EVIDENCE_ASIA, partner="Asia"),
        fact(AREA, "exports", "share", 52.0, "percent", FIRST_HALF, "52.0", EVIDENCE_ASIA, partner="Asia"),
        fact(AREA, "exports", "growth", 5.4, "percent", JUNE, "5.4", EVIDENCE_JUNE),
        fact(AREA, "exports", "value", 9.19e12, "JPY", JUNE, "9.19 trillion", EVIDENCE_JUNE),
        fact(
            AREA,
            "balance",
            "value",
            224.0e9,
            "JPY",
            JUNE,
            "224.0 billion",
            "Japan recorded a 224.0 billion yen trade surplus",
        ),
    ],
}
