from _fact import fact, period

DECEMBER = period(2025, 12)
NOVEMBER = period(2025, 11)
YEAR_2025 = period(2025, 1, 12)
JAPAN = "Japan"
US = "United States"

EVIDENCE_EXPORTS = (
    "The value of total exports was 5.1% higher than a year earlier in December, beating the 4.2% rise economists had "
    "predicted in a Reuters poll, after a 6.1% increase in November"
)
EVIDENCE_IMPORTS = "Imports increased 2.3% on the year"
EVIDENCE_BALANCE = "Japan posted a 187.4 billion yen ($1.19 billion) trade surplus"
EVIDENCE_US_EXPORTS = (
    "Exports to the United States, the biggest market for Japanese goods, dropped 4.6% year on year in December"
)
EVIDENCE_US_CARS = "By value, car exports to the U.S. plunged 11.8%"
EVIDENCE_US_SURPLUS = "Japan's surplus with the United States narrowed 12.5% to 612.3 billion yen"
EVIDENCE_CHINA = "In contrast, exports to China rose 8.3%"
EVIDENCE_ASIA = "exports to Asia overall grew 9.0%"
EVIDENCE_CHIP_TOOLS = "Worldwide, exports of chip-making equipment surged 24.7%"
EVIDENCE_CARS = "total car exports fell 3.2%"
EVIDENCE_ADJUSTED = "After seasonal adjustment, exports increased 1.4% from November and imports decreased 0.6%"
EVIDENCE_YEAR_EXPORTS = "Over the full year 2025, exports reached a record 110.36 trillion yen, up 3.1%"
EVIDENCE_YEAR_IMPORTS = "imports inched 0.2% higher to 112.99 trillion yen"
EVIDENCE_YEAR_BALANCE = "The year ended with a 2.63 trillion yen trade deficit"
EVIDENCE_YEAR_US = "Annual shipments to the United States dropped 4.8% to 20.28 trillion yen"

ARTICLE = {
    "id": "dR2_02_reuters_japan_dec_trade",
    "title": "Japan's December exports extend gains to four months, with Asian demand for chipmaking tools offsetting a drop in US car shipments",
    "publisher": "Reuters",
    "published": "2026-01-22",
    "notes": [
        "Dateline 'Jan 22 (Reuters)' has no year; December and November are 2025 from the published date and the "
        "text's 'Over the full year 2025'.",
        "Reuters poll forecasts (4.2% exports, 3.0% imports, a 42.0 billion yen deficit) are out of scope.",
        "'after a 6.1% increase in November' is November 2025's export growth: labelled with period November.",
        "Surplus 187.4 billion yen and its conversion $1.19 billion: two facts, the dollar one exact (written "
        "without 'about'); '($1 = 157.60 yen)' is an exchange rate, not a trade flow.",
        "'the biggest market for Japanese goods' labelled as rank 1 of Japan's exports to the United States (December).",
        "'car exports to the U.S.' product 'cars', partner United States; 'total car exports' product 'cars', "
        "partner null; 'Worldwide, exports of chip-making equipment' partner null.",
        "Growth of the surplus with the US follows its verb: 'narrowed 12.5%' -> -12.5.",
        "Seasonally adjusted changes 'from November' are month on month: basis mom. No seasonally adjusted balance "
        "is given.",
        "Annual 2025 figures: period 2025-01/2025-12; exports 110.36 - imports 112.99 = -2.63 trillion yen, "
        "consistent.",
        "Out of scope, unlabelled: the 15% US tariff rate, 'fourth month in a row', 'first time in eight months', "
        "'fifth annual shortfall in a row', 'since 2021', 'first yearly decrease in five years', the Bank of Japan's "
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
