from _fact import fact, period

JAN_OCT = period(2025, 1, 10)  # "January-October 2025", "the ten months"
OCT = period(2025, 10)  # "For October by itself"

A = "Dongguan"

LEAD = ("Dongguan's total import and export value for January-October 2025 came to 13,027.6 hundred million yuan, "
        "14.2% higher year-on-year (the same below), placing the city second among Guangdong Province's cities")
EXP = "Exports accounted for 7,992.4 hundred million yuan of this, an increase of 8.9%"
IMP = "imports for 5,035.2 hundred million yuan, an increase of 23.6%"
SURPLUS = "The resulting trade surplus stood at 2,957.2 hundred million yuan."
OCT_S = ("For October by itself, Dongguan's imports and exports totaled 1,408.5 hundred million yuan, "
         "rising 12.7% and exceeding September's level by 3.1%")
PRIV = ("their imports and exports over the ten months rose 21.3% to 8,196.3 hundred million yuan, "
        "equal to 62.9% of Dongguan's total")
COUNT = "A total of 27,600 enterprises had actual import and export business"
GEN = "General trade expanded 18.9% and made up 53.9% of all trade"
PROC = ("Processing trade slipped 1.8% to 3,690.4 hundred million yuan, "
        "or 28.3% of the total")
PROC_EXP = "processing exports amounting to 2,341.2 hundred million yuan"
ASEAN = ("ASEAN was still Dongguan's largest trading partner; trade with the bloc climbed "
         "19.8% to 2,126.5 hundred million yuan")
EU_HK = ("The European Union and the Hong Kong Special Administrative Region saw their trade with the city rise "
         "9.4% and 6.1% respectively")
US = "Trade with the United States fell 11.3%"
ME_EXP = ("Mechanical and electrical products made up 69.6% of Dongguan's exports, "
          "with shipments worth 5,566.1 hundred million yuan")
ME_IMP = "Mechanical and electrical products also took an 87.2% share of imports"

ARTICLE = {
    "id": "dAJ1_04_dongguan_trade_jan_oct_2025",
    "title": "Double-Digit Expansion in Dongguan's Foreign Trade Continues Through October",
    "publisher": "Dongguan Municipal Bureau of Commerce",
    "published": "2025-11-24",
    "notes": [
        "Every figure is January-October 2025 except the October paragraph; '(the same below)' makes every later growth rate year-on-year.",
        "'exceeding September's level by 3.1%' is the October total against the month before: basis mom.",
        "'placing the city second among Guangdong Province's cities' is a rank of Dongguan's total trade (value 2).",
        "'The resulting trade surplus stood at 2,957.2 hundred million yuan' is a positive balance.",
        "Out of scope: '10.3 percentage points faster' than the province and '2.1 percentage points' share gain (derived comparisons); 'eight months running' (streak); '3,512 more' enterprises (derived difference); '5 hundred million yuan' special funds (not a trade flow); '3.62 million TEUs' port throughput (not a trade flow); 'around 10%' annual target (forecast).",
        "The count of 'enterprises [that] had actual import and export business' is segment 'foreign trade enterprises'.",
        "General trade, processing trade and private enterprises are segments; 'processing exports amounting to' is processing trade, flow exports.",
        "Hong Kong Special Administrative Region written as partner 'Hong Kong'.",
        "'Mechanical and electrical products also took an 87.2% share of imports' is an imports share of that product.",
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
