from _fact import fact, period

Q1Q3 = period(2025, 1, 9)
Q3 = period(2025, 7, 9)

LEAD = "Hubei Province in central China recorded foreign trade of 621.58 billion yuan (about 87.3 billion U.S. dollars) in the first nine months of 2025, up 26.2 percent year on year"
EXP = "the landlocked province's exports climbed 35.2 percent to 453.91 billion yuan over the period"
IMP = "imports increased 6.8 percent to 167.67 billion yuan"
Q3S = "Hubei's trade for the July-September quarter by itself reached 219.28 billion yuan, 22.2 percent more than a year before"
PRIV = "with their imports and exports rising 30.9 percent to 446.3 billion yuan, or 71.8 percent of the total."
CNT = "As of end-September, 8,962 Hubei companies had engaged in importing or exporting this year"
ASEAN1 = "Hubei's largest trading partner was still the Association of Southeast Asian Nations (ASEAN)"
ASEAN2 = "Trade with the group jumped 41.8 percent to 113.6 billion yuan, making up 18.3 percent of the province's total"
BLOC = "Hubei's shipments to the bloc grew 50.6 percent"
EU = "Commerce with the European Union increased 12.7 percent to 69.45 billion yuan."
US = "trade with the United States fell 9.4 percent to 47.2 billion yuan"
USX = "Hubei's exports to the world's largest economy declined 14.6 percent"
BRI = "Trade between Hubei and Belt and Road partner countries climbed 32.1 percent to 345.2 billion yuan."
ME1 = "their overseas sales grew 34.4 percent to 241.6 billion yuan, accounting for 53.2 percent of all Hubei exports."
AUTO = "Exports of automobiles soared 68.7 percent"
WUHAN = "Wuhan, the provincial capital, handled 53.7 percent of Hubei's foreign trade."

ARTICLE = {
    "id": "dAD1_04_xinhua_hubei_trade_q1q3_2025",
    "title": "Central China's Hubei posts 26.2 pct foreign trade growth over January-September",
    "publisher": "Xinhua",
    "published": "2025-10-23",
    "notes": [
        "Year of the running period from the lead ('first nine months of 2025'); later sentences without a year inherit 2025-01..2025-09.",
        "'about 87.3 billion U.S. dollars': same observation as the yuan total in another currency, separate USD fact with qualifier approx.",
        "'the July-September quarter by itself ... 22.2 percent more than a year before': period Q3 2025 (07..09), basis yoy (a year earlier, not the previous quarter).",
        "'Private firms' / 'their imports and exports': segment 'private enterprises'.",
        "'8,962 Hubei companies had engaged in importing or exporting': count, segment 'foreign trade enterprises', period 2025-01..09.",
        "'Hubei's largest trading partner was still' ASEAN: rank 1 with partner ASEAN.",
        "'shipments to the bloc': the bloc = ASEAN (the group named before); exports growth, partner ASEAN.",
        "'exports to the world's largest economy': = the United States named in the same sentence; exports growth -14.6.",
        "'Belt and Road partner countries': partner 'Belt and Road partner countries'.",
        "'their overseas sales grew 34.4 percent' refers to mechanical and electrical products (the clause before); 53.2 percent is their share of Hubei's exports (flow exports, measure share).",
        "'Exports of automobiles soared 68.7 percent': product 'automobiles', exports growth.",
        "'Wuhan, the provincial capital, handled 53.7 percent of Hubei's foreign trade': area Wuhan, flow total, share.",
        "Out of scope, unlabelled: '28.1 percentage points' (comparison with the national rate); '11th quarter in a row' (streak); '762 more' (change in a count, derived); 'Fourteen out of Hubei's 17 cities' (conditional count, not trading enterprises or partners); 'over 100 cargo routes' and '1,126 trips' of freight trains (not trade flows); 'the first airport in Asia' built as a cargo hub (not a trade figure).",
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
