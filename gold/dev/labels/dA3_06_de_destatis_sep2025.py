from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
Y9 = period(2025, 1, 9)
DE = "Germany"
US = "United States"
EU = "European Union"
E_X = "Calendar and seasonally adjusted exports rose 1.4% on the month to 131.1 billion euros in September 2025"
E_M = "Imports climbed 3.1% compared with the previous month to 115.9 billion euros"
E_YOY = "Compared with September 2024, exports increased by 2.0% and imports by 4.8%"
E_EUX = "Germany sold goods worth 74.3 billion euros to other EU member states, 2.5% more than in August"
E_EUM = "imports from the bloc rose 1.2% to 59.3 billion euros"
E_US = ("United States: exports +11.9% on the month to 12.8 billion euros – still 14.0% lower compared with "
        "the same month a year earlier")
E_CN = "China: exports -1.1% to 6.9 billion euros; imports +4.5% to 14.0 billion euros"
E_Y9 = "In the first nine months of 2025, unadjusted exports to the United States fell 7.2% to 113.6 billion euros"

ARTICLE = {
    "id": "dA3_06_de_destatis_sep2025",
    "title": "German exports rebound in September as shipments to US recover; trade surplus narrows",
    "publisher": "dpa-AFX",
    "published": "2025-11-07",
    "notes": [
        "Monthly figures are calendar and seasonally adjusted (Destatis headline series); the record has no field for "
        "adjustment, so none is marked. The nine-month US figure is unadjusted; it has its own period, so no clash.",
        "Exports minus imports (131.1 - 115.9 = 15.2) differ from the stated 15.3 billion surplus by rounding, as in the "
        "Destatis release: not an inconsistency.",
        "'on the month', 'compared with the previous month', 'more than in August', 'changes on the previous month' (lead-in "
        "to the partner list): basis mom. 'Compared with September 2024' and 'compared with the same month a year earlier': yoy.",
        "The previous month's surplus (16.9 billion, August 2025) and the year-earlier surplus (18.0 billion, September 2024) "
        "are labelled with their own periods. The parser takes 'down from' as a fall cue for the August surplus and reads "
        "it negative: parser limitation, label kept (a surplus is positive).",
        "'imports from the bloc' = imports from the European Union.",
        "'biggest buyer of German goods' (US): rank 1 of exports; 'largest source of imports' (China): rank 1 of imports; "
        "running period September 2025.",
        "Economists' forecast (0.5% gain), 'first increase ... in six months', US tariff rate 15%, industrial production 1.3%, "
        "ifo index 88.4, GDP forecast 0.2%: out.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4", E_X, basis="mom"),
        fact(DE, "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion", E_X),
        fact(DE, "imports", "growth", 3.1, "percent", SEP, "3.1", E_M, basis="mom"),
        fact(DE, "imports", "value", 115.9e9, "EUR", SEP, "115.9 billion", E_M),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion",
             "The foreign trade balance therefore showed a surplus of 15.3 billion euros"),
        fact(DE, "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion", "down from 16.9 billion euros in August 2025"),
        fact(DE, "balance", "value", 18.0e9, "EUR", SEP24, "18.0 billion",
             "well below the 18.0 billion euros recorded in September 2024"),
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
             "The United States thus remained the biggest buyer of German goods", partner=US),
        fact(DE, "imports", "rank", 1, "number", SEP, "largest",
             "China was again the largest source of imports", partner="China"),
        fact(DE, "exports", "growth", -7.2, "percent", Y9, "7.2", E_Y9, partner=US),
        fact(DE, "exports", "value", 113.6e9, "EUR", Y9, "113.6 billion", E_Y9, partner=US),
    ],
}
