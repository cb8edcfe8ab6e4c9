from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JP = "Japan"
US = "United States"

LEAD = "exports up 6.1% year on year at 9.71 trillion yen in November"
OCTG = "faster than October's 3.6% increase"
IMP = "Imports grew a more modest 1.3%"
IMPV = "Imports grew a more modest 1.3% to 9.39 trillion yen"
BAL = "Japan posted its first trade surplus in five months, at 322.3 billion yen ($2.08 billion)"
USX = "Exports to the United States, the largest market for Japanese goods, increased 8.8% to 1.71 trillion yen"
USCAR = "car exports to the U.S. were 1.2% lower in value"
USBAL = "Japan's surplus with the United States, a long-standing irritant for U.S. President Donald Trump, expanded 11.3% to 739.8 billion yen"
CHN = "Shipments to China, which is Japan's biggest trading partner overall, dipped 2.4%"
CHNM = "imports from its neighbour grew 2.3%"
ASIA = "Exports to the Asian region overall, which absorbs more than half of Japan's shipments abroad, increased 4.5% to 5.06 trillion yen, including an 11.4% gain for Hong Kong"
EU = "Exports bound for the European Union soared 19.6%"
CHIP = "AI-related demand pushed up exports of semiconductors and other electronic parts by 14.2%"
CAR = "total car exports declined 4.1% by value"
OIL = "Imports of crude oil sank 11.9%, and liquefied natural gas imports were down 8.3%"

ARTICLE = {
    "id": "dAA2_02_japan_exports_november",
    "title": "Recovery in US-bound shipments lifts Japan's November export growth to nine-month high",
    "publisher": "Reuters",
    "published": "2025-12-17",
    "notes": [
        "All growth rates are year-on-year (the second paragraph sets 'year on year'; no month-on-month cue anywhere).",
        "'faster than October's 3.6% increase': total exports growth for October 2025, labelled with period 2025-10.",
        "'Imports grew a more modest 1.3% to 9.39 trillion yen': the November imports value.",
        "'322.3 billion yen ($2.08 billion)': JPY fact plus the USD conversion as a separate approx fact.",
        "'the largest market for Japanese goods': rank 1 of the United States among export destinations (flow exports). 'Japan's biggest trading partner': rank 1 of China in total trade (flow total). Both given the article's month as period.",
        "'imports from its neighbour': partner China (the sentence's subject).",
        "'an 11.4% gain for Hong Kong': exports to Hong Kong.",
        "'car exports to the U.S. were 1.2% lower in value': exports, partner United States, product cars. The 1.5% rise in the number of vehicles is volume growth beside value growth: out of scope.",
        "'total car exports declined 4.1% by value': product cars, partner null.",
        "'Imports of crude oil' and 'liquefied natural gas imports': imports by product.",
        "'more than half of Japan's shipments abroad' has no figure: nothing labelled.",
        "Out of scope, unlabelled: Reuters poll forecasts (4.8%, 2.5%, the 71.2 billion yen surplus forecast); the 15% tariff; GDP -2.3%; BOJ rates 0.75%/0.5%; the exchange-rate footnote; 'a nine-month high', 'first trade surplus in five months', 'the first increase ... since March' (milestones/streaks).",
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
