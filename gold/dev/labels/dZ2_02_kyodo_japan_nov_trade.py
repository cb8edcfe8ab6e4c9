from _fact import fact, period

NOVEMBER = period(2025, 11)
JAN_NOV = period(2025, 1, 11)
JP = "Japan"
US = "United States"

LEAD = "Japan posted a goods trade surplus of 322.3 billion yen (about $2.07 billion) in November"
EXPORTS = "Exports grew 6.1 percent from a year earlier to 9.71 trillion yen"
IMPORTS = "imports edged up 1.3 percent to 9.39 trillion yen"
US_EXPORTS = (
    "Exports to the United States, which had slumped after President Donald Trump raised tariffs on Japanese goods, "
    "climbed 8.8 percent to 1.82 trillion yen, accounting for 18.7 percent of the total"
)
US_CARS = "Automobile shipments to the country increased 1.5 percent in value"
US_IMPORTS = "Imports from the United States expanded 7.1 percent to 1.08 trillion yen"
US_SURPLUS = "That left Japan with a surplus of 739.8 billion yen with the country, up 11.3 percent"
CHINA_EXPORTS = "Shipments to China, Japan's largest trading partner, fell 2.4 percent to 1.61 trillion yen"
CHINA_GEAR = "Chipmaking equipment bound for China dropped 9.8 percent"
CHINA_IMPORTS = (
    "Imports from China rose 2.3 percent to 2.39 trillion yen, widening the deficit with the neighboring country to "
    "777.9 billion yen"
)
ASIA = "Exports to Asia as a whole, including China, advanced 4.5 percent"
CHIPS = (
    "semiconductors and other electronic components, whose overseas sales overall jumped 17.6 percent to "
    "664.2 billion yen"
)
EU = "Shipments to the European Union surged 19.6 percent"
SEASONAL = (
    "Seasonally adjusted, exports rose 2.3 percent from October and imports fell 0.6 percent, producing a surplus of "
    "165.1 billion yen"
)
YTD = (
    "For the January-November period, Japan's trade deficit stood at 2.64 trillion yen, shrinking 47.3 percent from a "
    "year before"
)
CHIPS_PRODUCT = "semiconductors and other electronic components"

