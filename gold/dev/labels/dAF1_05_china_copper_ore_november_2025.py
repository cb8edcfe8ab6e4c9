from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
A = "China"
ORE = "copper ore and concentrate"
CU = "unwrought copper and products"
AL = "unwrought aluminum and products"

ORE_NOV = "The country brought in 2.53 million tons of ore and concentrate in November, the most ever for the month and 13.6% more than a year earlier"
ORE_MOM = "Arrivals were also up 7.2% from October."
ORE_YTD = "In the first 11 months, purchases totaled 27.9 million tons, an increase of 7.9% over the same period of 2024."
ORE_VAL = "The November shipments were worth about $6.4 billion"
CU_NOV = "They slipped 2.3% from a year ago to 452,000 tons, though that was 5.1% higher than in October."
CU_YTD = "Year-to-date imports of the category fell 5% to 4.91 million tons."
CHILE_RANK = "Chile was again the biggest supplier of concentrate in October"
CHILE = "Shipments from the South American nation totaled 870,000 tons, or about 37% of the total, while cargoes from Peru jumped 18% to 610,000 tons."
AL_NOV = "exports of unwrought aluminum and products fell 4.1% from a year earlier to 518,000 tons in November, taking shipments for the year so far to 5.46 million tons, down 8.9%"
TRADE = "China's exports rose 5.9% in dollar terms in November"
IMP = "China's exports rose 5.9% in dollar terms in November, beating the 4% median estimate in a Bloomberg survey of economists, while imports increased 1.9%"
SURPLUS_M = "The monthly trade surplus came to $111.7 billion"
SURPLUS_YTD = "the surplus for the first 11 months reached $1.08 trillion, topping $1 trillion for the first time"

ARTICLE = {
    "id": "dAF1_05_china_copper_ore_november_2025",
    "title": "China's Copper Ore Imports Hit November Record as Smelters Ramp Up",
    "publisher": "Bloomberg",
    "published": "2025-12-08",
    "notes": [
        "'last month' / 'November' = 2025-11 from the publication date (Monday 2025-12-08).",
        "'ore and concentrate': product 'copper ore and concentrate' (the story is about copper ore); growth rates of tonnages are the only growth stated, so they are labelled as growth.",
        "'Arrivals were also up 7.2% from October' and 'that was 5.1% higher than in October': basis mom.",
        "'They slipped 2.3%...': 'They' = imports of unwrought copper and products.",
        "'Year-to-date imports of the category': period Jan-Nov 2025, product unwrought copper and products.",
        "'The November shipments were worth about $6.4 billion': value of ore and concentrate imports, approx.",
        "Chile 'the biggest supplier of concentrate in October': imports, partner Chile, rank 1, period 2025-10; 'the South American nation' = Chile; 'about 37% of the total' = share of China's concentrate imports, approx.",
        "Peru figures are October (same sentence, detailed October breakdown).",
        "Aluminum: 'for the year so far' = Jan-Nov 2025.",
        "'$1.08 trillion, topping $1 trillion': threshold and exact figure for one observation; exact figure only.",
        "China's overall exports +5.9% and imports +1.9% in November: trade with the world, no product.",
        "Out of scope, unlabelled: LME price above $11,500 a ton and the ~30% price gain (prices); the analyst's expectation of imports below 400,000 tons a month (forecast); refined copper output of 1.32 million tons (production, not trade); the 13% export tax rebate (tax rate); the 4% median estimate (poll/forecast); 'the most ever for the month' (milestone); 'the first time' (milestone).",
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
