from _fact import fact, period

YEAR = period(2024, 1, 12)
Q4 = period(2024, 10, 12)
DECEMBER = period(2024, 12)

TOTAL = "Total goods imports and exports hit a record high of 43.85 trillion yuan last year"
GROWTH = "That represented growth of 5 percent on 2023"
EXPORTS = "Exports expanded 7.1 percent to 25.45 trillion yuan"
IMPORTS = "Imports grew more slowly, rising 2.3 percent to 18.39 trillion yuan"
DOLLARS = "Measured in U.S. dollars, exports reached $3.58 trillion and imports $2.59 trillion"
SURPLUS = "The resulting trade surplus, $992.16 billion, was the largest on record"
FOURTH_QUARTER = "Trade climbed 6.3 percent year on year to 11.51 trillion yuan, a quarterly record"
DEC = "monthly imports and exports exceeded 4 trillion yuan, reaching 4.07 trillion yuan, a rise of 6.8 percent from a year earlier"
ASEAN_RANK = "ASEAN remained China's largest trading partner for the fifth straight year"
ASEAN_GROWTH = "Trade with the bloc rose 9 percent"
EU_US = "Trade with the European Union and the United States grew 1.6 percent and 4.9 percent respectively"
BRI = "Belt and Road partner countries made up 50.3 percent of the total"
CHIPS_SHIPS = "Shipments of integrated circuits grew 17.4 percent, and those of ships jumped 57.3 percent"
CARS = "Car exporters sent 6.41 million vehicles abroad"
NEW_THREE = (
    'Exports of the "new three" - electric vehicles, lithium-ion batteries and solar cells - came to 1.13 trillion yuan'
)
REGIONS = (
    "Trade in the eastern, central and western regions increased 5.4 percent, 3.8 percent and 5.3 percent, respectively"
)
FIRMS = (
    "The number of enterprises with import and export records hit an all-time high of nearly 700,000, of which 609,000 "
    "were private enterprises"
)
SERVICES = "It came to 7.52 trillion yuan (about $1.05 trillion), up 14.4 percent year on year"

