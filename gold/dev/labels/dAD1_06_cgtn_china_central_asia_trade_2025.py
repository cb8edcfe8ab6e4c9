from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
CA = "Central Asia"

TOT = "China's trade in goods with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan grew 12 percent from 2024 to $106.3 billion last year"
EXP = "China shipped $71.2 billion of goods to the region, 11 percent more than a year earlier"
IMP = "bought $35.1 billion from it, an increase of 14 percent"
CNY = "In yuan terms, total trade reached 764.35 billion yuan, compared with 674.15 billion yuan in 2024."
SHR = "The region accounts for roughly 1.7 percent of all of China's foreign trade."
KZ1 = "Within the region, Kazakhstan was again China's biggest trading partner."
KZ2 = "Trade between the two countries grew 11.2 percent to $48.7 billion, equal to 45.8 percent of all China's trade with the region."
KZX = "Chinese exports to Kazakhstan, mainly machinery, vehicles and consumer goods, were worth $29.7 billion"
KZM = "China bought $19 billion of Kazakh goods, chiefly crude oil, copper, ferroalloys and grain"
KG = "In second place was Kyrgyzstan, where trade climbed 19.8 percent to $27.2 billion."
KGM = "China's purchases from the mountainous nation also surged 85.7 percent to $5.2 billion"
UZ = "With Uzbekistan, Central Asia's most populous country, trade grew 18.2 percent to $16.2 billion"
TJ = "trade with Tajikistan rose 13.2 percent to $4.3 billion"
TM = "Two-way trade dropped 5.7 percent to $10 billion"
TMB = "China's trade with the gas-rich nation showed a deficit of $8.2 billion."
ME = "mechanical and electrical goods were again the core of China's exports to Central Asia, rising 14.8 percent to $38.6 billion"
CAR = "automobile exports from China to the five countries jumped 32.5 percent"

