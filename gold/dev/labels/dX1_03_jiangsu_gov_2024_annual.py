from _fact import fact, period

YEAR = period(2024, 1, 12)
EU = "European Union"
US = "United States"
BRI = "Belt and Road partner countries"

HEADLINE = (
    "Jiangsu Province's imports and exports combined reached 5.62 trillion yuan in 2024, rising 7% from a year earlier "
    "(the same below); that was 12.8% of China's total and kept the province second in the country"
)
EXPORTS = "Exports accounted for 3.62 trillion yuan of the total, growing 7.4%"
IMPORTS = "imports for 2 trillion yuan, growing 6.3%"
SUZHOU = "Suzhou, the leading driver, traded 2.56 trillion yuan of goods, up 4.9%, which was 45.6% of Jiangsu's total"
WUXI_NANJING = (
    "Wuxi and Nanjing recorded foreign trade of 749.81 billion yuan and 606.24 billion yuan respectively, rising by 9.4% "
    "and 3.1%"
)
EU_TRADE = "With 903.5 billion yuan of two-way trade, the EU stayed our province's largest trading partner"
ASEAN_US = "The province's trade with ASEAN and with the United States totalled 898.2 and 760.6 billion yuan respectively"
BELT_ROAD = "Trade with Belt and Road partner countries came to about 1.8 trillion yuan, 32% of the provincial total"
PRIVATE = "Trade by private enterprises grew 11.3% to 2.57 trillion yuan, giving them 45.7% of the total"
FOREIGN = "Foreign-invested enterprises, with 46.6% of the total"
CHIPS = "Exports of integrated circuits climbed 21.5% to 210.4 billion yuan"
EVS = "electric vehicles posted export growth of 68.2%"
BATTERIES_PV = "lithium batteries and photovoltaic products saw exports fall by 8.5% and 31.7% respectively"

