from _fact import fact, period

Y2025 = period(2025, 1, 12)  # "last year", "in 2025" (published Jan 14, 2026)
Y2024 = period(2024, 1, 12)  # "the all-time high of $244.8 billion reached in 2024"
DEC = period(2025, 12)  # "in December", "That month"

RU = "Russia"

USD_LEAD = "two-way trade last year at $228.1 billion, a decline of 6.9 percent year-on-year"
RECORD = "below the all-time high of $244.8 billion reached in 2024"
CNY = "In yuan terms, the total was 1.63 trillion yuan, 6.5 percent less than a year earlier."
EXP = "Shipments from China to Russia came to $103.4 billion, down 9.9 percent"
IMP = "Chinese purchases of Russian goods shrank 3.4 percent to $124.7 billion"
DEFICIT = "China ran a $21.3 billion trade deficit with its northern neighbor"
DEC_TOTAL = ("Trade between the two countries in December totaled $22.1 billion, "
             "9.7 percent more than a year before and 14.5 percent above the November figure")
DEC_EXP = "That month, China's exports to Russia increased 2.2 percent year-on-year"
DEC_IMP = "its imports from Russia surged 17.1 percent"
CRUDE_RANK = "Russia ranked as China's largest supplier of crude oil"
CRUDE_QTY = "China took 100.7 million tonnes of Russian crude in 2025, a 7.2 percent drop"
CRUDE_VAL = "paid $52.3 billion for it, 19.6 percent less"
COAL = "Coal imports from Russia declined 7.6 percent to 81.3 million tonnes"
LNG = "China's purchases of Russian liquefied natural gas (LNG) increased to 8.9 million tonnes"
CARS = "China's car shipments to Russia fell to about 590,000 units last year"
RU_RANK = "For Russia, China was again the largest trading partner in 2025"
WORLD = "China's goods trade as a whole rising 3.8 percent in 2025 to an all-time high of $6.48 trillion"
SHARE = "Russia's slice of that figure was about 3.5 percent."

ARTICLE = {
    "id": "dAJ1_05_china_russia_trade_2025",
    "title": "December pickup shows resilience as 2025 China-Russia trade stays above $220 billion: expert",
    "publisher": "Global Times",
    "published": "2026-01-14",
    "notes": [
        "'last year' in an article of 2026-01-14 is 2025; every figure without a month is 2025 (January-December).",
        "Headline 'above $220 billion' is a threshold for the same observation as '$228.1 billion' in the body: only the exact figure is labelled.",
        "The yuan total (1.63 trillion yuan, -6.5%) is the same observation in another currency: a separate CNY value and a separate growth fact (-6.5 beside the dollar -6.9).",
        "'the all-time high of $244.8 billion reached in 2024' is a value of China-Russia trade for 2024, labelled with period 2024.",
        "'a $21.3 billion trade deficit with its northern neighbor' is China's balance with partner Russia: -21.3e9.",
        "December: '14.5 percent above the November figure' is basis mom; the export and import rates are year-on-year ('That month ... year-on-year'; 17.1 has no cue, so yoy).",
        "Crude oil: '100.7 million tonnes ..., a 7.2 percent drop' is volume growth beside the value growth ('$52.3 billion ..., 19.6 percent less'), so the 7.2 is out of scope; the tonnage, the value and the value growth are in.",
        "Coal: only a volume figure and its change are given (no value growth beside it), so the -7.6 is labelled as growth.",
        "'Once more, Russia ranked as China's largest supplier of crude oil' is rank 1 of China's crude oil imports from partner Russia.",
        "'For Russia, China was again the largest trading partner' is area Russia, partner China, rank 1.",
        "Cars: 'about 590,000 units' is a quantity (number, approx) of China's car exports to Russia; 'around half of the 2024 figure' states no number.",
        "Out of scope: '38.8 billion cubic meters' of pipeline gas (a unit the record cannot express, and Russian-side data); Brent 'around $69' and 'about $80' (prices); 'more than 10 percent' oil price fall, '16 percent' key rate and 'about 1 percent' GDP growth in the expert's remarks; '16 years in a row' (streak); 'since April' (no number).",
        "'China's goods trade as a whole rising 3.8 percent ... to an all-time high of $6.48 trillion' is China's trade with the world; 'about 3.5 percent' of that figure is the share of trade with Russia (approx).",
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
