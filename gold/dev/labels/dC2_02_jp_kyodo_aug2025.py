from _fact import fact, period

AUG = period(2025, 8)
US = "United States"
E_US = "Shipments from Japan to the United States dropped 13.8 percent from a year earlier in August to 1.39 trillion yen ($9.5 billion)"
E_AUTO = "Automobile shipments to the United States tumbled 28.4 percent to 406.7 billion yen"
E_US_IMP = "Japan's purchases from the United States increased 11.6 percent to 1.06 trillion yen"
E_US_BAL = "its surplus with the U.S. shrank 50.5 percent to 324.0 billion yen"
E_BAL = "Japan ran a 242.5 billion yen deficit in August"
E_TRADE = "Total exports slipped 0.1 percent to 8.43 trillion yen and imports fell 5.2 percent to 8.67 trillion yen"
E_CN = "Shipments to China, the biggest trading partner of Japan, slipped 0.5 percent to 1.49 trillion yen"
E_CN_IMP = "Japan's imports from China climbed 2.1 percent to 2.07 trillion yen"
E_CN_BAL = "its shortfall with China grew 6.4 percent to 578.6 billion yen"
E_ASIA = "lifted exports to Asia as a whole, China included, by 1.9 percent to 4.69 trillion yen"

ARTICLE = {
    "id": "dC2_02_jp_kyodo_aug2025",
    "title": "Tariffs on cars drag Japan's August shipments to U.S. down 13.8%; total trade deficit narrows",
    "publisher": "Kyodo",
    "published": "2025-09-17",
    "notes": [
        "No year in the text: 'August' takes its year from the dateline/published date (2025-09-17), so 2025-08.",
        "'1.39 trillion yen ($9.5 billion)': the same observation in two currencies, a JPY fact and a USD fact; the conversion has no 'about', so qualifier exact.",
        "Headline 13.8% restates the body: labelled once.",
        "'exports of semiconductor manufacturing equipment to the country': 'the country' is the United States of the previous sentence: partner United States.",
        "'Measured by volume, vehicle shipments bound for the U.S. declined 9.5 percent': volume growth beside value growth, out per the guide.",
        "Bilateral surplus with the U.S. 'shrank 50.5 percent': growth of a surplus, negative. 'the lowest level since January 2023': milestone, out.",
        "Overall deficit: 'the gap shrank 65.9 percent': growth of a deficit follows its verb, -65.9.",
        "'a fifth consecutive monthly decrease', 'staying in the red for a second month': streaks, out. Tariff rates and '25 percentage points': out.",
        "'the biggest trading partner of Japan' (China): rank 1 of total trade with China.",
        "'exports of chipmaking equipment to China rose 7.5 percent': product in the text's words, partner China.",
        "'exports to Asia as a whole, China included': partner Asia.",
        "The economist's view that the economy may shrink in July-September: forecast, not a trade figure, out.",
    ],
    "facts": [
        fact("Japan", "exports", "value", 1.39e12, "JPY", AUG, "1.39 trillion", E_US, partner=US),
        fact("Japan", "exports", "value", 9.5e9, "USD", AUG, "9.5 billion", E_US, partner=US),
        fact("Japan", "exports", "growth", -13.8, "percent", AUG, "13.8", E_US, partner=US),
        fact("Japan", "exports", "growth", -28.4, "percent", AUG, "28.4", E_AUTO, partner=US, product="automobiles"),
        fact("Japan", "exports", "value", 406.7e9, "JPY", AUG, "406.7 billion", E_AUTO, partner=US, product="automobiles"),
        fact("Japan", "exports", "growth", -38.9, "percent", AUG, "38.9",
             "exports of semiconductor manufacturing equipment to the country fell 38.9 percent",
             partner=US, product="semiconductor manufacturing equipment"),
        fact("Japan", "imports", "value", 1.06e12, "JPY", AUG, "1.06 trillion", E_US_IMP, partner=US),
        fact("Japan", "imports", "growth", 11.6, "percent", AUG, "11.6", E_US_IMP, partner=US),
        fact("Japan", "balance", "value", 324.0e9, "JPY", AUG, "324.0 billion", E_US_BAL, partner=US),
        fact("Japan", "balance", "growth", -50.5, "percent", AUG, "50.5", E_US_BAL, partner=US),
        fact("Japan", "balance", "value", -242.5e9, "JPY", AUG, "242.5 billion", E_BAL),
        fact("Japan", "balance", "growth", -65.9, "percent", AUG, "65.9", "the gap shrank 65.9 percent from a year earlier"),
        fact("Japan", "exports", "value", 8.43e12, "JPY", AUG, "8.43 trillion", E_TRADE),
        fact("Japan", "exports", "growth", -0.1, "percent", AUG, "0.1", E_TRADE),
        fact("Japan", "imports", "value", 8.67e12, "JPY", AUG, "8.67 trillion", E_TRADE),
        fact("Japan", "imports", "growth", -5.2, "percent", AUG, "5.2", E_TRADE),
        fact("Japan", "exports", "growth", 5.6, "percent", AUG, "5.6",
             "Exports of semiconductors and other electronic parts grew 5.6 percent",
             product="semiconductors and other electronic parts"),
        fact("Japan", "total", "rank", 1, "number", AUG, "biggest", E_CN, partner="China"),
        fact("Japan", "exports", "value", 1.49e12, "JPY", AUG, "1.49 trillion", E_CN, partner="China"),
        fact("Japan", "exports", "growth", -0.5, "percent", AUG, "0.5", E_CN, partner="China"),
        fact("Japan", "exports", "growth", 7.5, "percent", AUG, "7.5",
             "exports of chipmaking equipment to China rose 7.5 percent", partner="China", product="chipmaking equipment"),
        fact("Japan", "imports", "value", 2.07e12, "JPY", AUG, "2.07 trillion", E_CN_IMP, partner="China"),
        fact("Japan", "imports", "growth", 2.1, "percent", AUG, "2.1", E_CN_IMP, partner="China"),
        fact("Japan", "balance", "value", -578.6e9, "JPY", AUG, "578.6 billion", E_CN_BAL, partner="China"),
        fact("Japan", "balance", "growth", 6.4, "percent", AUG, "6.4", E_CN_BAL, partner="China"),
        fact("Japan", "exports", "value", 4.69e12, "JPY", AUG, "4.69 trillion", E_ASIA, partner="Asia"),
        fact("Japan", "exports", "growth", 1.9, "percent", AUG, "1.9", E_ASIA, partner="Asia"),
    ],
}
