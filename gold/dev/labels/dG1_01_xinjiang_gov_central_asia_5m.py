from _fact import fact, period

P = period(2025, 1, 5)
E_CA = "The region's trade with the five Central Asian countries reached 98.41 billion yuan, up 21.3 percent and accounting for 53.6 percent of Xinjiang's foreign trade"
E_KZ = "Kazakhstan stayed Xinjiang's largest trading partner, with two-way trade of 47.06 billion yuan"
E_KG = "Kyrgyzstan came second at 31.27 billion yuan"
E_BS = "Border small-volume trade, the region's leading trade mode, grew 26.7 percent to 71.94 billion yuan and made up 39.2 percent of the total"
E_MP = "Exports under market procurement trade, concentrated in the international trade cities of Kashgar and Urumqi, reached 36.58 billion yuan, up 8.4 percent compared with the same period last year"

ARTICLE = {
    "id": "dG1_01_xinjiang_gov_central_asia_5m",
    "title": "Xinjiang's trade with Central Asian neighbours up 21.3% in Jan-May",
    "publisher": "The People's Government of Xinjiang Uygur Autonomous Region",
    "published": "2025-06-19",
    "notes": [
        "Provincial government website item; the text gives no year ('first five months of this year', 'Updated: 06/19'): the year 2025 comes from published.",
        "publisher: the government website named in the header line; Urumqi Customs is the data source, not the outlet.",
        "Headline 'up 21.3% in Jan-May' restates the body's Central Asia growth: labelled once, body evidence.",
        "'the five Central Asian countries' -> partner 'Central Asia'.",
        "Tajikistan, Uzbekistan and Turkmenistan 'following': implied ranks, not labelled; Kazakhstan ('largest') and Kyrgyzstan ('came second') are stated ranks.",
        "Border small-volume trade and market procurement trade are trade-mode segments; 'made up 39.2 percent of the total' is the share of Xinjiang's total.",
        "6,372 enterprises: count of foreign trade enterprises; '537 more than a year earlier' is a derived comparison, out.",
        "Out: freight train trips (6,218, up 3.4 percent), clearance time (2 hours), regional GDP growth 5.8 percent, the 15 customs measures.",
    ],
    "facts": [
        fact("Xinjiang", "total", "value", 183.62e9, "CNY", P, "183.62 billion",
             "Imports and exports of the Xinjiang Uygur Autonomous Region totaled 183.62 billion yuan in the first five months of this year"),
        fact("Xinjiang", "total", "growth", 14.2, "percent", P, "14.2",
             "Imports and exports of the Xinjiang Uygur Autonomous Region totaled 183.62 billion yuan in the first five months of this year, an increase of 14.2 percent over the same period last year"),
        fact("Xinjiang", "exports", "value", 152.37e9, "CNY", P, "152.37 billion",
             "exports were valued at 152.37 billion yuan, up 17.5 percent"),
        fact("Xinjiang", "exports", "growth", 17.5, "percent", P, "17.5",
             "exports were valued at 152.37 billion yuan, up 17.5 percent"),
        fact("Xinjiang", "imports", "value", 31.25e9, "CNY", P, "31.25 billion",
             "imports came to 31.25 billion yuan, down 0.6 percent"),
        fact("Xinjiang", "imports", "growth", -0.6, "percent", P, "0.6",
             "imports came to 31.25 billion yuan, down 0.6 percent"),
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
             "A total of 6,372 enterprises recorded import and export activity in the five months",
             segment="foreign trade enterprises"),
    ],
}
