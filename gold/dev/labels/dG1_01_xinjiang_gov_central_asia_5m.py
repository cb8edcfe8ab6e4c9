from _fact import fact, period

P = period(2025, 1, 5)
E_CA = "Trade between Xinjiang and the five Central Asian countries grew 21.3 percent to 98.41 billion yuan, or 53.6 percent of the region's foreign trade"
E_KZ = "With 47.06 billion yuan of two-way trade, Kazakhstan remained the largest trading partner of Xinjiang"
E_KG = "Kyrgyzstan, ranked second with 31.27 billion yuan"
E_BS = "As Xinjiang's biggest trade mode, border small-volume trade rose 26.7 percent to 71.94 billion yuan, a 39.2 percent share of the overall figure"
E_MP = "Market procurement trade, which is centred on the international trade cities of Kashgar and Urumqi, generated exports of 36.58 billion yuan, 8.4 percent more than in the same period last year"

ARTICLE = {
    "id": "dG1_01_xinjiang_gov_central_asia_5m",
    "title": "Xinjiang's Central Asia trade climbs 21.3% in first five months",
    "publisher": "The People's Government of Xinjiang Uygur Autonomous Region",
    "published": "2025-06-19",
    "notes": [
        "Provincial government website item; the text gives no year ('first five months of this year', 'Updated: 06/19'): the year 2025 comes from published.",
        "publisher: the government website named in the header line; Urumqi Customs is the data source, not the outlet.",
        "Headline 'climbs 21.3% in first five months' restates the body's Central Asia growth: labelled once, body evidence.",
        "'the five Central Asian countries' -> partner 'Central Asia'.",
        "'ahead of Tajikistan, Uzbekistan and Turkmenistan': implied ranks, not labelled; Kazakhstan ('largest') and Kyrgyzstan ('ranked second') are stated ranks.",
        "Border small-volume trade and market procurement trade are trade-mode segments; 'a 39.2 percent share of the overall figure' is the share of Xinjiang's total.",
        "6,372 enterprises: count of foreign trade enterprises; '537 more than a year before' is a derived comparison, out.",
        "Out: freight train trips (6,218, up 3.4 percent), clearance time (2 hours), regional GDP growth 5.8 percent, the 15 customs measures.",
    ],
    "facts": [
        fact("Xinjiang", "total", "value", 183.62e9, "CNY", P, "183.62 billion",
             "the Xinjiang Uygur Autonomous Region's combined imports and exports at 183.62 billion yuan for the first five months of this year"),
        fact("Xinjiang", "total", "growth", 14.2, "percent", P, "14.2",
             "the Xinjiang Uygur Autonomous Region's combined imports and exports at 183.62 billion yuan for the first five months of this year, 14.2 percent higher than in the same period last year"),
        fact("Xinjiang", "exports", "value", 152.37e9, "CNY", P, "152.37 billion",
             "Exports made up 152.37 billion yuan of this, a rise of 17.5 percent"),
        fact("Xinjiang", "exports", "growth", 17.5, "percent", P, "17.5",
             "Exports made up 152.37 billion yuan of this, a rise of 17.5 percent"),
        fact("Xinjiang", "imports", "value", 31.25e9, "CNY", P, "31.25 billion",
             "imports edged down 0.6 percent to 31.25 billion yuan"),
        fact("Xinjiang", "imports", "growth", -0.6, "percent", P, "0.6",
             "imports edged down 0.6 percent to 31.25 billion yuan"),
        fact("Xinjiang", "total", "value", 98.41e9, "CNY", P, "98.41 billion", E_CA, partner="Central Asia"),
        fact("Xinjiang", "total", "growth", 21.3, "percent", P, "21.3", E_CA, partner="Central Asia"),
        fact("Xinjiang", "total", "share", 53.6, "percent", P, "53.6", E_CA, partner="Central Asia"),
        fact("Xinjiang", "total", "rank", 1, "number", P, "largest", E_KZ, partner="Kazakhstan"),
        fact("Xinjiang", "total", "value", 47.06e9, "CNY", P, "47.06 billion", E_KZ, partner="Kazakhstan"),
        fact("Xinjiang", "total", "rank", 2, "number", P, "second", E_KG, partner="Kyrgyzstan"),
        fact("Xinjiang", "total", "value", 31.27e9, "CNY", P, "31.27 billion", E_KG, partner="Kyrgyzstan"),
        fact("Xinjiang", "total", "growth", 26.7, "percent", P, "26.7", E_BS, segment="border small-volume trade"),
        fact("Xinjiang", "total", "value", 71.94e9, "CNY", P, "71.94 billion", E_BS, segment="border small-volume trade"),
        fact("Xinjiang", "total", "share", 39.2, "percent", P, "39.2", E_BS, segment="border small-volume trade"),
        fact("Xinjiang", "exports", "value", 36.58e9, "CNY", P, "36.58 billion", E_MP, segment="market procurement trade"),
        fact("Xinjiang", "exports", "growth", 8.4, "percent", P, "8.4", E_MP, segment="market procurement trade"),
        fact("Xinjiang", "total", "count", 6372, "number", P, "6,372",
             "6,372 companies were engaged in import and export business",
             segment="foreign trade enterprises"),
    ],
}
