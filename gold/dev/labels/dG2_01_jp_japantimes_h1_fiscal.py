from _fact import fact, period

H1 = period(2025, 4, 9)
E_HEAD = "left the country with a deficit in goods trade of ¥1.76 trillion ($11.9 billion) for the first six months of the current fiscal year"
E_TOT = "Shipments abroad slipped 0.6 percent to ¥53.52 trillion and imports declined 3.1 percent to ¥55.28 trillion"
E_US = "Shipments to the world's largest economy decreased 10.8 percent to ¥9.64 trillion"
E_CAR = "automobiles, whose exports there sank 19.6 percent to ¥2.71 trillion"
E_USBAL = "Its surplus with its security partner consequently narrowed 21.4 percent to ¥4.19 trillion"
E_CN = "Exports to China, Japan's largest trading partner, fell 2.9 percent to ¥8.73 trillion"

ARTICLE = {
    "id": "dG2_01_jp_japantimes_h1_fiscal",
    "title": "U.S.-bound auto exports tumble as Japan's fiscal first-half trade gap shrinks",
    "publisher": "Kyodo",
    "published": "2025-10-22",
    "notes": [
        "Year only in the metadata: 'the first six months of the current fiscal year', 'The April-September gap' with published 2025-10-22 -> April-September 2025 (Japan's fiscal year starts in April).",
        "Publisher: the text names only Kyodo (the wire credit on a Japan Times page); the headline form is the Japan Times'.",
        "'($11.9 billion)' after the yen deficit is the same observation in another currency: a separate USD fact, qualifier exact (no 'about').",
        "'44.9 percent smaller than in the same half a year before' is the growth of the deficit, which fell: -44.9 (the deficit narrowed).",
        "'Vehicle volumes dropped by a smaller 4.1 percent' is volume growth beside the value growth of car shipments: out of scope.",
        "'China, Japan's largest trading partner' is a stated rank of total trade with China: rank 1 for the half-year.",
        "Chipmaking equipment shipments to China: growth only (no value given); product 'chipmaking equipment', partner China.",
        "Imports from the US and from China are given as values without growth; the bilateral balances are labelled as stated.",
        "Out of scope: 'fifth straight half-year deficit' (streak), yen averages 146/152 (exchange rates), 15 and 27.5 percent tariffs, 'first time in five months' for September, the economists' outlook and the 0.3 percentage point of growth.",
    ],
    "facts": [
        fact("Japan", "balance", "value", -1.76e12, "JPY", H1, "1.76 trillion", E_HEAD),
        fact("Japan", "balance", "value", -11.9e9, "USD", H1, "11.9 billion", E_HEAD),
        fact("Japan", "balance", "growth", -44.9, "percent", H1, "44.9",
             "The April-September gap, Japan's fifth straight half-year deficit, came in 44.9 percent smaller than in the same half a year before"),
        fact("Japan", "exports", "value", 53.52e12, "JPY", H1, "53.52 trillion", E_TOT),
        fact("Japan", "exports", "growth", -0.6, "percent", H1, "0.6", E_TOT),
        fact("Japan", "imports", "value", 55.28e12, "JPY", H1, "55.28 trillion", E_TOT),
        fact("Japan", "imports", "growth", -3.1, "percent", H1, "3.1", E_TOT),
        fact("Japan", "exports", "value", 9.64e12, "JPY", H1, "9.64 trillion", E_US, partner="United States"),
        fact("Japan", "exports", "growth", -10.8, "percent", H1, "10.8", E_US, partner="United States"),
        fact("Japan", "exports", "growth", -19.6, "percent", H1, "19.6", E_CAR, partner="United States", product="cars"),
        fact("Japan", "exports", "value", 2.71e12, "JPY", H1, "2.71 trillion", E_CAR, partner="United States", product="cars"),
        fact("Japan", "imports", "value", 5.45e12, "JPY", H1, "5.45 trillion",
             "Japan bought ¥5.45 trillion of U.S. goods",
             partner="United States"),
        fact("Japan", "balance", "value", 4.19e12, "JPY", H1, "4.19 trillion", E_USBAL, partner="United States"),
        fact("Japan", "balance", "growth", -21.4, "percent", H1, "21.4", E_USBAL, partner="United States"),
        fact("Japan", "total", "rank", 1, "number", H1, "largest", E_CN, partner="China"),
        fact("Japan", "exports", "value", 8.73e12, "JPY", H1, "8.73 trillion", E_CN, partner="China"),
        fact("Japan", "exports", "growth", -2.9, "percent", H1, "2.9", E_CN, partner="China"),
        fact("Japan", "exports", "growth", 14.5, "percent", H1, "14.5",
             "shipments of it to China rose 14.5 percent",
             partner="China", product="chipmaking equipment"),
        fact("Japan", "imports", "value", 12.31e12, "JPY", H1, "12.31 trillion", "Goods bought from China added up to ¥12.31 trillion",
             partner="China"),
        fact("Japan", "balance", "value", -3.58e12, "JPY", H1, "3.58 trillion",
             "put Japan ¥3.58 trillion in deficit with its neighbor", partner="China"),
    ],
}
