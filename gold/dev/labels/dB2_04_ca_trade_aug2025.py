from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
CA = "Canada"
US = "United States"
ROW = "countries other than the United States"
E_BAL = "Canada with a much wider trade deficit in merchandise with the world in August, at C$6.32 billion ($4.54 billion)"
E_X = "Compared with July, overall exports fell 3.0% to C$60.57 billion"
E_M = "imports inched up 0.9% to C$66.89 billion"
E_EN = "energy product exports eased 1.7% on the month to C$13.05 billion"
E_US = ("Hit by U.S. tariffs on steel, aluminum, autos and lumber, exports to the United States decreased 3.4% from July "
        "and stood 8.0% lower than a year before")
E_SH = "In August, 72% of Canadian exports went to the U.S., compared with 76% over the whole of last year"
E_USB = "the surplus Canada ran with the United States shrank to C$6.41 billion in August from July's C$7.92 billion"
E_ROW = "With countries other than the United States, its deficit grew to C$12.73 billion from C$11.74 billion the month before"

ARTICLE = {
    "id": "dB2_04_ca_trade_aug2025",
    "title": "Slump in U.S.-bound exports widens Canada's August trade deficit to C$6.3 billion",
    "publisher": "Reuters",
    "published": "2025-10-07",
    "notes": [
        "No year in the text (dateline 'Oct 7 (Reuters)'); 2025 from the published date; 'last year' -> 2024.",
        "C$ -> CAD; the bracketed '$4.54 billion' is the same August balance in U.S. dollars (Reuters convention, rate line "
        "'$1 = 1.3920 Canadian dollars'): a separate USD fact, qualifier exact (no 'about'), value negative as a deficit.",
        "Headline 'C$6.3 billion' is the body's C$6.32 billion rounded: labelled once.",
        "July balance: revised C$3.82 billion and the initially reported C$4.94 billion are two statements of the same observation "
        "that disagree beyond rounding; both labelled as written, per the guide.",
        "Month-on-month frames: 'Compared with July' (exports, carries to imports in the same sentence), 'on the month' (energy; carries to "
        "motor vehicles and parts in the same paragraph), 'from July' (exports to the U.S.). 'below their level of August last year' and "
        "'lower than a year before' are yoy.",
        "Out: analysts' forecast (C$5.10 billion), volume change (3.6%), 'first drop in exports in four months', 'the sharpest fall' "
        "of 'the 11 product sections' (no number for metals), the Bank of Canada rate, the exchange-rate line.",
        "'countries other than the United States' kept as the partner, in the text's words (no canonical group name).",
        "U.S. share of exports: 72% for August 2025 and 76% for the whole of 2024 ('the whole of last year').",
    ],
    "facts": [
        fact(CA, "balance", "value", -6.32e9, "CAD", AUG, "6.32 billion", E_BAL),
        fact(CA, "balance", "value", -4.54e9, "USD", AUG, "4.54 billion", E_BAL),
        fact(CA, "balance", "value", -3.82e9, "CAD", JUL, "3.82 billion", "Revised data put July's deficit at C$3.82 billion"),
        fact(CA, "balance", "value", -4.94e9, "CAD", JUL, "4.94 billion",
             "the first estimate had shown a C$4.94 billion deficit"),
        fact(CA, "exports", "growth", -3.0, "percent", AUG, "3.0", E_X, basis="mom"),
        fact(CA, "exports", "value", 60.57e9, "CAD", AUG, "60.57 billion", E_X),
        fact(CA, "imports", "growth", 0.9, "percent", AUG, "0.9", E_M, basis="mom"),
        fact(CA, "imports", "value", 66.89e9, "CAD", AUG, "66.89 billion", E_M),
        fact(CA, "exports", "growth", -1.7, "percent", AUG, "1.7", E_EN, product="energy products", basis="mom"),
        fact(CA, "exports", "value", 13.05e9, "CAD", AUG, "13.05 billion", E_EN, product="energy products"),
        fact(CA, "exports", "growth", -4.3, "percent", AUG, "4.3", "motor vehicles and parts were down 4.3%",
             product="motor vehicles and parts", basis="mom"),
        fact(CA, "exports", "growth", -5.5, "percent", AUG, "5.5",
             "Total exports were 5.5% below their level of August last year"),
        fact(CA, "exports", "growth", -3.4, "percent", AUG, "3.4", E_US, partner=US, basis="mom"),
        fact(CA, "exports", "growth", -8.0, "percent", AUG, "8.0", E_US, partner=US),
        fact(CA, "exports", "share", 72, "percent", AUG, "72", E_SH, partner=US),
        fact(CA, "exports", "share", 76, "percent", period(2024, 1, 12), "76", E_SH, partner=US),
        fact(CA, "balance", "value", 6.41e9, "CAD", AUG, "6.41 billion", E_USB, partner=US),
        fact(CA, "balance", "value", 7.92e9, "CAD", JUL, "7.92 billion", E_USB, partner=US),
        fact(CA, "balance", "value", -12.73e9, "CAD", AUG, "12.73 billion", E_ROW, partner=ROW),
        fact(CA, "balance", "value", -11.74e9, "CAD", JUL, "11.74 billion", E_ROW, partner=ROW),
    ],
}
