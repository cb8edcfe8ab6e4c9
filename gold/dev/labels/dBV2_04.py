from _fact import fact, period

SA = "Saudi Arabia"
SEP = period(2026, 9)
SEP25 = period(2025, 9)
Q3 = period(2026, 7, 9)
NONOIL = "non-oil"
NAT = "national exports"

ARTICLE = {
    "id": "dBV2_04",
    "title": "Saudi non-oil exports jump 22% in September as re-exports surge, GASTAT data shows",
    "publisher": "Arab News",
    "published": "2026-11-25",
    "notes": [
        "Real figures: none (September 2026 has not happened). Modelled on Arab News / GASTAT monthly trade stories "
        "(non-oil exports including re-exports, national non-oil exports, oil share, ratio of non-oil exports to "
        "imports, China top destination and source, chemical and allied industries, plastics, machinery imports). "
        "Invented: every value. Derived: non-oil = total - oil (101.6 - 73.2 = 28.4); national = 28.4 - 9.1 = 19.3; "
        "surplus = 101.6 - 69.5 = 32.1; dollar conversion at 3.75 (27.09); oil share 72.0, a year earlier 76.2 "
        "(from the stated growth rates); non-oil growth 22.1 and national 14.8 (14.7 by back-calculation, within "
        "rounding of the inputs); September 2025 surplus 32.4; shares of chemicals 24.6, plastics 21.5, China 14.7 and 26.3 all from the stated values.",
        "Judgement calls: product 'non-oil' for non-oil exports including re-exports; national non-oil exports are "
        "product 'non-oil' with segment 'national exports'; re-exports are segment 're-exports' with no product. "
        "'Oil exports' share is product 'oil'. The September 2025 oil share (76.2) and the September 2025 surplus "
        "(SR32.4 billion) are facts of period 2025-09. "
        "'top destination' rank 1 for exports to China, 'largest source' rank 1 for imports from China. "
        "The headline's 22% is the body's 22.1 percent: labelled once with the body's evidence. "
        "The dollar conversion ($27.09 billion) has no 'about': exact. 'SR' glued to the number: value_text is the "
        "number and scale alone.",
        "Not facts: the 4.2 percentage-point drop of the oil share (derived comparison); the ratio of non-oil exports "
        "to imports (40.9 and 35.5 percent: a ratio between flows, not a share of a whole); Brent at $71 a barrel; "
        "9.9 million barrels per day of output; the Vision 2030 goal of 50 percent of non-oil GDP and the year 2030; "
        "the peg of 3.75 riyals to the dollar; 'world's second-biggest economy'.",
        "Copy check: 9 sentences searched, 3 reworded (the India/Japan 'respectively' sentence and the China export-share clause, which echoed a 2021 Arab News story; the ratio sentence, which had the skeleton of a 2022 Arab News sentence).",
        "Second check: 27 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(SA, "exports", "value", 28.4e9, "SAR", SEP, "28.4 billion",
             "Shipments of non-oil goods from Saudi Arabia, re-exports included, climbed 22.1 percent in September from the same month of 2025 and reached SR28.4 billion",
             product=NONOIL),
        fact(SA, "exports", "growth", 22.1, "percent", SEP, "22.1",
             "Shipments of non-oil goods from Saudi Arabia, re-exports included, climbed 22.1 percent in September",
             product=NONOIL),
        fact(SA, "exports", "value", 9.1e9, "SAR", SEP, "9.1 billion",
             "The value of goods brought into the Kingdom and shipped on again without processing soared 41.5 percent to SR9.1 billion",
             segment="re-exports"),
        fact(SA, "exports", "growth", 41.5, "percent", SEP, "41.5",
             "The value of goods brought into the Kingdom and shipped on again without processing soared 41.5 percent",
             segment="re-exports"),
        fact(SA, "exports", "value", 19.3e9, "SAR", SEP, "19.3 billion",
             "came to SR19.3 billion, an annual gain of 14.8 percent", product=NONOIL, segment=NAT),
        fact(SA, "exports", "growth", 14.8, "percent", SEP, "14.8",
             "came to SR19.3 billion, an annual gain of 14.8 percent", product=NONOIL, segment=NAT),
        fact(SA, "exports", "growth", 4.6, "percent", SEP, "4.6",
             "Compared with August, non-oil exports including re-exports were 4.6 percent higher",
             product=NONOIL, basis="mom"),
        fact(SA, "exports", "value", 101.6e9, "SAR", SEP, "101.6 billion",
             "Total merchandise exports stood at SR101.6 billion ($27.09 billion) in September"),
        fact(SA, "exports", "value", 27.09e9, "USD", SEP, "$27.09 billion",
             "Total merchandise exports stood at SR101.6 billion ($27.09 billion) in September"),
        fact(SA, "exports", "growth", 3.8, "percent", SEP, "3.8",
             "Total merchandise exports stood at SR101.6 billion ($27.09 billion) in September, a rise of 3.8 percent on a year earlier"),
        fact(SA, "exports", "growth", -1.9, "percent", SEP, "1.9",
             "Oil exports, covering crude and refined products, slipped 1.9 percent to SR73.2 billion", product="oil"),
        fact(SA, "exports", "value", 73.2e9, "SAR", SEP, "73.2 billion",
             "Oil exports, covering crude and refined products, slipped 1.9 percent to SR73.2 billion", product="oil"),
        fact(SA, "exports", "share", 72, "percent", SEP, "72",
             "That left oil with 72 percent of everything the Kingdom sold abroad", product="oil"),
        fact(SA, "exports", "share", 76.2, "percent", SEP25, "76.2",
             "That left oil with 72 percent of everything the Kingdom sold abroad, down from 76.2 percent a year earlier",
             product="oil"),
        fact(SA, "imports", "growth", 6.1, "percent", SEP, "6.1",
             "merchandise imports grew 6.1 percent year-on-year to SR69.5 billion"),
        fact(SA, "imports", "value", 69.5e9, "SAR", SEP, "69.5 billion",
             "merchandise imports grew 6.1 percent year-on-year to SR69.5 billion"),
        fact(SA, "imports", "growth", -2.3, "percent", SEP, "2.3",
             "Measured against August, however, purchases from abroad eased 2.3 percent", basis="mom"),
        fact(SA, "balance", "value", 32.1e9, "SAR", SEP, "32.1 billion",
             "The gap between the two flows left a trade surplus of SR32.1 billion in September"),
        fact(SA, "balance", "value", 32.4e9, "SAR", SEP25, "32.4 billion",
             "a touch below the SR32.4 billion recorded in the same month of 2025"),
        fact(SA, "exports", "value", 7e9, "SAR", SEP, "7 billion",
             "They were worth SR7 billion, or 24.6 percent of non-oil exports",
             product="products of the chemical and allied industries"),
        fact(SA, "exports", "share", 24.6, "percent", SEP, "24.6",
             "They were worth SR7 billion, or 24.6 percent of non-oil exports",
             product="products of the chemical and allied industries"),
        fact(SA, "exports", "growth", 9.3, "percent", SEP, "9.3",
             "expanded 9.3 percent on the year", product="products of the chemical and allied industries"),
        fact(SA, "exports", "value", 6.1e9, "SAR", SEP, "6.1 billion",
             "Plastics, rubber and articles thereof came next with SR6.1 billion",
             product="plastics, rubber and articles thereof"),
        fact(SA, "exports", "share", 21.5, "percent", SEP, "21.5",
             "accounting for 21.5 percent of the non-oil total", product="plastics, rubber and articles thereof"),
        fact(SA, "imports", "value", 16.8e9, "SAR", SEP, "16.8 billion",
             "the Kingdom bought SR16.8 billion of machinery, mechanical appliances and electrical equipment",
             product="machinery, mechanical appliances and electrical equipment"),
        fact(SA, "exports", "rank", 1, "number", SEP, "top",
             "Once again, the top destination for Saudi merchandise was China", partner="China"),
        fact(SA, "exports", "value", 14.9e9, "SAR", SEP, "14.9 billion",
             "Shipments to the world's second-biggest economy totalled SR14.9 billion", partner="China"),
        fact(SA, "exports", "share", 14.7, "percent", SEP, "14.7",
             "which was 14.7 percent of overall exports", partner="China"),
        fact(SA, "exports", "share", 9.6, "percent", SEP, "9.6",
             "Behind China came India, with 9.6 percent of Saudi shipments", partner="India"),
        fact(SA, "exports", "share", 8.8, "percent", SEP, "8.8",
             "Behind China came India, with 9.6 percent of Saudi shipments, and Japan, with 8.8 percent", partner="Japan"),
        fact(SA, "imports", "rank", 1, "number", SEP, "largest",
             "China was also the largest source of the Kingdom's imports", partner="China"),
        fact(SA, "imports", "value", 18.3e9, "SAR", SEP, "18.3 billion",
             "supplying SR18.3 billion worth of merchandise, or 26.3 percent of the total", partner="China"),
        fact(SA, "imports", "share", 26.3, "percent", SEP, "26.3",
             "supplying SR18.3 billion worth of merchandise, or 26.3 percent of the total", partner="China"),
        fact(SA, "exports", "value", 83.7e9, "SAR", Q3, "83.7 billion",
             "non-oil exports including re-exports reached SR83.7 billion, up 16.9 percent on the third quarter of 2025",
             product=NONOIL),
        fact(SA, "exports", "growth", 16.9, "percent", Q3, "16.9",
             "non-oil exports including re-exports reached SR83.7 billion, up 16.9 percent on the third quarter of 2025",
             product=NONOIL),
    ],
}
