from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
YEAR_2023 = period(2023, 1, 12)
EVIDENCE_TOTAL = (
    "the total import and export value of Anhui's trade in goods reached 858.51 billion yuan in 2024, hitting a record "
    "high and increasing by 6.6% over the previous year"
)
EVIDENCE_EXPORTS = "exports amounted to 570.24 billion yuan, up 9%"
EVIDENCE_IMPORTS = "imports were 288.27 billion yuan, up 2.2%"
EVIDENCE_PRIVATE = (
    "Private enterprises remained the main force, with their imports and exports reaching 451.2 billion yuan, "
    "a year-on-year increase of 6%, accounting for 52.6% of the province's total"
)
EVIDENCE_PARTNERS = (
    "The European Union, ASEAN and the United States remained Anhui's top three trading partners, with imports and "
    "exports of 113.78 billion yuan, 98.12 billion yuan and 96.55 billion yuan respectively, up 8.2%, 4.1% and 6.3% "
    "year-on-year respectively"
)
EVIDENCE_BELT_ROAD = (
    "Trade with countries participating in the Belt and Road Initiative reached 434.7 billion yuan, accounting for "
    "50.6% of the total"
)
EVIDENCE_MECH_ELEC = (
    "Exports of electromechanical products came to 410.5 billion yuan, accounting for 72% of the province's total "
    "export value"
)
EVIDENCE_AUTOS = (
    "automobile exports were valued at 103.47 billion yuan, and the province exported 1.02 million vehicles, "
    "ranking first in China"
)
EVIDENCE_HEFEI = (
    "Hefei's imports and exports were 372.96 billion yuan, up 7.1%, accounting for 43.4% of the province's total "
    "foreign trade"
)
EU = "European Union"
US = "United States"
BELT_ROAD = "Belt and Road partner countries"
MECH_ELEC = "electromechanical products"

