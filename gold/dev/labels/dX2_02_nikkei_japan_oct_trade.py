from _fact import fact, period

OCTOBER = period(2025, 10)
OCTOBER_2024 = period(2024, 10)
JANUARY_OCTOBER = period(2025, 1, 10)
JP = "Japan"
US = "United States"

EXPORTS = "exports increased 3.6% year on year to 9.77 trillion yen ($62.4 billion)"
IMPORTS = "Imports grew 0.7% to just over 10 trillion yen"
BALANCE = (
    "That produced a trade deficit of 231.8 billion yen, a fourth consecutive monthly shortfall though under half the "
    "461.2 billion yen gap recorded in October 2024"
)
US_EXPORTS = (
    "Exports to the U.S., the largest single-country destination for Japanese goods, declined 3.1% to 1.68 trillion yen"
)
US_CARS = "The value of car exports, which account for about 28% of U.S.-bound shipments, fell 7.5%"
US_IMPORTS = "Japan's imports of American goods surged 20.9%"
US_SURPLUS = "Japan's surplus with the U.S. shrank 23.9% to 709.6 billion yen"
ASIA = "Shipments to the region grew 5.8% to 5.3 trillion yen, making up 54.2% of all exports"
CHINA = "Exports to China, which is Japan's biggest trading partner, increased 2.1% to 1.6 trillion yen"
TAIWAN_HK = "those bound for Taiwan and Hong Kong jumped 17.7% and 19.2%, respectively"
EU = "Shipments to the European Union were up 9.2%"
CHIPS = "exports of semiconductors and other electronic components rose 14.6% to 598.3 billion yen"
CHIPS_PRODUCT = "semiconductors and other electronic components"
SA_EXPORTS = "Exports on that measure fell 4.1% to 9.04 trillion yen from September"
SA_DEFICIT = "imports also dipped, leaving a deficit of 288.6 billion yen"
YEAR_TO_DATE = "Across the first 10 months, Japan's cumulative trade deficit stood at 3.24 trillion yen"

