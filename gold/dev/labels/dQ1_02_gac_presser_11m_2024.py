from _fact import fact, period

ELEVEN_MONTHS = period(2024, 1, 11)
CHINA = "China"
EU = "European Union"
US = "United States"
MECH = "mechanical and electrical products"
LABOR = "labor-intensive products"
EVIDENCE_TOTAL = (
    "the combined value of China's goods imports and exports in the first 11 months of this year came to "
    "39.79 trillion yuan (US$5.59 trillion), up 4.9 percent year-on-year"
)
EVIDENCE_EXPORTS = "exports came to 23.04 trillion yuan (US$3.24 trillion), a gain of 6.7 percent"
EVIDENCE_IMPORTS = "imports amounted to 16.75 trillion yuan (US$2.35 trillion), a gain of 2.4 percent"
EVIDENCE_SURPLUS = "The surplus in goods trade widened 19.6 percent to 6.29 trillion yuan"
EVIDENCE_ASEAN = (
    "Trade with ASEAN grew 8.7 percent to 6.24 trillion yuan, equal to 15.7 percent of the country's entire "
    "foreign trade"
)
EVIDENCE_EU = "Trade with the EU, China's second-largest trading partner, rose 1.4 percent to 5.11 trillion yuan"
EVIDENCE_US = "In third place was the United States, with which trade increased 4.5 percent to 4.4 trillion yuan"
EVIDENCE_JP_KR = (
    "Trade with Japan and with the Republic of Korea came to 2.03 trillion yuan and 2.11 trillion yuan respectively "
    "over the same period; the first fell 2.1 percent, while the second rose 6.6 percent"
)
EVIDENCE_MECH = (
    "Exports of mechanical and electrical products grew 8.3 percent to 13.64 trillion yuan and made up "
    "59.2 percent of all exports"
)
EVIDENCE_LABOR = (
    "Labor-intensive products, meanwhile, posted export growth of 0.9 percent over the period and represented "
    "17 percent of total exports"
)

