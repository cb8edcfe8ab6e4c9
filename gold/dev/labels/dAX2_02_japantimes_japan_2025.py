from _fact import fact, period

JP = "Japan"
US = "United States"
Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)

S_LEAD = "Japan ran a trade deficit of ¥2.65 trillion (about $17 billion) in 2025"
S_LEAD2 = "the shortfall shrank 52.9% from the previous year"
S_EXP = "Preliminary Finance Ministry figures put exports at ¥110.45 trillion after a 3.1% rise"
S_IMP = "imports edged up 0.3% to ¥113.10 trillion"
S_24 = "The deficit had stood at ¥5.63 trillion in 2024, when exports grew 6.2%."
S_US = ("Exports to the United States, Japan's second-largest trading partner, posted their first yearly drop in five "
        "years, losing 4.1% to ¥20.41 trillion")
S_CAR = "Automobile exports to the U.S. sank 11.4% in value to ¥5.34 trillion"
S_PARTS = "Exports of auto parts to the country dropped 10.7%."
S_USB = ("With imports from the U.S. climbing 1.6% to ¥12.9 trillion, Japan's surplus with its ally narrowed 12.6% to "
         "¥7.52 trillion")
S_CNR = "Trade with China, Japan's largest trading partner, moved further in Beijing's favor."
S_CN = ("Bigger purchases of personal computers and smartphones lifted imports from the country by 5.5%, against a 0.4% "
        "slip in exports to China.")
S_CNB = "That widened Japan's deficit with its neighbor to ¥7.91 trillion"
S_TWHK = "Exports to Taiwan rose 15.1% and those to Hong Kong 17.8%."
S_OIL = "Crude oil imports dropped 11.5%"
S_ME = "Japan's shortfall with the Middle East shrank by 21.5% to ¥6.9 trillion"
S_DEC = "December by itself produced a surplus of ¥105.7 billion (about $669 million), down 12% from the same month of 2024."
S_DECX = "Exports rose 5.1% to ¥10.41 trillion, exceeding ¥10 trillion for the first time for any single month, while imports increased 5.3%."
S_DEST = ("By destination, December shipments to the U.S. declined 11.1%, reversing an 8.8% gain in November, while "
          "exports to China grew 5.6%.")
S_ASIA = "Exports to Asia as a whole climbed 10.2% and those to the European Union 2.6%."
S_PROD = "By product, December exports of electrical machinery, semiconductors included, jumped 11.3%, whereas automobile exports fell 5.4%."

