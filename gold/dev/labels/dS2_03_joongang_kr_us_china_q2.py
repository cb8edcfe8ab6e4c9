from _fact import fact, period

SECOND_QUARTER = period(2024, 4, 6)
SECOND_QUARTER_LAST_YEAR = period(2023, 4, 6)
AREA = "South Korea"
US = "United States"
CHIPS = "semiconductors"
CARS = "automobiles"

EVIDENCE_TOP_SPOT = "In the second quarter China once more became Korea's largest export market"
EVIDENCE_CHINA_EXPORTS = (
    "April-June exports to China at $33.6 billion, 8.2 percent higher than a year earlier"
)
EVIDENCE_US_EXPORTS = (
    "The United States took $33.0 billion of Korean goods, up 15.8 percent, which put it in second place"
)
EVIDENCE_TOTAL = "Korea's overall exports were $171.4 billion, up 10.0 percent on year"
EVIDENCE_CHIPS_CHINA = (
    "Shipments of chips to the country soared 46.7 percent to $11.6 billion, making up 34.5 percent of Korea's "
    "exports to China"
)
EVIDENCE_CHINA_SHARE = (
    "China's portion of Korea's total exports was 19.6 percent, up 0.4 percentage points from a year earlier"
)
EVIDENCE_CHINA_BALANCE = (
    "Korean purchases of Chinese goods totaled $35.9 billion in the quarter, resulting in a $2.3 billion trade "
    "deficit with its largest trading partner"
)
EVIDENCE_BATTERY_MATERIALS = (
    "Secondary battery materials imported from China, among them lithium hydroxide and precursors, declined 34.0 "
    "percent to $1.87 billion"
)
EVIDENCE_US_IMPORTS = (
    "Korea's imports from the U.S., chiefly aircraft parts, crude oil and liquefied natural gas, climbed 12.7 "
    "percent to $18.7 billion"
)
EVIDENCE_US_SURPLUS = (
    "its surplus with the country widened 20.1 percent to $14.3 billion, its largest with any partner"
)
EVIDENCE_CARS = (
    "Korea's car shipments to the U.S. increased 14.2 percent to $9.12 billion, equal to 27.6 percent of all its "
    "exports to that market"
)
EVIDENCE_CHIPS_US = "U.S.-bound semiconductor exports surged 73.5 percent to $2.83 billion"
EVIDENCE_BATTERIES_US = "Exports of batteries to the U.S. slid 21.4 percent to $1.62 billion"

