from _fact import fact, period

Q1Q3 = period(2025, 1, 9)
Q3 = period(2025, 7, 9)

LEAD = "Central China's Hubei Province saw its foreign trade expand 26.2 percent year on year to 621.58 billion yuan (about 87.3 billion U.S. dollars) in the first three quarters of 2025"
EXP = "Exports from the inland province jumped 35.2 percent to 453.91 billion yuan during the January-September period"
IMP = "while imports rose 6.8 percent to 167.67 billion yuan"
Q3S = "In the third quarter alone, Hubei's imports and exports totaled 219.28 billion yuan, up 22.2 percent from a year earlier."
PRIV = "Their combined imports and exports climbed 30.9 percent to 446.3 billion yuan, making up 71.8 percent of the total."
CNT = "By the end of September, 8,962 enterprises in Hubei had recorded import or export business this year"
ASEAN1 = "The Association of Southeast Asian Nations (ASEAN) stayed Hubei's largest trading partner"
ASEAN2 = "with two-way trade soaring 41.8 percent to 113.6 billion yuan and accounting for 18.3 percent of the provincial total"
BLOC = "Exports to the bloc, led by vehicles, steel products and textiles, grew 50.6 percent."
EU = "Trade with the European Union rose 12.7 percent to 69.45 billion yuan."
US = "Trade with the United States dropped 9.4 percent to 47.2 billion yuan"
USX = "the province's shipments to the world's largest economy slid 14.6 percent"
BRI = "Hubei's trade with Belt and Road partner countries reached 345.2 billion yuan, an increase of 32.1 percent."
ME1 = "Their exports rose 34.4 percent to 241.6 billion yuan, or 53.2 percent of Hubei's total exports."
AUTO = "Automobile exports surged 68.7 percent"
WUHAN = "The provincial capital Wuhan accounted for 53.7 percent of the province's foreign trade."

ARTICLE = {
    "id": "dAD1_04_xinhua_hubei_trade_q1q3_2025",
    "title": "China's Hubei sees foreign trade up 26.2 pct in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-23",
    "notes": [
        "Year of the running period from the lead ('first three quarters of 2025'); later sentences without a year inherit 2025-01..2025-09.",
        "'about 87.3 billion U.S. dollars': same observation as the yuan total in another currency, separate USD fact with qualifier approx.",
        "'In the third quarter alone ... up 22.2 percent from a year earlier': period Q3 2025 (07..09), basis yoy (a year earlier, not the previous quarter).",
        "'Private businesses' / 'Their combined imports and exports': segment 'private enterprises'.",
        "'8,962 enterprises ... had recorded import or export business': count, segment 'foreign trade enterprises', period 2025-01..09.",
        "'stayed Hubei's largest trading partner': rank 1 with partner ASEAN.",
        "'Exports to the bloc': the bloc = ASEAN (previous sentence); exports growth, partner ASEAN.",
        "'shipments to the world's largest economy': = the United States named in the same sentence; exports growth -14.6.",
        "'Belt and Road partner countries': partner 'Belt and Road partner countries'.",
        "'Their exports rose 34.4 percent' refers to mechanical and electrical products (previous sentence); 53.2 percent is their share of Hubei's exports (flow exports, measure share).",
        "'Automobile exports surged 68.7 percent': product 'automobiles', exports growth.",
        "'Wuhan accounted for 53.7 percent of the province's foreign trade': area Wuhan, flow total, share.",
        "Out of scope, unlabelled: '28.1 percentage points' (comparison with the national rate); '11th consecutive quarter' (streak); '762 more' (change in a count, derived); 'Fourteen of the province's 17 cities' (conditional count, not trading enterprises or partners); 'more than 100 cargo routes' and '1,126 trips' of freight trains (not trade flows); 'Asia's first' airport (not a trade figure).",
    ],
    "facts": [
        fact("Hubei", "total", "growth", 26.2, "percent", Q1Q3, "26.2", LEAD),
        fact("Hubei", "total", "value", 621.58e9, "CNY", Q1Q3, "621.58 billion", LEAD),
        fact("Hubei", "total", "value", 87.3e9, "USD", Q1Q3, "87.3 billion", LEAD, qualifier="approx"),
        fact("Hubei", "exports", "growth", 35.2, "percent", Q1Q3, "35.2", EXP),
        fact("Hubei", "exports", "value", 453.91e9, "CNY", Q1Q3, "453.91 billion", EXP),
        fact("Hubei", "imports", "growth", 6.8, "percent", Q1Q3, "6.8", IMP),
        fact("Hubei", "imports", "value", 167.67e9, "CNY", Q1Q3, "167.67 billion", IMP),
        fact("Hubei", "total", "value", 219.28e9, "CNY", Q3, "219.28 billion", Q3S),
        fact("Hubei", "total", "growth", 22.2, "percent", Q3, "22.2", Q3S),
        fact("Hubei", "total", "growth", 30.9, "percent", Q1Q3, "30.9", PRIV, segment="private enterprises"),
        fact("Hubei", "total", "value", 446.3e9, "CNY", Q1Q3, "446.3 billion", PRIV, segment="private enterprises"),
        fact("Hubei", "total", "share", 71.8, "percent", Q1Q3, "71.8", PRIV, segment="private enterprises"),
        fact("Hubei", "total", "count", 8962, "number", Q1Q3, "8,962", CNT, segment="foreign trade enterprises"),
        fact("Hubei", "total", "rank", 1, "number", Q1Q3, "largest", ASEAN1, partner="ASEAN"),
        fact("Hubei", "total", "growth", 41.8, "percent", Q1Q3, "41.8", ASEAN2, partner="ASEAN"),
        fact("Hubei", "total", "value", 113.6e9, "CNY", Q1Q3, "113.6 billion", ASEAN2, partner="ASEAN"),
        fact("Hubei", "total", "share", 18.3, "percent", Q1Q3, "18.3", ASEAN2, partner="ASEAN"),
        fact("Hubei", "exports", "growth", 50.6, "percent", Q1Q3, "50.6", BLOC, partner="ASEAN"),
        fact("Hubei", "total", "growth", 12.7, "percent", Q1Q3, "12.7", EU, partner="European Union"),
        fact("Hubei", "total", "value", 69.45e9, "CNY", Q1Q3, "69.45 billion", EU, partner="European Union"),
        fact("Hubei", "total", "growth", -9.4, "percent", Q1Q3, "9.4", US, partner="United States"),
        fact("Hubei", "total", "value", 47.2e9, "CNY", Q1Q3, "47.2 billion", US, partner="United States"),
        fact("Hubei", "exports", "growth", -14.6, "percent", Q1Q3, "14.6", USX, partner="United States"),
        fact("Hubei", "total", "value", 345.2e9, "CNY", Q1Q3, "345.2 billion", BRI, partner="Belt and Road partner countries"),
        fact("Hubei", "total", "growth", 32.1, "percent", Q1Q3, "32.1", BRI, partner="Belt and Road partner countries"),
        fact("Hubei", "exports", "growth", 34.4, "percent", Q1Q3, "34.4", ME1, product="mechanical and electrical products"),
        fact("Hubei", "exports", "value", 241.6e9, "CNY", Q1Q3, "241.6 billion", ME1, product="mechanical and electrical products"),
        fact("Hubei", "exports", "share", 53.2, "percent", Q1Q3, "53.2", ME1, product="mechanical and electrical products"),
        fact("Hubei", "exports", "growth", 68.7, "percent", Q1Q3, "68.7", AUTO, product="automobiles"),
        fact("Wuhan", "total", "share", 53.7, "percent", Q1Q3, "53.7", WUHAN),
    ],
}
