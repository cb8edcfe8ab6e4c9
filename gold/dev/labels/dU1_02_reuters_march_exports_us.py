from _fact import fact, period

MARCH = period(2026, 3)
FEBRUARY = period(2026, 2)
JAN_FEB = period(2026, 1, 2)
FIRST_QUARTER = period(2026, 1, 3)
MARCH_LAST_YEAR = period(2025, 3)
YEAR_2025 = period(2025, 1, 12)
EVIDENCE_EXPORTS = "March exports came in at $322.1 billion, 2.6% higher year-on-year"
EVIDENCE_JAN_FEB = "the 9.1% expansion recorded over January-February"
EVIDENCE_IMPORTS = "instead slid 1.8% to $207.5 billion"
EVIDENCE_SURPLUS = "China's trade surplus came to $114.6 billion, larger than the $102.6 billion posted a year earlier"
EVIDENCE_US_YOY = "U.S.-bound shipments, at $34.9 billion, were down 13.2% on a year earlier"
EVIDENCE_US_MOM = "they jumped 19.5% compared with February's $29.2 billion"
EVIDENCE_FROM_US = "China's purchases from the United States climbed 24.6% in March to $13.8 billion"
EVIDENCE_RARE_EARTHS = "Exports of rare earths rose to 5,312.4 metric tons, 18.7% more than in February"
EVIDENCE_QUARTER = "In the first quarter as a whole, exports expanded 6.7% and the trade surplus totalled $300.9 billion."
US = "United States"

ARTICLE = {
    "id": "dU1_02_reuters_march_exports_us",
    "title": "China's export growth cools in March; US-bound sales rebound from February under trade truce",
    "publisher": "Reuters",
    "published": "2026-04-14",
    "notes": [
        "Dateline 'April 14 (Reuters)' without a year: the year comes from published (2026); 'March', 'Last month', "
        "'February' are 2026; 'a year earlier' for the surplus is March 2025.",
        "All dollar figures USD. Forecasts (4.5% export gain, 1.5% import rise, 'roughly 3% this year', GDP 4.9%) "
        "and the growth target (4.5% to 5%) are out.",
        "'larger than the $102.6 billion posted a year earlier': the comparison base is stated as a figure, labelled as the "
        "March 2025 surplus.",
        "Exports to the US: 'down 13.2% on a year earlier' is yoy; 'jumped 19.5% compared with February's $29.2 billion' is mom, "
        "and February's $29.2 billion is labelled as its own observation (period 2026-02).",
        "'a 12th consecutive monthly decline': streak, out.",
        "Tariff rates (10%, 47%) and the soybean purchase pledge (25 million metric tons a year, 2026-2028): "
        "policy numbers, not trade flows, out. Years 2026/2028 out.",
        "Rare earth exports: volume in metric tons (quantity) and its month-on-month rise (no value growth given, "
        "so the volume growth stands alone and is labelled, basis mom).",
        "Soybean imports 4.72 million tons: total soybean imports (partner null); 'American cargoes made up a "
        "bigger share' carries no number.",
        "'which was 5.5% in 2025': the economist cites last year's actual export growth; labelled as 2025 export growth.",
        "'the United States absorbed 10.8% of Chinese exports': share of exports, partner United States.",
    ],
    "facts": [
        fact("China", "exports", "growth", 2.6, "percent", MARCH, "2.6", EVIDENCE_EXPORTS),
        fact("China", "exports", "value", 322.1e9, "USD", MARCH, "322.1 billion", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 9.1, "percent", JAN_FEB, "9.1", EVIDENCE_JAN_FEB),
        fact("China", "imports", "growth", -1.8, "percent", MARCH, "1.8", EVIDENCE_IMPORTS),
        fact("China", "imports", "value", 207.5e9, "USD", MARCH, "207.5 billion", EVIDENCE_IMPORTS),
        fact("China", "balance", "value", 114.6e9, "USD", MARCH, "114.6 billion", EVIDENCE_SURPLUS),
        fact("China", "balance", "value", 102.6e9, "USD", MARCH_LAST_YEAR, "102.6 billion", EVIDENCE_SURPLUS),
        fact("China", "exports", "growth", -13.2, "percent", MARCH, "13.2", EVIDENCE_US_YOY, partner=US),
        fact("China", "exports", "value", 34.9e9, "USD", MARCH, "34.9 billion", EVIDENCE_US_YOY, partner=US),
        fact("China", "exports", "growth", 19.5, "percent", MARCH, "19.5", EVIDENCE_US_MOM, partner=US, basis="mom"),
        fact("China", "exports", "value", 29.2e9, "USD", FEBRUARY, "29.2 billion", EVIDENCE_US_MOM, partner=US),
        fact("China", "exports", "share", 10.8, "percent", MARCH, "10.8",
             "Last month the United States absorbed 10.8% of Chinese exports", partner=US),
        fact("China", "imports", "growth", 24.6, "percent", MARCH, "24.6", EVIDENCE_FROM_US, partner=US),
        fact("China", "imports", "value", 13.8e9, "USD", MARCH, "13.8 billion", EVIDENCE_FROM_US, partner=US),
        fact("China", "imports", "quantity", 4.72e6, "tonnes", MARCH, "4.72 million",
             "Last month's soybean imports totalled 4.72 million tons", product="soybeans"),
        fact("China", "exports", "growth", 18.7, "percent", MARCH, "18.7", EVIDENCE_RARE_EARTHS,
             product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 5312.4, "tonnes", MARCH, "5,312.4", EVIDENCE_RARE_EARTHS,
             product="rare earths"),
        fact("China", "exports", "growth", 11.8, "percent", MARCH, "11.8",
             "Shipments to the Association of Southeast Asian Nations increased 11.8% year-on-year",
             partner="ASEAN"),
        fact("China", "exports", "growth", 6.4, "percent", MARCH, "6.4",
             "exports to the European Union advanced 6.4%", partner="European Union"),
        fact("China", "exports", "growth", 21.3, "percent", MARCH, "21.3",
             "Africa-bound exports jumped 21.3%", partner="Africa"),
        fact("China", "exports", "growth", 5.5, "percent", YEAR_2025, "5.5",
             "She sees export growth, which was 5.5% in 2025, cooling to roughly 3% this year."),
        fact("China", "exports", "growth", 6.7, "percent", FIRST_QUARTER, "6.7", EVIDENCE_QUARTER),
        fact("China", "balance", "value", 300.9e9, "USD", FIRST_QUARTER, "300.9 billion", EVIDENCE_QUARTER),
    ],
}
