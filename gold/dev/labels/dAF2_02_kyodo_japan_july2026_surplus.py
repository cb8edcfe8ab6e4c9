from _fact import fact, period

JP = "Japan"
US = "United States"
JUL = period(2026, 7)
JUL25 = period(2025, 7)

LEAD = ("Japan returned to a goods trade surplus in July for the first time in four months, posting 187.2 billion yen "
        "($1.2 billion)")
YAGO = "A year before, the country had run a 117.5 billion yen deficit"
EXP = "Exports rose for an 11th consecutive month, advancing 6.4% on the year to 9.96 trillion yen"
IMP = "Imports gained 3.1% to 9.77 trillion yen"
USX = "Exports bound for the United States increased 8.7% to 1.82 trillion yen"
CAR = "Car exports to the U.S. surged 14.9% to 471.1 billion yen"
USM = "lifted imports from the United States by 9.8% to 1.19 trillion yen"
USB = "The surplus Japan ran with its security ally grew 6.7% to 630.5 billion yen"
CNX = "exports to China, the biggest trading partner of Japan, rose 14.2% to 1.77 trillion yen"
CNM = "Imports from its neighbor inched up 1.8% to 2.16 trillion yen"
CNB = "the country posted a deficit with China for a 64th straight month, at 386.8 billion yen"
CHIP = ("exports of semiconductors and other electronic components soaring 31.7% to 741.9 billion yen")
EQP = "Shipments of chipmaking equipment, on the other hand, dropped 6.2%"
EU = ("Trade with the European Union ended in a 156.4 billion yen deficit for Japan, as exports to the EU climbed "
      "4.3% to 853.6 billion yen and imports from the 27-member bloc increased 3.2%")
OIL = "Imports of crude oil fell 14.8% to 712.4 billion yen"

ARTICLE = {
    "id": "dAF2_02_kyodo_japan_july2026_surplus",
    "title": "Japan returns to trade surplus for 1st time in 4 months on rebound in U.S. shipments",
    "publisher": "Kyodo",
    "published": "2026-08-19",
    "notes": [
        "Period: July of the publication year (2026); 'A year before' deficit labelled as the balance of July 2025.",
        "Growth rates are year-on-year throughout (Finance Ministry preliminary report; no month-on-month cue).",
        "Only the headline surplus is converted into dollars: USD fact with qualifier approx.",
        "'its security ally' = United States (partner of the surplus); 'its neighbor' = China; "
        "'the 27-member bloc' = European Union.",
        "'China, the biggest trading partner of Japan': rank 1, flow total, partner China, period July 2026.",
        "'a deficit with China ... at 386.8 billion yen': balance -386.8e9 with partner China.",
        "EU deficit of 156.4 billion yen: balance with partner European Union ('Trade with the European Union').",
        "'Car exports to the U.S.': product 'cars', partner United States.",
        "Out of scope, unlabelled: streaks ('first time in four months', 'first rise in 16 months', "
        "'11th consecutive month', '64th straight month'); tariff rates (15%, 27.5%, 2.5%) and 'six times'; "
        "'27-member'; the customs exchange rate (154.21 yen) and the yen's 5.4% move (not trade flows); the "
        "economist's forecast for real exports (around 1%, July-September); the release date (Sept. 17).",
    ],
    "facts": [
        fact(JP, "balance", "value", 187.2e9, "JPY", JUL, "187.2 billion", LEAD),
        fact(JP, "balance", "value", 1.2e9, "USD", JUL, "1.2 billion", LEAD, qualifier="approx"),
        fact(JP, "balance", "value", -117.5e9, "JPY", JUL25, "117.5 billion", YAGO),
        fact(JP, "exports", "growth", 6.4, "percent", JUL, "6.4", EXP),
        fact(JP, "exports", "value", 9.96e12, "JPY", JUL, "9.96 trillion", EXP),
        fact(JP, "imports", "growth", 3.1, "percent", JUL, "3.1", IMP),
        fact(JP, "imports", "value", 9.77e12, "JPY", JUL, "9.77 trillion", IMP),
        fact(JP, "exports", "growth", 8.7, "percent", JUL, "8.7", USX, partner=US),
        fact(JP, "exports", "value", 1.82e12, "JPY", JUL, "1.82 trillion", USX, partner=US),
        fact(JP, "exports", "growth", 14.9, "percent", JUL, "14.9", CAR, partner=US, product="cars"),
        fact(JP, "exports", "value", 471.1e9, "JPY", JUL, "471.1 billion", CAR, partner=US, product="cars"),
        fact(JP, "imports", "growth", 9.8, "percent", JUL, "9.8", USM, partner=US),
        fact(JP, "imports", "value", 1.19e12, "JPY", JUL, "1.19 trillion", USM, partner=US),
        fact(JP, "balance", "growth", 6.7, "percent", JUL, "6.7", USB, partner=US),
        fact(JP, "balance", "value", 630.5e9, "JPY", JUL, "630.5 billion", USB, partner=US),
        fact(JP, "total", "rank", 1, "number", JUL, "biggest", CNX, partner="China"),
        fact(JP, "exports", "growth", 14.2, "percent", JUL, "14.2", CNX, partner="China"),
        fact(JP, "exports", "value", 1.77e12, "JPY", JUL, "1.77 trillion", CNX, partner="China"),
        fact(JP, "imports", "growth", 1.8, "percent", JUL, "1.8", CNM, partner="China"),
        fact(JP, "imports", "value", 2.16e12, "JPY", JUL, "2.16 trillion", CNM, partner="China"),
        fact(JP, "balance", "value", -386.8e9, "JPY", JUL, "386.8 billion", CNB, partner="China"),
        fact(JP, "exports", "growth", 31.7, "percent", JUL, "31.7", CHIP,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "value", 741.9e9, "JPY", JUL, "741.9 billion", CHIP,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", -6.2, "percent", JUL, "6.2", EQP, product="chipmaking equipment"),
        fact(JP, "exports", "growth", 4.3, "percent", JUL, "4.3", EU, partner="European Union"),
        fact(JP, "exports", "value", 853.6e9, "JPY", JUL, "853.6 billion", EU, partner="European Union"),
        fact(JP, "imports", "growth", 3.2, "percent", JUL, "3.2", EU, partner="European Union"),
        fact(JP, "balance", "value", -156.4e9, "JPY", JUL, "156.4 billion", EU, partner="European Union"),
        fact(JP, "imports", "growth", -14.8, "percent", JUL, "14.8", OIL, product="crude oil"),
        fact(JP, "imports", "value", 712.4e9, "JPY", JUL, "712.4 billion", OIL, product="crude oil"),
    ],
}
