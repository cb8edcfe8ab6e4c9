from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP_2024 = period(2024, 9)
JAN_SEP = period(2025, 1, 9)
US = "United States"
GS = "goods and services"

HEAD = "Measured as the difference between what the United States buys from the rest of the world and the goods and services it sells there, the gap dropped 10.9% in September, to $52.8 billion, down from August's revised $59.3 billion"
EXP = "exports of goods and services increased 3% from the August level to $289.3 billion"
IMP = "Imports inched 0.6% higher, to $342.1 billion."
GOODS = "In goods alone, the September deficit narrowed to $89.9 billion."
SERV = "Services such as tourism, banking and software produced a $37.1 billion surplus for the U.S."
YTD = "The gap for January through September totaled $766.4 billion, 16.9% larger than in the same months of 2024."
YTD_FLOWS = "So far this year, exports of goods and services have grown 6.4% and imports 8.9%."
CHINA_SEP = "In September, America's goods deficit with China fell to $11.4 billion, compared with $24.9 billion in the same month a year before."
CHINA_YTD = "For the first nine months, the goods shortfall with the second-largest economy in the world dropped 28.6%, to $155.2 billion."
VIETNAM = "September's goods deficit with Vietnam hit $16.3 billion."
TAIWAN = "With Taiwan, home to much of the production of the advanced chips and servers going into U.S. data centers, the deficit was $15.6 billion"
TAIWAN_IMP = "imports from the island rose 38% compared with a year earlier, to $19.8 billion"
MEX_EU = "America's goods deficit stood at $17.2 billion with Mexico and at $18.4 billion with the European Union."
CANADA = "With Canada, the shortfall came to $3.9 billion."

ARTICLE = {
    "id": "dAH2_01_us_september_trade_gap",
    "title": "Rising exports shrink US trade deficit to smallest in over 5 years",
    "publisher": "Associated Press",
    "published": "2025-12-11",
    "notes": [
        "Published Thursday 2025-12-11 (the delayed September report); 'last month' for the shutdown's end is November.",
        "The headline deficit, its exports and imports and the January-September totals are the goods-and-services "
        "figures (the text defines the gap as the difference between what is bought and 'the goods and services' sold, and "
        "says 'exports of goods and services'): product 'goods and services'. 'Imports inched 0.6% higher' continues the goods-and-services "
        "pair of that paragraph, so also product 'goods and services'; likewise 'imports 8.9%'.",
        "'the gap dropped 10.9% ... down from August's revised $59.3 billion': the deficit's change follows its verb "
        "(-10.9), basis mom (comparison with the month before). The August revised deficit is its own fact (2025-08).",
        "'increased 3% from the August level' is mom; 'Imports inched 0.6% higher' in the same paragraph carries the month-on-month frame.",
        "'The gap for January through September ... 16.9% larger than in the same months of 2024': the deficit "
        "widened, +16.9 yoy. Exports 'have grown 6.4%' 'So far this year' and imports '8.9%' are January-September yoy growth.",
        "'In goods alone, the September deficit' is the goods balance: product null (goods alone). The services surplus is "
        "product 'services'.",
        "Bilateral figures are goods balances (product null); area United States, partner the other economy. 'the "
        "second-largest economy in the world' = China. 'the island' = Taiwan (imports from Taiwan, September, yoy). "
        "'With Canada, the shortfall' is in the run of September goods deficits.",
        "'$24.9 billion in the same month a year before' is the September 2024 China goods deficit, its own fact (period 2024-09).",
        "Out of scope, unlabelled: the FactSet forecast of $63.3 billion; the 43-day shutdown; tariff rates of 50% and "
        "15%; 'nonmonetary gold exports increased by $4.7 billion' (an absolute change, not a level or a percent growth); "
        "'the smallest it has been in over five years' (milestone); 'the second-largest economy in the world' (an economy's size, not a trade rank); 'about 1.5 percentage points' of GDP growth (contribution, "
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
