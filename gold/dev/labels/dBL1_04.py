from _fact import fact, period

SC = "Sichuan"
JA = period(2026, 1, 4)
APR = period(2026, 4)
BR = "Belt and Road partner countries"

S_TOTAL = "Sichuan's goods imports and exports came to 336.48 billion yuan from January to April this year, up 7.9% year-on-year"
S_SURPLUS = "The trade surplus of the province expanded by 22.5% to 86.78 billion yuan"
S_APR = "In April alone, the province's imports and exports were 89.72 billion yuan, up 9.3%"
S_ASEAN = ("ASEAN remained in first place among Sichuan's trading partners, with imports and exports of "
           "68.42 billion yuan, an increase of 14.8%, accounting for 20.3% of the province's total")
S_EUUS = ("The European Union and the United States ranked second and third, with imports and exports of "
          "52.17 billion yuan and 49.36 billion yuan respectively, an increase of 9.5% and a decrease of 6.7% respectively")
S_BR = ("Sichuan's imports and exports with countries jointly building the Belt and Road reached 171.26 billion yuan, "
        "up 11.4%, accounting for 50.9% of the province's total foreign trade value")
S_ME = ("Outbound sales of mechanical and electrical products came to 176.3 billion yuan in the first four months, "
        "or 83.3% of the province's export total")
S_LAP = "the export of laptops and other electronic products was 104.57 billion yuan, an increase of 8.6%"
S_IC = "the export of integrated circuits was 27.84 billion yuan, an increase of 18.9%"
S_PRIV = ("Private enterprises in Sichuan saw their imports and exports rise by 15.2% to 162.43 billion yuan in the period, "
          "making up 48.3% of the provincial total")

