from _fact import fact, period

JP = "Japan"
US = "United States"
NOV = period(2025, 11)

ARTICLE = {
    "id": "dBI2_02",
    "title": "Japan returns to trade surplus in Nov. as U.S.-bound exports recover",
    "publisher": "Kyodo",
    "published": "2025-12-17",
    "notes": [
        "Real figures (Finance Ministry preliminary release of 17 Dec 2025 as reported): surplus 322.3bn yen, exports "
        "+6.1%, imports +1.3%, exports to the U.S. +8.8% (first rise in eight months), surplus with the U.S. 739.8bn yen "
        "(+11.3%), exports to China -2.4%, imports from China +2.3%, exports to the EU +19.6%, the 4.8% poll median.",
        "Derived: export value 9.71tn yen (Nov 2024 9.152tn x 1.061) and import value 9.39tn yen (9.270tn x 1.013); "
        "the dollar conversion 'about $2.1 billion' (322.3bn / ~153.8).",
        "Invented: U.S. exports 1.80tn and imports 1.06tn (+5.6%); car figures (+1.5% to the U.S., +3.4% to 1.52tn); "
        "China values (1.59tn, 2.30tn, deficit 709.6bn) and the -13.6% chip-equipment fall to China; Asia +4.9% to "
        "5.08tn; chip-equipment +11.8% worldwide; electronic components +9.6%; crude oil -12.7% to 640.5bn; LNG -8.4% "
        "to 421.9bn; yen average 153.80 and 1.6%; seasonally adjusted +2.1%/-0.6%; the economist's quotes.",
        "'the biggest market for Japanese goods' is labelled as rank 1 of Japan's exports to the U.S. for November "
        "(the month's figures bear it out: 1.80tn against 1.59tn to China).",
        "Seasonally adjusted month-on-month changes are labelled as growth with basis mom (the record has no field for "
        "seasonal adjustment); the imports -0.6% shares the sentence's 'from October' frame.",
        "'Car exports to the U.S. gained 1.5 percent in value': product 'cars', partner United States, yoy (no other cue).",
        "Asia is the partner 'Asia' (China included, as the text says).",
        "Not facts: the poll median 4.8%, the U.S. tariff on cars 15%, the yen rate 153.80 and its 1.6% move, the BOJ "
        "rate 0.75%, streaks ('ending four straight months of deficits', 'up for a third month in a row', 'seven-month run').",
        "Copy check: searched 9 distinctive stretches in the pages corpus (e.g. 'swung back into the black in November "
        "with a goods trade surplus', 'biggest market for Japanese goods, rose 8.8 percent', 'weighed down by lower sales "
        "of nonferrous metals', 'as orders from Taiwan and South Korea more than offset', the poll, U.S.-surplus, yen and quote sentences); none matched real copy, so none was reworded.",
        "Copy check (independent): 19 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(JP, "balance", "value", 322.3e9, "JPY", NOV, "322.3 billion",
             "a goods trade surplus of 322.3 billion yen"),
        fact(JP, "balance", "value", 2.1e9, "USD", NOV, "2.1 billion",
             "a goods trade surplus of 322.3 billion yen (about $2.1 billion)", qualifier="approx"),
        fact(JP, "exports", "growth", 6.1, "percent", NOV, "6.1",
             "exports rising 6.1 percent from a year earlier to 9.71 trillion yen"),
        fact(JP, "exports", "value", 9.71e12, "JPY", NOV, "9.71 trillion",
             "exports rising 6.1 percent from a year earlier to 9.71 trillion yen"),
        fact(JP, "imports", "growth", 1.3, "percent", NOV, "1.3",
             "imports edged up 1.3 percent to 9.39 trillion yen"),
        fact(JP, "imports", "value", 9.39e12, "JPY", NOV, "9.39 trillion",
             "imports edged up 1.3 percent to 9.39 trillion yen"),
        fact(JP, "exports", "rank", 1, "number", NOV, "biggest",
             "Exports to the United States, the biggest market for Japanese goods", partner=US),
        fact(JP, "exports", "growth", 8.8, "percent", NOV, "8.8",
             "Exports to the United States, the biggest market for Japanese goods, rose 8.8 percent to 1.80 trillion yen",
             partner=US),
        fact(JP, "exports", "value", 1.80e12, "JPY", NOV, "1.80 trillion",
             "Exports to the United States, the biggest market for Japanese goods, rose 8.8 percent to 1.80 trillion yen",
             partner=US),
        fact(JP, "imports", "growth", 5.6, "percent", NOV, "5.6",
             "Imports from the United States increased 5.6 percent to 1.06 trillion yen", partner=US),
        fact(JP, "imports", "value", 1.06e12, "JPY", NOV, "1.06 trillion",
             "Imports from the United States increased 5.6 percent to 1.06 trillion yen", partner=US),
        fact(JP, "balance", "value", 739.8e9, "JPY", NOV, "739.8 billion",
             "leaving Japan with a surplus of 739.8 billion yen against its security ally", partner=US),
        fact(JP, "balance", "growth", 11.3, "percent", NOV, "11.3",
             "leaving Japan with a surplus of 739.8 billion yen against its security ally, up 11.3 percent from a year before",
             partner=US),
        fact(JP, "exports", "growth", 1.5, "percent", NOV, "1.5",
             "Car exports to the U.S. gained 1.5 percent in value", partner=US, product="cars"),
        fact(JP, "exports", "growth", 3.4, "percent", NOV, "3.4",
             "overall car shipments increased 3.4 percent to 1.52 trillion yen", product="cars"),
        fact(JP, "exports", "value", 1.52e12, "JPY", NOV, "1.52 trillion",
             "overall car shipments increased 3.4 percent to 1.52 trillion yen", product="cars"),
        fact(JP, "exports", "growth", -2.4, "percent", NOV, "2.4",
             "Shipments to China, by contrast, fell 2.4 percent to 1.59 trillion yen", partner="China"),
        fact(JP, "exports", "value", 1.59e12, "JPY", NOV, "1.59 trillion",
             "Shipments to China, by contrast, fell 2.4 percent to 1.59 trillion yen", partner="China"),
        fact(JP, "exports", "growth", -13.6, "percent", NOV, "13.6",
             "Exports of semiconductor manufacturing equipment to China slid 13.6 percent.",
             partner="China", product="semiconductor manufacturing equipment"),
        fact(JP, "imports", "growth", 2.3, "percent", NOV, "2.3",
             "Imports from China rose 2.3 percent to 2.30 trillion yen", partner="China"),
        fact(JP, "imports", "value", 2.30e12, "JPY", NOV, "2.30 trillion",
             "Imports from China rose 2.3 percent to 2.30 trillion yen", partner="China"),
        fact(JP, "balance", "value", -709.6e9, "JPY", NOV, "709.6 billion",
             "Japan's deficit with its neighbor reached 709.6 billion yen", partner="China"),
        fact(JP, "exports", "growth", 4.9, "percent", NOV, "4.9",
             "Exports to Asia as a whole, China included, grew 4.9 percent to 5.08 trillion yen", partner="Asia"),
        fact(JP, "exports", "value", 5.08e12, "JPY", NOV, "5.08 trillion",
             "Exports to Asia as a whole, China included, grew 4.9 percent to 5.08 trillion yen", partner="Asia"),
        fact(JP, "exports", "growth", 19.6, "percent", NOV, "19.6",
             "those bound for the European Union jumped 19.6 percent", partner="European Union"),
        fact(JP, "exports", "growth", 11.8, "percent", NOV, "11.8",
             "Worldwide, exports of semiconductor manufacturing equipment climbed 11.8 percent",
             product="semiconductor manufacturing equipment"),
        fact(JP, "exports", "growth", 9.6, "percent", NOV, "9.6",
             "Electronic components, chiefly chips, posted a 9.6 percent rise.", product="electronic components"),
        fact(JP, "imports", "growth", -12.7, "percent", NOV, "12.7",
             "the value of crude oil purchases dropped 12.7 percent to 640.5 billion yen", product="crude oil"),
        fact(JP, "imports", "value", 640.5e9, "JPY", NOV, "640.5 billion",
             "the value of crude oil purchases dropped 12.7 percent to 640.5 billion yen", product="crude oil"),
        fact(JP, "imports", "growth", -8.4, "percent", NOV, "8.4",
             "liquefied natural gas imports fell 8.4 percent to 421.9 billion yen", product="liquefied natural gas"),
        fact(JP, "imports", "value", 421.9e9, "JPY", NOV, "421.9 billion",
             "liquefied natural gas imports fell 8.4 percent to 421.9 billion yen", product="liquefied natural gas"),
        fact(JP, "exports", "growth", 2.1, "percent", NOV, "2.1",
             "Adjusted for seasonal factors, exports rose 2.1 percent from October", basis="mom"),
        fact(JP, "imports", "growth", -0.6, "percent", NOV, "0.6",
             "Adjusted for seasonal factors, exports rose 2.1 percent from October, while imports were down 0.6 percent",
             basis="mom"),
    ],
}
