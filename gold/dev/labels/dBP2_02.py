from _fact import fact, period

JP = "Japan"
NOV = period(2026, 11)
OCT = period(2026, 10)
YTD = period(2026, 1, 11)
US = "United States"

E_EXP = "after rising 3.2% in October, they came to 10.17 trillion yen, 4.8% more than a year earlier"
E_IMP = "Imports, at 9.94 trillion yen, grew 2.1%"
E_BAL = "That left Japan 231.6 billion yen (about $1.52 billion) in the black"
E_CN = ("China, the country's largest trading partner, took 1.68 trillion yen of Japanese goods, 7.3% more than a "
        "year before, with its purchases of semiconductor manufacturing equipment up 18.5%")
E_CNB = ("Imports from China came to 2.03 trillion yen, leaving Japan with a deficit of 352.1 billion yen in its "
         "trade with its neighbour")
E_ASIA = ("Exports to Asia as a whole, which includes China, grew 8.1% to 5.46 trillion yen and made up 53.7% of "
          "the total")
E_US = "U.S.-bound exports fell 2.6% to 1.71 trillion yen"
E_USCAR = ("the United States, Japan's biggest export market, bought fewer cars: shipments of automobiles there "
           "were down 9.4% at 452.8 billion yen")
E_USB = ("Imports from the United States totaled 1.08 trillion yen, and the surplus Japan ran with the country was "
         "628.4 billion yen, 11.8% smaller than a year before")
E_CAR = "automobile exports rose 1.9% to 1.58 trillion yen, or 15.5% of all shipments"
E_SME = "Exports of semiconductor manufacturing equipment soared 22.7% to 438.6 billion yen"
E_SA = ("Adjusted for seasonal swings, exports rose 1.6% from October while imports fell 0.9%, leaving a surplus "
        "of 94.5 billion yen")
E_YTD = ("For January through November, Japan's trade deficit totaled 1.47 trillion yen, 48.6% smaller than in the "
         "same period of 2025")
SME = "semiconductor manufacturing equipment"

