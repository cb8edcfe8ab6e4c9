from _fact import fact, period

OCT = period(2025, 10)             # October 2025 ("last month", dateline Nov 20)
SEP = period(2025, 9)              # September 2025
JAN_OCT = period(2025, 1, 10)      # first 10 months of 2025

AL = "unwrought aluminium and aluminium products"

LEAD = "China's October exports of unwrought aluminium and aluminium products were 12.7% lower than a year earlier"
QTY = "exported 495,000 metric tons of unwrought aluminium and products last month, valued at about $1.73 billion"
MOM = "Volumes were nonetheless up 3.1% from the 480,000 tons shipped in September."
YTD = "Exports over the first 10 months of 2025 came to 5.06 million tons, 8.8% below the same period a year earlier."
MEX = "In October Mexico kept its spot as the top destination, buying 41,300 tons, which was down 9.4% from a year earlier and made up roughly 8.3% of the total."
KOR_VN = "South Korea, ranked as the second-largest buyer, took 33,800 tons, a 4.2% rise, whereas Vietnam's purchases fell 18.6% to 31,500 tons."
IND = "India's intake climbed 11.5% to 27,900 tons"
USA = "Sales to the United States, formerly one of the biggest markets, plunged 47.2% to 9,600 tons."
IMP = "China brought in 340,000 tons of unwrought aluminium and aluminium products in October, 6.3% more than a year earlier."
BAUX = "Purchases of bauxite, the principal ore for making aluminium, jumped 35.1% last month to 16.6 million tons."
BAUX_YTD = "the 173.9 million tons of bauxite imported in January-October, a total 32.2% higher than a year before"
ALUMINA = "Oversupply of alumina, the intermediate refined from bauxite, lifted October exports of that material to 215,000 tons"

ARTICLE = {
    "id": "dAJ1_02_china_aluminium_exports_2025",
    "title": "China's aluminium exports down 13% in October as U.S. sales vanish",
    "publisher": "Reuters",
    "published": "2025-11-20",
    "notes": [
        "'last month' in a story dated Nov 20, 2025 = October 2025; the first-10-months and January-October figures are 2025-01..2025-10.",
        "Product for the headline flow: 'unwrought aluminium and aluminium products' (the text also shortens it to 'unwrought aluminium and products'; same category).",
        "Destination paragraph: each country is the partner of China's exports of that product in October 2025; 'the top destination' -> rank 1 (Mexico), 'the second-largest buyer' -> rank 2 (South Korea).",
        "'up 3.1% from the 480,000 tons shipped in September': a comparison with the month before -> basis mom, period October; the 480,000 tons is September's own export quantity, labelled with period September.",
        "'valued at about $1.73 billion' and 'roughly 8.3% of the total' -> qualifier approx.",
        "'formerly one of the biggest markets' for the United States is not a numeric rank: no rank fact.",
        "Out of scope: the 13% export tax rebate and the 50% U.S. tariff (rates), SHFE price 21,470 yuan ($3,020) and its 0.4% move, LME $2,865, capacity ceiling of 45 million tons, output of 3.77 million tons (production, not trade), 'December 1 last year' (date), 'six-month high' (streak-like).",
        "Alumina exports 'over twice as much as a year earlier' has no numeral: only the 215,000-ton quantity is labelled ('that material' carries product alumina).",
        "Bauxite: imports quantity and growth for October and for January-October; product 'bauxite'.",
    ],
    "facts": [
        fact("China", "exports", "growth", -12.7, "percent", OCT, "12.7", LEAD, product=AL),
        fact("China", "exports", "quantity", 495000, "tonnes", OCT, "495,000", QTY, product=AL),
        fact("China", "exports", "value", 1.73e9, "USD", OCT, "1.73 billion", QTY, product=AL, qualifier="approx"),
        fact("China", "exports", "growth", 3.1, "percent", OCT, "3.1", MOM, product=AL, basis="mom"),
        fact("China", "exports", "quantity", 480000, "tonnes", SEP, "480,000", MOM, product=AL),
        fact("China", "exports", "quantity", 5.06e6, "tonnes", JAN_OCT, "5.06 million", YTD, product=AL),
        fact("China", "exports", "growth", -8.8, "percent", JAN_OCT, "8.8", YTD, product=AL),
        fact("China", "exports", "rank", 1, "number", OCT, "top", MEX, partner="Mexico", product=AL),
        fact("China", "exports", "quantity", 41300, "tonnes", OCT, "41,300", MEX, partner="Mexico", product=AL),
        fact("China", "exports", "growth", -9.4, "percent", OCT, "9.4", MEX, partner="Mexico", product=AL),
        fact("China", "exports", "share", 8.3, "percent", OCT, "8.3", MEX, partner="Mexico", product=AL, qualifier="approx"),
        fact("China", "exports", "rank", 2, "number", OCT, "second", KOR_VN, partner="South Korea", product=AL),
        fact("China", "exports", "growth", 4.2, "percent", OCT, "4.2", KOR_VN, partner="South Korea", product=AL),
        fact("China", "exports", "quantity", 33800, "tonnes", OCT, "33,800", KOR_VN, partner="South Korea", product=AL),
        fact("China", "exports", "quantity", 31500, "tonnes", OCT, "31,500", KOR_VN, partner="Vietnam", product=AL),
        fact("China", "exports", "growth", -18.6, "percent", OCT, "18.6", KOR_VN, partner="Vietnam", product=AL),
        fact("China", "exports", "quantity", 27900, "tonnes", OCT, "27,900", IND, partner="India", product=AL),
        fact("China", "exports", "growth", 11.5, "percent", OCT, "11.5", IND, partner="India", product=AL),
        fact("China", "exports", "growth", -47.2, "percent", OCT, "47.2", USA, partner="United States", product=AL),
        fact("China", "exports", "quantity", 9600, "tonnes", OCT, "9,600", USA, partner="United States", product=AL),
        fact("China", "imports", "quantity", 340000, "tonnes", OCT, "340,000", IMP, product=AL),
        fact("China", "imports", "growth", 6.3, "percent", OCT, "6.3", IMP, product=AL),
        fact("China", "imports", "growth", 35.1, "percent", OCT, "35.1", BAUX, product="bauxite"),
        fact("China", "imports", "quantity", 16.6e6, "tonnes", OCT, "16.6 million", BAUX, product="bauxite"),
        fact("China", "imports", "quantity", 173.9e6, "tonnes", JAN_OCT, "173.9 million", BAUX_YTD, product="bauxite"),
        fact("China", "imports", "growth", 32.2, "percent", JAN_OCT, "32.2", BAUX_YTD, product="bauxite"),
        fact("China", "exports", "quantity", 215000, "tonnes", OCT, "215,000", ALUMINA, product="alumina"),
    ],
}
