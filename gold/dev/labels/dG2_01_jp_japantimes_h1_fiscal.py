from _fact import fact, period

H1 = period(2025, 4, 9)
E_HEAD = "Japan posted a goods trade deficit of ¥1.76 trillion ($11.9 billion) in the first half of the current fiscal year"
E_TOT = "Exports edged down 0.6 percent to ¥53.52 trillion, while imports dropped 3.1 percent to ¥55.28 trillion"
E_US = "Exports to the world's biggest economy slid 10.8 percent to ¥9.64 trillion"
E_CAR = "dragged down by a 19.6 percent plunge in car shipments to ¥2.71 trillion"
E_USBAL = "Japan's surplus with its security ally shrank 21.4 percent to ¥4.19 trillion"
E_CN = "China, Japan's largest trading partner, took ¥8.73 trillion worth of Japanese goods, down 2.9 percent"

ARTICLE = {
    "id": "dG2_01_jp_japantimes_h1_fiscal",
    "title": "Japan's trade deficit narrows in fiscal first half as U.S.-bound car shipments sink",
    "publisher": "Kyodo",
    "published": "2025-10-22",
    "notes": [
        "Year only in the metadata: 'the first half of the current fiscal year', 'the April-September period' with published 2025-10-22 -> April-September 2025 (Japan's fiscal year starts in April).",
        "Publisher: the text names only Kyodo (the wire credit on a Japan Times page); the headline form is the Japan Times'.",
        "'($11.9 billion)' after the yen deficit is the same observation in another currency: a separate USD fact, qualifier exact (no 'about').",
        "'44.9 percent smaller than a year earlier' is the growth of the deficit, which fell: -44.9 (the deficit narrowed).",
        "'The number of vehicles shipped fell a more modest 4.1 percent' is volume growth beside the value growth of car shipments: out of scope.",
        "'China, Japan's largest trading partner' is a stated rank of total trade with China: rank 1 for the half-year.",
        "Chipmaking equipment shipments to China: growth only (no value given); product 'chipmaking equipment', partner China.",
        "Imports from the US and from China are given as values without growth; the bilateral balances are labelled as stated.",
        "Out of scope: 'fifth consecutive half-year deficit' (streak), yen averages 146/152 (exchange rates), 15 and 27.5 percent tariffs, 'first time in five months' for September, the economists' outlook and the 0.3 percentage point of growth.",
    ],
    "facts": [
        fact("Japan", "balance", "value", -1.76e12, "JPY", H1, "1.76 trillion", E_HEAD),
        fact("Japan", "balance", "value", -11.9e9, "USD", H1, "11.9 billion", E_HEAD),
        fact("Japan", "balance", "growth", -44.9, "percent", H1, "44.9",
             "The shortfall for the April-September period, the country's fifth consecutive half-year deficit, was 44.9 percent smaller than a year earlier"),
        fact("Japan", "exports", "value", 53.52e12, "JPY", H1, "53.52 trillion", E_TOT),
        fact("Japan", "exports", "growth", -0.6, "percent", H1, "0.6", E_TOT),
        fact("Japan", "imports", "value", 55.28e12, "JPY", H1, "55.28 trillion", E_TOT),
        fact("Japan", "imports", "growth", -3.1, "percent", H1, "3.1", E_TOT),
        fact("Japan", "exports", "value", 9.64e12, "JPY", H1, "9.64 trillion", E_US, partner="United States"),
        fact("Japan", "exports", "growth", -10.8, "percent", H1, "10.8", E_US, partner="United States"),
        fact("Japan", "exports", "growth", -19.6, "percent", H1, "19.6", E_CAR, partner="United States", product="cars"),
        fact("Japan", "exports", "value", 2.71e12, "JPY", H1, "2.71 trillion", E_CAR, partner="United States", product="cars"),
        fact("Japan", "imports", "value", 5.45e12, "JPY", H1, "5.45 trillion",
             "Imports from the United States, including liquefied natural gas, soybeans and aircraft parts, came to ¥5.45 trillion",
             partner="United States"),
        fact("Japan", "balance", "value", 4.19e12, "JPY", H1, "4.19 trillion", E_USBAL, partner="United States"),
        fact("Japan", "balance", "growth", -21.4, "percent", H1, "21.4", E_USBAL, partner="United States"),
        fact("Japan", "total", "rank", 1, "number", H1, "largest", E_CN, partner="China"),
        fact("Japan", "exports", "value", 8.73e12, "JPY", H1, "8.73 trillion", E_CN, partner="China"),
        fact("Japan", "exports", "growth", -2.9, "percent", H1, "2.9", E_CN, partner="China"),
        fact("Japan", "exports", "growth", 14.5, "percent", H1, "14.5",
             "One exception was chipmaking equipment, whose shipments to China climbed 14.5 percent",
             partner="China", product="chipmaking equipment"),
        fact("Japan", "imports", "value", 12.31e12, "JPY", H1, "12.31 trillion", "Imports from China totaled ¥12.31 trillion",
             partner="China"),
        fact("Japan", "balance", "value", -3.58e12, "JPY", H1, "3.58 trillion",
             "leaving Japan with a ¥3.58 trillion deficit against its neighbor", partner="China"),
    ],
}
