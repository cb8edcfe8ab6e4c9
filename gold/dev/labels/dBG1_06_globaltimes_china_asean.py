from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
AS = "ASEAN"
RV = "Vietnam was the biggest of China's partners inside ASEAN, with trade up 12.7 percent at 2.06 trillion yuan"
RM = "Malaysia (1.55 trillion yuan, up 4.3 percent)"
RI = "Indonesia (1.09 trillion yuan, up 6.5 percent)"

ARTICLE = {
    "id": "dBG1_06_globaltimes_china_asean",
    "title": "ASEAN remains China's largest trading partner in 2025 as bilateral trade hits record",
    "publisher": "Global Times",
    "published": "2026-01-14",
    "notes": [
        "Real or close to real: ASEAN China's largest partner; China total 45.47 trillion yuan +3.8% in 2025; "
        "China-ASEAN trade above $1 trillion in 2025; CAFTA 3.0 protocol signed October 2025.",
        "Made up but consistent: China-ASEAN 7.55 trillion yuan +8% ($1.06 trillion at ~7.1), 16.6% share "
        "(= 7.55/45.47), exports 4.71 trillion +13% (over $660 billion), imports 2.84 trillion +0.7%, surplus "
        "1.87 trillion (= 4.71 - 2.84); EU and US ranked 2nd and 3rd; December 689.3 billion +10.4% yoy, +5.2% on "
        "November; Vietnam 2.06 / Malaysia 1.55 / Indonesia 1.09 trillion and growth 12.7 / 4.3 / 6.5; "
        "machine tools +48.7%, auto parts +19.6%; agricultural 441.2 billion +8.9%, 20.3% share; China-Laos "
        "Railway 60 million tons. The expert (unnamed) and his think tank are fictional.",
        "'($1.06 trillion)' has no 'about' in the text, so the USD fact is qualifier exact; '(over $660 billion)' "
        "is a separate USD fact with qualifier over.",
        "Not labellable: 'top three trading partners within the bloc' is a rank among ASEAN members only; the record "
        "has no field for the ranking universe, so no rank facts for Vietnam, Malaysia, Indonesia. 'second and third "
        "among China's trading partners' is labelled as EU rank 2 and US rank 3 for 2025 (period from context).",
        "Share 20.3% of China's total agricultural trade: product agricultural products, partner ASEAN; share 'more "
        "than 90 percent' of China-ASEAN trade: product manufactured goods, qualifier over.",
        "'5.2 percent higher than in November' is basis mom.",
        "Out of scope: China-Laos Railway cargo tonnage (not a trade flow), 'nine new areas', 2021, 'each other's "
        "largest trading partners' in the closing quote (forward-looking, same observation as the lead anyway).",
    ],
    "facts": [
        fact("China", "total", "rank", 1, "number", Y, "largest",
             "ASEAN stayed China's largest trading partner", partner=AS),
        fact("China", "total", "value", 7.55e12, "CNY", Y, "7.55 trillion",
             "China's trade with ASEAN grew 8 percent year-on-year to a record 7.55 trillion yuan ($1.06 trillion)",
             partner=AS),
        fact("China", "total", "value", 1.06e12, "USD", Y, "1.06 trillion",
             "China's trade with ASEAN grew 8 percent year-on-year to a record 7.55 trillion yuan ($1.06 trillion)", partner=AS),
        fact("China", "total", "growth", 8, "percent", Y, "8",
             "China's trade with ASEAN grew 8 percent year-on-year", partner=AS),
        fact("China", "total", "share", 16.6, "percent", Y, "16.6",
             "ASEAN accounted for 16.6 percent of China's total foreign trade last year", partner=AS),
        fact("China", "total", "rank", 2, "number", Y, "second",
             "The EU and the US ranked second and third among China's trading partners, respectively",
             partner="European Union"),
        fact("China", "total", "rank", 3, "number", Y, "third",
             "The EU and the US ranked second and third among China's trading partners, respectively",
             partner="United States"),
        fact("China", "total", "value", 45.47e12, "CNY", Y, "45.47 trillion",
             "China's total goods trade reached 45.47 trillion yuan in 2025, up 3.8 percent from a year earlier"),
        fact("China", "total", "growth", 3.8, "percent", Y, "3.8",
             "China's total goods trade reached 45.47 trillion yuan in 2025, up 3.8 percent from a year earlier"),
        fact("China", "exports", "value", 4.71e12, "CNY", Y, "4.71 trillion",
             "China's exports to ASEAN rose 13 percent to 4.71 trillion yuan (over $660 billion)", partner=AS),
        fact("China", "exports", "value", 660e9, "USD", Y, "660 billion",
             "China's exports to ASEAN rose 13 percent to 4.71 trillion yuan (over $660 billion)", partner=AS,
             qualifier="over"),
        fact("China", "exports", "growth", 13, "percent", Y, "13",
             "China's exports to ASEAN rose 13 percent to 4.71 trillion yuan (over $660 billion)", partner=AS),
        fact("China", "imports", "growth", 0.7, "percent", Y, "0.7",
             "imports from the bloc, which inched up 0.7 percent to 2.84 trillion yuan", partner=AS),
        fact("China", "imports", "value", 2.84e12, "CNY", Y, "2.84 trillion",
             "imports from the bloc, which inched up 0.7 percent to 2.84 trillion yuan", partner=AS),
        fact("China", "balance", "value", 1.87e12, "CNY", Y, "1.87 trillion",
             "China's trade surplus with ASEAN stood at 1.87 trillion yuan", partner=AS),
        fact("China", "total", "value", 689.3e9, "CNY", DEC, "689.3 billion",
             "In December alone, China-ASEAN trade reached 689.3 billion yuan", partner=AS),
        fact("China", "total", "growth", 10.4, "percent", DEC, "10.4",
             "689.3 billion yuan, up 10.4 percent year-on-year and 5.2 percent higher than in November", partner=AS),
        fact("China", "total", "growth", 5.2, "percent", DEC, "5.2",
             "689.3 billion yuan, up 10.4 percent year-on-year and 5.2 percent higher than in November", partner=AS,
             basis="mom"),
        fact("China", "total", "value", 2.06e12, "CNY", Y, "2.06 trillion", RV, partner="Vietnam"),
        fact("China", "total", "value", 1.55e12, "CNY", Y, "1.55 trillion", RM, partner="Malaysia"),
        fact("China", "total", "value", 1.09e12, "CNY", Y, "1.09 trillion", RI, partner="Indonesia"),
        fact("China", "total", "growth", 12.7, "percent", Y, "12.7", RV, partner="Vietnam"),
        fact("China", "total", "growth", 4.3, "percent", Y, "4.3", RM, partner="Malaysia"),
        fact("China", "total", "growth", 6.5, "percent", Y, "6.5", RI, partner="Indonesia"),
        fact("China", "total", "share", 90, "percent", Y, "90",
             "Manufactured goods made up more than 90 percent of China's trade with ASEAN", partner=AS,
             product="manufactured goods", qualifier="over"),
        fact("China", "exports", "growth", 48.7, "percent", Y, "48.7",
             "China's machine tool exports to ASEAN jumped 48.7 percent",
             partner=AS, product="machine tools"),
        fact("China", "exports", "growth", 19.6, "percent", Y, "19.6",
             "its auto parts exports to the bloc rose 19.6 percent",
             partner=AS, product="auto parts"),
        fact("China", "total", "value", 441.2e9, "CNY", Y, "441.2 billion",
             "China's two-way trade in agricultural products with ASEAN was worth 441.2 billion yuan in 2025",
             partner=AS, product="agricultural products"),
        fact("China", "total", "growth", 8.9, "percent", Y, "8.9",
             "441.2 billion yuan in 2025, 8.9 percent more than a year earlier", partner=AS, product="agricultural products"),
        fact("China", "total", "share", 20.3, "percent", Y, "20.3",
             "equal to 20.3 percent of the country's total agricultural trade", partner=AS,
             product="agricultural products"),
    ],
}
