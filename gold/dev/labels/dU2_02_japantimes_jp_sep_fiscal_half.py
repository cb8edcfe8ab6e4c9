from _fact import fact, period

SEPTEMBER = period(2023, 9)
FISCAL_FIRST_HALF = period(2023, 4, 9)
JAPAN = "Japan"
USA = "United States"

EVIDENCE_SURPLUS = "the Finance Ministry put the surplus at ¥62.4 billion ($417 million)"
EVIDENCE_TOTALS = (
    "Exports climbed 4.3% year on year to ¥9.20 trillion, a record for the month of September, "
    "and imports dropped 16.3% to ¥9.14 trillion"
)
EVIDENCE_US_EXPORTS = (
    "Exports to the United States, the largest export destination for Japan, rose 12.5% to ¥1.87 trillion"
)
EVIDENCE_US_SURPLUS = "With the U.S., Japan's surplus expanded 63.8% to ¥843.2 billion"
EVIDENCE_CHINA = "Shipments to China, the biggest trading partner of Japan, dropped 6.1% to ¥1.58 trillion"
EVIDENCE_CARS = "total car exports increased 36.6% to ¥1.64 trillion"
EVIDENCE_CHIPS = (
    "Semiconductors and other electronic components saw exports decline 7.4%, "
    "while shipments of chipmaking equipment were down 19.6%"
)
EVIDENCE_HALF_BALANCE = "the trade deficit narrowed 75.3% year on year to ¥2.72 trillion"
EVIDENCE_HALF_FLOWS = (
    "Exports grew 1.2% to a record ¥49.41 trillion for the six months, and imports declined 12.9% to ¥52.13 trillion"
)

ARTICLE = {
    "id": "dU2_02_japantimes_jp_sep_fiscal_half",
    "title": "Japan returns to trade surplus on strong car exports to America",
    "publisher": "The Japan Times",
    "published": "2023-10-19",
    "notes": [
        "The year is in the text (Oct 19, 2023; fiscal 2023); the month is September 2023, the fiscal first half "
        "April-September 2023.",
        "Japan's figures are goods trade (customs-cleared): product null for the totals.",
        "'$417 million' converts the ¥62.4 billion surplus: a separate USD fact, qualifier exact (no 'about').",
        "The seasonally adjusted deficit (¥462.2 billion) is labelled beside the unadjusted surplus: the record has "
        "no field for the adjustment, so the two share an identity but for value (as dJ2_05).",
        "'the largest export destination for Japan' (United States): rank 1 of exports to the US; 'the biggest "
        "trading partner of Japan' (China): rank 1 of total trade with China; both for the month reported.",
        "Car exports to the U.S. (41.0%): partner United States, product cars.",
        "The fiscal-half deficit 'narrowed 75.3%': growth of a deficit follows its verb, -75.3.",
        "Out of scope, unlabelled: the Bloomberg survey forecast (¥420 billion), the yen's level (¥146.6) and "
        "its 8.0% fall, export volume (-1.8%, volume beside value), GDP forecast (0.5%), streaks (three months, "
        "sixth month in a row, 10th month running, 20th straight month, five half-years), 1979.",
        "LNG imports 'dropped steeply' and imports from China 'were down too' give no number: nothing to label.",
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
            "car exports to the U.S. up 41.0%",
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
            "Shipments bound for Asia as a region fell 4.2%",
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
            "Cars and construction machinery lifted exports to the European Union by 9.5%",
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
            "crude oil purchases plunged 28.5%",
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
            "After seasonal adjustment, Japan's September trade balance showed a ¥462.2 billion deficit",
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
            "Over the half, Japan ran a ¥4.56 trillion surplus with the United States",
            partner=USA,
        ),
    ],
}
