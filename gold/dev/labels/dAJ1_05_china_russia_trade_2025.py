from _fact import fact, period

Y2025 = period(2025, 1, 12)  # "last year", "in 2025" (published Jan 14, 2026)
Y2024 = period(2024, 1, 12)  # "an all-time high of $244.8 billion in 2024"
DEC = period(2025, 12)  # "In December alone"

RU = "Russia"

USD_LEAD = "Bilateral trade reached $228.1 billion last year, down 6.9 percent year-on-year"
RECORD = "The figure compares with an all-time high of $244.8 billion in 2024."
CNY = "Measured in yuan, the two-way trade came in at 1.63 trillion yuan, a decrease of 6.5 percent."
EXP = "China's exports to Russia fell 9.9 percent to $103.4 billion"
IMP = "imports from its northern neighbor slipped 3.4 percent to $124.7 billion"
DEFICIT = "leaving China with a trade deficit of $21.3 billion with Russia"
DEC_TOTAL = ("In December alone, China-Russia trade rose 9.7 percent from a year earlier to $22.1 billion, "
             "and was up 14.5 percent from November")
DEC_EXP = "Chinese shipments to Russia grew 2.2 percent year-on-year in the month"
DEC_IMP = "purchases from Russia jumped 17.1 percent"
CRUDE_RANK = "Russia was again China's largest supplier of crude oil"
CRUDE_QTY = "imports falling 7.2 percent to 100.7 million tonnes in 2025"
CRUDE_VAL = "their value slid 19.6 percent to $52.3 billion"
COAL = "China brought in 81.3 million tonnes of Russian coal, down 7.6 percent"
LNG = "Liquefied natural gas (LNG) arrivals from Russia rose to 8.9 million tonnes"
CARS = "Chinese car exports to the country shrank to about 590,000 units last year"
RU_RANK = "China remained Russia's largest trading partner in 2025"
WORLD = "China's overall goods trade, meanwhile, grew 3.8 percent to a record $6.48 trillion in 2025"
SHARE = "Trade with Russia accounted for about 3.5 percent of that total."

