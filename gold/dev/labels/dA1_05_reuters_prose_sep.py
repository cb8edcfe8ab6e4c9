from _fact import fact, period

SEP = period(2024, 9)
AUG = period(2024, 8)
YTD = period(2024, 1, 9)
E_EXP = ("Customs figures released on Monday showed exports up 2.4% year on year, "
         "a sharp deceleration from August's 8.7% growth.")
E_IMP = ("Imports inched up 0.3%, short of the 0.9% rise expected in the poll and slightly softer "
         "than August's 0.5% gain.")
E_BAL = "The trade surplus narrowed to $81.7 billion last month from $91.02 billion in August"
E_VAL = ("Exports totalled $303.7 billion in September, roughly $5 billion below August's level, "
         "and imports amounted to $222 billion.")
E_MOM = "Compared with August, exports fell 1.6% while imports increased 2.0%."
E_YTD = ("In the January-September period, exports grew 4.3% and imports 2.0%, "
         "for a cumulative surplus of $684.3 billion.")
E_USEU = ("In September, exports to the United States increased 2.2% from a year earlier, "
          "and those bound for the European Union were up 1.8%.")

ARTICLE = {
    "id": "dA1_05_reuters_prose_sep",
    "title": "China's export growth cools sharply in September, falls short of forecasts",
    "publisher": "Reuters",
    "published": "2024-10-14",
    "notes": [
        "The text never states the year: September, August and 'the January-September period' are 2024 from the publication date.",
        "August figures given as comparison bases ('from August's 8.7% growth', 'August's 0.5% gain', "
        "'from $91.02 billion in August') are facts for August 2024.",
        "Poll forecasts (6.0%, 0.9%, $89.8 billion), the analyst's fourth-quarter expectation (about 3%), the GDP poll (4.5%) "
        "and the growth target (around 5%) are out of scope.",
        "'roughly $5 billion below August's level' is a derived difference: out.",
        "'Compared with August, exports fell 1.6% while imports increased 2.0%': basis mom; exports -1.6.",
        "'a five-month low' is a streak-like comparison: out.",
        "'imports 2.0%' in the year-to-date sentence inherits 'grew' from exports: +2.0, January-September.",
        "'$81.7 billion' surplus: value_text '81.7 billion', USD, positive.",
        "Partner growth figures are export growth to the United States, the European Union and ASEAN ('the 10-member Association of "
        "Southeast Asian Nations'); '10-member' is not a fact.",
    ],
    "facts": [
        fact("China", "exports", "growth", 2.4, "percent", SEP, "2.4", E_EXP),
        fact("China", "exports", "growth", 8.7, "percent", AUG, "8.7", E_EXP),
        fact("China", "imports", "growth", 0.3, "percent", SEP, "0.3", "Imports inched up 0.3%"),
        fact("China", "imports", "growth", 0.5, "percent", AUG, "0.5", E_IMP),
        fact("China", "balance", "value", 81.7e9, "USD", SEP, "81.7 billion", E_BAL),
        fact("China", "balance", "value", 91.02e9, "USD", AUG, "91.02 billion", E_BAL),
        fact("China", "exports", "value", 303.7e9, "USD", SEP, "303.7 billion", "Exports totalled $303.7 billion in September"),
        fact("China", "imports", "value", 222e9, "USD", SEP, "222 billion", E_VAL),
        fact("China", "exports", "growth", -1.6, "percent", SEP, "1.6", E_MOM, basis="mom"),
        fact("China", "imports", "growth", 2.0, "percent", SEP, "2.0", E_MOM, basis="mom"),
        fact("China", "exports", "growth", 4.3, "percent", YTD, "4.3", E_YTD),
        fact("China", "imports", "growth", 2.0, "percent", YTD, "2.0", E_YTD),
        fact("China", "balance", "value", 684.3e9, "USD", YTD, "684.3 billion", E_YTD),
        fact("China", "exports", "growth", 2.2, "percent", SEP, "2.2", E_USEU, partner="United States"),
        fact("China", "exports", "growth", 1.8, "percent", SEP, "1.8", E_USEU, partner="European Union"),
        fact("China", "exports", "growth", 10.2, "percent", SEP, "10.2",
             "Shipments to the 10-member Association of Southeast Asian Nations surged 10.2%", partner="ASEAN"),
    ],
}
