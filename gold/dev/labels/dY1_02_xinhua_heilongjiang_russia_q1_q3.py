from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
HLJ = "Heilongjiang"
RU = "Russia"

LEAD = (
    "recorded foreign trade of 219.47 billion yuan (about 30.8 billion U.S. dollars) in the first three quarters of 2025, "
    "down 1.8 percent from a year earlier"
)
RANK = "Russia remained the province's largest trading partner by a wide margin"
RUSSIA_TRADE = (
    "Trade with the northern neighbor came to 146.3 billion yuan, 4.6 percent less than a year before, and accounted for "
    "66.7 percent of Heilongjiang's total"
)
RUSSIA_IMPORTS = "Imports from the country, dominated by energy, fell 6.2 percent to 124.85 billion yuan"
RUSSIA_EXPORTS = "Heilongjiang's exports to Russia rose 5.3 percent to 21.45 billion yuan"
CRUDE = "Crude oil piped in from Russia through the Mohe-Daqing line amounted to 17.1 million tonnes, worth 66.3 billion yuan"
CRUDE_BILL = "The import bill for the oil shrank 9.4 percent on lower global prices"
GAS = (
    "Natural gas imports from Russia, most of them delivered through the Power of Siberia pipeline that enters China near "
    "Heihe, reached 9.46 million tonnes valued at 27.9 billion yuan"
)
TIMBER = "The province also brought in 5.12 million tonnes of timber from its neighbor"
FARM = "imports of Russian farm products, mostly soybeans, rapeseed and wheat, jumped 21.4 percent to 6.05 billion yuan"
MACHINERY = "machinery shipped to Russia rose 11.2 percent to 8.36 billion yuan"
CARS = (
    "Car exports to the country, which boomed in 2023 after Western brands pulled out, slumped 38.5 percent to 1.92 "
    "billion yuan"
)
SUIFENHE_VALUE = "Suifenhe, the province's busiest land crossing into Russia's Primorsky Krai, handled imports and exports worth 28.64 billion yuan"
SUIFENHE_GROWTH = "Trade through the port city grew 6.7 percent"
HEIHE = "Heihe, which faces Blagoveshchensk across the Heilongjiang River, posted a 14.3 percent rise in foreign trade to 26.07 billion yuan"
TONGJIANG = "trade at Tongjiang, home to the first railway bridge across the river, slid 9.8 percent"
ECOM = "Cross-border e-commerce with the northern neighbor expanded 27.5 percent to 3.18 billion yuan"
CBEC = "cross-border e-commerce"