ARTICLE = {
    "id": "dZ2_02_kyodo_japan_nov_trade",
    "title": "Japan logs 1st trade surplus in 5 months as U.S.-bound exports recover",
    "publisher": "Kyodo",
    "published": "2025-12-17",
    "notes": [
        "The text gives no year; the running period is November 2025 from the publication date (Wednesday 2025-12-17, "
        "the Finance Ministry's preliminary release).",
        "Growth rates without a stated base are yoy: the second paragraph sets 'from a year earlier'; only the seasonally "
        "adjusted paragraph is month-on-month ('from October').",
        "'(about $2.07 billion)' is the same surplus in another currency: a separate USD fact, qualifier approx.",
        "'accounting for 18.7 percent of the total': share of U.S.-bound exports in Japan's total exports, partner United "
        "States, measure share.",
        "'Automobile shipments to the country increased 1.5 percent in value': 'the country' is the United States of the "
        "sentence before; product 'automobiles' (text's word 'Automobile'). 'the number of vehicles exported jumped around "
        "8 percent' is volume growth beside value growth: out. The 15 percent U.S. levy is a tariff rate: out.",
        "'a surplus of 739.8 billion yen with the country, up 11.3 percent': Japan's balance with the United States and "
        "its yoy growth (a surplus that grew: +11.3).",
        "'Japan's largest trading partner' is a stated rank of China in total trade: rank 1, flow total, period November "
        "2025 (the article's running period).",
        "'Chipmaking equipment bound for China dropped 9.8 percent': exports, partner China, product 'chipmaking "
        "equipment' (text's words). 'Taiwan and South Korea took more Japanese chipmaking tools' gives no number: nothing "
        "to label.",
        "'Exports to Asia as a whole, including China': partner 'Asia'.",
        "'semiconductors and other electronic components, whose overseas sales overall jumped 17.6 percent to 664.2 billion "
        "yen': the relative clause and 'overall' widen the scope back to all destinations, so partner null (not Asia); "
        "product in the text's words.",
        "Seasonally adjusted paragraph: exports +2.3 and imports -0.6 are month-on-month ('from October'), basis mom. The "
        "seasonally adjusted surplus of 165.1 billion yen is labelled as a November balance value (the record has no field "
        "for seasonal adjustment, so it has the same identity as the unadjusted surplus but another value). Judgement call; "
        "see the guide question in the report.",
        "January-November deficit -2.64e12 JPY and its growth: 'shrinking 47.3 percent' follows its verb, -47.3, yoy.",
        "Out of scope, unlabelled: 'its first in five months', 'first time since March', 'third straight month' (streaks), "
        "the yen's average of 154.92 and its 2.1 percent fall (exchange rate), the economist's forecast of real exports "
        "rising 'around 2 percent' in January-March, the BOJ's 0.75 percent policy rate.",
    ],
    "facts": [
        fact(JP, "balance", "value", 322.3e9, "JPY", NOVEMBER, "322.3 billion", LEAD),
        fact(JP, "balance", "value", 2.07e9, "USD", NOVEMBER, "2.07 billion", LEAD, qualifier="approx"),
        fact(JP, "exports", "growth", 6.1, "percent", NOVEMBER, "6.1", EXPORTS),
        fact(JP, "exports", "value", 9.71e12, "JPY", NOVEMBER, "9.71 trillion", EXPORTS),
        fact(JP, "imports", "growth", 1.3, "percent", NOVEMBER, "1.3", IMPORTS),
        fact(JP, "imports", "value", 9.39e12, "JPY", NOVEMBER, "9.39 trillion", IMPORTS),
        fact(JP, "exports", "growth", 8.8, "percent", NOVEMBER, "8.8", US_EXPORTS, partner=US),
        fact(JP, "exports", "value", 1.82e12, "JPY", NOVEMBER, "1.82 trillion", US_EXPORTS, partner=US),
        fact(JP, "exports", "share", 18.7, "percent", NOVEMBER, "18.7", US_EXPORTS, partner=US),
        fact(JP, "exports", "growth", 1.5, "percent", NOVEMBER, "1.5", US_CARS, partner=US, product="automobiles"),
        fact(JP, "imports", "growth", 7.1, "percent", NOVEMBER, "7.1", US_IMPORTS, partner=US),
        fact(JP, "imports", "value", 1.08e12, "JPY", NOVEMBER, "1.08 trillion", US_IMPORTS, partner=US),
        fact(JP, "balance", "value", 739.8e9, "JPY", NOVEMBER, "739.8 billion", US_SURPLUS, partner=US),
        fact(JP, "balance", "growth", 11.3, "percent", NOVEMBER, "11.3", US_SURPLUS, partner=US),
        fact(JP, "total", "rank", 1, "number", NOVEMBER, "largest", CHINA_EXPORTS, partner="China"),
        fact(JP, "exports", "growth", -2.4, "percent", NOVEMBER, "2.4", CHINA_EXPORTS, partner="China"),
        fact(JP, "exports", "value", 1.61e12, "JPY", NOVEMBER, "1.61 trillion", CHINA_EXPORTS, partner="China"),
        fact(JP, "exports", "growth", -9.8, "percent", NOVEMBER, "9.8", CHINA_GEAR, partner="China",
             product="chipmaking equipment"),
        fact(JP, "imports", "growth", 2.3, "percent", NOVEMBER, "2.3", CHINA_IMPORTS, partner="China"),
        fact(JP, "imports", "value", 2.39e12, "JPY", NOVEMBER, "2.39 trillion", CHINA_IMPORTS, partner="China"),
        fact(JP, "balance", "value", -777.9e9, "JPY", NOVEMBER, "777.9 billion", CHINA_IMPORTS, partner="China"),
        fact(JP, "exports", "growth", 4.5, "percent", NOVEMBER, "4.5", ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 17.6, "percent", NOVEMBER, "17.6", CHIPS, product=CHIPS_PRODUCT),
        fact(JP, "exports", "value", 664.2e9, "JPY", NOVEMBER, "664.2 billion", CHIPS, product=CHIPS_PRODUCT),
        fact(JP, "exports", "growth", 19.6, "percent", NOVEMBER, "19.6", EU, partner="European Union"),
        fact(JP, "exports", "growth", 2.3, "percent", NOVEMBER, "2.3", SEASONAL, basis="mom"),
        fact(JP, "imports", "growth", -0.6, "percent", NOVEMBER, "0.6", SEASONAL, basis="mom"),
        fact(JP, "balance", "value", 165.1e9, "JPY", NOVEMBER, "165.1 billion", SEASONAL),
        fact(JP, "balance", "value", -2.64e12, "JPY", JAN_NOV, "2.64 trillion", YTD),
        fact(JP, "balance", "growth", -47.3, "percent", JAN_NOV, "47.3", YTD),
    ],
}
