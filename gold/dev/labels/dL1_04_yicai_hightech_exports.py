from _fact import fact, period

TEN_MONTHS = period(2025, 1, 10)
OCTOBER = period(2025, 10)
ELECTROMECHANICAL = "Electromechanical products made up 60.5 percent of total exports, a share 1.3 percentage points higher than a year before, with their exports growing 8.7 percent to 13.39 trillion yuan"
CHIPS = "integrated circuits: 1.16 trillion yuan, up 22.6 percent"
AUTOMOBILES = "automobiles: 781.4 billion yuan, up 12.1 percent"
SHIPS = "ships: 287.3 billion yuan, up 19.8 percent"
NEW_ENERGY = "New energy vehicles accounted for 312.6 billion yuan of the car exports, a jump of 48.2 percent"
HIGH_TECH = "Exports of high-tech products, a smaller grouping that partly overlaps the electromechanical one, rose 5.9 percent to 4.18 trillion yuan and made up 18.9 percent of the total"
LABOR_INTENSIVE = "garments, textiles, furniture, toys and other labor-intensive goods earned 3.41 trillion yuan from exports, equal to 15.4 percent of the total"

ARTICLE = {
    "id": "dL1_04_yicai_hightech_exports",
    "title": "High-tech share creeps higher as semiconductors and vehicles power China's exports",
    "publisher": "Yicai",
    "published": "2025-11-10",
    "notes": [
        "The year appears only in the published date ('this year', byline 'Nov. 10'): first 10 months = 2025-01/2025-10; 'October alone' = 2025-10.",
        "'Among them' list: integrated circuits, automobiles and ships are sub-items of electromechanical exports; product is the item name; each item's evidence is its bullet.",
        "'1.3 percentage points higher than a year before': derived comparison, out.",
        "New energy vehicles 'of the car exports': product 'new energy vehicles', exports value and growth.",
        "5.62 million vehicles: quantity fact (unit number) for automobiles; 'up 14.7 percent' is volume growth beside value growth (12.1 percent), out.",
        "Labor-intensive products: value and share; no growth is given.",
        "'five years ago' and next-year expectations: out.",
    ],
    "facts": [
        fact("China", "exports", "value", 22.12e12, "CNY", TEN_MONTHS, "22.12 trillion",
             "In the first 10 months of this year, China exported goods worth 22.12 trillion yuan, a 6.2 percent increase year-on-year"),
        fact("China", "exports", "growth", 6.2, "percent", TEN_MONTHS, "6.2",
             "In the first 10 months of this year, China exported goods worth 22.12 trillion yuan, a 6.2 percent increase year-on-year"),
        fact("China", "exports", "value", 13.39e12, "CNY", TEN_MONTHS, "13.39 trillion", ELECTROMECHANICAL, product="electromechanical products"),
        fact("China", "exports", "growth", 8.7, "percent", TEN_MONTHS, "8.7", ELECTROMECHANICAL, product="electromechanical products"),
        fact("China", "exports", "share", 60.5, "percent", TEN_MONTHS, "60.5", ELECTROMECHANICAL, product="electromechanical products"),
        fact("China", "exports", "value", 1.16e12, "CNY", TEN_MONTHS, "1.16 trillion", CHIPS, product="integrated circuits"),
        fact("China", "exports", "growth", 22.6, "percent", TEN_MONTHS, "22.6", CHIPS, product="integrated circuits"),
        fact("China", "exports", "value", 781.4e9, "CNY", TEN_MONTHS, "781.4 billion", AUTOMOBILES, product="automobiles"),
        fact("China", "exports", "growth", 12.1, "percent", TEN_MONTHS, "12.1", AUTOMOBILES, product="automobiles"),
        fact("China", "exports", "value", 287.3e9, "CNY", TEN_MONTHS, "287.3 billion", SHIPS, product="ships"),
        fact("China", "exports", "growth", 19.8, "percent", TEN_MONTHS, "19.8", SHIPS, product="ships"),
        fact("China", "exports", "value", 312.6e9, "CNY", TEN_MONTHS, "312.6 billion", NEW_ENERGY, product="new energy vehicles"),
        fact("China", "exports", "growth", 48.2, "percent", TEN_MONTHS, "48.2", NEW_ENERGY, product="new energy vehicles"),
        fact("China", "exports", "quantity", 5.62e6, "number", TEN_MONTHS, "5.62 million",
             "5.62 million vehicles were sent overseas in the period", product="automobiles"),
        fact("China", "exports", "value", 4.18e12, "CNY", TEN_MONTHS, "4.18 trillion", HIGH_TECH, product="high-tech products"),
        fact("China", "exports", "growth", 5.9, "percent", TEN_MONTHS, "5.9", HIGH_TECH, product="high-tech products"),
        fact("China", "exports", "share", 18.9, "percent", TEN_MONTHS, "18.9", HIGH_TECH, product="high-tech products"),
        fact("China", "exports", "value", 3.41e12, "CNY", TEN_MONTHS, "3.41 trillion", LABOR_INTENSIVE, product="labor-intensive products"),
        fact("China", "exports", "share", 15.4, "percent", TEN_MONTHS, "15.4", LABOR_INTENSIVE, product="labor-intensive products"),
        fact("China", "exports", "growth", 3.6, "percent", OCTOBER, "3.6",
             "in October alone, with electromechanical exports up 3.6 percent", product="electromechanical products"),
    ],
}
