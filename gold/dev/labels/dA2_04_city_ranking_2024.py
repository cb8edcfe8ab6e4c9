from _fact import fact, period

Y = period(2024, 1, 12)
E_TOP3 = "With imports and exports of 4.5 trillion yuan, 4.27 trillion yuan and 3.62 trillion yuan, Shenzhen, Shanghai and Beijing placed first, second and third respectively."
E_SZ_EXP = "Shenzhen's exports grew 14.2 percent to an all-time high of 2.81 trillion yuan, making it the largest exporter among Chinese cities for a 32nd straight year"
E_SZ_IMP = "Its imports rose 19.9 percent to 1.69 trillion yuan"
E_SU = "Suzhou, ranked fourth, saw trade rise 3.5 percent to 2.61 trillion yuan."
E_NB = "Ningbo, with 1.41 trillion yuan, kept fifth place"

ARTICLE = {
    "id": "dA2_04_city_ranking_2024",
    "title": "Shanghai drops to second as Shenzhen regains top spot among China's foreign trade cities",
    "publisher": "Yicai Global",
    "published": "2025-01-24",
    "notes": [
        "The dateline gives no year: 'last year' is 2024 from published (2025-01-24); every figure is for 2024.",
        "'placed first, second and third respectively': ranks 1, 2, 3 for Shenzhen, Shanghai, Beijing; the headline "
        "('top spot', 'second') restates them.",
        "'The three cities together accounted for 28.3 percent': one share fact for the group 'Shenzhen, Shanghai, Beijing'.",
        "'the southern technology hub', 'making it the largest exporter', 'Its imports': Shenzhen carried across sentences.",
        "Shenzhen exports 'the largest exporter among Chinese cities': rank 1 of Shenzhen's exports.",
        "'the quickest growth among the top 10' ranks growth rates, not a flow: out.",
        "Headline 'top spot' and lead 'China's largest city by foreign trade' restate Shenzhen's rank 1: labelled once.",
        "'for a 32nd straight year' and 'four years at the top': streaks, out.",
        "Suzhou 'ranked fourth': rank 4; Ningbo 'kept fifth place': rank 5. Dongguan ('just ahead of Dongguan') has "
        "no stated rank or figure: nothing labelled.",
        "Shanghai buys more from abroad than it sells, but no export figure or balance is given: none invented.",
        "'seven cities recorded trade above 1 trillion yuan', 'might join them as the eighth': milestone counts of cities and a "
        "forecast, out. '2023' is a year, out.",
    ],
    "facts": [
        fact("Shenzhen", "total", "value", 4.5e12, "CNY", Y, "4.5 trillion", E_TOP3),
        fact("Shanghai", "total", "value", 4.27e12, "CNY", Y, "4.27 trillion", E_TOP3),
        fact("Beijing", "total", "value", 3.62e12, "CNY", Y, "3.62 trillion", E_TOP3),
        fact("Shenzhen", "total", "rank", 1, "number", Y, "first", E_TOP3),
        fact("Shanghai", "total", "rank", 2, "number", Y, "second", E_TOP3),
        fact("Beijing", "total", "rank", 3, "number", Y, "third", E_TOP3),
        fact("Shenzhen, Shanghai, Beijing", "total", "share", 28.3, "percent", Y, "28.3",
             "The three cities together accounted for 28.3 percent of national foreign trade."),
        fact("Shenzhen", "total", "growth", 16.4, "percent", Y, "16.4",
             "Trade in the southern technology hub surged 16.4 percent from a year earlier"),
        fact("Shenzhen", "exports", "growth", 14.2, "percent", Y, "14.2", E_SZ_EXP),
        fact("Shenzhen", "exports", "value", 2.81e12, "CNY", Y, "2.81 trillion", E_SZ_EXP),
        fact("Shenzhen", "exports", "rank", 1, "number", Y, "largest", E_SZ_EXP),
        fact("Shenzhen", "imports", "growth", 19.9, "percent", Y, "19.9", E_SZ_IMP),
        fact("Shenzhen", "imports", "value", 1.69e12, "CNY", Y, "1.69 trillion", E_SZ_IMP),
        fact("Shanghai", "total", "growth", 1.3, "percent", Y, "1.3", "Shanghai's trade rose a modest 1.3 percent."),
        fact("Shanghai", "imports", "growth", -0.5, "percent", Y, "0.5",
             "its imports eased 0.5 percent to 2.48 trillion yuan"),
        fact("Shanghai", "imports", "value", 2.48e12, "CNY", Y, "2.48 trillion",
             "its imports eased 0.5 percent to 2.48 trillion yuan"),
        fact("Beijing", "total", "growth", -0.3, "percent", Y, "0.3", "Trade in Beijing slipped 0.3 percent"),
        fact("Suzhou", "total", "rank", 4, "number", Y, "fourth", E_SU),
        fact("Suzhou", "total", "growth", 3.5, "percent", Y, "3.5", E_SU),
        fact("Suzhou", "total", "value", 2.61e12, "CNY", Y, "2.61 trillion", E_SU),
        fact("Ningbo", "total", "rank", 5, "number", Y, "fifth", E_NB),
        fact("Ningbo", "total", "value", 1.41e12, "CNY", Y, "1.41 trillion", E_NB),
    ],
}
