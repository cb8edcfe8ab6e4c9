from _fact import fact, period

Y = period(2024, 1, 12)
E_TOP3 = "Shenzhen, Shanghai and Beijing posted imports and exports of 4.5 trillion yuan, 4.27 trillion yuan and 3.62 trillion yuan, ranking first, second and third respectively"
E_SZ_EXP = "The city's exports rose 14.2 percent to a record 2.81 trillion yuan, the largest of any Chinese city for the 32nd year running"
E_SZ_IMP = "Its imports climbed 19.9 percent to 1.69 trillion yuan"
E_SU = "Suzhou, in fourth place, grew 3.5 percent to 2.61 trillion yuan."
E_NB = "Ningbo held fifth place with 1.41 trillion yuan"

ARTICLE = {
    "id": "dA2_04_city_ranking_2024",
    "title": "Shenzhen retakes crown as China's top foreign trade city, Shanghai slips to second",
    "publisher": "Yicai Global",
    "published": "2025-01-24",
    "notes": [
        "The dateline gives no year: 'last year' is 2024 from published (2025-01-24); every figure is for 2024.",
        "'ranking first, second and third respectively': ranks 1, 2, 3 for Shenzhen, Shanghai, Beijing; the headline "
        "('crown', 'second') restates them.",
        "'Together the three cities made up 28.3 percent': one share fact for the group 'Shenzhen, Shanghai, Beijing'.",
        "'The southern tech hub', 'The city's exports', 'Its imports': Shenzhen carried across sentences.",
        "Shenzhen exports 'the largest of any Chinese city': rank 1 of Shenzhen's exports.",
        "'the fastest pace among the top 10' ranks growth rates, not a flow: out.",
        "Headline 'top' and lead 'China's biggest foreign trading city' restate Shenzhen's rank 1: labelled once.",
        "'for the 32nd year running' and 'four-year run': streaks, out.",
        "Suzhou 'in fourth place': rank 4; Ningbo 'held fifth place': rank 5. Dongguan ('narrowly ahead of Dongguan') has "
        "no stated rank or figure: nothing labelled.",
        "Shanghai imports exceed exports, but no export figure or balance is given: none invented.",
        "'Seven cities topped the 1 trillion yuan mark', 'could become the eighth': milestone counts of cities and a "
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
             "Together the three cities made up 28.3 percent of the country's foreign trade."),
        fact("Shenzhen", "total", "growth", 16.4, "percent", Y, "16.4",
             "The southern tech hub's trade jumped 16.4 percent from a year earlier"),
        fact("Shenzhen", "exports", "growth", 14.2, "percent", Y, "14.2", E_SZ_EXP),
        fact("Shenzhen", "exports", "value", 2.81e12, "CNY", Y, "2.81 trillion", E_SZ_EXP),
        fact("Shenzhen", "exports", "rank", 1, "number", Y, "largest", E_SZ_EXP),
        fact("Shenzhen", "imports", "growth", 19.9, "percent", Y, "19.9", E_SZ_IMP),
        fact("Shenzhen", "imports", "value", 1.69e12, "CNY", Y, "1.69 trillion", E_SZ_IMP),
        fact("Shanghai", "total", "growth", 1.3, "percent", Y, "1.3", "Shanghai's trade edged up 1.3 percent."),
        fact("Shanghai", "imports", "growth", -0.5, "percent", Y, "0.5",
             "its imports slipped 0.5 percent to 2.48 trillion yuan"),
        fact("Shanghai", "imports", "value", 2.48e12, "CNY", Y, "2.48 trillion",
             "its imports slipped 0.5 percent to 2.48 trillion yuan"),
        fact("Beijing", "total", "growth", -0.3, "percent", Y, "0.3", "Beijing's total dipped 0.3 percent"),
        fact("Suzhou", "total", "rank", 4, "number", Y, "fourth", E_SU),
        fact("Suzhou", "total", "growth", 3.5, "percent", Y, "3.5", E_SU),
        fact("Suzhou", "total", "value", 2.61e12, "CNY", Y, "2.61 trillion", E_SU),
        fact("Ningbo", "total", "rank", 5, "number", Y, "fifth", E_NB),
        fact("Ningbo", "total", "value", 1.41e12, "CNY", Y, "1.41 trillion", E_NB),
    ],
}
