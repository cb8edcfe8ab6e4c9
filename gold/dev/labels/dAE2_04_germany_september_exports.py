from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
Q3 = period(2025, 7, 9)
JAN_AUG = period(2025, 1, 8)
Y2024 = period(2024, 1, 12)
DE = "Germany"
US = "United States"
EU = "European Union"

MOM = "Adjusted for calendar and seasonal effects, exports grew 1.4% on the month"
IMP = "Imports went up 3.1%."
LEVELS = "German exports were worth 131.1 billion euros in September and imports 115.8 billion euros"
SURPLUS = ("giving Germany a 15.3 billion euro ($17.7 billion) trade surplus, below the 16.9 billion euros "
           "recorded in August after a downward revision")
YOY = "On an unadjusted basis, exports were up 2.1% from September of last year and imports were up 4.0%."
USX = ("Sales to the United States, the biggest single market for German exports, rose 11.9% from August to 12.0 "
       "billion euros")
USX_YOY = "Even so, they were down 11.2% on the year."
CN_EU = ("Exports to China increased 3.6% month-on-month, reaching 6.9 billion euros, and those to other European "
         "Union member states grew 0.8% to 74.6 billion euros")
CNM = ("China was still the largest source of goods for Germany; imports from China rose 5.2% from August to 14.1 "
       "billion euros")
USM = "Purchases of U.S. goods fell 4.7%."
RANKS = ("Last year the United States displaced China as the biggest trading partner of Germany, breaking "
         "Beijing's eight-year hold on the top spot, but China has since regained first place.")
TOTALS = ("Two-way trade with China totaled 163.4 billion euros in January-August, slightly more than the 162.8 "
          "billion euros of trade with the United States")
EIGHT = ("In those eight months, German exports to the United States declined 7.4% year on year, whereas imports "
         "from China increased 8.3% to 108.8 billion euros")
QTR = "Exports for the full third quarter were down 0.9% from the previous quarter"

ARTICLE = {
    "id": "dAE2_04_germany_september_exports",
    "title": "U.S. rebound lifts German September exports above forecasts",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Area Germany throughout (dateline, headline, 'German exports'); running period September 2025.",
        "Imports 3.1%: same paragraph as the 'on the month' frame, so basis mom.",
        "Exports 131.1bn / imports 115.8bn: seasonally adjusted September levels, labelled as September values.",
        "Surplus 15.3bn EUR and its conversion $17.7bn: two facts, the USD one approx (conversion).",
        "'below the 16.9 billion euros recorded in August after a downward revision': the August balance, period "
        "2025-08.",
        "Unadjusted 2.1% / 4.0%: 'from September of last year' = yoy; imports share the sentence's comparison.",
        "'the biggest single market for German exports': rank 1, exports to the United States, given the "
        "article's period (September 2025).",
        "11.9% 'from August' = mom; 'Even so, they were down 11.2% on the year': same flow, yoy, negative.",
        "China 3.6% and EU 0.8% share the sentence's 'month-on-month' frame: mom. 'other European Union member "
        "states' -> partner European Union.",
        "'China was still the largest source of goods for Germany': imports rank 1 from China, September 2025; "
        "5.2% 'from August' mom; US imports -4.7% in the same paragraph: mom.",
        "'Last year ... the biggest trading partner of Germany': rank 1 for total trade with the United States in "
        "2024 (published 2025, 'last year' = 2024).",
        "'China has since regained first place': rank 1 for total trade with China, period January-August 2025 "
        "(the data the next sentence cites).",
        "'Two-way trade' = flow total. 'those eight months' = January-August 2025; 7.4% fall yoy ('year on year').",
        "Q3 exports 'down 0.9% from the previous quarter': basis qoq, period 2025-07..09.",
        "Out of scope, unlabelled: Reuters poll forecast 0.5% (forecast); 'its first month-on-month increase "
        "since March' (streak); the 15% tariff and the euro's 10% rise (not trade flows); 'eight-year hold' "
        "(streak); GDP stagnation and 0.2% contraction (not trade); 'Europe's largest economy' (economic size, "
        "not a trade rank); 'two decades'; Kiel Institute forecasts -0.3% and 1.1% (forecasts); exchange rate "
        "line.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.4, "percent", SEP, "1.4", MOM, basis="mom"),
        fact(DE, "imports", "growth", 3.1, "percent", SEP, "3.1", IMP, basis="mom"),
        fact(DE, "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion", LEVELS),
        fact(DE, "imports", "value", 115.8e9, "EUR", SEP, "115.8 billion", LEVELS),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion", SURPLUS),
        fact(DE, "balance", "value", 17.7e9, "USD", SEP, "17.7 billion", SURPLUS, qualifier="approx"),
        fact(DE, "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion", SURPLUS),
        fact(DE, "exports", "growth", 2.1, "percent", SEP, "2.1", YOY),
        fact(DE, "imports", "growth", 4.0, "percent", SEP, "4.0", YOY),
        fact(DE, "exports", "rank", 1, "number", SEP, "biggest", USX, partner=US),
        fact(DE, "exports", "growth", 11.9, "percent", SEP, "11.9", USX, partner=US, basis="mom"),
        fact(DE, "exports", "value", 12.0e9, "EUR", SEP, "12.0 billion", USX, partner=US),
        fact(DE, "exports", "growth", -11.2, "percent", SEP, "11.2", USX_YOY, partner=US),
        fact(DE, "exports", "growth", 3.6, "percent", SEP, "3.6", CN_EU, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.9e9, "EUR", SEP, "6.9 billion", CN_EU, partner="China"),
        fact(DE, "exports", "growth", 0.8, "percent", SEP, "0.8", CN_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 74.6e9, "EUR", SEP, "74.6 billion", CN_EU, partner=EU),
        fact(DE, "imports", "rank", 1, "number", SEP, "largest", CNM, partner="China"),
        fact(DE, "imports", "growth", 5.2, "percent", SEP, "5.2", CNM, partner="China", basis="mom"),
        fact(DE, "imports", "value", 14.1e9, "EUR", SEP, "14.1 billion", CNM, partner="China"),
        fact(DE, "imports", "growth", -4.7, "percent", SEP, "4.7", USM, partner=US, basis="mom"),
        fact(DE, "total", "rank", 1, "number", Y2024, "biggest", RANKS, partner=US),
        fact(DE, "total", "rank", 1, "number", JAN_AUG, "first", RANKS, partner="China"),
        fact(DE, "total", "value", 163.4e9, "EUR", JAN_AUG, "163.4 billion", TOTALS, partner="China"),
        fact(DE, "total", "value", 162.8e9, "EUR", JAN_AUG, "162.8 billion", TOTALS, partner=US),
        fact(DE, "exports", "growth", -7.4, "percent", JAN_AUG, "7.4", EIGHT, partner=US),
        fact(DE, "imports", "growth", 8.3, "percent", JAN_AUG, "8.3", EIGHT, partner="China"),
        fact(DE, "imports", "value", 108.8e9, "EUR", JAN_AUG, "108.8 billion", EIGHT, partner="China"),
        fact(DE, "exports", "growth", -0.9, "percent", Q3, "0.9", QTR, basis="qoq"),
    ],
}
