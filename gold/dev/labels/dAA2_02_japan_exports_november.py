from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JP = "Japan"
US = "United States"

LEAD = "Exports rose 6.1% in November from a year earlier to 9.71 trillion yen"
OCTG = "accelerating from a 3.6% gain in October"
IMP = "Imports rose 1.3%"
IMPV = "Inbound shipments came to 9.39 trillion yen"
BAL = "That left Japan with a trade surplus of 322.3 billion yen ($2.08 billion)"
USX = "Shipments to the United States, Japan's largest export market, climbed 8.8% to 1.71 trillion yen"
USCAR = "The value of U.S.-bound car exports still fell 1.2%"
USBAL = "Japan's trade surplus with the United States, a sore point for U.S. President Donald Trump, grew 11.3% to 739.8 billion yen"
CHN = "Exports to China, Japan's biggest trading partner, slipped 2.4%"
CHNM = "imports from the neighbour rose 2.3%"
ASIA = "Exports to Asia as a whole, which take more than half of Japan's outbound shipments, rose 4.5% to 5.06 trillion yen, with those to Hong Kong up 11.4%"
EU = "Shipments to the European Union jumped 19.6%"
CHIP = "exports of semiconductors and other electronic parts rose 14.2%"
CAR = "car exports overall fell 4.1% in value"
OIL = "crude oil purchases dropped 11.9% and those of liquefied natural gas fell 8.3%"

ARTICLE = {
    "id": "dAA2_02_japan_exports_november",
    "title": "Japan's November exports grow at fastest pace in nine months as US shipments rebound",
    "publisher": "Reuters",
    "published": "2025-12-17",
    "notes": [
        "All growth rates are year-on-year (the lead sets 'from a year earlier'; no month-on-month cue anywhere).",
        "'accelerating from a 3.6% gain in October': total exports growth for October 2025, labelled with period 2025-10.",
        "'Inbound shipments came to 9.39 trillion yen': the November imports value.",
        "'322.3 billion yen ($2.08 billion)': JPY fact plus the USD conversion as a separate approx fact.",
        "'Japan's largest export market': rank 1 of the United States among export destinations (flow exports). 'Japan's biggest trading partner': rank 1 of China in total trade (flow total). Both given the article's month as period.",
        "'imports from the neighbour': partner China (the sentence's subject).",
        "'those to Hong Kong up 11.4%': exports to Hong Kong.",
        "'U.S.-bound car exports still fell 1.2%' in value: exports, partner United States, product cars. The 1.5% rise in the number of vehicles shipped is volume growth beside value growth: out of scope.",
        "'car exports overall fell 4.1% in value': product cars, partner null.",
        "'crude oil purchases' and 'those of liquefied natural gas': imports by product.",
        "'more than half of Japan's outbound shipments' has no figure: nothing labelled.",
        "Out of scope, unlabelled: Reuters poll forecasts (4.8%, 2.5%, the 71.2 billion yen surplus forecast); the 15% tariff; GDP -2.3%; BOJ rates 0.75%/0.5%; the exchange-rate footnote; 'fastest pace in nine months', 'first in five months', 'first time since March' (milestones/streaks).",
    ],
    "facts": [
        fact(JP, "exports", "growth", 6.1, "percent", NOV, "6.1", LEAD),
        fact(JP, "exports", "value", 9.71e12, "JPY", NOV, "9.71 trillion", LEAD),
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6", OCTG),
        fact(JP, "imports", "growth", 1.3, "percent", NOV, "1.3", IMP),
        fact(JP, "imports", "value", 9.39e12, "JPY", NOV, "9.39 trillion", IMPV),
        fact(JP, "balance", "value", 322.3e9, "JPY", NOV, "322.3 billion", BAL),
        fact(JP, "balance", "value", 2.08e9, "USD", NOV, "2.08 billion", BAL, qualifier="approx"),
        fact(JP, "exports", "rank", 1, "number", NOV, "largest", USX, partner=US),
        fact(JP, "exports", "growth", 8.8, "percent", NOV, "8.8", USX, partner=US),
        fact(JP, "exports", "value", 1.71e12, "JPY", NOV, "1.71 trillion", USX, partner=US),
        fact(JP, "exports", "growth", -1.2, "percent", NOV, "1.2", USCAR, partner=US, product="cars"),
        fact(JP, "balance", "growth", 11.3, "percent", NOV, "11.3", USBAL, partner=US),
        fact(JP, "balance", "value", 739.8e9, "JPY", NOV, "739.8 billion", USBAL, partner=US),
        fact(JP, "total", "rank", 1, "number", NOV, "biggest", CHN, partner="China"),
        fact(JP, "exports", "growth", -2.4, "percent", NOV, "2.4", CHN, partner="China"),
        fact(JP, "imports", "growth", 2.3, "percent", NOV, "2.3", CHNM, partner="China"),
        fact(JP, "exports", "growth", 4.5, "percent", NOV, "4.5", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 5.06e12, "JPY", NOV, "5.06 trillion", ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 11.4, "percent", NOV, "11.4", ASIA, partner="Hong Kong"),
        fact(JP, "exports", "growth", 19.6, "percent", NOV, "19.6", EU, partner="European Union"),
        fact(JP, "exports", "growth", 14.2, "percent", NOV, "14.2", CHIP, product="semiconductors and other electronic parts"),
        fact(JP, "exports", "growth", -4.1, "percent", NOV, "4.1", CAR, product="cars"),
        fact(JP, "imports", "growth", -11.9, "percent", NOV, "11.9", OIL, product="crude oil"),
        fact(JP, "imports", "growth", -8.3, "percent", NOV, "8.3", OIL, product="liquefied natural gas"),
    ],
}
