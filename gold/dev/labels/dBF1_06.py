from _fact import fact, period

Q3 = period(2025, 1, 9)
Q3_24 = period(2024, 1, 9)
SEP = period(2025, 9)

S_LEAD = "imports and exports between Heilongjiang Province in China's northeast and neighbouring Russia came to 143.52 billion yuan (about 20.16 billion U.S. dollars)"
S_SHARE = "The figure, accounting for 64.3 percent of the province's total foreign trade, was down 5.2 percent compared with the same period of last year"
S_TOTAL = "From January to September, Heilongjiang's foreign trade reached 223.2 billion yuan, a year-on-year decrease of 2.4 percent."
S_XM = "Of this, exports rose 6.7 percent to 57.8 billion yuan, while imports fell 5.3 percent to 165.4 billion yuan."
S_IMP = "Imports from Russia stood at 118.91 billion yuan, of which energy products, including crude oil, natural gas and coal, accounted for 82.6 percent."
S_EXP = "Exports to Russia rose 9.8 percent to 24.61 billion yuan"
S_CRUDE = "The province imported 22.9 million tonnes of Russian crude during the period, with a value of 74.6 billion yuan, compared with 80.3 billion yuan in the same period of last year."
S_COAL = "Coal imports from Russia, meanwhile, rose 11.4 percent to 9.76 million tonnes."
S_SEP = "In September alone, trade with Russia came in at 16.85 billion yuan, up 3.9 percent from August and down 1.7 percent year on year."
S_SFH = "The border city of Suifenhe, home to the province's busiest land port on the Russian border, saw its trade with Russia grow 7.2 percent to 25.37 billion yuan in the first nine months."
S_HH = "Heihe, which faces the Russian city of Blagoveshchensk across the Heilongjiang River, recorded imports and exports of 8.14 billion yuan, an increase of 18.5 percent"
S_PRIV = "They conducted 61.2 billion yuan worth of trade with Russia, up 4.5 percent, accounting for 42.6 percent of the total."
S_CNT = "More than 2,400 enterprises in the province had import and export records with Russia during the period"

H = "Heilongjiang"
RU = "Russia"

