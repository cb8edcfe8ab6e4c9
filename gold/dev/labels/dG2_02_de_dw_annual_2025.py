from _fact import fact, period

Y = period(2025, 1, 12)
E_EXP = "Exports from Germany came to €1,553.9 billion in 2025, down 0.4% on the year before"
E_IMP = "Imports, by contrast, increased 2.3% to €1,349.0 billion"
E_CN1 = "China returned to first place at €251.8 billion"
E_US2 = "the United States slipped to second, on €240.5 billion"
E_NL = "the Netherlands was third with €203.1 billion of trade"
E_USX = "German exports to the United States dropped 9.1% to €146.2 billion"
E_CNX = "Sales to China fell 9.7% to €81.3 billion"

ARTICLE = {
    "id": "dG2_02_de_dw_annual_2025",
    "title": "Exports to US slump as China reclaims top spot among Germany's trading partners",
    "publisher": "DW",
    "published": "2026-02-09",
    "notes": [
        "The text states the year (2025); the dateline line '02/09/2026' is DW's month/day/year format.",
        "Ranks by total trade are stated ('first place', 'second', 'third'): rank facts with flow total and the partner, plus the stated values.",
        "'down 0.4% on the year before' is a fall: -0.4.",
        "'9.4% of everything Germany exported still went to the US': a share of exports to the United States.",
        "'Having passed China in the previous year, the United States' implies a 2024 rank without stating a number: not labelled.",
        "Imports from China are given without growth, the surplus with the US without the import figure behind it; each labelled as stated.",
        "December: 'adjusted for calendar and seasonal effects, exports in December were up 1.1% from November': growth basis mom, period December 2025.",
        "Out of scope: 'a third consecutive yearly fall' (streak), 'its lowest since 2021', the 15% US tariff, the BGA forecast of a 1% to 2% fall, GDP growth of 0.2% and the 1.0% government forecast.",
    ],
    "facts": [
        fact("Germany", "exports", "value", 1553.9e9, "EUR", Y, "1,553.9 billion", E_EXP),
        fact("Germany", "exports", "growth", -0.4, "percent", Y, "0.4", E_EXP),
        fact("Germany", "imports", "value", 1349.0e9, "EUR", Y, "1,349.0 billion", E_IMP),
        fact("Germany", "imports", "growth", 2.3, "percent", Y, "2.3", E_IMP),
        fact("Germany", "balance", "value", 204.9e9, "EUR", Y, "204.9 billion",
             "Europe's biggest economy was thus left with a surplus of €204.9 billion"),
        fact("Germany", "total", "rank", 1, "number", Y, "first", E_CN1, partner="China"),
        fact("Germany", "total", "value", 251.8e9, "EUR", Y, "251.8 billion", E_CN1, partner="China"),
        fact("Germany", "total", "rank", 2, "number", Y, "second", E_US2, partner="United States"),
        fact("Germany", "total", "value", 240.5e9, "EUR", Y, "240.5 billion", E_US2, partner="United States"),
        fact("Germany", "total", "rank", 3, "number", Y, "third", E_NL, partner="Netherlands"),
        fact("Germany", "total", "value", 203.1e9, "EUR", Y, "203.1 billion", E_NL, partner="Netherlands"),
        fact("Germany", "exports", "value", 146.2e9, "EUR", Y, "146.2 billion", E_USX, partner="United States"),
        fact("Germany", "exports", "growth", -9.1, "percent", Y, "9.1", E_USX, partner="United States"),
        fact("Germany", "exports", "share", 9.4, "percent", Y, "9.4",
             "9.4% of everything Germany exported still went to the US", partner="United States"),
        fact("Germany", "balance", "value", 51.9e9, "EUR", Y, "51.9 billion",
             "the German surplus with the US amounted to €51.9 billion", partner="United States"),
        fact("Germany", "exports", "value", 81.3e9, "EUR", Y, "81.3 billion", E_CNX, partner="China"),
        fact("Germany", "exports", "growth", -9.7, "percent", Y, "9.7", E_CNX, partner="China"),
        fact("Germany", "imports", "value", 170.5e9, "EUR", Y, "170.5 billion",
             "purchases from the People's Republic increased to €170.5 billion", partner="China"),
        fact("Germany", "balance", "value", -89.2e9, "EUR", Y, "89.2 billion",
             "Germany's deficit with China grew to €89.2 billion", partner="China"),
        fact("Germany", "exports", "growth", 1.1, "percent", period(2025, 12), "1.1",
             "adjusted for calendar and seasonal effects, exports in December were up 1.1% from November", basis="mom"),
    ],
}