ARTICLE = {
    "id": "dBL1_04",
    "title": "January-April Foreign Trade of Sichuan Up 7.9% Year-on-year",
    "publisher": "The People's Government of Sichuan Province",
    "published": "2026-05-15",
    "notes": [
        "Real figures: none taken verbatim; structure modelled on Sichuan government/Chengdu Customs releases. "
        "Invented but internally consistent: all 2026 Jan-Apr values (exports + imports = total; surplus = exports - imports; "
        "shares recomputed from values; surplus growth recomputed from implied 2025 bases).",
        "Judgement calls: 'the same below' makes every later growth yoy except the explicit 'Compared with March' figure (mom, April). "
        "'They grew by 21.6%' carries the subject 'Exports to ASEAN' from the previous sentence. "
        "'Among them' after mechanical and electrical products: laptops/ICs labelled with their own product names, flow exports. "
        "'ranked second and third' gives EU rank 2 and US rank 3 (among Sichuan's trading partners); 'first place' gives ASEAN rank 1. "
        "Sichuan's 'ranked eighth' among provinces labelled as rank 8 of total trade. "
        "Surplus growth follows its verb ('expanded' -> +22.5). "
        "'countries jointly building the Belt and Road' -> canonical partner 'Belt and Road partner countries'. "
        "Count of 'enterprises with import and export performance' -> segment 'foreign trade enterprises'.",
        "Not facts: 'higher than the national level by 4.2 percentage points' and 'a share 3.1 percentage points higher' (derived comparisons); "
        "'eighth consecutive month' (streak); '326 more than a year earlier' (derived change of a count); "
        "1,126 China-Europe Railway Express trips (not a trade flow); 200 overseas exhibitions (events); "
        "'around 5%' annual growth (target/forecast); dates.",
        "Copy check: 4 sentences searched, 3 reworded (1 before searching, 2 after comparing with search results). Second check: 22 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(SC, "total", "value", 336.48e9, "CNY", JA, "336.48 billion", S_TOTAL),
        fact(SC, "total", "growth", 7.9, "percent", JA, "7.9", S_TOTAL),
        fact(SC, "exports", "value", 211.63e9, "CNY", JA, "211.63 billion", "exports amounted to 211.63 billion yuan"),
        fact(SC, "exports", "growth", 10.6, "percent", JA, "10.6", "exports amounted to 211.63 billion yuan, an increase of 10.6%"),
        fact(SC, "imports", "value", 124.85e9, "CNY", JA, "124.85 billion", "imports were 124.85 billion yuan"),
        fact(SC, "imports", "growth", 3.6, "percent", JA, "3.6", "imports were 124.85 billion yuan, an increase of 3.6%"),
        fact(SC, "balance", "value", 86.78e9, "CNY", JA, "86.78 billion", S_SURPLUS),
        fact(SC, "balance", "growth", 22.5, "percent", JA, "22.5", S_SURPLUS),
        fact(SC, "total", "rank", 8, "number", JA, "eighth",
             "Sichuan ranked eighth among the provinces, autonomous regions and municipalities of the country"),
        fact(SC, "total", "value", 89.72e9, "CNY", APR, "89.72 billion", S_APR),
        fact(SC, "total", "growth", 9.3, "percent", APR, "9.3", S_APR),
        fact(SC, "total", "growth", 4.1, "percent", APR, "4.1", "Compared with March, the April figure rose by 4.1%", basis="mom"),
        fact(SC, "total", "rank", 1, "number", JA, "first", "ASEAN remained in first place among Sichuan's trading partners", partner="ASEAN"),
        fact(SC, "total", "value", 68.42e9, "CNY", JA, "68.42 billion", S_ASEAN, partner="ASEAN"),
        fact(SC, "total", "growth", 14.8, "percent", JA, "14.8", S_ASEAN, partner="ASEAN"),
        fact(SC, "total", "share", 20.3, "percent", JA, "20.3", S_ASEAN, partner="ASEAN"),
        fact(SC, "exports", "growth", 21.6, "percent", JA, "21.6", "They grew by 21.6%", partner="ASEAN"),
        fact(SC, "total", "rank", 2, "number", JA, "second", "The European Union and the United States ranked second and third",
             partner="European Union"),
        fact(SC, "total", "rank", 3, "number", JA, "third", "The European Union and the United States ranked second and third",
             partner="United States"),
        fact(SC, "total", "value", 52.17e9, "CNY", JA, "52.17 billion", S_EUUS, partner="European Union"),
        fact(SC, "total", "value", 49.36e9, "CNY", JA, "49.36 billion", S_EUUS, partner="United States"),
        fact(SC, "total", "growth", 9.5, "percent", JA, "9.5", S_EUUS, partner="European Union"),
        fact(SC, "total", "growth", -6.7, "percent", JA, "6.7", S_EUUS, partner="United States"),
        fact(SC, "total", "value", 171.26e9, "CNY", JA, "171.26 billion", S_BR, partner=BR),
        fact(SC, "total", "growth", 11.4, "percent", JA, "11.4", S_BR, partner=BR),
        fact(SC, "total", "share", 50.9, "percent", JA, "50.9", S_BR, partner=BR),
        fact(SC, "exports", "value", 176.3e9, "CNY", JA, "176.3 billion", S_ME, product="mechanical and electrical products"),
        fact(SC, "exports", "share", 83.3, "percent", JA, "83.3", S_ME, product="mechanical and electrical products"),
        fact(SC, "exports", "value", 104.57e9, "CNY", JA, "104.57 billion", S_LAP, product="laptops and other electronic products"),
        fact(SC, "exports", "growth", 8.6, "percent", JA, "8.6", S_LAP, product="laptops and other electronic products"),
        fact(SC, "exports", "value", 27.84e9, "CNY", JA, "27.84 billion", S_IC, product="integrated circuits"),
        fact(SC, "exports", "growth", 18.9, "percent", JA, "18.9", S_IC, product="integrated circuits"),
        fact(SC, "total", "value", 162.43e9, "CNY", JA, "162.43 billion", S_PRIV, segment="private enterprises"),
        fact(SC, "total", "growth", 15.2, "percent", JA, "15.2", S_PRIV, segment="private enterprises"),
        fact(SC, "total", "share", 48.3, "percent", JA, "48.3", S_PRIV, segment="private enterprises"),
        fact(SC, "total", "count", 4318, "number", JA, "4,318",
             "The number of enterprises with import and export performance reached 4,318", segment="foreign trade enterprises"),
    ],
}
