from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
YTD = period(2025, 1, 10)
Y2024 = period(2024, 1, 12)

E_EXP_MOM = "Exports from Europe's biggest economy increased 0.4% on the month after calendar and seasonal adjustment"
E_IMP_MOM = "Imports dropped 1.2% from September"
E_BAL = "the adjusted trade surplus widened to 16.9 billion euros ($19.7 billion) from 15.3 billion euros in September"
E_ADJ_EXP = "Germany sold goods worth 131.6 billion euros abroad"
E_ADJ_IMP = "In adjusted terms Germany sold goods worth 131.6 billion euros abroad and bought in 114.7 billion euros' worth"
E_US = "Compared with September, exports to the United States climbed 3.1% to 12.6 billion euros"
E_CN = "Shipments to China slid 1.9% to 6.8 billion euros"
E_US_YOY = "they were 9.8% lower than in October 2024 in adjusted terms"
E_CN_IMP = "China remained the largest source of German imports, with goods worth 13.9 billion euros arriving from there, 2.7% more than in September"
E_EU = "On the month, exports to other European Union member states rose 1.0% to 71.2 billion euros"
E_EA = "of which 49.5 billion euros went to euro zone countries"
E_THIRD = "Exports to third countries outside the bloc eased 0.3% to 60.4 billion euros"
E_UNADJ_EXP = "exports totalled 133.9 billion euros in October, up 1.1% from a year earlier"
E_UNADJ_IMP = "imports came in at 116.2 billion euros, a 0.6% decrease"
E_UNADJ_BAL = "That left an unadjusted surplus of 17.7 billion euros"
E_YTD = "Over January to October, exports reached 1.32 trillion euros, 0.4% less than in the same period of 2024"
E_YTD_US = "Deliveries to the United States were down 7.2% in that period"
E_US_RANK = "it was Germany's biggest trading partner in 2024"
E_US_2024 = "it was Germany's biggest trading partner in 2024, with two-way goods trade of 253 billion euros"

ARTICLE = {
    "id": "dAV2_04_reuters_germany_oct_2025",
    "title": "German exports edge up in October as U.S. demand steadies",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Area Germany throughout (headline 'German exports', dateline Berlin); the text is about goods, so product is None everywhere.",
        "Calendar- and seasonally-adjusted month-on-month figures: basis mom where the text cues it ('on the month', 'from September', 'than in September', and the 'Compared with September' / 'On the month' frames that open their paragraphs and carry to China and third countries).",
        "Adjusted (131.6/114.7/16.9 bn) and unadjusted (133.9/116.2/17.7 bn) October levels are both labelled: they are different statements of the same flow and differ beyond rounding; the identities differ by value, so both stand.",
        "'($19.7 billion)' is the same surplus in dollars: a separate USD fact; no 'about', so qualifier exact.",
        "'from 15.3 billion euros in September' is an explicitly stated surplus level for September 2025, labelled with period 2025-09 (a stated observation, not a derived comparison).",
        "U.S. 'were 9.8% lower than in October 2024 in adjusted terms' sits in a new paragraph and compares with a year earlier: basis yoy although the adjustment is calendar/seasonal.",
        "'China remained the largest source of German imports': imports rank 1 with partner China for October 2025 (value_text 'largest').",
        "'it was Germany's biggest trading partner in 2024': total (two-way) rank 1 for the United States, period 2024; the 253 billion euros of two-way goods trade is a total value for 2024.",
        "Third countries are the non-EU partners: partner 'Non-EU countries'. 'of which 49.5 billion euros went to euro zone countries' is exports to the Euro area, same month and adjustment.",
        "Out of scope: Reuters poll forecast (-0.2%), streaks ('second straight monthly gain', 'five months of declines', 'third year without growth'), 15% tariff, euro up 10% against the dollar, industrial production (1.8%, 0.5%, 0.7%), government export forecast for 2025 (-0.3%), 500-billion-euro fund, GDP, the exchange-rate line. 'Britain were broadly unchanged' gives no number.",
    ],
    "facts": [
        fact("Germany", "exports", "growth", 0.4, "percent", OCT, "0.4", E_EXP_MOM, basis="mom"),
        fact("Germany", "imports", "growth", -1.2, "percent", OCT, "1.2", E_IMP_MOM, basis="mom"),
        fact("Germany", "balance", "value", 16.9e9, "EUR", OCT, "16.9 billion", E_BAL),
        fact("Germany", "balance", "value", 19.7e9, "USD", OCT, "19.7 billion", E_BAL),
        fact("Germany", "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion", E_BAL),
        fact("Germany", "exports", "value", 131.6e9, "EUR", OCT, "131.6 billion", E_ADJ_EXP),
        fact("Germany", "imports", "value", 114.7e9, "EUR", OCT, "114.7 billion", E_ADJ_IMP),
        fact("Germany", "exports", "growth", 3.1, "percent", OCT, "3.1", E_US, partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 12.6e9, "EUR", OCT, "12.6 billion", E_US, partner="United States"),
        fact("Germany", "exports", "growth", -1.9, "percent", OCT, "1.9", E_CN, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 6.8e9, "EUR", OCT, "6.8 billion", E_CN, partner="China"),
        fact("Germany", "exports", "growth", -9.8, "percent", OCT, "9.8", E_US_YOY, partner="United States"),
        fact("Germany", "imports", "rank", 1, "number", OCT, "largest", E_CN_IMP, partner="China"),
        fact("Germany", "imports", "value", 13.9e9, "EUR", OCT, "13.9 billion", E_CN_IMP, partner="China"),
        fact("Germany", "imports", "growth", 2.7, "percent", OCT, "2.7", E_CN_IMP, partner="China", basis="mom"),
        fact("Germany", "exports", "growth", 1.0, "percent", OCT, "1.0", E_EU, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 71.2e9, "EUR", OCT, "71.2 billion", E_EU, partner="European Union"),
        fact("Germany", "exports", "value", 49.5e9, "EUR", OCT, "49.5 billion", E_EA, partner="Euro area"),
        fact("Germany", "exports", "growth", -0.3, "percent", OCT, "0.3", E_THIRD, partner="Non-EU countries", basis="mom"),
        fact("Germany", "exports", "value", 60.4e9, "EUR", OCT, "60.4 billion", E_THIRD, partner="Non-EU countries"),
        fact("Germany", "exports", "value", 133.9e9, "EUR", OCT, "133.9 billion", E_UNADJ_EXP),
        fact("Germany", "exports", "growth", 1.1, "percent", OCT, "1.1", E_UNADJ_EXP),
        fact("Germany", "imports", "value", 116.2e9, "EUR", OCT, "116.2 billion", E_UNADJ_IMP),
        fact("Germany", "imports", "growth", -0.6, "percent", OCT, "0.6", E_UNADJ_IMP),
        fact("Germany", "balance", "value", 17.7e9, "EUR", OCT, "17.7 billion", E_UNADJ_BAL),
        fact("Germany", "exports", "value", 1.32e12, "EUR", YTD, "1.32 trillion", E_YTD),
        fact("Germany", "exports", "growth", -0.4, "percent", YTD, "0.4", E_YTD),
        fact("Germany", "exports", "growth", -7.2, "percent", YTD, "7.2", E_YTD_US, partner="United States"),
        fact("Germany", "total", "rank", 1, "number", Y2024, "biggest", E_US_RANK, partner="United States"),
        fact("Germany", "total", "value", 253e9, "EUR", Y2024, "253 billion", E_US_2024, partner="United States"),
    ],
}
