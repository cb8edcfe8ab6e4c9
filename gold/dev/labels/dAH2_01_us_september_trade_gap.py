from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP_2024 = period(2024, 9)
JAN_SEP = period(2025, 1, 9)
US = "United States"
GS = "goods and services"

HEAD = ("The gap between the goods and services the United States sells to other countries and what it buys from "
        "them fell 10.9% to $52.8 billion in September from a revised $59.3 billion in August")
EXP = "Exports of goods and services rose 3% from August to $289.3 billion"
IMP = "Imports edged up 0.6% to $342.1 billion."
GOODS = "The deficit in the trade of goods narrowed to $89.9 billion in September."
SERV = "The U.S. ran a $37.1 billion surplus in services such as tourism, banking and software."
YTD = "From January through September, the gap came to $766.4 billion, up 16.9% from the same period of 2024."
YTD_FLOWS = "Exports of goods and services are up 6.4% so far this year, while imports have risen 8.9%."
CHINA_SEP = "The U.S. goods deficit with China shrank to $11.4 billion in September from $24.9 billion a year earlier."
CHINA_YTD = ("Over the first nine months of the year, the goods deficit with the world's second-biggest economy fell "
             "28.6% to $155.2 billion.")
VIETNAM = "The goods gap with Vietnam reached $16.3 billion in September."
TAIWAN = ("The deficit with Taiwan, which makes many of the advanced chips and servers being installed in American data "
          "centers, came to $15.6 billion")
TAIWAN_IMP = "imports from the island jumped 38% from a year earlier to $19.8 billion"
MEX_EU = "The U.S. ran a goods deficit of $17.2 billion with Mexico and $18.4 billion with the European Union."
CANADA = "The gap with Canada was $3.9 billion."

ARTICLE = {
    "id": "dAH2_01_us_september_trade_gap",
    "title": "US trade deficit falls to lowest level in more than 5 years as exports climb",
    "publisher": "Associated Press",
    "published": "2025-12-11",
    "notes": [
        "Published Thursday 2025-12-11 (the delayed September report); 'last month' for the shutdown's end is November.",
        "The headline deficit, its exports and imports and the January-September totals are the goods-and-services "
        "figures (the text defines the gap as between 'the goods and services' sold and bought, and says 'Exports of "
        "goods and services'): product 'goods and services'. 'Imports edged up 0.6%' continues the goods-and-services "
        "pair of that paragraph, so also product 'goods and services'; likewise 'imports have risen 8.9%'.",
        "'The gap ... fell 10.9% ... from a revised $59.3 billion in August': the deficit's change follows its verb "
        "(-10.9), basis mom (comparison with the month before). The August revised deficit is its own fact (2025-08).",
        "'rose 3% from August' is mom; 'Imports edged up 0.6%' in the same paragraph carries the month-on-month frame.",
        "'From January through September ... up 16.9% from the same period of 2024': the deficit widened, +16.9 yoy. "
        "Exports 'up 6.4% so far this year' and imports 'risen 8.9%' are January-September yoy growth.",
        "'The deficit in the trade of goods' is the goods balance: product null (goods alone). The services surplus is "
        "product 'services'.",
        "Bilateral figures are goods balances (product null); area United States, partner the other economy. 'the "
        "world's second-biggest economy' = China. 'the island' = Taiwan (imports from Taiwan, September, yoy). "
        "'The gap with Canada' is in the run of September goods deficits.",
        "'$24.9 billion a year earlier' is the September 2024 China goods deficit, its own fact (period 2024-09).",
        "Out of scope, unlabelled: the FactSet forecast of $63.3 billion; the 43-day shutdown; tariff rates of 50% and "
        "15%; 'Exports of nonmonetary gold rose $4.7 billion' (an absolute change, not a level or a percent growth); "
        "'lowest level in more than five years' (milestone); 'the world's second-biggest economy' (an economy's size, not a trade rank); 'about 1.5 percentage points' of GDP growth (contribution, "
        "estimate); the Dec. 23 release date.",
    ],
    "facts": [
        fact(US, "balance", "value", -52.8e9, "USD", SEP, "52.8 billion", HEAD, product=GS),
        fact(US, "balance", "growth", -10.9, "percent", SEP, "10.9", HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -59.3e9, "USD", AUG, "59.3 billion", HEAD, product=GS),
        fact(US, "exports", "value", 289.3e9, "USD", SEP, "289.3 billion", EXP, product=GS),
        fact(US, "exports", "growth", 3, "percent", SEP, "3", EXP, product=GS, basis="mom"),
        fact(US, "imports", "value", 342.1e9, "USD", SEP, "342.1 billion", IMP, product=GS),
        fact(US, "imports", "growth", 0.6, "percent", SEP, "0.6", IMP, product=GS, basis="mom"),
        fact(US, "balance", "value", -89.9e9, "USD", SEP, "89.9 billion", GOODS),
        fact(US, "balance", "value", 37.1e9, "USD", SEP, "37.1 billion", SERV, product="services"),
        fact(US, "balance", "value", -766.4e9, "USD", JAN_SEP, "766.4 billion", YTD, product=GS),
        fact(US, "balance", "growth", 16.9, "percent", JAN_SEP, "16.9", YTD, product=GS),
        fact(US, "exports", "growth", 6.4, "percent", JAN_SEP, "6.4", YTD_FLOWS, product=GS),
        fact(US, "imports", "growth", 8.9, "percent", JAN_SEP, "8.9", YTD_FLOWS, product=GS),
        fact(US, "balance", "value", -11.4e9, "USD", SEP, "11.4 billion", CHINA_SEP, partner="China"),
        fact(US, "balance", "value", -24.9e9, "USD", SEP_2024, "24.9 billion", CHINA_SEP, partner="China"),
        fact(US, "balance", "growth", -28.6, "percent", JAN_SEP, "28.6", CHINA_YTD, partner="China"),
        fact(US, "balance", "value", -155.2e9, "USD", JAN_SEP, "155.2 billion", CHINA_YTD, partner="China"),
        fact(US, "balance", "value", -16.3e9, "USD", SEP, "16.3 billion", VIETNAM, partner="Vietnam"),
        fact(US, "balance", "value", -15.6e9, "USD", SEP, "15.6 billion", TAIWAN, partner="Taiwan"),
        fact(US, "imports", "growth", 38, "percent", SEP, "38", TAIWAN_IMP, partner="Taiwan"),
        fact(US, "imports", "value", 19.8e9, "USD", SEP, "19.8 billion", TAIWAN_IMP, partner="Taiwan"),
        fact(US, "balance", "value", -17.2e9, "USD", SEP, "17.2 billion", MEX_EU, partner="Mexico"),
        fact(US, "balance", "value", -18.4e9, "USD", SEP, "18.4 billion", MEX_EU, partner="European Union"),
        fact(US, "balance", "value", -3.9e9, "USD", SEP, "3.9 billion", CANADA, partner="Canada"),
    ],
}
