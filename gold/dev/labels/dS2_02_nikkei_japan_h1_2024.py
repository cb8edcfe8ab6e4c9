from _fact import fact, period

FIRST_HALF = period(2024, 1, 6)
JUNE = period(2024, 6)
AREA = "Japan"
US = "United States"
CARS = "automobiles"
CHIP_TOOLS = "semiconductor manufacturing equipment"

EVIDENCE_EXPORTS = "Exports in the first half of 2024 rose 6.2% from a year earlier to 52.51 trillion yen"
EVIDENCE_IMPORTS = (
    "Imports edged up 0.8% to 55.73 trillion yen, leaving a trade deficit of 3.22 trillion yen ($20.5 billion)"
)
EVIDENCE_US_SHIPMENTS = (
    "Shipments there climbed 11.3% to 10.52 trillion yen, accounting for 20.0% of the total, while imports from "
    "the U.S. came to 5.21 trillion yen"
)
EVIDENCE_US_SURPLUS = "Japan's surplus with the U.S. expanded 21.7% to 5.31 trillion yen"
EVIDENCE_CARS = (
    "Exports of automobiles increased 5.4% to 8.63 trillion yen overall, with those bound for the U.S. up 14.6%"
)
EVIDENCE_CHINA_EXPORTS = "Exports to China grew 4.9% to 9.05 trillion yen"
EVIDENCE_CHINA_IMPORTS = (
    "Imports from China were 12.03 trillion yen, so Japan ran a deficit of 2.98 trillion yen with its neighbor"
)
EVIDENCE_CHIP_TOOLS = (
    "Overall exports of chipmaking tools surged 24.6% to 2.71 trillion yen, and shipments to China jumped 41.2%"
)
EVIDENCE_ASIA = (
    "Exports to Asia as a whole, including China, totaled 27.30 trillion yen and made up 52.0% of Japan's shipments"
)
EVIDENCE_JUNE = "For June alone, exports rose 5.4% from a year earlier to 9.19 trillion yen"

ARTICLE = {
    "id": "dS2_02_nikkei_japan_h1_2024",
    "title": "Japan's first-half exports hit record on chip tools for China, cars for US",
    "publisher": "Nikkei Asia",
    "published": "2024-07-18",
    "notes": [
        "The running period is the first half of 2024 (January-June), stated in the text; 'For June alone' and "
        "the surplus sentence after it are June 2024.",
        "The headline and lead restate the record exports without a number: nothing extra labelled.",
        "'$20.5 billion' in brackets converts the yen deficit: a separate USD fact, exact (no 'about').",
        "'The shortfall shrank 45.0%': growth of the deficit follows its verb, -45.0.",
        "'The United States remained Japan's largest export market': rank 1 of exports with partner United States.",
        "'Shipments there' carries the United States from the sentence before; 'from the same half of 2023' is a "
        "comparison base, not the period.",
        "'with those bound for the U.S. up 14.6%': automobile exports to the United States.",
        "'chipmaking tools' in the sentence restates 'semiconductor manufacturing equipment' that opens the "
        "paragraph: one product name, the paragraph's.",
        "'2.09 million vehicles' is a quantity (unit number), product 'vehicles'; '3.1% fewer' is unit growth "
        "beside the value growth of car exports, so out per the guide.",
        "The volume index (-1.6%) is volume growth beside value growth: out.",
        "Out of scope: yen at about 152 to the dollar and 12% weaker, LNG imports 'by roughly a fifth' (no number), "
        "GDP -1.8% annualized, 'sixth straight half', 'seventh consecutive monthly rise', 'first in three months', "
        "'first half-year increase in two years', the November election.",
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
            "The shortfall shrank 45.0% from the same half of 2023",
        ),
        fact(
            AREA,
            "exports",
            "rank",
            1,
            "number",
            FIRST_HALF,
            "largest",
            "The United States remained Japan's largest export market",
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
            "Automakers shipped 2.09 million vehicles abroad",
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
            "Japan posted a trade surplus of 224.0 billion yen",
        ),
    ],
}
