from _fact import fact, period

AU = "Australia"
OCT = period(2026, 10)
SEP = period(2026, 9)
YTD = period(2026, 1, 10)
YTD25 = period(2025, 1, 10)

E_BAL = ("The seasonally adjusted surplus came in at A$3.62 billion ($2.37 billion) for the month, the Australian "
         "Bureau of Statistics (ABS) said, down from an upwardly revised A$4.95 billion in September")
E_EXP = "Total exports slid 2.3% over the month to A$43.18 billion, from A$44.20 billion in September"
E_IMP = "Imports moved the other way, rising 0.8% to A$39.56 billion, up from A$39.25 billion a month earlier"
E_IRON = "iron ore earnings slipped 5.6% to A$9.87 billion"
E_COAL = "coal exports declined 3.2% to A$4.48 billion"
E_LNG = "Liquefied natural gas was a rare bright spot, with shipments rising 2.7% to A$5.64 billion"
E_GOLD = "exports of non-monetary gold, a notoriously volatile item, tumbled 11.8% to A$2.90 billion"
E_CN = ("Goods exports to China, Australia's largest trading partner, dropped 6.4% from September to A$14.05 billion, "
        "or 32.5% of all exports")
E_JP = ("Shipments to Japan, the second-largest destination for Australian goods, bucked the trend and rose 1.9% over "
        "the month to A$5.21 billion")
E_CONS = ("On the import side, purchases of consumption goods increased 2.5% from September to A$13.42 billion, helped "
          "by a pick-up in passenger car arrivals before the holiday season, and capital goods climbed 1.2%")
E_YTD = ("For the first 10 months of 2026, the cumulative goods surplus stood at A$40.6 billion, well short of the "
         "A$48.9 billion recorded over January-October 2025")

