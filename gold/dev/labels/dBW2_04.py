from _fact import fact, period

NO = "Norway"
SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
Q3 = period(2025, 7, 9)
H1 = period(2025, 1, 6)
YTD = period(2025, 1, 9)

E_BAL = "At NOK 36.9 billion, last month's goods trade surplus was 2.4 per cent below the NOK 37.7 billion recorded in September 2024"
E_AUG = "It was also far smaller than the August surplus, which SSB now puts at NOK 59.9 billion after revisions."
E_EXP = "Goods exports edged up 0.6 per cent from a year earlier to NOK 131.8 billion, but they were 8.0 per cent lower than in August"
E_IMP = "imports grew 1.8 per cent year on year to NOK 94.9 billion, and they climbed 14.0 per cent from the previous month"
E_CRUDE = "The value of crude oil sold abroad was NOK 34.5 billion, 5.3 per cent less than a year earlier."
E_GAS = "Natural gas brought in NOK 32.9 billion, a decline of 1.6 per cent."
E_OG = "Taken together, oil and gas made up 51.1 per cent of the value of all the goods Norway sold abroad in September."
E_MAIN = "Exports of mainland goods, which leave out crude oil, natural gas, ships and oil platforms, did better, rising 5.8 per cent from September last year to NOK 63.6 billion."
E_MAIN_MOM = "Compared with August, mainland exports were up 1.1 per cent."
E_MAIN_BAL = "the trade deficit in mainland goods widened to NOK 31.3 billion from NOK 20.3 billion in August"
E_SEA = "Separate figures from the Norwegian Seafood Council put seafood sales abroad at NOK 17.9 billion in September, 8 per cent more than in the same month of 2024"
E_SALMON = "Salmon alone accounted for NOK 11.2 billion of that total."
E_RANK = "Poland was the largest market for Norwegian seafood last month, with China in second place and the United States third."
E_CN = "Sales to China grew 39 per cent on strong demand for salmon and prawns"
E_US = "buyers in the US took NOK 1.3 billion worth, up 9 per cent"
E_SHARE = "The US share of Norway's salmon exports by value dropped to 7.6 per cent in the third quarter from 10.6 per cent in the first half"
E_YTD_EXP = "Over January-September, goods exports totalled NOK 1,344.2 billion, 2.8 per cent more than in the first nine months of 2024."
E_YTD = "Imports over the same period totalled NOK 811.3 billion, which leaves a cumulative surplus of NOK 532.9 billion."

