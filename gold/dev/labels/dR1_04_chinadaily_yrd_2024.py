from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
YRD = "Yangtze River Delta"
EVIDENCE_HEADLINE_TOTAL = (
    "the Yangtze River Delta (YRD) region, made up of Jiangsu, Zhejiang and Anhui provinces plus Shanghai, "
    "saw its imports and exports total 15.96 trillion yuan ($2.19 trillion) last year"
)
EVIDENCE_GROWTH_SHARE = (
    "The figure was up 5.3 percent from 2023 and represented 36.4 percent of the nation's foreign trade"
)
EVIDENCE_EXPORTS_IMPORTS = (
    "the delta's exports reached 10.02 trillion yuan, a rise of 7.3 percent year-on-year, and imports grew a "
    "modest 2.1 percent to 5.94 trillion yuan"
)
EVIDENCE_JIANGSU = (
    "Jiangsu, ranked the country's second-largest trading province behind Guangdong, recorded total trade of "
    "5.62 trillion yuan, a rise of 7 percent"
)
EVIDENCE_ZHEJIANG = "Zhejiang came next at 5.23 trillion yuan, 7.2 percent more than a year earlier"
EVIDENCE_SHANGHAI = "Imports and exports in the city rose 1.3 percent to 4.27 trillion yuan"
EVIDENCE_ANHUI = "Anhui, which had the smallest trade value of the four, recorded 842.3 billion yuan, up 4.4 percent"
EVIDENCE_NEW_THREE = (
    "Last year the YRD's exports of the three products fell 3.6 percent to 482.15 billion yuan, equal to "
    "42.7 percent of China's exports in the category"
)
EVIDENCE_EV = "Exports of electric vehicles rose 11.8 percent to 197.64 billion yuan"
EVIDENCE_BATTERIES_SOLAR = (
    "lithium battery and solar cell shipments declined 2.5 percent and 21.4 percent, respectively"
)
EVIDENCE_ASEAN = (
    "the Association of Southeast Asian Nations was still the YRD's largest trading partner, as two-way trade "
    "climbed 8.4 percent to 2.06 trillion yuan"
)

