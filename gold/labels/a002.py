from _fact import fact, period

Y = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
M11 = period(2025, 1, 11)
E_JH = "With total import-export volume surpassing one trillion yuan for the first time—a 19.5% year-on-year increase—Jinhua"
E_JHX = "Its export scale now ranks sixth nationwide, accounting for 22.0% of Zhejiang Province’s total"
E_YW = "Yiwu’s performance in 2025 was nothing short of spectacular, with its import-export volume breaking through 800 billion yuan to reach 836.5 billion yuan, a 25.1% surge"
E_YWI = "Import value alone crossed the 100-billion-yuan threshold, growing by 32.3%"
E_YWX = "export growth to non-traditional markets: Africa (23.4%), Latin America (14.1%), and ASEAN (46.7%)"
E_DG = "high-tech product exports reaching approximately 338.11 billion yuan in the first 11 months, a 17.2% increase that accounted for 34.8% of the city’s total exports"
E_EC = "Electronic component exports, at 154.23 billion yuan, grew by 12.4%, representing 17.5% of exports"
E_PE = "Private enterprises were instrumental, with imports and exports of 900 billion yuan constituting over 60% of the city’s total and growing by 20.9%"
E_NB = "its foreign trade scale continued to expand, reaching a historic high of 1.46 trillion yuan, up 2.6%"
E_NBF = "Exports grew by 3.7%, while imports edged up 0.2%"
E_N3 = "exports of “new three” products—electric vehicles, lithium-ion batteries, and solar cells—exceeded 38.5 billion yuan, soaring by over 76%"
E_EV = "with electric vehicle exports surging nearly threefold (295.1%) and industrial robot exports up 113%"
E_DGR = "Dongguan, which had slipped to sixth place in 2024 behind Ningbo, reclaimed the fifth position in 2025"
E_JHR = "Jinhua leaped two spots from tenth to eighth"
HT = "high-tech products"
PE = "private enterprises"