ARTICLE = {
    "id": "dX2_02_nikkei_japan_oct_trade",
    "title": "Japan's exports up for 2nd month running as Asian chip demand outweighs US weakness",
    "publisher": "Nikkei Asia",
    "published": "2025-11-20",
    "notes": [
        "Publisher from the byline 'Nikkei Asia staff writer'. The text gives no year for October; the running "
        "period is October 2025 from the published date (a Thursday release by the Ministry of Finance).",
        "Unadjusted growth rates are yoy (the first figure says 'year on year'; later ones carry no cue, so "
        "yoy by default).",
        "'($62.4 billion)' is the same export value in another currency: a separate USD fact, qualifier exact "
        "(no 'about').",
        "'just over 10 trillion yen' is a threshold with no exact figure beside it: value 1e13, qualifier over.",
        "'under half the 461.2 billion yen gap recorded in October 2024' states October 2024's deficit: labelled "
        "with period 2024-10 (negative). 'under half' gives no number: nothing more labelled.",
        "'the largest single-country destination for Japanese goods' is a stated rank of the U.S. among export destinations: "
        "rank 1, exports. 'Japan's biggest trading partner' is China's rank in total trade: rank 1, flow total.",
        "'The value of car exports, which account for about 28% of U.S.-bound shipments': share of exports to the "
        "U.S., product 'cars', partner United States, qualifier approx; 'fell 7.5%' (of 'The value') is the value "
        "growth. 'the number of vehicles shipped was down 2.4%' is volume growth beside value growth: out.",
        "'Japan's imports of American goods surged 20.9%': Japan's imports from the United States (partner from "
        "'American goods', the paragraph is about trade with the U.S.).",
        "'Japan's surplus with the U.S. shrank 23.9% to 709.6 billion yen': balance growth -23.9 (a shrinking "
        "surplus) and a positive balance value.",
        "'Shipments to the region' refers to 'Asia' in the sentence before ('The picture in Asia was different'): "
        "partner Asia; 'making up 54.2% of all exports' is Asia's share of Japan's exports.",
        "'those bound for Taiwan and Hong Kong jumped 17.7% and 19.2%, respectively': exports (the 'those' refers to "
        "exports), two growth facts.",
        "Seasonally adjusted figures: 'Exports on that measure fell 4.1% ... from September' is mom; the adjusted export value "
        "(9.04 trillion) and adjusted deficit (288.6 billion) are labelled as stated. The record has no field for "
        "seasonal adjustment, so the adjusted October deficit sits beside the unadjusted 231.8 billion as a second "
        "October balance value (guide question). 'imports also dipped' gives no number.",
        "'Across the first 10 months' is January-October 2025; 'well below the year-earlier figure' gives no "
        "number.",
        "Out of scope: the QUICK forecast (0.8%), the tariff rates (15%, 27.5%), the $550 billion investment "
        "pledge, the yen's 151.9 average, its 1.4% fall and the 155 level (exchange rates), export volumes that 'fell "
        "1.2% on the year' (volume beside value), the economist's view of real exports (forecast), 'second "
        "consecutive month', 'fourth consecutive monthly shortfall', 'seventh consecutive monthly drop' (streaks).",
    ],
    "facts": [
        fact(JP, "exports", "growth", 3.6, "percent", OCTOBER, "3.6", EXPORTS),
        fact(JP, "exports", "value", 9.77e12, "JPY", OCTOBER, "9.77 trillion", EXPORTS),
        fact(JP, "exports", "value", 62.4e9, "USD", OCTOBER, "62.4 billion", EXPORTS),
        fact(JP, "imports", "growth", 0.7, "percent", OCTOBER, "0.7", IMPORTS),
        fact(JP, "imports", "value", 10e12, "JPY", OCTOBER, "10 trillion", IMPORTS, qualifier="over"),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCTOBER, "231.8 billion", BALANCE),
        fact(JP, "balance", "value", -461.2e9, "JPY", OCTOBER_2024, "461.2 billion", BALANCE),
        fact(JP, "exports", "rank", 1, "number", OCTOBER, "largest", US_EXPORTS, partner=US),
        fact(JP, "exports", "growth", -3.1, "percent", OCTOBER, "3.1", US_EXPORTS, partner=US),
        fact(JP, "exports", "value", 1.68e12, "JPY", OCTOBER, "1.68 trillion", US_EXPORTS, partner=US),
        fact(JP, "exports", "share", 28, "percent", OCTOBER, "28", US_CARS, partner=US, product="cars",
             qualifier="approx"),
        fact(JP, "exports", "growth", -7.5, "percent", OCTOBER, "7.5", US_CARS, partner=US, product="cars"),
        fact(JP, "imports", "growth", 20.9, "percent", OCTOBER, "20.9", US_IMPORTS, partner=US),
        fact(JP, "balance", "growth", -23.9, "percent", OCTOBER, "23.9", US_SURPLUS, partner=US),
        fact(JP, "balance", "value", 709.6e9, "JPY", OCTOBER, "709.6 billion", US_SURPLUS, partner=US),
        fact(JP, "exports", "growth", 5.8, "percent", OCTOBER, "5.8", ASIA, partner="Asia"),
        fact(JP, "exports", "value", 5.3e12, "JPY", OCTOBER, "5.3 trillion", ASIA, partner="Asia"),
        fact(JP, "exports", "share", 54.2, "percent", OCTOBER, "54.2", ASIA, partner="Asia"),
        fact(JP, "total", "rank", 1, "number", OCTOBER, "biggest", CHINA, partner="China"),
        fact(JP, "exports", "growth", 2.1, "percent", OCTOBER, "2.1", CHINA, partner="China"),
        fact(JP, "exports", "value", 1.6e12, "JPY", OCTOBER, "1.6 trillion", CHINA, partner="China"),
        fact(JP, "exports", "growth", 17.7, "percent", OCTOBER, "17.7", TAIWAN_HK, partner="Taiwan"),
        fact(JP, "exports", "growth", 19.2, "percent", OCTOBER, "19.2", TAIWAN_HK, partner="Hong Kong"),
        fact(JP, "exports", "growth", 9.2, "percent", OCTOBER, "9.2", EU, partner="European Union"),
        fact(JP, "exports", "growth", 14.6, "percent", OCTOBER, "14.6", CHIPS, product=CHIPS_PRODUCT),
        fact(JP, "exports", "value", 598.3e9, "JPY", OCTOBER, "598.3 billion", CHIPS, product=CHIPS_PRODUCT),
        fact(JP, "exports", "growth", -4.1, "percent", OCTOBER, "4.1", SA_EXPORTS, basis="mom"),
        fact(JP, "exports", "value", 9.04e12, "JPY", OCTOBER, "9.04 trillion", SA_EXPORTS),
        fact(JP, "balance", "value", -288.6e9, "JPY", OCTOBER, "288.6 billion", SA_DEFICIT),
        fact(JP, "balance", "value", -3.24e12, "JPY", JANUARY_OCTOBER, "3.24 trillion", YEAR_TO_DATE),
    ],
}
