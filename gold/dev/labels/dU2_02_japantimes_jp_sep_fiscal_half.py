from _fact import fact, period

SEPTEMBER = period(2023, 9)
FISCAL_FIRST_HALF = period(2023, 4, 9)
JAPAN = "Japan"
USA = "United States"

EVIDENCE_SURPLUS = "The surplus came to ¥62.4 billion ($417 million)"
EVIDENCE_TOTALS = (
    "Exports rose 4.3% from a year earlier to ¥9.20 trillion, the highest for any September on record, "
    "while imports fell 16.3% to ¥9.14 trillion"
)
EVIDENCE_US_EXPORTS = (
    "Shipments to the United States, Japan's largest export destination, jumped 12.5% to ¥1.87 trillion"
)
EVIDENCE_US_SURPLUS = "Japan's surplus with the U.S. grew 63.8% to ¥843.2 billion"
EVIDENCE_CHINA = "Exports to China, Japan's biggest trading partner, fell 6.1% to ¥1.58 trillion"
EVIDENCE_CARS = "By product, car exports overall climbed 36.6% to ¥1.64 trillion"
EVIDENCE_CHIPS = (
    "Exports of semiconductors and other electronic components fell 7.4%, "
    "and chipmaking equipment shipments dropped 19.6%"
)
EVIDENCE_HALF_BALANCE = "the trade deficit shrank 75.3% from a year earlier to ¥2.72 trillion"
EVIDENCE_HALF_FLOWS = (
    "Exports rose 1.2% to ¥49.41 trillion, a record for the period, while imports fell 12.9% to ¥52.13 trillion"
)

