from _fact import fact, period

NOVEMBER = period(2025, 11)
JANUARY_NOVEMBER = period(2025, 1, 11)
JANUARY_NOVEMBER_2022 = period(2022, 1, 11)
YEAR_2024 = period(2024, 1, 12)
KR = "South Korea"
US = "United States"

EXPORTS = "pushed South Korea's exports up 8.4 percent on-year to $61.04 billion in November"
IMPORTS = "imports increased 1.2 percent to $51.3 billion last month"
SURPLUS = "The country thus posted a $9.73 billion trade surplus"
CHIPS = (
    "Exports of chips surged 38.6 percent year on year to an all-time monthly high of $17.26 billion and accounted "
    "for 28.3 percent of total Korean exports"
)
AUTO_RANK = "Automobiles, which rank as the second-largest export item"
CARS = "Shipments of cars rose 13.7 percent to $6.41 billion"
SHIPS = "ship exports declined 12.1 percent to $2.2 billion"
PETROLEUM = (
    "exports of petroleum products and petrochemicals, which dropped by 10.3 percent and 14.1 percent, respectively, "
    "to $3.28 billion and $3.06 billion"
)
CHINA = "lifted exports to China, the largest trading partner of Korea, by 6.9 percent to $12.07 billion"
US_EXPORTS = "Exports to the US slipped 0.2 percent to $10.35 billion"
ASEAN = "Sales to ASEAN increased 11.2 percent to $9.86 billion"
YEAR_TO_DATE = (
    "Exports for January-November amounted to $640.2 billion, 2.9 percent more than a year earlier and above the "
    "previous record for the period, $628.7 billion in 2022"
)
CUMULATIVE_SURPLUS = "The surplus accumulated over the period came to $66.07 billion"
CHIPS_YEAR_TO_DATE = (
    "Over those 11 months, chip exports totaled $152.6 billion, already more than the $141.9 billion shipped in the "
    "whole of last year"
)

ARTICLE = {
    "id": "dX2_03_koreaherald_korea_nov_exports",
    "title": "AI-driven chip boom lifts Korea's November exports to record",
    "publisher": "The Korea Herald",
    "published": "2025-12-01",
    "notes": [
        "Publisher from the text ('in an interview with The Korea Herald'); the byline names only the reporter. Published Monday "
        "2025-12-01: 'last month' and 'November' are November 2025; 'last year' is 2024.",
        "Area 'South Korea' throughout (the lead names South Korea; 'Korea' and 'the country' refer to it).",
        "'on-year', 'year on year' and bare growth rates are yoy.",
        "Chip figures: product 'chips' in the text's words ('Exports of chips'); 'accounted for 28.3 percent of total "
        "Korean exports' is the chip share of total exports.",
        "'Automobiles, which rank as the second-largest export item' is a stated rank of the automobile export flow among export "
        "items: rank 2, product 'automobiles' (guide question: the guide's examples rank partners only). The value "
        "and growth sentence says 'Shipments of cars': product 'cars'.",
        "'exports of petroleum products and petrochemicals, which dropped by 10.3 percent and 14.1 percent, "
        "respectively, to $3.28 billion and $3.06 billion': four facts, paired in order.",
        "'the largest trading partner of Korea' is China's rank in total trade: rank 1, flow total.",
        "'above the previous record for the period, $628.7 billion in 2022' states January-November 2022 exports: "
        "labelled with period 2022-01..2022-11 (the record itself is a milestone; the value is an observation). "
        "'the $141.9 billion shipped in the whole of last year' states chip exports for 2024: period 2024-01..2024-12.",
        "The surplus 'accumulated over the period' follows the January-November sentence: period 2025-01..2025-11.",
        "Out of scope: average daily exports (13.3 percent, $2.71 billion: per-working-day averages), the surplus "
        "'$4.17 billion more than a year before' (a difference), '30th consecutive month' (streak), 'a record for the "
        "month' and 'an all-time monthly high' (milestones), the first-25-days chip and car growth to the US (39 and 11 "
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
