from _fact import fact, period

CN = "China"
Q1Q3 = period(2025, 1, 9)
JAN_AUG = period(2025, 1, 8)
SEP = period(2025, 9)

EV_TOTAL = "the first three quarters brought goods imports and exports of 33.61 trillion yuan ($4.71 trillion), a 4 percent increase on the same period of 2024"
EV_EXP = "exports, which reached 19.95 trillion yuan, 7.1 percent higher year-on-year"
EV_IMP = "Imports, at 13.66 trillion yuan, were 0.2 percent lower than a year earlier"
EV_QTR = "Year-on-year gains came in at 1.3 percent, 4.5 percent and 6 percent in the first, second and third quarters respectively"
EV_SEP = "At 4.04 trillion yuan, the month's combined trade was up 8 percent on a year before"
EV_BRI = "Belt and Road partner countries, where trade rose 6.2 percent, accounted for 17.37 trillion yuan of the total"
EV_REG = "ahead of Central Asia, ASEAN and Latin America, where trade expanded 16.7 percent, 9.6 percent and 3.9 percent, respectively"
EV_EU = "trade with the bloc increased 4.6 percent to 4.39 trillion yuan"
EV_US = "Trade with the United States, the third-largest partner, shrank 14.8 percent to 3.05 trillion yuan and made up 9.1 percent of the total"
EV_PRIV = "At 19.16 trillion yuan, up 7.8 percent, their combined trade made up about 57 percent of the national total"
EV_ME = "Electromechanical goods, at 60.5 percent of all exports, were worth 12.07 trillion yuan, 9.6 percent more than a year earlier"
BRI = "Belt and Road partner countries"
ME = "electromechanical goods"
PRIV = "private enterprises"