ARTICLE = {
    "id": "dQ1_02_gac_presser_11m_2024",
    "title": "China's foreign trade kept growing steadily through the first 11 months, customs spokesperson says",
    "publisher": "China.org.cn",
    "published": "2024-12-11",
    "notes": [
        "Translated transcript-style story of a GAC press conference; the text states the year ('first 11 months of "
        "2024') and the source line carries the date.",
        "'(the same below)': every later growth figure is year-on-year over January-November 2024.",
        "Dollar equivalents in brackets without 'about' ('(US$5.59 trillion)'): separate USD facts, qualifier exact.",
        "The spokesperson's reported remarks are about China throughout: area China; trade with a partner is flow total.",
        "'the Republic of Korea' is written out as South Korea.",
        "'the first fell 2.1 percent, while the second rose 6.6 percent': Japan -2.1, South Korea +6.6.",
        "Trade surplus 'widened 19.6 percent': growth of the balance, +19.6 (its verb).",
        "'represented 17 percent of total exports' (labor-intensive products): share of total exports.",
        "Belt and Road share 'lifting their share ... by 0.6 percentage points' and private enterprises' share 'up 1.8 "
        "percentage points': percentage-point comparisons with no level stated, out of scope.",
        "'136th China Import and Export Fair' (an ordinal of the fair) and the survey of 'about 20,000 foreign trade "
        "companies' (a survey sample, not the number of firms with trade records) are out of scope.",
        "Automatic data processing equipment, integrated circuits and automobiles 'continue to rise': no number.",
    ],
    "facts": [
        fact(CHINA, "total", "value", 39.79e12, "CNY", ELEVEN_MONTHS, "39.79 trillion", EVIDENCE_TOTAL),
        fact(CHINA, "total", "value", 5.59e12, "USD", ELEVEN_MONTHS, "5.59 trillion", EVIDENCE_TOTAL),
        fact(CHINA, "total", "growth", 4.9, "percent", ELEVEN_MONTHS, "4.9", EVIDENCE_TOTAL),
        fact(CHINA, "exports", "value", 23.04e12, "CNY", ELEVEN_MONTHS, "23.04 trillion", EVIDENCE_EXPORTS),
        fact(CHINA, "exports", "value", 3.24e12, "USD", ELEVEN_MONTHS, "3.24 trillion", EVIDENCE_EXPORTS),
        fact(CHINA, "exports", "growth", 6.7, "percent", ELEVEN_MONTHS, "6.7", EVIDENCE_EXPORTS),
        fact(CHINA, "imports", "value", 16.75e12, "CNY", ELEVEN_MONTHS, "16.75 trillion", EVIDENCE_IMPORTS),
        fact(CHINA, "imports", "value", 2.35e12, "USD", ELEVEN_MONTHS, "2.35 trillion", EVIDENCE_IMPORTS),
        fact(CHINA, "imports", "growth", 2.4, "percent", ELEVEN_MONTHS, "2.4", EVIDENCE_IMPORTS),
        fact(CHINA, "balance", "value", 6.29e12, "CNY", ELEVEN_MONTHS, "6.29 trillion", EVIDENCE_SURPLUS),
        fact(CHINA, "balance", "growth", 19.6, "percent", ELEVEN_MONTHS, "19.6", EVIDENCE_SURPLUS),
        fact(
            CHINA, "total", "rank", 1, "number", ELEVEN_MONTHS, "largest", "ASEAN was still China's largest trading partner",
            partner="ASEAN",
        ),
        fact(CHINA, "total", "value", 6.24e12, "CNY", ELEVEN_MONTHS, "6.24 trillion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(CHINA, "total", "growth", 8.7, "percent", ELEVEN_MONTHS, "8.7", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(CHINA, "total", "share", 15.7, "percent", ELEVEN_MONTHS, "15.7", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(
            CHINA, "total", "rank", 2, "number", ELEVEN_MONTHS, "second", "Trade with the EU, China's second-largest trading partner",
            partner=EU,
        ),
        fact(CHINA, "total", "value", 5.11e12, "CNY", ELEVEN_MONTHS, "5.11 trillion", EVIDENCE_EU, partner=EU),
        fact(CHINA, "total", "growth", 1.4, "percent", ELEVEN_MONTHS, "1.4", EVIDENCE_EU, partner=EU),
        fact(CHINA, "total", "rank", 3, "number", ELEVEN_MONTHS, "third", EVIDENCE_US, partner=US),
        fact(CHINA, "total", "value", 4.4e12, "CNY", ELEVEN_MONTHS, "4.4 trillion", EVIDENCE_US, partner=US),
        fact(CHINA, "total", "growth", 4.5, "percent", ELEVEN_MONTHS, "4.5", EVIDENCE_US, partner=US),
        fact(CHINA, "total", "value", 2.03e12, "CNY", ELEVEN_MONTHS, "2.03 trillion", EVIDENCE_JP_KR, partner="Japan"),
        fact(
            CHINA, "total", "value", 2.11e12, "CNY", ELEVEN_MONTHS, "2.11 trillion", EVIDENCE_JP_KR,
            partner="South Korea",
        ),
        fact(CHINA, "total", "growth", -2.1, "percent", ELEVEN_MONTHS, "2.1", EVIDENCE_JP_KR, partner="Japan"),
        fact(CHINA, "total", "growth", 6.6, "percent", ELEVEN_MONTHS, "6.6", EVIDENCE_JP_KR, partner="South Korea"),
        fact(CHINA, "exports", "value", 13.64e12, "CNY", ELEVEN_MONTHS, "13.64 trillion", EVIDENCE_MECH, product=MECH),
        fact(CHINA, "exports", "growth", 8.3, "percent", ELEVEN_MONTHS, "8.3", EVIDENCE_MECH, product=MECH),
        fact(CHINA, "exports", "share", 59.2, "percent", ELEVEN_MONTHS, "59.2", EVIDENCE_MECH, product=MECH),
        fact(CHINA, "exports", "growth", 0.9, "percent", ELEVEN_MONTHS, "0.9", EVIDENCE_LABOR, product=LABOR),
        fact(CHINA, "exports", "share", 17, "percent", ELEVEN_MONTHS, "17", EVIDENCE_LABOR, product=LABOR),
    ],
}
