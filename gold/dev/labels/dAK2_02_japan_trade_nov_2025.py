from _fact import fact, period

NOV = period(2025, 11)             # November 2025 ("last month" from 2025-12-17)
NOV_24 = period(2024, 11)          # November 2024
APR_NOV = period(2025, 4, 11)      # first eight months of fiscal 2025 (April-November 2025)
APR_NOV_24 = period(2024, 4, 11)   # same period a year before

JP = "Japan"
US = "United States"

EXP = "exports increased 6.1% year on year to 9.71 trillion yen (about $62.7 billion)"
IMP = "On the import side, purchases grew 1.3% to 9.39 trillion yen"
BAL = "That produced a 322.3 billion yen surplus"
BAL_24 = "set against November 2024's deficit of 117.6 billion yen"
SA = "Adjusted for seasonal swings, exports advanced 2.0% on the month and imports slipped 0.9%"
US_EXP = "Shipments to the U.S., Japan's biggest export destination, increased 8.8% last month to 1.82 trillion yen"
US_IMP = "Japan's purchases from the U.S. grew 7.1%"
US_BAL = "the surplus with its ally expanded 11.3% to 739.8 billion yen"
CARS = "By value, car exports to the U.S. increased 1.5%"
CHIPS = "exports of semiconductors and other electronic components jumped 17.9% to 599.4 billion yen"
ASIA = "Exports to the whole of Asia amounted to 4.99 trillion yen, including 1.62 trillion yen to China"
CN_EXP = "Shipments to China, Japan's largest trading partner, declined 2.4%"
CN_RANK = "China, Japan's largest trading partner"
CN_IMP = "Japan bought 2.3% more from China, worth 2.40 trillion yen"
CN_BAL = "Japan ran a 777.9 billion yen deficit with its neighbor"
EU = "a 19.6% jump in exports to the European Union"
FY = "For fiscal 2025 so far, covering the eight months since April, the trade deficit shrank 63.2% to 1.10 trillion yen from 2.99 trillion yen a year earlier"

ARTICLE = {
    "id": "dAK2_02_japan_trade_nov_2025",
    "title": "Rebound in shipments to US puts Japan's trade back in surplus in November",
    "publisher": "Nikkei Asia",
    "published": "2025-12-17",
    "notes": [
        "Published Wednesday 2025-12-17; the running period is November 2025 ('last month').",
        "The text names Nikkei only as the source of a tally ('A Nikkei tally shows'); publisher is the assigned outlet, Nikkei Asia.",
        "'$62.7 billion' in brackets after the yen export total is the same observation in dollars: a separate USD fact, approx ('about').",
        "'set against November 2024's deficit of 117.6 billion yen' is the balance for 2024-11.",
        "Seasonally adjusted export and import changes 'on the month' are mom growth; both sit in the same sentence.",
        "'Japan's biggest export destination' is an exports rank 1 for the United States; 'Japan's largest trading partner' is a total-trade rank 1 for China; both take the article's running period, November 2025.",
        "'By value, car exports to the U.S. increased 1.5%' is labelled; 'shipments counted in units surged 8.0%' is volume growth beside value growth: out of scope.",
        "'including 1.62 trillion yen to China' is Japan's exports to China (partner China), a part of the Asia total.",
        "The surplus with the U.S. 'expanded 11.3%' is growth of a balance: +11.3, yoy by default. The fiscal-year deficit 'shrank 63.2%' is -63.2; 2.99 trillion yen is the April-November 2024 deficit.",
        "Out of scope: nine months, 'first in five months', the 4.8% forecast, tariff rates 15% and 25%, the yen rate 154.96 and its 0.8% change, BOJ rates 0.75% and 0.5%, the analyst's 2% forecast, '2025' in the Nikkei tally. Analyst and institute are fictional.",
    ],
    "facts": [
        fact(JP, "exports", "growth", 6.1, "percent", NOV, "6.1", EXP),
        fact(JP, "exports", "value", 9.71e12, "JPY", NOV, "9.71 trillion", EXP),
        fact(JP, "exports", "value", 62.7e9, "USD", NOV, "62.7 billion", EXP, qualifier="approx"),
        fact(JP, "imports", "growth", 1.3, "percent", NOV, "1.3", IMP),
        fact(JP, "imports", "value", 9.39e12, "JPY", NOV, "9.39 trillion", IMP),
        fact(JP, "balance", "value", 322.3e9, "JPY", NOV, "322.3 billion", BAL),
        fact(JP, "balance", "value", -117.6e9, "JPY", NOV_24, "117.6 billion", BAL_24),
        fact(JP, "exports", "growth", 2.0, "percent", NOV, "2.0", SA, basis="mom"),
        fact(JP, "imports", "growth", -0.9, "percent", NOV, "0.9", SA, basis="mom"),
        fact(JP, "exports", "rank", 1, "number", NOV, "biggest", US_EXP, partner=US),
        fact(JP, "exports", "value", 1.82e12, "JPY", NOV, "1.82 trillion", US_EXP, partner=US),
        fact(JP, "exports", "growth", 8.8, "percent", NOV, "8.8", US_EXP, partner=US),
        fact(JP, "imports", "growth", 7.1, "percent", NOV, "7.1", US_IMP, partner=US),
        fact(JP, "balance", "growth", 11.3, "percent", NOV, "11.3", US_BAL, partner=US),
        fact(JP, "balance", "value", 739.8e9, "JPY", NOV, "739.8 billion", US_BAL, partner=US),
        fact(JP, "exports", "growth", 1.5, "percent", NOV, "1.5", CARS, partner=US, product="cars"),
        fact(JP, "exports", "growth", 17.9, "percent", NOV, "17.9", CHIPS, product="semiconductors and other electronic components"),
        fact(JP, "exports", "value", 599.4e9, "JPY", NOV, "599.4 billion", CHIPS, product="semiconductors and other electronic components"),
        fact(JP, "exports", "value", 4.99e12, "JPY", NOV, "4.99 trillion", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 1.62e12, "JPY", NOV, "1.62 trillion", ASIA, partner="China"),
        fact(JP, "total", "rank", 1, "number", NOV, "largest", CN_RANK, partner="China"),
        fact(JP, "exports", "growth", -2.4, "percent", NOV, "2.4", CN_EXP, partner="China"),
        fact(JP, "imports", "growth", 2.3, "percent", NOV, "2.3", CN_IMP, partner="China"),
        fact(JP, "imports", "value", 2.40e12, "JPY", NOV, "2.40 trillion", CN_IMP, partner="China"),
        fact(JP, "balance", "value", -777.9e9, "JPY", NOV, "777.9 billion", CN_BAL, partner="China"),
        fact(JP, "exports", "growth", 19.6, "percent", NOV, "19.6", EU, partner="European Union"),
        fact(JP, "balance", "value", -1.10e12, "JPY", APR_NOV, "1.10 trillion", FY),
        fact(JP, "balance", "growth", -63.2, "percent", APR_NOV, "63.2", FY),
        fact(JP, "balance", "value", -2.99e12, "JPY", APR_NOV_24, "2.99 trillion", FY),
    ],
}