ARTICLE = {
    "id": "dAJ1_05_china_russia_trade_2025",
    "title": "China-Russia trade holds above $220 billion in 2025 as December rebound points to resilience: expert",
    "publisher": "Global Times",
    "published": "2026-01-14",
    "notes": [
        "'last year' in an article of 2026-01-14 is 2025; every figure without a month is 2025 (January-December).",
        "Headline 'above $220 billion' is a threshold for the same observation as '$228.1 billion' in the body: only the exact figure is labelled.",
        "The yuan total (1.63 trillion yuan, -6.5%) is the same observation in another currency: a separate CNY value and a separate growth fact (-6.5 beside the dollar -6.9).",
        "'an all-time high of $244.8 billion in 2024' is a value of China-Russia trade for 2024, labelled with period 2024.",
        "'a trade deficit of $21.3 billion with Russia' is China's balance with partner Russia: -21.3e9.",
        "December: 'up 14.5 percent from November' is basis mom; the export and import rates are year-on-year ('year-on-year in the month'; 17.1 has no cue, so yoy).",
        "Crude oil: 'falling 7.2 percent to 100.7 million tonnes' is volume growth beside the value growth ('value slid 19.6 percent'), so the 7.2 is out of scope; the tonnage, the value and the value growth are in.",
        "Coal: only a volume figure and its change are given (no value growth beside it), so the -7.6 is labelled as growth.",
        "'Russia was again China's largest supplier of crude oil' is rank 1 of China's crude oil imports from partner Russia.",
        "'China remained Russia's largest trading partner' is area Russia, partner China, rank 1.",
        "Cars: 'about 590,000 units' is a quantity (number, approx) of China's car exports to Russia; 'roughly half the 2024 level' states no number.",
        "Out of scope: '38.8 billion cubic meters' of pipeline gas (a unit the record cannot express, and Russian-side data); Brent 'around $69' and 'about $80' (prices); 'more than 10 percent' oil price fall, '16 percent' key rate and 'about 1 percent' GDP growth in the quote; '16 consecutive years' (streak); 'since April' (no number).",
        "'China's overall goods trade ... grew 3.8 percent to a record $6.48 trillion' is China's trade with the world; 'about 3.5 percent of that total' is the share of trade with Russia (approx).",
    ],
    "facts": [
        fact("China", "total", "value", 228.1e9, "USD", Y2025, "228.1 billion", USD_LEAD, partner=RU),
        fact("China", "total", "growth", -6.9, "percent", Y2025, "6.9", USD_LEAD, partner=RU),
        fact("China", "total", "value", 244.8e9, "USD", Y2024, "244.8 billion", RECORD, partner=RU),
        fact("China", "total", "value", 1.63e12, "CNY", Y2025, "1.63 trillion", CNY, partner=RU),
        fact("China", "total", "growth", -6.5, "percent", Y2025, "6.5", CNY, partner=RU),
        fact("China", "exports", "growth", -9.9, "percent", Y2025, "9.9", EXP, partner=RU),
        fact("China", "exports", "value", 103.4e9, "USD", Y2025, "103.4 billion", EXP, partner=RU),
        fact("China", "imports", "growth", -3.4, "percent", Y2025, "3.4", IMP, partner=RU),
        fact("China", "imports", "value", 124.7e9, "USD", Y2025, "124.7 billion", IMP, partner=RU),
        fact("China", "balance", "value", -21.3e9, "USD", Y2025, "21.3 billion", DEFICIT, partner=RU),
        fact("China", "total", "growth", 9.7, "percent", DEC, "9.7", DEC_TOTAL, partner=RU),
        fact("China", "total", "value", 22.1e9, "USD", DEC, "22.1 billion", DEC_TOTAL, partner=RU),
        fact("China", "total", "growth", 14.5, "percent", DEC, "14.5", DEC_TOTAL, partner=RU, basis="mom"),
        fact("China", "exports", "growth", 2.2, "percent", DEC, "2.2", DEC_EXP, partner=RU),
        fact("China", "imports", "growth", 17.1, "percent", DEC, "17.1", DEC_IMP, partner=RU),
        fact("China", "imports", "rank", 1, "number", Y2025, "largest", CRUDE_RANK, partner=RU, product="crude oil"),
        fact("China", "imports", "quantity", 100.7e6, "tonnes", Y2025, "100.7 million", CRUDE_QTY, partner=RU, product="crude oil"),
        fact("China", "imports", "growth", -19.6, "percent", Y2025, "19.6", CRUDE_VAL, partner=RU, product="crude oil"),
        fact("China", "imports", "value", 52.3e9, "USD", Y2025, "52.3 billion", CRUDE_VAL, partner=RU, product="crude oil"),
        fact("China", "imports", "quantity", 81.3e6, "tonnes", Y2025, "81.3 million", COAL, partner=RU, product="coal"),
        fact("China", "imports", "growth", -7.6, "percent", Y2025, "7.6", COAL, partner=RU, product="coal"),
        fact("China", "imports", "quantity", 8.9e6, "tonnes", Y2025, "8.9 million", LNG, partner=RU, product="liquefied natural gas"),
        fact("China", "exports", "quantity", 590000, "number", Y2025, "590,000", CARS, partner=RU, product="cars", qualifier="approx"),
        fact("Russia", "total", "rank", 1, "number", Y2025, "largest", RU_RANK, partner="China"),
        fact("China", "total", "growth", 3.8, "percent", Y2025, "3.8", WORLD),
        fact("China", "total", "value", 6.48e12, "USD", Y2025, "6.48 trillion", WORLD),
        fact("China", "total", "share", 3.5, "percent", Y2025, "3.5", SHARE, partner=RU, qualifier="approx"),
    ],
}
