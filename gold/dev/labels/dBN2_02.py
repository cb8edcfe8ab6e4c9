from _fact import fact, period

JP = "Japan"
US = "United States"
OCT = period(2026, 10)
SEP = period(2026, 9)
OCT25 = period(2025, 10)

ARTICLE = {
    "id": "dBN2_02",
    "title": "Car sales to the US revive, lifting Japan's October exports past forecasts",
    "publisher": "Reuters",
    "published": "2026-11-18",
    "notes": [
        "Real figures: the October 2025 trade deficit of 231.8 billion yen (Ministry of Finance, reported in November "
        "2025). Invented: every October 2026 and September 2026 figure, the poll figures, the exchange rate and the "
        "GDP and policy-rate numbers. Derived so that they agree: 9.78 - 9.62 trillion = 0.16 trillion, i.e. the "
        "158.3 billion yen surplus to rounding; 158.3 billion / 153.40 = $1.03 billion; the 5.8 and 1.5 percent "
        "growth rates reproduce approximately the October 2025 levels; exports to the U.S. of 1.72 trillion (+8.2%) "
        "and imports from the U.S. up 12.4% give the 712.6 billion surplus with the U.S., up 2.7%.",
        "Judgement calls: area Japan throughout. 'China ... bought 3.4% more Japanese goods than a year earlier, for "
        "a total of 1.63 trillion yen' is phrased from China's side but measures Japan's exports to China (area "
        "Japan, partner China). 'In October last year, Japan ran a shortfall of 231.8 billion yen' is the comparison "
        "base stated as a value: its own fact for 2025-10. '$1.03 billion' is the same surplus in dollars: a separate "
        "USD fact; the text gives no hedge word, so qualifier exact. 'Adjusted for seasonal factors, exports rose "
        "1.2% from September' -> basis mom. 'which takes 52.4% of everything Japan sells abroad' -> share of exports, "
        "partner Asia. 'Car exports to the U.S.' and 'auto parts sold to the U.S.' carry partner United States; "
        "'Across all destinations, car exports rose 4.6%' has no partner. 'September's increase had been "
        "4.9%' -> exports growth yoy for 2026-09 (the year comes from the dateline). 'the largest single buyer "
        "of Japanese goods' and 'Japan's largest trading partner' state no number and are not labelled as ranks.",
        "Not facts: 4.3%, 2.6% and the 95.0 billion yen deficit (Reuters poll forecasts); 'grew a more modest 2.1% "
        "year-on-year' (export volume growth beside value growth); the 15% and 27.5% tariff rates; 'a 0.6% "
        "annualised rate' (GDP); 0.75% (policy rate); '$1 = 153.40 yen' (exchange rate); 'mid-2025' (a date).",
        "Copy check: 7 sentences searched, 3 reworded (the lead, which followed the Reuters opening 'Japan\'s exports expanded faster than expected in October, led by ...'; the data sentence, which followed the stock Reuters order 'exports rose X% in <month> from a year earlier, Ministry of Finance data showed on <day> ... expected by economists in a Reuters poll'; and 'That followed a gain of 4.9% in September', which followed 'It followed a X per cent rise in <month>').",
        "Second check: 12 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(JP, "exports", "growth", 5.8, "percent", OCT, "5.8",
             "the value of outbound shipments reached 9.78 trillion yen, 5.8% more than a year earlier"),
        fact(JP, "exports", "value", 9.78e12, "JPY", OCT, "9.78 trillion",
             "the value of outbound shipments reached 9.78 trillion yen"),
        fact(JP, "exports", "growth", 4.9, "percent", SEP, "4.9",
             "September's increase had been 4.9%"),
        fact(JP, "imports", "growth", 1.5, "percent", OCT, "1.5",
             "Imports grew 1.5% to 9.62 trillion yen"),
        fact(JP, "imports", "value", 9.62e12, "JPY", OCT, "9.62 trillion",
             "Imports grew 1.5% to 9.62 trillion yen"),
        fact(JP, "balance", "value", 158.3e9, "JPY", OCT, "158.3 billion",
             "instead Japan booked a surplus of 158.3 billion yen"),
        fact(JP, "balance", "value", 1.03e9, "USD", OCT, "$1.03 billion",
             "a surplus of 158.3 billion yen ($1.03 billion)"),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCT25, "231.8 billion",
             "In October last year, Japan ran a shortfall of 231.8 billion yen"),
        fact(JP, "exports", "growth", 1.2, "percent", OCT, "1.2",
             "Adjusted for seasonal factors, exports rose 1.2% from September", basis="mom"),
        fact(JP, "exports", "growth", 8.2, "percent", OCT, "8.2",
             "The United States, still the largest single buyer of Japanese goods, took 1.72 trillion yen worth of them, 8.2% more than a year earlier",
             partner=US),
        fact(JP, "exports", "value", 1.72e12, "JPY", OCT, "1.72 trillion",
             "The United States, still the largest single buyer of Japanese goods, took 1.72 trillion yen worth of them",
             partner=US),
        fact(JP, "exports", "growth", 11.5, "percent", OCT, "11.5",
             "Car exports to the U.S. jumped 11.5%", partner=US, product="cars"),
        fact(JP, "exports", "growth", -1.8, "percent", OCT, "1.8",
             "Japanese auto parts sold to the U.S. were still down 1.8% from a year before",
             partner=US, product="auto parts"),
        fact(JP, "imports", "growth", 12.4, "percent", OCT, "12.4",
             "Imports from the United States rose 12.4%", partner=US),
        fact(JP, "balance", "growth", 2.7, "percent", OCT, "2.7",
             "Japan's trade surplus with the U.S. widened 2.7% to 712.6 billion yen", partner=US),
        fact(JP, "balance", "value", 712.6e9, "JPY", OCT, "712.6 billion",
             "Japan's trade surplus with the U.S. widened 2.7% to 712.6 billion yen", partner=US),
        fact(JP, "exports", "growth", 3.4, "percent", OCT, "3.4",
             "China, Japan's largest trading partner, bought 3.4% more Japanese goods than a year earlier",
             partner="China"),
        fact(JP, "exports", "value", 1.63e12, "JPY", OCT, "1.63 trillion",
             "bought 3.4% more Japanese goods than a year earlier, for a total of 1.63 trillion yen",
             partner="China"),
        fact(JP, "exports", "share", 52.4, "percent", OCT, "52.4",
             "Asia, which takes 52.4% of everything Japan sells abroad", partner="Asia"),
        fact(JP, "exports", "growth", 6.1, "percent", OCT, "6.1",
             "Asia, which takes 52.4% of everything Japan sells abroad, received 6.1% more Japanese goods than a year earlier",
             partner="Asia"),
        fact(JP, "exports", "growth", -2.3, "percent", OCT, "2.3",
             "Sales to the European Union fell 2.3%", partner="European Union"),
        fact(JP, "exports", "growth", 4.6, "percent", OCT, "4.6",
             "Across all destinations, car exports rose 4.6%", product="cars"),
        fact(JP, "exports", "growth", 21.7, "percent", OCT, "21.7",
             "exports of chip-making equipment surged 21.7%", product="chip-making equipment"),
        fact(JP, "imports", "growth", -9.8, "percent", OCT, "9.8",
             "crude oil purchases fell 9.8% in value", product="crude oil"),
        fact(JP, "imports", "growth", 6.2, "percent", OCT, "6.2",
             "Imports of liquefied natural gas (LNG) rose 6.2%", product="liquefied natural gas"),
    ],
}
