from _fact import fact, period

Y = period(2025, 1, 12)
E_EXP = "German companies sold goods worth €1,553.9 billion abroad in 2025, 0.4% less than in the previous year"
E_IMP = "Imports, on the other hand, grew by 2.3% to €1,349.0 billion"
E_CN1 = "put China back in first place, with €251.8 billion"
E_US2 = "dropped to second with €240.5 billion"
E_NL = "The Netherlands came third, with trade worth €203.1 billion"
E_USX = "Exports to the United States fell by 9.1% to €146.2 billion"
E_CNX = "Exports to China dropped by 9.7% to €81.3 billion"

ARTICLE = {
    "id": "dG2_02_de_dw_annual_2025",
    "title": "China back as Germany's top trading partner as exports to US slump",
    "publisher": "DW",
    "published": "2026-02-09",
    "notes": [
        "The text states the year (2025); the dateline line '02/09/2026' is DW's month/day/year format.",
        "Ranks by total trade are stated ('first place', 'second', 'third'): rank facts with flow total and the partner, plus the stated values.",
        "'0.4% less than in the previous year' is a fall: -0.4.",
        "'The US nonetheless accounted for 9.4% of all German exports': a share of exports to the United States.",
        "'The United States, which had overtaken China the year before' implies a 2024 rank without stating a number: not labelled.",
        "Imports from China are given without growth, the surplus with the US without the import figure behind it; each labelled as stated.",
        "December: 'calendar and seasonally adjusted exports rose by 1.1% compared with November': growth basis mom, period December 2025.",
        "Out of scope: 'third annual decline in a row' (streak), 'the smallest since 2021', the 15% US tariff, the BGA forecast of a 1% to 2% fall, GDP growth of 0.2% and the 1.0% government forecast.",
    ],
    "facts": [
        fact("Germany", "exports", "value", 1553.9e9, "EUR", Y, "1,553.9 billion", E_EXP),
        fact("Germany", "exports", "growth", -0.4, "percent", Y, "0.4", E_EXP),
        fact("Germany", "imports", "value", 1349.0e9, "EUR", Y, "1,349.0 billion", E_IMP),
        fact("Germany", "imports", "growth", 2.3, "percent", Y, "2.3", E_IMP),
        fact("Germany", "balance", "value", 204.9e9, "EUR", Y, "204.9 billion",
             "That left Europe's largest economy with a trade surplus of €204.9 billion"),
        fact("Germany", "total", "rank", 1, "number", Y, "first", E_CN1, partner="China"),
        fact("Germany", "total", "value", 251.8e9, "EUR", Y, "251.8 billion", E_CN1, partner="China"),
        fact("Germany", "total", "rank", 2, "number", Y, "second", E_US2, partner="United States"),
        fact("Germany", "total", "value", 240.5e9, "EUR", Y, "240.5 billion", E_US2, partner="United States"),
        fact("Germany", "total", "rank", 3, "number", Y, "third", E_NL, partner="Netherlands"),
        fact("Germany", "total", "value", 203.1e9, "EUR", Y, "203.1 billion", E_NL, partner="Netherlands"),
        fact("Germany", "exports", "value", 146.2e9, "EUR", Y, "146.2 billion", E_USX, partner="United States"),
        fact("Germany", "exports", "growth", -9.1, "percent", Y, "9.1", E_USX, partner="United States"),
        fact("Germany", "exports", "share", 9.4, "percent", Y, "9.4",
             "The US nonetheless accounted for 9.4% of all German exports", partner="United States"),
        fact("Germany", "balance", "value", 51.9e9, "EUR", Y, "51.9 billion",
             "Germany's surplus in its trade with the US came to €51.9 billion", partner="United States"),
        fact("Germany", "exports", "value", 81.3e9, "EUR", Y, "81.3 billion", E_CNX, partner="China"),
        fact("Germany", "exports", "growth", -9.7, "percent", Y, "9.7", E_CNX, partner="China"),
        fact("Germany", "imports", "value", 170.5e9, "EUR", Y, "170.5 billion",
             "imports from the People's Republic rose to €170.5 billion", partner="China"),
        fact("Germany", "balance", "value", -89.2e9, "EUR", Y, "89.2 billion",
             "The deficit in trade with China thus widened to €89.2 billion", partner="China"),
        fact("Germany", "exports", "growth", 1.1, "percent", period(2025, 12), "1.1",
             "in December, calendar and seasonally adjusted exports rose by 1.1% compared with November", basis="mom"),
    ],
}
