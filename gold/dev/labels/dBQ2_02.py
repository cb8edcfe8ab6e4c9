from _fact import fact, period

JP = "Japan"
US = "United States"
OCT = period(2026, 10)
OCT25 = period(2025, 10)

ARTICLE = {
    "id": "dBQ2_02",
    "title": "Japan returns to trade surplus in October on chip-equipment shipments",
    "publisher": "Kyodo",
    "published": "2026-11-19",
    "notes": [
        "Real figures: the October 2025 deficit of 231.8 billion yen (Finance Ministry, as reported by Kyodo); the "
        "October 2025 bases used to compute the 2026 rates (exports 9.76 trillion, imports about 10.0 trillion, "
        "exports to the US 1.75 trillion, US imports 1.22 trillion, US surplus 529.4 billion, US-bound cars 460.7 "
        "billion yen) are real but not stated. Invented: every October 2026 figure. Derived: 10.18 - 10.06 = 0.12 "
        "trillion (127.3 billion before rounding); 1.78 - 1.27 = 0.51 (509.8 billion, -3.7% on 529.4); 2.29 - 1.63 "
        "= 0.66 (658.2 billion deficit with China); Asia share 5.42/10.18 = 53.2%; $831 million = 127.3 billion yen "
        "at the stated 153.20 yen per dollar; US-bound cars 477.3/460.7 = +3.6%.",
        "Judgement calls: the dollar conversion '(roughly $831 million)' is the same observation in another "
        "currency, labelled as a separate USD fact with qualifier approx. The seasonally adjusted paragraph gives "
        "month-on-month growth ('from September') and a seasonally adjusted balance (-96.4 billion yen, 'in the "
        "red'); it is a money value of the same flow and month, so it is labelled as its own fact beside the "
        "unadjusted surplus (the record has no field for seasonal adjustment; the two differ in value, not in "
        "wording error). 'the bilateral surplus' = Japan's surplus with the United States (same sentence). 'Asia as a "
        "whole, China included' = partner Asia. 'largest single-country destination' = rank 1 of exports to the "
        "United States. Product names kept in the text's words: 'semiconductor-making equipment' (all "
        "destinations) and 'chip-making equipment' (to China). 'the same month last year' = October 2025.",
        "Not facts: streaks ('first time in five months', 'a fifth straight monthly increase', 'third straight month'); the "
        "exchange rate 153.20 yen to the dollar and the yen's 0.4 percent depreciation; the 15 percent U.S. tariff; "
        "the year in 'October 2025' used as a comparison base.",
        "Copy check: 4 sentences searched (lead, the economist's quote, the seasonally adjusted sentence, the "
        "US-exports sentence), 2 reworded (the lead, whose skeleton matched real 'Japan posted/recorded its first "
        "trade surplus in N months ... as ...' openings; the US-exports sentence, reworded and its streak changed "
        "after the search showed US-bound exports had already risen in November 2025).",
        "Second check: 19 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(JP, "balance", "value", 127.3e9, "JPY", OCT, "127.3 billion",
             "tipping the country into a trade surplus of 127.3 billion yen"),
        fact(JP, "balance", "value", 831e6, "USD", OCT, "$831 million",
             "a trade surplus of 127.3 billion yen (roughly $831 million)", qualifier="approx"),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCT25, "231.8 billion",
             "The result reversed a 231.8 billion yen deficit logged in the same month last year"),
        fact(JP, "exports", "growth", 4.3, "percent", OCT, "4.3",
             "At 10.18 trillion yen, exports were 4.3 percent higher than a year before"),
        fact(JP, "exports", "value", 10.18e12, "JPY", OCT, "10.18 trillion",
             "At 10.18 trillion yen, exports were 4.3 percent higher than a year before"),
        fact(JP, "imports", "growth", 0.6, "percent", OCT, "0.6",
             "Imports grew 0.6 percent to 10.06 trillion yen"),
        fact(JP, "imports", "value", 10.06e12, "JPY", OCT, "10.06 trillion",
             "Imports grew 0.6 percent to 10.06 trillion yen"),
        fact(JP, "imports", "growth", -12.4, "percent", OCT, "12.4",
             "Imports of crude oil fell 12.4 percent to 756.3 billion yen", product="crude oil"),
        fact(JP, "imports", "value", 756.3e9, "JPY", OCT, "756.3 billion",
             "Imports of crude oil fell 12.4 percent to 756.3 billion yen", product="crude oil"),
        fact(JP, "exports", "growth", 18.9, "percent", OCT, "18.9",
             "shipments of semiconductor-making equipment jumped 18.9 percent to 482.6 billion yen",
             product="semiconductor-making equipment"),
        fact(JP, "exports", "value", 482.6e9, "JPY", OCT, "482.6 billion",
             "shipments of semiconductor-making equipment jumped 18.9 percent to 482.6 billion yen",
             product="semiconductor-making equipment"),
        fact(JP, "exports", "growth", -1.4, "percent", OCT, "1.4",
             "car exports overall slipped 1.4 percent to 1.48 trillion yen", product="cars"),
        fact(JP, "exports", "value", 1.48e12, "JPY", OCT, "1.48 trillion",
             "car exports overall slipped 1.4 percent to 1.48 trillion yen", product="cars"),
        fact(JP, "exports", "rank", 1, "number", OCT, "largest",
             "The United States remained the largest single-country destination for Japanese goods.", partner=US),
        fact(JP, "exports", "growth", 1.8, "percent", OCT, "1.8",
             "Shipments bound for the U.S. grew for a third straight month, up 1.8 percent to 1.78 trillion yen",
             partner=US),
        fact(JP, "exports", "value", 1.78e12, "JPY", OCT, "1.78 trillion",
             "Shipments bound for the U.S. grew for a third straight month, up 1.8 percent to 1.78 trillion yen",
             partner=US),
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6",
             "U.S.-bound car exports climbed 3.6 percent to 477.3 billion yen", partner=US, product="cars"),
        fact(JP, "exports", "value", 477.3e9, "JPY", OCT, "477.3 billion",
             "U.S.-bound car exports climbed 3.6 percent to 477.3 billion yen", partner=US, product="cars"),
        fact(JP, "imports", "growth", 4.3, "percent", OCT, "4.3",
             "pushed purchases from the United States up 4.3 percent to 1.27 trillion yen", partner=US),
        fact(JP, "imports", "value", 1.27e12, "JPY", OCT, "1.27 trillion",
             "pushed purchases from the United States up 4.3 percent to 1.27 trillion yen", partner=US),
        fact(JP, "balance", "growth", -3.7, "percent", OCT, "3.7",
             "Aircraft and liquefied natural gas pushed purchases from the United States up 4.3 percent to 1.27 "
             "trillion yen, so the bilateral surplus narrowed by 3.7 percent to 509.8 billion yen",
             partner=US),
        fact(JP, "balance", "value", 509.8e9, "JPY", OCT, "509.8 billion",
             "Aircraft and liquefied natural gas pushed purchases from the United States up 4.3 percent to 1.27 "
             "trillion yen, so the bilateral surplus narrowed by 3.7 percent to 509.8 billion yen",
             partner=US),
        fact(JP, "exports", "growth", 6.8, "percent", OCT, "6.8",
             "Exports to China gained 6.8 percent to 1.63 trillion yen", partner="China"),
        fact(JP, "exports", "value", 1.63e12, "JPY", OCT, "1.63 trillion",
             "Exports to China gained 6.8 percent to 1.63 trillion yen", partner="China"),
        fact(JP, "exports", "growth", 21.5, "percent", OCT, "21.5",
             "Exports to China gained 6.8 percent to 1.63 trillion yen, with shipments of chip-making equipment to "
             "the country surging 21.5 percent", partner="China", product="chip-making equipment"),
        fact(JP, "imports", "value", 2.29e12, "JPY", OCT, "2.29 trillion",
             "Imports from China came to 2.29 trillion yen", partner="China"),
        fact(JP, "balance", "value", -658.2e9, "JPY", OCT, "658.2 billion",
             "Imports from China came to 2.29 trillion yen, leaving Japan with a 658.2 billion yen deficit with its "
             "neighbor", partner="China"),
        fact(JP, "exports", "growth", 6.1, "percent", OCT, "6.1",
             "Asia as a whole, China included, took 5.42 trillion yen of Japanese goods, or 53.2 percent of all "
             "exports, after a 6.1 percent rise", partner="Asia"),
        fact(JP, "exports", "value", 5.42e12, "JPY", OCT, "5.42 trillion",
             "Asia as a whole, China included, took 5.42 trillion yen of Japanese goods",
             partner="Asia"),
        fact(JP, "exports", "share", 53.2, "percent", OCT, "53.2",
             "Asia as a whole, China included, took 5.42 trillion yen of Japanese goods, or 53.2 percent of all "
             "exports", partner="Asia"),
        fact(JP, "exports", "growth", 1.2, "percent", OCT, "1.2",
             "On a seasonally adjusted basis, which is closely watched by economists, exports rose 1.2 percent from "
             "September", basis="mom"),
        fact(JP, "imports", "growth", 2.5, "percent", OCT, "2.5",
             "exports rose 1.2 percent from September while imports grew 2.5 percent", basis="mom"),
        fact(JP, "balance", "value", -96.4e9, "JPY", OCT, "96.4 billion",
             "leaving Japan in the red by 96.4 billion yen"),
    ],
}