ARTICLE = {
    "id": "dU2_02_japantimes_jp_sep_fiscal_half",
    "title": "Japan swings back to trade surplus as U.S.-bound car shipments climb",
    "publisher": "The Japan Times",
    "published": "2023-10-19",
    "notes": [
        "The year is in the text (Oct 19, 2023; fiscal 2023); the month is September 2023, the fiscal first half "
        "April-September 2023.",
        "Japan's figures are goods trade (customs-cleared): product null for the totals.",
        "'$417 million' converts the ¥62.4 billion surplus: a separate USD fact, qualifier exact (no 'about').",
        "The seasonally adjusted deficit (¥462.2 billion) is labelled beside the unadjusted surplus: the record has "
        "no field for the adjustment, so the two share an identity but for value (as dJ2_05).",
        "'Japan's largest export destination' (United States): rank 1 of exports to the US; 'Japan's biggest "
        "trading partner' (China): rank 1 of total trade with China; both for the month reported.",
        "Car exports to the U.S. (41.0%): partner United States, product cars.",
        "The fiscal-half deficit 'shrank 75.3%': growth of a deficit follows its verb, -75.3.",
        "Out of scope, unlabelled: the Bloomberg survey forecast (¥420 billion), the yen's level (¥146.6) and "
        "its 8.0% fall, export volume (-1.8%, volume beside value), GDP forecast (0.5%), streaks (three months, "
        "sixth straight, 10th consecutive, 20th month, five half-years), 1979.",
        "LNG imports 'fell sharply' and imports from China 'also declined' give no number: nothing to label.",
    ],
    "facts": [
        fact(JAPAN, "balance", "value", 62.4e9, "JPY", SEPTEMBER, "62.4 billion", EVIDENCE_SURPLUS),
        fact(JAPAN, "balance", "value", 417e6, "USD", SEPTEMBER, "417 million", EVIDENCE_SURPLUS),
        fact(JAPAN, "exports", "growth", 4.3, "percent", SEPTEMBER, "4.3", EVIDENCE_TOTALS),
        fact(JAPAN, "exports", "value", 9.20e12, "JPY", SEPTEMBER, "9.20 trillion", EVIDENCE_TOTALS),
        fact(JAPAN, "imports", "growth", -16.3, "percent", SEPTEMBER, "16.3", EVIDENCE_TOTALS),
        fact(JAPAN, "imports", "value", 9.14e12, "JPY", SEPTEMBER, "9.14 trillion", EVIDENCE_TOTALS),
        fact(JAPAN, "exports", "growth", 12.5, "percent", SEPTEMBER, "12.5", EVIDENCE_US_EXPORTS, partner=USA),
        fact(JAPAN, "exports", "value", 1.87e12, "JPY", SEPTEMBER, "1.87 trillion", EVIDENCE_US_EXPORTS, partner=USA),
        fact(JAPAN, "exports", "rank", 1, "number", SEPTEMBER, "largest", EVIDENCE_US_EXPORTS, partner=USA),
        fact(
            JAPAN,
            "exports",
            "growth",
            41.0,
            "percent",
            SEPTEMBER,
            "41.0",
            "Car exports to the U.S. surged 41.0%",
            partner=USA,
            product="cars",
        ),
        fact(JAPAN, "balance", "growth", 63.8, "percent", SEPTEMBER, "63.8", EVIDENCE_US_SURPLUS, partner=USA),
        fact(JAPAN, "balance", "value", 843.2e9, "JPY", SEPTEMBER, "843.2 billion", EVIDENCE_US_SURPLUS, partner=USA),
        fact(JAPAN, "exports", "growth", -6.1, "percent", SEPTEMBER, "6.1", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "exports", "value", 1.58e12, "JPY", SEPTEMBER, "1.58 trillion", EVIDENCE_CHINA, partner="China"),
        fact(JAPAN, "total", "rank", 1, "number", SEPTEMBER, "biggest", EVIDENCE_CHINA, partner="China"),
        fact(
            JAPAN,
            "exports",
            "growth",
            -4.2,
            "percent",
            SEPTEMBER,
            "4.2",
            "Exports to Asia as a whole slipped 4.2%",
            partner="Asia",
        ),
        fact(
            JAPAN,
            "exports",
            "growth",
            9.5,
            "percent",
            SEPTEMBER,
            "9.5",
            "Shipments to the European Union rose 9.5%",
            partner="European Union",
        ),
        fact(JAPAN, "exports", "growth", 36.6, "percent", SEPTEMBER, "36.6", EVIDENCE_CARS, product="cars"),
        fact(JAPAN, "exports", "value", 1.64e12, "JPY", SEPTEMBER, "1.64 trillion", EVIDENCE_CARS, product="cars"),
        fact(
            JAPAN,
            "exports",
            "growth",
            -7.4,
            "percent",
            SEPTEMBER,
            "7.4",
            EVIDENCE_CHIPS,
            product="semiconductors and other electronic components",
        ),
        fact(
            JAPAN,
            "exports",
            "growth",
            -19.6,
            "percent",
            SEPTEMBER,
            "19.6",
            EVIDENCE_CHIPS,
            product="chipmaking equipment",
        ),
        fact(
            JAPAN,
            "imports",
            "growth",
            -28.5,
            "percent",
            SEPTEMBER,
            "28.5",
            "purchases of crude oil tumbled 28.5%",
            product="crude oil",
        ),
        fact(
            JAPAN,
            "balance",
            "value",
            -462.2e9,
            "JPY",
            SEPTEMBER,
            "462.2 billion",
            "On a seasonally adjusted basis, Japan ran a deficit of ¥462.2 billion in September",
        ),
        fact(JAPAN, "balance", "growth", -75.3, "percent", FISCAL_FIRST_HALF, "75.3", EVIDENCE_HALF_BALANCE),
        fact(JAPAN, "balance", "value", -2.72e12, "JPY", FISCAL_FIRST_HALF, "2.72 trillion", EVIDENCE_HALF_BALANCE),
        fact(JAPAN, "exports", "growth", 1.2, "percent", FISCAL_FIRST_HALF, "1.2", EVIDENCE_HALF_FLOWS),
        fact(JAPAN, "exports", "value", 49.41e12, "JPY", FISCAL_FIRST_HALF, "49.41 trillion", EVIDENCE_HALF_FLOWS),
        fact(JAPAN, "imports", "growth", -12.9, "percent", FISCAL_FIRST_HALF, "12.9", EVIDENCE_HALF_FLOWS),
        fact(JAPAN, "imports", "value", 52.13e12, "JPY", FISCAL_FIRST_HALF, "52.13 trillion", EVIDENCE_HALF_FLOWS),
        fact(
            JAPAN,
            "balance",
            "value",
            4.56e12,
            "JPY",
            FISCAL_FIRST_HALF,
            "4.56 trillion",
            "Japan's surplus with the United States in the half came to ¥4.56 trillion",
            partner=USA,
        ),
    ],
}