ARTICLE = {
    "id": "dAX2_02_japantimes_japan_2025",
    "title": "Japan's trade deficit halves in 2025 as chip exports cushion U.S. tariff blow",
    "publisher": "The Japan Times",
    "published": "2026-01-22",
    "notes": [
        "Area is Japan throughout (headline and lead); the running period is calendar 2025 (2025-01..2025-12) until the "
        "'December by itself' paragraph, whose frame carries to the two following paragraphs (period 2025-12).",
        "'¥2.65 trillion (about $17 billion)' is one observation in two currencies: a JPY fact and an approx USD fact; the "
        "same for the December surplus '¥105.7 billion (about $669 million)'.",
        "Deficits are negative balances; a deficit that 'shrank 52.9%' or 'shrank by 21.5%' -> negative growth; the US "
        "surplus 'narrowed 12.6%' and the December surplus 'down 12%' -> negative growth of a positive balance.",
        "'The deficit had stood at ¥5.63 trillion in 2024, when exports grew 6.2%': the 2024 balance and 2024 export growth "
        "are labelled with period 2024 (a stated comparison-year figure, not the article's period).",
        "Ranks: 'Japan's second-largest trading partner' (United States, total trade, rank 2) and 'Japan's largest trading "
        "partner' (China, rank 1) sit in annual paragraphs, so period 2025.",
        "'Exports of auto parts to the country' carries partner United States from the previous sentence (area and partner "
        "carried across sentences); 'imports from the country' carries partner China; 'its ally' is the United States and "
        "'its neighbor' is China.",
        "'Exports to Taiwan rose 15.1% and those to Hong Kong 17.8%' and 'Exports to Asia as a whole climbed 10.2% and those "
        "to the European Union 2.6%': elided verbs, one growth fact per partner.",
        "Products in the text's words, lower case: automobiles, auto parts, crude oil, electrical machinery.",
        "Threshold and exact figure for one observation ('¥10.41 trillion, exceeding ¥10 trillion'): exact figure only.",
        "'reversing an 8.8% gain in November' is a stated November 2025 figure (exports to the US, yoy), labelled with period "
        "2025-11.",
        "Out of scope, not labelled: volume growth beside value growth ('the number of vehicles shipped slipped just 1.1%'); "
        "the Reuters poll forecast of 6.1%; tariff rates (15%, 25%); GDP (annualized 2.3% contraction); streaks and "
        "milestones ('fifth straight year', 'first yearly drop in five years', 'second consecutive year', "
        "'third straight annual decrease', 'first increase in two years'); the year 1979.",
    ],
    "facts": [
        fact(JP, "balance", "value", -2.65e12, "JPY", Y25, "2.65 trillion", S_LEAD),
        fact(JP, "balance", "value", -17e9, "USD", Y25, "17 billion", S_LEAD, qualifier="approx"),
        fact(JP, "balance", "growth", -52.9, "percent", Y25, "52.9", S_LEAD2),
        fact(JP, "exports", "growth", 3.1, "percent", Y25, "3.1", S_EXP),
        fact(JP, "exports", "value", 110.45e12, "JPY", Y25, "110.45 trillion", S_EXP),
        fact(JP, "imports", "growth", 0.3, "percent", Y25, "0.3", S_IMP),
        fact(JP, "imports", "value", 113.10e12, "JPY", Y25, "113.10 trillion", S_IMP),
        fact(JP, "balance", "value", -5.63e12, "JPY", Y24, "5.63 trillion", S_24),
        fact(JP, "exports", "growth", 6.2, "percent", Y24, "6.2", S_24),
        fact(JP, "total", "rank", 2, "number", Y25, "second", S_US, partner=US),
        fact(JP, "exports", "growth", -4.1, "percent", Y25, "4.1", S_US, partner=US),
        fact(JP, "exports", "value", 20.41e12, "JPY", Y25, "20.41 trillion", S_US, partner=US),
        fact(JP, "exports", "growth", -11.4, "percent", Y25, "11.4", S_CAR, partner=US, product="automobiles"),
        fact(JP, "exports", "value", 5.34e12, "JPY", Y25, "5.34 trillion", S_CAR, partner=US, product="automobiles"),
        fact(JP, "exports", "growth", -10.7, "percent", Y25, "10.7", S_PARTS, partner=US, product="auto parts"),
        fact(JP, "imports", "growth", 1.6, "percent", Y25, "1.6", S_USB, partner=US),
        fact(JP, "imports", "value", 12.9e12, "JPY", Y25, "12.9 trillion", S_USB, partner=US),
        fact(JP, "balance", "growth", -12.6, "percent", Y25, "12.6", S_USB, partner=US),
        fact(JP, "balance", "value", 7.52e12, "JPY", Y25, "7.52 trillion", S_USB, partner=US),
        fact(JP, "total", "rank", 1, "number", Y25, "largest", S_CNR, partner="China"),
        fact(JP, "exports", "growth", -0.4, "percent", Y25, "0.4", S_CN, partner="China"),
        fact(JP, "imports", "growth", 5.5, "percent", Y25, "5.5", S_CN, partner="China"),
        fact(JP, "balance", "value", -7.91e12, "JPY", Y25, "7.91 trillion", S_CNB, partner="China"),
        fact(JP, "exports", "growth", 15.1, "percent", Y25, "15.1", S_TWHK, partner="Taiwan"),
        fact(JP, "exports", "growth", 17.8, "percent", Y25, "17.8", S_TWHK, partner="Hong Kong"),
        fact(JP, "imports", "growth", -11.5, "percent", Y25, "11.5", S_OIL, product="crude oil"),
        fact(JP, "balance", "growth", -21.5, "percent", Y25, "21.5", S_ME, partner="Middle East"),
        fact(JP, "balance", "value", -6.9e12, "JPY", Y25, "6.9 trillion", S_ME, partner="Middle East"),
        fact(JP, "balance", "value", 105.7e9, "JPY", DEC, "105.7 billion", S_DEC),
        fact(JP, "balance", "value", 669e6, "USD", DEC, "669 million", S_DEC, qualifier="approx"),
        fact(JP, "balance", "growth", -12, "percent", DEC, "12", S_DEC),
        fact(JP, "exports", "growth", 5.1, "percent", DEC, "5.1", S_DECX),
        fact(JP, "exports", "value", 10.41e12, "JPY", DEC, "10.41 trillion", S_DECX),
        fact(JP, "imports", "growth", 5.3, "percent", DEC, "5.3", S_DECX),
        fact(JP, "exports", "growth", -11.1, "percent", DEC, "11.1", S_DEST, partner=US),
        fact(JP, "exports", "growth", 8.8, "percent", period(2025, 11), "8.8", S_DEST, partner=US),
        fact(JP, "exports", "growth", 5.6, "percent", DEC, "5.6", S_DEST, partner="China"),
        fact(JP, "exports", "growth", 10.2, "percent", DEC, "10.2", S_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 2.6, "percent", DEC, "2.6", S_ASIA, partner="European Union"),
        fact(JP, "exports", "growth", 11.3, "percent", DEC, "11.3", S_PROD, product="electrical machinery"),
        fact(JP, "exports", "growth", -5.4, "percent", DEC, "5.4", S_PROD, product="automobiles"),
    ],
}
