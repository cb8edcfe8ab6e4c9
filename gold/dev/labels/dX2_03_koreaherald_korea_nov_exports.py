from _fact import fact, period

NOVEMBER = period(2025, 11)
JANUARY_NOVEMBER = period(2025, 1, 11)
JANUARY_NOVEMBER_2022 = period(2022, 1, 11)
YEAR_2024 = period(2024, 1, 12)
KR = "South Korea"
US = "United States"

EXPORTS = "South Korea's outbound shipments jumped 8.4 percent on-year to $61.04 billion in November"
IMPORTS = "Imports rose 1.2 percent to $51.3 billion last month"
SURPLUS = "That left a trade surplus of $9.73 billion"
CHIPS = (
    "Chip exports soared 38.6 percent from a year ago to $17.26 billion, a monthly record, and made up 28.3 percent "
    "of the country's total shipments"
)
AUTO_RANK = "Automobiles, the second-biggest export item"
CARS = "Car shipments grew 13.7 percent to $6.41 billion"
SHIPS = "Ship exports shrank 12.1 percent to $2.2 billion"
PETROLEUM = (
    "Exports of petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively, to $3.28 "
    "billion and $3.06 billion"
)
CHINA = "exports to China, Korea's largest trading partner, rose 6.9 percent to $12.07 billion"
US_EXPORTS = "Shipments to the US dipped 0.2 percent to $10.35 billion"
ASEAN = "Exports to ASEAN advanced 11.2 percent to $9.86 billion"
YEAR_TO_DATE = (
    "For the January-November period, exports totaled $640.2 billion, up 2.9 percent from the same period last year "
    "and above the previous 11-month high of $628.7 billion set in 2022"
)
CUMULATIVE_SURPLUS = "The cumulative trade surplus reached $66.07 billion"
CHIPS_YEAR_TO_DATE = (
    "Chip exports for the first 11 months came to $152.6 billion, already exceeding last year's full-year tally of "
    "$141.9 billion"
)