ARTICLE = {
    "id": "dY1_06_cgtn_2024_annual_review",
    "title": "China's foreign trade in 2024: record totals, a wider circle of partners",
    "publisher": "CGTN",
    "published": "2025-01-27",
    "notes": [
        "Running period: calendar 2024 ('last year' counted back from a January 2025 publication date).",
        "'growth of 5 percent on 2023': 2023 is the comparison base, not the period; yoy, period 2024.",
        "'an increase of 2.1 trillion yuan' is an absolute change derived from two years' totals, like 'narrowing the "
        "gap to': out.",
        "'topping 25 trillion yuan for the first time' (exports), 'exceeded 4 trillion yuan' (December) and 'passed the "
        "$1 trillion mark' (services) are thresholds stated beside the exact figure of the same observation: the exact "
        "figures only.",
        "Dollar paragraph: exports and imports in USD are separate facts from the yuan ones; 'imports $2.59 trillion' is "
        "elliptical and shares the sentence as evidence. The surplus is positive; 'the largest on record' is a record, "
        "not a rank among partners: not labelled as rank.",
        "Fourth quarter: 'the final quarter' is set up in the first half of the sentence before the figures ('Trade "
        "climbed ...'); period 2024-10/2024-12. 'a quarterly record' is a milestone.",
        "December: the month is named in the sentence before ('December was busier still'); period 2024-12.",
        "'ASEAN remained China's largest trading partner for the fifth straight year': rank 1 labelled; 'fifth straight "
        "year' is a streak: out. 'Trade with the bloc' = ASEAN.",
        "'50.3 percent of the total' for Belt and Road partner countries: share of total trade. 'crossing the halfway "
        "mark' has no further number.",
        "'a major trading partner of more than 150 countries and regions' counts countries for which China is a major "
        "partner: a conditional count the record cannot express, out.",
        "Products in the text's words: 'integrated circuits' and 'ships' exports growth (value growth by default); 'cars' "
        "exports quantity 6.41 million vehicles (unit number); 'new three' exports value.",
        "Regions: areas 'Eastern region', 'Central region', 'Western region' (the text names no province), each total "
        "growth from the 'respectively' list.",
        "Counts: 'nearly 700,000' enterprises with import and export records = count of foreign trade enterprises, "
        "approx; '609,000 were private enterprises' = count with segment private enterprises, exact. 'sixth year running' "
        "is a streak: out.",
        "Services (Ministry of Commerce): 'It' = trade in services; product 'services', flow total; the CNY value, an "
        "approx USD value and growth 14.4.",
        "Out: 16 measures, 20 cities, growth target of around 5 percent (GDP), the economist's forecast of roughly 2 "
        "percent export growth in 2025.",
    ],
    "facts": [
        fact("China", "total", "value", 43.85e12, "CNY", YEAR, "43.85 trillion", TOTAL),
        fact("China", "total", "growth", 5, "percent", YEAR, "5", GROWTH),
        fact("China", "exports", "growth", 7.1, "percent", YEAR, "7.1", EXPORTS),
        fact("China", "exports", "value", 25.45e12, "CNY", YEAR, "25.45 trillion", EXPORTS),
        fact("China", "imports", "growth", 2.3, "percent", YEAR, "2.3", IMPORTS),
        fact("China", "imports", "value", 18.39e12, "CNY", YEAR, "18.39 trillion", IMPORTS),
        fact("China", "exports", "value", 3.58e12, "USD", YEAR, "3.58 trillion", DOLLARS),
        fact("China", "imports", "value", 2.59e12, "USD", YEAR, "2.59 trillion", DOLLARS),
        fact("China", "balance", "value", 992.16e9, "USD", YEAR, "992.16 billion", SURPLUS),
        fact("China", "total", "growth", 6.3, "percent", Q4, "6.3", FOURTH_QUARTER),
        fact("China", "total", "value", 11.51e12, "CNY", Q4, "11.51 trillion", FOURTH_QUARTER),
        fact("China", "total", "value", 4.07e12, "CNY", DECEMBER, "4.07 trillion", DEC),
        fact("China", "total", "growth", 6.8, "percent", DECEMBER, "6.8", DEC),
        fact("China", "total", "rank", 1, "number", YEAR, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 9, "percent", YEAR, "9", ASEAN_GROWTH, partner="ASEAN"),
        fact("China", "total", "growth", 1.6, "percent", YEAR, "1.6", EU_US, partner="European Union"),
        fact("China", "total", "growth", 4.9, "percent", YEAR, "4.9", EU_US, partner="United States"),
        fact("China", "total", "share", 50.3, "percent", YEAR, "50.3", BRI, partner="Belt and Road partner countries"),
        fact("China", "exports", "growth", 17.4, "percent", YEAR, "17.4", CHIPS_SHIPS, product="integrated circuits"),
        fact("China", "exports", "growth", 57.3, "percent", YEAR, "57.3", CHIPS_SHIPS, product="ships"),
        fact("China", "exports", "quantity", 6.41e6, "number", YEAR, "6.41 million", CARS, product="cars"),
        fact("China", "exports", "value", 1.13e12, "CNY", YEAR, "1.13 trillion", NEW_THREE, product="new three"),
        fact("Eastern region", "total", "growth", 5.4, "percent", YEAR, "5.4", REGIONS),
        fact("Central region", "total", "growth", 3.8, "percent", YEAR, "3.8", REGIONS),
        fact("Western region", "total", "growth", 5.3, "percent", YEAR, "5.3", REGIONS),
        fact("China", "total", "count", 700000, "number", YEAR, "700,000", FIRMS,
             segment="foreign trade enterprises", qualifier="approx"),
        fact("China", "total", "count", 609000, "number", YEAR, "609,000", FIRMS, segment="private enterprises"),
        fact("China", "total", "value", 7.52e12, "CNY", YEAR, "7.52 trillion", SERVICES, product="services"),
        fact("China", "total", "value", 1.05e12, "USD", YEAR, "1.05 trillion", SERVICES, product="services",
             qualifier="approx"),
        fact("China", "total", "growth", 14.4, "percent", YEAR, "14.4", SERVICES, product="services"),
    ],
}
