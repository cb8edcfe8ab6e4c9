from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JAN_OCT = period(2025, 1, 10)

EXP = "exports decreased 0.9% month on month to 129.9 billion euros"
IMP = "imports up 1.2% from September at 116.0 billion euros"
BAL = "the trade surplus shrank to 13.9 billion euros ($16.2 billion), down from 16.5 billion euros the month before"
US_EXP = ("Exports to the United States, which remains the biggest single customer for German products, decreased "
          "6.3% month on month to 11.8 billion euros, a level 12.6% lower than a year earlier")
US_IMP = "Imports from the U.S., on the other hand, increased 3.9% from September to 7.7 billion euros"
US_SHARE = "slightly more than 9% of Germany's October exports went to the U.S."
CN = ("Relative to September, German exports to the world's second-largest economy inched up 1.5% to 6.9 billion "
      "euros, whereas imports from China declined 2.2% to 13.4 billion euros")
EU = ("On a month-on-month basis, exports to fellow European Union members grew 0.4% to 73.1 billion euros and "
      "those to destinations beyond the bloc decreased 2.6% to 56.8 billion euros")
EU_IMP = "Imports from the EU went up 2.2%"
YOY = "Against October 2024, total exports were down 1.7% while imports were 2.6% higher"
US_YTD = "Between January and October, exports to the United States dropped 9.2% to 124.0 billion euros"
RANK = "This year China has moved ahead of the United States to become Germany's largest trading partner"
TOTALS = ("two-way goods trade in the first ten months amounted to 208.4 billion euros, against 203.5 billion euros "
          "with the U.S.")

ARTICLE = {
    "id": "dAC2_04_germany_october_exports_us_slump",
    "title": "Slumping U.S. demand drags German October exports down more than forecast",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Area Germany throughout (dateline and lead: German exports); period October 2025 unless stated.",
        "Paragraph on the U.S.: 6.3% is 'month on month' (mom); 12.6% 'lower than a year earlier' (yoy); the "
        "3.9% rise of imports from the U.S. is 'from September' (mom).",
        "China paragraph's sentence opens 'Relative to September': 1.5% and -2.2% are mom. 'the world's second-largest economy' "
        "refers to China; 'second-largest economy' is not a trade rank (unlabelled).",
        "EU paragraph opens with 'On a month-on-month basis': the 0.4%, -2.6%, and the 2.2% rise of imports from the EU are "
        "all mom. 'destinations beyond the bloc' -> partner 'non-EU countries'.",
        "'Against October 2024': -1.7% (exports) and 2.6% (imports) are yoy for October 2025; 'total' = world.",
        "'which remains the biggest single customer for German products': rank 1 of the U.S. among export destinations, October 2025.",
        "'slightly more than 9%' of Germany's October exports -> share of the U.S. in exports, qualifier over, October 2025.",
        "($16.2 billion) conversion of the surplus: separate USD fact, approx.",
        "'This year ... Germany's largest trading partner' with the January-October totals: rank 1 of China in total trade, period "
        "January-October 2025 (the period the sentence gives figures for).",
        "Out of scope, unlabelled: Reuters poll forecast (-0.3%); the 15% tariff rate; industrial production 1.8%; GDP "
        "-0.2% and the 0.2% government growth forecast; the association's forecast of a 2.5% fall in 2025 exports and "
        "'a third straight yearly drop' (forecast, streak).",
    ],
    "facts": [
        fact("Germany", "exports", "growth", -0.9, "percent", OCT, "0.9", EXP, basis="mom"),
        fact("Germany", "exports", "value", 129.9e9, "EUR", OCT, "129.9 billion", EXP),
        fact("Germany", "imports", "growth", 1.2, "percent", OCT, "1.2", IMP, basis="mom"),
        fact("Germany", "imports", "value", 116.0e9, "EUR", OCT, "116.0 billion", IMP),
        fact("Germany", "balance", "value", 13.9e9, "EUR", OCT, "13.9 billion", BAL),
        fact("Germany", "balance", "value", 16.2e9, "USD", OCT, "16.2 billion", BAL, qualifier="approx"),
        fact("Germany", "balance", "value", 16.5e9, "EUR", SEP, "16.5 billion", BAL),
        fact("Germany", "exports", "rank", 1, "number", OCT, "biggest", US_EXP, partner="United States"),
        fact("Germany", "exports", "growth", -6.3, "percent", OCT, "6.3", US_EXP, partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 11.8e9, "EUR", OCT, "11.8 billion", US_EXP, partner="United States"),
        fact("Germany", "exports", "growth", -12.6, "percent", OCT, "12.6", US_EXP, partner="United States"),
        fact("Germany", "imports", "growth", 3.9, "percent", OCT, "3.9", US_IMP, partner="United States", basis="mom"),
        fact("Germany", "imports", "value", 7.7e9, "EUR", OCT, "7.7 billion", US_IMP, partner="United States"),
        fact("Germany", "exports", "share", 9, "percent", OCT, "9", US_SHARE, partner="United States", qualifier="over"),
        fact("Germany", "exports", "growth", 1.5, "percent", OCT, "1.5", CN, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 6.9e9, "EUR", OCT, "6.9 billion", CN, partner="China"),
        fact("Germany", "imports", "growth", -2.2, "percent", OCT, "2.2", CN, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 13.4e9, "EUR", OCT, "13.4 billion", CN, partner="China"),
        fact("Germany", "exports", "growth", 0.4, "percent", OCT, "0.4", EU, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 73.1e9, "EUR", OCT, "73.1 billion", EU, partner="European Union"),
        fact("Germany", "exports", "growth", -2.6, "percent", OCT, "2.6", EU, partner="non-EU countries", basis="mom"),
        fact("Germany", "exports", "value", 56.8e9, "EUR", OCT, "56.8 billion", EU, partner="non-EU countries"),
        fact("Germany", "imports", "growth", 2.2, "percent", OCT, "2.2", EU_IMP, partner="European Union", basis="mom"),
        fact("Germany", "exports", "growth", -1.7, "percent", OCT, "1.7", YOY),
        fact("Germany", "imports", "growth", 2.6, "percent", OCT, "2.6", YOY),
        fact("Germany", "exports", "growth", -9.2, "percent", JAN_OCT, "9.2", US_YTD, partner="United States"),
        fact("Germany", "exports", "value", 124.0e9, "EUR", JAN_OCT, "124.0 billion", US_YTD, partner="United States"),
        fact("Germany", "total", "rank", 1, "number", JAN_OCT, "largest", RANK, partner="China"),
        fact("Germany", "total", "value", 208.4e9, "EUR", JAN_OCT, "208.4 billion", TOTALS, partner="China"),
        fact("Germany", "total", "value", 203.5e9, "EUR", JAN_OCT, "203.5 billion", TOTALS, partner="United States"),
    ],
}
