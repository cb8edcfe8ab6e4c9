from _fact import fact, period

NOV = period(2025, 11)             # November 2025 ("last month" from 2025-12-17)
NOV_24 = period(2024, 11)          # November 2024
APR_NOV = period(2025, 4, 11)      # first eight months of fiscal 2025 (April-November 2025)
APR_NOV_24 = period(2024, 4, 11)   # same period a year before

JP = "Japan"
US = "United States"

EXP = "Exports rose 6.1% from a year earlier to 9.71 trillion yen (about $62.7 billion)"
IMP = "Imports climbed 1.3% to 9.39 trillion yen"
BAL = "The result was a surplus of 322.3 billion yen"
BAL_24 = "compared with a deficit of 117.6 billion yen in November 2024"
SA = "On a seasonally adjusted basis, exports grew 2.0% on the month, while imports fell 0.9%"
US_EXP = "The U.S., Japan's biggest export destination, took 1.82 trillion yen worth of Japanese goods last month, up 8.8%"
US_IMP = "Imports from the U.S. increased 7.1%"
US_BAL = "Japan's surplus with its ally grew 11.3% to 739.8 billion yen"
CARS = "Car exports to the U.S. rose 1.5% by value"
CHIPS = ("Exports of semiconductors and other electronic components, most of them bound for Taiwan, South Korea and China, "
         "increased 17.9% to 599.4 billion yen")
ASIA = "Shipments to Asia as a whole totaled 4.99 trillion yen, of which China took 1.62 trillion yen"
CN_EXP = "Exports to China, Japan's largest trading partner, fell 2.4%"
CN_RANK = "China, Japan's largest trading partner"
CN_IMP = "imports from China rose 2.3% to 2.40 trillion yen"
CN_BAL = "That left Japan with a deficit of 777.9 billion yen with its neighbor"
EU = "Shipments to the European Union surged 19.6%"
FY = ("For the first eight months of fiscal 2025, which began in April, the trade deficit came to 1.10 trillion yen, "
      "narrowing 63.2% from 2.99 trillion yen in the same period a year before")

ARTICLE = {
    "id": "dAK2_02_japan_trade_nov_2025",
    "title": "Japan returns to trade surplus in November as US-bound exports rebound",
    "publisher": "Nikkei Asia",
    "published": "2025-12-17",
    "notes": [
        "Published Wednesday 2025-12-17; the running period is November 2025 ('last month').",
        "The text names Nikkei only as the source of a tally ('according to a Nikkei tally'); publisher is the assigned outlet, Nikkei Asia.",
        "'$62.7 billion' in brackets after the yen export total is the same observation in dollars: a separate USD fact, approx ('about').",
        "'compared with a deficit of 117.6 billion yen in November 2024' is the balance for 2024-11.",
        "Seasonally adjusted export and import changes 'on the month' are mom growth; both sit in the same sentence.",
        "'Japan's biggest export destination' is an exports rank 1 for the United States; 'Japan's largest trading partner' is a total-trade rank 1 for China; both take the article's running period, November 2025.",
        "'Car exports to the U.S. rose 1.5% by value' is labelled; 'the number of vehicles shipped jumped 8.0%' is volume growth beside value growth: out of scope.",
        "'of which China took 1.62 trillion yen' is Japan's exports to China (partner China), a part of the Asia total.",
        "The surplus with the U.S. 'grew 11.3%' is growth of a balance: +11.3, yoy by default. The fiscal-year deficit 'narrowing 63.2%' is -63.2; 2.99 trillion yen is the April-November 2024 deficit.",
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