ARTICLE = {
    "id": "dR1_04_chinadaily_yrd_2024",
    "title": "EV export boom lifts Yangtze delta trade to all-time high",
    "publisher": "China Daily",
    "published": "2025-01-24",
    "notes": [
        "The text defines YRD as the Yangtze River Delta: area written out as 'Yangtze River Delta'.",
        "Running period is the year 2024 ('in 2024', 'last year' against a January 2025 date).",
        "'up 5.3 percent from 2023': 2023 is the comparison base, not the period; growth yoy for 2024.",
        "'($2.19 trillion)' is the same observation in another currency: a separate USD fact, exact (no 'about').",
        "'Nationwide trade grew 5 percent' is China's total trade growth in 2024: labelled (area China).",
        "'outpaced it by 0.3 percentage points' is a derived comparison: out.",
        "41 cities, a quarter of economic output (GDP), the 51.5 million TEUs and the port's 15th year as "
        "busiest container port are not trade flows or are streaks: out.",
        "Jiangsu 'second-largest trading province behind Guangdong' is a national rank: rank 2.",
        "'Zhejiang came next' and 'Anhui, which had the smallest trade value of the four' imply ranks within the region that are not "
        "stated as ordinal positions: not labelled.",
        "'new three' share of 42.7 percent is of the national exports of the category: product 'new three'.",
        "The respectively list shares the verb 'declined': lithium batteries -2.5, solar cells -21.4.",
        "'risen by double digits' (PV volume) and 'dropped by more than 40 percent' (module prices) in the researcher's remarks: "
        "not a stated figure / not a trade flow: out.",
        "ASEAN 'largest trading partner' of the YRD: rank 1 with partner ASEAN.",
    ],
    "facts": [
        fact(YRD, "total", "value", 15.96e12, "CNY", YEAR_2024, "15.96 trillion", EVIDENCE_HEADLINE_TOTAL),
        fact(YRD, "total", "value", 2.19e12, "USD", YEAR_2024, "2.19 trillion", EVIDENCE_HEADLINE_TOTAL),
        fact(YRD, "total", "growth", 5.3, "percent", YEAR_2024, "5.3", EVIDENCE_GROWTH_SHARE),
        fact(YRD, "total", "share", 36.4, "percent", YEAR_2024, "36.4", EVIDENCE_GROWTH_SHARE),
        fact("China", "total", "growth", 5, "percent", YEAR_2024, "5",
             "Nationwide trade grew 5 percent"),
        fact(YRD, "exports", "growth", 7.3, "percent", YEAR_2024, "7.3", EVIDENCE_EXPORTS_IMPORTS),
        fact(YRD, "exports", "value", 10.02e12, "CNY", YEAR_2024, "10.02 trillion", EVIDENCE_EXPORTS_IMPORTS),
        fact(YRD, "imports", "growth", 2.1, "percent", YEAR_2024, "2.1", EVIDENCE_EXPORTS_IMPORTS),
        fact(YRD, "imports", "value", 5.94e12, "CNY", YEAR_2024, "5.94 trillion", EVIDENCE_EXPORTS_IMPORTS),
        fact(YRD, "balance", "value", 4.08e12, "CNY", YEAR_2024, "4.08 trillion",
             "the region's trade surplus came to 4.08 trillion yuan"),
        fact("Jiangsu", "total", "rank", 2, "number", YEAR_2024, "second-largest", EVIDENCE_JIANGSU),
        fact("Jiangsu", "total", "value", 5.62e12, "CNY", YEAR_2024, "5.62 trillion", EVIDENCE_JIANGSU),
        fact("Jiangsu", "total", "growth", 7, "percent", YEAR_2024, "7", EVIDENCE_JIANGSU),
        fact("Zhejiang", "total", "value", 5.23e12, "CNY", YEAR_2024, "5.23 trillion", EVIDENCE_ZHEJIANG),
        fact("Zhejiang", "total", "growth", 7.2, "percent", YEAR_2024, "7.2", EVIDENCE_ZHEJIANG),
        fact("Shanghai", "total", "growth", 1.3, "percent", YEAR_2024, "1.3", EVIDENCE_SHANGHAI),
        fact("Shanghai", "total", "value", 4.27e12, "CNY", YEAR_2024, "4.27 trillion", EVIDENCE_SHANGHAI),
        fact("Anhui", "total", "value", 842.3e9, "CNY", YEAR_2024, "842.3 billion", EVIDENCE_ANHUI),
        fact("Anhui", "total", "growth", 4.4, "percent", YEAR_2024, "4.4", EVIDENCE_ANHUI),
        fact(YRD, "exports", "value", 482.15e9, "CNY", YEAR_2024, "482.15 billion", EVIDENCE_NEW_THREE,
             product="new three"),
        fact(YRD, "exports", "growth", -3.6, "percent", YEAR_2024, "3.6", EVIDENCE_NEW_THREE,
             product="new three"),
        fact(YRD, "exports", "share", 42.7, "percent", YEAR_2024, "42.7", EVIDENCE_NEW_THREE,
             product="new three"),
        fact(YRD, "exports", "growth", 11.8, "percent", YEAR_2024, "11.8", EVIDENCE_EV,
             product="electric vehicles"),
        fact(YRD, "exports", "value", 197.64e9, "CNY", YEAR_2024, "197.64 billion", EVIDENCE_EV,
             product="electric vehicles"),
        fact(YRD, "exports", "growth", -2.5, "percent", YEAR_2024, "2.5", EVIDENCE_BATTERIES_SOLAR,
             product="lithium batteries"),
        fact(YRD, "exports", "growth", -21.4, "percent", YEAR_2024, "21.4", EVIDENCE_BATTERIES_SOLAR,
             product="solar cells"),
        fact(YRD, "total", "rank", 1, "number", YEAR_2024, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(YRD, "total", "growth", 8.4, "percent", YEAR_2024, "8.4", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(YRD, "total", "value", 2.06e12, "CNY", YEAR_2024, "2.06 trillion", EVIDENCE_ASEAN, partner="ASEAN"),
    ],
}
