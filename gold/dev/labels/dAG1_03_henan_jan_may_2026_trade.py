from _fact import fact, period

JAN_MAY = period(2026, 1, 5)
MAY = period(2026, 5)

LEAD = "The foreign trade of central China's Henan Province grew 10.5 percent year on year to 389.48 billion yuan (about 56.6 billion U.S. dollars) in the first five months of 2026"
EXIM = "the inland province's exports climbed 13.2 percent to 246.35 billion yuan, while its imports rose 6.1 percent to 143.13 billion yuan"
MAY_T = "In May alone, imports and exports totaled 84.37 billion yuan, an increase of 12.3 percent from the same month last year."
ASEAN = "The Association of Southeast Asian Nations (ASEAN) overtook the United States to become Henan's largest trading partner during the period, with trade between the two sides rising 16.4 percent to 58.27 billion yuan."
US = "Trade with the United States, now the province's second-largest trading partner, dropped 8.3 percent to 52.9 billion yuan"
EU = "that with the European Union went up 12.7 percent to 45.61 billion yuan"
BRI = "Henan's trade with Belt and Road partner countries expanded 15.8 percent, accounting for 45.2 percent of the provincial total."
PRIV = "Their imports and exports reached 215.8 billion yuan, up 17.9 percent and making up 55.4 percent of the province's foreign trade."
COUNT = "A total of 10,874 enterprises in Henan posted import and export records in the five months"
PHONE = "Phone exports amounted to 68.74 billion yuan, accounting for 27.9 percent of Henan's total exports."
AUTO = "Automobile exports surged 38.2 percent to 21.36 billion yuan"
ZZ = "The city's imports and exports rose 9.6 percent to 263.1 billion yuan, accounting for 67.6 percent of the provincial total."

ARTICLE = {
    "id": "dAG1_03_henan_jan_may_2026_trade",
    "title": "China's Henan sees 10.5 pct foreign trade growth in first five months",
    "publisher": "Xinhua",
    "published": "2026-06-17",
    "notes": [
        "Dateline Wednesday June 17, 2026; running period January-May 2026 ('the first five months', 'during the period', 'the five months').",
        "'In May alone': period 2026-05.",
        "'the inland province' and 'the province' refer to Henan (area Henan).",
        "'trade between the two sides': Henan with ASEAN. 'largest trading partner' -> rank 1 (ASEAN); 'second-largest trading partner' -> rank 2 (United States). 'that with the European Union': Henan's trade with the EU.",
        "'making up 55.4 percent of the province's foreign trade': share of Henan's total trade, segment private enterprises ('Their' refers to private enterprises).",
        "'A total of 10,874 enterprises ... posted import and export records': count, segment 'foreign trade enterprises' (any enterprises with records, not only private ones).",
        "'Phone exports': product 'mobile phones' (the paragraph's name for the goods); share 27.9 is of Henan's total exports.",
        "'The city's imports and exports': Zhengzhou (area Zhengzhou); its 67.6 share is of the provincial total.",
        "USD conversion 56.6 billion labelled as a separate approx fact ('about').",
        "Out of scope, unlabelled: '1.6 percentage points higher than the national level' (percentage-point comparison); '768 more than a year earlier' (derived difference); 'more than 1,400 trips' of China-Europe freight trains (not a trade flow); growth for Latin America, Africa, hair products, aluminum products, Luoyang, Jiyuan and Xuchang given without numbers; the second-half outlook (forecast); 'the province's leading export item' for mobile phones (no ordinal or number stated, left unlabelled).",
    ],
    "facts": [
        fact("Henan", "total", "growth", 10.5, "percent", JAN_MAY, "10.5", LEAD),
        fact("Henan", "total", "value", 389.48e9, "CNY", JAN_MAY, "389.48 billion", LEAD),
        fact("Henan", "total", "value", 56.6e9, "USD", JAN_MAY, "56.6 billion", LEAD, qualifier="approx"),
        fact("Henan", "exports", "growth", 13.2, "percent", JAN_MAY, "13.2", EXIM),
        fact("Henan", "exports", "value", 246.35e9, "CNY", JAN_MAY, "246.35 billion", EXIM),
        fact("Henan", "imports", "growth", 6.1, "percent", JAN_MAY, "6.1", EXIM),
        fact("Henan", "imports", "value", 143.13e9, "CNY", JAN_MAY, "143.13 billion", EXIM),
        fact("Henan", "total", "value", 84.37e9, "CNY", MAY, "84.37 billion", MAY_T),
        fact("Henan", "total", "growth", 12.3, "percent", MAY, "12.3", MAY_T),
        fact("Henan", "total", "rank", 1, "number", JAN_MAY, "largest", ASEAN, partner="ASEAN"),
        fact("Henan", "total", "growth", 16.4, "percent", JAN_MAY, "16.4", ASEAN, partner="ASEAN"),
        fact("Henan", "total", "value", 58.27e9, "CNY", JAN_MAY, "58.27 billion", ASEAN, partner="ASEAN"),
        fact("Henan", "total", "rank", 2, "number", JAN_MAY, "second", US, partner="United States"),
        fact("Henan", "total", "growth", -8.3, "percent", JAN_MAY, "8.3", US, partner="United States"),
        fact("Henan", "total", "value", 52.9e9, "CNY", JAN_MAY, "52.9 billion", US, partner="United States"),
        fact("Henan", "total", "growth", 12.7, "percent", JAN_MAY, "12.7", EU, partner="European Union"),
        fact("Henan", "total", "value", 45.61e9, "CNY", JAN_MAY, "45.61 billion", EU, partner="European Union"),
        fact("Henan", "total", "growth", 15.8, "percent", JAN_MAY, "15.8", BRI, partner="Belt and Road partner countries"),
        fact("Henan", "total", "share", 45.2, "percent", JAN_MAY, "45.2", BRI, partner="Belt and Road partner countries"),
        fact("Henan", "total", "value", 215.8e9, "CNY", JAN_MAY, "215.8 billion", PRIV, segment="private enterprises"),
        fact("Henan", "total", "growth", 17.9, "percent", JAN_MAY, "17.9", PRIV, segment="private enterprises"),
        fact("Henan", "total", "share", 55.4, "percent", JAN_MAY, "55.4", PRIV, segment="private enterprises"),
        fact("Henan", "total", "count", 10874, "number", JAN_MAY, "10,874", COUNT, segment="foreign trade enterprises"),
        fact("Henan", "exports", "value", 68.74e9, "CNY", JAN_MAY, "68.74 billion", PHONE, product="mobile phones"),
        fact("Henan", "exports", "share", 27.9, "percent", JAN_MAY, "27.9", PHONE, product="mobile phones"),
        fact("Henan", "exports", "growth", 38.2, "percent", JAN_MAY, "38.2", AUTO, product="automobiles"),
        fact("Henan", "exports", "value", 21.36e9, "CNY", JAN_MAY, "21.36 billion", AUTO, product="automobiles"),
        fact("Zhengzhou", "total", "growth", 9.6, "percent", JAN_MAY, "9.6", ZZ),
        fact("Zhengzhou", "total", "value", 263.1e9, "CNY", JAN_MAY, "263.1 billion", ZZ),
        fact("Zhengzhou", "total", "share", 67.6, "percent", JAN_MAY, "67.6", ZZ),
    ],
}