ARTICLE = {
    "id": "dV1_03_anhui_gov_foreign_trade_2024",
    "title": "Anhui's Foreign Trade Tops 850 Billion Yuan in 2024, Ranking Ninth Nationwide",
    "publisher": "Anhui Provincial People's Government",
    "published": "2025-01-21",
    "notes": [
        "Provincial government release of Hefei Customs data; running period is the year 2024, stated in the text.",
        "Headline 'Tops 850 Billion Yuan' is a threshold for the same observation as 858.51 billion: exact only. "
        "Headline 'Ranking Ninth' restates the body rank: labelled once with body evidence.",
        "'In 2023, the province's imports and exports totaled 805.22 billion yuan' is the previous year's value: "
        "labelled with period 2023.",
        "'1.6 percentage points higher than the national growth rate': out. '1,112 more than the previous year': "
        "derived comparison of a count, out.",
        "13,216 enterprises with actual import and export performance: count, segment 'foreign trade enterprises'.",
        "'leading position among the six central provinces for the fourth consecutive year': no ordinal stated and a "
        "streak: not labelled.",
        "'top three trading partners' followed by a list: implied ranks, not labelled; values and growth rates from "
        "the two 'respectively' lists are paired in order.",
        "Belt and Road trade: area partner canonicalised to 'Belt and Road partner countries'; no growth given.",
        "Electromechanical exports: product in the text's words; share of total exports.",
        "Automobiles: export value (CNY), export quantity 1.02 million vehicles (quantity, unit number) and rank first "
        "in China; the rank is read as attached to the vehicle exports.",
        "Wuhu 'exceeded 100 billion yuan for the first time, reaching 104.53 billion yuan': exact figure only; "
        "'second city ... above that level' is a milestone, out.",
        "Freight train trips (1,011), 10 comprehensive bonded zones, GDP (5.8%, 5.06 trillion yuan), 2025 plans: out.",
    ],
    "facts": [
        fact("Anhui", "total", "value", 858.51e9, "CNY", YEAR_2024, "858.51 billion", EVIDENCE_TOTAL),
        fact("Anhui", "total", "growth", 6.6, "percent", YEAR_2024, "6.6", EVIDENCE_TOTAL, basis="yoy"),
        fact("Anhui", "exports", "value", 570.24e9, "CNY", YEAR_2024, "570.24 billion", EVIDENCE_EXPORTS),
        fact("Anhui", "exports", "growth", 9, "percent", YEAR_2024, "9", EVIDENCE_EXPORTS, basis="yoy"),
        fact("Anhui", "imports", "value", 288.27e9, "CNY", YEAR_2024, "288.27 billion", EVIDENCE_IMPORTS),
        fact("Anhui", "imports", "growth", 2.2, "percent", YEAR_2024, "2.2", EVIDENCE_IMPORTS, basis="yoy"),
        fact("Anhui", "total", "value", 805.22e9, "CNY", YEAR_2023, "805.22 billion",
             "In 2023, the province's imports and exports totaled 805.22 billion yuan"),
        fact("Anhui", "total", "rank", 9, "number", YEAR_2024, "ninth",
             "Anhui's foreign trade ranked ninth in China last year"),
        fact("Anhui", "total", "count", 13216, "number", YEAR_2024, "13,216",
             "there were 13,216 enterprises with actual import and export performance in Anhui",
             segment="foreign trade enterprises"),
        fact("Anhui", "total", "value", 451.2e9, "CNY", YEAR_2024, "451.2 billion", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("Anhui", "total", "growth", 6, "percent", YEAR_2024, "6", EVIDENCE_PRIVATE,
             segment="private enterprises", basis="yoy"),
        fact("Anhui", "total", "share", 52.6, "percent", YEAR_2024, "52.6", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("Anhui", "total", "value", 113.78e9, "CNY", YEAR_2024, "113.78 billion", EVIDENCE_PARTNERS, partner=EU),
        fact("Anhui", "total", "value", 98.12e9, "CNY", YEAR_2024, "98.12 billion", EVIDENCE_PARTNERS,
             partner="ASEAN"),
        fact("Anhui", "total", "value", 96.55e9, "CNY", YEAR_2024, "96.55 billion", EVIDENCE_PARTNERS, partner=US),
        fact("Anhui", "total", "growth", 8.2, "percent", YEAR_2024, "8.2", EVIDENCE_PARTNERS, partner=EU,
             basis="yoy"),
        fact("Anhui", "total", "growth", 4.1, "percent", YEAR_2024, "4.1", EVIDENCE_PARTNERS, partner="ASEAN",
             basis="yoy"),
        fact("Anhui", "total", "growth", 6.3, "percent", YEAR_2024, "6.3", EVIDENCE_PARTNERS, partner=US,
             basis="yoy"),
        fact("Anhui", "total", "value", 434.7e9, "CNY", YEAR_2024, "434.7 billion", EVIDENCE_BELT_ROAD,
             partner=BELT_ROAD),
        fact("Anhui", "total", "share", 50.6, "percent", YEAR_2024, "50.6", EVIDENCE_BELT_ROAD, partner=BELT_ROAD),
        fact("Anhui", "exports", "value", 410.5e9, "CNY", YEAR_2024, "410.5 billion", EVIDENCE_MECH_ELEC,
             product=MECH_ELEC),
        fact("Anhui", "exports", "share", 72, "percent", YEAR_2024, "72", EVIDENCE_MECH_ELEC, product=MECH_ELEC),
        fact("Anhui", "exports", "value", 103.47e9, "CNY", YEAR_2024, "103.47 billion", EVIDENCE_AUTOS,
             product="automobiles"),
        fact("Anhui", "exports", "quantity", 1.02e6, "number", YEAR_2024, "1.02 million", EVIDENCE_AUTOS,
             product="automobiles"),
        fact("Anhui", "exports", "rank", 1, "number", YEAR_2024, "first", EVIDENCE_AUTOS, product="automobiles"),
        fact("Hefei", "total", "value", 372.96e9, "CNY", YEAR_2024, "372.96 billion", EVIDENCE_HEFEI),
        fact("Hefei", "total", "growth", 7.1, "percent", YEAR_2024, "7.1", EVIDENCE_HEFEI, basis="yoy"),
        fact("Hefei", "total", "share", 43.4, "percent", YEAR_2024, "43.4", EVIDENCE_HEFEI),
        fact("Wuhu", "total", "value", 104.53e9, "CNY", YEAR_2024, "104.53 billion",
             "Wuhu's foreign trade exceeded 100 billion yuan for the first time, reaching 104.53 billion yuan"),
    ],
}
