from _fact import fact, period

JP = "Japan"
US = "United States"
H1 = period(2025, 4, 9)
H1_24 = period(2024, 4, 9)
SEP = period(2025, 9)

ARTICLE = {
    "id": "dBK2_02",
    "title": "Japan's Apr.-Sept. trade deficit shrinks 61% as U.S. tariffs batter car shipments",
    "publisher": "Kyodo",
    "published": "2025-10-22",
    "notes": [
        "Real figures (Finance Ministry preliminary data for April-September 2025 and September 2025, as reported "
        "on 2025-10-22): deficit 1.22 trillion yen, narrowed 61.2%; exports 53.65 trillion (+0.2%); imports 54.88 "
        "trillion (-3.2%); semiconductors and other electronic parts +4.2%; cars -6.7%; crude oil -15.7%, coal "
        "-31.6%; exports to the US 9.71 trillion (-10.2%); US-bound automobiles -22.7% to 2.39 trillion; imports "
        "from the US 6.39 trillion (-2.0%); surplus with the US 3.32 trillion (-22.6%); September deficit 234.6 "
        "billion, exports 9.41 trillion (+4.2%), imports 9.65 trillion (+3.3%), Asia +9.2%, US -13.3%; tariff rates. "
        "Derived: prior-year deficit 3.14 trillion; roughly $8.1 billion. Invented: car exports 8.53 trillion, chip "
        "exports 3.31 trillion, iron and steel -11.8%, China exports 8.86 trillion (-1.9%), deficit with China "
        "3.61 trillion, Asia exports 27.94 trillion (+2.6%, 52.1% share).",
        "Judgement calls: period of the half-year figures is April-September 2025 (fiscal first half); 'the same "
        "months of 2024' gives the prior-year deficit its own fact for April-September 2024. 'shrink ... a drop "
        "of 61.2 percent' is negative growth of the deficit. The headline's '61%' is the same observation as the body's "
        "61.2 (rounding), labelled once from the body. 'roughly $8.1 billion' is the same deficit in another "
        "currency: a separate USD fact, approx. 'They shrank' carries 'Sales to the United States' from the sentence "
        "before; 'Imports from the country' and 'That left Japan with a surplus ... with its key security ally' carry "
        "the United States as partner. Product names follow the text: 'cars', 'automobiles' (US-bound), "
        "'semiconductors and other electronic parts', 'iron and steel', 'coal', 'crude oil'. The September "
        "paragraph ('For the month of September', 'for the month') sets the period of its later figures.",
        "Not facts: 'ninth in a row' and 'third month running' (streaks); 'first drop ... since the latter half of "
        "fiscal 2020' and 'first gain in five months' (milestones); 15 percent and 27.5 percent (tariff rates); "
        "$550 billion (investment pledge); 'world's second-largest economy'; imports from China 'grew' (no number).",
        "Copy check: 29 sentences searched (21 original sentences plus 8 re-searches of rewrites), 6 reworded for copy; "
        "2 sentences later reworded so the lint parser could read a fall's sign (re-searched). Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(JP, "balance", "value", -1.22e12, "JPY", H1, "1.22 trillion",
             "Lower energy prices helped Japan's trade deficit for the April-September half of fiscal 2025 shrink to 1.22 trillion yen"),
        fact(JP, "balance", "growth", -61.2, "percent", H1, "61.2",
             "Lower energy prices helped Japan's trade deficit for the April-September half of fiscal 2025 shrink to 1.22 trillion yen, or roughly $8.1 billion, a drop of 61.2 percent from a year earlier"),
        fact(JP, "balance", "value", -8.1e9, "USD", H1, "8.1 billion",
             "Lower energy prices helped Japan's trade deficit for the April-September half of fiscal 2025 shrink to 1.22 trillion yen, or roughly $8.1 billion",
             qualifier="approx"),
        fact(JP, "balance", "value", -3.14e12, "JPY", H1_24, "3.14 trillion",
             "The shortfall for the April-September period, the ninth in a row on a half-year basis, compared with a gap of 3.14 trillion yen in the same months of 2024"),
        fact(JP, "exports", "value", 53.65e12, "JPY", H1, "53.65 trillion",
             "Shipments abroad totaled 53.65 trillion yen"),
        fact(JP, "exports", "growth", 0.2, "percent", H1, "0.2",
             "Shipments abroad totaled 53.65 trillion yen, up just 0.2 percent"),
        fact(JP, "imports", "value", 54.88e12, "JPY", H1, "54.88 trillion",
             "the import bill shrank 3.2 percent to 54.88 trillion yen"),
        fact(JP, "imports", "growth", -3.2, "percent", H1, "3.2",
             "the import bill shrank 3.2 percent to 54.88 trillion yen"),
        fact(JP, "exports", "growth", -6.7, "percent", H1, "6.7",
             "Car exports fell 6.7 percent to 8.53 trillion yen",
             product="cars"),
        fact(JP, "exports", "value", 8.53e12, "JPY", H1, "8.53 trillion",
             "Car exports fell 6.7 percent to 8.53 trillion yen",
             product="cars"),
        fact(JP, "exports", "growth", 4.2, "percent", H1, "4.2",
             "investment linked to artificial intelligence lifted shipments of semiconductors and other electronic parts by 4.2 percent to 3.31 trillion yen",
             product="semiconductors and other electronic parts"),
        fact(JP, "exports", "value", 3.31e12, "JPY", H1, "3.31 trillion",
             "investment linked to artificial intelligence lifted shipments of semiconductors and other electronic parts by 4.2 percent to 3.31 trillion yen",
             product="semiconductors and other electronic parts"),
        fact(JP, "exports", "growth", -11.8, "percent", H1, "11.8",
             "Iron and steel shipments dropped 11.8 percent",
             product="iron and steel"),
        fact(JP, "imports", "growth", -31.6, "percent", H1, "31.6",
             "the value of coal purchases sank 31.6 percent",
             product="coal"),
        fact(JP, "imports", "growth", -15.7, "percent", H1, "15.7",
             "the value of coal purchases sank 31.6 percent and that of crude oil 15.7 percent",
             product="crude oil"),
        fact(JP, "exports", "growth", -10.2, "percent", H1, "10.2",
             "They shrank 10.2 percent to 9.71 trillion yen",
             partner=US),
        fact(JP, "exports", "value", 9.71e12, "JPY", H1, "9.71 trillion",
             "They shrank 10.2 percent to 9.71 trillion yen",
             partner=US),
        fact(JP, "exports", "growth", -22.7, "percent", H1, "22.7",
             "the value of automobiles sent to the U.S. market sank 22.7 percent to 2.39 trillion yen",
             partner=US, product="automobiles"),
        fact(JP, "exports", "value", 2.39e12, "JPY", H1, "2.39 trillion",
             "the value of automobiles sent to the U.S. market sank 22.7 percent to 2.39 trillion yen",
             partner=US, product="automobiles"),
        fact(JP, "imports", "growth", -2.0, "percent", H1, "2.0",
             "Imports from the country slipped 2.0 percent to 6.39 trillion yen",
             partner=US),
        fact(JP, "imports", "value", 6.39e12, "JPY", H1, "6.39 trillion",
             "Imports from the country slipped 2.0 percent to 6.39 trillion yen",
             partner=US),
        fact(JP, "balance", "value", 3.32e12, "JPY", H1, "3.32 trillion",
             "That left Japan with a surplus of 3.32 trillion yen with its key security ally",
             partner=US),
        fact(JP, "balance", "growth", -22.6, "percent", H1, "22.6",
             "That left Japan with a surplus of 3.32 trillion yen with its key security ally, down 22.6 percent from the previous year",
             partner=US),
        fact(JP, "exports", "growth", -1.9, "percent", H1, "1.9",
             "Shipments to China declined 1.9 percent to 8.86 trillion yen",
             partner="China"),
        fact(JP, "exports", "value", 8.86e12, "JPY", H1, "8.86 trillion",
             "Shipments to China declined 1.9 percent to 8.86 trillion yen",
             partner="China"),
        fact(JP, "balance", "value", -3.61e12, "JPY", H1, "3.61 trillion",
             "leaving Japan with a deficit of 3.61 trillion yen in its trade with China",
             partner="China"),
        fact(JP, "exports", "growth", 2.6, "percent", H1, "2.6",
             "Exports to Asia as a whole, including China, increased 2.6 percent to 27.94 trillion yen",
             partner="Asia"),
        fact(JP, "exports", "value", 27.94e12, "JPY", H1, "27.94 trillion",
             "Exports to Asia as a whole, including China, increased 2.6 percent to 27.94 trillion yen",
             partner="Asia"),
        fact(JP, "exports", "share", 52.1, "percent", H1, "52.1",
             "Exports to Asia as a whole, including China, increased 2.6 percent to 27.94 trillion yen, accounting for 52.1 percent of the total",
             partner="Asia"),
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP, "234.6 billion",
             "For the month of September, the shortfall came to 234.6 billion yen"),
        fact(JP, "exports", "value", 9.41e12, "JPY", SEP, "9.41 trillion",
             "Outbound shipments for the month totaled 9.41 trillion yen"),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2",
             "Outbound shipments for the month totaled 9.41 trillion yen, 4.2 percent more than a year before"),
        fact(JP, "exports", "growth", 9.2, "percent", SEP, "9.2",
             "Sales to Asia jumped 9.2 percent",
             partner="Asia"),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3",
             "U.S.-bound exports, which slid 13.3 percent",
             partner=US),
        fact(JP, "imports", "growth", 3.3, "percent", SEP, "3.3",
             "Imports climbed 3.3 percent to 9.65 trillion yen"),
        fact(JP, "imports", "value", 9.65e12, "JPY", SEP, "9.65 trillion",
             "Imports climbed 3.3 percent to 9.65 trillion yen"),
    ],
}
