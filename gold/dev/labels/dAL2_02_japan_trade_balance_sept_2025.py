from _fact import fact, period

SEP = period(2025, 9)
FH1 = period(2025, 4, 9)
JP = "Japan"
US = "United States"

LEAD = "Japan's goods trade ran a deficit of 234.6 billion yen ($1.55 billion) in September"
EXP = "up 4.2 percent from a year earlier to 9.41 trillion yen"
IMP = "while imports increased 3.3 percent to 9.65 trillion yen"
US_EXP = "Shipments bound for the United States were down 13.3 percent at 1.46 trillion yen."
US_CARS = "By value, car exports to the world's largest economy plunged 24.2 percent"
US_BAL = "With the United States, Japan ran a surplus of 497.1 billion yen."
CHINA = ("Shipments to China, Japan's largest trading partner, grew 5.8 percent to 1.67 trillion yen on the back of "
         "chipmaking equipment and electronic components.")
ASIA = "Exports to Asia overall rose 8.7 percent to 5.06 trillion yen and accounted for 53.8 percent of all exports."
SME = "Exports of semiconductor manufacturing equipment to all destinations climbed 17.4 percent to 422.6 billion yen"
SA_BAL = "After seasonal adjustment, the trade balance was in deficit by 245.5 billion yen."
SA_MOM = "From August, exports were up 3.4 percent while imports eased 0.9 percent."
H1_BAL = ("For the first half of fiscal 2025, from April to September, the shortfall shrank 61.2 percent from a year "
          "before to 1.22 trillion yen")
H1_EXP = "Exports inched up 0.2 percent to 53.65 trillion yen"
H1_IMP = "while imports fell 3.2 percent to 54.88 trillion yen on smaller purchases of crude oil and coal"
H1_US = "Over the half, shipments to the United States declined 10.2 percent to 9.71 trillion yen"
H1_US_BAL = "Japan's surplus with the country shrank to 3.32 trillion yen"

ARTICLE = {
    "id": "dAL2_02_japan_trade_balance_sept_2025",
    "title": "Japan's trade balance stays in the red for a third month in September",
    "publisher": "Kyodo News",
    "published": "2025-10-22",
    "notes": [
        "Area Japan throughout; goods trade (product null) unless a sentence names goods.",
        "September 2025 figures: period 2025-09. 'the first half of fiscal 2025, from April to September' = 2025-04..2025-09; "
        "'Over the half' in the next paragraph is the same span.",
        "Deficits are negative balances: -234.6 billion yen in September (and the bracketed $1.55 billion, exact: no "
        "approximating word), -245.5 billion seasonally adjusted, -1.22 trillion for the half. 'the shortfall shrank "
        "61.2 percent' is the growth of the deficit, -61.2 as its verb says.",
        "The seasonally adjusted balance is a second September balance with another value: labelled as written; the "
        "guide has no field for seasonal adjustment.",
        "'From August, exports were up 3.4 percent while imports eased 0.9 percent': a month-on-month frame "
        "opening the sentence covers both rates (basis mom).",
        "'car exports to the world's largest economy' = exports of cars to the United States (the descriptor refers "
        "back to the previous sentence), growth in value terms -24.2; 'the number of vehicles shipped rose 1.2 percent' is volume growth "
        "beside value growth, out of scope.",
        "'Japan's largest trading partner' = China rank 1 (total trade), September.",
        "'Exports to Asia overall' = exports to Asia: growth, value, and share of total exports (53.8).",
        "'Japan's surplus with the country shrank to 3.32 trillion yen' = balance with the United States over the "
        "half, positive (a surplus; 'shrank' gives no rate).",
        "Out of scope, unlabelled: tariff rates (15 percent, 27.5 percent); exchange rates (147.12 and 143.12 yen per "
        "dollar); streaks ('third consecutive monthly shortfall', 'sixth month in a row', 'first time in five months', "
        "'ninth half-year deficit in a row', 'first drop for any half-year period since the second half of fiscal 2020'); the "
        "economist's outlook (forecast); 'Nov. 20' (date).",
    ],
    "facts": [
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP, "234.6 billion", LEAD),
        fact(JP, "balance", "value", -1.55e9, "USD", SEP, "1.55 billion", LEAD),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2", EXP),
        fact(JP, "exports", "value", 9.41e12, "JPY", SEP, "9.41 trillion", EXP),
        fact(JP, "imports", "growth", 3.3, "percent", SEP, "3.3", IMP),
        fact(JP, "imports", "value", 9.65e12, "JPY", SEP, "9.65 trillion", IMP),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3", US_EXP, partner=US),
        fact(JP, "exports", "value", 1.46e12, "JPY", SEP, "1.46 trillion", US_EXP, partner=US),
        fact(JP, "exports", "growth", -24.2, "percent", SEP, "24.2", US_CARS, partner=US, product="cars"),
        fact(JP, "balance", "value", 497.1e9, "JPY", SEP, "497.1 billion", US_BAL, partner=US),
        fact(JP, "total", "rank", 1, "number", SEP, "largest", CHINA, partner="China"),
        fact(JP, "exports", "growth", 5.8, "percent", SEP, "5.8", CHINA, partner="China"),
        fact(JP, "exports", "value", 1.67e12, "JPY", SEP, "1.67 trillion", CHINA, partner="China"),
        fact(JP, "exports", "growth", 8.7, "percent", SEP, "8.7", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 5.06e12, "JPY", SEP, "5.06 trillion", ASIA, partner="Asia"),
        fact(JP, "exports", "share", 53.8, "percent", SEP, "53.8", ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 17.4, "percent", SEP, "17.4", SME, product="semiconductor manufacturing equipment"),
        fact(JP, "exports", "value", 422.6e9, "JPY", SEP, "422.6 billion", SME,
             product="semiconductor manufacturing equipment"),
        fact(JP, "balance", "value", -245.5e9, "JPY", SEP, "245.5 billion", SA_BAL),
        fact(JP, "exports", "growth", 3.4, "percent", SEP, "3.4", SA_MOM, basis="mom"),
        fact(JP, "imports", "growth", -0.9, "percent", SEP, "0.9", SA_MOM, basis="mom"),
        fact(JP, "balance", "growth", -61.2, "percent", FH1, "61.2", H1_BAL),
        fact(JP, "balance", "value", -1.22e12, "JPY", FH1, "1.22 trillion", H1_BAL),
        fact(JP, "exports", "growth", 0.2, "percent", FH1, "0.2", H1_EXP),
        fact(JP, "exports", "value", 53.65e12, "JPY", FH1, "53.65 trillion", H1_EXP),
        fact(JP, "imports", "growth", -3.2, "percent", FH1, "3.2", H1_IMP),
        fact(JP, "imports", "value", 54.88e12, "JPY", FH1, "54.88 trillion", H1_IMP),
        fact(JP, "exports", "growth", -10.2, "percent", FH1, "10.2", H1_US, partner=US),
        fact(JP, "exports", "value", 9.71e12, "JPY", FH1, "9.71 trillion", H1_US, partner=US),
        fact(JP, "balance", "value", 3.32e12, "JPY", FH1, "3.32 trillion", H1_US_BAL, partner=US),
    ],
}
