from _fact import fact, period

H1 = period(2025, 1, 6)
CA = "Central Asia"
E_TOTAL = "came to 348.17 billion yuan (about 48.6 billion U.S. dollars) in the first half of 2025, up 9.6 percent year on year"
E_EXP = "exports from China to the region grew 5.2 percent to 226.54 billion yuan"
E_IMP = "imports from the region jumped 18.9 percent to 121.63 billion yuan"
E_KZ = "Two-way trade reached 162.3 billion yuan over the six months, up 7.4 percent, accounting for 46.6 percent of all China-Central Asia trade"
E_UZ = "China's trade with Uzbekistan climbed by 15.3 percent, reaching 71.8 billion yuan"
E_AGRI = "China's imports of agricultural products from Central Asia rose 24.3 percent to 5.12 billion yuan"

ARTICLE = {
    "id": "dI1_06_peoplesdaily_central_asia",
    "title": "Imports grow faster than exports as China-Central Asia trade sets H1 record",
    "publisher": "People's Daily Online",
    "published": "2025-07-21",
    "notes": [
        "'the five Central Asian countries' / 'the region': partner 'Central Asia'.",
        "USD conversion with 'about': separate fact, approx.",
        "'In Central Asia, Kazakhstan was still China's biggest trading partner': a rank within a region "
        "that the record cannot express (it would read as China's largest partner overall): not labelled.",
        "Kazakhstan's 46.6 percent is a share of China's trade with Central Asia, labelled as share with partner Kazakhstan.",
        "'the highest ever for the period', 'over twice the 2013 level': milestone / derived comparison, out.",
        "Full-year 2024 trade 674.15 billion yuan: labelled with period 2024.",
        "8,300 freight train trips, Kazakhstan GDP growth 6.2 percent, the 80-billion-dollar target: out of scope.",
    ],
    "facts": [
        fact("China", "total", "value", 348.17e9, "CNY", H1, "348.17 billion", E_TOTAL, partner=CA),
        fact("China", "total", "value", 48.6e9, "USD", H1, "48.6 billion", E_TOTAL, partner=CA, qualifier="approx"),
        fact("China", "total", "growth", 9.6, "percent", H1, "9.6", E_TOTAL, partner=CA),
        fact("China", "exports", "value", 226.54e9, "CNY", H1, "226.54 billion", E_EXP, partner=CA),
        fact("China", "exports", "growth", 5.2, "percent", H1, "5.2", E_EXP, partner=CA),
        fact("China", "imports", "value", 121.63e9, "CNY", H1, "121.63 billion", E_IMP, partner=CA),
        fact("China", "imports", "growth", 18.9, "percent", H1, "18.9", E_IMP, partner=CA),
        fact("China", "total", "value", 162.3e9, "CNY", H1, "162.3 billion", E_KZ, partner="Kazakhstan"),
        fact("China", "total", "growth", 7.4, "percent", H1, "7.4", E_KZ, partner="Kazakhstan"),
        fact("China", "total", "share", 46.6, "percent", H1, "46.6", E_KZ, partner="Kazakhstan"),
        fact("China", "total", "growth", 15.3, "percent", H1, "15.3", E_UZ, partner="Uzbekistan"),
        fact("China", "total", "value", 71.8e9, "CNY", H1, "71.8 billion", E_UZ, partner="Uzbekistan"),
        fact("China", "imports", "value", 5.12e9, "CNY", H1, "5.12 billion", E_AGRI, partner=CA,
             product="agricultural products"),
        fact("China", "imports", "growth", 24.3, "percent", H1, "24.3", E_AGRI, partner=CA,
             product="agricultural products"),
        fact("China", "total", "value", 674.15e9, "CNY", period(2024, 1, 12), "674.15 billion",
             "Trade between China and the five countries in 2024 as a whole stood at 674.15 billion yuan", partner=CA),
    ],
}
