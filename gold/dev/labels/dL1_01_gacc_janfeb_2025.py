from _fact import fact, period

JAN_FEB = period(2025, 1, 2)
TOTAL_SENTENCE = "China's goods imports and exports combined came to 6.54 trillion yuan over January and February 2025, a 1.2 percent drop year-on-year"
DOLLAR_TOTAL = "combined imports and exports for January-February amounted to 909.3 billion U.S. dollars, 2.4 percent lower"
DOLLAR_FLOWS = "Exports were up 2.3 percent while imports dropped 8.4 percent, so the goods surplus reached 170.5 billion U.S. dollars"
PRIVATE_SENTENCE = "Private enterprises stayed the biggest group among foreign traders: in January-February their imports and exports totaled 3.66 trillion yuan, equal to 56 percent of China's overall foreign trade"
ASEAN_SENTENCE = "China's trade with ASEAN came to 1.07 trillion yuan, rising 1.6 percent"
EU_SENTENCE = "With the EU, trade rose 0.9 percent to 855.7 billion yuan"
US_SENTENCE = "Trade with the United States, by contrast, slipped 2.6 percent to 713.5 billion yuan"

ARTICLE = {
    "id": "dL1_01_gacc_janfeb_2025",
    "title": "Goods trade of China, January-February 2025",
    "publisher": "General Administration of Customs",
    "published": "2025-03-07",
    "notes": [
        "Combined January-February release: every figure has period 2025-01/2025-02; the year is stated in the text.",
        "Publisher is the customs administration named in the release header.",
        "Yuan and dollar figures are separate observations (CNY and USD facts); no 'about' before the dollar figures, so qualifier exact.",
        "Dollar-terms export and import growth are labelled as growth facts; no dollar export/import values are given.",
        "Segment shares: private enterprises, foreign-invested enterprises and state-owned enterprises each a share fact; only private enterprises get a value.",
        "'ASEAN kept its place as the largest trading partner of China' labelled as rank 1 of ASEAN as partner (total flow).",
        "Working days (38, two fewer), Spring Festival timing and the year 2024 are out of scope.",
    ],
    "facts": [
        fact("China", "total", "value", 6.54e12, "CNY", JAN_FEB, "6.54 trillion", TOTAL_SENTENCE),
        fact("China", "total", "growth", -1.2, "percent", JAN_FEB, "1.2", TOTAL_SENTENCE),
        fact("China", "exports", "value", 3.88e12, "CNY", JAN_FEB, "3.88 trillion", "Exports brought in 3.88 trillion yuan, 3.4 percent more than a year before"),
        fact("China", "exports", "growth", 3.4, "percent", JAN_FEB, "3.4", "Exports brought in 3.88 trillion yuan, 3.4 percent more than a year before"),
        fact("China", "imports", "value", 2.66e12, "CNY", JAN_FEB, "2.66 trillion", "imports stood at 2.66 trillion yuan after a 7.3 percent decline"),
        fact("China", "imports", "growth", -7.3, "percent", JAN_FEB, "7.3", "imports stood at 2.66 trillion yuan after a 7.3 percent decline"),
        fact("China", "balance", "value", 1.22e12, "CNY", JAN_FEB, "1.22 trillion", "the surplus on goods trade amounted to 1.22 trillion yuan"),
        fact("China", "total", "value", 909.3e9, "USD", JAN_FEB, "909.3 billion", DOLLAR_TOTAL),
        fact("China", "total", "growth", -2.4, "percent", JAN_FEB, "2.4", DOLLAR_TOTAL),
        fact("China", "exports", "growth", 2.3, "percent", JAN_FEB, "2.3", DOLLAR_FLOWS),
        fact("China", "imports", "growth", -8.4, "percent", JAN_FEB, "8.4", DOLLAR_FLOWS),
        fact("China", "balance", "value", 170.5e9, "USD", JAN_FEB, "170.5 billion", DOLLAR_FLOWS),
        fact("China", "total", "value", 3.66e12, "CNY", JAN_FEB, "3.66 trillion", PRIVATE_SENTENCE, segment="private enterprises"),
        fact("China", "total", "share", 56, "percent", JAN_FEB, "56", PRIVATE_SENTENCE, segment="private enterprises"),
        fact("China", "total", "share", 29.1, "percent", JAN_FEB, "29.1",
             "Foreign-invested enterprises held a 29.1 percent share", segment="foreign-invested enterprises"),
        fact("China", "total", "share", 14.7, "percent", JAN_FEB, "14.7",
             "state-owned enterprises one of 14.7 percent", segment="state-owned enterprises"),
        fact("China", "total", "rank", 1, "number", JAN_FEB, "largest",
             "ASEAN kept its place as the largest trading partner of China", partner="ASEAN"),
        fact("China", "total", "value", 1.07e12, "CNY", JAN_FEB, "1.07 trillion", ASEAN_SENTENCE, partner="ASEAN"),
        fact("China", "total", "growth", 1.6, "percent", JAN_FEB, "1.6", ASEAN_SENTENCE, partner="ASEAN"),
        fact("China", "total", "value", 855.7e9, "CNY", JAN_FEB, "855.7 billion", EU_SENTENCE, partner="European Union"),
        fact("China", "total", "growth", 0.9, "percent", JAN_FEB, "0.9", EU_SENTENCE, partner="European Union"),
        fact("China", "total", "value", 713.5e9, "CNY", JAN_FEB, "713.5 billion", US_SENTENCE, partner="United States"),
        fact("China", "total", "growth", -2.6, "percent", JAN_FEB, "2.6", US_SENTENCE, partner="United States"),
    ],
}
