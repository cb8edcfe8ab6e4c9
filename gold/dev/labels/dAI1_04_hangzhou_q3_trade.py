from _fact import fact, period

Q1_3 = period(2025, 1, 9)
SEP = period(2025, 9)
H = "Hangzhou"

LEAD = "the city's combined imports and exports came to 665.4 billion yuan ($93.5 billion), a year-on-year increase of 6.8 percent"
ZJ = "Hangzhou accounted for 15.9 percent of foreign trade in Zhejiang province over the period."
EXIM = "Exports were up 8.1 percent at 452.7 billion yuan and imports increased 4.1 percent to 212.7 billion yuan."
SEPT = "Hangzhou's foreign trade in September by itself totaled 79.6 billion yuan, 9.3 percent more than a year earlier and up 4.2 percent from August."
PRIV = "Over the nine months, their combined trade reached 528.3 billion yuan, rising 9.5 percent and representing 79.4 percent of Hangzhou's total."
ENT = "Enterprises that actually conducted import and export business numbered 19,860"
ME = "mechanical and electrical products worth 277.6 billion yuan were exported, 7.9 percent more than a year before, or 61.3 percent of the city's exports overall"
NEW3 = 'Shipments of the "new three" products (electric vehicles, lithium batteries and photovoltaic products) surged 18.7 percent to 21.35 billion yuan.'
EU = "The European Union, Hangzhou's largest trading partner, saw trade with the city increase 7.5 percent to 112.4 billion yuan."
US = "trade with the United States declined 4.8 percent"
ASEAN = "Trade with ASEAN jumped 13.6 percent"
BRI = "The city's trade with Belt and Road partner countries rose 9.8 percent to 318.5 billion yuan, or 47.9 percent of its total."
AFR = "exports to Africa grew markedly, by 21.3 percent"

ARTICLE = {
    "id": "dAI1_04_hangzhou_q3_trade",
    "title": "Hangzhou's January-September foreign trade grows 6.8%",
    "publisher": "ehangzhou.gov.cn",
    "published": "2025-10-24",
    "notes": [
        "City government English release (ehangzhou.gov.cn style); no dateline; period 2025-01..09 from 'Between January and September' and the publication date.",
        "'($93.5 billion)': separate approx USD fact for the January-September total.",
        "'15.9 percent of foreign trade in Zhejiang province': share of Hangzhou's total trade (partner null).",
        "September: 'up 4.2 percent from August' is a comparison with the month before: basis mom; the 9.3 percent is yoy.",
        "'Enterprises that actually conducted import and export business numbered 19,860': count, segment foreign trade enterprises.",
        "'Hangzhou's largest trading partner' (EU): rank 1 for total trade with the EU.",
        "'Trade with ASEAN jumped 13.6 percent': total trade with ASEAN.",
        "'new three' products: product 'new three' (the text's label; the list in brackets only explains it).",
        "Out of scope, unlabelled: 'outpaced the national rate by 2.8 percentage points' (derived comparison); 'seven months in a row' (streak); 'up 1,142' enterprises (difference, not a count); the expected full-year 900 billion yuan (forecast); 100 matchmaking sessions and trade fairs abroad (not trade flows); 'fourth quarter' (not a figure).",
    ],
    "facts": [
        fact(H, "total", "value", 665.4e9, "CNY", Q1_3, "665.4 billion", LEAD),
        fact(H, "total", "value", 93.5e9, "USD", Q1_3, "93.5 billion", LEAD, qualifier="approx"),
        fact(H, "total", "growth", 6.8, "percent", Q1_3, "6.8", LEAD),
        fact(H, "total", "share", 15.9, "percent", Q1_3, "15.9", ZJ),
        fact(H, "exports", "growth", 8.1, "percent", Q1_3, "8.1", EXIM),
        fact(H, "exports", "value", 452.7e9, "CNY", Q1_3, "452.7 billion", EXIM),
        fact(H, "imports", "growth", 4.1, "percent", Q1_3, "4.1", EXIM),
        fact(H, "imports", "value", 212.7e9, "CNY", Q1_3, "212.7 billion", EXIM),
        fact(H, "total", "value", 79.6e9, "CNY", SEP, "79.6 billion", SEPT),
        fact(H, "total", "growth", 9.3, "percent", SEP, "9.3", SEPT),
        fact(H, "total", "growth", 4.2, "percent", SEP, "4.2", SEPT, basis="mom"),
        fact(H, "total", "value", 528.3e9, "CNY", Q1_3, "528.3 billion", PRIV, segment="private enterprises"),
        fact(H, "total", "growth", 9.5, "percent", Q1_3, "9.5", PRIV, segment="private enterprises"),
        fact(H, "total", "share", 79.4, "percent", Q1_3, "79.4", PRIV, segment="private enterprises"),
        fact(H, "total", "count", 19860, "number", Q1_3, "19,860", ENT, segment="foreign trade enterprises"),
        fact(H, "exports", "value", 277.6e9, "CNY", Q1_3, "277.6 billion", ME, product="mechanical and electrical products"),
        fact(H, "exports", "growth", 7.9, "percent", Q1_3, "7.9", ME, product="mechanical and electrical products"),
        fact(H, "exports", "share", 61.3, "percent", Q1_3, "61.3", ME, product="mechanical and electrical products"),
        fact(H, "exports", "growth", 18.7, "percent", Q1_3, "18.7", NEW3, product="new three"),
        fact(H, "exports", "value", 21.35e9, "CNY", Q1_3, "21.35 billion", NEW3, product="new three"),
        fact(H, "total", "rank", 1, "number", Q1_3, "largest", EU, partner="European Union"),
        fact(H, "total", "growth", 7.5, "percent", Q1_3, "7.5", EU, partner="European Union"),
        fact(H, "total", "value", 112.4e9, "CNY", Q1_3, "112.4 billion", EU, partner="European Union"),
        fact(H, "total", "growth", -4.8, "percent", Q1_3, "4.8", US, partner="United States"),
        fact(H, "total", "growth", 13.6, "percent", Q1_3, "13.6", ASEAN, partner="ASEAN"),
        fact(H, "total", "growth", 9.8, "percent", Q1_3, "9.8", BRI, partner="Belt and Road partner countries"),
        fact(H, "total", "value", 318.5e9, "CNY", Q1_3, "318.5 billion", BRI, partner="Belt and Road partner countries"),
        fact(H, "total", "share", 47.9, "percent", Q1_3, "47.9", BRI, partner="Belt and Road partner countries"),
        fact(H, "exports", "growth", 21.3, "percent", Q1_3, "21.3", AFR, partner="Africa"),
    ],
}
