from _fact import fact, period

SEP = period(2025, 9)
SEP24 = period(2024, 9)
MAR22 = period(2022, 3)
Q3 = period(2025, 7, 9)
JAN_SEP = period(2025, 1, 9)
KR = "South Korea"
US = "United States"
CHIPS = "semiconductors"

LEAD = "Outbound shipments reached US$65.95 billion last month, up 12.7 percent from $58.52 billion a year earlier"
RECORD = "topping the previous high of $63.48 billion set in March 2022"
IMP = "Imports went up 8.2 percent on-year to $56.4 billion"
BAL = "leaving the country with a trade surplus of $9.56 billion"
CHIP = "exports of semiconductors, the country's key export item, jumped 22 percent on-year to $16.61 billion"
CHIP_SHARE = "Chips accounted for 25.2 percent of total outbound shipments"
CARS = "Car exports rose 16.8 percent to $6.4 billion"
CARS_US = "Shipments of autos to the U.S., however, slipped 2.3 percent to $1.91 billion"
ITEMS = ("Outbound sales of ships, general machinery and bio-health products advanced 21.9 percent, 10.3 percent "
         "and 35.8 percent, respectively")
STEEL = "steel exports lost 4.2 percent"
PETRO = "petrochemical products fell 2.8 percent"
CHINA = "exports to China, South Korea's top trading partner, edged up 0.5 percent on-year to $11.8 billion"
CN_RANK = "China, South Korea's top trading partner"
USA = "Shipments to the U.S., meanwhile, declined 1.4 percent to $10.27 billion"
QUARTER = "In the July-September period, exports rose 6.4 percent on-year to $185.03 billion"
NINE = "Cumulative exports for the first nine months came to $519.78 billion, up 2.2 percent from a year earlier"

ARTICLE = {
    "id": "dAD2_03_korea_exports_september_2025",
    "title": "S. Korea's exports hit record high in Sept. on chip boom; U.S.-bound shipments drop",
    "publisher": "Yonhap",
    "published": "2025-10-01",
    "notes": [
        "Area South Korea throughout; 'last month' = September 2025 (published 2025-10-01).",
        "'up 12.7 percent from $58.52 billion a year earlier': the September 2024 exports are their own fact.",
        "'the previous high of $63.48 billion set in March 2022': exports value for 2022-03, labelled.",
        "Product names: 'semiconductors' for the chip figures, including the share sentence that calls them "
        "'Chips' (same category); 'cars' for 'Car exports' and 'Shipments of autos to the U.S.'.",
        "'Chips accounted for 25.2 percent of total outbound shipments': share of semiconductors in total exports.",
        "'respectively' list: ships 21.9, general machinery 10.3, bio-health products 35.8 (all exports, September).",
        "'China, South Korea's top trading partner': rank 1, flow total, period September 2025.",
        "'In the July-September period': Q3 2025 (2025-07..2025-09); 'first nine months': 2025-01..2025-09.",
        "Out of scope, unlabelled: daily average exports (-6.1 percent, $2.75 billion: per-working-day figures); "
        "24 working days, 'four more' (not trade flows); streaks and milestones ('four months in a row', 'biggest "
        "for a September since 2018', 'largest-ever quarterly figure', 'largest amount for the month of "
        "September'); tariff rates (25 percent, 50 percent); 'nine major regions' (count of the ministry's "
        "regions, not a trade count); 'the world's biggest economy' (not trade); the ministry's fourth-quarter "
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