ARTICLE = {
    "id": "dY1_02_xinhua_heilongjiang_russia_q1_q3",
    "title": "China's Heilongjiang sees trade with Russia dip 4.6 pct in Q1-Q3 as oil prices weigh",
    "publisher": "Xinhua",
    "published": "2025-10-21",
    "notes": [
        "Dateline 'HARBIN, Oct. 21 (Xinhua)' and 'said on Tuesday' (21 October 2025 is a Tuesday): published 2025-10-21; "
        "every figure is for the first three quarters of 2025 (2025-01..2025-09), including 'in the nine months'.",
        "The dollar conversion '(about 30.8 billion U.S. dollars)' is a separate USD fact with qualifier approx.",
        "'a border of more than 3,000 km' is not a trade figure: out.",
        "'Russia remained the province's largest trading partner': rank 1, partner Russia, flow total.",
        "'the northern neighbor', 'the country' and 'its neighbor' are Russia; 'Imports from the country' and 'Car exports "
        "to the country' take partner Russia from the sentences before.",
        "'4.6 percent less than a year before' is a year-on-year fall (-4.6): the comparative 'less' after the number is its cue.",
        "'accounted for 66.7 percent of Heilongjiang's total': share of the province's total trade, partner Russia.",
        "Crude oil: the tonnage (17.1 million) and value (66.3 billion yuan) are labelled with the value growth (-9.4, 'The "
        "import bill for the oil shrank'); 'whereas the volume inched up 0.6 percent' is volume growth beside value growth: out.",
        "Natural gas is given in tonnes (9.46 million, quantity) and yuan; the pipeline's design capacity of '38 billion cubic "
        "meters a year' is not a trade flow: out.",
        "Timber: quantity only (5.12 million tonnes), partner Russia ('its neighbor'). Farm products: value and growth, "
        "partner Russia ('Russian farm products'); the listed soybeans, rapeseed and wheat carry no figures.",
        "Export products in the text's words: machinery, cars ('Car exports'); 'clothing and footwear continued to sell well' "
        "has no number. 'boomed in 2023' is a year, not a figure.",
        "Border ports: figures for trade through a port are attributed to the port city as area (Suifenhe, Heihe, Tongjiang), "
        "partner null, since the text does not restrict them to Russia although the ports face Russia. 'the port city' is "
        "Suifenhe. Guide question: whether a land port's throughput trade should take the port city as area and whether "
        "a Russia-facing port implies partner Russia.",
        "'posted a 14.3 percent rise in foreign trade to 26.07 billion yuan' (Heihe) and, in the contrast clause after "
        "'whereas', Tongjiang 'slid 9.8 percent' (-9.8); Tongjiang has no value.",
        "Cross-border e-commerce with Russia: segment 'cross-border e-commerce', flow total, partner Russia.",
        "Zhang Lei's expectation that full-year trade with Russia will exceed 195 billion yuan is a forecast: out. "
        "'a new bonded logistics center' and 'longer opening hours' carry no figures.",
    ],
    "facts": [
        fact(HLJ, "total", "value", 219.47e9, "CNY", Q1_Q3, "219.47 billion", LEAD),
        fact(HLJ, "total", "value", 30.8e9, "USD", Q1_Q3, "30.8 billion", LEAD, qualifier="approx"),
        fact(HLJ, "total", "growth", -1.8, "percent", Q1_Q3, "1.8", LEAD),
        fact(HLJ, "total", "rank", 1, "number", Q1_Q3, "largest", RANK, partner=RU),
        fact(HLJ, "total", "value", 146.3e9, "CNY", Q1_Q3, "146.3 billion", RUSSIA_TRADE, partner=RU),
        fact(HLJ, "total", "growth", -4.6, "percent", Q1_Q3, "4.6", RUSSIA_TRADE, partner=RU),
        fact(HLJ, "total", "share", 66.7, "percent", Q1_Q3, "66.7", RUSSIA_TRADE, partner=RU),
        fact(HLJ, "imports", "growth", -6.2, "percent", Q1_Q3, "6.2", RUSSIA_IMPORTS, partner=RU),
        fact(HLJ, "imports", "value", 124.85e9, "CNY", Q1_Q3, "124.85 billion", RUSSIA_IMPORTS, partner=RU),
        fact(HLJ, "exports", "growth", 5.3, "percent", Q1_Q3, "5.3", RUSSIA_EXPORTS, partner=RU),
        fact(HLJ, "exports", "value", 21.45e9, "CNY", Q1_Q3, "21.45 billion", RUSSIA_EXPORTS, partner=RU),
        fact(HLJ, "imports", "quantity", 17.1e6, "tonnes", Q1_Q3, "17.1 million", CRUDE, partner=RU, product="crude oil"),
        fact(HLJ, "imports", "value", 66.3e9, "CNY", Q1_Q3, "66.3 billion", CRUDE, partner=RU, product="crude oil"),
        fact(HLJ, "imports", "growth", -9.4, "percent", Q1_Q3, "9.4", CRUDE_BILL, partner=RU, product="crude oil"),
        fact(HLJ, "imports", "quantity", 9.46e6, "tonnes", Q1_Q3, "9.46 million", GAS, partner=RU, product="natural gas"),
        fact(HLJ, "imports", "value", 27.9e9, "CNY", Q1_Q3, "27.9 billion", GAS, partner=RU, product="natural gas"),
        fact(HLJ, "imports", "quantity", 5.12e6, "tonnes", Q1_Q3, "5.12 million", TIMBER, partner=RU, product="timber"),
        fact(HLJ, "imports", "growth", 21.4, "percent", Q1_Q3, "21.4", FARM, partner=RU, product="farm products"),
        fact(HLJ, "imports", "value", 6.05e9, "CNY", Q1_Q3, "6.05 billion", FARM, partner=RU, product="farm products"),
        fact(HLJ, "exports", "growth", 11.2, "percent", Q1_Q3, "11.2", MACHINERY, partner=RU, product="machinery"),
        fact(HLJ, "exports", "value", 8.36e9, "CNY", Q1_Q3, "8.36 billion", MACHINERY, partner=RU, product="machinery"),
        fact(HLJ, "exports", "growth", -38.5, "percent", Q1_Q3, "38.5", CARS, partner=RU, product="cars"),
        fact(HLJ, "exports", "value", 1.92e9, "CNY", Q1_Q3, "1.92 billion", CARS, partner=RU, product="cars"),
        fact("Suifenhe", "total", "value", 28.64e9, "CNY", Q1_Q3, "28.64 billion", SUIFENHE_VALUE),
        fact("Suifenhe", "total", "growth", 6.7, "percent", Q1_Q3, "6.7", SUIFENHE_GROWTH),
        fact("Heihe", "total", "growth", 14.3, "percent", Q1_Q3, "14.3", HEIHE),
        fact("Heihe", "total", "value", 26.07e9, "CNY", Q1_Q3, "26.07 billion", HEIHE),
        fact("Tongjiang", "total", "growth", -9.8, "percent", Q1_Q3, "9.8", TONGJIANG),
        fact(HLJ, "total", "growth", 27.5, "percent", Q1_Q3, "27.5", ECOM, partner=RU, segment=CBEC),
        fact(HLJ, "total", "value", 3.18e9, "CNY", Q1_Q3, "3.18 billion", ECOM, partner=RU, segment=CBEC),
    ],
}
