from _fact import fact, period

JP = "Japan"
US = "United States"
MAY = period(2026, 5)

DEFICIT = "the deficit stood at 412.6 billion yen ($2.6 billion), a 35.3 percent decrease from a year earlier"
EXPORTS = "Shipments abroad expanded 6.8 percent to 8.69 trillion yen"
IMPORTS = "imports advanced 3.7 percent to 9.10 trillion yen"
US_EXP = "Shipments to the United States declined 5.3 percent to 1.43 trillion yen"
US_IMP = "Purchases from the world's largest economy surged 14.7 percent to 932.5 billion yen"
US_BAL = "the surplus Japan runs with the United States narrowed 28.6 percent to 497.5 billion yen"
CN_EXP = "shipments to China, which is the largest trading partner for Japan, grew 9.1 percent to 1.58 trillion yen"
ASIA = ("Exports bound for Asia overall, China included, expanded 10.4 percent to 4.62 trillion yen, representing "
        "53.2 percent of Japan's total exports")
CHIPS = "electronic parts such as chips rose 22.8 percent to 612.3 billion yen"
CARS = "Overall automobile exports decreased 3.6 percent to 1.29 trillion yen"

ARTICLE = {
    "id": "dAG2_02_japan_trade_may_2026",
    "title": "Japan in trade deficit for 2nd month running in May as shipments to U.S. drop",
    "publisher": "Kyodo",
    "published": "2026-06-17",
    "notes": [
        "Area Japan throughout (Finance Ministry preliminary report). Period May 2026 for every fact; all growth "
        "rates are year-on-year ('from a year earlier').",
        "'412.6 billion yen ($2.6 billion)': the same deficit in dollars is a separate USD fact, qualifier approx.",
        "Deficit growth follows its verb: 'a 35.3 percent decrease' -> -35.3. Surplus with the U.S. 'narrowed "
        "28.6 percent' -> -28.6.",
        "'the world's largest economy' = United States (imports from the U.S.). 'the neighboring country' = China "
        "(imports from China). 'the bloc' = European Union (the deficit with the bloc).",
        "'automobile exports down 9.8 percent by value' sits in the U.S. paragraph and explains "
        "exports to the U.S.: partner United States, product automobiles.",
        "'China, which is the largest trading partner for Japan': rank 1, flow total, partner China, period May 2026.",
        "'Exports bound for Asia overall, China included': partner Asia; its 53.2 percent is a share of Japan's "
        "total exports.",
        "Product names in the text's words: 'semiconductor manufacturing equipment', 'electronic parts', "
        "'automobile' (overall car exports), 'crude oil'.",
        "Out of scope, unlabelled: 'the count of vehicles exported dropped 5.1 percent' (volume growth beside "
        "value growth); tariff rates 15, 27.5 and 2.5 percent (not trade flows); the yen rates 156.42 and 144.60 "
        "(exchange rates); the 520.0 billion yen median forecast (forecast); 'nine months of gains in a row', 'a sixth "
        "monthly fall on end', 'a 62nd month in a row', 'a second month running' (streaks); years 2025.",
    ],
    "facts": [
        # World
        fact(JP, "balance", "value", -412.6e9, "JPY", MAY, "412.6 billion", DEFICIT),
        fact(JP, "balance", "value", -2.6e9, "USD", MAY, "2.6 billion", DEFICIT, qualifier="approx"),
        fact(JP, "balance", "growth", -35.3, "percent", MAY, "35.3", DEFICIT),
        fact(JP, "exports", "growth", 6.8, "percent", MAY, "6.8", EXPORTS),
        fact(JP, "exports", "value", 8.69e12, "JPY", MAY, "8.69 trillion", EXPORTS),
        fact(JP, "imports", "growth", 3.7, "percent", MAY, "3.7", IMPORTS),
        fact(JP, "imports", "value", 9.10e12, "JPY", MAY, "9.10 trillion", IMPORTS),
        # United States
        fact(JP, "exports", "growth", -5.3, "percent", MAY, "5.3", US_EXP, partner=US),
        fact(JP, "exports", "value", 1.43e12, "JPY", MAY, "1.43 trillion", US_EXP, partner=US),
        fact(JP, "exports", "growth", -9.8, "percent", MAY, "9.8",
             "automobile exports down 9.8 percent by value", partner=US, product="automobiles"),
        fact(JP, "imports", "growth", 14.7, "percent", MAY, "14.7", US_IMP, partner=US),
        fact(JP, "imports", "value", 932.5e9, "JPY", MAY, "932.5 billion", US_IMP, partner=US),
        fact(JP, "balance", "growth", -28.6, "percent", MAY, "28.6", US_BAL, partner=US),
        fact(JP, "balance", "value", 497.5e9, "JPY", MAY, "497.5 billion", US_BAL, partner=US),
        # China
        fact(JP, "total", "rank", 1, "number", MAY, "largest", CN_EXP, partner="China"),
        fact(JP, "exports", "growth", 9.1, "percent", MAY, "9.1", CN_EXP, partner="China"),
        fact(JP, "exports", "value", 1.58e12, "JPY", MAY, "1.58 trillion", CN_EXP, partner="China"),
        fact(JP, "imports", "value", 2.09e12, "JPY", MAY, "2.09 trillion",
             "purchases from the neighboring country totaled 2.09 trillion yen", partner="China"),
        fact(JP, "balance", "value", -508.3e9, "JPY", MAY, "508.3 billion",
             "Japan's balance with China stayed negative for a 62nd month in a row, showing a deficit of 508.3 billion yen",
             partner="China"),
        # Asia, EU
        fact(JP, "exports", "growth", 10.4, "percent", MAY, "10.4", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 4.62e12, "JPY", MAY, "4.62 trillion", ASIA, partner="Asia"),
        fact(JP, "exports", "share", 53.2, "percent", MAY, "53.2", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 801.4e9, "JPY", MAY, "801.4 billion",
             "Japan shipped 801.4 billion yen worth of goods to the European Union", partner="European Union"),
        fact(JP, "balance", "value", -196.8e9, "JPY", MAY, "196.8 billion",
             "bought more from the bloc, resulting in a deficit of 196.8 billion yen",
             partner="European Union"),
        # Products
        fact(JP, "exports", "growth", 31.5, "percent", MAY, "31.5",
             "semiconductor manufacturing equipment exports jumped 31.5 percent",
             product="semiconductor manufacturing equipment"),
        fact(JP, "exports", "growth", 22.8, "percent", MAY, "22.8", CHIPS, product="electronic parts"),
        fact(JP, "exports", "value", 612.3e9, "JPY", MAY, "612.3 billion", CHIPS, product="electronic parts"),
        fact(JP, "exports", "growth", -3.6, "percent", MAY, "3.6", CARS, product="automobile"),
        fact(JP, "exports", "value", 1.29e12, "JPY", MAY, "1.29 trillion", CARS, product="automobile"),
        fact(JP, "imports", "growth", -7.6, "percent", MAY, "7.6", "purchases of crude oil fell 7.6 percent",
             product="crude oil"),
    ],
}
