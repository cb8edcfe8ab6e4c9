from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
AF = "Africa"
E_TOT = "China-Africa trade reached a record 2.35 trillion yuan (about $327.3 billion) in 2025, an increase of 11.9 percent from a year earlier"
E_EXIM = "Chinese exports to Africa surged 23.1 percent to 1.45 trillion yuan, whereas imports from the continent slipped 2.2 percent to 900 billion yuan"
E_ME = "Shipments of mechanical and electrical products to Africa increased 28.7 percent to 735 billion yuan"
E_AG = "China bought 57.6 billion yuan of African agricultural products, up 8.1 percent"
E_DEC = "For December on its own, China-Africa trade climbed 19.4 percent year-on-year to 215.3 billion yuan"
E_ZA = "China's trade with South Africa, its largest partner in Africa, rose 4.6 percent to 401.2 billion yuan in 2025"

ARTICLE = {
    "id": "dH1_06_globaltimes_africa_2025",
    "title": "Booming machinery and EV exports carry China-Africa trade to a 2025 record",
    "publisher": "Global Times",
    "published": "2026-01-16",
    "notes": [
        "Running period: the year 2025, stated in the text; the share and the product figures take it.",
        "'(about $327.3 billion)': a separate USD fact, qualifier approx.",
        "'beat the growth of China's foreign trade as a whole by 8.1 percentage points': out.",
        "'China has now been Africa's largest trading partner for 17 years running': the rank (area Africa, partner China, 1) is labelled; the streak is out.",
        "'South Africa, its largest partner in Africa': a rank among African partners only, which the record cannot express (it would read as China's largest partner overall): not labelled. Its value and growth are labelled.",
        "Surplus 550 billion yuan = 1.45 trillion - 900 billion; exports plus imports = 2.35 trillion.",
        "'a record': not a number. The 53 zero-tariff countries, 2,800 expo exhibitors, 'third' expo and the AfDB 4.1 percent growth projection: out.",
        "Electric vehicles, solar panels, lithium batteries and the avocado, sesame and citrus items are named without figures.",
    ],
    "facts": [
        fact("China", "total", "value", 2.35e12, "CNY", Y, "2.35 trillion", E_TOT, partner=AF),
        fact("China", "total", "value", 327.3e9, "USD", Y, "327.3 billion", E_TOT, partner=AF, qualifier="approx"),
        fact("China", "total", "growth", 11.9, "percent", Y, "11.9", E_TOT, partner=AF),
        fact("China", "total", "share", 5.2, "percent", Y, "5.2",
             "Africa accounted for 5.2 percent of the nation's total imports and exports in 2025", partner=AF),
        fact("China", "exports", "growth", 23.1, "percent", Y, "23.1", E_EXIM, partner=AF),
        fact("China", "exports", "value", 1.45e12, "CNY", Y, "1.45 trillion", E_EXIM, partner=AF),
        fact("China", "imports", "growth", -2.2, "percent", Y, "2.2", E_EXIM, partner=AF),
        fact("China", "imports", "value", 900e9, "CNY", Y, "900 billion", E_EXIM, partner=AF),
        fact("China", "balance", "value", 550e9, "CNY", Y, "550 billion",
             "China's surplus in trade with the region thus came to 550 billion yuan", partner=AF),
        fact("Africa", "total", "rank", 1, "number", Y, "largest",
             "China has now been Africa's largest trading partner", partner="China"),
        fact("China", "exports", "growth", 28.7, "percent", Y, "28.7", E_ME, partner=AF, product="mechanical and electrical products"),
        fact("China", "exports", "value", 735e9, "CNY", Y, "735 billion", E_ME, partner=AF, product="mechanical and electrical products"),
        fact("China", "imports", "growth", 8.1, "percent", Y, "8.1", E_AG, partner=AF, product="agricultural products"),
        fact("China", "imports", "value", 57.6e9, "CNY", Y, "57.6 billion", E_AG, partner=AF, product="agricultural products"),
        fact("China", "total", "growth", 19.4, "percent", DEC, "19.4", E_DEC, partner=AF),
        fact("China", "total", "value", 215.3e9, "CNY", DEC, "215.3 billion", E_DEC, partner=AF),
        fact("China", "total", "value", 401.2e9, "CNY", Y, "401.2 billion", E_ZA, partner="South Africa"),
        fact("China", "total", "growth", 4.6, "percent", Y, "4.6", E_ZA, partner="South Africa"),
    ],
}
