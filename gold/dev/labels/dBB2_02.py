from _fact import fact, period

JP = "Japan"
OCT = period(2025, 10)
SEP = period(2025, 9)
US = "United States"

E_EXP = "put October exports at 9.77 trillion yen ($62.4 billion), 3.6% higher than a year earlier"
E_SEP = "That followed a 4.2% gain in September."
E_IMP = "the bill came to 10.0 trillion yen, up 0.7%"
E_BAL = "The upshot was a 231.8 billion yen trade deficit"
E_BALG = "the gap was 53.6% smaller than in October last year"
E_US = "Shipments to the United States fell 3.1% to 1.75 trillion yen."
E_CAR = "Car exports to the U.S. dropped 7.5% in value to 460.7 billion yen"
E_CAR_SEP = "a far gentler fall than in September, when they tumbled 24.2%"
E_US_IMP = "Purchases from the United States, led by aircraft and cereals, were 20.9% higher at 1.22 trillion yen"
E_US_BAL = "Japan's politically sensitive surplus with the U.S. narrowed 33.6% to 529.4 billion yen"
E_ASIA = "Exports to the region climbed 4.2% to 5.13 trillion yen"
E_CHN = "Shipments to China, Japan's largest trading partner, rose 2.1% to 1.66 trillion yen"
E_CHN_BAL = "Japan nonetheless ran a deficit of 766.5 billion yen with its neighbour."
E_EU = "Sales to the European Union gained 9.5% to 862.1 billion yen."
E_CHIPS = "exports of semiconductors and other electronic components grew 17.6% to 597.3 billion yen"
E_SME = "semiconductor manufacturing equipment shipments increased 9.4%"
E_SA = "On a seasonally adjusted basis, exports increased 1.8% on the month, while imports slipped 0.5%, narrowing the deficit to 179.1 billion yen."

ARTICLE = {
    "id": "dBB2_02",
    "title": "Japan's exports beat forecasts in October as chip shipments to Asia offset U.S. slump",
    "publisher": "Reuters",
    "published": "2025-11-21",
    "notes": [
        "Headline figures follow the real Ministry of Finance release for October 2025 (exports +3.6% to 9.77 trillion yen, imports +0.7% to 10.0 trillion, deficit 231.8 billion narrowed 53.6%, U.S. -3.1% to 1.75 trillion, U.S. cars -7.5% to 460.7 billion, imports from U.S. +20.9%, U.S. surplus -33.6% to 529.4 billion, China deficit 766.5 billion, China +2.1%, Asia +4.2%); Asia/China/EU levels, chip figures and seasonally adjusted figures are illustrative.",
        "'9.77 trillion yen ($62.4 billion)': a JPY fact and a USD fact; the dollar conversion carries no hedge word in the text, so qualifier exact (a conversion, but the guide's approx list names only hedge words).",
        "Stated comparison-base observations for September (total exports +4.2%, U.S.-bound cars 'tumbled 24.2%', subject 'they' carried from the car sentence) are labelled with period 2025-09, basis yoy.",
        "'Exports to the region' carries partner Asia from the previous sentence; 'with its neighbour' carries partner China. 'Car exports to the U.S.' -> product 'cars', partner United States.",
        "'China, Japan's largest trading partner' -> rank 1, flow total, partner China, period October 2025 (the article's running period).",
        "Seasonally adjusted October figures ('on the month' -> mom for exports 1.8 and imports -0.5, balance -179.1 billion) are separate facts: the SA balance differs in value from the unadjusted -231.8 billion, so both are kept.",
        "Out of scope: Reuters poll expectations (exports +1.1%, imports -0.7%); volume growth of U.S.-bound cars (+2.3% 'in volume terms', volume beside value); streaks ('second month running', 'seventh month in a row', 'fourth month in a row'); GDP contraction; tariff cut; exchange rate line ($1 = 156.6 yen).",
    ],
    "facts": [
        fact(JP, "exports", "value", 9.77e12, "JPY", OCT, "9.77 trillion", E_EXP),
        fact(JP, "exports", "value", 62.4e9, "USD", OCT, "62.4 billion", E_EXP),
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6", E_EXP),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2", E_SEP),
        fact(JP, "imports", "value", 10.0e12, "JPY", OCT, "10.0 trillion", E_IMP),
        fact(JP, "imports", "growth", 0.7, "percent", OCT, "0.7", E_IMP),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCT, "231.8 billion", E_BAL),
        fact(JP, "balance", "growth", -53.6, "percent", OCT, "53.6", E_BALG),
        fact(JP, "exports", "value", 1.75e12, "JPY", OCT, "1.75 trillion", E_US, partner=US),
        fact(JP, "exports", "growth", -3.1, "percent", OCT, "3.1", E_US, partner=US),
        fact(JP, "exports", "value", 460.7e9, "JPY", OCT, "460.7 billion", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "growth", -7.5, "percent", OCT, "7.5", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "growth", -24.2, "percent", SEP, "24.2", E_CAR_SEP, partner=US, product="cars"),
        fact(JP, "imports", "value", 1.22e12, "JPY", OCT, "1.22 trillion", E_US_IMP, partner=US),
        fact(JP, "imports", "growth", 20.9, "percent", OCT, "20.9", E_US_IMP, partner=US),
        fact(JP, "balance", "value", 529.4e9, "JPY", OCT, "529.4 billion", E_US_BAL, partner=US),
        fact(JP, "balance", "growth", -33.6, "percent", OCT, "33.6", E_US_BAL, partner=US),
        fact(JP, "exports", "value", 5.13e12, "JPY", OCT, "5.13 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 4.2, "percent", OCT, "4.2", E_ASIA, partner="Asia"),
        fact(JP, "total", "rank", 1, "number", OCT, "largest", E_CHN, partner="China"),
        fact(JP, "exports", "value", 1.66e12, "JPY", OCT, "1.66 trillion", E_CHN, partner="China"),
        fact(JP, "exports", "growth", 2.1, "percent", OCT, "2.1", E_CHN, partner="China"),
        fact(JP, "balance", "value", -766.5e9, "JPY", OCT, "766.5 billion", E_CHN_BAL, partner="China"),
        fact(JP, "exports", "value", 862.1e9, "JPY", OCT, "862.1 billion", E_EU, partner="European Union"),
        fact(JP, "exports", "growth", 9.5, "percent", OCT, "9.5", E_EU, partner="European Union"),
        fact(JP, "exports", "value", 597.3e9, "JPY", OCT, "597.3 billion", E_CHIPS, product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", 17.6, "percent", OCT, "17.6", E_CHIPS, product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", 9.4, "percent", OCT, "9.4", E_SME, product="semiconductor manufacturing equipment"),
        fact(JP, "exports", "growth", 1.8, "percent", OCT, "1.8", E_SA, basis="mom"),
        fact(JP, "imports", "growth", -0.5, "percent", OCT, "0.5", E_SA, basis="mom"),
        fact(JP, "balance", "value", -179.1e9, "JPY", OCT, "179.1 billion", E_SA),
    ],
}
