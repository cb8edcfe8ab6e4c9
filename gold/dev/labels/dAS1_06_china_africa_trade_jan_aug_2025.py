from _fact import fact, period

YTD = period(2025, 1, 8)
AUG = period(2025, 8)
Y2024 = period(2024, 1, 12)
CN = "China"
AF = "Africa"
ME = "mechanical and electrical products"
E_LEAD = ("goods trade with Africa totalled $222.05 billion in the first eight months of 2025, a 15.4 percent increase "
          "year-on-year")
E_CNY = "In yuan terms, bilateral trade reached 1.59 trillion yuan from January to August, up 16.1 percent"
E_XM = ("Shipments from China to African countries were worth $140.79 billion, 24.7 percent more than a year earlier, "
        "whereas purchases from the continent grew just 2.3 percent to $81.25 billion.")
E_BAL = ("China's surplus with Africa over the eight months thus reached $59.55 billion, almost as large as its "
         "$61.93 billion surplus for all of 2024.")
E_AUG = ("In August alone, Chinese shipments to Africa reached $19.62 billion, up 30.8 percent from a year earlier and "
         "5.3 percent higher than in July.")
E_ZA = ("China's trade with South Africa, its biggest partner on the continent, totaled $35.62 billion in the January-August "
        "period, up 3.9 percent.")
E_NGEG = ("Exports to Nigeria and Egypt rose 38.5 percent and 27.6 percent to $17.45 billion and $13.9 billion, respectively")
E_AO = "purchases from Angola fell 11.4 percent to $10.2 billion"
E_ME = "Such exports totaled $68.2 billion, up 28.3 percent, or 48.4 percent of all Chinese exports to the continent."
E_AUTO = "Exports of automobiles to Africa soared 67.5 percent"
E_CRUDE = "Crude oil imports from Africa declined 9.8 percent to $24.3 billion."
E_AGRI = "imports of agricultural products from Africa rose 11.6 percent"
E_ZAR = "South Africa's own figures show exports to China of 160.4 billion rand in the first eight months"