ARTICLE = {
    "id": "dBF1_06",
    "title": "Heilongjiang's trade with Russia tops 140 bln yuan in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Running period is January-September 2025 ('first three quarters', 'From January to September', 'during the period', 'first nine months'); 'In September alone' is 2025-09.",
        "Headline threshold 'tops 140 bln yuan' and the exact 143.52 billion are one observation: only the exact figure is labelled. The USD conversion '(about 20.16 billion U.S. dollars)' is a separate approx USD fact.",
        "'The figure, accounting for 64.3 percent ... was down 5.2 percent compared with the same period of last year': share and yoy growth of the province's trade with Russia, subject carried by 'The figure'.",
        "'Russia remained the province's largest trading partner' labelled as rank 1 (total, partner Russia).",
        "'Of this, exports ... while imports ...' splits the province's total foreign trade (partner null).",
        "'of which energy products ... accounted for 82.6 percent' is a share of imports from Russia with product 'energy products'.",
        "Crude: quantity 22.9 million tonnes and value 74.6 billion yuan for 2025-01..09; '80.3 billion yuan in the same period of last year' is labelled as the value for 2024-01..09 (a stated observation of the base period); no growth rate is derived. Product 'crude' in the text's words ('Russian crude').",
        "Coal: 'rose 11.4 percent to 9.76 million tonnes' has no value figure beside it, so its growth is labelled (not a volume-beside-value case).",
        "'up 3.9 percent from August' is mom; 'down 1.7 percent year on year' in the same sentence is yoy (both for 2025-09).",
        "Suifenhe is a county-level city; its trade with Russia is area Suifenhe, partner Russia. Heihe's 'imports and exports' has no partner stated, so partner null.",
        "Private enterprises: segment 'private enterprises', partner Russia (carried from 'trade with Russia'); 'accounting for 42.6 percent of the total' is their share of the province's trade with Russia.",
        "'More than 2,400 enterprises ... had import and export records with Russia' is a count (qualifier over), segment 'foreign trade enterprises', partner Russia; '186 more than a year earlier' is an absolute change and not labelled.",
        "Not labelled (not trade flows): 'more than 3,000 km' of border, '25 border ports', the year 2022.",
    ],
    "facts": [
        fact(H, "total", "value", 143.52e9, "CNY", Q3, "143.52 billion", S_LEAD, partner=RU),
        fact(H, "total", "value", 20.16e9, "USD", Q3, "20.16 billion", S_LEAD, partner=RU, qualifier="approx"),
        fact(H, "total", "share", 64.3, "percent", Q3, "64.3", S_SHARE, partner=RU),
        fact(H, "total", "growth", -5.2, "percent", Q3, "5.2", S_SHARE, partner=RU),
        fact(H, "total", "value", 223.2e9, "CNY", Q3, "223.2 billion", S_TOTAL),
        fact(H, "total", "growth", -2.4, "percent", Q3, "2.4", S_TOTAL),
        fact(H, "exports", "growth", 6.7, "percent", Q3, "6.7", S_XM),
        fact(H, "exports", "value", 57.8e9, "CNY", Q3, "57.8 billion", S_XM),
        fact(H, "imports", "growth", -5.3, "percent", Q3, "5.3", S_XM),
        fact(H, "imports", "value", 165.4e9, "CNY", Q3, "165.4 billion", S_XM),
        fact(H, "total", "rank", 1, "number", Q3, "largest", "Russia remained the province's largest trading partner.", partner=RU),
        fact(H, "imports", "value", 118.91e9, "CNY", Q3, "118.91 billion", S_IMP, partner=RU),
        fact(H, "imports", "share", 82.6, "percent", Q3, "82.6", S_IMP, partner=RU, product="energy products"),
        fact(H, "exports", "growth", 9.8, "percent", Q3, "9.8", S_EXP, partner=RU),
        fact(H, "exports", "value", 24.61e9, "CNY", Q3, "24.61 billion", S_EXP, partner=RU),
        fact(H, "imports", "quantity", 22.9e6, "tonnes", Q3, "22.9 million", S_CRUDE, partner=RU, product="crude"),
        fact(H, "imports", "value", 74.6e9, "CNY", Q3, "74.6 billion", S_CRUDE, partner=RU, product="crude"),
        fact(H, "imports", "value", 80.3e9, "CNY", Q3_24, "80.3 billion", S_CRUDE, partner=RU, product="crude"),
        fact(H, "imports", "growth", 11.4, "percent", Q3, "11.4", S_COAL, partner=RU, product="coal"),
        fact(H, "imports", "quantity", 9.76e6, "tonnes", Q3, "9.76 million", S_COAL, partner=RU, product="coal"),
        fact(H, "total", "value", 16.85e9, "CNY", SEP, "16.85 billion", S_SEP, partner=RU),
        fact(H, "total", "growth", 3.9, "percent", SEP, "3.9", S_SEP, partner=RU, basis="mom"),
        fact(H, "total", "growth", -1.7, "percent", SEP, "1.7", S_SEP, partner=RU),
        fact("Suifenhe", "total", "growth", 7.2, "percent", Q3, "7.2", S_SFH, partner=RU),
        fact("Suifenhe", "total", "value", 25.37e9, "CNY", Q3, "25.37 billion", S_SFH, partner=RU),
        fact("Heihe", "total", "value", 8.14e9, "CNY", Q3, "8.14 billion", S_HH),
        fact("Heihe", "total", "growth", 18.5, "percent", Q3, "18.5", S_HH),
        fact(H, "total", "value", 61.2e9, "CNY", Q3, "61.2 billion", S_PRIV, partner=RU, segment="private enterprises"),
        fact(H, "total", "growth", 4.5, "percent", Q3, "4.5", S_PRIV, partner=RU, segment="private enterprises"),
        fact(H, "total", "share", 42.6, "percent", Q3, "42.6", S_PRIV, partner=RU, segment="private enterprises"),
        fact(H, "total", "count", 2400, "number", Q3, "2,400", S_CNT, partner=RU, segment="foreign trade enterprises", qualifier="over"),
    ],
}
