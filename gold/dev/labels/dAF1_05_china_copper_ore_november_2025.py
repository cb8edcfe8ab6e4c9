from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
A = "China"
ORE = "copper ore and concentrate"
CU = "unwrought copper and products"
AL = "unwrought aluminum and products"

ORE_NOV = 'Imports of ore and concentrate reached 2.53 million tons in November, a record for the month and 13.6% higher than a year earlier'
ORE_MOM = 'Arrivals rose 7.2% from October as well.'
ORE_YTD = 'Purchases over the first 11 months amounted to 27.9 million tons, up 7.9% from the same period of 2024.'
ORE_VAL = "Customs figures put the value of November's shipments at about $6.4 billion"
CU_NOV = "These fell 2.3% year on year to 452,000 tons, although they were 5.1% above October's level."
CU_YTD = 'In the year to date, imports in the category dropped 5% to 4.91 million tons.'
CHILE_RANK = 'Chile once more ranked as the biggest source of concentrate in October'
CHILE = 'Chilean shipments came to 870,000 tons, roughly 37% of the total, while Peruvian cargoes jumped 18% to 610,000 tons.'
AL_NOV = 'November exports of unwrought aluminum and products declined 4.1% year on year to 518,000 tons, bringing the year-to-date total to 5.46 million tons, a drop of 8.9%'
TRADE = "China's November exports up 5.9% in dollar terms"
IMP = "China's November exports up 5.9% in dollar terms, ahead of the 4% median forecast in a Bloomberg survey of economists, and imports up 1.9%"
SURPLUS_M = "China's goods trade surplus for November stood at $111.7 billion"
SURPLUS_YTD = 'the cumulative surplus over the first 11 months came to $1.08 trillion, above $1 trillion for the first time'

ARTICLE = {
    "id": "dAF1_05_china_copper_ore_november_2025",
    "title": "Smelter Expansion Drives China's Copper Ore Imports to a November Record",
    "publisher": "Bloomberg",
    "published": "2025-12-08",
    "notes": [
        "'last month' / 'November' = 2025-11 from the publication date (Monday 2025-12-08).",
        "'ore and concentrate': product 'copper ore and concentrate' (the story is about copper ore); growth rates of tonnages are the only growth stated, so they are labelled as growth.",
        "'Arrivals rose 7.2% from October as well' and 'they were 5.1% above October's level': basis mom.",
        "'These fell 2.3%...': 'These' = imports of unwrought copper and products.",
        "'In the year to date, imports in the category': period Jan-Nov 2025, product unwrought copper and products.",
        "'the value of November's shipments at about $6.4 billion': value of ore and concentrate imports, approx.",
        "Chile 'the biggest source of concentrate in October': imports, partner Chile, rank 1, period 2025-10; 'Chilean shipments' = imports from Chile; 'roughly 37% of the total' = share of China's concentrate imports, approx.",
        "Peru figures ('Peruvian cargoes') are October (same sentence, detailed October breakdown).",
        "Aluminum: 'the year-to-date total' = Jan-Nov 2025.",
        "'$1.08 trillion, above $1 trillion': threshold and exact figure for one observation; exact figure only.",
        "China's overall exports +5.9% and imports +1.9% in November: trade with the world, no product.",
        "Out of scope, unlabelled: LME price above $11,500 a ton and the ~30% price gain (prices); the analyst's expectation of imports below 400,000 tons a month (forecast); refined copper output of 1.32 million tons (production, not trade); the 13% rebate of export tax (tax rate); the 4% median forecast (poll/forecast); 'a record for the month' (milestone); 'the first time' (milestone).",
    ],
    "facts": [
        fact(A, "imports", "quantity", 2.53e6, "tonnes", NOV, "2.53 million", ORE_NOV, product=ORE),
        fact(A, "imports", "growth", 13.6, "percent", NOV, "13.6", ORE_NOV, product=ORE),
        fact(A, "imports", "growth", 7.2, "percent", NOV, "7.2", ORE_MOM, product=ORE, basis="mom"),
        fact(A, "imports", "quantity", 27.9e6, "tonnes", JAN_NOV, "27.9 million", ORE_YTD, product=ORE),
        fact(A, "imports", "growth", 7.9, "percent", JAN_NOV, "7.9", ORE_YTD, product=ORE),
        fact(A, "imports", "value", 6.4e9, "USD", NOV, "6.4 billion", ORE_VAL, product=ORE, qualifier="approx"),
        fact(A, "imports", "growth", -2.3, "percent", NOV, "2.3", CU_NOV, product=CU),
        fact(A, "imports", "quantity", 452000, "tonnes", NOV, "452,000", CU_NOV, product=CU),
        fact(A, "imports", "growth", 5.1, "percent", NOV, "5.1", CU_NOV, product=CU, basis="mom"),
        fact(A, "imports", "growth", -5, "percent", JAN_NOV, "5", CU_YTD, product=CU),
        fact(A, "imports", "quantity", 4.91e6, "tonnes", JAN_NOV, "4.91 million", CU_YTD, product=CU),
        fact(A, "imports", "rank", 1, "number", OCT, "biggest", CHILE_RANK, partner="Chile", product=ORE),
        fact(A, "imports", "quantity", 870000, "tonnes", OCT, "870,000", CHILE, partner="Chile", product=ORE),
        fact(A, "imports", "share", 37, "percent", OCT, "37", CHILE, partner="Chile", product=ORE, qualifier="approx"),
        fact(A, "imports", "growth", 18, "percent", OCT, "18", CHILE, partner="Peru", product=ORE),
        fact(A, "imports", "quantity", 610000, "tonnes", OCT, "610,000", CHILE, partner="Peru", product=ORE),
        fact(A, "exports", "growth", -4.1, "percent", NOV, "4.1", AL_NOV, product=AL),
        fact(A, "exports", "quantity", 518000, "tonnes", NOV, "518,000", AL_NOV, product=AL),
        fact(A, "exports", "quantity", 5.46e6, "tonnes", JAN_NOV, "5.46 million", AL_NOV, product=AL),
        fact(A, "exports", "growth", -8.9, "percent", JAN_NOV, "8.9", AL_NOV, product=AL),
        fact(A, "exports", "growth", 5.9, "percent", NOV, "5.9", TRADE),
        fact(A, "imports", "growth", 1.9, "percent", NOV, "1.9", IMP),
        fact(A, "balance", "value", 111.7e9, "USD", NOV, "111.7 billion", SURPLUS_M),
        fact(A, "balance", "value", 1.08e12, "USD", JAN_NOV, "1.08 trillion", SURPLUS_YTD),
    ],
}
