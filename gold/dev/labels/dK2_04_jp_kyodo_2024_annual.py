from _fact import fact, period

JP = "Japan"
Y = period(2024, 1, 12)
E_HEAD = "Japan's trade deficit for 2024 came in at 5.42 trillion yen ($34.7 billion), down 41.7 percent from a year earlier"
E_US = "Exports to the United States, the largest market for Japanese goods, grew 4.1 percent to an unprecedented 21.10 trillion yen"
E_CN = "Shipments to China, the biggest of Japan's trading partners, climbed 6.1 percent to 18.84 trillion yen"
E_ASIA = "Asia overall took 56.30 trillion yen of Japanese exports, or 52.2 percent of the total"
E_CAR = "exports of automobiles slipped 0.9 percent to 17.97 trillion yen"

ARTICLE = {
    "id": "dK2_04_jp_kyodo_2024_annual",
    "title": "Record exports cut Japan's 2024 trade deficit by more than 40%",
    "publisher": "Kyodo",
    "published": "2025-01-23",
    "notes": [
        "Calendar year 2024 (stated in the text); published 2025-01-23, a Thursday as the text says.",
        "Headline 'by more than 40%' is a threshold restating the body's exact 41.7 percent: the exact figure only.",
        "Deficit growth follows its wording: 'down 41.7 percent' -> -41.7.",
        "The dollar conversion '($34.7 billion)' has no 'about': a separate USD fact, qualifier exact.",
        "'the largest market for Japanese goods' -> rank 1 of exports to the United States; 'the biggest of Japan's trading partners' -> rank 1 of total trade with China.",
        "'an unprecedented 21.10 trillion yen': the record is not a separate number.",
        "Asia share 52.2 percent of total exports; Asia includes China (overlapping partners, both labelled as stated).",
        "'chipmaking equipment' and 'semiconductors and other electronic components' in the text's words; growth only, no values given.",
        "Out: 'four straight years' (streak), 1979 (year), the yen's average rate (151.45) and its 7.8 percent fall (not trade), 'its first in six months'.",
        "December alone: surplus of 130.9 billion yen, period December 2024.",
    ],
    "facts": [
        fact(JP, "balance", "value", -5.42e12, "JPY", Y, "5.42 trillion", E_HEAD),
        fact(JP, "balance", "value", -34.7e9, "USD", Y, "34.7 billion", E_HEAD),
        fact(JP, "balance", "growth", -41.7, "percent", Y, "41.7", E_HEAD),
        fact(JP, "balance", "value", -9.29e12, "JPY", period(2023, 1, 12), "9.29 trillion",
             "In 2023, the shortfall had stood at 9.29 trillion yen"),
        fact(JP, "exports", "value", 107.88e12, "JPY", Y, "107.88 trillion",
             "exports increased 6.9 percent to 107.88 trillion yen"),
        fact(JP, "exports", "growth", 6.9, "percent", Y, "6.9", "exports increased 6.9 percent to 107.88 trillion yen"),
        fact(JP, "imports", "value", 113.30e12, "JPY", Y, "113.30 trillion",
             "Imports were up 2.8 percent at 113.30 trillion yen"),
        fact(JP, "imports", "growth", 2.8, "percent", Y, "2.8", "Imports were up 2.8 percent at 113.30 trillion yen"),
        fact(JP, "exports", "rank", 1, "number", Y, "largest", E_US, partner="United States"),
        fact(JP, "exports", "value", 21.10e12, "JPY", Y, "21.10 trillion", E_US, partner="United States"),
        fact(JP, "exports", "growth", 4.1, "percent", Y, "4.1", E_US, partner="United States"),
        fact(JP, "balance", "value", 8.85e12, "JPY", Y, "8.85 trillion",
             "Japan ran a surplus of 8.85 trillion yen in its trade with the United States", partner="United States"),
        fact(JP, "total", "rank", 1, "number", Y, "biggest", E_CN, partner="China"),
        fact(JP, "exports", "value", 18.84e12, "JPY", Y, "18.84 trillion", E_CN, partner="China"),
        fact(JP, "exports", "growth", 6.1, "percent", Y, "6.1", E_CN, partner="China"),
        fact(JP, "balance", "value", -6.27e12, "JPY", Y, "6.27 trillion",
             "Japan recorded a 6.27 trillion yen deficit with its neighbor", partner="China"),
        fact(JP, "exports", "value", 56.30e12, "JPY", Y, "56.30 trillion", E_ASIA, partner="Asia"),
        fact(JP, "exports", "share", 52.2, "percent", Y, "52.2", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 17.97e12, "JPY", Y, "17.97 trillion", E_CAR, product="automobiles"),
        fact(JP, "exports", "growth", -0.9, "percent", Y, "0.9", E_CAR, product="automobiles"),
        fact(JP, "exports", "growth", 23.6, "percent", Y, "23.6",
             "chipmaking equipment exports jumped 23.6 percent", product="chipmaking equipment"),
        fact(JP, "exports", "growth", 9.8, "percent", Y, "9.8",
             "Semiconductors and other electronic components saw exports rise 9.8 percent",
             product="semiconductors and other electronic components"),
        fact(JP, "balance", "value", 130.9e9, "JPY", period(2024, 12), "130.9 billion",
             "Japan's trade in December by itself ended in a surplus of 130.9 billion yen"),
    ],
}