ARTICLE = {
    "id": "dBP2_02",
    "title": "Japan swings to trade surplus in November as chip-tool sales to China surge",
    "publisher": None,
    "published": "2026-12-17",
    "notes": [
        "Real figures: none (November 2026 has not happened). Modelled on Ministry of Finance releases and wire "
        "and Kyodo stories for November 2024 and November 2025 (exports near 9.7-10 trillion yen, a small surplus, "
        "exports to China near 1.7 trillion yen, to the US near 1.7-1.8 trillion yen, imports from the US near 1.08 "
        "trillion yen). Invented: every figure, the poll medians and the exchange rate. Derived and checked: 10.17 - "
        "9.94 = 0.23 trillion (surplus 231.6 billion); 231.6 billion / 152.40 = $1.52 billion; China 1.68 - 2.03 = "
        "-0.35 trillion (352.1 billion deficit); US 1.71 - 1.08 = 0.63 trillion (628.4 billion surplus); Asia 5.46 / "
        "10.17 = 53.7%; cars 1.58 / 10.17 = 15.5%.",
        "Judgement calls: publisher null (the text names Reuters only as the source of a poll, not as its outlet). the seasonally adjusted surplus (94.5 billion yen) has the same identity as the "
        "unadjusted surplus but another value; labelled as written, like two statements that disagree (no field "
        "for seasonal adjustment). Seasonally adjusted export and import rates are mom ('from October'). "
        "'after rising 3.2% in October' is October 2026 export growth (yoy). Chip-equipment growth to China is exports with "
        "partner China ('its purchases of semiconductor manufacturing equipment'). 'largest trading partner' is a "
        "total-trade rank for China; 'biggest export market' an exports rank for the United States, both for "
        "November 2026. Car shipments 'there' = to the United States. The dollar conversion of the surplus is a "
        "separate USD fact, approx ('about').",
        "Not facts: 3.9% and 1.5% (Reuters poll medians), 160.0 billion yen (poll forecast of the surplus); 15% "
        "(U.S. tariff rate); 2.3% (export volume growth, beside value growth); 0.2 percentage point (GDP "
        "contribution forecast); 152.40 yen per dollar (exchange rate); 2025 in 'the same period of 2025' (comparison "
        "base).",
        "Copy check: 9 sentences searched (lead, exports/poll, China, US-bound paragraph, autos/crude, "
        "seasonally adjusted, year-to-date/BOJ, Asia, economist), 5 reworded (exports-vs-poll and imports-vs-median "
        "sentences, the 'trade balance came to' sentence, 'Shipments to China, Japan's largest trading partner, rose' "
        "skeleton, and 'surplus with the United States shrank X% to Y' skeleton).",
        "Second check: 22 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(JP, "exports", "value", 10.17e12, "JPY", NOV, "10.17 trillion",
             "they came to 10.17 trillion yen, 4.8% more than a year earlier"),
        fact(JP, "exports", "growth", 4.8, "percent", NOV, "4.8", E_EXP),
        fact(JP, "exports", "growth", 3.2, "percent", OCT, "3.2", E_EXP),
        fact(JP, "imports", "value", 9.94e12, "JPY", NOV, "9.94 trillion", E_IMP),
        fact(JP, "imports", "growth", 2.1, "percent", NOV, "2.1", E_IMP),
        fact(JP, "balance", "value", 231.6e9, "JPY", NOV, "231.6 billion", E_BAL),
        fact(JP, "balance", "value", 1.52e9, "USD", NOV, "$1.52 billion", E_BAL, qualifier="approx"),
        fact(JP, "exports", "value", 1.68e12, "JPY", NOV, "1.68 trillion", E_CN, partner="China"),
        fact(JP, "exports", "growth", 7.3, "percent", NOV, "7.3", E_CN, partner="China"),
        fact(JP, "total", "rank", 1, "number", NOV, "largest", "China, the country's largest trading partner",
             partner="China"),
        fact(JP, "exports", "growth", 18.5, "percent", NOV, "18.5", E_CN, partner="China", product=SME),
        fact(JP, "imports", "value", 2.03e12, "JPY", NOV, "2.03 trillion", "Imports from China came to 2.03 trillion yen",
             partner="China"),
        fact(JP, "balance", "value", -352.1e9, "JPY", NOV, "352.1 billion", E_CNB, partner="China"),
        fact(JP, "exports", "growth", 8.1, "percent", NOV, "8.1", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 5.46e12, "JPY", NOV, "5.46 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "share", 53.7, "percent", NOV, "53.7", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", -2.6, "percent", NOV, "2.6", E_US, partner=US),
        fact(JP, "exports", "value", 1.71e12, "JPY", NOV, "1.71 trillion", E_US, partner=US),
        fact(JP, "exports", "rank", 1, "number", NOV, "biggest", "the United States, Japan's biggest export market",
             partner=US),
        fact(JP, "exports", "growth", -9.4, "percent", NOV, "9.4", E_USCAR, partner=US, product="automobiles"),
        fact(JP, "exports", "value", 452.8e9, "JPY", NOV, "452.8 billion", E_USCAR, partner=US, product="automobiles"),
        fact(JP, "imports", "value", 1.08e12, "JPY", NOV, "1.08 trillion",
             "Imports from the United States totaled 1.08 trillion yen", partner=US),
        fact(JP, "balance", "value", 628.4e9, "JPY", NOV, "628.4 billion", E_USB, partner=US),
        fact(JP, "balance", "growth", -11.8, "percent", NOV, "11.8", E_USB, partner=US),
        fact(JP, "exports", "value", 1.58e12, "JPY", NOV, "1.58 trillion", E_CAR, product="automobiles"),
        fact(JP, "exports", "growth", 1.9, "percent", NOV, "1.9", E_CAR, product="automobiles"),
        fact(JP, "exports", "share", 15.5, "percent", NOV, "15.5", E_CAR, product="automobiles"),
        fact(JP, "exports", "value", 438.6e9, "JPY", NOV, "438.6 billion", E_SME, product=SME),
        fact(JP, "exports", "growth", 22.7, "percent", NOV, "22.7", E_SME, product=SME),
        fact(JP, "imports", "growth", -14.2, "percent", NOV, "14.2", "crude oil purchases dropped 14.2%",
             product="crude oil"),
        fact(JP, "exports", "growth", 1.6, "percent", NOV, "1.6", E_SA, basis="mom"),
        fact(JP, "imports", "growth", -0.9, "percent", NOV, "0.9", E_SA, basis="mom"),
        fact(JP, "balance", "value", 94.5e9, "JPY", NOV, "94.5 billion", E_SA),
        fact(JP, "balance", "value", -1.47e12, "JPY", YTD, "1.47 trillion", E_YTD),
        fact(JP, "balance", "growth", -48.6, "percent", YTD, "48.6", E_YTD),
    ],
}
