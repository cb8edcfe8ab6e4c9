from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JAN_OCT = period(2025, 1, 10)

EXP = "Exports dropped 0.9% from the previous month to 129.9 billion euros"
IMP = "Imports rose 1.2% on the month to 116.0 billion euros"
BAL = "narrowing the trade surplus to 13.9 billion euros ($16.2 billion) from 16.5 billion euros in September"
US_EXP = ("Shipments to the United States, still the biggest single buyer of German goods, fell 6.3% on the month "
          "to 11.8 billion euros and were 12.6% lower than in October last year")
US_IMP = "Imports from the United States, by contrast, climbed 3.9% from September to 7.7 billion euros"
US_SHARE = "The U.S. took just over 9% of all German exports in October"
CN = ("Compared with September, exports to the world's second-largest economy edged up 1.5% to 6.9 billion euros, "
      "while imports from there fell 2.2% to 13.4 billion euros")
EU = ("Exports to other European Union countries rose 0.4% month-on-month to 73.1 billion euros, while those to "
      "countries outside the bloc fell 2.6% to 56.8 billion euros")
EU_IMP = "Imports from EU countries increased 2.2%"
YOY = "Compared with October 2024, overall exports were 1.7% lower, while imports were up 2.6%"
US_YTD = "In the first ten months, exports to the United States slid 9.2% to 124.0 billion euros"
RANK = "China has overtaken the United States as Germany's largest trading partner this year"
TOTALS = ("with goods trade between January and October totalling 208.4 billion euros, compared with 203.5 billion "
          "euros for the U.S.")

ARTICLE = {
    "id": "dAC2_04_germany_october_exports_us_slump",
    "title": "German exports fall more than expected in October as U.S. demand slumps",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Area Germany throughout (dateline and lead: German exports); period October 2025 unless stated.",
        "Paragraph on the U.S.: 6.3% is 'on the month' (mom); 12.6% 'lower than in October last year' (yoy); the "
        "3.9% rise of imports from the U.S. is 'from September' (mom).",
        "China paragraph opens 'Compared with September': 1.5% and -2.2% are mom. 'the world's second-largest economy' "
        "and 'from there' refer to China; 'second-largest economy' is not a trade rank (unlabelled).",
        "EU paragraph opens with 'month-on-month': the 0.4%, -2.6%, and the 2.2% rise of imports from EU countries are "
        "all mom. 'countries outside the bloc' -> partner 'non-EU countries'.",
        "'Compared with October 2024': -1.7% (exports) and 2.6% (imports) are yoy for October 2025; 'overall' = world.",
        "'still the biggest single buyer of German goods': rank 1 of the U.S. among export destinations, October 2025.",
        "'just over 9%' of all German exports -> share of the U.S. in exports, qualifier over, October 2025.",
        "($16.2 billion) conversion of the surplus: separate USD fact, approx.",
        "'largest trading partner this year' with the January-October totals: rank 1 of China in total trade, period "
        "January-October 2025 (the period the sentence gives figures for).",
        "Out of scope, unlabelled: Reuters poll forecast (-0.3%); the 15% tariff rate; industrial production 1.8%; GDP "
        "-0.2% and the 0.2% government growth forecast; the association's forecast of a 2.5% fall in 2025 exports and "
        "'third annual decline in a row' (forecast, streak).",
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
