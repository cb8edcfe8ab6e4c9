from _fact import fact, period

DECEMBER = period(2025, 12)
NOVEMBER = period(2025, 11)
YEAR_2025 = period(2025, 1, 12)
JAPAN = "Japan"
US = "United States"

EVIDENCE_EXPORTS = (
    "Total exports by value rose 5.1% year-on-year in December, outpacing a 4.2% increase forecast by economists in "
    "a Reuters poll and following a 6.1% gain in November"
)
EVIDENCE_IMPORTS = "Imports were up 2.3% from a year earlier"
EVIDENCE_BALANCE = "leaving Japan with a trade surplus of 187.4 billion yen ($1.19 billion)"
EVIDENCE_US_EXPORTS = (
    "Shipments to the United States, Japan's biggest export destination, fell 4.6% in December from a year earlier"
)
EVIDENCE_US_CARS = "Exports of cars to the U.S. slumped 11.8% by value"
EVIDENCE_US_SURPLUS = "Japan's trade surplus with the United States shrank 12.5% to 612.3 billion yen"
EVIDENCE_CHINA = "Exports to China, by contrast, climbed 8.3%"
EVIDENCE_ASIA = "shipments to Asia as a whole rose 9.0%"
EVIDENCE_CHIP_TOOLS = "Exports of chip-making equipment to all destinations jumped 24.7%"
EVIDENCE_CARS = "car exports overall declined 3.2%"
EVIDENCE_ADJUSTED = "On a seasonally adjusted basis, exports rose 1.4% from November, while imports fell 0.6%"
EVIDENCE_YEAR_EXPORTS = "For 2025 as a whole, exports rose 3.1% to a record 110.36 trillion yen"
EVIDENCE_YEAR_IMPORTS = "imports edged up 0.2% to 112.99 trillion yen"
EVIDENCE_YEAR_BALANCE = "That left an annual trade deficit of 2.63 trillion yen"
EVIDENCE_YEAR_US = "Exports to the United States fell 4.8% over the year to 20.28 trillion yen"

ARTICLE = {
    "id": "dR2_02_reuters_japan_dec_trade",
    "title": "Japan's exports rise for fourth month as Asian chip-equipment demand offsets weak US car sales",
    "publisher": "Reuters",
    "published": "2026-01-22",
    "notes": [
        "Dateline 'Jan 22 (Reuters)' has no year; December and November are 2025 from the published date and the "
        "text's 'For 2025 as a whole'.",
        "Reuters poll forecasts (4.2% exports, 3.0% imports, a 42.0 billion yen deficit) are out of scope.",
        "'following a 6.1% gain in November' is November 2025's export growth: labelled with period November.",
        "Surplus 187.4 billion yen and its conversion $1.19 billion: two facts, the dollar one exact (written "
        "without 'about'); '($1 = 157.60 yen)' is an exchange rate, not a trade flow.",
        "'Japan's biggest export destination' labelled as rank 1 of Japan's exports to the United States (December).",
        "'Exports of cars to the U.S.' product 'cars', partner United States; 'car exports overall' product 'cars', "
        "partner null; 'chip-making equipment to all destinations' partner null.",
        "Growth of the surplus with the US follows its verb: 'shrank 12.5%' -> -12.5.",
        "Seasonally adjusted changes 'from November' are month on month: basis mom. No seasonally adjusted balance "
        "is given.",
        "Annual 2025 figures: period 2025-01/2025-12; exports 110.36 - imports 112.99 = -2.63 trillion yen, "
        "consistent.",
        "Out of scope, unlabelled: the 15% US tariff rate, 'fourth straight month', 'first time in eight months', "
        "'fifth straight yearly shortfall', 'since 2021', 'first annual decline in five years', the Bank of Japan's "
        "0.75% policy rate and the 2.3% annualised GDP contraction.",
    ],
    "facts": [
        fact(JAPAN, "exports", "growth", 5.1, "percent", DECEMBER, "5.1", EVIDENCE_EXPORTS),
        fact(JAPAN, "exports", "growth", 6.1, "percent", NOVEMBER, "6.1", EVIDENCE_EXPORTS),
        fact(JAPAN, "imports", "growth", 2.3, "percent", DECEMBER, "2.3", EVIDENCE_IMPORTS),
        fact(JAPAN, "balance", "value", 187.4e9, "JPY", DECEMBER, "187.4 billion", EVIDENCE_BALANCE),
        fact(JAPAN, "balance", "value", 1.19e9, "USD", DECEMBER, "1.19 billion", EVIDENCE_BALANCE),
        fact(JAPAN, "exports", "growth", -4.6, "percent", DECEMBER, "4.6", EVIDENCE_US_EXPORTS, partner=US),
        fact(JAPAN, "exports", "rank", 1, "number", DECEMBER, "biggest", EVIDENCE_US_EXPORTS, partner=US),
        fact(
            JAPAN, "exports", "growth", -11.8, "percent", DECEMBER, "11.8", EVIDENCE_US_CARS, partner=US, product="cars"
        ),
        fact(JAPAN, "balance", "growth", -12.5, "percent", DECEMBER, "12.5", EVIDENCE_US_SURPLUS, partner=US),
        fact(JAPAN, "balance", "value", 612.3e9, "JPY", DECEMBER, "612.3 billion", EVIDENCE_US_SURPLUS, partner=US),
        fact(JAPAN, "exports", "growth", 8.3, "percent", DECEMBER, "8.3", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "exports", "growth", 9.0, "percent", DECEMBER, "9.0", EVIDENCE_ASIA, partner="Asia"),
        fact(
            JAPAN,
            "exports",
            "growth",
            24.7,
            "percent",
            DECEMBER,
            "24.7",
            EVIDENCE_CHIP_TOOLS,
            product="chip-making equipment",
        ),
        fact(JAPAN, "exports", "growth", -3.2, "percent", DECEMBER, "3.2", EVIDENCE_CARS, product="cars"),
        fact(JAPAN, "exports", "growth", 1.4, "percent", DECEMBER, "1.4", EVIDENCE_ADJUSTED, basis="mom"),
        fact(JAPAN, "imports", "growth", -0.6, "percent", DECEMBER, "0.6", EVIDENCE_ADJUSTED, basis="mom"),
        fact(JAPAN, "exports", "value", 110.36e12, "JPY", YEAR_2025, "110.36 trillion", EVIDENCE_YEAR_EXPORTS),
        fact(JAPAN, "exports", "growth", 3.1, "percent", YEAR_2025, "3.1", EVIDENCE_YEAR_EXPORTS),
        fact(JAPAN, "imports", "value", 112.99e12, "JPY", YEAR_2025, "112.99 trillion", EVIDENCE_YEAR_IMPORTS),
        fact(JAPAN, "imports", "growth", 0.2, "percent", YEAR_2025, "0.2", EVIDENCE_YEAR_IMPORTS),
        fact(JAPAN, "balance", "value", -2.63e12, "JPY", YEAR_2025, "2.63 trillion", EVIDENCE_YEAR_BALANCE),
        fact(JAPAN, "exports", "value", 20.28e12, "JPY", YEAR_2025, "20.28 trillion", EVIDENCE_YEAR_US, partner=US),
        fact(JAPAN, "exports", "growth", -4.8, "percent", YEAR_2025, "4.8", EVIDENCE_YEAR_US, partner=US),
    ],
}
