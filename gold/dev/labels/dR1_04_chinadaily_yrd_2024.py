from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
YRD = "Yangtze River Delta"
EVIDENCE_HEADLINE_TOTAL = (
    "Imports and exports of the Yangtze River Delta (YRD) region, which comprises Shanghai and the provinces of "
    "Jiangsu, Zhejiang and Anhui, totaled 15.96 trillion yuan ($2.19 trillion) last year"
)
EVIDENCE_GROWTH_SHARE = (
    "That was 5.3 percent higher than in 2023 and equal to 36.4 percent of China's total foreign trade"
)
EVIDENCE_EXPORTS_IMPORTS = (
    "Exports from the delta rose 7.3 percent year-on-year to 10.02 trillion yuan, while imports edged up "
    "2.1 percent to 5.94 trillion yuan"
)
EVIDENCE_JIANGSU = (
    "Jiangsu, the country's second-largest trading province after Guangdong, reported imports and exports of "
    "5.62 trillion yuan, up 7 percent"
)
EVIDENCE_ZHEJIANG = "Zhejiang followed with 5.23 trillion yuan, an increase of 7.2 percent"
EVIDENCE_SHANGHAI = "The city's imports and exports grew 1.3 percent to 4.27 trillion yuan"
EVIDENCE_ANHUI = "Anhui, the smallest of the four by trade value, posted 842.3 billion yuan, up 4.4 percent"
EVIDENCE_NEW_THREE = (
    "The YRD exported 482.15 billion yuan worth of the three products last year, down 3.6 percent, accounting "
    "for 42.7 percent of the national total for the category"
)
EVIDENCE_EV = "Electric vehicle exports climbed 11.8 percent to 197.64 billion yuan"
EVIDENCE_BATTERIES_SOLAR = (
    "shipments of lithium batteries and solar cells dropped 2.5 percent and 21.4 percent, respectively"
)
EVIDENCE_ASEAN = (
    "the Association of Southeast Asian Nations remained the YRD's largest trading partner, with two-way trade "
    "rising 8.4 percent to 2.06 trillion yuan"
)

ARTICLE = {
    "id": "dR1_04_chinadaily_yrd_2024",
    "title": "Delta region's foreign trade scales record high as EV shipments surge",
    "publisher": "China Daily",
    "published": "2025-01-24",
    "notes": [
        "The text defines YRD as the Yangtze River Delta: area written out as 'Yangtze River Delta'.",
        "Running period is the year 2024 ('in 2024', 'last year' against a January 2025 date).",
        "'5.3 percent higher than in 2023': 2023 is the comparison base, not the period; growth yoy for 2024.",
        "'($2.19 trillion)' is the same observation in another currency: a separate USD fact, exact (no 'about').",
        "'the national rate of 5 percent' is China's total trade growth in 2024: labelled (area China).",
        "'by 0.3 percentage points' is a derived comparison: out.",
        "41 cities, a quarter of economic output (GDP), the 51.5 million TEUs and the port's 15th year as "
        "busiest container port are not trade flows or are streaks: out.",
        "Jiangsu 'second-largest trading province after Guangdong' is a national rank: rank 2.",
        "'Zhejiang followed' and 'Anhui, the smallest of the four' imply ranks within the region that are not "
        "stated as ordinal positions: not labelled.",
        "'new three' share of 42.7 percent is of the national exports of the category: product 'new three'.",
        "The respectively list shares the verb 'dropped': lithium batteries -2.5, solar cells -21.4.",
        "'grew by double digits' (PV volume) and 'fallen by more than 40 percent' (module prices) in the quote: "
        "not a stated figure / not a trade flow: out.",
        "ASEAN 'largest trading partner' of the YRD: rank 1 with partner ASEAN.",
    ],
    "facts": [
        fact(YRD, "total", "value", 15.96e12, "CNY", YEAR_2024, "15.96 trillion", EVIDENCE_HEADLINE_TOTAL),
        fact(YRD, "total", "value", 2.19e12, "USD", YEAR_2024, "2.19 trillion", EVIDENCE_HEADLINE_TOTAL),
        fact(YRD, "total", "growth", 5.3, "percent", YEAR_2024, "5.3", EVIDENCE_GROWTH_SHARE),
        fact(YRD, "total", "share", 36.4, "percent", YEAR_2024, "36.4", EVIDENCE_GROWTH_SHARE),
        fact("China", "total", "growth", 5, "percent", YEAR_2024, "5",
             "The YRD's trade growth outpaced the national rate of 5 percent"),
        fact(YRD, "exports", "growth", 7.3, "percent", YEAR_2024, "7.3", EVIDENCE_EXPORTS_IMPORTS),
        fact(YRD, "exports", "value", 10.02e12, "CNY", YEAR_2024, "10.02 trillion", EVIDENCE_EXPORTS_IMPORTS),
        fact(YRD, "imports", "growth", 2.1, "percent", YEAR_2024, "2.1", EVIDENCE_EXPORTS_IMPORTS),
        fact(YRD, "imports", "value", 5.94e12, "CNY", YEAR_2024, "5.94 trillion", EVIDENCE_EXPORTS_IMPORTS),
        fact(YRD, "balance", "value", 4.08e12, "CNY", YEAR_2024, "4.08 trillion",
             "leaving the region with a trade surplus of 4.08 trillion yuan"),
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
