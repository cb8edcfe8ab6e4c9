from _fact import fact, period

SEP = period(2025, 9)
SEP24 = period(2024, 9)
MAR22 = period(2022, 3)
Q3 = period(2025, 7, 9)
JAN_SEP = period(2025, 1, 9)
KR = "South Korea"
US = "United States"
CHIPS = "semiconductors"

LEAD = "the country shipped US$65.95 billion worth of goods abroad last month, 12.7 percent more than the $58.52 billion a year earlier"
RECORD = "the March 2022 record of $63.48 billion"
IMP = "Imports grew 8.2 percent from a year earlier to $56.4 billion"
BAL = "the country ran a trade surplus of $9.56 billion"
CHIP = "Semiconductors, South Korea's mainstay export, saw outbound sales surge 22 percent from a year earlier to $16.61 billion"
CHIP_SHARE = "Chips made up 25.2 percent of all exports"
CARS = "Exports of cars increased 16.8 percent to $6.4 billion"
CARS_US = "Car shipments to the U.S., by contrast, dipped 2.3 percent to $1.91 billion"
ITEMS = ("Ships, general machinery and bio-health products also posted gains of 21.9 percent, 10.3 percent "
         "and 35.8 percent, respectively")
STEEL = "Steel exports, however, declined 4.2 percent"
PETRO = "petrochemical products dropped 2.8 percent"
CHINA = "shipments to China, the top trading partner of South Korea, inched up 0.5 percent from a year earlier to $11.8 billion"
CN_RANK = "China, the top trading partner of South Korea"
USA = "Exports to the U.S., on the other hand, fell 1.4 percent to $10.27 billion"
QUARTER = "Third-quarter exports, covering July-September, grew 6.4 percent on-year to $185.03 billion"
NINE = "For the January-September period, exports totaled $519.78 billion, a rise of 2.2 percent from a year earlier"

ARTICLE = {
    "id": "dAD2_03_korea_exports_september_2025",
    "title": "Chip boom drives S. Korea's Sept. exports to all-time high as shipments to U.S. fall",
    "publisher": "Yonhap",
    "published": "2025-10-01",
    "notes": [
        "Area South Korea throughout; 'last month' = September 2025 (published 2025-10-01).",
        "'12.7 percent more than the $58.52 billion a year earlier': the September 2024 exports are their own fact.",
        "'the March 2022 record of $63.48 billion': exports value for 2022-03, labelled.",
        "Product names: 'semiconductors' for the chip figures, including the share sentence that calls them "
        "'Chips' (same category); 'cars' for 'Exports of cars' and 'Car shipments to the U.S.'.",
        "'Chips made up 25.2 percent of all exports': share of semiconductors in total exports.",
        "'respectively' list: ships 21.9, general machinery 10.3, bio-health products 35.8 (all exports, September).",
        "'China, the top trading partner of South Korea': rank 1, flow total, period September 2025.",
        "'Third-quarter exports, covering July-September': Q3 2025 (2025-07..2025-09); 'the January-September period': 2025-01..2025-09.",
        "Out of scope, unlabelled: daily average exports (-6.1 percent, $2.75 billion: per-working-day figures); "
        "24 working days, 'four more' (not trade flows); streaks and milestones ('four consecutive months', 'largest "
        "for any September since 2018', 'highest for any quarter on record', 'a record for "
        "September'); tariff rates (25 percent, 50 percent); 'nine major regions' (count of the ministry's "
        "regions, not a trade count); 'the world's largest economy' (not trade); the ministry's fourth-quarter "
        "outlook (forecast).",
    ],
    "facts": [
        fact(KR, "exports", "growth", 12.7, "percent", SEP, "12.7", LEAD),
        fact(KR, "exports", "value", 65.95e9, "USD", SEP, "65.95 billion", LEAD),
        fact(KR, "exports", "value", 58.52e9, "USD", SEP24, "58.52 billion", LEAD),
        fact(KR, "exports", "value", 63.48e9, "USD", MAR22, "63.48 billion", RECORD),
        fact(KR, "imports", "growth", 8.2, "percent", SEP, "8.2", IMP),
        fact(KR, "imports", "value", 56.4e9, "USD", SEP, "56.4 billion", IMP),
        fact(KR, "balance", "value", 9.56e9, "USD", SEP, "9.56 billion", BAL),
        fact(KR, "exports", "growth", 22, "percent", SEP, "22", CHIP, product=CHIPS),
        fact(KR, "exports", "value", 16.61e9, "USD", SEP, "16.61 billion", CHIP, product=CHIPS),
        fact(KR, "exports", "share", 25.2, "percent", SEP, "25.2", CHIP_SHARE, product=CHIPS),
        fact(KR, "exports", "growth", 16.8, "percent", SEP, "16.8", CARS, product="cars"),
        fact(KR, "exports", "value", 6.4e9, "USD", SEP, "6.4 billion", CARS, product="cars"),
        fact(KR, "exports", "growth", -2.3, "percent", SEP, "2.3", CARS_US, partner=US, product="cars"),
        fact(KR, "exports", "value", 1.91e9, "USD", SEP, "1.91 billion", CARS_US, partner=US, product="cars"),
        fact(KR, "exports", "growth", 21.9, "percent", SEP, "21.9", ITEMS, product="ships"),
        fact(KR, "exports", "growth", 10.3, "percent", SEP, "10.3", ITEMS, product="general machinery"),
        fact(KR, "exports", "growth", 35.8, "percent", SEP, "35.8", ITEMS, product="bio-health products"),
        fact(KR, "exports", "growth", -4.2, "percent", SEP, "4.2", STEEL, product="steel"),
        fact(KR, "exports", "growth", -2.8, "percent", SEP, "2.8", PETRO, product="petrochemical products"),
        fact(KR, "exports", "growth", 0.5, "percent", SEP, "0.5", CHINA, partner="China"),
        fact(KR, "exports", "value", 11.8e9, "USD", SEP, "11.8 billion", CHINA, partner="China"),
        fact(KR, "total", "rank", 1, "number", SEP, "top", CN_RANK, partner="China"),
        fact(KR, "exports", "growth", -1.4, "percent", SEP, "1.4", USA, partner=US),
        fact(KR, "exports", "value", 10.27e9, "USD", SEP, "10.27 billion", USA, partner=US),
        fact(KR, "exports", "growth", 6.4, "percent", Q3, "6.4", QUARTER),
        fact(KR, "exports", "value", 185.03e9, "USD", Q3, "185.03 billion", QUARTER),
        fact(KR, "exports", "value", 519.78e9, "USD", JAN_SEP, "519.78 billion", NINE),
        fact(KR, "exports", "growth", 2.2, "percent", JAN_SEP, "2.2", NINE),
    ],
}
