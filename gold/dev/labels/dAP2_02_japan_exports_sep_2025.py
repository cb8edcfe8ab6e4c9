from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
H1 = period(2025, 4, 9)
JP = "Japan"
US = "United States"
E_BAL = "producing a deficit of 234.6 billion yen ($1.55 billion)"
E_XM = ("exports totaled 9.41 trillion yen, 4.2 percent more than a year before and the first gain in five months, and the "
        "import bill reached 9.65 trillion yen, up 3.3 percent")
E_US = ("Shipments bound for the United States shrank 13.3 percent to 1.58 trillion yen, a sixth straight monthly decrease, "
        "following a 13.8 percent fall in August.")
E_CAR = "By value, U.S.-bound car exports sank 24.2 percent"
E_ASIA = "Asia absorbed 53.5 percent of the month's exports, and sales to the region climbed 9.2 percent."
E_CHN = "China, Japan's biggest trading partner, bought 1.62 trillion yen of Japanese goods, 5.8 percent more than a year earlier"
E_EU = "lifted shipments to the European Union by 5.0 percent"
E_CHIP = "a 12.6 percent rise in exports of semiconductors and other electronic parts"
E_H1_BAL = "the deficit came to 1.22 trillion yen, 61.2 percent smaller than a year before"
E_H1_XM = "Exports inched 0.2 percent higher to 53.65 trillion yen and imports dropped 3.2 percent to 54.88 trillion yen."
E_H1_US = "U.S.-bound exports for the six months came to 9.71 trillion yen, down 10.2 percent"
E_H1_SUR = "Japan's surplus with the United States contracted by 22.6 percent to 3.32 trillion yen."
E_H1_CAR = "The value of cars shipped to the U.S. in the half slumped 22.7 percent to 2.39 trillion yen"
E_H1_UNITS = "volumes eased just 2.4 percent to 662,914 vehicles"

ARTICLE = {
    "id": "dAP2_02_japan_exports_sep_2025",
    "title": "Japan logs 3rd straight monthly trade deficit as U.S.-bound exports drop 13.3%",
    "publisher": "Kanto Press",
    "published": "2025-10-22",
    "notes": [
        "Outlet, economist and institute are invented; figures modelled on the Finance Ministry's September 2025 preliminary release.",
        "Headline '13.3%' is the same observation as the body's U.S.-bound exports drop: labelled once (body). '3rd straight' deficit, 'sixth straight monthly decrease', 'first gain in five months': streaks, out.",
        "'234.6 billion yen ($1.55 billion)': a JPY fact and a USD fact; the bracket has no 'about', so qualifier exact (the conversion is the text's own).",
        "Growth rates with no comparison stated are year on year ('than a year before' in the first figures paragraph).",
        "'following a 13.8 percent fall in August': August's U.S.-bound export growth, -13.8, period 2025-08.",
        "'By value, U.S.-bound car exports sank 24.2 percent': exports, product 'cars', partner United States, September.",
        "Asia share 53.5 percent of exports labelled as an export share, partner Asia, September.",
        "'China, Japan's biggest trading partner': rank 1, flow total, partner China, given the article's running period (September 2025).",
        "First half of fiscal 2025 = April-September 2025 (2025-04..2025-09). '61.2 percent smaller' (the deficit) -> -61.2; 'surplus with the United States contracted by 22.6 percent' -> -22.6.",
        "662,914 vehicles: quantity of automobile exports to the U.S. (unit number). The 2.4 percent fall is volume growth beside value growth: out.",
        "Reuters poll expectations (4.4, 0.6 percent), tariff rates (15, 27.5 percent), the exchange rate (151, $1 = 151.20 yen), fiscal 2020 and other dates: out.",
    ],
    "facts": [
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP, "234.6 billion", E_BAL),
        fact(JP, "balance", "value", -1.55e9, "USD", SEP, "1.55 billion", E_BAL),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2", E_XM),
        fact(JP, "exports", "value", 9.41e12, "JPY", SEP, "9.41 trillion", E_XM),
        fact(JP, "imports", "growth", 3.3, "percent", SEP, "3.3", E_XM),
        fact(JP, "imports", "value", 9.65e12, "JPY", SEP, "9.65 trillion", E_XM),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3", E_US, partner=US),
        fact(JP, "exports", "value", 1.58e12, "JPY", SEP, "1.58 trillion", E_US, partner=US),
        fact(JP, "exports", "growth", -13.8, "percent", AUG, "13.8", E_US, partner=US),
        fact(JP, "exports", "growth", -24.2, "percent", SEP, "24.2", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "share", 53.5, "percent", SEP, "53.5", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 9.2, "percent", SEP, "9.2", E_ASIA, partner="Asia"),
        fact(JP, "total", "rank", 1, "number", SEP, "biggest", E_CHN, partner="China"),
        fact(JP, "exports", "growth", 5.8, "percent", SEP, "5.8", E_CHN, partner="China"),
        fact(JP, "exports", "value", 1.62e12, "JPY", SEP, "1.62 trillion", E_CHN, partner="China"),
        fact(JP, "exports", "growth", 5.0, "percent", SEP, "5.0", E_EU, partner="European Union"),
        fact(JP, "exports", "growth", 12.6, "percent", SEP, "12.6", E_CHIP, product="semiconductors and other electronic parts"),
        fact(JP, "balance", "growth", -61.2, "percent", H1, "61.2", E_H1_BAL),
        fact(JP, "balance", "value", -1.22e12, "JPY", H1, "1.22 trillion", E_H1_BAL),
        fact(JP, "exports", "growth", 0.2, "percent", H1, "0.2", E_H1_XM),
        fact(JP, "exports", "value", 53.65e12, "JPY", H1, "53.65 trillion", E_H1_XM),
        fact(JP, "imports", "growth", -3.2, "percent", H1, "3.2", E_H1_XM),
        fact(JP, "imports", "value", 54.88e12, "JPY", H1, "54.88 trillion", E_H1_XM),
        fact(JP, "exports", "growth", -10.2, "percent", H1, "10.2", E_H1_US, partner=US),
        fact(JP, "exports", "value", 9.71e12, "JPY", H1, "9.71 trillion", E_H1_US, partner=US),
        fact(JP, "balance", "growth", -22.6, "percent", H1, "22.6", E_H1_SUR, partner=US),
        fact(JP, "balance", "value", 3.32e12, "JPY", H1, "3.32 trillion", E_H1_SUR, partner=US),
        fact(JP, "exports", "growth", -22.7, "percent", H1, "22.7", E_H1_CAR, partner=US, product="automobiles"),
        fact(JP, "exports", "value", 2.39e12, "JPY", H1, "2.39 trillion", E_H1_CAR, partner=US, product="automobiles"),
        fact(JP, "exports", "quantity", 662914, "number", H1, "662,914", E_H1_UNITS, partner=US, product="automobiles"),
    ],
}
