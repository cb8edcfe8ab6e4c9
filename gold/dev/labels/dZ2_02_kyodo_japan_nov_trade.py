from _fact import fact, period

NOVEMBER = period(2025, 11)
JAN_NOV = period(2025, 1, 11)
JP = "Japan"
US = "United States"

LEAD = (
    "Japan returned to a goods trade surplus in November for the first time in five months, logging 322.3 billion yen "
    "(about $2.07 billion)"
)
EXPORTS = "exports increased for a third consecutive month, reaching 9.71 trillion yen, 6.1 percent more than a year earlier"
IMPORTS = "imports inched up 1.3 percent to 9.39 trillion yen"
US_EXPORTS = (
    "Shipments to the United States, which had been hit hard after President Donald Trump hiked duties on Japanese "
    "products, rose 8.8 percent to 1.82 trillion yen and made up 18.7 percent of all exports"
)
US_CARS = "In value terms, automobile exports to the U.S. grew 1.5 percent"
US_IMPORTS = "imports from the U.S. grew 7.1 percent to 1.08 trillion yen"
US_SURPLUS = "Japan's surplus with the country rose 11.3 percent to 739.8 billion yen"
CHINA_EXPORTS = "exports to China, Japan's largest trading partner, declined 2.4 percent to 1.61 trillion yen"
CHINA_GEAR = "Shipments of chipmaking equipment to China fell 9.8 percent"
CHINA_IMPORTS = (
    "Imports from China climbed 2.3 percent to 2.39 trillion yen, so Japan's deficit with its neighbor widened to "
    "777.9 billion yen"
)
ASIA = "Exports to the whole of Asia, China included, grew 4.5 percent"
CHIPS = (
    "semiconductors and other electronic components; shipments of those to all destinations combined rose 17.6 percent "
    "to 664.2 billion yen"
)
EU = "Exports to the European Union soared 19.6 percent"
SEASONAL = (
    "After seasonal adjustment, exports increased 2.3 percent from October while imports declined 0.6 percent, "
    "resulting in a 165.1 billion yen surplus"
)
YTD = "Japan's trade deficit for January-November came to 2.64 trillion yen, 47.3 percent smaller than a year before"
CHIPS_PRODUCT = "semiconductors and other electronic components"

ARTICLE = {
    "id": "dZ2_02_kyodo_japan_nov_trade",
    "title": "Recovering U.S.-bound shipments give Japan its 1st trade surplus in 5 months",
    "publisher": "Kyodo",
    "published": "2025-12-17",
    "notes": [
        "The text gives no year; the running period is November 2025 from the publication date (Wednesday 2025-12-17, "
        "the Finance Ministry's preliminary release).",
        "Growth rates without a stated base are yoy: the second paragraph sets 'than a year earlier'; only the seasonally "
        "adjusted paragraph is month-on-month ('from October').",
        "'(about $2.07 billion)' is the same surplus in another currency: a separate USD fact, qualifier approx.",
        "'made up 18.7 percent of all exports': share of U.S.-bound exports in Japan's total exports, partner United "
        "States, measure share.",
        "'In value terms, automobile exports to the U.S. grew 1.5 percent': partner United States; product 'automobiles' "
        "(text's word 'automobile'). 'the number of vehicles sent rose about 8 percent' is volume growth beside value growth: out. The 15 percent U.S. levy is a tariff rate: out.",
        "'Japan's surplus with the country rose 11.3 percent to 739.8 billion yen': Japan's balance with the United States "
        "('the country' of the sentence before) and its yoy growth (a surplus that grew: +11.3).",
        "'Japan's largest trading partner' is a stated rank of China in total trade: rank 1, flow total, period November "
        "2025 (the article's running period).",
        "'Shipments of chipmaking equipment to China fell 9.8 percent': exports, partner China, product 'chipmaking "
        "equipment' (text's words). 'Greater purchases of Japanese chipmaking tools by Taiwan and South Korea' gives no number: nothing "
        "to label.",
        "'Exports to the whole of Asia, China included': partner 'Asia'.",
        "'semiconductors and other electronic components; shipments of those to all destinations combined rose 17.6 percent "
        "to 664.2 billion yen': 'to all destinations combined' widens the scope back to all destinations, so partner null (not Asia); "
        "product in the text's words.",
        "Seasonally adjusted paragraph: exports +2.3 and imports -0.6 are month-on-month ('from October'), basis mom. The "
        "seasonally adjusted surplus of 165.1 billion yen is labelled as a November balance value (the record has no field "
        "for seasonal adjustment, so it has the same identity as the unadjusted surplus but another value). Judgement call; "
        "see the guide question in the report.",
        "January-November deficit -2.64e12 JPY and its growth: '47.3 percent smaller' follows its comparative, -47.3, yoy.",
        "Out of scope, unlabelled: 'for the first time in five months', 'first time since March', 'third consecutive month' "
        "(streaks), "
        "the yen's average of 154.92 and its 2.1 percent fall (exchange rate), the economist's forecast of real exports "
        "growing 'about 2 percent' in January-March, the BOJ's 0.75 percent policy rate.",
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
