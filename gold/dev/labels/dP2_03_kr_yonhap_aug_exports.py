from _fact import fact, period

AUGUST = period(2024, 8)
JAN_AUG = period(2024, 1, 8)
YEAR_2023 = period(2023, 1, 12)
KOREA = "South Korea"
US = "United States"

EVIDENCE_EXPORTS = "exports climbing 11.4 percent on-year last month to reach US$57.94 billion"
EVIDENCE_IMPORTS = "With imports up 6 percent to $54.11 billion, the country posted a trade surplus of $3.83 billion"
EVIDENCE_CHIPS = (
    "semiconductor exports jumped 38.8 percent on-year, reaching $11.88 billion, an August record, "
    "and made up 20.5 percent of all outbound shipments"
)
EVIDENCE_IT = "exports of computers and wireless communication devices grew 91.8 percent and 20.9 percent, respectively"
EVIDENCE_AUTOS = "Exports of automobiles, by contrast, dropped 4 percent to $4.62 billion"
EVIDENCE_PETROLEUM = "Weaker global oil prices pulled exports of petroleum products down 10.3 percent to $4.09 billion"
EVIDENCE_CHINA = "shipments to China, the largest destination for South Korean exports, rose 4.9 percent to $11.4 billion"
EVIDENCE_US = "Exports to the United States reached an August record of $10.4 billion, up 8.7 percent"
EVIDENCE_ASEAN = "those to the Association of Southeast Asian Nations (ASEAN) advanced 15.8 percent to $10.1 billion"
EVIDENCE_ENERGY = "Imports of energy such as crude oil, gas and coal were down 2.5 percent on-year at $11.3 billion"
EVIDENCE_YTD = "Cumulative exports for January-August reached $442 billion, up 9.1 percent from a year earlier"

ARTICLE = {
    "id": "dP2_03_kr_yonhap_aug_exports",
    "title": "(LEAD) Record chip sales extend S. Korea's export growth to 11th month in August",
    "publisher": "Yonhap",
    "published": "2024-09-01",
    "notes": [
        "Yonhap story on the trade ministry's August data; the dateline has no year, the text names 2023 (last year's full-year fall); August and January-August are 2024 from published.",
        "All growth rates are on-year (Yonhap's 'on-year', 'from a year earlier'); those without their own cue take the article's on-year frame.",
        "Average daily exports ('Exports per working day averaged', 7.3 percent, $2.52 billion) are per-working-day averages: out of scope.",
        "Streaks ('11th straight month', '15th consecutive monthly surplus', '10 months in a row', 'fourth month in a row'), records ('an August record'), "
        "'Nine of the 15 major export categories' and the $700 billion annual target: out of scope.",
        "'made up 20.5 percent of all outbound shipments': export share of semiconductors.",
        "'the largest destination for South Korean exports' labelled as rank 1 of South Korea's exports by destination (China), period August 2024.",
        "'those to the Association of Southeast Asian Nations (ASEAN)' are exports (carried from 'Exports to the United States' in the same sentence): partner ASEAN.",
        "'Sales to the European Union edged down 0.9 percent': growth only, no value given.",
        "'Imports of energy such as crude oil, gas and coal': product 'energy'.",
        "'In 2023, ... full-year exports to contract 7.4 percent on-year': full-year 2023 export growth, labelled with period 2023.",
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
        fact(KOREA, "exports", "growth", 76.9, "percent", AUGUST, "76.9", "sent ship exports soaring 76.9 percent", product="ships"),
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
        fact(KOREA, "exports", "growth", -0.9, "percent", AUGUST, "0.9", "Sales to the European Union edged down 0.9 percent",
             partner="European Union"),
        fact(KOREA, "balance", "value", 4.61e9, "USD", AUGUST, "4.61 billion", "South Korea's surplus in trade with the U.S. came to $4.61 billion in August",
             partner=US),
        fact(KOREA, "imports", "growth", -2.5, "percent", AUGUST, "2.5", EVIDENCE_ENERGY, product="energy"),
        fact(KOREA, "imports", "value", 11.3e9, "USD", AUGUST, "11.3 billion", EVIDENCE_ENERGY, product="energy"),
        fact(KOREA, "exports", "growth", 9.1, "percent", JAN_AUG, "9.1", EVIDENCE_YTD),
        fact(KOREA, "exports", "value", 442e9, "USD", JAN_AUG, "442 billion", EVIDENCE_YTD),
        fact(KOREA, "exports", "growth", -7.4, "percent", YEAR_2023, "7.4", "In 2023, a long slump in the chip sector caused full-year exports to contract 7.4 percent on-year"),
    ],
}
