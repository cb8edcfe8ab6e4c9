from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
YEAR_2023 = period(2023, 1, 12)
EVIDENCE_TOTAL = (
    "Anhui's goods trade hit an all-time high of 858.51 billion yuan in 2024, a rise of 6.6% over the previous year"
)
EVIDENCE_EXPORTS = "exports came in at 570.24 billion yuan, 9% higher"
EVIDENCE_IMPORTS = "imports stood at 288.27 billion yuan, 2.2% higher"
EVIDENCE_PRIVATE = (
    "Private enterprises were still the leading force: their trade rose 6% year-on-year to 451.2 billion yuan, "
    "equal to 52.6% of the provincial total"
)
EVIDENCE_PARTNERS = (
    "Its three biggest trading partners were again the European Union, ASEAN and the United States, whose trade with "
    "the province totaled 113.78 billion yuan, 98.12 billion yuan and 96.55 billion yuan respectively, representing "
    "year-on-year growth of 8.2%, 4.1% and 6.3% respectively"
)
EVIDENCE_BELT_ROAD = (
    "Belt and Road Initiative partner countries generated 434.7 billion yuan of the trade, or 50.6% of the total"
)
EVIDENCE_MECH_ELEC = (
    "Electromechanical products made up 72% of the province's export value, with shipments worth 410.5 billion yuan"
)
EVIDENCE_AUTOS = (
    "automobile exports totaled 103.47 billion yuan in value, and at 1.02 million vehicles, Anhui's shipments were "
    "the highest of any province, placing it first in China"
)
EVIDENCE_HEFEI = (
    "Hefei's trade grew 7.1% to 372.96 billion yuan, or 43.4% of Anhui's total foreign trade"
)
EU = "European Union"
US = "United States"
BELT_ROAD = "Belt and Road partner countries"
MECH_ELEC = "electromechanical products"

ARTICLE = {
    "id": "dV1_03_anhui_gov_foreign_trade_2024",
    "title": "Anhui Ranks Ninth in China as 2024 Foreign Trade Passes 850 Billion Yuan",
    "publisher": "Anhui Provincial People's Government",
    "published": "2025-01-21",
    "notes": [
        "Provincial government release of Hefei Customs data; running period is the year 2024, stated in the text.",
        "Headline 'Passes 850 Billion Yuan' is a threshold for the same observation as 858.51 billion: exact only. "
        "Headline 'Ranks Ninth' restates the body rank: labelled once with body evidence.",
        "'Anhui's 2023 trade in goods came to 805.22 billion yuan' is the previous year's value: "
        "labelled with period 2023.",
        "'outpaced national growth by 1.6 percentage points': out. 'an increase of 1,112 on a year earlier': "
        "derived comparison of a count, out.",
        "13,216 enterprises with actual import and export performance: count, segment 'foreign trade enterprises'.",
        "'for a fourth straight year it led the six central provinces': no ordinal stated and a "
        "streak: not labelled.",
        "'three biggest trading partners' followed by a list: implied ranks, not labelled; values and growth rates from "
        "the two 'respectively' lists are paired in order.",
        "Belt and Road trade: area partner canonicalised to 'Belt and Road partner countries'; no growth given.",
        "Electromechanical exports: product in the text's words; share of total exports.",
        "Automobiles: export value (CNY), export quantity 1.02 million vehicles (quantity, unit number) and rank first "
        "in China; the rank is read as attached to the vehicle exports.",
        "Wuhu 'passed the 100 billion yuan mark for the first time with trade of 104.53 billion yuan': exact figure only; "
        "'second city to reach that annual level' is a milestone, out.",
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
             "Anhui's 2023 trade in goods came to 805.22 billion yuan"),
        fact("Anhui", "total", "rank", 9, "number", YEAR_2024, "ninth",
             "the province's foreign trade was ninth in the country last year"),
        fact("Anhui", "total", "count", 13216, "number", YEAR_2024, "13,216",
             "Anhui had 13,216 enterprises with actual import and export performance in 2024",
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
             "Wuhu passed the 100 billion yuan mark for the first time with trade of 104.53 billion yuan"),
    ],
}
