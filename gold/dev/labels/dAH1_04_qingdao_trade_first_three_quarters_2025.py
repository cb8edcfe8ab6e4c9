from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
A = "Qingdao"

LEAD = "the total import and export value of Qingdao was 689.52 billion yuan, an increase of 4.6% over the same period last year"
SHARE = "accounting for 26.7% of the total import and export value of Shandong Province"
EXP = "exports were 410.27 billion yuan, an increase of 8.9%"
IMP = "imports were 279.25 billion yuan, a decrease of 1.2%"
GT = ("the import and export of general trade in Qingdao was 478.6 billion yuan, an increase of 6.2%, accounting for "
      "69.4% of the city's total foreign trade value")
COUNT = "there were 14,726 enterprises with actual import and export performance in Qingdao"
PE = "Private enterprises imported and exported 491.86 billion yuan, an increase of 6.9%, accounting for 71.3% of the city's total"
FIE = "Foreign-invested enterprises imported and exported 124.08 billion yuan, an increase of 0.8%."
ASEAN_RANK = "ASEAN remained Qingdao's largest trading partner"
ASEAN = ("ASEAN remained Qingdao's largest trading partner, with imports and exports of 117.42 billion yuan in the first "
         "three quarters, an increase of 10.6%")
EU_US_RANK = "The European Union and the United States were the city's second and third largest trading partners"
EU_US = ("The European Union and the United States were the city's second and third largest trading partners, with imports "
         "and exports increasing by 5.3% and decreasing by 12.4% respectively")
BRI = ("Qingdao's imports and exports with countries jointly building the \"Belt and Road\" reached 338.67 billion yuan, "
       "an increase of 7.8%")
ME = "Qingdao exported 209.68 billion yuan of mechanical and electrical products, an increase of 11.4%"
HA_SHIPS = "exports of household appliances and ships increased by 8.6% and 62.3% respectively"
CRUDE = "the city's imports of crude oil fell by 14.5%"

ARTICLE = {
    "id": "dAH1_04_qingdao_trade_first_three_quarters_2025",
    "title": "Qingdao's foreign trade grows 4.6% in first three quarters",
    "publisher": "Qingdao Municipal People's Government",
    "published": "2025-10-24",
    "notes": [
        "'(the same below)': every later growth rate is year on year, basis yoy.",
        "26.7%: Qingdao's share of Shandong's total trade, labelled as a share of Qingdao's total trade (area Qingdao, partner null).",
        "14,726 enterprises with actual import and export performance: count, segment 'foreign trade enterprises', flow total.",
        "'Among them, exports of household appliances and ships': the two are sub-items of mechanical and electrical exports; "
        "product is each item's own name.",
        "'ASEAN remained Qingdao's largest trading partner': rank 1 (value_text 'largest'); EU 'second', US 'third' largest "
        "trading partners: ranks 2 and 3, flow total.",
        "'countries jointly building the \"Belt and Road\"': partner 'Belt and Road partner countries'.",
        "Out of scope, unlabelled: '1.9 percentage points higher than the growth rate of the whole province' and 'an increase "
        "of 1.1 percentage points' (percentage-point comparisons); 'an increase of 853' enterprises (derived change of a count).",
        "No number stated, nothing labelled: processing trade and bonded logistics 'remained generally stable'; Middle East, "
        "Africa and Latin America 'good momentum'; metal ore imports 'declined slightly'; tires, containers, agricultural imports.",
        "Publication date assumed 2025-10-24 (Qingdao Customs releases its January-September data in late October).",
    ],
    "facts": [
        fact(A, "total", "value", 689.52e9, "CNY", Q1_Q3, "689.52 billion", LEAD),
        fact(A, "total", "growth", 4.6, "percent", Q1_Q3, "4.6", LEAD),
        fact(A, "total", "share", 26.7, "percent", Q1_Q3, "26.7", SHARE),
        fact(A, "exports", "value", 410.27e9, "CNY", Q1_Q3, "410.27 billion", EXP),
        fact(A, "exports", "growth", 8.9, "percent", Q1_Q3, "8.9", EXP),
        fact(A, "imports", "value", 279.25e9, "CNY", Q1_Q3, "279.25 billion", IMP),
        fact(A, "imports", "growth", -1.2, "percent", Q1_Q3, "1.2", IMP),
        fact(A, "total", "value", 478.6e9, "CNY", Q1_Q3, "478.6 billion", GT, segment="general trade"),
        fact(A, "total", "growth", 6.2, "percent", Q1_Q3, "6.2", GT, segment="general trade"),
        fact(A, "total", "share", 69.4, "percent", Q1_Q3, "69.4", GT, segment="general trade"),
        fact(A, "total", "count", 14726, "number", Q1_Q3, "14,726", COUNT, segment="foreign trade enterprises"),
        fact(A, "total", "value", 491.86e9, "CNY", Q1_Q3, "491.86 billion", PE, segment="private enterprises"),
        fact(A, "total", "growth", 6.9, "percent", Q1_Q3, "6.9", PE, segment="private enterprises"),
        fact(A, "total", "share", 71.3, "percent", Q1_Q3, "71.3", PE, segment="private enterprises"),
        fact(A, "total", "value", 124.08e9, "CNY", Q1_Q3, "124.08 billion", FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "growth", 0.8, "percent", Q1_Q3, "0.8", FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "rank", 1, "number", Q1_Q3, "largest", ASEAN_RANK, partner="ASEAN"),
        fact(A, "total", "value", 117.42e9, "CNY", Q1_Q3, "117.42 billion", ASEAN, partner="ASEAN"),
        fact(A, "total", "growth", 10.6, "percent", Q1_Q3, "10.6", ASEAN, partner="ASEAN"),
        fact(A, "total", "rank", 2, "number", Q1_Q3, "second", EU_US_RANK, partner="European Union"),
        fact(A, "total", "rank", 3, "number", Q1_Q3, "third", EU_US_RANK, partner="United States"),
        fact(A, "total", "growth", 5.3, "percent", Q1_Q3, "5.3", EU_US, partner="European Union"),
        fact(A, "total", "growth", -12.4, "percent", Q1_Q3, "12.4", EU_US, partner="United States"),
        fact(A, "total", "value", 338.67e9, "CNY", Q1_Q3, "338.67 billion", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 7.8, "percent", Q1_Q3, "7.8", BRI, partner="Belt and Road partner countries"),
        fact(A, "exports", "value", 209.68e9, "CNY", Q1_Q3, "209.68 billion", ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 11.4, "percent", Q1_Q3, "11.4", ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 8.6, "percent", Q1_Q3, "8.6", HA_SHIPS, product="household appliances"),
        fact(A, "exports", "growth", 62.3, "percent", Q1_Q3, "62.3", HA_SHIPS, product="ships"),
        fact(A, "imports", "growth", -14.5, "percent", Q1_Q3, "14.5", CRUDE, product="crude oil"),
    ],
}