ARTICLE = {
    "id": "dCB1_01",
    "title": "Trade growth quickens as exporters widen their reach",
    "publisher": "China Daily",
    "published": "2025-10-14",
    "notes": [
        "Real figures (GAC via Xinhua/People's Daily, China Daily and Yicai, 2025-10-13/14): total 33.61 trillion yuan "
        "($4.71 trillion, China Daily's conversion), +4%; Jan-Aug +3.5%; exports 19.95 trillion +7.1%; imports 13.66 "
        "trillion -0.2%; Q1/Q2/Q3 growth 1.3/4.5/6%; September 4.04 trillion +8%; Belt and Road 17.37 trillion +6.2%; "
        "ASEAN/Latin America/Africa/Central Asia +9.6/+3.9/+19.5/+16.7%; private firms 19.16 trillion +7.8%; 700,000 "
        "firms with trade records; electromechanical exports 12.07 trillion +9.6%; dollar-terms exports +6.1% (Yicai).",
        "Derived/made up: surplus 6.29 trillion yuan (19.95 - 13.66); private share 'about 57' (19.16/33.61); "
        "electromechanical share 60.5 (12.07/19.95; Yicai says 'nearly 61'); EU +4.6% to 4.39 trillion, US -14.8% to "
        "3.05 trillion and 9.1% share are made up but sized between the real Jan-Aug and Jan-Nov figures; high-tech "
        "exports +11.9% made up; dollar surplus $875.2 billion recalled, not checked in search; byline HE QINGYU made "
        "up; the 1.8-point share rise and the Liang Ming 3.5% forecast are made up.",
        "Judgement calls: Sept value/growth evidence says 'the month's' (September is named in the sentence before); "
        "'the bloc' carries the EU from the previous clause; 'their' carries private companies; the 700,000 count is "
        "all firms with trade records (segment foreign trade enterprises), not only private ones; dollar-terms export "
        "growth 6.1 is a second exports growth fact beside the yuan 7.1 (the record has no currency basis for a rate); "
        "'about 57 percent' is approx; Q1/Q2/Q3 growth are periods 01-03/04-06/07-09 from 'respectively'; the 3.5 "
        "percent Jan-Aug rate is a prior-period fact, the later 3.5 percent is a forecast.",
        "Not facts: 2024 and 2025 (years); 100 percent (threatened tariff); 1.8 percentage points (share change); "
        "3.5 percent full-year forecast by Liang Ming; five months (confidence-index streak); eighth (CIIE edition); "
        "Nov 1 (date).",
        "Copy check: 17 sentences searched, 8 reworded.",
        "Second check: 30 sentences searched, 13 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 33.61e12, "CNY", Q1Q3, "33.61 trillion", EV_TOTAL),
        fact(CN, "total", "value", 4.71e12, "USD", Q1Q3, "4.71 trillion", EV_TOTAL),
        fact(CN, "total", "growth", 4, "percent", Q1Q3, "4", EV_TOTAL),
        fact(CN, "total", "growth", 3.5, "percent", JAN_AUG, "3.5",
             "January-August, when growth stood at 3.5 percent"),
        fact(CN, "exports", "growth", 7.1, "percent", Q1Q3, "7.1", EV_EXP),
        fact(CN, "exports", "value", 19.95e12, "CNY", Q1Q3, "19.95 trillion", EV_EXP),
        fact(CN, "imports", "value", 13.66e12, "CNY", Q1Q3, "13.66 trillion", EV_IMP),
        fact(CN, "imports", "growth", -0.2, "percent", Q1Q3, "0.2", EV_IMP),
        fact(CN, "balance", "value", 6.29e12, "CNY", Q1Q3, "6.29 trillion",
             "the surplus for the nine months swelled to 6.29 trillion yuan"),
        fact(CN, "total", "growth", 1.3, "percent", period(2025, 1, 3), "1.3", EV_QTR),
        fact(CN, "total", "growth", 4.5, "percent", period(2025, 4, 6), "4.5", EV_QTR),
        fact(CN, "total", "growth", 6, "percent", period(2025, 7, 9), "6", EV_QTR),
        fact(CN, "total", "value", 4.04e12, "CNY", SEP, "4.04 trillion", EV_SEP),
        fact(CN, "total", "growth", 8, "percent", SEP, "8", EV_SEP),
        fact(CN, "total", "value", 17.37e12, "CNY", Q1Q3, "17.37 trillion", EV_BRI, partner=BRI),
        fact(CN, "total", "growth", 6.2, "percent", Q1Q3, "6.2", EV_BRI, partner=BRI),
        fact(CN, "total", "growth", 19.5, "percent", Q1Q3, "19.5",
             "Africa stood out with 19.5 percent growth", partner="Africa"),
        fact(CN, "total", "growth", 16.7, "percent", Q1Q3, "16.7", EV_REG, partner="Central Asia"),
        fact(CN, "total", "growth", 9.6, "percent", Q1Q3, "9.6", EV_REG, partner="ASEAN"),
        fact(CN, "total", "growth", 3.9, "percent", Q1Q3, "3.9", EV_REG, partner="Latin America"),
        fact(CN, "total", "rank", 1, "number", Q1Q3, "largest",
             "ASEAN held on to its position as China's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", Q1Q3, "second",
             "The European Union ranked second", partner="European Union"),
        fact(CN, "total", "growth", 4.6, "percent", Q1Q3, "4.6", EV_EU, partner="European Union"),
        fact(CN, "total", "value", 4.39e12, "CNY", Q1Q3, "4.39 trillion", EV_EU, partner="European Union"),
        fact(CN, "total", "rank", 3, "number", Q1Q3, "third", EV_US, partner="United States"),
        fact(CN, "total", "growth", -14.8, "percent", Q1Q3, "14.8", EV_US, partner="United States"),
        fact(CN, "total", "value", 3.05e12, "CNY", Q1Q3, "3.05 trillion", EV_US, partner="United States"),
        fact(CN, "total", "share", 9.1, "percent", Q1Q3, "9.1", EV_US, partner="United States"),
        fact(CN, "total", "growth", 7.8, "percent", Q1Q3, "7.8", EV_PRIV, segment=PRIV),
        fact(CN, "total", "value", 19.16e12, "CNY", Q1Q3, "19.16 trillion", EV_PRIV, segment=PRIV),
        fact(CN, "total", "share", 57, "percent", Q1Q3, "57", EV_PRIV, segment=PRIV, qualifier="approx"),
        fact(CN, "total", "count", 700000, "number", Q1Q3, "700,000",
             "the first nine months of this year, during which 700,000 companies recorded imports or exports",
             segment="foreign trade enterprises"),
        fact(CN, "exports", "growth", 9.6, "percent", Q1Q3, "9.6", EV_ME, product=ME),
        fact(CN, "exports", "value", 12.07e12, "CNY", Q1Q3, "12.07 trillion", EV_ME, product=ME),
        fact(CN, "exports", "share", 60.5, "percent", Q1Q3, "60.5", EV_ME, product=ME),
        fact(CN, "exports", "growth", 11.9, "percent", Q1Q3, "11.9",
             "high-tech products exported from China jumped 11.9 percent", product="high-tech products"),
        fact(CN, "exports", "growth", 6.1, "percent", Q1Q3, "6.1",
             "In dollar terms, customs data showed a nine-month export gain of 6.1 percent"),
        fact(CN, "balance", "value", 875.2e9, "USD", Q1Q3, "875.2 billion",
             "a trade surplus of $875.2 billion"),
    ],
}
