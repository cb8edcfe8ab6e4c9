from _fact import fact, period

JAN_MAY = period(2026, 1, 5)
MAY = period(2026, 5)

LEAD = "Foreign trade in Henan, a province in central China, reached 389.48 billion yuan (about 56.6 billion U.S. dollars) in the first five months of 2026, up 10.5 percent year on year"
EXIM = "exports from the inland province increased 13.2 percent to 246.35 billion yuan during the period, and imports grew 6.1 percent to 143.13 billion yuan"
MAY_T = "Trade for May on its own came to 84.37 billion yuan, rising 12.3 percent from May last year."
ASEAN = "During the period, the Association of Southeast Asian Nations (ASEAN) replaced the United States as Henan's largest trading partner, as two-way trade grew 16.4 percent to 58.27 billion yuan."
US = "Henan's trade with the United States, now its second-largest trading partner, decreased 8.3 percent to 52.9 billion yuan"
EU = "trade with the European Union increased 12.7 percent to 45.61 billion yuan"
BRI = "Trade with Belt and Road partner countries grew 15.8 percent and made up 45.2 percent of Henan's total."
PRIV = "Trade by these firms rose 17.9 percent to 215.8 billion yuan, or 55.4 percent of the province's foreign trade."
COUNT = "In the five months, 10,874 enterprises in Henan recorded imports or exports"
PHONE = "Exports of phones totaled 68.74 billion yuan, equal to 27.9 percent of all Henan's exports."
AUTO = "Exports of automobiles jumped 38.2 percent to 21.36 billion yuan"
ZZ = "Its trade increased 9.6 percent to 263.1 billion yuan, 67.6 percent of the provincial total."

ARTICLE = {
    "id": "dAG1_03_henan_jan_may_2026_trade",
    "title": "Henan's foreign trade rises 10.5 pct in January-May",
    "publisher": "Xinhua",
    "published": "2026-06-17",
    "notes": [
        "Dateline Wednesday June 17, 2026; running period January-May 2026 ('the first five months', 'during the period', 'the five months').",
        "'Trade for May on its own': period 2026-05.",
        "'the inland province' and 'the province' refer to Henan (area Henan).",
        "'two-way trade': Henan with ASEAN. 'largest trading partner' -> rank 1 (ASEAN); 'second-largest trading partner' -> rank 2 (United States). 'trade with the European Union': Henan's trade with the EU.",
        "'or 55.4 percent of the province's foreign trade': share of Henan's total trade, segment private enterprises ('these firms' refers to private enterprises).",
        "'10,874 enterprises in Henan recorded imports or exports': count, segment 'foreign trade enterprises' (any enterprises with records, not only private ones).",
        "'Exports of phones': product 'mobile phones' (the paragraph's name for the goods); share 27.9 is of all Henan's exports.",
        "'Its trade': Zhengzhou (area Zhengzhou); its 67.6 share is of the provincial total.",
        "USD conversion 56.6 billion labelled as a separate approx fact ('about').",
        "Out of scope, unlabelled: '1.6 percentage points faster than those of the country as a whole' (percentage-point comparison); 'an increase of 768 from a year before' (derived difference); 'more than 1,400 trips' of China-Europe freight trains (not a trade flow); growth for Latin America, Africa, hair products, aluminum products, Luoyang, Jiyuan and Xuchang given without numbers; the second-half outlook (forecast); 'the province's main export item' for mobile phones (no ordinal or number stated, left unlabelled).",
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
