from _fact import fact, period

JP = "Japan"
US = "United States"
MAY = period(2026, 5)

DEFICIT = "The deficit came to 412.6 billion yen ($2.6 billion), down 35.3 percent from a year earlier"
EXPORTS = "Exports rose 6.8 percent to 8.69 trillion yen"
IMPORTS = "imports increased 3.7 percent to 9.10 trillion yen"
US_EXP = "Exports to the United States fell 5.3 percent to 1.43 trillion yen"
US_IMP = "Imports from the world's largest economy jumped 14.7 percent to 932.5 billion yen"
US_BAL = "shrinking Japan's trade surplus with the United States by 28.6 percent to 497.5 billion yen"
CN_EXP = "Exports to China, Japan's largest trading partner, rose 9.1 percent to 1.58 trillion yen"
ASIA = ("Shipments to Asia as a whole, including China, increased 10.4 percent to 4.62 trillion yen, accounting for "
        "53.2 percent of Japan's total exports")
CHIPS = "electronic parts including chips advanced 22.8 percent to 612.3 billion yen"
CARS = "Automobile exports overall fell 3.6 percent to 1.29 trillion yen"

ARTICLE = {
    "id": "dAG2_02_japan_trade_may_2026",
    "title": "Japan logs 2nd straight monthly trade deficit in May as U.S. exports fall",
    "publisher": "Kyodo",
    "published": "2026-06-17",
    "notes": [
        "Area Japan throughout (Finance Ministry preliminary report). Period May 2026 for every fact; all growth "
        "rates are year-on-year ('from a year earlier').",
        "'412.6 billion yen ($2.6 billion)': the same deficit in dollars is a separate USD fact, qualifier approx.",
        "Deficit growth follows its verb: 'down 35.3 percent' -> -35.3. Surplus with the U.S. 'shrinking ... by "
        "28.6 percent' -> -28.6.",
        "'the world's largest economy' = United States (imports from the U.S.). 'the neighboring country' = China "
        "(imports from China). 'the bloc' = European Union (the deficit with the bloc).",
        "'shipments of automobiles dropped 9.8 percent in value terms' sits in the U.S. paragraph and explains "
        "exports to the U.S.: partner United States, product automobiles.",
        "'China, Japan's largest trading partner': rank 1, flow total, partner China, period May 2026.",
        "'Shipments to Asia as a whole, including China': partner Asia; its 53.2 percent is a share of Japan's "
        "total exports.",
        "Product names in the text's words: 'semiconductor manufacturing equipment', 'electronic parts', "
        "'automobile' (overall car exports), 'crude oil'.",
        "Out of scope, unlabelled: 'the number of vehicles shipped abroad slid 5.1 percent' (volume growth beside "
        "value growth); tariff rates 15, 27.5 and 2.5 percent (not trade flows); the yen rates 156.42 and 144.60 "
        "(exchange rates); the 520.0 billion yen median forecast (forecast); 'ninth consecutive month', 'sixth "
        "month in a row', '62nd straight month', 'second straight month' (streaks); years 2025.",
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
             "shipments of automobiles dropped 9.8 percent in value terms", partner=US, product="automobiles"),
        fact(JP, "imports", "growth", 14.7, "percent", MAY, "14.7", US_IMP, partner=US),
        fact(JP, "imports", "value", 932.5e9, "JPY", MAY, "932.5 billion", US_IMP, partner=US),
        fact(JP, "balance", "growth", -28.6, "percent", MAY, "28.6", US_BAL, partner=US),
        fact(JP, "balance", "value", 497.5e9, "JPY", MAY, "497.5 billion", US_BAL, partner=US),
        # China
        fact(JP, "total", "rank", 1, "number", MAY, "largest", CN_EXP, partner="China"),
        fact(JP, "exports", "growth", 9.1, "percent", MAY, "9.1", CN_EXP, partner="China"),
        fact(JP, "exports", "value", 1.58e12, "JPY", MAY, "1.58 trillion", CN_EXP, partner="China"),
        fact(JP, "imports", "value", 2.09e12, "JPY", MAY, "2.09 trillion",
             "imports from the neighboring country came to 2.09 trillion yen", partner="China"),
        fact(JP, "balance", "value", -508.3e9, "JPY", MAY, "508.3 billion",
             "Japan remained in the red with China for the 62nd straight month, with a deficit of 508.3 billion yen",
             partner="China"),
        # Asia, EU
        fact(JP, "exports", "growth", 10.4, "percent", MAY, "10.4", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 4.62e12, "JPY", MAY, "4.62 trillion", ASIA, partner="Asia"),
        fact(JP, "exports", "share", 53.2, "percent", MAY, "53.2", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 801.4e9, "JPY", MAY, "801.4 billion",
             "Exports to the European Union came to 801.4 billion yen", partner="European Union"),
        fact(JP, "balance", "value", -196.8e9, "JPY", MAY, "196.8 billion",
             "imports from the bloc were larger, leaving Japan with a deficit of 196.8 billion yen",
             partner="European Union"),
        # Products
        fact(JP, "exports", "growth", 31.5, "percent", MAY, "31.5",
             "exports of semiconductor manufacturing equipment surged 31.5 percent",
             product="semiconductor manufacturing equipment"),
        fact(JP, "exports", "growth", 22.8, "percent", MAY, "22.8", CHIPS, product="electronic parts"),
        fact(JP, "exports", "value", 612.3e9, "JPY", MAY, "612.3 billion", CHIPS, product="electronic parts"),
        fact(JP, "exports", "growth", -3.6, "percent", MAY, "3.6", CARS, product="automobile"),
        fact(JP, "exports", "value", 1.29e12, "JPY", MAY, "1.29 trillion", CARS, product="automobile"),
        fact(JP, "imports", "growth", -7.6, "percent", MAY, "7.6", "crude oil purchases declined 7.6 percent",
             product="crude oil"),
    ],
}
