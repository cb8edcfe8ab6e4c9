from _fact import fact, period

JAN_OCT = period(2025, 1, 10)  # "from January to October 2025", "the first ten months"
OCT = period(2025, 10)  # "In October alone"

A = "Dongguan"

LEAD = ("the total import and export value of Dongguan reached 13,027.6 hundred million yuan, "
        "an increase of 14.2% year-on-year (the same below), ranking second among cities in Guangdong Province")
EXP = "exports were 7,992.4 hundred million yuan, up 8.9%"
IMP = "imports were 5,035.2 hundred million yuan, up 23.6%"
SURPLUS = "The trade surplus was 2,957.2 hundred million yuan."
OCT_S = ("In October alone, the city's import and export value was 1,408.5 hundred million yuan, "
         "an increase of 12.7%, and an increase of 3.1% over September")
PRIV = ("private enterprises in Dongguan imported and exported 8,196.3 hundred million yuan, up 21.3%, "
        "accounting for 62.9% of the city's total foreign trade value")
COUNT = "The number of enterprises with actual import and export performance reached 27,600"
GEN = "General trade imports and exports grew by 18.9%, accounting for 53.9% of the total"
PROC = ("Processing trade imports and exports were 3,690.4 hundred million yuan, a decrease of 1.8%, "
        "accounting for 28.3%")
PROC_EXP = "of which, processing exports were 2,341.2 hundred million yuan"
ASEAN = ("ASEAN remained Dongguan's largest trading partner, with imports and exports of "
         "2,126.5 hundred million yuan, up 19.8%")
EU_HK = ("Trade with the European Union and with the Hong Kong Special Administrative Region increased by "
         "9.4% and 6.1% respectively")
US = "Imports and exports with the United States decreased by 11.3%"
ME_EXP = ("Exports of mechanical and electrical products reached 5,566.1 hundred million yuan, "
          "accounting for 69.6% of the city's total export value")
ME_IMP = "mechanical and electrical products accounted for 87.2% of total imports"

ARTICLE = {
    "id": "dAJ1_04_dongguan_trade_jan_oct_2025",
    "title": "Dongguan's Foreign Trade Maintains Double-Digit Growth in the First Ten Months",
    "publisher": "Dongguan Municipal Bureau of Commerce",
    "published": "2025-11-24",
    "notes": [
        "Every figure is January-October 2025 except the October paragraph; '(the same below)' makes every later growth rate year-on-year.",
        "'an increase of 3.1% over September' is the October total against the month before: basis mom.",
        "'ranking second among cities in Guangdong Province' is a rank of Dongguan's total trade (value 2).",
        "'The trade surplus was 2,957.2 hundred million yuan' is a positive balance.",
        "Out of scope: '10.3 percentage points higher' than the province and '2.1 percentage points' share gain (derived comparisons); 'eight consecutive months' (streak); 'an increase of 3,512' enterprises (derived difference); '5 hundred million yuan' special funds (not a trade flow); '3.62 million TEUs' port throughput (not a trade flow); 'around 10%' annual target (forecast).",
        "The count of 'enterprises with actual import and export performance' is segment 'foreign trade enterprises'.",
        "General trade, processing trade and private enterprises are segments; 'of which, processing exports' is processing trade, flow exports.",
        "Hong Kong Special Administrative Region written as partner 'Hong Kong'.",
        "'mechanical and electrical products accounted for 87.2% of total imports' is an imports share of that product.",
    ],
    "facts": [
        fact(A, "total", "value", 13027.6e8, "CNY", JAN_OCT, "13,027.6 hundred million", LEAD),
        fact(A, "total", "growth", 14.2, "percent", JAN_OCT, "14.2", LEAD),
        fact(A, "total", "rank", 2, "number", JAN_OCT, "second", LEAD),
        fact(A, "exports", "value", 7992.4e8, "CNY", JAN_OCT, "7,992.4 hundred million", EXP),
        fact(A, "exports", "growth", 8.9, "percent", JAN_OCT, "8.9", EXP),
        fact(A, "imports", "value", 5035.2e8, "CNY", JAN_OCT, "5,035.2 hundred million", IMP),
        fact(A, "imports", "growth", 23.6, "percent", JAN_OCT, "23.6", IMP),
        fact(A, "balance", "value", 2957.2e8, "CNY", JAN_OCT, "2,957.2 hundred million", SURPLUS),
        fact(A, "total", "value", 1408.5e8, "CNY", OCT, "1,408.5 hundred million", OCT_S),
        fact(A, "total", "growth", 12.7, "percent", OCT, "12.7", OCT_S),
        fact(A, "total", "growth", 3.1, "percent", OCT, "3.1", OCT_S, basis="mom"),
        fact(A, "total", "value", 8196.3e8, "CNY", JAN_OCT, "8,196.3 hundred million", PRIV, segment="private enterprises"),
        fact(A, "total", "growth", 21.3, "percent", JAN_OCT, "21.3", PRIV, segment="private enterprises"),
        fact(A, "total", "share", 62.9, "percent", JAN_OCT, "62.9", PRIV, segment="private enterprises"),
        fact(A, "total", "count", 27600, "number", JAN_OCT, "27,600", COUNT, segment="foreign trade enterprises"),
        fact(A, "total", "growth", 18.9, "percent", JAN_OCT, "18.9", GEN, segment="general trade"),
        fact(A, "total", "share", 53.9, "percent", JAN_OCT, "53.9", GEN, segment="general trade"),
        fact(A, "total", "value", 3690.4e8, "CNY", JAN_OCT, "3,690.4 hundred million", PROC, segment="processing trade"),
        fact(A, "total", "growth", -1.8, "percent", JAN_OCT, "1.8", PROC, segment="processing trade"),
        fact(A, "total", "share", 28.3, "percent", JAN_OCT, "28.3", PROC, segment="processing trade"),
        fact(A, "exports", "value", 2341.2e8, "CNY", JAN_OCT, "2,341.2 hundred million", PROC_EXP, segment="processing trade"),
        fact(A, "total", "rank", 1, "number", JAN_OCT, "largest", ASEAN, partner="ASEAN"),
        fact(A, "total", "value", 2126.5e8, "CNY", JAN_OCT, "2,126.5 hundred million", ASEAN, partner="ASEAN"),
        fact(A, "total", "growth", 19.8, "percent", JAN_OCT, "19.8", ASEAN, partner="ASEAN"),
        fact(A, "total", "growth", 9.4, "percent", JAN_OCT, "9.4", EU_HK, partner="European Union"),
        fact(A, "total", "growth", 6.1, "percent", JAN_OCT, "6.1", EU_HK, partner="Hong Kong"),
        fact(A, "total", "growth", -11.3, "percent", JAN_OCT, "11.3", US, partner="United States"),
        fact(A, "exports", "value", 5566.1e8, "CNY", JAN_OCT, "5,566.1 hundred million", ME_EXP, product="mechanical and electrical products"),
        fact(A, "exports", "share", 69.6, "percent", JAN_OCT, "69.6", ME_EXP, product="mechanical and electrical products"),
        fact(A, "imports", "share", 87.2, "percent", JAN_OCT, "87.2", ME_IMP, product="mechanical and electrical products"),
    ],
}
