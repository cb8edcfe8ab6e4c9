from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
HLJ = "Heilongjiang"
RU = "Russia"

LEAD = (
    "saw foreign trade total 219.47 billion yuan (about 30.8 billion U.S. dollars) in the first three quarters of 2025, "
    "a decrease of 1.8 percent from the same period a year before"
)
RANK = "Russia was once more the province's largest trading partner"
RUSSIA_TRADE = (
    "Two-way trade with Russia, at 146.3 billion yuan, was 4.6 percent lower than a year earlier and represented 66.7 "
    "percent of everything the province traded"
)
RUSSIA_IMPORTS = "imports from Russia, which consist mainly of energy, dropped 6.2 percent to 124.85 billion yuan"
RUSSIA_EXPORTS = "the province's exports to Russia increased 5.3 percent to 21.45 billion yuan"
CRUDE = (
    "Via the Mohe-Daqing pipeline, the province received 17.1 million tonnes of Russian crude oil, valued at 66.3 "
    "billion yuan"
)
CRUDE_BILL = "the value of these crude purchases fell 9.4 percent"
GAS = "Heilongjiang also imported 9.46 million tonnes of Russian natural gas, worth 27.9 billion yuan"
TIMBER = "Timber imports from Russia totaled 5.12 million tonnes"
FARM = "imports of farm products from Russia, chiefly soybeans, rapeseed and wheat, surged 21.4 percent to 6.05 billion yuan"
MACHINERY = "sales of machinery to Russia increased 11.2 percent to 8.36 billion yuan"
CARS = (
    "Exports of cars to Russia, a market that took off in 2023 when Western automakers left, plunged 38.5 percent to "
    "1.92 billion yuan"
)
SUIFENHE_VALUE = (
    "Suifenhe, the busiest of the province's land crossings into Primorsky Krai in Russia, handled 28.64 billion yuan "
    "of imports and exports"
)
SUIFENHE_GROWTH = "Trade at the port city expanded 6.7 percent"
HEIHE = (
    "Foreign trade at Heihe, which sits opposite Blagoveshchensk on the Heilongjiang River, grew 14.3 percent to 26.07 "
    "billion yuan"
)
TONGJIANG = "At Tongjiang, where the first rail bridge over the river was built, trade fell 9.8 percent"
ECOM = "cross-border e-commerce with Russia grew 27.5 percent to 3.18 billion yuan"
CBEC = "cross-border e-commerce"

ARTICLE = {
    "id": "dY1_02_xinhua_heilongjiang_russia_q1_q3",
    "title": "Cheaper oil drags Heilongjiang's Q1-Q3 trade with Russia down 4.6 pct",
    "publisher": "Xinhua",
    "published": "2025-10-21",
    "notes": [
        "Dateline 'HARBIN, Oct. 21 (Xinhua)' and 'announced on Tuesday' (21 October 2025 is a Tuesday): published 2025-10-21; "
        "every figure is for the first three quarters of 2025 (2025-01..2025-09), including 'Over the nine months'.",
        "The dollar conversion '(about 30.8 billion U.S. dollars)' is a separate USD fact with qualifier approx.",
        "'more than 3,000 km of frontier' is not a trade figure: out.",
        "'Russia was once more the province's largest trading partner': rank 1, partner Russia, flow total.",
        "Russia is named in each partner sentence ('imports from Russia', 'Exports of cars to Russia', 'Timber imports from "
        "Russia', 'cross-border e-commerce with Russia').",
        "'4.6 percent lower than a year earlier' is a year-on-year fall (-4.6): the comparative 'lower' after the number is its cue.",
        "'represented 66.7 percent of everything the province traded': share of the province's total trade, partner Russia.",
        "Crude oil: the tonnage (17.1 million) and value (66.3 billion yuan) are labelled with the value growth (-9.4, 'the value "
        "of these crude purchases fell'); 'the quantity rose slightly, by 0.6 percent' is volume growth beside value growth: out.",
        "Natural gas is given in tonnes (9.46 million, quantity) and yuan; the pipeline's design capacity of '38 billion cubic "
        "meters annually' is not a trade flow: out.",
        "Timber: quantity only (5.12 million tonnes), partner Russia ('Timber imports from Russia'). Farm products: value and "
        "growth, partner Russia ('farm products from Russia'); the listed soybeans, rapeseed and wheat carry no figures.",
        "Export products in the text's words: machinery, cars ('Exports of cars'); 'Clothing and footwear ... kept finding "
        "buyers' has no number. 'took off in 2023' is a year, not a figure.",
        "Border ports: figures for trade through a port are attributed to the port city as area (Suifenhe, Heihe, Tongjiang), "
        "partner null, since the text does not restrict them to Russia although the ports face Russia. 'the port city' is "
        "Suifenhe. Guide question: whether a land port's throughput trade should take the port city as area and whether "
        "a Russia-facing port implies partner Russia.",
        "'Foreign trade at Heihe ... grew 14.3 percent to 26.07 billion yuan' and, in the next sentence, Tongjiang "
        "'trade fell 9.8 percent' (-9.8); Tongjiang has no value.",
        "Cross-border e-commerce with Russia: segment 'cross-border e-commerce', flow total, partner Russia.",
        "The customs analyst's expectation that full-year trade with Russia will surpass 195 billion yuan is a forecast: out. "
        "'a newly opened bonded logistics center' and 'extended hours' carry no figures.",
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
