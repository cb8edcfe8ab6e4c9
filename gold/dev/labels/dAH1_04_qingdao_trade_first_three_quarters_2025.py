from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
A = "Qingdao"

LEAD = "Qingdao's imports and exports combined reached 689.52 billion yuan in the first nine months of 2025, up 4.6% year on year"
SHARE = "the city contributed 26.7% of the province's total trade value"
EXP = "Exports amounted to 410.27 billion yuan, a rise of 8.9%"
IMP = "imports came to 279.25 billion yuan, down 1.2%"
GT = ("Qingdao's general trade imports and exports grew 6.2% to 478.6 billion yuan in the January-September period, "
      "equal to 69.4% of the city's foreign trade")
COUNT = "A total of 14,726 companies in Qingdao recorded actual import and export activity"
PE = ("Private enterprises, still the main force keeping foreign trade stable, handled 491.86 billion yuan of imports "
      "and exports, up 6.9% and equal to 71.3% of the city's total")
FIE = "Trade by foreign-invested enterprises rose 0.8% to 124.08 billion yuan."
ASEAN_RANK = "Qingdao's largest trading partner was still ASEAN"
ASEAN = ("Qingdao's largest trading partner was still ASEAN, with two-way trade of 117.42 billion yuan over the nine "
         "months, up 10.6%")
EU_US_RANK = "Ranked second and third among Qingdao's trading partners, the European Union and the United States"
EU_US = ("Ranked second and third among Qingdao's trading partners, the European Union and the United States saw "
         "trade rise by 5.3% and fall by 12.4% respectively")
BRI = "Trade with countries jointly building the \"Belt and Road\" grew 7.8% to 338.67 billion yuan"
ME = "Qingdao's exports of mechanical and electrical products climbed 11.4% to 209.68 billion yuan"
HA_SHIPS = "household appliances and ships posted export growth of 8.6% and 62.3% respectively"
CRUDE = "the city's crude oil imports dropped 14.5%"

ARTICLE = {
    "id": "dAH1_04_qingdao_trade_first_three_quarters_2025",
    "title": "Qingdao's imports and exports rise 4.6% in January-September",
    "publisher": "Qingdao Municipal People's Government",
    "published": "2025-10-24",
    "notes": [
        "'(the same below)': every later growth rate is year on year, basis yoy.",
        "26.7%: Qingdao's share of Shandong's total trade, labelled as a share of Qingdao's total trade (area Qingdao, partner null).",
        "14,726 companies that 'recorded actual import and export activity': count, segment 'foreign trade enterprises', flow total.",
        "'Within that category, household appliances and ships': the two are sub-items of mechanical and electrical exports; "
        "product is each item's own name.",
        "'Qingdao's largest trading partner was still ASEAN': rank 1 (value_text 'largest'); EU 'second', US 'third' among "
        "Qingdao's trading partners: ranks 2 and 3, flow total.",
        "'countries jointly building the \"Belt and Road\"': partner 'Belt and Road partner countries'.",
        "Out of scope, unlabelled: '1.9 percentage points faster than Shandong Province as a whole' and 'a share 1.1 "
        "percentage points higher' (percentage-point comparisons); '853 more' enterprises (derived change of a count).",
        "No number stated, nothing labelled: processing trade and bonded logistics 'held broadly steady'; Latin America, "
        "Africa and the Middle East 'healthy momentum'; metal ore imports 'edged down'; tires, containers, agricultural imports.",
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
