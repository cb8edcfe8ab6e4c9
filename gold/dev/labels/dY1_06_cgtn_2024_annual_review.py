from _fact import fact, period

YEAR = period(2024, 1, 12)
Q4 = period(2024, 10, 12)
DECEMBER = period(2024, 12)

TOTAL = "the country's trade in goods reached an all-time high of 43.85 trillion yuan last year"
GROWTH = "This was 5 percent more than in 2023"
EXPORTS = "Exports rose 7.1 percent to 25.45 trillion yuan"
IMPORTS = "Imports, growing at a gentler pace, rose 2.3 percent to 18.39 trillion yuan"
DOLLARS = "In dollar terms, exports totaled $3.58 trillion and imports $2.59 trillion"
SURPLUS = "That put the trade surplus at a record $992.16 billion"
FOURTH_QUARTER = "when trade grew 6.3 percent year on year to 11.51 trillion yuan"
DEC = (
    "Trade in a single month went above 4 trillion yuan for the first time, coming in at 4.07 trillion yuan, 6.8 "
    "percent higher than a year before"
)
ASEAN_RANK = "For a fifth consecutive year, ASEAN was China's largest trading partner"
ASEAN_GROWTH = "trade between the two sides up 9 percent"
EU_US = (
    "Growth in trade with the European Union and the United States came to 1.6 percent and 4.9 percent, respectively"
)
BRI = "Belt and Road partner countries accounted for 50.3 percent of China's total trade"
CHIPS_SHIPS = "Integrated circuit exports rose 17.4 percent while ship exports soared 57.3 percent"
CARS = "Carmakers shipped 6.41 million vehicles overseas"
NEW_THREE = (
    'The "new three" of electric vehicles, lithium-ion batteries and solar cells earned 1.13 trillion yuan in exports'
)
REGIONS = (
    "The eastern, central and western regions saw trade rise by 5.4 percent, 3.8 percent and 5.3 percent, respectively"
)
FIRMS = (
    "Nearly 700,000 enterprises, a record, registered import and export activity, and 609,000 of them were private "
    "enterprises"
)
SERVICES = "it totaled 7.52 trillion yuan (about $1.05 trillion), a year-on-year increase of 14.4 percent"

ARTICLE = {
    "id": "dY1_06_cgtn_2024_annual_review",
    "title": "Record totals and more partners: a look at China's 2024 foreign trade",
    "publisher": "CGTN",
    "published": "2025-01-27",
    "notes": [
        "Running period: calendar 2024 ('last year' counted back from a January 2025 publication date).",
        "'5 percent more than in 2023': 2023 is the comparison base, not the period; yoy, period 2024.",
        "'an addition of 2.1 trillion yuan' is an absolute change derived from two years' totals, like 'narrowing the "
        "gap to': out.",
        "'passing the 25-trillion-yuan threshold for the first time' (exports), 'went above 4 trillion yuan' "
        "(December) and 'rose above $1 trillion' (services) are thresholds stated beside the exact figure of the same observation: the exact "
        "figures only.",
        "Dollar paragraph: exports and imports in USD are separate facts from the yuan ones; 'imports $2.59 trillion' is "
        "elliptical and shares the sentence as evidence. The surplus is positive; 'a record' is a record, "
        "not a rank among partners: not labelled as rank.",
        "Fourth quarter: 'the October-December quarter' is named in the same sentence just before the figures ('when "
        "trade grew ...'); period 2024-10/2024-12. 'the highest for any quarter on record' is a milestone.",
        "December: the month is named in the sentence before ('December was even more striking'); 'Trade in a single "
        "month' refers to it; period 2024-12.",
        "'For a fifth consecutive year, ASEAN was China's largest trading partner': rank 1 labelled; 'fifth consecutive "
        "year' is a streak: out. 'trade between the two sides' = China-ASEAN trade.",
        "'50.3 percent of China's total trade' for Belt and Road partner countries: share of total trade. 'passing the "
        "halfway point' has no further number.",
        "'more than 150 countries and regions now count China as a major trading partner' counts countries for which China is a major "
        "partner: a conditional count the record cannot express, out.",
        "Products in the text's words: 'Integrated circuit exports' and 'ship exports' growth (value growth by default); 'cars' "
        "exports quantity 6.41 million vehicles (unit number; 'Carmakers shipped'); 'new three' exports value.",
        "Regions: areas 'Eastern region', 'Central region', 'Western region' (the text names no province), each total "
        "growth from the 'respectively' list.",
        "Counts: 'Nearly 700,000 enterprises' that registered import and export activity = count of foreign trade "
        "enterprises, approx; '609,000 of them were private enterprises' = count with segment private enterprises, exact. "
        "'six consecutive years' is a streak: out.",
        "Services (Ministry of Commerce): 'it' = services trade; product 'services', flow total; the CNY value, an "
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
