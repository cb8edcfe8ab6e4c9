from _fact import fact, period

TEN_MONTHS = period(2025, 1, 10)
OCTOBER = period(2025, 10)
ELECTROMECHANICAL = "Exports of electromechanical products reached 13.39 trillion yuan, an increase of 8.7 percent, accounting for 60.5 percent of total exports"
CHIPS = "integrated circuits: 1.16 trillion yuan, up 22.6 percent"
AUTOMOBILES = "automobiles: 781.4 billion yuan, up 12.1 percent"
SHIPS = "ships: 287.3 billion yuan, up 19.8 percent"
NEW_ENERGY = "Of the automobile exports, new energy vehicles contributed 312.6 billion yuan, up 48.2 percent"
HIGH_TECH = "High-tech product exports, a narrower category that overlaps with electromechanical goods, came to 4.18 trillion yuan, up 5.9 percent, accounting for 18.9 percent of the total"
LABOR_INTENSIVE = "exports of labor-intensive products such as garments, textiles, furniture and toys came to 3.41 trillion yuan, accounting for 15.4 percent of total exports"

ARTICLE = {
    "id": "dL1_04_yicai_hightech_exports",
    "title": "Chips and cars keep China's export engine running as high-tech share edges up",
    "publisher": "Yicai",
    "published": "2025-11-10",
    "notes": [
        "The year appears only in the published date ('this year', byline 'Nov. 10'): first 10 months = 2025-01/2025-10; 'October alone' = 2025-10.",
        "'Of which' list: integrated circuits, automobiles and ships are sub-items of electromechanical exports; product is the item name; each item's evidence is its bullet.",
        "'1.3 percentage points more than a year earlier': derived comparison, out.",
        "New energy vehicles 'of the automobile exports': product 'new energy vehicles', exports value and growth.",
        "5.62 million vehicles: quantity fact (unit number) for automobiles; 'up 14.7 percent' is volume growth beside value growth (12.1 percent), out.",
        "Labor-intensive products: value and share; no growth is given.",
        "'Five years ago' and next-year expectations: out.",
    ],
    "facts": [
        fact("China", "exports", "value", 22.12e12, "CNY", TEN_MONTHS, "22.12 trillion",
             "China's exports in the first 10 months of this year totaled 22.12 trillion yuan, up 6.2 percent year-on-year"),
        fact("China", "exports", "growth", 6.2, "percent", TEN_MONTHS, "6.2",
             "China's exports in the first 10 months of this year totaled 22.12 trillion yuan, up 6.2 percent year-on-year"),
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
             "China shipped 5.62 million vehicles abroad over the period", product="automobiles"),
        fact("China", "exports", "value", 4.18e12, "CNY", TEN_MONTHS, "4.18 trillion", HIGH_TECH, product="high-tech products"),
        fact("China", "exports", "growth", 5.9, "percent", TEN_MONTHS, "5.9", HIGH_TECH, product="high-tech products"),
        fact("China", "exports", "share", 18.9, "percent", TEN_MONTHS, "18.9", HIGH_TECH, product="high-tech products"),
        fact("China", "exports", "value", 3.41e12, "CNY", TEN_MONTHS, "3.41 trillion", LABOR_INTENSIVE, product="labor-intensive products"),
        fact("China", "exports", "share", 15.4, "percent", TEN_MONTHS, "15.4", LABOR_INTENSIVE, product="labor-intensive products"),
        fact("China", "exports", "growth", 3.6, "percent", OCTOBER, "3.6",
             "in October alone, when electromechanical exports rose 3.6 percent", product="electromechanical products"),
    ],
}
