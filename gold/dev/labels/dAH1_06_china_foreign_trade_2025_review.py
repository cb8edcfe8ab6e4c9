from _fact import fact, period

Y = period(2025, 1, 12)
A = "China"

LEAD = ("China's goods trade climbing 3.8 percent from the previous year to an all-time high of 45.47 trillion yuan "
        "(about 6.47 trillion U.S. dollars)")
EXP = "exports grew 6.1 percent year on year to 26.99 trillion yuan"
IMP = "imports inched up 0.5 percent to 18.48 trillion yuan"
RANK = "China remaining the largest goods trader in the world"
PARTNERS = "Last year China had trade ties with over 240 countries and regions"
ASEAN = ("China's largest trading partner was still the Association of Southeast Asian Nations (ASEAN), with trade "
         "between them up 8 percent at 7.55 trillion yuan")
EU = "The European Union ranked as the second-largest partner, and trade with it expanded 5.6 percent to 5.82 trillion yuan"
US = "trade with the United States fell 18.6 percent to 3.97 trillion yuan"
BRI = ("Trade with Belt and Road partner countries, by contrast, increased 6.3 percent to 23.6 trillion yuan, or 51.9 "
       "percent of China's total")
FIRMS = "over 780,000 firms registering import and export activity in 2025"
PE = "Trade by private enterprises grew 7.1 percent to 26.04 trillion yuan"
PE_SHARE = "their portion of the country's total to 57.3 percent"
FIE = "Foreign-invested enterprises recorded 13.35 trillion yuan in trade, a 2.5 percent increase"
ME = "mechanical and electrical products saw exports climb 8.4 percent to 16.39 trillion yuan"
HT = "High-tech exports grew 13.2 percent"
TRIO = ("exports of the \"new trio\" -- lithium batteries, photovoltaic products and electric vehicles -- soared 27.1 percent")

ARTICLE = {
    "id": "dAH1_06_china_foreign_trade_2025_review",
    "title": "China's 2025 goods trade reaches all-time high of 45.47 trillion yuan",
    "publisher": "Xinhua",
    "published": "2026-01-14",
    "notes": [
        "'about 6.47 trillion U.S. dollars': conversion of the yuan total, separate USD fact, approx.",
        "'the first ever above 45 trillion yuan': threshold of the same observation as 45.47 trillion; exact figure only.",
        "'the largest goods trader in the world': rank 1 of China's total trade (value_text 'largest'), period 2025.",
        "'over 240 countries and regions': count, segment 'trading partners', qualifier over.",
        "'over 780,000 firms registering import and export activity': count, segment 'foreign trade enterprises', over.",
        "ASEAN 'largest trading partner' rank 1; EU 'second-largest partner' rank 2 (value_text 'second').",
        "'their portion of the country's total to 57.3 percent': share of private enterprises (the level, not a change).",
        "'exports of the \"new trio\"': exports of the new trio; product 'new trio'.",
        "Out of scope, unlabelled: 'ninth straight year of expansion' (streak); 'increased its trade with 190 of them' "
        "(conditional count); 'up 1.8 percentage points from a year before' and the proprietary-brand export share "
        "'climbed by 1.4 percentage points' (percentage-point comparisons).",
    ],
    "facts": [
        fact(A, "total", "value", 45.47e12, "CNY", Y, "45.47 trillion", LEAD),
        fact(A, "total", "value", 6.47e12, "USD", Y, "6.47 trillion", LEAD, qualifier="approx"),
        fact(A, "total", "growth", 3.8, "percent", Y, "3.8", LEAD),
        fact(A, "exports", "growth", 6.1, "percent", Y, "6.1", EXP),
        fact(A, "exports", "value", 26.99e12, "CNY", Y, "26.99 trillion", EXP),
        fact(A, "imports", "growth", 0.5, "percent", Y, "0.5", IMP),
        fact(A, "imports", "value", 18.48e12, "CNY", Y, "18.48 trillion", IMP),
        fact(A, "total", "rank", 1, "number", Y, "largest", RANK),
        fact(A, "total", "count", 240, "number", Y, "240", PARTNERS, segment="trading partners", qualifier="over"),
        fact(A, "total", "rank", 1, "number", Y, "largest", ASEAN, partner="ASEAN"),
        fact(A, "total", "growth", 8, "percent", Y, "8", ASEAN, partner="ASEAN"),
        fact(A, "total", "value", 7.55e12, "CNY", Y, "7.55 trillion", ASEAN, partner="ASEAN"),
        fact(A, "total", "rank", 2, "number", Y, "second", EU, partner="European Union"),
        fact(A, "total", "growth", 5.6, "percent", Y, "5.6", EU, partner="European Union"),
        fact(A, "total", "value", 5.82e12, "CNY", Y, "5.82 trillion", EU, partner="European Union"),
        fact(A, "total", "growth", -18.6, "percent", Y, "18.6", US, partner="United States"),
        fact(A, "total", "value", 3.97e12, "CNY", Y, "3.97 trillion", US, partner="United States"),
        fact(A, "total", "growth", 6.3, "percent", Y, "6.3", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "value", 23.6e12, "CNY", Y, "23.6 trillion", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "share", 51.9, "percent", Y, "51.9", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "count", 780000, "number", Y, "780,000", FIRMS, segment="foreign trade enterprises", qualifier="over"),
        fact(A, "total", "growth", 7.1, "percent", Y, "7.1", PE, segment="private enterprises"),
        fact(A, "total", "value", 26.04e12, "CNY", Y, "26.04 trillion", PE, segment="private enterprises"),
        fact(A, "total", "share", 57.3, "percent", Y, "57.3", PE_SHARE, segment="private enterprises"),
        fact(A, "total", "value", 13.35e12, "CNY", Y, "13.35 trillion", FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "growth", 2.5, "percent", Y, "2.5", FIE, segment="foreign-invested enterprises"),
        fact(A, "exports", "growth", 8.4, "percent", Y, "8.4", ME, product="mechanical and electrical products"),
        fact(A, "exports", "value", 16.39e12, "CNY", Y, "16.39 trillion", ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 13.2, "percent", Y, "13.2", HT, product="high-tech products"),
        fact(A, "exports", "growth", 27.1, "percent", Y, "27.1", TRIO, product="new trio"),
    ],
}
