from _fact import fact, period

JP = "Japan"
US = "United States"
SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
H1 = period(2025, 4, 9)  # April-September first half of fiscal 2025

ARTICLE = {
    "id": "dCB2_01",
    "title": "Asian chip demand returns Japan's exports to growth after four monthly falls as U.S. sales keep sliding",
    "publisher": "Reuters",
    "published": "2025-10-22",
    "notes": [
        "Real figures (Japan Ministry of Finance preliminary trade statistics for September 2025, released "
        "2025-10-22, as reported by Reuters/Makiko Yamazaki, AP, Jiji Press, MNI, Investing.com, Econoday, GMT Eight, "
        "China Daily HK): exports +4.2% y/y (first rise in five months), August -0.1%; imports +3.3%, August -5.2%; "
        "deficit 234.6 billion yen (Reuters converted at $1.56 billion, Investing.com $1.54 billion), third straight "
        "deficit; August deficit revised to 242.8 billion yen; exports to the US -13.3% (sixth straight fall), August "
        "-13.8% (first print; later revised to -13.7%); car exports to the US -24.2%, August -28.4%; exports to Asia "
        "+9.2%, China +5.8% (first rise in seven months), August China -0.5%; EU +5.0%; semiconductors and other "
        "electronic components +12.6%; imports from China +9.8%, from Asia +6%; April-September exports +0.2% to "
        "53.65 trillion yen, imports -3.2% to 54.88 trillion yen, deficit 1.22 trillion yen (ninth straight half-year "
        "deficit); US-bound exports -10.2% to 9.71 trillion yen; vehicles to the US -22.7% to 2.39 trillion yen "
        "(volume -2.4%); electronic parts +4.2%, automobiles -6.7%; crude oil -15.7%, coal -31.6%. Forecasts as "
        "published: exports +4.6%, imports +0.6%, balance a 22.0 billion yen surplus (Reuters had 22.2). Tariff cut "
        "27.5% to 15% on 2025-09-16; $550 billion pledge; BOJ rate 0.5% since January 2025.",
        "Derived/made up: September export and import values (9.06 and 9.30 trillion yen) are my estimates consistent "
        "with the real deficit, not checked against the release; US exports of 1.59 trillion yen and the US shares "
        "17.5% (September 2025) and 21.1% (September 2024) are derived from them and the real -13.3%; the exchange "
        "rate 152.3 is 234.6/1.54; the byline, the economist Takeshi Onoda (and his quote), the editor and the GDP "
        "poll (-1.1% annualised) are made up.",
        "Judgement calls: 'a 5.2% slide the month before' is August's year-on-year fall (period 2025-08, basis yoy): "
        "'the month before' names the period, not a month-on-month base; 'Exports had slipped 0.1% in August' carries "
        "its subject (overall exports) from the surrounding sentences, and 'After slipping 0.5% in August, shipments "
        "to China' is August export growth to China; 'China, the country's biggest trading partner' is rank 1 of total trade, period "
        "taken as the article's month; 'shipments to China ... turned up 5.8%' is export growth to China; Asia is a partner "
        "('Asia'); 'roughly half' gives no number, so no share fact; products in the text's words: 'cars' (September, "
        "to the US), 'vehicles' (H1, to the US), 'automobiles' (H1, all destinations), 'semiconductors and other "
        "electronic components' (September) and 'chips and other electronic parts' (H1); the dollar deficit is an "
        "exact USD fact (no hedge word); H1 facts take 2025-04..2025-09 from 'April-September first half', carried by "
        "'over the six months' and 'over the half'; 'the coal bill shrank 31.6% and crude oil purchases 15.7%' shares "
        "one verb (gapped). Lint gap: 'a 234.6 billion yen ($1.54 billion) deficit' (balance word after a conversion "
        "bracket that follows the currency word) reads as a surplus, so I wrote 'a deficit of 234.6 billion yen "
        "($1.54 billion)'.",
        "Not facts: 4.6% (export forecast), 0.6% (import forecast), 22.0 billion yen surplus (balance forecast), 27.5% "
        "and 15% (US tariff rates), $550 billion (investment pledge), 2.4% (number of cars shipped, volume beside "
        "value), 0.5% (BOJ policy rate), 1.1% (GDP forecast), $1 = 152.3000 yen (exchange rate); streaks and spans: "
        "'first annual rise in five months', 'four monthly falls', 'third monthly shortfall', 'sixth straight monthly decline', 'six months of "
        "declines', 'ninth consecutive half-year'.",
        "Copy check: 22 sentences searched, 7 reworded (2 of the reworded re-searched after rewording).",
        "Second check: 30 sentences searched, 11 reworded.",
    ],
    "facts": [
        # September headline
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2",
             "put the annual rise in overall exports at 4.2% for September"),
        fact(JP, "exports", "growth", -0.1, "percent", AUG, "0.1",
             "Exports had slipped 0.1% in August."),
        fact(JP, "imports", "growth", 3.3, "percent", SEP, "3.3",
             "Imports increased 3.3%"),
        fact(JP, "imports", "growth", -5.2, "percent", AUG, "5.2",
             "Imports increased 3.3%, well above the poll's 0.6% estimate, reversing a 5.2% slide the month before"),
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP, "234.6 billion",
             "tipped the balance into a deficit of 234.6 billion yen ($1.54 billion)"),
        fact(JP, "balance", "value", -1.54e9, "USD", SEP, "1.54 billion",
             "tipped the balance into a deficit of 234.6 billion yen ($1.54 billion)"),
        fact(JP, "balance", "value", -242.8e9, "JPY", AUG, "242.8 billion",
             "August's revised gap of 242.8 billion yen"),
        fact(JP, "exports", "value", 9.06e12, "JPY", SEP, "9.06 trillion",
             "In value terms, exports came to 9.06 trillion yen and imports to 9.30 trillion yen."),
        fact(JP, "imports", "value", 9.30e12, "JPY", SEP, "9.30 trillion",
             "In value terms, exports came to 9.06 trillion yen and imports to 9.30 trillion yen."),
        # United States
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3",
             "shipments to the United States sank a further 13.3% in September to 1.59 trillion yen", partner=US),
        fact(JP, "exports", "value", 1.59e12, "JPY", SEP, "1.59 trillion",
             "shipments to the United States sank a further 13.3% in September to 1.59 trillion yen", partner=US),
        fact(JP, "exports", "growth", -13.8, "percent", AUG, "13.8",
             "After shrinking 13.8% in August, shipments to the United States", partner=US),
        fact(JP, "exports", "share", 17.5, "percent", SEP, "17.5",
             "The U.S. absorbed 17.5% of Japanese exports in September", partner=US),
        fact(JP, "exports", "share", 21.1, "percent", SEP24, "21.1",
             "The U.S. absorbed 17.5% of Japanese exports in September, compared with 21.1% a year before",
             partner=US),
        fact(JP, "exports", "growth", -24.2, "percent", SEP, "24.2",
             "the fall in car exports to the U.S. eased only a little, to 24.2%", partner=US, product="cars"),
        fact(JP, "exports", "growth", -28.4, "percent", AUG, "28.4",
             "the fall in car exports to the U.S. eased only a little, to 24.2% from a 28.4% plunge in August",
             partner=US, product="cars"),
        # Asia, China, EU
        fact(JP, "exports", "growth", 9.2, "percent", SEP, "9.2",
             "Exports to Asia, which buys roughly half of what Japan sells abroad, jumped 9.2%", partner="Asia"),
        fact(JP, "exports", "growth", 5.8, "percent", SEP, "5.8",
             "shipments to China, the country's biggest trading partner, turned up 5.8% from a year earlier",
             partner="China"),
        fact(JP, "total", "rank", 1, "number", SEP, "biggest",
             "China, the country's biggest trading partner", partner="China"),
        fact(JP, "exports", "growth", -0.5, "percent", AUG, "0.5",
             "After slipping 0.5% in August, shipments to China", partner="China"),
        fact(JP, "exports", "growth", 5.0, "percent", SEP, "5.0",
             "Exports to the European Union gained 5.0%", partner="European Union"),
        fact(JP, "exports", "growth", 12.6, "percent", SEP, "12.6",
             "shipments of semiconductors and other electronic components rose 12.6%",
             product="semiconductors and other electronic components"),
        fact(JP, "imports", "growth", 9.8, "percent", SEP, "9.8",
             "purchases from China rose 9.8%", partner="China"),
        fact(JP, "imports", "growth", 6.0, "percent", SEP, "6.0",
             "purchases from China rose 9.8% and those from Asia as a whole 6.0%", partner="Asia"),
        # April-September first half of the fiscal year
        fact(JP, "exports", "growth", 0.2, "percent", H1, "0.2",
             "exports, which inched up 0.2% to 53.65 trillion yen"),
        fact(JP, "exports", "value", 53.65e12, "JPY", H1, "53.65 trillion",
             "exports, which inched up 0.2% to 53.65 trillion yen"),
        fact(JP, "imports", "growth", -3.2, "percent", H1, "3.2",
             "the import bill fell 3.2% to 54.88 trillion yen"),
        fact(JP, "imports", "value", 54.88e12, "JPY", H1, "54.88 trillion",
             "the import bill fell 3.2% to 54.88 trillion yen"),
        fact(JP, "balance", "value", -1.22e12, "JPY", H1, "1.22 trillion",
             "leaving a deficit of 1.22 trillion yen"),
        fact(JP, "exports", "growth", -10.2, "percent", H1, "10.2",
             "The six-month value of U.S.-bound shipments came to 9.71 trillion yen, down 10.2%", partner=US),
        fact(JP, "exports", "value", 9.71e12, "JPY", H1, "9.71 trillion",
             "The six-month value of U.S.-bound shipments came to 9.71 trillion yen, down 10.2%", partner=US),
        fact(JP, "exports", "growth", -22.7, "percent", H1, "22.7",
             "the number of cars shipped to the United States shrank just 2.4%, but their value there dropped 22.7% "
             "to 2.39 trillion yen", partner=US, product="vehicles"),
        fact(JP, "exports", "value", 2.39e12, "JPY", H1, "2.39 trillion",
             "the number of cars shipped to the United States shrank just 2.4%, but their value there dropped 22.7% "
             "to 2.39 trillion yen", partner=US, product="vehicles"),
        fact(JP, "exports", "growth", 4.2, "percent", H1, "4.2",
             "chips and other electronic parts were a bright spot with a 4.2% gain",
             product="chips and other electronic parts"),
        fact(JP, "exports", "growth", -6.7, "percent", H1, "6.7",
             "Automobile exports as a whole fell 6.7%", product="automobiles"),
        fact(JP, "imports", "growth", -31.6, "percent", H1, "31.6",
             "Among imports, the coal bill shrank 31.6%", product="coal"),
        fact(JP, "imports", "growth", -15.7, "percent", H1, "15.7",
             "Among imports, the coal bill shrank 31.6% and crude oil purchases 15.7% over the half",
             product="crude oil"),
    ],
}
