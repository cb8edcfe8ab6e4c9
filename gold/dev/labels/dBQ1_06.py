from _fact import fact, period

CN = "China"
CA = "Central Asia"
RU = "Russia"
Y25 = period(2025, 1, 12)
DEC = period(2025, 12)
P11 = period(2025, 1, 11)

E_LEAD = "China's two-way goods trade with the five Central Asian states rose 12 percent year-on-year to $106.3 billion in 2025"
E_CNY = "Measured in yuan, China-Central Asia trade reached 763.2 billion yuan last year"
E_CAXM = "Outbound shipments to Central Asia accounted for $71.2 billion of the total, an 11-percent increase, while purchases from the region grew even faster, by 14 percent, to $35.1 billion"
E_KZ = "Trade with Kazakhstan, the region's biggest economy, went up 10.9 percent to $48.6 billion"
E_KG = "Trade with Kyrgyzstan jumped 19.8 percent to $27.2 billion"
E_UZTJ = "Trade with Uzbekistan and Tajikistan grew by 17.4 percent and 10.3 percent, respectively, to $16.2 billion and $4.3 billion"
E_TM = "trade with Turkmenistan slipped 5.7 percent to $10 billion"
E_RU = "Two-way trade between China and Russia slid 6.5 percent to 1.63 trillion yuan last year"
E_RUD = "counted in dollars, the total was $228.1 billion, a decline of 6.9 percent"
E_RUXM = "Shipments from China to Russia shrank 9.9 percent to $103.9 billion, a sharper drop than the 3.4-percent fall in purchases of Russian goods, which totaled $124.2 billion"
E_DEF = "That left China with a trade deficit of $20.3 billion with its northern neighbor, a gap that widened 47.1 percent from 2024"
E_OIL = "Purchases of Russian crude oil were worth 328.5 billion yuan in the January-November period, 19.6 percent less than a year before"
E_DEC = "Imports from Russia jumped 17.1 percent year-on-year last month, while China's shipments to Russia returned to growth with a 2.2-percent gain"

