from _fact import fact, period

H1 = period(2025, 1, 6)
JX = "Jiangxi"
E_TOTAL = "our province's goods imports and exports totaled 281.36 billion yuan in the first half of 2025, up 2.7% year on year"
E_EXP = "Exports amounted to 198.42 billion yuan, rising 5.1%"
E_IMP = "imports came to 82.94 billion yuan, falling 2.6%"
E_PRIV = "the province's private enterprises posted imports and exports of 231.7 billion yuan, or 82.4% of its total foreign trade"
E_ASEAN = "ASEAN remained the province's largest trading partner, with two-way trade of 52.18 billion yuan, up 12.6%"
E_EUUS = "The province's trade with the European Union and the United States reached 38.05 billion yuan and 29.47 billion yuan respectively"
E_NEW3 = "exports of electric vehicles, lithium batteries and solar cells fell 14.5% to 21.6 billion yuan"
NEW3 = "electric vehicles, lithium batteries and solar cells"

ARTICLE = {
    "id": "dI1_03_jiangxi_gov_h1",
    "title": "Jiangxi's Foreign Trade Grows Steadily in First Half of 2025",
    "publisher": "Jiangxi Provincial Department of Commerce",
    "published": "2025-07-21",
    "notes": [
        "Translated government release; 'our province' / 'the province' is Jiangxi.",
        "Publisher is the source line's department (the text names it); published from its 'Date:' line.",
        "'0.8 percentage points above the growth rate for the whole country': out.",
        "'216 countries and regions': count of trading partners.",
        "'new three samples' figure: product in the text's words 'electric vehicles, lithium batteries and solar cells'.",
        "Copper ore and concentrate imports of 316,000 tons: quantity in tonnes.",
        "GDP 1.69 trillion yuan, 312 freight train trips, annual target of 5% growth: out of scope.",
    ],
    "facts": [
        fact(JX, "total", "value", 281.36e9, "CNY", H1, "281.36 billion", E_TOTAL),
        fact(JX, "total", "growth", 2.7, "percent", H1, "2.7", E_TOTAL),
        fact(JX, "exports", "value", 198.42e9, "CNY", H1, "198.42 billion", E_EXP),
        fact(JX, "exports", "growth", 5.1, "percent", H1, "5.1", E_EXP),
        fact(JX, "imports", "value", 82.94e9, "CNY", H1, "82.94 billion", E_IMP),
        fact(JX, "imports", "growth", -2.6, "percent", H1, "2.6", E_IMP),
        fact(JX, "total", "value", 231.7e9, "CNY", H1, "231.7 billion", E_PRIV, segment="private enterprises"),
        fact(JX, "total", "share", 82.4, "percent", H1, "82.4", E_PRIV, segment="private enterprises"),
        fact(JX, "total", "count", 216, "number", H1, "216",
             "The province traded with 216 countries and regions",
             segment="trading partners"),
        fact(JX, "total", "rank", 1, "number", H1, "largest", E_ASEAN, partner="ASEAN"),
        fact(JX, "total", "value", 52.18e9, "CNY", H1, "52.18 billion", E_ASEAN, partner="ASEAN"),
        fact(JX, "total", "growth", 12.6, "percent", H1, "12.6", E_ASEAN, partner="ASEAN"),
        fact(JX, "total", "value", 38.05e9, "CNY", H1, "38.05 billion", E_EUUS, partner="European Union"),
        fact(JX, "total", "value", 29.47e9, "CNY", H1, "29.47 billion", E_EUUS, partner="United States"),
        fact(JX, "exports", "value", 21.6e9, "CNY", H1, "21.6 billion", E_NEW3, product=NEW3),
        fact(JX, "exports", "growth", -14.5, "percent", H1, "14.5", E_NEW3, product=NEW3),
        fact(JX, "imports", "quantity", 316000, "tonnes", H1, "316,000",
             "Copper ore and concentrate imports into the province totaled 316,000 tons", product="copper ore and concentrate"),
    ],
}