ARTICLE = {
    "id": "002_5ecd36bb265e502b",
    "title": "China’s 2025 Foreign Trade Powerhouses: Jinhua Ascends to Trillion-Yuan Elite Club",
    "publisher": None,
    "published": "2026-01-22",
    "notes": [
        "No outlet is named in the text (Eliza Wong is the author; the General Administration of Customs is a source): publisher null.",
        "Running period is the full year 2025 unless a sentence says otherwise; the Dongguan paragraph states 'the first 11 months' "
        "and its other figures (electronic components, private enterprises) are labelled with that period too.",
        "The top-10 roster lists cities in ranking order but states no ranks; only explicitly stated ranks are labelled.",
        "'Shenzhen and Shanghai, as the only two cities in the 4.5 trillion-yuan range' is a bracket, not a figure for either city: not labelled.",
        "'the eighth trillion-yuan foreign trade city', 'tenth consecutive year of growth': milestones and streaks, out.",
        "'leaped two spots', '8-percentage-point rise from 2020', '6.6 percentage points higher': derived comparisons, out.",
        "'156 of them exceeding one billion yuan': conditional count, out.",
        "'Both cities recorded import-export volumes exceeding 1.4 trillion yuan': a threshold fact for Dongguan; for Ningbo the "
        "exact 1.46 trillion is given, so its threshold is not labelled.",
        "'in 2024, these firms alone achieved a trillion-yuan trade volume' (Ningbo private enterprises) labelled as over 1 trillion, 2024.",
        "'surging nearly threefold (295.1%)': value 295.1, exact, per the guide.",
        "Promotion events, organised enterprises and policy steps in the Dongguan paragraph are not trade flows: out.",
    ],
    "facts": [
        fact(
            "Yangtze River Delta, Pearl River Delta",
            "total",
            "share",
            40,
            "percent",
            Y,
            "40",
            "the Yangtze River Delta and Pearl River Delta account for nearly 40% of national foreign trade volume among the top 10",
            qualifier="approx",
        ),
        fact(
            "Shenzhen, Shanghai",
            "total",
            "share",
            20,
            "percent",
            Y,
            "20",
            "together account for approximately 20% of China’s total foreign trade volume",
            qualifier="approx",
        ),
        fact("Dongguan", "total", "rank", 6, "number", Y24, "sixth", E_DGR),
        fact("Dongguan", "total", "rank", 5, "number", Y, "fifth", E_DGR),
        fact("Jinhua", "total", "rank", 10, "number", Y24, "tenth", E_JHR),
        fact("Jinhua", "total", "rank", 8, "number", Y, "eighth", E_JHR),
        fact("Jinhua", "total", "value", 1e12, "CNY", Y, "one trillion", E_JH, qualifier="over"),
        fact("Jinhua", "total", "growth", 19.5, "percent", Y, "19.5", E_JH),
        fact("Jinhua", "exports", "rank", 6, "number", Y, "sixth", E_JHX),
        fact("Jinhua", "exports", "share", 22.0, "percent", Y, "22.0", E_JHX),
        fact(
            "Yiwu",
            "total",
            "share",
            80,
            "percent",
            Y,
            "80",
            "Yiwu, the “world’s small commodity capital,” which contributes about 80% of Jinhua’s foreign trade",
            qualifier="approx",
        ),
        fact("Yiwu", "total", "value", 836.5e9, "CNY", Y, "836.5 billion", E_YW),
        fact("Yiwu", "total", "growth", 25.1, "percent", Y, "25.1", E_YW),
        fact("Yiwu", "imports", "value", 100e9, "CNY", Y, "100-billion", E_YWI, qualifier="over"),
        fact("Yiwu", "imports", "growth", 32.3, "percent", Y, "32.3", E_YWI),
        fact(
            "Yiwu",
            "total",
            "count",
            231,
            "number",
            Y,
            "231",
            "Yiwu’s trade network has expanded dramatically, now encompassing 231 countries and regions",
            segment="trading partners",
        ),
        fact("Yiwu", "exports", "growth", 23.4, "percent", Y, "23.4", E_YWX, partner="Africa"),
        fact("Yiwu", "exports", "growth", 14.1, "percent", Y, "14.1", E_YWX, partner="Latin America"),
        fact("Yiwu", "exports", "growth", 46.7, "percent", Y, "46.7", E_YWX, partner="ASEAN"),
        fact(
            "Dongguan",
            "total",
            "value",
            1.4e12,
            "CNY",
            Y,
            "1.4 trillion",
            "Both cities recorded import-export volumes exceeding 1.4 trillion yuan",
            qualifier="over",
        ),
        fact(
            "Dongguan", "exports", "value", 338.11e9, "CNY", M11, "338.11 billion", E_DG, product=HT, qualifier="approx"
        ),
        fact("Dongguan", "exports", "growth", 17.2, "percent", M11, "17.2", E_DG, product=HT),
        fact("Dongguan", "exports", "share", 34.8, "percent", M11, "34.8", E_DG, product=HT),
        fact(
            "Dongguan",
            "exports",
            "value",
            154.23e9,
            "CNY",
            M11,
            "154.23 billion",
            E_EC,
            product="electronic components",
        ),
        fact("Dongguan", "exports", "growth", 12.4, "percent", M11, "12.4", E_EC, product="electronic components"),
        fact("Dongguan", "exports", "share", 17.5, "percent", M11, "17.5", E_EC, product="electronic components"),
        fact("Dongguan", "total", "value", 900e9, "CNY", M11, "900 billion", E_PE, segment=PE),
        fact("Dongguan", "total", "share", 60, "percent", M11, "60", E_PE, segment=PE, qualifier="over"),
        fact("Dongguan", "total", "growth", 20.9, "percent", M11, "20.9", E_PE, segment=PE),
        fact("Ningbo", "total", "value", 1.46e12, "CNY", Y, "1.46 trillion", E_NB),
        fact("Ningbo", "total", "growth", 2.6, "percent", Y, "2.6", E_NB),
        fact("Ningbo", "exports", "growth", 3.7, "percent", Y, "3.7", E_NBF),
        fact("Ningbo", "imports", "growth", 0.2, "percent", Y, "0.2", E_NBF),
        fact("Ningbo", "total", "rank", 6, "number", Y, "sixth", "Ningbo, despite slipping to sixth"),
        fact(
            "Ningbo",
            "total",
            "value",
            1e12,
            "CNY",
            Y24,
            "a trillion",
            "in 2024, these firms alone achieved a trillion-yuan trade volume",
            segment=PE,
            qualifier="over",
        ),
        fact(
            "Ningbo", "exports", "value", 38.5e9, "CNY", Y, "38.5 billion", E_N3, product="new three", qualifier="over"
        ),
        fact("Ningbo", "exports", "growth", 76, "percent", Y, "76", E_N3, product="new three", qualifier="over"),
        fact("Ningbo", "exports", "growth", 295.1, "percent", Y, "295.1", E_EV, product="electric vehicles"),
        fact("Ningbo", "exports", "growth", 113, "percent", Y, "113", E_EV, product="industrial robots"),
    ],
}
