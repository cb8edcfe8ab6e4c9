from _fact import fact, period

NOV = period(2024, 11)
OCT = period(2024, 10)
E_EXP = "Exports rose 3.8% year-on-year in November"
E_BAL = "leaving a trade deficit of 117.6 billion yen ($766 million) for the month"
E_US = "Shipments to the United States, Japan's biggest export market, fell 8.0% in the year to November"
E_SUR = "Japan's trade surplus with the United States shrank 14.5% to 684.4 billion yen"
E_CN = "Exports to China, Japan's largest trading partner, climbed 1.2%"

ARTICLE = {
    "id": "dI2_02_jp_reuters_nov_exports",
    "title": "Japan's November exports beat forecasts on chip equipment demand, U.S. shipments sag",
    "publisher": "Reuters",
    "published": "2024-12-18",
    "notes": [
        "The year appears only in the published date and the dateline without a year: November is 2024-11, October 2024-10.",
        "October's 3.1% export gain is a separate observation (period 2024-10).",
        "The USD conversion of the deficit ($766 million) is a separate fact, qualifier approx.",
        "Imports 'fell 3.8%' and exports 'rose 3.8%': distinct facts (flow differs), signs from the verbs.",
        "'car exports there dropped 13.4%': exports of cars to the United States, partner United States, product cars.",
        "'Japan's biggest export market' is a rank of the US for exports; 'largest trading partner' a rank of China for total trade.",
        "The surplus with the US 'shrank 14.5%': growth of a surplus follows its verb, -14.5.",
        "Out of scope: poll forecasts (2.8%, 1.2%), 'second straight month', GDP 1.2%, BOJ rate 0.25%, exchange rate 153.50.",
    ],
    "facts": [
        fact("Japan", "exports", "growth", 3.8, "percent", NOV, "3.8", E_EXP),
        fact("Japan", "exports", "growth", 3.1, "percent", OCT, "3.1", "following a 3.1% gain in October"),
        fact("Japan", "imports", "growth", -3.8, "percent", NOV, "3.8", "Imports fell 3.8%"),
        fact("Japan", "balance", "value", -117.6e9, "JPY", NOV, "117.6 billion", E_BAL),
        fact("Japan", "balance", "value", -766e6, "USD", NOV, "766 million", E_BAL, qualifier="approx"),
        fact("Japan", "exports", "value", 9.15e12, "JPY", NOV, "9.15 trillion", "Exports totalled 9.15 trillion yen"),
        fact("Japan", "imports", "value", 9.27e12, "JPY", NOV, "9.27 trillion", "imports came to 9.27 trillion yen"),
        fact("Japan", "exports", "growth", 29.6, "percent", NOV, "29.6",
             "Shipments of semiconductor manufacturing equipment jumped 29.6%",
             product="semiconductor manufacturing equipment"),
        fact("Japan", "exports", "growth", -8.0, "percent", NOV, "8.0", E_US, partner="United States"),
        fact("Japan", "exports", "rank", 1, "number", NOV, "biggest", E_US, partner="United States"),
        fact("Japan", "exports", "growth", -13.4, "percent", NOV, "13.4", "car exports there dropped 13.4%",
             partner="United States", product="cars"),
        fact("Japan", "balance", "value", 684.4e9, "JPY", NOV, "684.4 billion", E_SUR, partner="United States"),
        fact("Japan", "balance", "growth", -14.5, "percent", NOV, "14.5", E_SUR, partner="United States"),
        fact("Japan", "exports", "growth", 1.2, "percent", NOV, "1.2", E_CN, partner="China"),
        fact("Japan", "total", "rank", 1, "number", NOV, "largest", E_CN, partner="China"),
        fact("Japan", "exports", "growth", 4.9, "percent", NOV, "4.9", "shipments to Asia as a whole rose 4.9%",
             partner="Asia"),
    ],
}