ARTICLE = {
    "id": "dBW2_04",
    "title": "Norway's trade surplus sinks to four-year low as oil and gas earnings slip",
    "publisher": "NTB",
    "published": "2025-10-15",
    "notes": [
        "Real figures (Statistics Norway release of 15 October 2025 for September 2025, as reported by RTT/dpa-AFX and mojanorwegia): "
        "surplus NOK 36.9bn vs 37.7bn in Sep 2024 (-2.4%) and 59.9bn in August; exports 131.8bn (+0.6% y/y, -8.0% m/m); "
        "imports 94.9bn (+1.8% y/y, +14.0% m/m); crude oil 34.5bn (-5.3%, volume +13.5%); natural gas 32.9bn (-1.6%, volume +18.4%, "
        "price -12.5%); mainland exports +5.8% y/y and +1.1% m/m; mainland deficit 31.3bn vs 20.3bn in August; krone index 3.0% stronger. "
        "Real Norwegian Seafood Council figures: seafood NOK 17.9bn (+8%), Poland/China/US the three largest markets, China +39%, "
        "US NOK 1.3bn (+9%), US share of salmon exports 10.6% in H1 and 7.6% in Q3; 15% US tariff. Norges Bank rate 4.0% (real).",
        "Derived: oil and gas share 51.1% = (34.5+32.9)/131.8; mainland exports NOK 63.6bn = mainland deficit -31.3 + imports 94.9 "
        "(consistent with +1.1% m/m and the August deficit); year-to-date exports 1,344.2bn, imports 811.3bn and surplus 532.9bn "
        "built from SSB's Jan-Jun cumulative table plus July-September levels implied by the published m/m rates; YTD export growth 2.8% "
        "modelled from the same series. Invented: salmon NOK 11.2bn in September.",
        "Judgement calls: mainland exports and the mainland trade deficit carry product 'mainland goods' (the text's words for goods other "
        "than crude oil, natural gas, ships and platforms); Seafood Council figures are attributed to area Norway with product 'seafood'; "
        "'8.0 per cent lower than in August' and '14.0 per cent from the previous month' are mom; 'Compared with August' makes 1.1 mom; "
        "the August surplus (59.9) and the Sep 2024 surplus (37.7) are labelled with their own periods; ranks of Poland/China/US are "
        "ranks of partners for seafood exports; the salmon shares are shares of salmon exports going to the US (partner United States).",
        "Not facts: 2021 and 2024 (years); 'four-year low' (milestone); volume growth 13.5 and 18.4 (volume growth beside value growth); "
        "gas price -12.5 and the 3.0 krone index (not trade flows); policy rate 4.0; 15 per cent US tariff; 'twelve months' (period wording).",
        "Copy check: 12 sentences searched (lead, headline surplus sentence, exports/imports, crude, gas, adviser quote, mainland, seafood "
        "ranks, salmon share, economist quote, plus the two reworded ones re-checked), 2 reworded before lint (seafood total and nine-month "
        "exports sentences, which followed Seafood Council wording).",
        "Second check: 30 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(NO, "balance", "value", 36.9e9, "NOK", SEP, "36.9 billion", E_BAL),
        fact(NO, "balance", "growth", -2.4, "percent", SEP, "2.4", E_BAL),
        fact(NO, "balance", "value", 37.7e9, "NOK", SEP24, "37.7 billion", E_BAL),
        fact(NO, "balance", "value", 59.9e9, "NOK", AUG, "59.9 billion", E_AUG),
        fact(NO, "exports", "value", 131.8e9, "NOK", SEP, "131.8 billion", E_EXP),
        fact(NO, "exports", "growth", 0.6, "percent", SEP, "0.6", E_EXP),
        fact(NO, "exports", "growth", -8.0, "percent", SEP, "8.0", E_EXP, basis="mom"),
        fact(NO, "imports", "value", 94.9e9, "NOK", SEP, "94.9 billion", E_IMP),
        fact(NO, "imports", "growth", 1.8, "percent", SEP, "1.8", E_IMP),
        fact(NO, "imports", "growth", 14.0, "percent", SEP, "14.0", E_IMP, basis="mom"),
        fact(NO, "exports", "value", 34.5e9, "NOK", SEP, "34.5 billion", E_CRUDE, product="crude oil"),
        fact(NO, "exports", "growth", -5.3, "percent", SEP, "5.3", E_CRUDE, product="crude oil"),
        fact(NO, "exports", "value", 32.9e9, "NOK", SEP, "32.9 billion", E_GAS, product="natural gas"),
        fact(NO, "exports", "growth", -1.6, "percent", SEP, "1.6", E_GAS, product="natural gas"),
        fact(NO, "exports", "share", 51.1, "percent", SEP, "51.1", E_OG, product="oil and gas"),
        fact(NO, "exports", "value", 63.6e9, "NOK", SEP, "63.6 billion", E_MAIN, product="mainland goods"),
        fact(NO, "exports", "growth", 5.8, "percent", SEP, "5.8", E_MAIN, product="mainland goods"),
        fact(NO, "exports", "growth", 1.1, "percent", SEP, "1.1", E_MAIN_MOM, product="mainland goods", basis="mom"),
        fact(NO, "balance", "value", -31.3e9, "NOK", SEP, "31.3 billion", E_MAIN_BAL, product="mainland goods"),
        fact(NO, "balance", "value", -20.3e9, "NOK", AUG, "20.3 billion", E_MAIN_BAL, product="mainland goods"),
        fact(NO, "exports", "value", 17.9e9, "NOK", SEP, "17.9 billion", E_SEA, product="seafood"),
        fact(NO, "exports", "growth", 8, "percent", SEP, "8", E_SEA, product="seafood"),
        fact(NO, "exports", "value", 11.2e9, "NOK", SEP, "11.2 billion", E_SALMON, product="salmon"),
        fact(NO, "exports", "rank", 1, "number", SEP, "largest", E_RANK, partner="Poland", product="seafood"),
        fact(NO, "exports", "rank", 2, "number", SEP, "second", E_RANK, partner="China", product="seafood"),
        fact(NO, "exports", "rank", 3, "number", SEP, "third", E_RANK, partner="United States", product="seafood"),
        fact(NO, "exports", "growth", 39, "percent", SEP, "39", E_CN, partner="China", product="seafood"),
        fact(NO, "exports", "value", 1.3e9, "NOK", SEP, "1.3 billion", E_US, partner="United States", product="seafood"),
        fact(NO, "exports", "growth", 9, "percent", SEP, "9", E_US, partner="United States", product="seafood"),
        fact(NO, "exports", "share", 7.6, "percent", Q3, "7.6", E_SHARE, partner="United States", product="salmon"),
        fact(NO, "exports", "share", 10.6, "percent", H1, "10.6", E_SHARE, partner="United States", product="salmon"),
        fact(NO, "exports", "value", 1344.2e9, "NOK", YTD, "1,344.2 billion", E_YTD_EXP),
        fact(NO, "exports", "growth", 2.8, "percent", YTD, "2.8", E_YTD_EXP),
        fact(NO, "imports", "value", 811.3e9, "NOK", YTD, "811.3 billion", E_YTD),
        fact(NO, "balance", "value", 532.9e9, "NOK", YTD, "532.9 billion", E_YTD),
    ],
}
