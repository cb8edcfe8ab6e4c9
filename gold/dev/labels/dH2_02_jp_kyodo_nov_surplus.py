from _fact import fact, period

N = period(2025, 11)
YTD = period(2025, 1, 11)
JP = "Japan"
US = "United States"
E_HEAD = "gave Japan a 322.2 billion yen (about $2.1 billion) goods trade surplus in November 2025"
E_X = "exports climbing 6.1 percent year on year to 9.71 trillion yen"
E_M = "imports inched up 1.3 percent to 9.39 trillion yen"
E_ASIA = "Exports bound for Asia, the destination for about half of everything Japan sells abroad, grew 10.2 percent to 5.03 trillion yen"
E_USX = "exports to the United States dropped 8.8 percent to 1.59 trillion yen"
E_USB = "The surplus Japan runs with the United States narrowed 21.4 percent to 599.3 billion yen"
E_YTD = "Japan's trade deficit for January through November shrank 47.0 percent from the same months of 2024 to 2.65 trillion yen"

ARTICLE = {
    "id": "dH2_02_jp_kyodo_nov_surplus",
    "title": "Growing chip-linked exports to Asia return Japan to a trade surplus in November",
    "publisher": "Kyodo",
    "published": "2025-12-17",
    "notes": [
        "The text states the year (November 2025); the running period is November 2025.",
        "Goods trade (customs-cleared): product null throughout except named goods.",
        "'about $2.1 billion' is the same surplus in another currency: a USD fact with qualifier approx.",
        "'about half of everything Japan sells abroad' for Asia is a word, not a number: not labelled as a share.",
        "Growth of the US surplus follows its verb: 'narrowed 21.4 percent' -> -21.4; the January-November deficit 'shrank 47.0 percent' -> -47.0.",
        "Electronic parts growth and US car growth carry no period of their own: November 2025.",
        "Out: 'first surplus in five months', 'extending gains to a third month', 'eighth consecutive monthly decline', '56th month in a row' (streaks); 4.8 percent forecast; 15 and 27.5 percent tariffs; 153.20 yen rate and its 0.9 percent change; 21.3 trillion yen package; 3.0 percent inflation.",
    ],
    "facts": [
        fact(JP, "balance", "value", 322.2e9, "JPY", N, "322.2 billion", E_HEAD),
        fact(JP, "balance", "value", 2.1e9, "USD", N, "2.1 billion", E_HEAD, qualifier="approx"),
        fact(JP, "exports", "growth", 6.1, "percent", N, "6.1", E_X),
        fact(JP, "exports", "value", 9.71e12, "JPY", N, "9.71 trillion", E_X),
        fact(JP, "imports", "growth", 1.3, "percent", N, "1.3", E_M),
        fact(JP, "imports", "value", 9.39e12, "JPY", N, "9.39 trillion", E_M),
        fact(JP, "exports", "growth", 10.2, "percent", N, "10.2", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 5.03e12, "JPY", N, "5.03 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 15.3, "percent", N, "15.3",
             "Overseas sales of electronic parts, semiconductors among them, rose 15.3 percent", product="electronic parts"),
        fact(JP, "exports", "growth", -8.8, "percent", N, "8.8", E_USX, partner=US),
        fact(JP, "exports", "value", 1.59e12, "JPY", N, "1.59 trillion", E_USX, partner=US),
        fact(JP, "exports", "growth", -17.5, "percent", N, "17.5",
             "The value of car shipments to the U.S. plunged 17.5 percent", partner=US, product="cars"),
        fact(JP, "balance", "growth", -21.4, "percent", N, "21.4", E_USB, partner=US),
        fact(JP, "balance", "value", 599.3e9, "JPY", N, "599.3 billion", E_USB, partner=US),
        fact(JP, "balance", "value", -512.8e9, "JPY", N, "512.8 billion",
             "Its trade with China showed a deficit of 512.8 billion yen", partner="China"),
        fact(JP, "balance", "value", -2.65e12, "JPY", YTD, "2.65 trillion", E_YTD),
        fact(JP, "balance", "growth", -47.0, "percent", YTD, "47.0", E_YTD),
    ],
}
