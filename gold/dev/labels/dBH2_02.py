from _fact import fact, period

SEP = period(2025, 9)
H1 = period(2025, 4, 9)

JP = "Japan"
US = "United States"

ARTICLE = {
    "id": "dBH2_02",
    "title": "Japan logs 3rd straight monthly trade deficit as U.S.-bound car shipments sink",
    "publisher": "Kyodo",
    "published": "2025-10-22",
    "notes": [
        "Written in my own words after reading real coverage of the Finance Ministry's preliminary September "
        "2025 data (released 22 Oct 2025): Kyodo via Qazinform, Jiji via Yomiuri/Adnkronos, MNI, Japan Times, "
        "JoongAng (AP), GMT Eight, Focus Economics.",
        "Real figures: deficit 234.6bn yen (3rd month); exports +4.2% to 9.41tn, imports +3.3% to 9.65tn; "
        "exports to US -13.3% (6th month), cars to US -24.2%; Asia +9.2%; China +5.8% (first rise in 7 months); "
        "imports from China +9.8%; semiconductors and electronic parts +12.6%; car exports -0.6%; forecasts "
        "4.4% and 0.6%; H1 FY2025 deficit 1.22tn, narrowed 61.2%, exports +0.2% to 53.65tn, imports -3.2% to "
        "54.88tn, crude oil imports -15.7%, exports to US -10.2% to 9.71tn, cars to US -22.7%, US surplus "
        "-22.6% to 3.32tn; tariff 27.5% -> 15%.",
        "Invented or derived: $1.55bn (at an assumed 151.6 yen per dollar); exports to US 1.53tn (derived from "
        "a year-earlier level); US surplus 353.0bn and -37.6%; Asia 5.18tn; China 1.66tn; chipmaking equipment "
        "+21.7%; crude oil 745.2bn and -8.9%; LNG 402.3bn, -4.6% and 4.87 million tonnes.",
        "The dollar conversion '($1.55 billion)' is a separate USD fact of the same balance; its qualifier is "
        "exact because the text writes no 'about' (the guide's worked example has 'about').",
        "'China, Japan's largest trading partner' labelled as rank 1 of total trade with China, for the "
        "article's running period (September 2025).",
        "Products in the text's words: 'automobiles' (to the US, September), 'cars' ('Car exports as a whole', "
        "'car shipments to the country' in H1), 'semiconductors and other electronic parts', 'chipmaking "
        "equipment', 'crude oil', 'liquefied natural gas' (the text's LNG written out, as the guide does for "
        "a defined acronym).",
        "Fiscal-half figures take period 2025-04..2025-09. Growth of a deficit/surplus follows its verb: "
        "'deficit narrowed 61.2 percent' -> -61.2; 'surplus ... shrank 37.6 percent' -> -37.6.",
        "Not facts: the streaks (3rd month, 5 months, 6th month, 7 months, 9th half-year), forecasts (4.4, "
        "0.6 percent), tariff rates (15, 27.5 percent), the exchange rate line ($1 = 151.6 yen), 'world's "
        "largest economy' (not a trade rank).",
        "Copy check: searched 10 distinctive stretches in the pages corpus (lead, exports sentence, US paragraph, "
        "tariff sentence and official's remark, fiscal-half opening, Asia paragraph, crude/LNG sentence, the "
        "quote, and the reworded tariff sentence). Reworded 4: the tariff sentence (8 words matched a real Kyodo "
        "story: 'Tokyo and Washington agreed in July to lower'), the fiscal-half opening (matched Jiji's 'the "
        "April-September first half of fiscal 2025'), the attribution 'the Finance Ministry said in a "
        "preliminary report' (a Kyodo formula) and the lead's 'Japan posted a trade deficit of' (Jiji).",
        "Copy check (independent): 18 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP, "234.6 billion",
             "Japan's trade balance stayed negative in September with a deficit of 234.6 billion yen"),
        fact(JP, "balance", "value", -1.55e9, "USD", SEP, "1.55 billion",
             "with a deficit of 234.6 billion yen ($1.55 billion)"),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2",
             "Exports grew 4.2 percent from a year earlier to 9.41 trillion yen"),
        fact(JP, "exports", "value", 9.41e12, "JPY", SEP, "9.41 trillion",
             "Exports grew 4.2 percent from a year earlier to 9.41 trillion yen"),
        fact(JP, "imports", "growth", 3.3, "percent", SEP, "3.3",
             "Imports expanded 3.3 percent to 9.65 trillion yen"),
        fact(JP, "imports", "value", 9.65e12, "JPY", SEP, "9.65 trillion",
             "Imports expanded 3.3 percent to 9.65 trillion yen"),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3",
             "Shipments to the United States slid 13.3 percent to 1.53 trillion yen", partner=US),
        fact(JP, "exports", "value", 1.53e12, "JPY", SEP, "1.53 trillion",
             "Shipments to the United States slid 13.3 percent to 1.53 trillion yen", partner=US),
        fact(JP, "exports", "growth", -24.2, "percent", SEP, "24.2",
             "Automobiles, the mainstay of Japan's sales to the U.S. market, dropped 24.2 percent in value",
             partner=US, product="automobiles"),
        fact(JP, "balance", "growth", -37.6, "percent", SEP, "37.6",
             "Japan's surplus with the world's largest economy shrank 37.6 percent to 353.0 billion yen", partner=US),
        fact(JP, "balance", "value", 353.0e9, "JPY", SEP, "353.0 billion",
             "Japan's surplus with the world's largest economy shrank 37.6 percent to 353.0 billion yen", partner=US),
        fact(JP, "exports", "growth", 9.2, "percent", SEP, "9.2",
             "Exports to the region climbed 9.2 percent to 5.18 trillion yen", partner="Asia"),
        fact(JP, "exports", "value", 5.18e12, "JPY", SEP, "5.18 trillion",
             "Exports to the region climbed 9.2 percent to 5.18 trillion yen", partner="Asia"),
        fact(JP, "total", "rank", 1, "number", SEP, "largest",
             "Shipments to China, Japan's largest trading partner", partner="China"),
        fact(JP, "exports", "growth", 5.8, "percent", SEP, "5.8",
             "Shipments to China, Japan's largest trading partner, rose 5.8 percent to 1.66 trillion yen",
             partner="China"),
        fact(JP, "exports", "value", 1.66e12, "JPY", SEP, "1.66 trillion",
             "Shipments to China, Japan's largest trading partner, rose 5.8 percent to 1.66 trillion yen",
             partner="China"),
        fact(JP, "exports", "growth", 12.6, "percent", SEP, "12.6",
             "exports of semiconductors and other electronic parts grew 12.6 percent",
             product="semiconductors and other electronic parts"),
        fact(JP, "exports", "growth", 21.7, "percent", SEP, "21.7",
             "those of chipmaking equipment jumped 21.7 percent", product="chipmaking equipment"),
        fact(JP, "exports", "growth", -0.6, "percent", SEP, "0.6",
             "Car exports as a whole edged down 0.6 percent", product="cars"),
        fact(JP, "imports", "growth", -8.9, "percent", SEP, "8.9",
             "purchases of crude oil fell 8.9 percent to 745.2 billion yen", product="crude oil"),
        fact(JP, "imports", "value", 745.2e9, "JPY", SEP, "745.2 billion",
             "purchases of crude oil fell 8.9 percent to 745.2 billion yen", product="crude oil"),
        fact(JP, "imports", "growth", -4.6, "percent", SEP, "4.6",
             "imports of liquefied natural gas decreased 4.6 percent to 402.3 billion yen",
             product="liquefied natural gas"),
        fact(JP, "imports", "value", 402.3e9, "JPY", SEP, "402.3 billion",
             "imports of liquefied natural gas decreased 4.6 percent to 402.3 billion yen",
             product="liquefied natural gas"),
        fact(JP, "imports", "quantity", 4.87e6, "tonnes", SEP, "4.87 million",
             "Japan brought in 4.87 million tonnes of LNG during the month", product="liquefied natural gas"),
        fact(JP, "balance", "growth", -61.2, "percent", H1, "61.2",
             "the trade deficit narrowed 61.2 percent from a year before to 1.22 trillion yen"),
        fact(JP, "balance", "value", -1.22e12, "JPY", H1, "1.22 trillion",
             "the trade deficit narrowed 61.2 percent from a year before to 1.22 trillion yen"),
        fact(JP, "exports", "growth", 0.2, "percent", H1, "0.2",
             "Exports managed only a 0.2 percent gain, reaching 53.65 trillion yen"),
        fact(JP, "exports", "value", 53.65e12, "JPY", H1, "53.65 trillion",
             "Exports managed only a 0.2 percent gain, reaching 53.65 trillion yen"),
        fact(JP, "imports", "growth", -3.2, "percent", H1, "3.2",
             "cheaper energy pulled imports down 3.2 percent to 54.88 trillion yen"),
        fact(JP, "imports", "value", 54.88e12, "JPY", H1, "54.88 trillion",
             "cheaper energy pulled imports down 3.2 percent to 54.88 trillion yen"),
        fact(JP, "exports", "growth", -10.2, "percent", H1, "10.2",
             "Exports to the United States over the six months fell 10.2 percent to 9.71 trillion yen", partner=US),
        fact(JP, "exports", "value", 9.71e12, "JPY", H1, "9.71 trillion",
             "Exports to the United States over the six months fell 10.2 percent to 9.71 trillion yen", partner=US),
        fact(JP, "exports", "growth", -22.7, "percent", H1, "22.7",
             "car shipments to the country plunging 22.7 percent", partner=US, product="cars"),
        fact(JP, "balance", "growth", -22.6, "percent", H1, "22.6",
             "Japan's surplus in trade with the United States narrowed 22.6 percent to 3.32 trillion yen", partner=US),
        fact(JP, "balance", "value", 3.32e12, "JPY", H1, "3.32 trillion",
             "Japan's surplus in trade with the United States narrowed 22.6 percent to 3.32 trillion yen", partner=US),
    ],
}
