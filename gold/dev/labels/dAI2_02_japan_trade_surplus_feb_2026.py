from _fact import fact, period

FEB = period(2026, 2)
FY_TO_FEB = {"start": "2025-04", "end": "2026-02"}
JP = "Japan"
US = "United States"

LEAD = "Japan post a February trade surplus of 333.5 billion yen ($2.2 billion)"
SHRANK = "Compared with February 2025, the surplus was 43.5 percent smaller"
EXIM = ("Imports increased 7.9 percent to 9.28 trillion yen on heavier buying of pharmaceuticals and computers, "
        "outpacing a 4.6 percent rise in exports to 9.61 trillion yen")
USX = "Shipments to the United States declined for an 11th consecutive month, sliding 8.4 percent to 1.52 trillion yen"
USCAR = "the value of automobile exports to the country dropped 14.6 percent"
USM = "Inbound goods from the United States, among them liquefied natural gas and aircraft parts, rose 5.2 percent to 927.4 billion yen"
USB = "Japan's surplus with its main security partner thus fell 23.9 percent to 592.6 billion yen"
CHR = "China, Japan's biggest trading partner, saw subdued two-way trade."
CH = ("Japanese shipments there fell 10.2 percent to 1.29 trillion yen, while goods bought from China declined 12.5 percent to "
      "1.63 trillion yen, producing a 342.1 billion yen deficit")
ASIA = "Exports to Asia overall, by contrast, grew 7.4 percent to 4.98 trillion yen"
EU = "Shipments to the European Union increased 9.1 percent to 861.5 billion yen"
CHIPS = "exports of semiconductors and other electronic parts surged 21.4 percent"
CARS = "Total automobile exports edged down 3.9 percent"
OIL = "Lower prices pushed crude oil imports down 9.8 percent to 768.4 billion yen"
FY = "Japan ran up a 1.84 trillion yen trade deficit in the April-February period, the first 11 months of fiscal 2025"

ARTICLE = {
    "id": "dAI2_02_japan_trade_surplus_feb_2026",
    "title": "Asian chip demand keeps Japan in surplus in February despite weaker U.S. sales",
    "publisher": "Kyodo",
    "published": "2026-03-18",
    "notes": [
        "'333.5 billion yen ($2.2 billion)': a JPY fact and a separate approx USD fact.",
        "'Compared with February 2025, the surplus was 43.5 percent smaller': balance growth -43.5, yoy, February 2026.",
        "'automobile exports to the country' (the United States): partner United States, product automobiles.",
        "'its main security partner': the United States (previous paragraph). 'fell 23.9 percent' is the growth of that surplus, -23.9.",
        "'China, Japan's biggest trading partner': rank 1, flow total, partner China.",
        "'Japanese shipments there ... goods bought from China ... producing a 342.1 billion yen deficit': all partner China, February 2026.",
        "'Exports to Asia overall': partner Asia, exports.",
        "'the April-February period, the first 11 months of fiscal 2025': Japan's fiscal year starts in April, so the period is 2025-04..2026-02.",
        "Product names in the text's words: 'semiconductors and other electronic parts', 'automobiles', 'crude oil'.",
        "Out of scope, unlabelled: 'a surplus in two of the past three months' and 'declined for an 11th consecutive month' (streaks); the 15 percent U.S. tariff; the economist's expectation for March (forecast); the fiscal 2026 GDP growth outlook of 1.3 percent.",
    ],
    "facts": [
        fact(JP, "balance", "value", 333.5e9, "JPY", FEB, "333.5 billion", LEAD),
        fact(JP, "balance", "value", 2.2e9, "USD", FEB, "2.2 billion", LEAD, qualifier="approx"),
        fact(JP, "balance", "growth", -43.5, "percent", FEB, "43.5", SHRANK),
        fact(JP, "exports", "growth", 4.6, "percent", FEB, "4.6", EXIM),
        fact(JP, "exports", "value", 9.61e12, "JPY", FEB, "9.61 trillion", EXIM),
        fact(JP, "imports", "growth", 7.9, "percent", FEB, "7.9", EXIM),
        fact(JP, "imports", "value", 9.28e12, "JPY", FEB, "9.28 trillion", EXIM),
        fact(JP, "exports", "growth", -8.4, "percent", FEB, "8.4", USX, partner=US),
        fact(JP, "exports", "value", 1.52e12, "JPY", FEB, "1.52 trillion", USX, partner=US),
        fact(JP, "exports", "growth", -14.6, "percent", FEB, "14.6", USCAR, partner=US, product="automobiles"),
        fact(JP, "imports", "growth", 5.2, "percent", FEB, "5.2", USM, partner=US),
        fact(JP, "imports", "value", 927.4e9, "JPY", FEB, "927.4 billion", USM, partner=US),
        fact(JP, "balance", "value", 592.6e9, "JPY", FEB, "592.6 billion", USB, partner=US),
        fact(JP, "balance", "growth", -23.9, "percent", FEB, "23.9", USB, partner=US),
        fact(JP, "total", "rank", 1, "number", FEB, "biggest", CHR, partner="China"),
        fact(JP, "exports", "growth", -10.2, "percent", FEB, "10.2", CH, partner="China"),
        fact(JP, "exports", "value", 1.29e12, "JPY", FEB, "1.29 trillion", CH, partner="China"),
        fact(JP, "imports", "growth", -12.5, "percent", FEB, "12.5", CH, partner="China"),
        fact(JP, "imports", "value", 1.63e12, "JPY", FEB, "1.63 trillion", CH, partner="China"),
        fact(JP, "balance", "value", -342.1e9, "JPY", FEB, "342.1 billion", CH, partner="China"),
        fact(JP, "exports", "growth", 7.4, "percent", FEB, "7.4", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 4.98e12, "JPY", FEB, "4.98 trillion", ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 9.1, "percent", FEB, "9.1", EU, partner="European Union"),
        fact(JP, "exports", "value", 861.5e9, "JPY", FEB, "861.5 billion", EU, partner="European Union"),
        fact(JP, "exports", "growth", 21.4, "percent", FEB, "21.4", CHIPS, product="semiconductors and other electronic parts"),
        fact(JP, "exports", "growth", -3.9, "percent", FEB, "3.9", CARS, product="automobiles"),
        fact(JP, "imports", "growth", -9.8, "percent", FEB, "9.8", OIL, product="crude oil"),
        fact(JP, "imports", "value", 768.4e9, "JPY", FEB, "768.4 billion", OIL, product="crude oil"),
        fact(JP, "balance", "value", -1.84e12, "JPY", FY_TO_FEB, "1.84 trillion", FY),
    ],
}
