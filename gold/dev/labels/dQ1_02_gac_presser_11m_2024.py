from _fact import fact, period

ELEVEN_MONTHS = period(2024, 1, 11)
CHINA = "China"
EU = "European Union"
US = "United States"
MECH = "mechanical and electrical products"
LABOR = "labor-intensive products"
EVIDENCE_TOTAL = (
    "the total value of China's imports and exports of goods was 39.79 trillion yuan (US$5.59 trillion), "
    "an increase of 4.9 percent year-on-year"
)
EVIDENCE_EXPORTS = "exports were 23.04 trillion yuan (US$3.24 trillion), up 6.7 percent"
EVIDENCE_IMPORTS = "imports were 16.75 trillion yuan (US$2.35 trillion), up 2.4 percent"
EVIDENCE_SURPLUS = "The trade surplus was 6.29 trillion yuan, expanding by 19.6 percent"
EVIDENCE_ASEAN = (
    "Our trade with ASEAN was 6.24 trillion yuan, up 8.7 percent, accounting for 15.7 percent of our total "
    "foreign trade value"
)
EVIDENCE_EU = "trade with the EU was 5.11 trillion yuan, an increase of 1.4 percent"
EVIDENCE_US = "The United States is our third largest trading partner, with trade of 4.4 trillion yuan, up 4.5 percent"
EVIDENCE_JP_KR = (
    "our trade with Japan and the Republic of Korea was 2.03 trillion yuan and 2.11 trillion yuan respectively, "
    "with the former down 2.1 percent and the latter up 6.6 percent"
)
EVIDENCE_MECH = (
    "We exported 13.64 trillion yuan of mechanical and electrical products, up 8.3 percent, accounting for "
    "59.2 percent of our total export value"
)
EVIDENCE_LABOR = (
    "exports of labor-intensive products increased by 0.9 percent, accounting for 17 percent of the total"
)

ARTICLE = {
    "id": "dQ1_02_gac_presser_11m_2024",
    "title": "Customs spokesperson: foreign trade maintains steady growth in first 11 months",
    "publisher": "China.org.cn",
    "published": "2024-12-11",
    "notes": [
        "Translated transcript-style story of a GAC press conference; the text states the year ('first 11 months of "
        "2024') and the source line carries the date.",
        "'(the same below)': every later growth figure is year-on-year over January-November 2024.",
        "Dollar equivalents in brackets without 'about' ('(US$5.59 trillion)'): separate USD facts, qualifier exact.",
        "'Our'/'we' is China throughout the spokesperson's remarks: area China; trade with a partner is flow total.",
        "'the Republic of Korea' is written out as South Korea.",
        "'with the former down 2.1 percent and the latter up 6.6 percent': Japan -2.1, South Korea +6.6.",
        "Trade surplus 'expanding by 19.6 percent': growth of the balance, +19.6 (its verb).",
        "'accounting for 17 percent of the total' (labor-intensive products): share of total exports.",
        "Belt and Road share 'rose by 0.6 percentage points' and private enterprises' share '1.8 percentage points "
        "higher': percentage-point comparisons with no level stated, out of scope.",
        "'136th China Import and Export Fair' (an ordinal of the fair) and the survey of 'about 20,000 foreign trade "
        "enterprises' (a survey sample, not the number of firms with trade records) are out of scope.",
        "Automatic data processing equipment, integrated circuits and automobiles 'maintained growth': no number.",
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
            CHINA, "total", "rank", 1, "number", ELEVEN_MONTHS, "largest", "ASEAN remained our largest trading partner",
            partner="ASEAN",
        ),
        fact(CHINA, "total", "value", 6.24e12, "CNY", ELEVEN_MONTHS, "6.24 trillion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(CHINA, "total", "growth", 8.7, "percent", ELEVEN_MONTHS, "8.7", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(CHINA, "total", "share", 15.7, "percent", ELEVEN_MONTHS, "15.7", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(
            CHINA, "total", "rank", 2, "number", ELEVEN_MONTHS, "second", "The EU is our second largest trading partner",
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
