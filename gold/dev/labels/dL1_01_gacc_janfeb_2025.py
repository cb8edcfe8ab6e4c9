from _fact import fact, period

JAN_FEB = period(2025, 1, 2)
TOTAL_SENTENCE = "the total value of China's imports and exports of goods was 6.54 trillion yuan, a decrease of 1.2 percent year-on-year"
DOLLAR_TOTAL = "total imports and exports in January-February were 909.3 billion U.S. dollars, down 2.4 percent"
DOLLAR_FLOWS = "Exports grew 2.3 percent and imports declined 8.4 percent, leaving a trade surplus of 170.5 billion U.S. dollars"
PRIVATE_SENTENCE = "imports and exports of private enterprises amounted to 3.66 trillion yuan, accounting for 56 percent of the total value of China's foreign trade"
ASEAN_SENTENCE = "Total trade with ASEAN was 1.07 trillion yuan, an increase of 1.6 percent"
EU_SENTENCE = "Trade with the EU reached 855.7 billion yuan, an increase of 0.9 percent"
US_SENTENCE = "Trade with the United States was 713.5 billion yuan, a decrease of 2.6 percent"

ARTICLE = {
    "id": "dL1_01_gacc_janfeb_2025",
    "title": "China's foreign trade in the first two months of 2025",
    "publisher": "General Administration of Customs",
    "published": "2025-03-07",
    "notes": [
        "Combined January-February release: every figure has period 2025-01/2025-02; the year is stated in the text.",
        "Publisher is the customs administration named in the release header.",
        "Yuan and dollar figures are separate observations (CNY and USD facts); no 'about' before the dollar figures, so qualifier exact.",
        "Dollar-terms export and import growth are labelled as growth facts; no dollar export/import values are given.",
        "Segment shares: private enterprises, foreign-invested enterprises and state-owned enterprises each a share fact; only private enterprises get a value.",
        "'ASEAN remained China's largest trading partner' labelled as rank 1 of ASEAN as partner (total flow).",
        "Working days (38, two fewer), Spring Festival timing and the year 2024 are out of scope.",
    ],
    "facts": [
        fact("China", "total", "value", 6.54e12, "CNY", JAN_FEB, "6.54 trillion", TOTAL_SENTENCE),
        fact("China", "total", "growth", -1.2, "percent", JAN_FEB, "1.2", TOTAL_SENTENCE),
        fact("China", "exports", "value", 3.88e12, "CNY", JAN_FEB, "3.88 trillion", "exports were 3.88 trillion yuan, an increase of 3.4 percent"),
        fact("China", "exports", "growth", 3.4, "percent", JAN_FEB, "3.4", "exports were 3.88 trillion yuan, an increase of 3.4 percent"),
        fact("China", "imports", "value", 2.66e12, "CNY", JAN_FEB, "2.66 trillion", "imports were 2.66 trillion yuan, a decrease of 7.3 percent"),
        fact("China", "imports", "growth", -7.3, "percent", JAN_FEB, "7.3", "imports were 2.66 trillion yuan, a decrease of 7.3 percent"),
        fact("China", "balance", "value", 1.22e12, "CNY", JAN_FEB, "1.22 trillion", "the trade surplus was 1.22 trillion yuan"),
        fact("China", "total", "value", 909.3e9, "USD", JAN_FEB, "909.3 billion", DOLLAR_TOTAL),
        fact("China", "total", "growth", -2.4, "percent", JAN_FEB, "2.4", DOLLAR_TOTAL),
        fact("China", "exports", "growth", 2.3, "percent", JAN_FEB, "2.3", DOLLAR_FLOWS),
        fact("China", "imports", "growth", -8.4, "percent", JAN_FEB, "8.4", DOLLAR_FLOWS),
        fact("China", "balance", "value", 170.5e9, "USD", JAN_FEB, "170.5 billion", DOLLAR_FLOWS),
        fact("China", "total", "value", 3.66e12, "CNY", JAN_FEB, "3.66 trillion", PRIVATE_SENTENCE, segment="private enterprises"),
        fact("China", "total", "share", 56, "percent", JAN_FEB, "56", PRIVATE_SENTENCE, segment="private enterprises"),
        fact("China", "total", "share", 29.1, "percent", JAN_FEB, "29.1",
             "Foreign-invested enterprises accounted for 29.1 percent of the total", segment="foreign-invested enterprises"),
        fact("China", "total", "share", 14.7, "percent", JAN_FEB, "14.7",
             "state-owned enterprises accounted for 14.7 percent", segment="state-owned enterprises"),
        fact("China", "total", "rank", 1, "number", JAN_FEB, "largest",
             "ASEAN remained China's largest trading partner", partner="ASEAN"),
        fact("China", "total", "value", 1.07e12, "CNY", JAN_FEB, "1.07 trillion", ASEAN_SENTENCE, partner="ASEAN"),
        fact("China", "total", "growth", 1.6, "percent", JAN_FEB, "1.6", ASEAN_SENTENCE, partner="ASEAN"),
        fact("China", "total", "value", 855.7e9, "CNY", JAN_FEB, "855.7 billion", EU_SENTENCE, partner="European Union"),
        fact("China", "total", "growth", 0.9, "percent", JAN_FEB, "0.9", EU_SENTENCE, partner="European Union"),
        fact("China", "total", "value", 713.5e9, "CNY", JAN_FEB, "713.5 billion", US_SENTENCE, partner="United States"),
        fact("China", "total", "growth", -2.6, "percent", JAN_FEB, "2.6", US_SENTENCE, partner="United States"),
    ],
}
