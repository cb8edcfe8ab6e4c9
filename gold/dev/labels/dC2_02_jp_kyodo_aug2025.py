from _fact import fact, period

AUG = period(2025, 8)
US = "United States"
E_US = "Japan's exports to the United States in August fell 13.8 percent from a year earlier to 1.39 trillion yen ($9.5 billion)"
E_AUTO = "Automobile exports to the United States plunged 28.4 percent to 406.7 billion yen"
E_US_IMP = "Imports from the United States rose 11.6 percent to 1.06 trillion yen"
E_US_BAL = "a bilateral surplus of 324.0 billion yen, down 50.5 percent"
E_BAL = "Japan logged a trade deficit of 242.5 billion yen in August"
E_TRADE = "Exports edged down 0.1 percent to 8.43 trillion yen, while imports dropped 5.2 percent to 8.67 trillion yen"
E_CN = "Exports to China, Japan's biggest trading partner, dipped 0.5 percent to 1.49 trillion yen"
E_CN_IMP = "Imports from China grew 2.1 percent to 2.07 trillion yen"
E_CN_BAL = "the deficit with China widened 6.4 percent to 578.6 billion yen"
E_ASIA = "Exports to Asia as a whole, including China, climbed 1.9 percent to 4.69 trillion yen"

ARTICLE = {
    "id": "dC2_02_jp_kyodo_aug2025",
    "title": "Japan's exports to U.S. sink 13.8% in Aug. as tariffs hit autos; overall deficit shrinks",
    "publisher": "Kyodo",
    "published": "2025-09-17",
    "notes": [
        "No year in the text: 'August' takes its year from the dateline/published date (2025-09-17), so 2025-08.",
        "'1.39 trillion yen ($9.5 billion)': the same observation in two currencies, a JPY fact and a USD fact; the conversion has no 'about', so qualifier exact.",
        "Headline 13.8% restates the body: labelled once.",
        "'shipments of semiconductor manufacturing equipment to the country': 'the country' is the United States of the previous sentence: partner United States.",
        "'In volume terms, U.S.-bound vehicle shipments slid 9.5 percent': volume growth beside value growth, out per the guide.",
        "Bilateral surplus with the U.S. 'down 50.5 percent': growth of a surplus, negative. 'the smallest since January 2023': milestone, out.",
        "Overall deficit 'narrowed 65.9 percent': growth of a deficit follows its verb, -65.9.",
        "'the fifth straight month', 'the second consecutive month in the red': streaks, out. Tariff rates and '25 percentage points': out.",
        "'Japan's biggest trading partner' (China): rank 1 of total trade with China.",
        "'chipmaking equipment bound for China increased 7.5 percent': product in the text's words, partner China.",
        "'Exports to Asia as a whole, including China': partner Asia.",
        "The economist's view that the economy could contract in July-September: forecast, not a trade figure, out.",
    ],
    "facts": [
        fact("Japan", "exports", "value", 1.39e12, "JPY", AUG, "1.39 trillion", E_US, partner=US),
        fact("Japan", "exports", "value", 9.5e9, "USD", AUG, "9.5 billion", E_US, partner=US),
        fact("Japan", "exports", "growth", -13.8, "percent", AUG, "13.8", E_US, partner=US),
        fact("Japan", "exports", "growth", -28.4, "percent", AUG, "28.4", E_AUTO, partner=US, product="automobiles"),
        fact("Japan", "exports", "value", 406.7e9, "JPY", AUG, "406.7 billion", E_AUTO, partner=US, product="automobiles"),
        fact("Japan", "exports", "growth", -38.9, "percent", AUG, "38.9",
             "shipments of semiconductor manufacturing equipment to the country sank 38.9 percent",
             partner=US, product="semiconductor manufacturing equipment"),
        fact("Japan", "imports", "value", 1.06e12, "JPY", AUG, "1.06 trillion", E_US_IMP, partner=US),
        fact("Japan", "imports", "growth", 11.6, "percent", AUG, "11.6", E_US_IMP, partner=US),
        fact("Japan", "balance", "value", 324.0e9, "JPY", AUG, "324.0 billion", E_US_BAL, partner=US),
        fact("Japan", "balance", "growth", -50.5, "percent", AUG, "50.5", E_US_BAL, partner=US),
        fact("Japan", "balance", "value", -242.5e9, "JPY", AUG, "242.5 billion", E_BAL),
        fact("Japan", "balance", "growth", -65.9, "percent", AUG, "65.9", "the shortfall narrowed 65.9 percent from a year before"),
        fact("Japan", "exports", "value", 8.43e12, "JPY", AUG, "8.43 trillion", E_TRADE),
        fact("Japan", "exports", "growth", -0.1, "percent", AUG, "0.1", E_TRADE),
        fact("Japan", "imports", "value", 8.67e12, "JPY", AUG, "8.67 trillion", E_TRADE),
        fact("Japan", "imports", "growth", -5.2, "percent", AUG, "5.2", E_TRADE),
        fact("Japan", "exports", "growth", 5.6, "percent", AUG, "5.6",
             "Shipments of semiconductors and other electronic parts rose 5.6 percent",
             product="semiconductors and other electronic parts"),
        fact("Japan", "total", "rank", 1, "number", AUG, "biggest", E_CN, partner="China"),
        fact("Japan", "exports", "value", 1.49e12, "JPY", AUG, "1.49 trillion", E_CN, partner="China"),
        fact("Japan", "exports", "growth", -0.5, "percent", AUG, "0.5", E_CN, partner="China"),
        fact("Japan", "exports", "growth", 7.5, "percent", AUG, "7.5",
             "chipmaking equipment bound for China increased 7.5 percent", partner="China", product="chipmaking equipment"),
        fact("Japan", "imports", "value", 2.07e12, "JPY", AUG, "2.07 trillion", E_CN_IMP, partner="China"),
        fact("Japan", "imports", "growth", 2.1, "percent", AUG, "2.1", E_CN_IMP, partner="China"),
        fact("Japan", "balance", "value", -578.6e9, "JPY", AUG, "578.6 billion", E_CN_BAL, partner="China"),
        fact("Japan", "balance", "growth", 6.4, "percent", AUG, "6.4", E_CN_BAL, partner="China"),
        fact("Japan", "exports", "value", 4.69e12, "JPY", AUG, "4.69 trillion", E_ASIA, partner="Asia"),
        fact("Japan", "exports", "growth", 1.9, "percent", AUG, "1.9", E_ASIA, partner="Asia"),
    ],
}
