from _fact import fact, period

NOV = period(2024, 11)
OCT = period(2024, 10)
E_EXP = "November exports were up 3.8% year-on-year"
E_BAL = "November closed with a trade deficit of 117.6 billion yen ($766 million)"
E_US = "In the year to November, sales to the United States, Japan's biggest export market, decreased 8.0%"
E_SUR = "The surplus Japan runs with the United States narrowed 14.5% to 684.4 billion yen"
E_CN = "Shipments to China, which is Japan's largest trading partner, edged up 1.2%"

ARTICLE = {
    "id": "dI2_02_jp_reuters_nov_exports",
    "title": "Chip-equipment demand lifts Japan's November exports past forecasts as U.S.-bound shipments weaken",
    "publisher": "Reuters",
    "published": "2024-12-18",
    "notes": [
        "The year appears only in the published date and the dateline without a year: November is 2024-11, October 2024-10.",
        "October's 3.1% export gain is a separate observation (period 2024-10).",
        "The USD conversion of the deficit ($766 million) is a separate fact, qualifier approx.",
        "Imports 'declined 3.8%' and exports 'up 3.8%': distinct facts (flow differs), signs from the verbs.",
        "'car exports to that country down 13.4%': exports of cars to the United States, partner United States, product cars.",
        "'Japan's biggest export market' is a rank of the US for exports; 'largest trading partner' a rank of China for total trade.",
        "The surplus with the US 'narrowed 14.5%': growth of a surplus follows its verb, -14.5.",
        "Out of scope: poll forecasts (2.8%, 1.2%), 'second consecutive month', GDP 1.2%, BOJ rate 0.25%, exchange rate 153.50.",
    ],
    "facts": [
        fact("Japan", "exports", "growth", 3.8, "percent", NOV, "3.8", E_EXP),
        fact("Japan", "exports", "growth", 3.1, "percent", OCT, "3.1", "in October they had grown 3.1%"),
        fact("Japan", "imports", "growth", -3.8, "percent", NOV, "3.8", "Imports declined 3.8%"),
        fact("Japan", "balance", "value", -117.6e9, "JPY", NOV, "117.6 billion", E_BAL),
        fact("Japan", "balance", "value", -766e6, "USD", NOV, "766 million", E_BAL, qualifier="approx"),
        fact("Japan", "exports", "value", 9.15e12, "JPY", NOV, "9.15 trillion", "Exports were worth 9.15 trillion yen"),
        fact("Japan", "imports", "value", 9.27e12, "JPY", NOV, "9.27 trillion", "imports amounted to 9.27 trillion yen"),
        fact("Japan", "exports", "growth", 29.6, "percent", NOV, "29.6",
             "exports of semiconductor manufacturing equipment soared 29.6%",
             product="semiconductor manufacturing equipment"),
        fact("Japan", "exports", "growth", -8.0, "percent", NOV, "8.0", E_US, partner="United States"),
        fact("Japan", "exports", "rank", 1, "number", NOV, "biggest", E_US, partner="United States"),
        fact("Japan", "exports", "growth", -13.4, "percent", NOV, "13.4", "car exports to that country down 13.4%",
             partner="United States", product="cars"),
        fact("Japan", "balance", "value", 684.4e9, "JPY", NOV, "684.4 billion", E_SUR, partner="United States"),
        fact("Japan", "balance", "growth", -14.5, "percent", NOV, "14.5", E_SUR, partner="United States"),
        fact("Japan", "exports", "growth", 1.2, "percent", NOV, "1.2", E_CN, partner="China"),
        fact("Japan", "total", "rank", 1, "number", NOV, "largest", E_CN, partner="China"),
        fact("Japan", "exports", "growth", 4.9, "percent", NOV, "4.9", "exports to Asia overall increased 4.9%",
             partner="Asia"),
    ],
}
