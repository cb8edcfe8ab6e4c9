from _fact import fact, period

JAN_SEP = period(2025, 1, 9)       # first three quarters / first nine months of 2025
SEP = period(2025, 9)              # September 2025 ("September alone")

LEAD = "the combined value of imports and exports hit 33.61 trillion yuan (about 4.73 trillion U.S. dollars), a rise of 4 percent year on year"
EXP = "Exports amounted to 19.95 trillion yuan over the nine months, 7.1 percent more than a year earlier"
IMP = "imports, at 13.66 trillion yuan, were down 0.2 percent"
SEP_TOTAL = "Combined imports and exports reached 4.04 trillion yuan in the month, 8 percent more than a year before"
SEP_MOM = "the month's trade value also ran 4.4 percent above August's"
SEP_USD = "Measured in dollars, exports in September grew 8.3 percent to 328.5 billion dollars"
ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) kept its place as China's largest trading partner"
ASEAN = "Two-way trade with the group came to 5.57 trillion yuan, an increase of 9.6 percent, and represented 16.6 percent of China's foreign trade"
EU_RANK = "The European Union took second place."
EU = "Trade with the bloc totaled 4.45 trillion yuan, a 4.9 percent gain, while Chinese exports to it climbed 8.2 percent."
US = "Two-way trade with the United States, which ranks third among China's trading partners, fell 15.5 percent"
BRI = "trade with Belt and Road partner countries reached 17.37 trillion yuan, a 6.2 percent increase"
MEP = "Shipments of these goods rose 9.6 percent to 12.07 trillion yuan, equal to 60.5 percent of all exports."
IC_AUTO = "Within that group, integrated circuits and automobiles posted export growth of 23.3 percent and 11.8 percent, respectively."
LAB = "Their exports were 1.2 percent lower than a year earlier"

ARTICLE = {
    "id": "dAJ1_01_china_trade_jan_sep_2025",
    "title": "China's January-September foreign trade expands 4 pct",
    "publisher": "Xinhua",
    "published": "2025-10-13",
    "notes": [
        "Running period: 'the first three quarters' / 'the nine months' = January-September 2025; 'September' / 'the month' = September 2025.",
        "Lead: one observation in two currencies -> a CNY fact (exact) and a USD fact (approx, 'about').",
        "'0.5 percentage points faster than ... January-August' is a derived comparison: out of scope (no Jan-Aug figure is stated).",
        "'4.4 percent above August's' is a comparison with the month before: basis mom, period September 2025 (August is the base, not the period).",
        "'Measured in dollars, exports in September grew 8.3 percent': the dollar growth rate is a separate observation from any yuan rate; no yuan September export rate is given.",
        "'the 6 percent increase that analysts ... had expected' is a forecast: out of scope. '100 percent levy' is a tariff rate; 'around 5 percent' GDP target: out of scope.",
        "'eight consecutive years', 'fifth month running', 'eighth China International Import Expo', 'Nov. 5': streaks, non-trade numbers and dates: out of scope.",
        "'The European Union took second place' -> rank 2 for EU total trade; 'the bloc' / 'it' in the next sentence carry partner European Union.",
        "'Shipments of these goods' carries product mechanical and electrical products (exports); 'Within that group, integrated circuits and automobiles' are export growth rates for those products (respectively list).",
        "'Their exports' carries product labour-intensive goods from the previous sentence.",
        "'over half the overall figure' (Belt and Road share) has no numeral: not labelled. The record number of trading companies is stated without a figure: nothing to label.",
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
