from _fact import fact, period

JF = period(2026, 1, 2)
JF_2025 = period(2025, 1, 2)

LEAD = "combined imports and exports in the first two months grew 18.3 percent year on year"
TOTAL = "the value of total trade in January and February came to 7.73 trillion yuan, or about 1.12 trillion U.S. dollars"
EXP = "Exports over the two months totaled 4.62 trillion yuan, 19.2 percent more than a year earlier"
IMP = "imports amounted to 3.11 trillion yuan, up 17.1 percent"
USD = "In dollar terms, exports rose 21.8 percent and imports 19.8 percent"
SURPLUS = "a two-month trade surplus of 213.6 billion dollars"
BASE = "China's trade shrank 1.2 percent in January and February of 2025"
ASEAN_RANK = "the Association of Southeast Asian Nations (ASEAN), still China's largest trading partner"
ASEAN = "grew 20.3 percent to 1.24 trillion yuan and made up 16 percent of China's overall foreign trade"
EU = "The European Union, ranked as China's second-largest trading partner, saw trade grow 19.9 percent to 998.94 billion yuan"
US = "trade with the United States dropped 16.9 percent to 609.71 billion yuan."
BRI = ("Trade with Belt and Road partner countries came to 4.02 trillion yuan over the two months, a rise of 20 "
       "percent")
PRIV = ("Their combined imports and exports jumped 22.8 percent year on year, reaching 4.51 trillion yuan and lifting their "
        "share of the national total to 58.3 percent")
COUNT = "476,000 businesses registered import and export activity in January and February"
ME = ("outbound shipments of mechanical and electrical products surged 21.5 percent to 2.8 trillion yuan and "
      "represented 60.6 percent of all Chinese exports")

ARTICLE = {
    "id": "dAE1_01_xinhua_china_trade_jan_feb_2026",
    "title": "Exports lead as China's Jan-Feb foreign trade expands 18.3 pct",
    "publisher": "Xinhua",
    "published": "2026-03-10",
    "notes": [
        "Period of the whole article: January-February 2026 (2026-01..2026-02), from 'first two months' and the dateline.",
        "'about 1.12 trillion U.S. dollars': the same observation as 7.73 trillion yuan in another currency, a separate "
        "USD fact with qualifier approx.",
        "'In dollar terms, exports rose 21.8 percent and imports 19.8 percent': growth rates of "
        "the same flows in dollar terms; they differ in value from the yuan rates (19.2, 17.1), so they are separate "
        "facts (the record has no currency for growth).",
        "'two-month trade surplus of 213.6 billion dollars': balance in USD, exact (a reported dollar figure, "
        "not a conversion); no yuan surplus is stated.",
        "'shrank 1.2 percent in January and February of 2025': the comparison base is itself a stated "
        "observation, labelled as total growth -1.2 for 2025-01..2025-02.",
        "'largest trading partner' (ASEAN) -> rank 1; 'second-largest trading partner' (EU) -> rank 2; both for total "
        "trade in Jan-Feb 2026.",
        "'Trade with the Association of Southeast Asian Nations (ASEAN)': partner ASEAN for the 20.3 percent, 1.24 trillion and "
        "16 percent share figures.",
        "'Their combined imports and exports' refers back to private enterprises (previous sentence): segment 'private "
        "enterprises'. The evidence sentence itself does not repeat the word; it is the shortest span holding the numbers.",
        "'476,000 businesses registered import and export activity': count, segment 'foreign trade enterprises'.",
        "'represented 60.6 percent of all Chinese exports': share of mechanical and electrical products in "
        "exports.",
        "Out of scope, unlabelled: '2.1 percentage points above the level of a year before' (percentage-point comparison); "
        "'more than 180 countries and regions expanded' (conditional count); 'Feb. 17' (date); "
        "'15th Five-Year Plan period (2026-2030)' (years); the economist's expectation that growth will slow (forecast, "
        "no number).",
    ],
    "facts": [
        fact("China", "total", "value", 7.73e12, "CNY", JF, "7.73 trillion", TOTAL),
        fact("China", "total", "value", 1.12e12, "USD", JF, "1.12 trillion", TOTAL, qualifier="approx"),
        fact("China", "total", "growth", 18.3, "percent", JF, "18.3", LEAD),
        fact("China", "exports", "growth", 19.2, "percent", JF, "19.2", EXP),
        fact("China", "exports", "value", 4.62e12, "CNY", JF, "4.62 trillion", EXP),
        fact("China", "imports", "growth", 17.1, "percent", JF, "17.1", IMP),
        fact("China", "imports", "value", 3.11e12, "CNY", JF, "3.11 trillion", IMP),
        fact("China", "exports", "growth", 21.8, "percent", JF, "21.8", USD),
        fact("China", "imports", "growth", 19.8, "percent", JF, "19.8", USD),
        fact("China", "balance", "value", 213.6e9, "USD", JF, "213.6 billion", SURPLUS),
        fact("China", "total", "growth", -1.2, "percent", JF_2025, "1.2", BASE),
        fact("China", "total", "rank", 1, "number", JF, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 20.3, "percent", JF, "20.3", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 1.24e12, "CNY", JF, "1.24 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16, "percent", JF, "16", ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JF, "second-largest", EU, partner="European Union"),
        fact("China", "total", "growth", 19.9, "percent", JF, "19.9", EU, partner="European Union"),
        fact("China", "total", "value", 998.94e9, "CNY", JF, "998.94 billion", EU, partner="European Union"),
        fact("China", "total", "growth", -16.9, "percent", JF, "16.9", US, partner="United States"),
        fact("China", "total", "value", 609.71e9, "CNY", JF, "609.71 billion", US, partner="United States"),
        fact("China", "total", "growth", 20, "percent", JF, "20", BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "value", 4.02e12, "CNY", JF, "4.02 trillion", BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 22.8, "percent", JF, "22.8", PRIV, segment="private enterprises"),
        fact("China", "total", "value", 4.51e12, "CNY", JF, "4.51 trillion", PRIV, segment="private enterprises"),
        fact("China", "total", "share", 58.3, "percent", JF, "58.3", PRIV, segment="private enterprises"),
        fact("China", "total", "count", 476000, "number", JF, "476,000", COUNT, segment="foreign trade enterprises"),
        fact("China", "exports", "growth", 21.5, "percent", JF, "21.5", ME, product="mechanical and electrical products"),
        fact("China", "exports", "value", 2.8e12, "CNY", JF, "2.8 trillion", ME, product="mechanical and electrical products"),
        fact("China", "exports", "share", 60.6, "percent", JF, "60.6", ME, product="mechanical and electrical products"),
    ],
}
