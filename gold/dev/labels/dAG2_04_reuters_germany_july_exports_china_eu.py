from _fact import fact, period

JUL = period(2026, 7)
JUN = period(2026, 6)
JUL25 = period(2025, 7)
Y2025 = period(2025, 1, 12)

EXP = "exports were down 1.3% from the previous month after calendar and seasonal adjustment"
JUNE = "Exports in June had increased by a revised 0.9%."
IMP = "Compared with June, imports edged up 0.7%."
SURPLUS = "In June the surplus on foreign trade had been 18.0 billion euros, and in July it shrank to 15.5 billion euros ($18.1 billion)."
SURPLUS25 = "The July 2025 surplus was 14.7 billion euros."
LEVELS = "goods exports from Germany were worth 128.9 billion euros in July, against imports of 113.4 billion euros"
YOY = "Exports were 0.4% lower than in July last year, and imports 2.6% higher."
CN_EXP = "Sales to China, which used to be a dependable engine of growth for German automakers and machine builders, sank 6.8% against June to 5.9 billion euros"
CN_IMP = "Goods coming in from China went the other way, climbing 1.9% month on month to 14.6 billion euros"
CN_RANK = "China stayed Germany's largest source of imports"
US_EXP = "Shipments to the United States, the biggest single market for German exports, grew 2.1% month on month to 11.4 billion euros and stood 1.8% higher than a year earlier"
US_IMP = "Against June, imports from the U.S. declined 3.6% to 7.6 billion euros."
EU = "Sales to fellow EU member states dropped 2.2% on the month to 71.0 billion euros; euro zone countries took 50.1 billion euros of that, 2.6% less than in June."
NON_EU = "To countries beyond the bloc, exports eased 0.2% to 57.9 billion euros."
CN_2025 = "Last year China once again became Germany's biggest trading partner, with two-way goods trade of around 252 billion euros"

ARTICLE = {
    "id": "dAG2_04_reuters_germany_july_exports_china_eu",
    "title": "Softer Chinese and EU demand drags German July exports down more than forecast",
    "publisher": "Reuters",
    "published": "2026-09-08",
    "notes": [
        "Area Germany throughout (dateline, lead); the July figures are July 2026 (published 2026-09-08).",
        "All monthly changes in the story are calendar and seasonally adjusted month-on-month (basis mom) except the two "
        "comparisons with July last year and the 1.8% 'higher than a year earlier' for US exports (yoy).",
        "'Exports in June had increased by a revised 0.9%': June 2026 export growth, mom (the revised figure is the only one given).",
        "'($18.1 billion)': a USD conversion of the July surplus, separate fact, approx.",
        "'The July 2025 surplus was 14.7 billion euros': the surplus of July 2025, balance value.",
        "'China stayed Germany's largest source of imports': rank 1 of China among import origins, July 2026.",
        "'the biggest single market for German exports' (US, apposition in a July sentence): rank 1 of the US among export destinations, July 2026.",
        "'euro zone countries took 50.1 billion euros of that, 2.6% less than in June': partner Euro area, exports, mom.",
        "'countries beyond the bloc': partner 'non-EU countries'; its 0.2% carries the paragraph's 'on the month' frame (mom).",
        "'Last year China once again became Germany's biggest trading partner ... around 252 billion euros': rank 1 and "
        "total trade value (approx) with China for 2025 ('last year' from the 2026 publication date).",
        "Out of scope, unlabelled: the Reuters poll forecast (0.4%), industrial production (0.5%, 0.2% forecast), second-quarter "
        "GDP (0.1%), the 2026 growth forecast (1.0%), the 15% US tariff, the years 2025/2026 in 'July 2025' as dates, and the "
        "economist's outlook for the third quarter (no figure).",
    ],
    "facts": [
        fact("Germany", "exports", "growth", -1.3, "percent", JUL, "1.3", EXP, basis="mom"),
        fact("Germany", "exports", "growth", 0.9, "percent", JUN, "0.9", JUNE, basis="mom"),
        fact("Germany", "imports", "growth", 0.7, "percent", JUL, "0.7", IMP, basis="mom"),
        fact("Germany", "balance", "value", 15.5e9, "EUR", JUL, "15.5 billion", SURPLUS),
        fact("Germany", "balance", "value", 18.1e9, "USD", JUL, "18.1 billion", SURPLUS, qualifier="approx"),
        fact("Germany", "balance", "value", 18.0e9, "EUR", JUN, "18.0 billion", SURPLUS),
        fact("Germany", "balance", "value", 14.7e9, "EUR", JUL25, "14.7 billion", SURPLUS25),
        fact("Germany", "exports", "value", 128.9e9, "EUR", JUL, "128.9 billion", LEVELS),
        fact("Germany", "imports", "value", 113.4e9, "EUR", JUL, "113.4 billion", LEVELS),
        fact("Germany", "exports", "growth", -0.4, "percent", JUL, "0.4", YOY),
        fact("Germany", "imports", "growth", 2.6, "percent", JUL, "2.6", YOY),
        fact("Germany", "exports", "growth", -6.8, "percent", JUL, "6.8", CN_EXP, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 5.9e9, "EUR", JUL, "5.9 billion", CN_EXP, partner="China"),
        fact("Germany", "imports", "growth", 1.9, "percent", JUL, "1.9", CN_IMP, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 14.6e9, "EUR", JUL, "14.6 billion", CN_IMP, partner="China"),
        fact("Germany", "imports", "rank", 1, "number", JUL, "largest", CN_RANK, partner="China"),
        fact("Germany", "exports", "rank", 1, "number", JUL, "biggest", US_EXP, partner="United States"),
        fact("Germany", "exports", "growth", 2.1, "percent", JUL, "2.1", US_EXP, partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 11.4e9, "EUR", JUL, "11.4 billion", US_EXP, partner="United States"),
        fact("Germany", "exports", "growth", 1.8, "percent", JUL, "1.8", US_EXP, partner="United States"),
        fact("Germany", "imports", "growth", -3.6, "percent", JUL, "3.6", US_IMP, partner="United States", basis="mom"),
        fact("Germany", "imports", "value", 7.6e9, "EUR", JUL, "7.6 billion", US_IMP, partner="United States"),
        fact("Germany", "exports", "growth", -2.2, "percent", JUL, "2.2", EU, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 71.0e9, "EUR", JUL, "71.0 billion", EU, partner="European Union"),
        fact("Germany", "exports", "value", 50.1e9, "EUR", JUL, "50.1 billion", EU, partner="Euro area"),
        fact("Germany", "exports", "growth", -2.6, "percent", JUL, "2.6", EU, partner="Euro area", basis="mom"),
        fact("Germany", "exports", "growth", -0.2, "percent", JUL, "0.2", NON_EU, partner="non-EU countries", basis="mom"),
        fact("Germany", "exports", "value", 57.9e9, "EUR", JUL, "57.9 billion", NON_EU, partner="non-EU countries"),
        fact("Germany", "total", "rank", 1, "number", Y2025, "biggest", CN_2025, partner="China"),
        fact("Germany", "total", "value", 252e9, "EUR", Y2025, "252 billion", CN_2025, partner="China", qualifier="approx"),
    ],
}
