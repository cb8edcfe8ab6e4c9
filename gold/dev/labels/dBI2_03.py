from _fact import fact, period

KR = "South Korea"
NOV = period(2025, 11)
OCT = period(2025, 10)
JN = period(2025, 1, 11)

ARTICLE = {
    "id": "dBI2_03",
    "title": "(LEAD) S. Korea's exports up 8.4 pct in Nov. on chip boom, growth streak reaches 6 months",
    "publisher": "Yonhap",
    "published": "2025-12-01",
    "notes": [
        "Real figures (trade ministry release of 1 Dec 2025 as reported): exports $61.04bn (+8.4%), imports $51.3bn "
        "(+1.2%), surplus $9.73bn, daily average $2.71bn (+13.3%), chips $17.26bn (+38.6%, 28.3% share), chips Jan-Nov "
        "$152.6bn vs $141.9bn in 2024, cars $6.41bn (+13.7%) after -10.5% in October, cars Jan-Nov $66.04bn, "
        "petrochemicals $3.06bn (-14.1%), petroleum products $3.28bn (-10.3%), steel -16%, "
        "China $12.07bn (+6.9%), U.S. $10.35bn (-0.2%), energy imports $8.72bn (-18.4%), Jan-Nov exports $640.2bn "
        "(+2.9%) vs $628.7bn in Jan-Nov 2022, Jan-Nov surplus $66.07bn, the $700bn / $59.8bn outlook.",
        "Invented: ship exports +6.4% to $2.66bn; the $10.58bn value of exports to ASEAN (its +6.3% is the real 'Southeast Asian countries' figure reported by Reuters); the 10th straight month of "
        "surplus is my count (deficit in January 2025); the deputy minister's quote.",
        "Products follow the words of each sentence: 'Semiconductor shipments' -> semiconductors; 'Chips made up', "
        "'chip exports', 'Chips, the country's biggest export item' -> chips; 'Automobile exports' -> automobiles; "
        "'car exports' -> cars; 'purchases of energy' -> energy.",
        "Ranks: 'Chips, the country's biggest export item' labelled rank 1 of chip exports for November; 'China, "
        "South Korea's largest trading partner' labelled rank 1 of total trade with China for November (the article's "
        "month). Both are judgement calls: the guide's rank examples are for partners.",
        "The October car-export fall (-10.5%) is its own fact with period 2025-10; the $141.9bn of chips is the 2024 "
        "full-year figure; the $628.7bn is the January-November 2022 export value.",
        "Not facts: average daily exports ($2.71bn, +13.3%: per-working-day averages are out), streaks (run of gains "
        "stretching to six months, 10th straight month), 'biggest total ever recorded for the month' and 'record' "
        "(milestones), the 50% U.S. steel tariff, the $700bn / $59.8bn outlook (forecast and condition).",
        "Headline '8.4 pct' is the body's 8.4 percent: labelled once, from the body.",
        "Copy check: searched 9 distinctive stretches in the pages corpus (e.g. 'again did the heavy lifting', "
        "'yards delivered more liquefied natural gas carriers', 'as a supply glut in China pulled down prices', 'the monthly balance showed a "
        "$9.73 billion surplus'); no real copy matched any of them; the imports/surplus sentence was still reworded because it ran close to the Korea Herald/Yonhap formula 'resulting in a trade surplus of'.",
        "Copy check (independent): 21 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion",
             "November's outbound shipments were worth US$61.04 billion"),
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4",
             "November's outbound shipments were worth US$61.04 billion, up 8.4 percent from a year earlier"),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2",
             "Imports edged 1.2 percent higher on-year at $51.3 billion"),
        fact(KR, "imports", "value", 51.3e9, "USD", NOV, "51.3 billion",
             "Imports edged 1.2 percent higher on-year at $51.3 billion"),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion",
             "the monthly balance showed a $9.73 billion surplus"),
        fact(KR, "exports", "rank", 1, "number", NOV, "biggest",
             "Chips, the country's biggest export item", product="chips"),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6",
             "Semiconductor shipments soared 38.6 percent on-year to $17.26 billion", product="semiconductors"),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion",
             "Semiconductor shipments soared 38.6 percent on-year to $17.26 billion", product="semiconductors"),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "Chips made up 28.3 percent of total outbound shipments in November.", product="chips"),
        fact(KR, "exports", "value", 152.6e9, "USD", JN, "152.6 billion",
             "From January through November, chip exports added up to $152.6 billion", product="chips"),
        fact(KR, "exports", "value", 141.9e9, "USD", period(2024, 1, 12), "141.9 billion",
             "already above the $141.9 billion shipped over the whole of 2024", product="chips"),
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7",
             "Automobile exports posted a 13.7 percent gain to $6.41 billion", product="automobiles"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion",
             "Automobile exports posted a 13.7 percent gain to $6.41 billion", product="automobiles"),
        fact(KR, "exports", "growth", -10.5, "percent", OCT, "10.5",
             "Automobile exports posted a 13.7 percent gain to $6.41 billion on solid sales of gasoline-powered and hybrid models, after falling 10.5 percent in October",
             product="automobiles"),
        fact(KR, "exports", "value", 66.04e9, "USD", JN, "66.04 billion",
             "Cumulative car exports for the 11 months reached a record $66.04 billion.", product="cars"),
        fact(KR, "exports", "growth", 6.4, "percent", NOV, "6.4",
             "Ship exports rose 6.4 percent to $2.66 billion", product="ships"),
        fact(KR, "exports", "value", 2.66e9, "USD", NOV, "2.66 billion",
             "Ship exports rose 6.4 percent to $2.66 billion", product="ships"),
        fact(KR, "exports", "growth", -14.1, "percent", NOV, "14.1",
             "Petrochemical products, however, shrank 14.1 percent to $3.06 billion", product="petrochemical products"),
        fact(KR, "exports", "value", 3.06e9, "USD", NOV, "3.06 billion",
             "Petrochemical products, however, shrank 14.1 percent to $3.06 billion", product="petrochemical products"),
        fact(KR, "exports", "growth", -10.3, "percent", NOV, "10.3",
             "petroleum products fell 10.3 percent to $3.28 billion", product="petroleum products"),
        fact(KR, "exports", "value", 3.28e9, "USD", NOV, "3.28 billion",
             "petroleum products fell 10.3 percent to $3.28 billion", product="petroleum products"),
        fact(KR, "exports", "growth", -16, "percent", NOV, "16",
             "Steel shipments lost 16 percent", product="steel"),
        fact(KR, "total", "rank", 1, "number", NOV, "largest",
             "exports to China, South Korea's largest trading partner", partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9",
             "exports to China, South Korea's largest trading partner, advanced 6.9 percent to $12.07 billion",
             partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOV, "12.07 billion",
             "exports to China, South Korea's largest trading partner, advanced 6.9 percent to $12.07 billion",
             partner="China"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2",
             "Shipments to the United States dipped 0.2 percent to $10.35 billion", partner="United States"),
        fact(KR, "exports", "value", 10.35e9, "USD", NOV, "10.35 billion",
             "Shipments to the United States dipped 0.2 percent to $10.35 billion", partner="United States"),
        fact(KR, "exports", "growth", 6.3, "percent", NOV, "6.3",
             "exports to the Southeast Asian bloc ASEAN climbed 6.3 percent to $10.58 billion", partner="ASEAN"),
        fact(KR, "exports", "value", 10.58e9, "USD", NOV, "10.58 billion",
             "exports to the Southeast Asian bloc ASEAN climbed 6.3 percent to $10.58 billion", partner="ASEAN"),
        fact(KR, "imports", "growth", -18.4, "percent", NOV, "18.4",
             "purchases of energy, including crude oil, gas and coal, dropped 18.4 percent to $8.72 billion",
             product="energy"),
        fact(KR, "imports", "value", 8.72e9, "USD", NOV, "8.72 billion",
             "purchases of energy, including crude oil, gas and coal, dropped 18.4 percent to $8.72 billion",
             product="energy"),
        fact(KR, "exports", "value", 640.2e9, "USD", JN, "640.2 billion",
             "In the first 11 months of the year, outbound shipments totaled $640.2 billion"),
        fact(KR, "exports", "growth", 2.9, "percent", JN, "2.9",
             "In the first 11 months of the year, outbound shipments totaled $640.2 billion, up 2.9 percent on-year"),
        fact(KR, "exports", "value", 628.7e9, "USD", period(2022, 1, 11), "628.7 billion",
             "the previous January-November record of $628.7 billion set in 2022"),
        fact(KR, "balance", "value", 66.07e9, "USD", JN, "66.07 billion",
             "The cumulative trade surplus came to $66.07 billion."),
    ],
}
