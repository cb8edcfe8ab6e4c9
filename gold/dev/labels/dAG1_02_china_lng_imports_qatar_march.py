from _fact import fact, period

MAR = period(2026, 3)
MAR25 = period(2025, 3)
Q1 = period(2026, 1, 3)
LNG = "liquefied natural gas"

QA1 = "Qatari deliveries dropped 67.9% year on year to 510,200 metric tons"
QA2 = "A year before, in March 2025, they had stood at 1.59 million tons, and the March volume was 56.8% lower than in February"
QA3 = "Qatar, normally among China's top two suppliers of the fuel, fell to third place after Australia and Russia, and its share of China's overall LNG imports dropped to 11.6%."
QA4 = "Those Qatari shipments were worth $296 million."
AU1 = "Last month Australia ranked as China's top supplier, sending 1.86 million tons, an increase of 12.4% from a year earlier."
AU2 = "Valued at $1.02 billion, those cargoes accounted for 42.5% of the total."
RU1 = "Russian imports surged 61.4% to 1.42 million tons, which made Russia China's second-largest supplier of the super-chilled fuel."
RU2 = "Russia accounted for 32.4% of the total, up from 18% a year before"
RU3 = "The Russian cargoes were worth $712 million"
MY = "Malaysia supplied 309,800 tons."
TOT = "China's total LNG imports in March dropped 10.6% year on year to 4.38 million tons"
TOT_MOM = "were down 8.8% from February"
TOT_VAL = "They were worth $2.47 billion in all."
YTD = "In the first quarter, China, the world's second-largest economy, imported 14.62 million tons of LNG, a decline of 3.4% from the first three months of 2025."
YTD_RQ = "Over those three months, supplies from Russia increased 70.6% to 4.35 million tons, and Qatari volumes fell 28.5% to 2.88 million tons."

