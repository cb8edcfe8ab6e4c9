from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
Y9 = period(2025, 1, 9)
DE = "Germany"
US = "United States"
EU = "European Union"
E_X = "exports in September 2025 amounted to 131.1 billion euros, up 1.4% from August"
E_M = "Imports reached 115.9 billion euros, 3.1% more than in the preceding month"
E_YOY = "The provisional data show exports 2.0% higher and imports 4.8% higher than in September 2024"
E_EUX = "Exports to fellow EU member states totaled 74.3 billion euros, an increase of 2.5% on August"
E_EUM = "goods bought from the bloc went up 1.2% to 59.3 billion euros"
E_US = ("United States: exports +11.9% month on month to 12.8 billion euros, though still 14.0% below "
        "the level of a year earlier")
E_CN = "China: exports -1.1% to 6.9 billion euros; imports +4.5% to 14.0 billion euros"
E_Y9 = "without adjustment, exports to the United States over January to September 2025 declined 7.2% to 113.6 billion euros"

ARTICLE = {
    "id": "dA3_06_de_destatis_sep2025",
    "title": "Recovery in US-bound shipments lifts German exports in September, but trade surplus shrinks",
    "publisher": "dpa-AFX",
    "published": "2025-11-07",
    "notes": [
        "Monthly figures are calendar and seasonally adjusted (Destatis headline series); the record has no field for "
        "adjustment, so none is marked. The nine-month US figure is unadjusted; it has its own period, so no clash.",
        "Exports minus imports (131.1 - 115.9 = 15.2) differ from the stated 15.3 billion surplus by rounding, as in the "
        "Destatis release: not an inconsistency.",
        "'from August', 'more than in the preceding month', 'on August', 'month on month', 'change from August' (lead-in "
        "to the partner list): basis mom. 'than in September 2024' and 'below the level of a year earlier': yoy.",
        "The previous month's surplus (16.9 billion, August 2025) and the year-earlier surplus (18.0 billion, September 2024) "
        "are labelled with their own periods ('smaller than', 'far short of'); both are surpluses, positive.",
        "'goods bought from the bloc' = imports from the European Union.",
        "'biggest customer for German products' (US): rank 1 of exports; 'largest supplier of imports' (China): rank 1 of imports; "
        "running period September 2025.",
        "Economists' forecast (0.5% gain), 'rose for the first time in six months', US tariff rate 15%, industrial production 1.3%, "
        "ifo index 88.4, GDP forecast 0.2%: out.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4", E_X, basis="mom"),
        fact(DE, "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion", E_X),
        fact(DE, "imports", "growth", 3.1, "percent", SEP, "3.1", E_M, basis="mom"),
        fact(DE, "imports", "value", 115.9e9, "EUR", SEP, "115.9 billion", E_M),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion",
             "Germany's surplus in foreign trade came to 15.3 billion euros"),
        fact(DE, "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion", "smaller than the 16.9 billion euros of August 2025"),
        fact(DE, "balance", "value", 18.0e9, "EUR", SEP24, "18.0 billion",
             "far short of the 18.0 billion euros posted in September 2024"),
        fact(DE, "exports", "growth", 2.0, "percent", SEP, "2.0", E_YOY),
        fact(DE, "imports", "growth", 4.8, "percent", SEP, "4.8", E_YOY),
        fact(DE, "exports", "value", 74.3e9, "EUR", SEP, "74.3 billion", E_EUX, partner=EU),
        fact(DE, "exports", "growth", 2.5, "percent", SEP, "2.5", E_EUX, partner=EU, basis="mom"),
        fact(DE, "imports", "growth", 1.2, "percent", SEP, "1.2", E_EUM, partner=EU, basis="mom"),
        fact(DE, "imports", "value", 59.3e9, "EUR", SEP, "59.3 billion", E_EUM, partner=EU),
        fact(DE, "exports", "growth", 11.9, "percent", SEP, "11.9", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 12.8e9, "EUR", SEP, "12.8 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -14.0, "percent", SEP, "14.0", E_US, partner=US, basis="yoy"),
        fact(DE, "exports", "growth", -1.1, "percent", SEP, "-1.1", E_CN, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.9e9, "EUR", SEP, "6.9 billion", E_CN, partner="China"),
        fact(DE, "imports", "growth", 4.5, "percent", SEP, "4.5", E_CN, partner="China", basis="mom"),
        fact(DE, "imports", "value", 14.0e9, "EUR", SEP, "14.0 billion", E_CN, partner="China"),
        fact(DE, "exports", "rank", 1, "number", SEP, "biggest",
             "the United States in place as the biggest customer for German products", partner=US),
        fact(DE, "imports", "rank", 1, "number", SEP, "largest",
             "China once more ranked as the largest supplier of imports", partner="China"),
        fact(DE, "exports", "growth", -7.2, "percent", Y9, "7.2", E_Y9, partner=US),
        fact(DE, "exports", "value", 113.6e9, "EUR", Y9, "113.6 billion", E_Y9, partner=US),
    ],
}
