from _fact import fact, period

KR = "South Korea"
Y25 = period(2025, 1, 12)
DEC = period(2025, 12)

S_EXP = "Outbound shipments reached $709.7 billion in 2025, up 3.8 percent from a year earlier"
S_REC = "The figure topped the previous annual record of $683.8 billion set in 2024."
S_IMP = "Imports were little changed at $631.8 billion, leaving a trade surplus of $77.9 billion, the largest since 2017."
S_CHIP = ("exports of semiconductors, the country's No. 1 export item, soared 22.2 percent on-year to an all-time high of "
          "$173.4 billion, compared with $141.9 billion the previous year")
S_SHARE = "Semiconductors accounted for 24.4 percent of the country's total outbound shipments."
S_CAR = "Automobile exports also hit a fresh high of $72 billion, beating the previous record of $70.9 billion set in 2023"
S_ECO = "Shipments of eco-friendly vehicles rose 11 percent to $25.8 billion, with hybrid vehicles surging 30 percent to $14.8 billion."
S_USED = "Used car exports jumped 75.1 percent to $8.9 billion."
S_DEC = ("In December alone, exports jumped 13.4 percent on-year to $69.6 billion, the largest monthly tally on record, "
         "beating the previous high of $65.95 billion set in September.")
S_DECM = "Imports gained 4.6 percent to $57.4 billion, resulting in a trade surplus of $12.2 billion for the month."
S_DCHIP = ("Chip exports soared 43.2 percent to $20.8 billion last month, while automobile shipments fell 1.5 percent to "
           "$6 billion")
S_PETRO = "Exports of petrochemical products and bio-health goods increased 6.8 percent and 22.4 percent, respectively."
S_DEST = ("By destination, exports to China, South Korea's largest export market, climbed 10.1 percent in December, and "
          "those to the United States went up 3.8 percent.")
S_ASEAN = ("Shipments to the Association of Southeast Asian Nations and the Middle East spiked 27.6 percent and 25.5 "
           "percent, respectively.")

