from _fact import fact, period

OCT = period(2025, 10)             # October 2025, the month the release covers
SEP = period(2025, 9)              # September 2025, the prior month named in the text

LEAD = "exports rose 3.6% in October from a year earlier to 9.77 trillion yen"
SEP_EXP = "That followed a 4.2% gain in September"
IMP = "Imports edged up 0.7% to 10.00 trillion yen"
BAL = "Japan thus ran a trade deficit of 231.8 billion yen ($1.48 billion)"
BAL_CHG = "the shortfall was 53.6% smaller than a year earlier"
US_EXP = ("Exports to the United States, Japan's biggest export market, fell 3.1% to 1.75 trillion yen, the seventh "
          "consecutive monthly decline, though the drop was far smaller than September's 13.3% slump")
US_RANK = "Exports to the United States, Japan's biggest export market"
US_CARS = "Car shipments to the U.S. declined 7.5% in value"
US_IMP = ("Imports from the U.S. jumped 20.9% to 1.22 trillion yen, boosted by aircraft and grain, leaving Japan's "
          "surplus with its ally down 33.6% at 529.4 billion yen")
CHINA = "Exports to China, Japan's largest trading partner, rose 2.1%"
ASIA = "those to Asia as a whole grew 6.4%"
HK_TW = "Shipments to Hong Kong and Taiwan climbed 19.2% and 17.7%, respectively"
CHINA_BAL = "Japan's deficit with China stood at 766.5 billion yen"
EU = "Exports to the European Union increased 9.2%"
CHIPS = "exports of semiconductors and other electronic components rose 13.9%"
SPE = "those of chip-making equipment dropped 8.4%"
CARS = "Overall car exports slipped 2.7%"
ENERGY = "purchases of liquefied natural gas fell 10.8% and crude oil imports declined 11.6%"

ARTICLE = {
    "id": "dAJ2_02_japan_exports_oct_2025",
    "title": "Japan's exports rise for second month in October as Asia offsets U.S. tariff drag",
    "publisher": "Reuters",
    "published": "2025-11-21",
    "notes": [
        "Area Japan throughout (Ministry of Finance customs-cleared data); the running period is October 2025; no basis cue other than 'from a year earlier', so all growth is yoy.",
        "'That followed a 4.2% gain in September' and 'September's 13.3% slump' (exports to the US) are stated observations for September 2025 and are labelled with period September.",
        "The deficit 'was 53.6% smaller than a year earlier': a deficit that narrowed, balance growth -53.6 yoy.",
        "The dollar conversion ($1.48 billion) of the 231.8 billion yen deficit is a separate USD fact; it carries no hedge word, so qualifier exact.",
        "'its ally' in the imports-from-US sentence is the United States: surplus 529.4 billion yen (positive) and its 33.6% fall (-33.6) have partner United States.",
        "'Japan's biggest export market' is rank 1 on exports to the US; 'Japan's largest trading partner' is rank 1 on total trade with China.",
        "'Asia as a whole' is partner Asia; Hong Kong and Taiwan growth come from a 'respectively' list.",
        "Products in the text's words: 'cars' (US-bound and overall), 'semiconductors and other electronic components', 'chip-making equipment', 'liquefied natural gas', 'crude oil'.",
        "Out of scope: export volumes -1.2% (volume growth beside value growth); Reuters poll forecasts 1.1% and -0.9%; yen at 157 per dollar; tariff rates 15%, 27.5%, 2.5%; GDP -1.8%; stimulus 21 trillion yen; analyst's 0.5% real-export forecast; streaks ('fourth straight month', 'seventh consecutive', 'third straight').",
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
