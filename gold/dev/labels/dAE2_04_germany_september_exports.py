from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
Q3 = period(2025, 7, 9)
JAN_AUG = period(2025, 1, 8)
Y2024 = period(2024, 1, 12)
DE = "Germany"
US = "United States"
EU = "European Union"

MOM = "Exports increased 1.4% on the month in calendar- and seasonally adjusted terms"
IMP = "Imports climbed 3.1%."
LEVELS = "Germany shipped goods worth 131.1 billion euros abroad in September and bought goods worth 115.8 billion euros"
SURPLUS = ("leaving a trade surplus of 15.3 billion euros ($17.7 billion), down from a downwardly revised "
           "16.9 billion euros in August")
YOY = "In unadjusted terms, exports were 2.1% higher than in September last year, while imports rose 4.0%."
USX = ("Exports to the United States, Germany's biggest single export market, jumped 11.9% compared with August "
       "to 12.0 billion euros")
USX_YOY = "They were nonetheless 11.2% lower than a year earlier."
CN_EU = ("Shipments to China rose 3.6% on the month to 6.9 billion euros, while exports to fellow European Union "
         "countries gained 0.8% to 74.6 billion euros")
CNM = ("China remained Germany's largest supplier, with purchases from the country up 5.2% from August at "
       "14.1 billion euros")
USM = "Imports from the United States fell 4.7%."
RANKS = ("The United States overtook China as Germany's biggest trading partner last year, ending an eight-year run "
         "for Beijing, but China has since reclaimed first place.")
TOTALS = ("Trade in both directions with China came to 163.4 billion euros in January-August, edging out the "
          "162.8 billion euros exchanged with the United States")
EIGHT = ("German exports to the United States fell 7.4% year on year over those eight months, while imports from "
         "China rose 8.3% to 108.8 billion euros")
QTR = "In the third quarter as a whole, exports were 0.9% lower than in the previous quarter"

ARTICLE = {
    "id": "dAE2_04_germany_september_exports",
    "title": "German exports beat forecasts in September as U.S. shipments rebound",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Area Germany throughout (dateline, headline, 'German exports'); running period September 2025.",
        "Imports 3.1%: same paragraph as the 'on the month' frame, so basis mom.",
        "Exports 131.1bn / imports 115.8bn: seasonally adjusted September levels, labelled as September values.",
        "Surplus 15.3bn EUR and its conversion $17.7bn: two facts, the USD one approx (conversion).",
        "'down from a downwardly revised 16.9 billion euros in August': the August balance, period 2025-08.",
        "Unadjusted 2.1% / 4.0%: 'than in September last year' = yoy; imports share the sentence's comparison.",
        "'Germany's biggest single export market': rank 1, exports to the United States, given the article's period "
        "(September 2025).",
        "11.9% 'compared with August' = mom; 'They were nonetheless 11.2% lower than a year earlier': same flow, "
        "yoy, negative.",
        "China 3.6% and EU 0.8% share the sentence's 'on the month' frame: mom. 'fellow European Union countries' -> "
        "partner European Union.",
        "'China remained Germany's largest supplier': imports rank 1 from China, September 2025; 5.2% 'from August' mom; "
        "US imports -4.7% in the same paragraph: mom.",
        "'Germany's biggest trading partner last year': rank 1 for total trade with the United States in 2024 "
        "(published 2025, 'last year' = 2024).",
        "'China has since reclaimed first place': rank 1 for total trade with China, period January-August 2025 "
        "(the data the next sentence cites).",
        "'Trade in both directions' = flow total. 'those eight months' = January-August 2025; 7.4% fall yoy "
        "('year on year').",
        "Q3 exports 0.9% lower 'than in the previous quarter': basis qoq, period 2025-07..09.",
        "Out of scope, unlabelled: Reuters poll forecast 0.5% (forecast); 'first monthly gain since March' (streak); "
        "the 15% tariff and the euro's 10% rise (not trade flows); 'eight-year run' (streak); GDP stagnation and "
        "0.2% contraction (not trade); 'Europe's largest economy' (economic size, not a trade rank); 'two decades'; Kiel Institute forecasts -0.3% and 1.1% (forecasts); exchange rate line.",
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