ARTICLE = {
    "id": "dAS1_06_china_africa_trade_jan_aug_2025",
    "title": "Exports to Africa surge 24.7% as China-Africa trade reaches $222 billion in January-August",
    "publisher": "Global Times",
    "published": "2025-09-24",
    "notes": [
        "Publisher and date from the byline ('By Global Times staff reporter ... | Published: Sep 24, 2025').",
        "Running period: 'the first eight months of 2025' = 2025-01/2025-08; 'January-August period', 'over the eight months' and unperioded product figures take it.",
        "Area China, partner Africa for the China-Africa figures (trade measured by Chinese customs). Headline '$222 billion' and '24.7%' restate body observations (222.05 rounded): labelled once with body evidence.",
        "Same observation in two currencies: $222.05 billion (USD) and 1.59 trillion yuan (CNY) are two value facts. The yuan-terms growth 16.1 percent and the dollar-terms growth 15.4 percent share every identity field but value; both are stated, so both are labelled (they differ because of the exchange rate, not an inconsistency).",
        "'China's surplus with Africa ... reached $59.55 billion': China's balance with Africa, positive. 'almost as large as its $61.93 billion surplus for all of 2024': the comparison base is itself a stated balance, labelled with period 2024-01/2024-12 (the surplus of the same flow, from the sentence's frame).",
        "August: value, yoy growth ('from a year earlier'), and '5.3 percent higher than in July' -> mom; all exports to Africa, period 2025-08.",
        "'South Africa, its biggest partner on the continent': a rank among African partners only; the record cannot express the restriction (rank 1 would read as China's largest partner overall), so it is out, like a conditional count. Its value and growth are labelled (total, partner South Africa).",
        "'Exports to Nigeria and Egypt rose 38.5 percent and 27.6 percent to $17.45 billion and $13.9 billion, respectively': paired in order; area China (exports of China, from the article frame).",
        "'purchases from Angola fell 11.4 percent to $10.2 billion': China's imports from Angola, growth negative.",
        "'Mechanical and electrical products made up nearly half of what China sold to Africa' has no number; the following sentence gives value 68.2 billion, growth 28.3 and share 48.4 of exports to Africa (partner Africa, product mechanical and electrical products).",
        "Automobiles export growth, crude oil imports value and growth, agricultural products import growth: partner Africa, Jan-Aug. Solar panels and lithium batteries have no figures.",
        "South Africa's own data: 'exports to China of 160.4 billion rand': area South Africa, partner China, exports, unit ZAR (the area is the economy whose trade is measured).",
        "Out: '19.3 percentage points faster than that of China's overall exports' (derived comparison); 'the highest ever for the period' (milestone, no number); the researcher's 'may pass $200 billion' for the full year (forecast); '53 African countries' (not a trade flow); 2024 FOCAC summit year.",
    ],
    "facts": [
        fact(CN, "total", "value", 222.05e9, "USD", YTD, "222.05 billion", E_LEAD, partner=AF),
        fact(CN, "total", "growth", 15.4, "percent", YTD, "15.4", E_LEAD, partner=AF),
        fact(CN, "total", "value", 1.59e12, "CNY", YTD, "1.59 trillion", E_CNY, partner=AF),
        fact(CN, "total", "growth", 16.1, "percent", YTD, "16.1", E_CNY, partner=AF),
        fact(CN, "exports", "growth", 24.7, "percent", YTD, "24.7", E_XM, partner=AF),
        fact(CN, "exports", "value", 140.79e9, "USD", YTD, "140.79 billion", E_XM, partner=AF),
        fact(CN, "imports", "growth", 2.3, "percent", YTD, "2.3", E_XM, partner=AF),
        fact(CN, "imports", "value", 81.25e9, "USD", YTD, "81.25 billion", E_XM, partner=AF),
        fact(CN, "balance", "value", 59.55e9, "USD", YTD, "59.55 billion", E_BAL, partner=AF),
        fact(CN, "balance", "value", 61.93e9, "USD", Y2024, "61.93 billion", E_BAL, partner=AF),
        fact(CN, "exports", "value", 19.62e9, "USD", AUG, "19.62 billion", E_AUG, partner=AF),
        fact(CN, "exports", "growth", 30.8, "percent", AUG, "30.8", E_AUG, partner=AF),
        fact(CN, "exports", "growth", 5.3, "percent", AUG, "5.3", E_AUG, partner=AF, basis="mom"),
        fact(CN, "total", "value", 35.62e9, "USD", YTD, "35.62 billion", E_ZA, partner="South Africa"),
        fact(CN, "total", "growth", 3.9, "percent", YTD, "3.9", E_ZA, partner="South Africa"),
        fact(CN, "exports", "growth", 38.5, "percent", YTD, "38.5", E_NGEG, partner="Nigeria"),
        fact(CN, "exports", "growth", 27.6, "percent", YTD, "27.6", E_NGEG, partner="Egypt"),
        fact(CN, "exports", "value", 17.45e9, "USD", YTD, "17.45 billion", E_NGEG, partner="Nigeria"),
        fact(CN, "exports", "value", 13.9e9, "USD", YTD, "13.9 billion", E_NGEG, partner="Egypt"),
        fact(CN, "imports", "growth", -11.4, "percent", YTD, "11.4", E_AO, partner="Angola"),
        fact(CN, "imports", "value", 10.2e9, "USD", YTD, "10.2 billion", E_AO, partner="Angola"),
        fact(CN, "exports", "value", 68.2e9, "USD", YTD, "68.2 billion", E_ME, partner=AF, product=ME),
        fact(CN, "exports", "growth", 28.3, "percent", YTD, "28.3", E_ME, partner=AF, product=ME),
        fact(CN, "exports", "share", 48.4, "percent", YTD, "48.4", E_ME, partner=AF, product=ME),
        fact(CN, "exports", "growth", 67.5, "percent", YTD, "67.5", E_AUTO, partner=AF, product="automobiles"),
        fact(CN, "imports", "growth", -9.8, "percent", YTD, "9.8", E_CRUDE, partner=AF, product="crude oil"),
        fact(CN, "imports", "value", 24.3e9, "USD", YTD, "24.3 billion", E_CRUDE, partner=AF, product="crude oil"),
        fact(CN, "imports", "growth", 11.6, "percent", YTD, "11.6", E_AGRI, partner=AF, product="agricultural products"),
        fact("South Africa", "exports", "value", 160.4e9, "ZAR", YTD, "160.4 billion", E_ZAR, partner="China"),
    ],
}