ARTICLE = {
    "id": "dAD1_06_cgtn_china_central_asia_trade_2025",
    "title": "China's trade with Central Asia passes $100 billion mark for the first time in 2025",
    "publisher": "CGTN",
    "published": "2026-01-20",
    "notes": [
        "Area China throughout; 'the five Central Asian nations', 'the region', 'Central Asia', 'the five countries': partner 'Central Asia'.",
        "'last year' counted back from the publication date (2026-01-20): 2025-01..2025-12.",
        "'topped 100 billion U.S. dollars' and '$106.3 billion': threshold and exact figure of one observation; only the exact figure labelled.",
        "'764.35 billion yuan': the same 2025 observation in yuan, a separate CNY fact, exact (stated as a figure of its own, not as an approximate conversion).",
        "'compared with 674.15 billion yuan in 2024': a stated value for another period, labelled with period 2024-01..2024-12.",
        "'roughly 1.7 percent of all of China's foreign trade': share, partner Central Asia, qualifier approx.",
        "'Within the region, Kazakhstan was again China's biggest trading partner' and 'In second place was Kyrgyzstan': ranks 1 and 2 within a restricted field (Central Asia), labelled as ranks.",
        "'45.8 percent of all China's trade with the region': share, partner Kazakhstan.",
        "'Chinese exports to Kazakhstan ... were worth' / 'China bought ... of Kazakh goods, chiefly crude oil...': exports to and imports from Kazakhstan; the product words describe the mix, the figures are not restricted to them (product null).",
        "'China's purchases from the mountainous nation': China's imports from Kyrgyzstan.",
        "'Two-way trade dropped 5.7 percent to $10 billion': total trade with Turkmenistan (subject of the paragraph); 'trade with the gas-rich nation showed a deficit of $8.2 billion': balance -8.2e9, partner Turkmenistan.",
        "'mechanical and electrical goods ... rising 14.8 percent to $38.6 billion': product 'mechanical and electrical goods', partner Central Asia; 'automobile exports from China to the five countries': product 'automobiles', partner Central Asia.",
        "Out of scope, unlabelled: '6 percentage points faster' (comparison); 'a fifth straight year' (streak); '$130 billion by 2030' (forecast); '19,000 China-Europe freight train trips' (not a trade flow); 'only Turkmenistan' of the five (no figure).",
    ],
    "facts": [
        fact("China", "total", "value", 106.3e9, "USD", Y25, "106.3 billion", TOT, partner=CA),
        fact("China", "total", "growth", 12, "percent", Y25, "12", TOT, partner=CA),
        fact("China", "exports", "growth", 11, "percent", Y25, "11", EXP, partner=CA),
        fact("China", "exports", "value", 71.2e9, "USD", Y25, "71.2 billion", EXP, partner=CA),
        fact("China", "imports", "growth", 14, "percent", Y25, "14", IMP, partner=CA),
        fact("China", "imports", "value", 35.1e9, "USD", Y25, "35.1 billion", IMP, partner=CA),
        fact("China", "total", "value", 764.35e9, "CNY", Y25, "764.35 billion", CNY, partner=CA),
        fact("China", "total", "value", 674.15e9, "CNY", Y24, "674.15 billion", CNY, partner=CA),
        fact("China", "total", "share", 1.7, "percent", Y25, "1.7", SHR, partner=CA, qualifier="approx"),
        fact("China", "total", "rank", 1, "number", Y25, "biggest", KZ1, partner="Kazakhstan"),
        fact("China", "total", "growth", 11.2, "percent", Y25, "11.2", KZ2, partner="Kazakhstan"),
        fact("China", "total", "value", 48.7e9, "USD", Y25, "48.7 billion", KZ2, partner="Kazakhstan"),
        fact("China", "total", "share", 45.8, "percent", Y25, "45.8", KZ2, partner="Kazakhstan"),
        fact("China", "exports", "value", 29.7e9, "USD", Y25, "29.7 billion", KZX, partner="Kazakhstan"),
        fact("China", "imports", "value", 19e9, "USD", Y25, "19 billion", KZM, partner="Kazakhstan"),
        fact("China", "total", "rank", 2, "number", Y25, "second", KG, partner="Kyrgyzstan"),
        fact("China", "total", "growth", 19.8, "percent", Y25, "19.8", KG, partner="Kyrgyzstan"),
        fact("China", "total", "value", 27.2e9, "USD", Y25, "27.2 billion", KG, partner="Kyrgyzstan"),
        fact("China", "imports", "growth", 85.7, "percent", Y25, "85.7", KGM, partner="Kyrgyzstan"),
        fact("China", "imports", "value", 5.2e9, "USD", Y25, "5.2 billion", KGM, partner="Kyrgyzstan"),
        fact("China", "total", "growth", 18.2, "percent", Y25, "18.2", UZ, partner="Uzbekistan"),
        fact("China", "total", "value", 16.2e9, "USD", Y25, "16.2 billion", UZ, partner="Uzbekistan"),
        fact("China", "total", "growth", 13.2, "percent", Y25, "13.2", TJ, partner="Tajikistan"),
        fact("China", "total", "value", 4.3e9, "USD", Y25, "4.3 billion", TJ, partner="Tajikistan"),
        fact("China", "total", "growth", -5.7, "percent", Y25, "5.7", TM, partner="Turkmenistan"),
        fact("China", "total", "value", 10e9, "USD", Y25, "10 billion", TM, partner="Turkmenistan"),
        fact("China", "balance", "value", -8.2e9, "USD", Y25, "8.2 billion", TMB, partner="Turkmenistan"),
        fact("China", "exports", "value", 38.6e9, "USD", Y25, "38.6 billion", ME, partner=CA, product="mechanical and electrical goods"),
        fact("China", "exports", "growth", 14.8, "percent", Y25, "14.8", ME, partner=CA, product="mechanical and electrical goods"),
        fact("China", "exports", "growth", 32.5, "percent", Y25, "32.5", CAR, partner=CA, product="automobiles"),
    ],
}