ARTICLE = {
    "id": "dAG1_02_china_lng_imports_qatar_march",
    "title": "Qatar LNG shipments to China plunge in March after Hormuz disruption",
    "publisher": "Reuters",
    "published": "2026-04-20",
    "notes": [
        "Published Monday April 20, 2026; 'Last month' and the running period = March 2026. 'In the first quarter' / 'Over those three months' = 2026-01..2026-03.",
        "All facts are China's imports of LNG: area China, flow imports, product 'liquefied natural gas' (the text's full name; 'LNG', 'the fuel', 'the super-chilled fuel' are second names for it), partner = the supplying country.",
        "Tonnages are quantity facts in tonnes ('metric tons', 'tons'); no value growth is stated anywhere, so the tonnage growth rates are the only growth figures and are labelled.",
        "'in March 2025, they had stood at 1.59 million tons': the year-earlier Qatar volume, labelled as its own observation with period 2025-03.",
        "'56.8% lower than in February' and 'were down 8.8% from February': comparisons with the previous month -> basis mom.",
        "'fell to third place' -> rank 3 for Qatar; 'top supplier' -> rank 1 for Australia; 'second-largest supplier' -> rank 2 for Russia (all March 2026).",
        "'its share of China's overall LNG imports dropped to 11.6%': Qatar share, March 2026. 'accounted for 42.5% of the total': Australia share ('those cargoes' refers back to Australia).",
        "'Russia accounted for 32.4% of the total, up from 18% a year before': two share facts, 32.4 for 2026-03 and 18 for 2025-03.",
        "'They were worth $2.47 billion in all': value of total March LNG imports (refers back to the overall imports).",
        "'Qatari volumes fell 28.5% to 2.88 million tons': Q1 figures for partner Qatar.",
        "Out of scope, unlabelled: 'normally among China's top two suppliers' (habitual, not a stated rank for a period); 'a near-decade low' (milestone); 'the world's second-largest economy' (economy size, not a trade flow); spot price around $18 per million British thermal units and 'roughly 60% higher than before the war' (prices); the analyst's 'about 8%' drop this year (forecast); Kpler's 2.3 million tons in 'the first 19 days of April' (part of a month, ship-tracking); the 15% tariff (tariff rate); 'February 2025' (a date); the '2' in 'Arctic LNG 2' (a project name).",
    ],
    "facts": [
        fact("China", "imports", "growth", -67.9, "percent", MAR, "67.9", QA1, partner="Qatar", product=LNG),
        fact("China", "imports", "quantity", 510200, "tonnes", MAR, "510,200", QA1, partner="Qatar", product=LNG),
        fact("China", "imports", "quantity", 1.59e6, "tonnes", MAR25, "1.59 million", QA2, partner="Qatar", product=LNG),
        fact("China", "imports", "growth", -56.8, "percent", MAR, "56.8", QA2, partner="Qatar", product=LNG, basis="mom"),
        fact("China", "imports", "rank", 3, "number", MAR, "third", QA3, partner="Qatar", product=LNG),
        fact("China", "imports", "share", 11.6, "percent", MAR, "11.6", QA3, partner="Qatar", product=LNG),
        fact("China", "imports", "value", 296e6, "USD", MAR, "296 million", QA4, partner="Qatar", product=LNG),
        fact("China", "imports", "rank", 1, "number", MAR, "top", AU1, partner="Australia", product=LNG),
        fact("China", "imports", "quantity", 1.86e6, "tonnes", MAR, "1.86 million", AU1, partner="Australia", product=LNG),
        fact("China", "imports", "growth", 12.4, "percent", MAR, "12.4", AU1, partner="Australia", product=LNG),
        fact("China", "imports", "value", 1.02e9, "USD", MAR, "1.02 billion", AU2, partner="Australia", product=LNG),
        fact("China", "imports", "share", 42.5, "percent", MAR, "42.5", AU2, partner="Australia", product=LNG),
        fact("China", "imports", "growth", 61.4, "percent", MAR, "61.4", RU1, partner="Russia", product=LNG),
        fact("China", "imports", "quantity", 1.42e6, "tonnes", MAR, "1.42 million", RU1, partner="Russia", product=LNG),
        fact("China", "imports", "rank", 2, "number", MAR, "second", RU1, partner="Russia", product=LNG),
        fact("China", "imports", "share", 32.4, "percent", MAR, "32.4", RU2, partner="Russia", product=LNG),
        fact("China", "imports", "share", 18, "percent", MAR25, "18", RU2, partner="Russia", product=LNG),
        fact("China", "imports", "value", 712e6, "USD", MAR, "712 million", RU3, partner="Russia", product=LNG),
        fact("China", "imports", "quantity", 309800, "tonnes", MAR, "309,800", MY, partner="Malaysia", product=LNG),
        fact("China", "imports", "growth", -10.6, "percent", MAR, "10.6", TOT, product=LNG),
        fact("China", "imports", "quantity", 4.38e6, "tonnes", MAR, "4.38 million", TOT, product=LNG),
        fact("China", "imports", "growth", -8.8, "percent", MAR, "8.8", TOT_MOM, product=LNG, basis="mom"),
        fact("China", "imports", "value", 2.47e9, "USD", MAR, "2.47 billion", TOT_VAL, product=LNG),
        fact("China", "imports", "quantity", 14.62e6, "tonnes", Q1, "14.62 million", YTD, product=LNG),
        fact("China", "imports", "growth", -3.4, "percent", Q1, "3.4", YTD, product=LNG),
        fact("China", "imports", "growth", 70.6, "percent", Q1, "70.6", YTD_RQ, partner="Russia", product=LNG),
        fact("China", "imports", "quantity", 4.35e6, "tonnes", Q1, "4.35 million", YTD_RQ, partner="Russia", product=LNG),
        fact("China", "imports", "growth", -28.5, "percent", Q1, "28.5", YTD_RQ, partner="Qatar", product=LNG),
        fact("China", "imports", "quantity", 2.88e6, "tonnes", Q1, "2.88 million", YTD_RQ, partner="Qatar", product=LNG),
    ],
}