ARTICLE = {
    "id": "dBT2_01",
    "title": "Australia's October trade surplus shrinks as iron ore and gold shipments retreat",
    "publisher": "Reuters",
    "published": "2026-12-04",
    "notes": [
        "Real figures: none (October 2026 had not been published when this was written). Modelled on Reuters, AAP, "
        "ABC and RTT reporting of the ABS monthly goods release (October 2023-2025: exports near A$43-46 billion, "
        "imports near A$39-42 billion, surpluses of A$3-7 billion). The year-on-year fall in exports (6.1%) is "
        "consistent with the real October 2025 level (A$45.98 billion); the January-October 2025 surplus "
        "(A$48.9 billion) approximates the sum of the real 2025 monthly surpluses. Invented: every October and "
        "September 2026 figure, the commodity, partner and import-category figures, the January-October 2026 "
        "surplus. Derived: balance = exports - imports for both months (43.18 - 39.56 = 3.62; 44.20 - 39.25 = "
        "4.95); -2.3% and +0.8% from the two months' levels; the surplus 26.9% smaller (3.62/4.95); China's "
        "share 32.5% (14.05/43.18); US$2.37 billion = A$3.62 billion x 0.6545.",
        "Judgement calls: all figures are AUD except the bracketed US-dollar conversion, labelled as a separate USD "
        "fact (qualifier exact, since the text gives no hedge). Month-on-month basis comes from explicit cues "
        "('over the month', 'from September', 'a month earlier', 'On a month-on-month basis' opening the "
        "commodity paragraph, 'from September' opening the import paragraph); the two year-on-year rates sit in "
        "their own sentences ('Measured against October 2025', 'Compared with October last year'). 'That left the "
        "surplus 26.9% smaller than in September' is a growth of the balance, mom, -26.9. The September levels of "
        "exports, imports and the surplus are facts for September 2026 (a comparison base given as a figure is "
        "still a stated observation). China's rank ('largest trading partner') is flow total; Japan's rank "
        "('second-largest destination') is flow exports. Exports to China are goods (product null). Commodity "
        "products in the text's words: metal ores and minerals, iron ore, coal, liquefied natural gas, "
        "non-monetary gold; import categories: consumption goods, capital goods, intermediate goods. 'Last year' "
        "in the China sentence counts back from the publication date (October 2025), so the period is October 2026.",
        "Not facts: the Reuters poll forecast (about A$4.4 billion); 'slimmest since the middle of 2025' (a "
        "milestone); 0.2 percentage points off fourth-quarter growth (a contribution, not a flow); GDP growth "
        "of 0.5%; iron ore futures near $101 a tonne (a price); the RBA cash rate of 3.60% and the expected cut "
        "in 2027 (a forecast); the exchange rate $0.6545; years 2025, 2026, 2027.",
        "Copy check: 9 sentences searched (headline, lead, surplus sentence, exports/imports sentence, iron ore "
        "sentence, LNG/gold sentence, China sentence, the quote, the RBA sentence), 1 reworded (the lead shared "
        "the skeleton of a real Reuters lead on a shrinking Australian surplus; its clause order and wording were "
        "changed).",
        "Second check: 26 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(AU, "balance", "value", 3.62e9, "AUD", OCT, "3.62 billion", E_BAL),
        fact(AU, "balance", "value", 2.37e9, "USD", OCT, "$2.37 billion", E_BAL),
        fact(AU, "balance", "value", 4.95e9, "AUD", SEP, "4.95 billion", E_BAL),
        fact(AU, "balance", "growth", -26.9, "percent", OCT, "26.9",
             "That left the surplus 26.9% smaller than in September", basis="mom"),
        fact(AU, "exports", "value", 43.18e9, "AUD", OCT, "43.18 billion", E_EXP),
        fact(AU, "exports", "growth", -2.3, "percent", OCT, "2.3", E_EXP, basis="mom"),
        fact(AU, "exports", "value", 44.20e9, "AUD", SEP, "44.20 billion", E_EXP),
        fact(AU, "imports", "value", 39.56e9, "AUD", OCT, "39.56 billion", E_IMP),
        fact(AU, "imports", "growth", 0.8, "percent", OCT, "0.8", E_IMP, basis="mom"),
        fact(AU, "imports", "value", 39.25e9, "AUD", SEP, "39.25 billion", E_IMP),
        fact(AU, "exports", "growth", -6.1, "percent", OCT, "6.1",
             "Measured against October 2025, exports were 6.1% lower"),
        fact(AU, "exports", "growth", -4.1, "percent", OCT, "4.1",
             "On a month-on-month basis, exports of metal ores and minerals fell 4.1%",
             product="metal ores and minerals", basis="mom"),
        fact(AU, "exports", "value", 9.87e9, "AUD", OCT, "9.87 billion", E_IRON, product="iron ore"),
        fact(AU, "exports", "growth", -5.6, "percent", OCT, "5.6", E_IRON, product="iron ore", basis="mom"),
        fact(AU, "exports", "value", 4.48e9, "AUD", OCT, "4.48 billion", E_COAL, product="coal"),
        fact(AU, "exports", "growth", -3.2, "percent", OCT, "3.2", E_COAL, product="coal", basis="mom"),
        fact(AU, "exports", "value", 5.64e9, "AUD", OCT, "5.64 billion", E_LNG, product="liquefied natural gas"),
        fact(AU, "exports", "growth", 2.7, "percent", OCT, "2.7", E_LNG, product="liquefied natural gas",
             basis="mom"),
        fact(AU, "exports", "value", 2.90e9, "AUD", OCT, "2.90 billion", E_GOLD, product="non-monetary gold"),
        fact(AU, "exports", "growth", -11.8, "percent", OCT, "11.8", E_GOLD, product="non-monetary gold",
             basis="mom"),
        fact(AU, "total", "rank", 1, "number", OCT, "largest",
             "Goods exports to China, Australia's largest trading partner", partner="China"),
        fact(AU, "exports", "growth", -6.4, "percent", OCT, "6.4", E_CN, partner="China", basis="mom"),
        fact(AU, "exports", "value", 14.05e9, "AUD", OCT, "14.05 billion", E_CN, partner="China"),
        fact(AU, "exports", "share", 32.5, "percent", OCT, "32.5", E_CN, partner="China"),
        fact(AU, "exports", "growth", -9.8, "percent", OCT, "9.8",
             "Compared with October last year, sales to China were down 9.8%", partner="China"),
        fact(AU, "exports", "rank", 2, "number", OCT, "second-largest",
             "Shipments to Japan, the second-largest destination for Australian goods", partner="Japan"),
        fact(AU, "exports", "growth", 1.9, "percent", OCT, "1.9", E_JP, partner="Japan", basis="mom"),
        fact(AU, "exports", "value", 5.21e9, "AUD", OCT, "5.21 billion", E_JP, partner="Japan"),
        fact(AU, "imports", "growth", 2.5, "percent", OCT, "2.5", E_CONS, product="consumption goods", basis="mom"),
        fact(AU, "imports", "value", 13.42e9, "AUD", OCT, "13.42 billion", E_CONS, product="consumption goods"),
        fact(AU, "imports", "growth", 1.2, "percent", OCT, "1.2", E_CONS, product="capital goods", basis="mom"),
        fact(AU, "imports", "growth", -0.6, "percent", OCT, "0.6", "Intermediate goods imports eased 0.6%",
             product="intermediate goods", basis="mom"),
        fact(AU, "balance", "value", 40.6e9, "AUD", YTD, "40.6 billion", E_YTD),
        fact(AU, "balance", "value", 48.9e9, "AUD", YTD25, "48.9 billion", E_YTD),
    ],
}
