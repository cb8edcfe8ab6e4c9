from _fact import fact, period

JUL = period(2026, 7)
JUN = period(2026, 6)
JUL25 = period(2025, 7)
Y2025 = period(2025, 1, 12)

EXP = "Exports dropped 1.3% on the month in calendar and seasonally adjusted terms"
JUNE = "In June, exports had risen by a revised 0.9%."
IMP = "Imports, meanwhile, increased 0.7% from June."
SURPLUS = "The foreign trade surplus narrowed to 15.5 billion euros ($18.1 billion) from 18.0 billion euros in June."
SURPLUS25 = "In July 2025 it had stood at 14.7 billion euros."
LEVELS = "Germany exported goods worth 128.9 billion euros in July and imported goods worth 113.4 billion euros"
YOY = "Compared with July last year, exports were down 0.4%, while imports were 2.6% higher."
CN_EXP = "Shipments to China, once a reliable source of growth for German carmakers and machinery makers, slumped 6.8% from June to 5.9 billion euros"
CN_IMP = "Imports from China, by contrast, rose 1.9% on the month to 14.6 billion euros"
CN_RANK = "the Asian giant remained the largest source of goods bought by Germany"
US_EXP = "Exports to the United States, Germany's biggest single export market, rose 2.1% on the month to 11.4 billion euros and were 1.8% above their level of a year earlier"
US_IMP = "Imports from the U.S. fell 3.6% compared with June to 7.6 billion euros."
EU = "Exports to other EU member states fell 2.2% on the month to 71.0 billion euros, of which 50.1 billion euros went to euro zone countries, 2.6% less than in June."
NON_EU = "Shipments to countries outside the bloc slipped 0.2% to 57.9 billion euros."
CN_2025 = "China regained its position as Germany's biggest trading partner last year, with goods trade in both directions worth around 252 billion euros"

ARTICLE = {
    "id": "dAG2_04_reuters_germany_july_exports_china_eu",
    "title": "German exports fall more than expected in July on weak Chinese, EU demand",
    "publisher": "Reuters",
    "published": "2026-09-08",
    "notes": [
        "Area Germany throughout (dateline, lead); the July figures are July 2026 (published 2026-09-08).",
        "All monthly changes in the story are calendar and seasonally adjusted month-on-month (basis mom) except the two "
        "comparisons with July last year and the 1.8% 'above their level of a year earlier' for US exports (yoy).",
        "'In June, exports had risen by a revised 0.9%': June 2026 export growth, mom (the revised figure is the only one given).",
        "'($18.1 billion)': a USD conversion of the July surplus, separate fact, approx.",
        "'In July 2025 it had stood at 14.7 billion euros': the surplus of July 2025, balance value.",
        "'the Asian giant remained the largest source of goods bought by Germany': rank 1 of China among import origins, July 2026.",
        "'Germany's biggest single export market' (US, apposition in a July sentence): rank 1 of the US among export destinations, July 2026.",
        "'of which 50.1 billion euros went to euro zone countries, 2.6% less than in June': partner Euro area, exports, mom.",
        "'countries outside the bloc': partner 'non-EU countries'; its 0.2% carries the paragraph's 'on the month' frame (mom).",
        "'China regained its position as Germany's biggest trading partner last year ... around 252 billion euros': rank 1 and "
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
