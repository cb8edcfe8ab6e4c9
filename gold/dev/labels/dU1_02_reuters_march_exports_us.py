from _fact import fact, period

MARCH = period(2026, 3)
FEBRUARY = period(2026, 2)
JAN_FEB = period(2026, 1, 2)
FIRST_QUARTER = period(2026, 1, 3)
MARCH_LAST_YEAR = period(2025, 3)
YEAR_2025 = period(2025, 1, 12)
EVIDENCE_EXPORTS = "Outbound shipments rose 2.6% year-on-year to $322.1 billion in March"
EVIDENCE_JAN_FEB = "slowing from 9.1% growth in the January-February period"
EVIDENCE_IMPORTS = "Imports fell 1.8% to $207.5 billion"
EVIDENCE_SURPLUS = "leaving a trade surplus of $114.6 billion, up from $102.6 billion a year earlier"
EVIDENCE_US_YOY = "Shipments to the United States fell 13.2% from a year earlier to $34.9 billion"
EVIDENCE_US_MOM = "but were up 19.5% from February's $29.2 billion"
EVIDENCE_FROM_US = "China's imports from the United States jumped 24.6% to $13.8 billion in March"
EVIDENCE_RARE_EARTHS = "Rare earth exports climbed 18.7% from February to 5,312.4 metric tons"
EVIDENCE_QUARTER = "For the first quarter, exports grew 6.7% and the trade surplus reached $300.9 billion."
US = "United States"

ARTICLE = {
    "id": "dU1_02_reuters_march_exports_us",
    "title": "China's March export growth slows; shipments to US pick up from February as truce holds",
    "publisher": "Reuters",
    "published": "2026-04-14",
    "notes": [
        "Dateline 'April 14 (Reuters)' without a year: the year comes from published (2026); 'March', 'last month', "
        "'February' are 2026; 'a year earlier' for the surplus is March 2025.",
        "All dollar figures USD. Forecasts (4.5% export rise, 1.5% import rise, 'about 3% this year', GDP 4.9%) "
        "and the growth target (4.5% to 5%) are out.",
        "'up from $102.6 billion a year earlier': the comparison base is stated as a figure, labelled as the "
        "March 2025 surplus.",
        "Exports to the US: 'fell 13.2% from a year earlier' is yoy; 'up 19.5% from February's $29.2 billion' is mom, "
        "and February's $29.2 billion is labelled as its own observation (period 2026-02).",
        "'the 12th straight monthly decline': streak, out.",
        "Tariff rates (10%, 47%) and the soybean purchase pledge (25 million metric tons a year, 2026-2028): "
        "policy numbers, not trade flows, out. Years 2026/2028 out.",
        "Rare earth exports: volume in metric tons (quantity) and its month-on-month rise (no value growth given, "
        "so the volume growth stands alone and is labelled, basis mom).",
        "Soybean imports 4.72 million tons: total soybean imports (partner null); 'U.S. cargoes taking a larger "
        "slice' carries no number.",
        "'from 5.5% in 2025': the economist cites last year's actual export growth; labelled as 2025 export growth.",
        "'The U.S. took 10.8% of China's exports': share of exports, partner United States.",
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
             "The U.S. took 10.8% of China's exports last month", partner=US),
        fact("China", "imports", "growth", 24.6, "percent", MARCH, "24.6", EVIDENCE_FROM_US, partner=US),
        fact("China", "imports", "value", 13.8e9, "USD", MARCH, "13.8 billion", EVIDENCE_FROM_US, partner=US),
        fact("China", "imports", "quantity", 4.72e6, "tonnes", MARCH, "4.72 million",
             "Soybean imports came to 4.72 million tons last month", product="soybeans"),
        fact("China", "exports", "growth", 18.7, "percent", MARCH, "18.7", EVIDENCE_RARE_EARTHS,
             product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 5312.4, "tonnes", MARCH, "5,312.4", EVIDENCE_RARE_EARTHS,
             product="rare earths"),
        fact("China", "exports", "growth", 11.8, "percent", MARCH, "11.8",
             "Exports to the Association of Southeast Asian Nations rose 11.8% from a year earlier",
             partner="ASEAN"),
        fact("China", "exports", "growth", 6.4, "percent", MARCH, "6.4",
             "those to the European Union grew 6.4%", partner="European Union"),
        fact("China", "exports", "growth", 21.3, "percent", MARCH, "21.3",
             "shipments to Africa surged 21.3%", partner="Africa"),
        fact("China", "exports", "growth", 5.5, "percent", YEAR_2025, "5.5",
             "She expects export growth to slow to about 3% this year from 5.5% in 2025."),
        fact("China", "exports", "growth", 6.7, "percent", FIRST_QUARTER, "6.7", EVIDENCE_QUARTER),
        fact("China", "balance", "value", 300.9e9, "USD", FIRST_QUARTER, "300.9 billion", EVIDENCE_QUARTER),
    ],
}
