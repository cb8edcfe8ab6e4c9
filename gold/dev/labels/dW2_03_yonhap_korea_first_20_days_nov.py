from _fact import fact, period

OCTOBER = period(2025, 10)
JAN_OCT = period(2025, 1, 10)
NOV_2024 = period(2024, 11)
YEAR_2024 = period(2024, 1, 12)
KR = "South Korea"
US = "United States"

OCT_EXPORTS = "exports last month grew 3.6 percent on-year to $59.57 billion"
OCT_IMPORTS = "Imports fell 1.5 percent to $53.52 billion, leaving a surplus of $6.06 billion"
OCT_CHIPS = "In October, chip shipments hit a record $15.73 billion, a rise of 25.4 percent"
OCT_SHIPS = "ship exports more than doubled with a 131.2 percent surge to $4.69 billion"
OCT_AUTOS = "Automobile exports, on the other hand, dropped 10.5 percent"
OCT_CHINA = "Shipments to China, Korea's largest trading partner, declined 2.6 percent"
OCT_US = "exports to the U.S. plunged 16.2 percent"
JAN_OCT_FLOWS = (
    "Exports for the first 10 months came to $579.4 billion, 2.3 percent more than a year earlier, and the "
    "accumulated trade surplus reached $80.6 billion"
)
NOV_LAST_YEAR = "Exports in November last year increased 1.4 percent to $56.35 billion"
ANNUAL_2024 = "Full-year exports set a record of $683.8 billion in 2024"

ARTICLE = {
    "id": "dW2_03_yonhap_korea_first_20_days_nov",
    "title": "(LEAD) Chip boom lifts S. Korea's exports 8.2 pct in Nov. 1-20 period",
    "publisher": "Yonhap",
    "published": "2025-11-21",
    "notes": [
        "The whole Nov. 1-20 block is out: the guide excludes figures for part of a month ('first 20 days'). That covers "
        "exports ($37.2 billion, 8.2 percent, the year-earlier $34.4 billion), imports ($35.1 billion, 0.4 percent), the "
        "period's $2.1 billion surplus, products (semiconductors 30.8 percent and $9 billion, ships, petroleum products, "
        "passenger cars) and destinations (China, Vietnam, EU, U.S.).",
        "Per-working-day averages (daily average exports $2.4 billion, 8.2 percent) are out as the guide says; the "
        "working-day counts (15 1/2, 20, 22) are not trade flows.",
        "The 24.2 percent chip share and 'up 4.2 percentage points' belong to the 20-day period (and the second is a "
        "derived comparison): out.",
        "The Jan. 1-Nov. 20 cumulative figures ($616.6 billion, 2.6 percent, $82.7 billion surplus) end in the middle of "
        "November; a period of whole months cannot express them (2025-01..2025-11 would overstate them): out as figures "
        "for part of a month. A hard call.",
        "In scope: the October full-month recap (trade ministry), the January-October totals, November 2024 and the "
        "2024 annual total. 'last month' counts back from the 2025-11-21 publication date: October 2025. 'November "
        "last year' is 2024-11; 'in 2024' is the whole year.",
        "October product and partner figures are exports (the paragraph continues the export recap): 'chip shipments' "
        "product 'chips'; 'ship exports' product 'ships'; 'Automobile exports ... dropped 10.5 percent' product "
        "'automobiles'.",
        "'Korea's largest trading partner' is a stated rank of China, total, rank 1, given the October period of "
        "its sentence.",
        "'more than doubled' is not a number; the 131.2 percent next to it is the exact figure.",
        "Out: 'a record' and 'set a record' (milestones), the $700 billion goal (target), 15 and 25 percent car "
        "tariffs, Nov. 1 and Dec. 1 dates.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 3.6, "percent", OCTOBER, "3.6", OCT_EXPORTS),
        fact(KR, "exports", "value", 59.57e9, "USD", OCTOBER, "59.57 billion", OCT_EXPORTS),
        fact(KR, "imports", "growth", -1.5, "percent", OCTOBER, "1.5", OCT_IMPORTS),
        fact(KR, "imports", "value", 53.52e9, "USD", OCTOBER, "53.52 billion", OCT_IMPORTS),
        fact(KR, "balance", "value", 6.06e9, "USD", OCTOBER, "6.06 billion", OCT_IMPORTS),
        fact(KR, "exports", "value", 15.73e9, "USD", OCTOBER, "15.73 billion", OCT_CHIPS, product="chips"),
        fact(KR, "exports", "growth", 25.4, "percent", OCTOBER, "25.4", OCT_CHIPS, product="chips"),
        fact(KR, "exports", "growth", 131.2, "percent", OCTOBER, "131.2", OCT_SHIPS, product="ships"),
        fact(KR, "exports", "value", 4.69e9, "USD", OCTOBER, "4.69 billion", OCT_SHIPS, product="ships"),
        fact(KR, "exports", "growth", -10.5, "percent", OCTOBER, "10.5", OCT_AUTOS, product="automobiles"),
        fact(KR, "total", "rank", 1, "number", OCTOBER, "largest", OCT_CHINA, partner="China"),
        fact(KR, "exports", "growth", -2.6, "percent", OCTOBER, "2.6", OCT_CHINA, partner="China"),
        fact(KR, "exports", "growth", -16.2, "percent", OCTOBER, "16.2", OCT_US, partner=US),
        fact(KR, "exports", "value", 579.4e9, "USD", JAN_OCT, "579.4 billion", JAN_OCT_FLOWS),
        fact(KR, "exports", "growth", 2.3, "percent", JAN_OCT, "2.3", JAN_OCT_FLOWS),
        fact(KR, "balance", "value", 80.6e9, "USD", JAN_OCT, "80.6 billion", JAN_OCT_FLOWS),
        fact(KR, "exports", "growth", 1.4, "percent", NOV_2024, "1.4", NOV_LAST_YEAR),
        fact(KR, "exports", "value", 56.35e9, "USD", NOV_2024, "56.35 billion", NOV_LAST_YEAR),
        fact(KR, "exports", "value", 683.8e9, "USD", YEAR_2024, "683.8 billion", ANNUAL_2024),
    ],
}