ARTICLE = {
    "id": "dAX2_03_yonhap_korea_2025",
    "title": "S. Korea's exports top US$700 bln for 1st time in 2025 on record chip sales",
    "publisher": "Yonhap",
    "published": "2026-01-01",
    "notes": [
        "Area is South Korea throughout (dateline and lead); the running period is calendar 2025 until 'In December "
        "alone', whose frame carries through the December paragraphs ('for the month', 'last month', 'in December').",
        "Headline and lead threshold ('top US$700 bln', 'surpassed the US$700 billion mark') and the exact $709.7 billion "
        "are one observation: the exact figure only.",
        "Stated comparison figures from other periods are labelled with their own periods: the previous annual record of "
        "$683.8 billion (2024), chip exports of $141.9 billion 'the previous year' (2024), the car record of $70.9 billion "
        "(2023), and the previous monthly high of $65.95 billion set in September (2025-09).",
        "'the country's No. 1 export item' is a rank of semiconductor exports (rank 1, 2025).",
        "Products in the text's words: semiconductors (annual), chips (December sentence 'Chip exports'), automobiles, "
        "eco-friendly vehicles, hybrid vehicles, used cars, petrochemical products, bio-health goods. The December "
        "'automobile shipments' is product automobiles, and hybrid vehicles are labelled separately from the eco-friendly "
        "total they belong to.",
        "'Imports were little changed' gives no growth number, so only the import value is labelled.",
        "'South Korea's largest export market' (China, exports, rank 1) sits in the December sentence, so its period is "
        "2025-12.",
        "'those to the United States went up 3.8 percent' is December exports to the US (partner fact), distinct from the "
        "annual 3.8 percent growth of total exports.",
        "Two 'respectively' constructions flattened: petrochemical products / bio-health goods, and ASEAN / Middle East "
        "(partner written out as ASEAN).",
        "Out of scope, not labelled: the working-day-adjusted 8.7 percent December rise (per-working-day figure); the "
        "first-20-days-of-December figures (6.8 percent, $43 billion, chips 41.8 percent: part of a month); the KITA "
        "projection of 1 percent / $711 billion for 2026 (forecast); tariff rates (25 and 15 percent); the milestone "
        "'sixth country to join the so-called $700 billion export club'; 'the largest since 2017' and 'largest monthly "
        "tally on record' (milestones).",
    ],
    "facts": [
        fact(KR, "exports", "value", 709.7e9, "USD", Y25, "709.7 billion", S_EXP),
        fact(KR, "exports", "growth", 3.8, "percent", Y25, "3.8", S_EXP),
        fact(KR, "exports", "value", 683.8e9, "USD", period(2024, 1, 12), "683.8 billion", S_REC),
        fact(KR, "imports", "value", 631.8e9, "USD", Y25, "631.8 billion", S_IMP),
        fact(KR, "balance", "value", 77.9e9, "USD", Y25, "77.9 billion", S_IMP),
        fact(KR, "exports", "rank", 1, "number", Y25, "1", S_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 22.2, "percent", Y25, "22.2", S_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 173.4e9, "USD", Y25, "173.4 billion", S_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 141.9e9, "USD", period(2024, 1, 12), "141.9 billion", S_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 24.4, "percent", Y25, "24.4", S_SHARE, product="semiconductors"),
        fact(KR, "exports", "value", 72e9, "USD", Y25, "72 billion", S_CAR, product="automobiles"),
        fact(KR, "exports", "value", 70.9e9, "USD", period(2023, 1, 12), "70.9 billion", S_CAR, product="automobiles"),
        fact(KR, "exports", "growth", 11, "percent", Y25, "11", S_ECO, product="eco-friendly vehicles"),
        fact(KR, "exports", "value", 25.8e9, "USD", Y25, "25.8 billion", S_ECO, product="eco-friendly vehicles"),
        fact(KR, "exports", "growth", 30, "percent", Y25, "30", S_ECO, product="hybrid vehicles"),
        fact(KR, "exports", "value", 14.8e9, "USD", Y25, "14.8 billion", S_ECO, product="hybrid vehicles"),
        fact(KR, "exports", "growth", 75.1, "percent", Y25, "75.1", S_USED, product="used cars"),
        fact(KR, "exports", "value", 8.9e9, "USD", Y25, "8.9 billion", S_USED, product="used cars"),
        fact(KR, "exports", "growth", 13.4, "percent", DEC, "13.4", S_DEC),
        fact(KR, "exports", "value", 69.6e9, "USD", DEC, "69.6 billion", S_DEC),
        fact(KR, "exports", "value", 65.95e9, "USD", period(2025, 9), "65.95 billion", S_DEC),
        fact(KR, "imports", "growth", 4.6, "percent", DEC, "4.6", S_DECM),
        fact(KR, "imports", "value", 57.4e9, "USD", DEC, "57.4 billion", S_DECM),
        fact(KR, "balance", "value", 12.2e9, "USD", DEC, "12.2 billion", S_DECM),
        fact(KR, "exports", "growth", 43.2, "percent", DEC, "43.2", S_DCHIP, product="chips"),
        fact(KR, "exports", "value", 20.8e9, "USD", DEC, "20.8 billion", S_DCHIP, product="chips"),
        fact(KR, "exports", "growth", -1.5, "percent", DEC, "1.5", S_DCHIP, product="automobiles"),
        fact(KR, "exports", "value", 6e9, "USD", DEC, "6 billion", S_DCHIP, product="automobiles"),
        fact(KR, "exports", "growth", 6.8, "percent", DEC, "6.8", S_PETRO, product="petrochemical products"),
        fact(KR, "exports", "growth", 22.4, "percent", DEC, "22.4", S_PETRO, product="bio-health goods"),
        fact(KR, "exports", "rank", 1, "number", DEC, "largest", S_DEST, partner="China"),
        fact(KR, "exports", "growth", 10.1, "percent", DEC, "10.1", S_DEST, partner="China"),
        fact(KR, "exports", "growth", 3.8, "percent", DEC, "3.8", S_DEST, partner="United States"),
        fact(KR, "exports", "growth", 27.6, "percent", DEC, "27.6", S_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 25.5, "percent", DEC, "25.5", S_ASEAN, partner="Middle East"),
    ],
}
