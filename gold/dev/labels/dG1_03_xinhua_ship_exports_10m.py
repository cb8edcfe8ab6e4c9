from _fact import fact, period

P = period(2025, 1, 10)
E_VAL = "Measured by value, these exports rose 21.4 percent to 312.74 billion yuan (about 44 billion U.S. dollars), or 1.4 percent of all Chinese exports"
E_LIST = ("Export values for container ships, oil tankers and bulk carriers stood at 98.52 billion yuan, 57.3 billion yuan and 61.07 billion yuan "
          "respectively; the first two grew by 45.3 percent and 30.1 percent, while bulk carriers fell 8.2 percent")
E_BR = "Vessels exported to Belt and Road partner countries totaled 188.6 billion yuan, 60.3 percent of all ship exports"
E_LR = "The largest single destination was Liberia, a leading open registry for ships, which received vessels worth 58.2 billion yuan"
E_JS = "Jiangsu, which has the most concentrated group of shipyards in China, exported ships worth 97.8 billion yuan, an increase of 25.7 percent, accounting for 31.3 percent of the nation's total"
E_SH = "In Shanghai, ship exports expanded 33 percent to 51.4 billion yuan"
S = "ships"

ARTICLE = {
    "id": "dG1_03_xinhua_ship_exports_10m",
    "title": "Economic Watch: Green, high-end orders power China's ship exports",
    "publisher": "Xinhua",
    "published": "2025-11-23",
    "notes": [
        "Dateline 'BEIJING, Nov. 23 (Xinhua)' without a year; 'the first 10 months of this year' -> 2025-01/2025-10 from published.",
        "6,123 ships: a quantity of exported goods (unit number, product ships). Its growth 'a year-on-year increase of 18.6 percent' is unit (volume) growth stated beside value growth (21.4): out per the guide.",
        "'about 44 billion U.S. dollars' is the same export value in dollars: a separate USD fact, approx.",
        "'or 1.4 percent of all Chinese exports': share of ship exports in China's exports.",
        "Respectively list: values for container ships, oil tankers and bulk carriers; 'the first two grew by 45.3 percent and 30.1 percent' maps to container ships and oil tankers; bulk carriers fell 8.2 -> -8.2. The whole list sentence is the evidence.",
        "Belt and Road value and its 60.3 percent share of ship exports: partner 'Belt and Road partner countries'.",
        "Liberia 'The largest single destination': rank 1 of ship exports by partner, and its value.",
        "Jiangsu and Shanghai: areas of their own, product ships; Jiangsu's 31.3 percent is its share of national ship exports.",
        "Out: 16,000-TEU, shipbuilding completions (40.2 million dwt) and new orders (84.1 million dwt), 69.6 percent of global new orders (orders, not trade), '15 consecutive years', 70 percent green share of orders, LNG carrier price 250 million dollars.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 6123, "number", P, "6,123",
             "6,123 ships were exported from China", product=S),
        fact("China", "exports", "growth", 21.4, "percent", P, "21.4", E_VAL, product=S),
        fact("China", "exports", "value", 312.74e9, "CNY", P, "312.74 billion", E_VAL, product=S),
        fact("China", "exports", "value", 44e9, "USD", P, "44 billion", E_VAL, product=S, qualifier="approx"),
        fact("China", "exports", "share", 1.4, "percent", P, "1.4", E_VAL, product=S),
        fact("China", "exports", "value", 98.52e9, "CNY", P, "98.52 billion", E_LIST, product="container ships"),
        fact("China", "exports", "value", 57.3e9, "CNY", P, "57.3 billion", E_LIST, product="oil tankers"),
        fact("China", "exports", "value", 61.07e9, "CNY", P, "61.07 billion", E_LIST, product="bulk carriers"),
        fact("China", "exports", "growth", 45.3, "percent", P, "45.3", E_LIST, product="container ships"),
        fact("China", "exports", "growth", 30.1, "percent", P, "30.1", E_LIST, product="oil tankers"),
        fact("China", "exports", "growth", -8.2, "percent", P, "8.2", E_LIST, product="bulk carriers"),
        fact("China", "exports", "value", 188.6e9, "CNY", P, "188.6 billion", E_BR, product=S,
             partner="Belt and Road partner countries"),
        fact("China", "exports", "share", 60.3, "percent", P, "60.3", E_BR, product=S,
             partner="Belt and Road partner countries"),
        fact("China", "exports", "rank", 1, "number", P, "largest", E_LR, product=S, partner="Liberia"),
        fact("China", "exports", "value", 58.2e9, "CNY", P, "58.2 billion", E_LR, product=S, partner="Liberia"),
        fact("Jiangsu", "exports", "value", 97.8e9, "CNY", P, "97.8 billion", E_JS, product=S),
        fact("Jiangsu", "exports", "growth", 25.7, "percent", P, "25.7", E_JS, product=S),
        fact("Jiangsu", "exports", "share", 31.3, "percent", P, "31.3", E_JS, product=S),
        fact("Shanghai", "exports", "growth", 33, "percent", P, "33", E_SH, product=S),
        fact("Shanghai", "exports", "value", 51.4e9, "CNY", P, "51.4 billion", E_SH, product=S),
    ],
}