ARTICLE = {
    "id": "dX2_03_koreaherald_korea_nov_exports",
    "title": "Korea's November exports hit record on AI chip boom",
    "publisher": "The Korea Herald",
    "published": "2025-12-01",
    "notes": [
        "Publisher from the text ('told The Korea Herald'); the byline names only the reporter. Published Monday "
        "2025-12-01: 'last month' and 'November' are November 2025; 'last year' is 2024.",
        "Area 'South Korea' throughout (the lead names South Korea; 'Korea' and 'the country' refer to it).",
        "'on-year', 'from a year ago' and bare growth rates are yoy.",
        "Chip figures: product 'chips' in the text's words ('Chip exports'); 'made up 28.3 percent of the country's "
        "total shipments' is the chip share of total exports.",
        "'Automobiles, the second-biggest export item' is a stated rank of the automobile export flow among export "
        "items: rank 2, product 'automobiles' (guide question: the guide's examples rank partners only). The value "
        "and growth sentence says 'Car shipments': product 'cars'.",
        "'Exports of petroleum products and petrochemicals fell 10.3 percent and 14.1 percent, respectively, to $3.28 "
        "billion and $3.06 billion': four facts, paired in order.",
        "'Korea's largest trading partner' is China's rank in total trade: rank 1, flow total.",
        "'above the previous 11-month high of $628.7 billion set in 2022' states January-November 2022 exports: "
        "labelled with period 2022-01..2022-11 (the record itself is a milestone; the value is an observation). "
        "'last year's full-year tally of $141.9 billion' states chip exports for 2024: period 2024-01..2024-12.",
        "The cumulative trade surplus follows the January-November sentence: period 2025-01..2025-11.",
        "Out of scope: average daily exports (13.3 percent, $2.71 billion: per-working-day averages), the surplus "
        "'up $4.17 billion from a year earlier' (a difference), '30th straight month' (streak), 'highest ever for the "
        "month' and 'a monthly record' (milestones), the first-25-days chip and car growth to the US (39 and 11 "
        "percent: part of a month), US duties of 50 and 25 percent, the conditional $59.8 billion and $700 billion "
        "mark, the Hana Securities forecast of about $62 billion, the Bank of Korea's 1.8 percent growth forecast and "
        "2.5 percent policy rate.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 8.4, "percent", NOVEMBER, "8.4", EXPORTS),
        fact(KR, "exports", "value", 61.04e9, "USD", NOVEMBER, "61.04 billion", EXPORTS),
        fact(KR, "imports", "growth", 1.2, "percent", NOVEMBER, "1.2", IMPORTS),
        fact(KR, "imports", "value", 51.3e9, "USD", NOVEMBER, "51.3 billion", IMPORTS),
        fact(KR, "balance", "value", 9.73e9, "USD", NOVEMBER, "9.73 billion", SURPLUS),
        fact(KR, "exports", "growth", 38.6, "percent", NOVEMBER, "38.6", CHIPS, product="chips"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOVEMBER, "17.26 billion", CHIPS, product="chips"),
        fact(KR, "exports", "share", 28.3, "percent", NOVEMBER, "28.3", CHIPS, product="chips"),
        fact(KR, "exports", "rank", 2, "number", NOVEMBER, "second", AUTO_RANK, product="automobiles"),
        fact(KR, "exports", "growth", 13.7, "percent", NOVEMBER, "13.7", CARS, product="cars"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOVEMBER, "6.41 billion", CARS, product="cars"),
        fact(KR, "exports", "growth", -12.1, "percent", NOVEMBER, "12.1", SHIPS, product="ships"),
        fact(KR, "exports", "value", 2.2e9, "USD", NOVEMBER, "2.2 billion", SHIPS, product="ships"),
        fact(KR, "exports", "growth", -10.3, "percent", NOVEMBER, "10.3", PETROLEUM, product="petroleum products"),
        fact(KR, "exports", "growth", -14.1, "percent", NOVEMBER, "14.1", PETROLEUM, product="petrochemicals"),
        fact(KR, "exports", "value", 3.28e9, "USD", NOVEMBER, "3.28 billion", PETROLEUM, product="petroleum products"),
        fact(KR, "exports", "value", 3.06e9, "USD", NOVEMBER, "3.06 billion", PETROLEUM, product="petrochemicals"),
        fact(KR, "total", "rank", 1, "number", NOVEMBER, "largest", CHINA, partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOVEMBER, "6.9", CHINA, partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOVEMBER, "12.07 billion", CHINA, partner="China"),
        fact(KR, "exports", "growth", -0.2, "percent", NOVEMBER, "0.2", US_EXPORTS, partner=US),
        fact(KR, "exports", "value", 10.35e9, "USD", NOVEMBER, "10.35 billion", US_EXPORTS, partner=US),
        fact(KR, "exports", "growth", 11.2, "percent", NOVEMBER, "11.2", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 9.86e9, "USD", NOVEMBER, "9.86 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 640.2e9, "USD", JANUARY_NOVEMBER, "640.2 billion", YEAR_TO_DATE),
        fact(KR, "exports", "growth", 2.9, "percent", JANUARY_NOVEMBER, "2.9", YEAR_TO_DATE),
        fact(KR, "exports", "value", 628.7e9, "USD", JANUARY_NOVEMBER_2022, "628.7 billion", YEAR_TO_DATE),
        fact(KR, "balance", "value", 66.07e9, "USD", JANUARY_NOVEMBER, "66.07 billion", CUMULATIVE_SURPLUS),
        fact(KR, "exports", "value", 152.6e9, "USD", JANUARY_NOVEMBER, "152.6 billion", CHIPS_YEAR_TO_DATE,
             product="chips"),
        fact(KR, "exports", "value", 141.9e9, "USD", YEAR_2024, "141.9 billion", CHIPS_YEAR_TO_DATE, product="chips"),
    ],
}
