from _fact import fact, period

JAN_SEP = period(2025, 1, 9)       # first three quarters / first nine months of 2025
SEP = period(2025, 9)              # September 2025 ("September alone")

LEAD = "with total imports and exports climbing 4 percent year on year to 33.61 trillion yuan (about 4.73 trillion U.S. dollars)"
EXP = "exports went up 7.1 percent from a year earlier to 19.95 trillion yuan"
IMP = "imports edged down 0.2 percent to 13.66 trillion yuan"
SEP_TOTAL = "Imports and exports for the month came to 4.04 trillion yuan, up 8 percent year on year"
SEP_MOM = "the month's trade value was also 4.4 percent higher than in August"
SEP_USD = "In dollar terms, September exports increased 8.3 percent to 328.5 billion dollars"
ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner"
ASEAN = "with two-way trade of 5.57 trillion yuan, up 9.6 percent and making up 16.6 percent of the country's foreign trade"
EU_RANK = "The European Union ranked second."
EU = "Trade with the bloc expanded 4.9 percent to 4.45 trillion yuan, and exports to it rose 8.2 percent."
US = "Trade with the United States, China's third-largest trading partner, shrank 15.5 percent"
BRI = "China's trade with Belt and Road partner countries totaled 17.37 trillion yuan, up 6.2 percent"
MEP = "Their overseas sales reached 12.07 trillion yuan, up 9.6 percent, or 60.5 percent of total exports."
IC_AUTO = "Of these, integrated circuits and automobiles jumped 23.3 percent and 11.8 percent, respectively."
LAB = "Exports of such products slipped 1.2 percent from a year earlier"

ARTICLE = {
    "id": "dAJ1_01_china_trade_jan_sep_2025",
    "title": "China's foreign trade up 4 pct in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-13",
    "notes": [
        "Running period: 'the first three quarters' / 'the nine months' = January-September 2025; 'September' / 'the month' = September 2025.",
        "Lead: one observation in two currencies -> a CNY fact (exact) and a USD fact (approx, 'about').",
        "'0.5 percentage points faster than ... January-August' is a derived comparison: out of scope (no Jan-Aug figure is stated).",
        "'4.4 percent higher than in August' is a comparison with the month before: basis mom, period September 2025 (August is the base, not the period).",
        "'In dollar terms, September exports increased 8.3 percent': the dollar growth rate is a separate observation from any yuan rate; no yuan September export rate is given.",
        "'the 6 percent gain that analysts ... had pencilled in' is a forecast: out of scope. '100 percent levy' is a tariff rate; 'around 5 percent' GDP target: out of scope.",
        "'eight years in a row', 'fifth straight month', 'eighth China International Import Expo', 'Nov. 5': streaks, non-trade numbers and dates: out of scope.",
        "'The European Union ranked second' -> rank 2 for EU total trade; 'the bloc' / 'it' in the next sentence carry partner European Union.",
        "'Their overseas sales' carries product mechanical and electrical products (exports); 'Of these, integrated circuits and automobiles' are export growth rates for those products (respectively list).",
        "'Exports of such products' carries product labour-intensive goods from the previous sentence.",
        "'or more than half of the total' (Belt and Road share) has no numeral: not labelled. The record number of trading companies is stated without a figure: nothing to label.",
    ],
    "facts": [
        fact("China", "total", "growth", 4, "percent", JAN_SEP, "4", LEAD),
        fact("China", "total", "value", 33.61e12, "CNY", JAN_SEP, "33.61 trillion", LEAD),
        fact("China", "total", "value", 4.73e12, "USD", JAN_SEP, "4.73 trillion", LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 7.1, "percent", JAN_SEP, "7.1", EXP),
        fact("China", "exports", "value", 19.95e12, "CNY", JAN_SEP, "19.95 trillion", EXP),
        fact("China", "imports", "growth", -0.2, "percent", JAN_SEP, "0.2", IMP),
        fact("China", "imports", "value", 13.66e12, "CNY", JAN_SEP, "13.66 trillion", IMP),
        fact("China", "total", "value", 4.04e12, "CNY", SEP, "4.04 trillion", SEP_TOTAL),
        fact("China", "total", "growth", 8, "percent", SEP, "8", SEP_TOTAL),
        fact("China", "total", "growth", 4.4, "percent", SEP, "4.4", SEP_MOM, basis="mom"),
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3", SEP_USD),
        fact("China", "exports", "value", 328.5e9, "USD", SEP, "328.5 billion", SEP_USD),
        fact("China", "total", "rank", 1, "number", JAN_SEP, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "value", 5.57e12, "CNY", JAN_SEP, "5.57 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.6, "percent", JAN_SEP, "9.6", ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", JAN_SEP, "16.6", ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JAN_SEP, "second", EU_RANK, partner="European Union"),
        fact("China", "total", "growth", 4.9, "percent", JAN_SEP, "4.9", EU, partner="European Union"),
        fact("China", "total", "value", 4.45e12, "CNY", JAN_SEP, "4.45 trillion", EU, partner="European Union"),
        fact("China", "exports", "growth", 8.2, "percent", JAN_SEP, "8.2", EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JAN_SEP, "third", US, partner="United States"),
        fact("China", "total", "growth", -15.5, "percent", JAN_SEP, "15.5", US, partner="United States"),
        fact("China", "total", "value", 17.37e12, "CNY", JAN_SEP, "17.37 trillion", BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 6.2, "percent", JAN_SEP, "6.2", BRI, partner="Belt and Road partner countries"),
        fact("China", "exports", "value", 12.07e12, "CNY", JAN_SEP, "12.07 trillion", MEP, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 9.6, "percent", JAN_SEP, "9.6", MEP, product="mechanical and electrical products"),
        fact("China", "exports", "share", 60.5, "percent", JAN_SEP, "60.5", MEP, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 23.3, "percent", JAN_SEP, "23.3", IC_AUTO, product="integrated circuits"),
        fact("China", "exports", "growth", 11.8, "percent", JAN_SEP, "11.8", IC_AUTO, product="automobiles"),
        fact("China", "exports", "growth", -1.2, "percent", JAN_SEP, "1.2", LAB, product="labour-intensive goods"),
    ],
}
