from _fact import fact, period

FEB = period(2026, 2)
JAN = period(2026, 1)
JP = "Japan"
US = "United States"

TOTAL = "Exports overall were 4.9% higher in February than a year before"
JAN_EXP = "slowing from January's 12.4% jump"
IMP = "Imports were up 6.6% on the year in February"
OIL = "With global prices softening, the value of crude oil imports dropped 11.2%."
BAL = "Japan therefore booked a 467.2 billion yen ($3.13 billion) trade surplus for February"
CHINA = "Exports to the biggest of Japan's trading partners, China, slid 9.7% from a year earlier"
CHINA_IMP = "imports from the neighbouring country increased 8.4%."
ASIA = "Exports to Asia overall still grew 7.3%"
TAIWAN = "supported by a 24.1% jump in shipments to Taiwan"
PRODUCTS = "Broken down by goods, shipments of semiconductor-making equipment climbed 22.6% and electronic parts, chips among them, gained 15.1%, whereas car exports declined 3.5%."
US_EXP = "Exports bound for the U.S. fell 6.2%"
US_CARS = "cars shipped to the world's largest economy sank 14.8%"
US_BAL = "Against a year earlier, Japan's surplus in trade with the United States was 18.5% smaller, at 592.4 billion yen."
EU = "Shipments to the European Union increased 3.4%."
SA = "Seasonally adjusted, exports increased 1.9% from January and imports declined 0.8%."

ARTICLE = {
    "id": "dAH2_02_japan_february_exports",
    "title": "Chip equipment demand keeps Japan's exports growing for sixth month in February despite China, US drag",
    "publisher": "Reuters",
    "published": "2026-03-18",
    "notes": [
        "Published Wednesday 2026-03-18; the running period is February 2026. 'January's 12.4% jump' is January "
        "2026 export growth (yoy), its own fact.",
        "'Imports were up 6.6% on the year in February': February yoy.",
        "'$3.13 billion' restates the yen surplus in dollars: a separate USD fact, qualifier approx.",
        "'Exports to the biggest of Japan's trading partners, China': rank 1 of China as Japan's trading partner (flow "
        "total), given the article's period (February 2026) as in the guide's rank example.",
        "'Imports from the neighbouring country' = imports from China.",
        "'Exports to Asia overall': partner Asia. 'a 24.1% jump in shipments to Taiwan': partner Taiwan.",
        "Product figures in the 'Broken down by goods' sentence are Japan's exports to the world: 'semiconductor-making "
        "equipment', 'electronic parts' (chips named among them, not a restriction), 'cars'.",
        "'cars shipped to the world's largest economy': exports of cars to the United States.",
        "'Japan's surplus in trade with the United States was 18.5% smaller': balance growth follows the comparative, -18.5.",
        "'Seasonally adjusted, exports increased 1.9% from January and imports declined 0.8%': basis mom.",
        "Out of scope, unlabelled: the Reuters poll forecasts (5.6%, 4.1%, the 626.0 billion yen surplus); streaks "
        "('the sixth month in a row', 'the 11th consecutive monthly decline'); 'export volumes ... down 1.1%' (volume growth beside value "
        "growth); the yen close to 150 to the dollar and the '$1 = 149.30 yen' rate; the 15% U.S. tariff; 'the world's largest economy' (an economy's size, not a trade rank); GDP growth of 1.1%; "
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
