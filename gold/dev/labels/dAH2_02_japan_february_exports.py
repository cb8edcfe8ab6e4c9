from _fact import fact, period

FEB = period(2026, 2)
JAN = period(2026, 1)
JP = "Japan"
US = "United States"

TOTAL = "Total exports rose 4.9% in February from a year earlier"
JAN_EXP = "down from a 12.4% jump in January"
IMP = "Imports climbed 6.6% in the year to February"
OIL = "Crude oil imports fell 11.2% in value as global prices eased."
BAL = "Japan ran a trade surplus of 467.2 billion yen ($3.13 billion) in February"
CHINA = "Exports to China, Japan's biggest trading partner, fell 9.7% year-on-year"
CHINA_IMP = "Imports from the neighbouring country rose 8.4%."
ASIA = "Shipments to Asia as a whole still gained 7.3%"
TAIWAN = "helped by a 24.1% surge in exports to Taiwan"
PRODUCTS = ("By product, exports of semiconductor-making equipment rose 22.6%, and those of electronic parts such as "
            "chips grew 15.1%, while car exports slipped 3.5%.")
US_EXP = "U.S.-bound exports dropped 6.2%"
US_CARS = "with car shipments to the world's largest economy down 14.8%"
US_BAL = "Japan's trade surplus with the United States shrank 18.5% from a year earlier to 592.4 billion yen."
EU = "Exports to the European Union were up 3.4%."
SA = "On a seasonally adjusted basis, exports rose 1.9% from January, while imports fell 0.8%."

ARTICLE = {
    "id": "dAH2_02_japan_february_exports",
    "title": "Japan's February exports rise for sixth month as chip gear demand offsets China, US weakness",
    "publisher": "Reuters",
    "published": "2026-03-18",
    "notes": [
        "Published Wednesday 2026-03-18; the running period is February 2026. 'a 12.4% jump in January' is January "
        "2026 export growth (yoy), its own fact.",
        "'Imports climbed 6.6% in the year to February': February yoy.",
        "'$3.13 billion' restates the yen surplus in dollars: a separate USD fact, qualifier approx.",
        "'Exports to China, Japan's biggest trading partner': rank 1 of China as Japan's trading partner (flow "
        "total), given the article's period (February 2026) as in the guide's rank example.",
        "'Imports from the neighbouring country' = imports from China.",
        "'Shipments to Asia as a whole': partner Asia. 'a 24.1% surge in exports to Taiwan': partner Taiwan.",
        "Product figures in the 'By product' sentence are Japan's exports to the world: 'semiconductor-making "
        "equipment', 'electronic parts' (chips given as an example, not a restriction), 'cars'.",
        "'car shipments to the world's largest economy': exports of cars to the United States.",
        "'Japan's trade surplus with the United States shrank 18.5%': balance growth follows the verb, -18.5.",
        "'On a seasonally adjusted basis, exports rose 1.9% from January, while imports fell 0.8%': basis mom.",
        "Out of scope, unlabelled: the Reuters poll forecasts (5.6%, 4.1%, the 626.0 billion yen surplus); streaks "
        "('sixth straight month', '11th straight month'); 'Export volumes ... fell 1.1%' (volume growth beside value "
        "growth); the yen near 150 per dollar and the '$1 = 149.30 yen' rate; the 15% U.S. tariff; 'the world's largest economy' (an economy's size, not a trade rank); GDP growth of 1.1%; "
        "the BOJ's 0.75% policy rate.",
    ],
    "facts": [
        fact(JP, "exports", "growth", 4.9, "percent", FEB, "4.9", TOTAL),
        fact(JP, "exports", "growth", 12.4, "percent", JAN, "12.4", JAN_EXP),
        fact(JP, "imports", "growth", 6.6, "percent", FEB, "6.6", IMP),
        fact(JP, "imports", "growth", -11.2, "percent", FEB, "11.2", OIL, product="crude oil"),
        fact(JP, "balance", "value", 467.2e9, "JPY", FEB, "467.2 billion", BAL),
        fact(JP, "balance", "value", 3.13e9, "USD", FEB, "3.13 billion", BAL, qualifier="approx"),
        fact(JP, "total", "rank", 1, "number", FEB, "biggest", CHINA, partner="China"),
        fact(JP, "exports", "growth", -9.7, "percent", FEB, "9.7", CHINA, partner="China"),
        fact(JP, "imports", "growth", 8.4, "percent", FEB, "8.4", CHINA_IMP, partner="China"),
        fact(JP, "exports", "growth", 7.3, "percent", FEB, "7.3", ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 24.1, "percent", FEB, "24.1", TAIWAN, partner="Taiwan"),
        fact(JP, "exports", "growth", 22.6, "percent", FEB, "22.6", PRODUCTS, product="semiconductor-making equipment"),
        fact(JP, "exports", "growth", 15.1, "percent", FEB, "15.1", PRODUCTS, product="electronic parts"),
        fact(JP, "exports", "growth", -3.5, "percent", FEB, "3.5", PRODUCTS, product="cars"),
        fact(JP, "exports", "growth", -6.2, "percent", FEB, "6.2", US_EXP, partner=US),
        fact(JP, "exports", "growth", -14.8, "percent", FEB, "14.8", US_CARS, partner=US, product="cars"),
        fact(JP, "balance", "growth", -18.5, "percent", FEB, "18.5", US_BAL, partner=US),
        fact(JP, "balance", "value", 592.4e9, "JPY", FEB, "592.4 billion", US_BAL, partner=US),
        fact(JP, "exports", "growth", 3.4, "percent", FEB, "3.4", EU, partner="European Union"),
        fact(JP, "exports", "growth", 1.9, "percent", FEB, "1.9", SA, basis="mom"),
        fact(JP, "imports", "growth", -0.8, "percent", FEB, "0.8", SA, basis="mom"),
    ],
}