ARTICLE = {
    "id": "dBQ1_06",
    "title": "Commerce with Russia dips as China's trade with Central Asia sets 2025 record",
    "publisher": "Global Times",
    "published": "2026-01-15",
    "notes": [
        "Real figures (GAC data as reported in January 2026): Central Asia $106.3 billion (+12%), exports $71.2 "
        "billion (+11%), imports $35.1 billion (+14%); country totals Kazakhstan $48.6 billion, Kyrgyzstan $27.2 "
        "billion, Uzbekistan $16.2 billion, Turkmenistan $10 billion, Tajikistan $4.3 billion; Russia 1.63 trillion "
        "yuan (-6.5%), $228.1 billion (-6.9%), exports -9.9%, imports -3.4%, December exports +2.2% and imports "
        "+17.1%, crude oil imports January-November 328.5 billion yuan (-19.6%), vehicle exports January-November "
        "-46%. Invented/derived: the five country growth rates (from approximate 2024 totals that sum to the "
        "reported $94.8 billion), the yuan total for Central Asia (763.2 billion, about 7.18 yuan per dollar), the "
        "split of Russia trade into $103.9 billion exports and $124.2 billion imports (sum 228.1), the $20.3 "
        "billion deficit (103.9 - 124.2) and its 47.1 per cent widening (against an approximate 2024 deficit of "
        "$13.8 billion). Kazakhstan as China's largest partner and China as Russia's largest partner are modelled "
        "on real reporting.",
        "Judgement calls: Central Asia figures take partner 'Central Asia' (the five states measured together). "
        "The 'respectively' list pairs Uzbekistan with 17.4% and $16.2 billion, Tajikistan with 10.3% and $4.3 "
        "billion. 'China remained Kazakhstan's largest trading partner' -> area Kazakhstan, partner China, rank 1, "
        "2025; 'China has been Russia's largest trading partner for 15 straight years' -> area Russia, partner "
        "China, rank 1, period 2025 (the streak itself is not a fact). The Russia deficit is China's balance "
        "(negative) and its 'widened 47.1 percent' is +47.1 growth of the deficit. 'Last month' in a story of "
        "2026-01-15 is December 2025; December growth of exports is read from 'returned to growth with a "
        "2.2-percent gain' (yoy by default). 'Automobile exports ... fell 46 percent in the first 11 months' -> "
        "product automobiles, 2025-01..2025-11. Russia yuan and dollar declines (-6.5 and -6.9) are separate "
        "observations of the same flow.",
        "Not facts: 'the $100-billion mark' (a threshold beside the exact 106.3); 'four years of expansion', 'a run "
        "of growth that began in 2021', 'eight straight months of decline', '15 straight years' (streaks); 'about 10 "
        "percent in 2026' (a forecast); '7.18' (exchange rate); the years 2021/2024/2025/2026; 'the five Central "
        "Asian states' (a count of countries named, not of trading partners).",
        "Copy check: 4 sentences searched (lead, Russia totals, December sentence, the quote) and the remaining "
        "explanatory sentences compared with the same results; 6 reworded (lead, Central Asia exports/imports, "
        "Russia totals, Russia exports/imports, crude oil, December), all because real wire copy used the same "
        "skeleton with the same figures.",
        "Second check: 23 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CN, "total", "growth", 12, "percent", Y25, "12", E_LEAD, partner=CA),
        fact(CN, "total", "value", 106.3e9, "USD", Y25, "$106.3 billion", E_LEAD, partner=CA),
        fact(CN, "total", "value", 763.2e9, "CNY", Y25, "763.2 billion", E_CNY, partner=CA),
        fact(CN, "exports", "value", 71.2e9, "USD", Y25, "$71.2 billion", E_CAXM, partner=CA),
        fact(CN, "exports", "growth", 11, "percent", Y25, "11", E_CAXM, partner=CA),
        fact(CN, "imports", "growth", 14, "percent", Y25, "14", E_CAXM, partner=CA),
        fact(CN, "imports", "value", 35.1e9, "USD", Y25, "$35.1 billion", E_CAXM, partner=CA),
        fact(CN, "total", "growth", 10.9, "percent", Y25, "10.9", E_KZ, partner="Kazakhstan"),
        fact(CN, "total", "value", 48.6e9, "USD", Y25, "$48.6 billion", E_KZ, partner="Kazakhstan"),
        fact("Kazakhstan", "total", "rank", 1, "number", Y25, "largest",
             "China remained Kazakhstan's largest trading partner", partner=CN),
        fact(CN, "total", "growth", 19.8, "percent", Y25, "19.8", E_KG, partner="Kyrgyzstan"),
        fact(CN, "total", "value", 27.2e9, "USD", Y25, "$27.2 billion", E_KG, partner="Kyrgyzstan"),
        fact(CN, "total", "growth", 17.4, "percent", Y25, "17.4", E_UZTJ, partner="Uzbekistan"),
        fact(CN, "total", "growth", 10.3, "percent", Y25, "10.3", E_UZTJ, partner="Tajikistan"),
        fact(CN, "total", "value", 16.2e9, "USD", Y25, "$16.2 billion", E_UZTJ, partner="Uzbekistan"),
        fact(CN, "total", "value", 4.3e9, "USD", Y25, "$4.3 billion", E_UZTJ, partner="Tajikistan"),
        fact(CN, "total", "growth", -5.7, "percent", Y25, "5.7", E_TM, partner="Turkmenistan"),
        fact(CN, "total", "value", 10e9, "USD", Y25, "$10 billion", E_TM, partner="Turkmenistan"),
        fact(CN, "total", "growth", -6.5, "percent", Y25, "6.5", E_RU, partner=RU),
        fact(CN, "total", "value", 1.63e12, "CNY", Y25, "1.63 trillion", E_RU, partner=RU),
        fact(CN, "total", "value", 228.1e9, "USD", Y25, "$228.1 billion", E_RUD, partner=RU),
        fact(CN, "total", "growth", -6.9, "percent", Y25, "6.9", E_RUD, partner=RU),
        fact(CN, "exports", "growth", -9.9, "percent", Y25, "9.9", E_RUXM, partner=RU),
        fact(CN, "exports", "value", 103.9e9, "USD", Y25, "$103.9 billion", E_RUXM, partner=RU),
        fact(CN, "imports", "growth", -3.4, "percent", Y25, "3.4", E_RUXM, partner=RU),
        fact(CN, "imports", "value", 124.2e9, "USD", Y25, "$124.2 billion", E_RUXM, partner=RU),
        fact(CN, "balance", "value", -20.3e9, "USD", Y25, "$20.3 billion", E_DEF, partner=RU),
        fact(CN, "balance", "growth", 47.1, "percent", Y25, "47.1", E_DEF, partner=RU),
        fact(CN, "exports", "growth", -46, "percent", P11, "46",
             "Automobile exports to Russia fell 46 percent in the first 11 months of 2025", partner=RU,
             product="automobiles"),
        fact(CN, "imports", "value", 328.5e9, "CNY", P11, "328.5 billion", E_OIL, partner=RU, product="crude oil"),
        fact(CN, "imports", "growth", -19.6, "percent", P11, "19.6", E_OIL, partner=RU, product="crude oil"),
        fact(CN, "imports", "growth", 17.1, "percent", DEC, "17.1", E_DEC, partner=RU),
        fact(CN, "exports", "growth", 2.2, "percent", DEC, "2.2", E_DEC, partner=RU),
        fact(RU, "total", "rank", 1, "number", Y25, "largest",
             "China has been Russia's largest trading partner for 15 straight years", partner=CN),
    ],
}