ARTICLE = {
    "id": "dX1_03_jiangsu_gov_2024_annual",
    "title": "Jiangsu posts record foreign trade of 5.62 trillion yuan in 2024",
    "publisher": "Nanjing Customs",
    "published": "2025-01-21",
    "notes": [
        "Nanjing Customs release in translated-government style ('our province' is the release's own voice); the guide "
        "takes the publisher from the outlet the text names, and the text names Nanjing Customs.",
        "All figures are for the year 2024 (2024-01..2024-12). '(the same below)' makes every later growth rate a "
        "comparison with the previous year: yoy.",
        "'our province' / 'the province' -> area Jiangsu. City figures have the city as area (Suzhou, Wuxi, Nanjing).",
        "'kept the province second in the country' is Jiangsu's stated rank among provinces by total trade: rank 2, "
        "partner null. 'a position it has now held for 22 years running' is a streak: out.",
        "'that was 12.8% of China's total': share of Jiangsu in China's total trade, area Jiangsu. Suzhou's "
        "'45.6% of Jiangsu's total' is a share with area Suzhou.",
        "'749.81 billion yuan and 606.24 billion yuan respectively, rising by 9.4% and 3.1%': respectively list, "
        "Wuxi first, Nanjing second.",
        "'898.2 and 760.6 billion yuan respectively': scale word written once after the last figure; 898.2 -> 898.2e9 "
        "(ASEAN), 760.6 billion (United States). No growth rates given for them.",
        "'the EU stayed our province's largest trading partner': rank 1, partner European Union, flow total.",
        "'about 1.8 trillion yuan' for Belt and Road partner countries: qualifier approx.",
        "Foreign-invested enterprises: share only (no value given); segment in the text's words.",
        "Products: exports of integrated circuits (value and growth), electric vehicles (growth), lithium batteries and "
        "photovoltaic products ('saw exports fall by 8.5% and 31.7% respectively' -> -8.5, -31.7). 'new three' names the group, "
        "the figures are per product.",
        "Out of scope: '2 percentage points faster than the nation's' and 'a share 1 percentage point above the previous "
        "year's' (derived comparisons), 'every one of the province's 13 cities' (not a trade figure), China-Europe "
        "freight trains 'more than 2,000 trips' (not a trade flow), gross regional product 13.7 trillion yuan and 5.8% "
        "growth (not trade).",
    ],
    "facts": [
        fact("Jiangsu", "total", "value", 5.62e12, "CNY", YEAR, "5.62 trillion", HEADLINE),
        fact("Jiangsu", "total", "growth", 7, "percent", YEAR, "7", HEADLINE),
        fact("Jiangsu", "total", "share", 12.8, "percent", YEAR, "12.8", HEADLINE),
        fact("Jiangsu", "total", "rank", 2, "number", YEAR, "second", HEADLINE),
        fact("Jiangsu", "exports", "value", 3.62e12, "CNY", YEAR, "3.62 trillion", EXPORTS),
        fact("Jiangsu", "exports", "growth", 7.4, "percent", YEAR, "7.4", EXPORTS),
        fact("Jiangsu", "imports", "value", 2e12, "CNY", YEAR, "2 trillion", IMPORTS),
        fact("Jiangsu", "imports", "growth", 6.3, "percent", YEAR, "6.3", IMPORTS),
        fact("Suzhou", "total", "value", 2.56e12, "CNY", YEAR, "2.56 trillion", SUZHOU),
        fact("Suzhou", "total", "growth", 4.9, "percent", YEAR, "4.9", SUZHOU),
        fact("Suzhou", "total", "share", 45.6, "percent", YEAR, "45.6", SUZHOU),
        fact("Wuxi", "total", "value", 749.81e9, "CNY", YEAR, "749.81 billion", WUXI_NANJING),
        fact("Wuxi", "total", "growth", 9.4, "percent", YEAR, "9.4", WUXI_NANJING),
        fact("Nanjing", "total", "value", 606.24e9, "CNY", YEAR, "606.24 billion", WUXI_NANJING),
        fact("Nanjing", "total", "growth", 3.1, "percent", YEAR, "3.1", WUXI_NANJING),
        fact("Jiangsu", "total", "rank", 1, "number", YEAR, "largest", EU_TRADE, partner=EU),
        fact("Jiangsu", "total", "value", 903.5e9, "CNY", YEAR, "903.5 billion", EU_TRADE, partner=EU),
        fact("Jiangsu", "total", "value", 898.2e9, "CNY", YEAR, "898.2", ASEAN_US, partner="ASEAN"),
        fact("Jiangsu", "total", "value", 760.6e9, "CNY", YEAR, "760.6 billion", ASEAN_US, partner=US),
        fact("Jiangsu", "total", "value", 1.8e12, "CNY", YEAR, "1.8 trillion", BELT_ROAD, partner=BRI, qualifier="approx"),
        fact("Jiangsu", "total", "share", 32, "percent", YEAR, "32", BELT_ROAD, partner=BRI),
        fact("Jiangsu", "total", "value", 2.57e12, "CNY", YEAR, "2.57 trillion", PRIVATE, segment="private enterprises"),
        fact("Jiangsu", "total", "growth", 11.3, "percent", YEAR, "11.3", PRIVATE, segment="private enterprises"),
        fact("Jiangsu", "total", "share", 45.7, "percent", YEAR, "45.7", PRIVATE, segment="private enterprises"),
        fact("Jiangsu", "total", "share", 46.6, "percent", YEAR, "46.6", FOREIGN, segment="foreign-invested enterprises"),
        fact("Jiangsu", "exports", "value", 210.4e9, "CNY", YEAR, "210.4 billion", CHIPS, product="integrated circuits"),
        fact("Jiangsu", "exports", "growth", 21.5, "percent", YEAR, "21.5", CHIPS, product="integrated circuits"),
        fact("Jiangsu", "exports", "growth", 68.2, "percent", YEAR, "68.2", EVS, product="electric vehicles"),
        fact("Jiangsu", "exports", "growth", -8.5, "percent", YEAR, "8.5", BATTERIES_PV, product="lithium batteries"),
        fact("Jiangsu", "exports", "growth", -31.7, "percent", YEAR, "31.7", BATTERIES_PV,
             product="photovoltaic products"),
    ],
}
