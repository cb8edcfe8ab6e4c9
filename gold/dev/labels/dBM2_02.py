from _fact import fact, period

JP = "Japan"
SEP = period(2026, 9)
SEP_PREV = period(2025, 9)
H1 = period(2026, 4, 9)        # first half of fiscal 2026, April-September
H1_PREV = period(2025, 4, 9)

ARTICLE = {
    "id": "dBM2_02",
    "title": "Japan posts 1st trade surplus in 4 months as chip tool exports to Asia jump",
    "publisher": "Kyodo",
    "published": "2026-10-20",
    "notes": [
        "Real figures: the year-earlier bases are real Finance Ministry numbers from the stored reporting: a "
        "234.6 billion yen deficit in September 2025 and a 1.22 trillion yen deficit in April-September 2025 "
        "(exports 53.65 and imports 54.88 trillion yen then). Invented: every September 2026 and fiscal 2026 "
        "first-half figure. Derived and checked: September exports 9.41 x 1.048 = 9.86 and imports 9.65 x 1.006 "
        "= 9.71 trillion yen against the real September 2025 levels, balance about +0.15 trillion (written "
        "154.2 billion); first half 53.65 x 1.043 = 55.96 and 54.88 x 1.010 = 55.43 trillion, balance +0.53 "
        "trillion (written 527.6 billion); China 1.72 - 2.05 = -0.33 trillion; Asia 5.31/9.86 = 53.9%.",
        "Judgement calls: 'goods trade' figures are goods alone, so product None. The first-half periods are the "
        "fiscal half April-September (2026-04..2026-09; the year-earlier deficit 2025-04..2025-09). 'On a "
        "seasonally adjusted basis, exports rose 1.2 percent from August, while imports slipped 0.7 percent' gives "
        "two mom growth facts (the paragraph's frame carries to imports). 'China, Japan's largest trading "
        "partner' is rank 1 of total trade with China. 'China ... bought 1.72 trillion yen worth of Japanese "
        "goods' is Japan's exports to China. 'Asia, including China, took ... of Japanese exports' has partner "
        "Asia. 'of which 221.3 billion yen went to China' is exports of chip-making equipment to China. "
        "'car exports to the United States up 9.7 percent in value' is product cars, partner United States. "
        "Products are written in the text's words: 'cars', 'chip-making equipment'.",
        "Not facts: 95.0 billion yen and 3.9 percent (median forecast of a survey); 2.0 percent (volume growth "
        "beside value growth); 15 percent and 27.5 percent (tariff rates); 148 (exchange rate); 1st/4 months, "
        "'first in four months', 'second consecutive monthly rise', 'only the second year-on-year gain' "
        "(streaks and milestones); 'highest for any half-year on record' (milestone); around 2 percent for "
        "October-December (forecast); fiscal 2026, 2025 (years).",
        "Lint gap: the brief's example writes value_text with the currency word ('231.8 billion yen'), but the "
        "lint's parser strips only $, yuan, RMB, CNY, USD, EUR and % around a number and rejected '154.2 billion "
        "yen' and every other yen figure; value_text is therefore the number with its scale word only ('154.2 "
        "billion'), as the guide's own examples write it ('2.58 trillion'). Text and values unchanged.",
        "Copy check: 18 sentences searched across the three articles (6 in this one), 4 reworded here (lead, the "
        "exports/imports sentence, the China sentence and the Asia sentence).",
        "Second check: 16 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(JP, "balance", "value", 154.2e9, "JPY", SEP, "154.2 billion",
             "Japan's goods trade returned to the black in September with a surplus of 154.2 billion yen"),
        fact(JP, "exports", "growth", 4.8, "percent", SEP, "4.8",
             "the value of exports increased 4.8 percent on the year to 9.86 trillion yen"),
        fact(JP, "exports", "value", 9.86e12, "JPY", SEP, "9.86 trillion",
             "the value of exports increased 4.8 percent on the year to 9.86 trillion yen"),
        fact(JP, "imports", "growth", 0.6, "percent", SEP, "0.6",
             "imports inched up 0.6 percent to 9.71 trillion yen"),
        fact(JP, "imports", "value", 9.71e12, "JPY", SEP, "9.71 trillion",
             "imports inched up 0.6 percent to 9.71 trillion yen"),
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP_PREV, "234.6 billion",
             "In September last year, the country had logged a deficit of 234.6 billion yen"),
        fact(JP, "exports", "growth", 1.2, "percent", SEP, "1.2",
             "On a seasonally adjusted basis, exports rose 1.2 percent from August", basis="mom"),
        fact(JP, "imports", "growth", -0.7, "percent", SEP, "0.7",
             "On a seasonally adjusted basis, exports rose 1.2 percent from August, while imports slipped 0.7 percent",
             basis="mom"),
        fact(JP, "exports", "growth", 3.4, "percent", SEP, "3.4",
             "U.S.-bound exports climbed 3.4 percent to 1.62 trillion yen", partner="United States"),
        fact(JP, "exports", "value", 1.62e12, "JPY", SEP, "1.62 trillion",
             "U.S.-bound exports climbed 3.4 percent to 1.62 trillion yen", partner="United States"),
        fact(JP, "exports", "growth", 9.7, "percent", SEP, "9.7",
             "car exports to the United States up 9.7 percent in value", partner="United States", product="cars"),
        fact(JP, "balance", "value", 512.8e9, "JPY", SEP, "512.8 billion",
             "Japan's surplus with the United States expanded to 512.8 billion yen", partner="United States"),
        fact(JP, "total", "rank", 1, "number", SEP, "largest",
             "China, Japan's largest trading partner", partner="China"),
        fact(JP, "exports", "value", 1.72e12, "JPY", SEP, "1.72 trillion",
             "China, Japan's largest trading partner, bought 1.72 trillion yen worth of Japanese goods",
             partner="China"),
        fact(JP, "exports", "growth", 7.5, "percent", SEP, "7.5",
             "bought 1.72 trillion yen worth of Japanese goods, 7.5 percent more than a year earlier",
             partner="China"),
        fact(JP, "imports", "value", 2.05e12, "JPY", SEP, "2.05 trillion",
             "Japan in turn imported 2.05 trillion yen from China", partner="China"),
        fact(JP, "balance", "value", -330.4e9, "JPY", SEP, "330.4 billion",
             "leaving a bilateral deficit of 330.4 billion yen", partner="China"),
        fact(JP, "exports", "value", 5.31e12, "JPY", SEP, "5.31 trillion",
             "Asia, including China, took 5.31 trillion yen of Japanese exports", partner="Asia"),
        fact(JP, "exports", "growth", 6.2, "percent", SEP, "6.2",
             "Asia, including China, took 5.31 trillion yen of Japanese exports, up 6.2 percent", partner="Asia"),
        fact(JP, "exports", "share", 53.9, "percent", SEP, "53.9",
             "Asia, including China, took 5.31 trillion yen of Japanese exports, up 6.2 percent and equal to 53.9 percent of the total",
             partner="Asia"),
        fact(JP, "exports", "growth", 1.8, "percent", SEP, "1.8",
             "Exports to the European Union increased 1.8 percent to 930.5 billion yen", partner="European Union"),
        fact(JP, "exports", "value", 930.5e9, "JPY", SEP, "930.5 billion",
             "Exports to the European Union increased 1.8 percent to 930.5 billion yen", partner="European Union"),
        fact(JP, "exports", "growth", 2.3, "percent", SEP, "2.3",
             "car exports rose 2.3 percent to 1.49 trillion yen", product="cars"),
        fact(JP, "exports", "value", 1.49e12, "JPY", SEP, "1.49 trillion",
             "car exports rose 2.3 percent to 1.49 trillion yen", product="cars"),
        fact(JP, "exports", "growth", 18.6, "percent", SEP, "18.6",
             "Exports of chip-making equipment jumped 18.6 percent to 482.7 billion yen",
             product="chip-making equipment"),
        fact(JP, "exports", "value", 482.7e9, "JPY", SEP, "482.7 billion",
             "Exports of chip-making equipment jumped 18.6 percent to 482.7 billion yen",
             product="chip-making equipment"),
        fact(JP, "exports", "value", 221.3e9, "JPY", SEP, "221.3 billion",
             "Exports of chip-making equipment jumped 18.6 percent to 482.7 billion yen, of which 221.3 billion yen went to China",
             partner="China", product="chip-making equipment"),
        fact(JP, "balance", "value", 527.6e9, "JPY", H1, "527.6 billion",
             "For the first half of fiscal 2026 through September, Japan recorded a trade surplus of 527.6 billion yen"),
        fact(JP, "balance", "value", -1.22e12, "JPY", H1_PREV, "1.22 trillion",
             "a deficit of 1.22 trillion yen in the same six months a year before"),
        fact(JP, "exports", "growth", 4.3, "percent", H1, "4.3",
             "Exports for the April-September period advanced 4.3 percent to 55.96 trillion yen"),
        fact(JP, "exports", "value", 55.96e12, "JPY", H1, "55.96 trillion",
             "Exports for the April-September period advanced 4.3 percent to 55.96 trillion yen"),
        fact(JP, "imports", "growth", 1.0, "percent", H1, "1.0",
             "imports rose 1.0 percent to 55.43 trillion yen"),
        fact(JP, "imports", "value", 55.43e12, "JPY", H1, "55.43 trillion",
             "imports rose 1.0 percent to 55.43 trillion yen"),
    ],
}
