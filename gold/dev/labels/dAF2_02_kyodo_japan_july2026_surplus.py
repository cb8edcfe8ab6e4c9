from _fact import fact, period

JP = "Japan"
US = "United States"
JUL = period(2026, 7)
JUL25 = period(2025, 7)

LEAD = "Japan logged a goods trade surplus of 187.2 billion yen ($1.2 billion) in July"
YAGO = "The result compared with a deficit of 117.5 billion yen a year earlier"
EXP = "Exports grew 6.4% from a year before to 9.96 trillion yen"
IMP = "imports increased 3.1% to 9.77 trillion yen"
USX = "Shipments to the United States climbed 8.7% to 1.82 trillion yen"
CAR = "U.S.-bound car exports jumped 14.9% to 471.1 billion yen"
USM = "Imports from the United States rose 9.8% to 1.19 trillion yen"
USB = "Japan's surplus with its security ally expanded 6.7% to 630.5 billion yen"
CNX = "Exports to China, Japan's biggest trading partner, increased 14.2% to 1.77 trillion yen"
CNM = "Imports from the neighboring country edged up 1.8% to 2.16 trillion yen"
CNB = "leaving Japan in the red with China for the 64th consecutive month at 386.8 billion yen"
CHIP = ("overseas sales of semiconductors and other electronic components surged 31.7% to 741.9 billion yen")
EQP = "exports of chipmaking equipment fell 6.2%"
EU = ("Exports to the European Union grew 4.3% to 853.6 billion yen, while imports from the 27-member bloc rose "
      "3.2%, resulting in a deficit of 156.4 billion yen")
OIL = "crude oil purchases dropped 14.8% to 712.4 billion yen"

ARTICLE = {
    "id": "dAF2_02_kyodo_japan_july2026_surplus",
    "title": "Japan logs 1st trade surplus in 4 months as U.S.-bound exports rebound",
    "publisher": "Kyodo",
    "published": "2026-08-19",
    "notes": [
        "Period: July of the publication year (2026); 'a year earlier' deficit labelled as the balance of July 2025.",
        "Growth rates are year-on-year throughout (Finance Ministry preliminary report; no month-on-month cue).",
        "Only the headline surplus is converted into dollars: USD fact with qualifier approx.",
        "'its security ally' = United States (partner of the surplus); 'the neighboring country' = China; "
        "'the 27-member bloc' = European Union.",
        "'China, Japan's biggest trading partner': rank 1, flow total, partner China, period July 2026.",
        "'in the red with China ... at 386.8 billion yen': balance -386.8e9 with partner China.",
        "EU deficit of 156.4 billion yen: balance with partner European Union (the sentence's subject).",
        "'U.S.-bound car exports': product 'cars', partner United States.",
        "Out of scope, unlabelled: streaks ('first black ink in four months', 'first time in 16 months', "
        "'11th straight month', '64th consecutive month'); tariff rates (15%, 27.5%, 2.5%) and 'six times'; "
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
