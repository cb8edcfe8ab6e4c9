from _fact import fact, period

OCT = period(2025, 10)             # October 2025, the month the release covers
SEP = period(2025, 9)              # September 2025, the prior month named in the text

LEAD = "October exports up 3.6% year on year at 9.77 trillion yen"
SEP_EXP = "September had seen a 4.2% increase"
IMP = "Imports inched up 0.7% to 10.00 trillion yen"
BAL = "That produced a trade deficit of 231.8 billion yen ($1.48 billion)"
BAL_CHG = "the gap had shrunk 53.6% from a year earlier"
US_EXP = ("Exports to the United States, the biggest market for Japanese goods, decreased 3.1% to 1.75 trillion yen, "
          "a seventh monthly decline in a row, although the fall was much gentler than the 13.3% slump recorded in September")
US_RANK = "Exports to the United States, the biggest market for Japanese goods"
US_CARS = "By value, U.S.-bound car exports fell 7.5%"
US_IMP = ("Purchases of aircraft and grain pushed imports from the U.S. up 20.9% to 1.22 trillion yen, shrinking "
          "Japan's surplus with its ally by 33.6% to 529.4 billion yen")
CHINA = "Shipments to China, the largest trading partner of Japan, increased 2.1%"
ASIA = "exports to Asia overall expanded 6.4%"
HK_TW = "Deliveries to Hong Kong and Taiwan increased by 19.2% and 17.7%, respectively"
CHINA_BAL = "With China, Japan posted a deficit of 766.5 billion yen"
EU = "exports to the European Union up 9.2%"
CHIPS = "semiconductors and other electronic components saw exports climb 13.9%"
SPE = "chip-making equipment exports fell 8.4%"
CARS = "Car exports as a whole declined 2.7%"
ENERGY = "imports of liquefied natural gas down 10.8% and those of crude oil down 11.6%"

ARTICLE = {
    "id": "dAJ2_02_japan_exports_oct_2025",
    "title": "October brings Japan's second straight export gain as Asian demand outweighs U.S. tariff hit",
    "publisher": "Reuters",
    "published": "2025-11-21",
    "notes": [
        "Area Japan throughout (Ministry of Finance customs-cleared data); the running period is October 2025; no basis cue other than 'year on year' / 'from a year earlier', so all growth is yoy.",
        "'September had seen a 4.2% increase' and 'the 13.3% slump recorded in September' (exports to the US) are stated observations for September 2025 and are labelled with period September.",
        "The deficit gap 'had shrunk 53.6% from a year earlier': a deficit that narrowed, balance growth -53.6 yoy.",
        "The dollar conversion ($1.48 billion) of the 231.8 billion yen deficit is a separate USD fact; it carries no hedge word, so qualifier exact.",
        "'its ally' in the imports-from-US sentence is the United States: surplus 529.4 billion yen (positive) and its 33.6% fall (-33.6) have partner United States.",
        "'the biggest market for Japanese goods' (exports) is rank 1 on exports to the US; 'the largest trading partner of Japan' is rank 1 on total trade with China.",
        "'Asia overall' is partner Asia; Hong Kong and Taiwan growth come from a 'respectively' list.",
        "Products in the text's words: 'cars' (US-bound 'car exports' and 'Car exports as a whole'), 'semiconductors and other electronic components', 'chip-making equipment', 'liquefied natural gas', 'crude oil'.",
        "Out of scope: export volumes -1.2% (volume growth beside value growth); Reuters poll forecasts 1.1% and -0.9%; yen at 157 per dollar; tariff rates 15%, 27.5%, 2.5%; GDP -1.8%; stimulus 21 trillion yen; analyst's 0.5% real-export forecast; streaks ('a fourth month in a row', 'a seventh monthly decline in a row', 'the third monthly rise in a row').",
    ],
    "facts": [
        fact("Japan", "exports", "growth", 3.6, "percent", OCT, "3.6", LEAD),
        fact("Japan", "exports", "value", 9.77e12, "JPY", OCT, "9.77 trillion", LEAD),
        fact("Japan", "exports", "growth", 4.2, "percent", SEP, "4.2", SEP_EXP),
        fact("Japan", "imports", "growth", 0.7, "percent", OCT, "0.7", IMP),
        fact("Japan", "imports", "value", 10.00e12, "JPY", OCT, "10.00 trillion", IMP),
        fact("Japan", "balance", "value", -231.8e9, "JPY", OCT, "231.8 billion", BAL),
        fact("Japan", "balance", "value", -1.48e9, "USD", OCT, "1.48 billion", BAL),
        fact("Japan", "balance", "growth", -53.6, "percent", OCT, "53.6", BAL_CHG),
        fact("Japan", "exports", "growth", -3.1, "percent", OCT, "3.1", US_EXP, partner="United States"),
        fact("Japan", "exports", "value", 1.75e12, "JPY", OCT, "1.75 trillion", US_EXP, partner="United States"),
        fact("Japan", "exports", "rank", 1, "number", OCT, "biggest", US_RANK, partner="United States"),
        fact("Japan", "exports", "growth", -13.3, "percent", SEP, "13.3", US_EXP, partner="United States"),
        fact("Japan", "exports", "growth", -7.5, "percent", OCT, "7.5", US_CARS, partner="United States", product="cars"),
        fact("Japan", "imports", "growth", 20.9, "percent", OCT, "20.9", US_IMP, partner="United States"),
        fact("Japan", "imports", "value", 1.22e12, "JPY", OCT, "1.22 trillion", US_IMP, partner="United States"),
        fact("Japan", "balance", "growth", -33.6, "percent", OCT, "33.6", US_IMP, partner="United States"),
        fact("Japan", "balance", "value", 529.4e9, "JPY", OCT, "529.4 billion", US_IMP, partner="United States"),
        fact("Japan", "exports", "growth", 2.1, "percent", OCT, "2.1", CHINA, partner="China"),
        fact("Japan", "total", "rank", 1, "number", OCT, "largest", CHINA, partner="China"),
        fact("Japan", "exports", "growth", 6.4, "percent", OCT, "6.4", ASIA, partner="Asia"),
        fact("Japan", "exports", "growth", 19.2, "percent", OCT, "19.2", HK_TW, partner="Hong Kong"),
        fact("Japan", "exports", "growth", 17.7, "percent", OCT, "17.7", HK_TW, partner="Taiwan"),
        fact("Japan", "balance", "value", -766.5e9, "JPY", OCT, "766.5 billion", CHINA_BAL, partner="China"),
        fact("Japan", "exports", "growth", 9.2, "percent", OCT, "9.2", EU, partner="European Union"),
        fact("Japan", "exports", "growth", 13.9, "percent", OCT, "13.9", CHIPS, product="semiconductors and other electronic components"),
        fact("Japan", "exports", "growth", -8.4, "percent", OCT, "8.4", SPE, product="chip-making equipment"),
        fact("Japan", "exports", "growth", -2.7, "percent", OCT, "2.7", CARS, product="cars"),
        fact("Japan", "imports", "growth", -10.8, "percent", OCT, "10.8", ENERGY, product="liquefied natural gas"),
        fact("Japan", "imports", "growth", -11.6, "percent", OCT, "11.6", ENERGY, product="crude oil"),
    ],
}
