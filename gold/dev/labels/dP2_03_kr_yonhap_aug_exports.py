from _fact import fact, period

AUGUST = period(2024, 8)
JAN_AUG = period(2024, 1, 8)
YEAR_2023 = period(2023, 1, 12)
KOREA = "South Korea"
US = "United States"

EVIDENCE_EXPORTS = "Outbound shipments increased 11.4 percent on-year to US$57.94 billion last month"
EVIDENCE_IMPORTS = "Imports gained 6 percent to $54.11 billion, leaving a trade surplus of $3.83 billion"
EVIDENCE_CHIPS = (
    "exports of semiconductors soared 38.8 percent on-year to $11.88 billion, the highest for any August, "
    "accounting for 20.5 percent of the country's total outbound shipments"
)
EVIDENCE_IT = "Exports of computers and wireless communication devices rose 91.8 percent and 20.9 percent, respectively"
EVIDENCE_AUTOS = "Automobile exports, however, fell 4 percent to $4.62 billion"
EVIDENCE_PETROLEUM = "Outbound shipments of petroleum products declined 10.3 percent to $4.09 billion"
EVIDENCE_CHINA = "exports to China, South Korea's largest export market, went up 4.9 percent to $11.4 billion"
EVIDENCE_US = "Shipments to the United States increased 8.7 percent to $10.4 billion"
EVIDENCE_ASEAN = "those to the Association of Southeast Asian Nations (ASEAN) gained 15.8 percent to $10.1 billion"
EVIDENCE_ENERGY = "energy imports, including crude oil, gas and coal, fell 2.5 percent on-year to $11.3 billion"
EVIDENCE_YTD = "For the January-August period, exports rose 9.1 percent from a year earlier to $442 billion"

ARTICLE = {
    "id": "dP2_03_kr_yonhap_aug_exports",
    "title": "(LEAD) S. Korea's exports up for 11th month in August on record chip sales",
    "publisher": "Yonhap",
    "published": "2024-09-01",
    "notes": [
        "Yonhap story on the trade ministry's August data; the dateline has no year, the text names 2023 (last year's full-year fall); August and January-August are 2024 from published.",
        "All growth rates are on-year (Yonhap's 'on-year', 'from a year earlier'); those without their own cue take the article's on-year frame.",
        "Average daily exports (7.3 percent, $2.52 billion) are per-working-day averages: out of scope.",
        "Streaks ('11th consecutive month', '15 months in a row', '10 straight months', 'fourth straight month'), records ('highest for any August'), "
        "'Nine of the country's 15 major export items' and the $700 billion annual target: out of scope.",
        "'accounting for 20.5 percent of the country's total outbound shipments': export share of semiconductors.",
        "'South Korea's largest export market' labelled as rank 1 of South Korea's exports by destination (China), period August 2024.",
        "'those to the Association of Southeast Asian Nations (ASEAN)' are exports (carried from 'Shipments to the United States' in the same sentence): partner ASEAN.",
        "'Exports to the European Union slipped 0.9 percent': growth only, no value given.",
        "'energy imports, including crude oil, gas and coal': product 'energy'.",
        "'Annual exports shrank 7.4 percent on-year in 2023': full-year 2023 export growth, labelled with period 2023.",
    ],
    "facts": [
        fact(KOREA, "exports", "value", 57.94e9, "USD", AUGUST, "57.94 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "growth", 11.4, "percent", AUGUST, "11.4", EVIDENCE_EXPORTS),
        fact(KOREA, "imports", "value", 54.11e9, "USD", AUGUST, "54.11 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "imports", "growth", 6, "percent", AUGUST, "6", EVIDENCE_IMPORTS),
        fact(KOREA, "balance", "value", 3.83e9, "USD", AUGUST, "3.83 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "exports", "value", 11.88e9, "USD", AUGUST, "11.88 billion", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "growth", 38.8, "percent", AUGUST, "38.8", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "share", 20.5, "percent", AUGUST, "20.5", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "growth", 91.8, "percent", AUGUST, "91.8", EVIDENCE_IT, product="computers"),
        fact(KOREA, "exports", "growth", 20.9, "percent", AUGUST, "20.9", EVIDENCE_IT, product="wireless communication devices"),
        fact(KOREA, "exports", "growth", 76.9, "percent", AUGUST, "76.9", "Shipments of ships surged 76.9 percent", product="ships"),
        fact(KOREA, "exports", "growth", -4, "percent", AUGUST, "4", EVIDENCE_AUTOS, product="automobiles"),
        fact(KOREA, "exports", "value", 4.62e9, "USD", AUGUST, "4.62 billion", EVIDENCE_AUTOS, product="automobiles"),
        fact(KOREA, "exports", "growth", -10.3, "percent", AUGUST, "10.3", EVIDENCE_PETROLEUM, product="petroleum products"),
        fact(KOREA, "exports", "value", 4.09e9, "USD", AUGUST, "4.09 billion", EVIDENCE_PETROLEUM, product="petroleum products"),
        fact(KOREA, "exports", "rank", 1, "number", AUGUST, "largest", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 4.9, "percent", AUGUST, "4.9", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "value", 11.4e9, "USD", AUGUST, "11.4 billion", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 8.7, "percent", AUGUST, "8.7", EVIDENCE_US, partner=US),
        fact(KOREA, "exports", "value", 10.4e9, "USD", AUGUST, "10.4 billion", EVIDENCE_US, partner=US),
        fact(KOREA, "exports", "growth", 15.8, "percent", AUGUST, "15.8", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "value", 10.1e9, "USD", AUGUST, "10.1 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(KOREA, "exports", "growth", -0.9, "percent", AUGUST, "0.9", "Exports to the European Union slipped 0.9 percent",
             partner="European Union"),
        fact(KOREA, "balance", "value", 4.61e9, "USD", AUGUST, "4.61 billion", "The trade surplus with the U.S. stood at $4.61 billion in August",
             partner=US),
        fact(KOREA, "imports", "growth", -2.5, "percent", AUGUST, "2.5", EVIDENCE_ENERGY, product="energy"),
        fact(KOREA, "imports", "value", 11.3e9, "USD", AUGUST, "11.3 billion", EVIDENCE_ENERGY, product="energy"),
        fact(KOREA, "exports", "growth", 9.1, "percent", JAN_AUG, "9.1", EVIDENCE_YTD),
        fact(KOREA, "exports", "value", 442e9, "USD", JAN_AUG, "442 billion", EVIDENCE_YTD),
        fact(KOREA, "exports", "growth", -7.4, "percent", YEAR_2023, "7.4", "Annual exports shrank 7.4 percent on-year in 2023"),
    ],
}