ARTICLE = {
    "id": "dS2_03_joongang_kr_us_china_q2",
    "title": "Chip rebound puts China back on top as Korea's biggest export market",
    "publisher": "Korea JoongAng Daily",
    "published": "2024-07-09",
    "notes": [
        "The year appears only in the published date (2024-07-09): 'the second quarter' and 'April-June' are "
        "2024-04..2024-06; 'the $4.1 billion deficit of a year earlier' is 2023-04..2023-06.",
        "Growth rates are year on year throughout ('than a year earlier', 'on year'); no month-on-month frame.",
        "'largest export market' (China) and 'in second place' (United States): export ranks 1 and 2.",
        "'its largest trading partner' (China): rank 1 of total trade; 'its largest with any partner' "
        "(the surplus with the U.S.): rank 1 of the balance.",
        "'Shipments of chips to the country' carries China from the previous sentence; 'with the country' carries the U.S.",
        "'making up 34.5 percent of Korea's exports to China': share of chips within exports to China; "
        "'27.6 percent of all its exports to that market': share of cars within exports to the U.S.",
        "'China's portion of Korea's total exports was 19.6 percent': share of exports with partner China; the "
        "0.4 percentage points change is out.",
        "'Secondary battery materials imported from China': product 'secondary battery materials', partner China.",
        "'Exports of batteries' follow 'Secondary batteries were the exception': product 'secondary batteries'.",
        "Out of scope: 'trailing by about $600 million' (derived), 'seventh consecutive quarterly deficit', 'three decades', "
        "the $700 billion export target, exports in the first 10 days of July (+25.4%, part of a month), "
        "the November election.",
    ],
    "facts": [
        fact(AREA, "exports", "rank", 1, "number", SECOND_QUARTER, "largest", EVIDENCE_TOP_SPOT, partner="China"),
        fact(
            AREA,
            "exports",
            "value",
            33.6e9,
            "USD",
            SECOND_QUARTER,
            "33.6 billion",
            EVIDENCE_CHINA_EXPORTS,
            partner="China",
        ),
        fact(AREA, "exports", "growth", 8.2, "percent", SECOND_QUARTER, "8.2", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(AREA, "exports", "growth", 15.8, "percent", SECOND_QUARTER, "15.8", EVIDENCE_US_EXPORTS, partner=US),
        fact(AREA, "exports", "value", 33.0e9, "USD", SECOND_QUARTER, "33.0 billion", EVIDENCE_US_EXPORTS, partner=US),
        fact(AREA, "exports", "rank", 2, "number", SECOND_QUARTER, "second", EVIDENCE_US_EXPORTS, partner=US),
        fact(AREA, "exports", "growth", 10.0, "percent", SECOND_QUARTER, "10.0", EVIDENCE_TOTAL),
        fact(AREA, "exports", "value", 171.4e9, "USD", SECOND_QUARTER, "171.4 billion", EVIDENCE_TOTAL),
        fact(
            AREA,
            "exports",
            "growth",
            46.7,
            "percent",
            SECOND_QUARTER,
            "46.7",
            EVIDENCE_CHIPS_CHINA,
            partner="China",
            product=CHIPS,
        ),
        fact(
            AREA,
            "exports",
            "value",
            11.6e9,
            "USD",
            SECOND_QUARTER,
            "11.6 billion",
            EVIDENCE_CHIPS_CHINA,
            partner="China",
            product=CHIPS,
        ),
        fact(
            AREA,
            "exports",
            "share",
            34.5,
            "percent",
            SECOND_QUARTER,
            "34.5",
            EVIDENCE_CHIPS_CHINA,
            partner="China",
            product=CHIPS,
        ),
        fact(AREA, "exports", "share", 19.6, "percent", SECOND_QUARTER, "19.6", EVIDENCE_CHINA_SHARE, partner="China"),
        fact(
            AREA,
            "imports",
            "value",
            35.9e9,
            "USD",
            SECOND_QUARTER,
            "35.9 billion",
            EVIDENCE_CHINA_BALANCE,
            partner="China",
        ),
        fact(
            AREA,
            "balance",
            "value",
            -2.3e9,
            "USD",
            SECOND_QUARTER,
            "2.3 billion",
            EVIDENCE_CHINA_BALANCE,
            partner="China",
        ),
        fact(AREA, "total", "rank", 1, "number", SECOND_QUARTER, "largest", EVIDENCE_CHINA_BALANCE, partner="China"),
        fact(
            AREA,
            "balance",
            "value",
            -4.1e9,
            "USD",
            SECOND_QUARTER_LAST_YEAR,
            "4.1 billion",
            "The gap was smaller than the $4.1 billion deficit of a year earlier",
            partner="China",
        ),
        fact(
            AREA,
            "imports",
            "growth",
            -34.0,
            "percent",
            SECOND_QUARTER,
            "34.0",
            EVIDENCE_BATTERY_MATERIALS,
            partner="China",
            product="secondary battery materials",
        ),
        fact(
            AREA,
            "imports",
            "value",
            1.87e9,
            "USD",
            SECOND_QUARTER,
            "1.87 billion",
            EVIDENCE_BATTERY_MATERIALS,
            partner="China",
            product="secondary battery materials",
        ),
        fact(AREA, "imports", "growth", 12.7, "percent", SECOND_QUARTER, "12.7", EVIDENCE_US_IMPORTS, partner=US),
        fact(AREA, "imports", "value", 18.7e9, "USD", SECOND_QUARTER, "18.7 billion", EVIDENCE_US_IMPORTS, partner=US),
        fact(AREA, "balance", "growth", 20.1, "percent", SECOND_QUARTER, "20.1", EVIDENCE_US_SURPLUS, partner=US),
        fact(AREA, "balance", "value", 14.3e9, "USD", SECOND_QUARTER, "14.3 billion", EVIDENCE_US_SURPLUS, partner=US),
        fact(AREA, "balance", "rank", 1, "number", SECOND_QUARTER, "largest", EVIDENCE_US_SURPLUS, partner=US),
        fact(
            AREA, "exports", "growth", 14.2, "percent", SECOND_QUARTER, "14.2", EVIDENCE_CARS, partner=US, product=CARS
        ),
        fact(
            AREA,
            "exports",
            "value",
            9.12e9,
            "USD",
            SECOND_QUARTER,
            "9.12 billion",
            EVIDENCE_CARS,
            partner=US,
            product=CARS,
        ),
        fact(
            AREA, "exports", "share", 27.6, "percent", SECOND_QUARTER, "27.6", EVIDENCE_CARS, partner=US, product=CARS
        ),
        fact(
            AREA,
            "exports",
            "growth",
            73.5,
            "percent",
            SECOND_QUARTER,
            "73.5",
            EVIDENCE_CHIPS_US,
            partner=US,
            product=CHIPS,
        ),
        fact(
            AREA,
            "exports",
            "value",
            2.83e9,
            "USD",
            SECOND_QUARTER,
            "2.83 billion",
            EVIDENCE_CHIPS_US,
            partner=US,
            product=CHIPS,
        ),
        fact(
            AREA,
            "exports",
            "growth",
            -21.4,
            "percent",
            SECOND_QUARTER,
            "21.4",
            EVIDENCE_BATTERIES_US,
            partner=US,
            product="secondary batteries",
        ),
        fact(
            AREA,
            "exports",
            "value",
            1.62e9,
            "USD",
            SECOND_QUARTER,
            "1.62 billion",
            EVIDENCE_BATTERIES_US,
            partner=US,
            product="secondary batteries",
        ),
    ],
}
