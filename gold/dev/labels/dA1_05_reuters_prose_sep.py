from _fact import fact, period

SEP = period(2024, 9)
AUG = period(2024, 8)
YTD = period(2024, 1, 9)
E_EXP = ("Outbound shipments rose 2.4% from a year earlier, customs data showed on Monday, "
         "slowing sharply from an 8.7% gain in August.")
E_IMP = ("Imports edged up 0.3%, below the 0.9% growth forecast in the poll and a touch weaker "
         "than the 0.5% rise in August.")
E_BAL = "China posted a trade surplus of $81.7 billion last month, narrower than the $91.02 billion recorded in August."
E_VAL = ("In value terms, exports came to $303.7 billion in September, about $5 billion less than in August, "
         "while imports totalled $222 billion.")
E_MOM = "On a month-on-month basis, exports slipped 1.6%, while imports were 2.0% higher than in August."
E_YTD = ("For the first nine months of the year, exports were up 4.3% and imports 2.0%, "
         "leaving a cumulative surplus of $684.3 billion.")
E_USEU = ("Shipments to the United States rose 2.2% from a year earlier in September, "
          "while those to the European Union grew 1.8%.")

ARTICLE = {
    "id": "dA1_05_reuters_prose_sep",
    "title": "China's September export growth slows sharply, misses forecasts",
    "publisher": "Reuters",
    "published": "2024-10-14",
    "notes": [
        "The text never states the year: September, August and 'the first nine months of the year' are 2024 from the publication date.",
        "August figures given as comparison bases ('from an 8.7% gain in August', 'the 0.5% rise in August', "
        "'the $91.02 billion recorded in August') are facts for August 2024.",
        "Poll forecasts (6.0%, 0.9%, $89.8 billion), the analyst's fourth-quarter expectation (about 3%), the GDP poll (4.5%) "
        "and the growth target (around 5%) are out of scope.",
        "'about $5 billion less than in August' is a derived difference: out.",
        "'On a month-on-month basis, exports slipped 1.6%, while imports were 2.0% higher than in August': basis mom; exports -1.6.",
        "'weakest pace in five months' is a streak-like comparison: out.",
        "'imports 2.0%' in the year-to-date sentence inherits 'up' from exports: +2.0, January-September.",
        "'$81.7 billion' surplus: value_text '81.7 billion', USD, positive.",
        "Partner growth figures are export growth to the United States, the European Union and ASEAN ('the 10-member Association of "
        "Southeast Asian Nations'); '10-member' is not a fact.",
    ],
    "facts": [
        fact("China", "exports", "growth", 2.4, "percent", SEP, "2.4", E_EXP),
        fact("China", "exports", "growth", 8.7, "percent", AUG, "8.7", E_EXP),
        fact("China", "imports", "growth", 0.3, "percent", SEP, "0.3", "Imports edged up 0.3%"),
        fact("China", "imports", "growth", 0.5, "percent", AUG, "0.5", E_IMP),
        fact("China", "balance", "value", 81.7e9, "USD", SEP, "81.7 billion", E_BAL),
        fact("China", "balance", "value", 91.02e9, "USD", AUG, "91.02 billion", E_BAL),
        fact("China", "exports", "value", 303.7e9, "USD", SEP, "303.7 billion", "exports came to $303.7 billion in September"),
        fact("China", "imports", "value", 222e9, "USD", SEP, "222 billion", E_VAL),
        fact("China", "exports", "growth", -1.6, "percent", SEP, "1.6", E_MOM, basis="mom"),
        fact("China", "imports", "growth", 2.0, "percent", SEP, "2.0", E_MOM, basis="mom"),
        fact("China", "exports", "growth", 4.3, "percent", YTD, "4.3", E_YTD),
        fact("China", "imports", "growth", 2.0, "percent", YTD, "2.0", E_YTD),
        fact("China", "balance", "value", 684.3e9, "USD", YTD, "684.3 billion", E_YTD),
        fact("China", "exports", "growth", 2.2, "percent", SEP, "2.2", E_USEU, partner="United States"),
        fact("China", "exports", "growth", 1.8, "percent", SEP, "1.8", E_USEU, partner="European Union"),
        fact("China", "exports", "growth", 10.2, "percent", SEP, "10.2",
             "Exports to the 10-member Association of Southeast Asian Nations jumped 10.2%", partner="ASEAN"),
    ],
}
