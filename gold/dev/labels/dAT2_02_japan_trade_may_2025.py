from _fact import fact, period

MAY = period(2025, 5)
APR = period(2025, 4)
JP = "Japan"
US = "United States"
EU = "European Union"
E_EXP = "Exports were valued at 8.13 trillion yen (about $56.2 billion), down 1.7% from a year earlier"
E_IMP = "pull imports down 7.7% to 8.77 trillion yen"
E_BAL = "The country thus ran a deficit of 637.6 billion yen, or roughly $4.4 billion"
E_US = "Exports to the U.S., Japan's single biggest export market, dropped 11.1% to 1.51 trillion yen and made up 18.6% of the total."
E_US_M = "Imports from the U.S. decreased 13.5% to 1.06 trillion yen"
E_US_BAL = "Japan's surplus with the United States shrank 4.7% from a year before to 451.7 billion yen"
E_CN = "Exports to China, hurt by weaker orders for steel and chip-making equipment, fell 8.8%, and imports from China were 2.2% lower"
E_ASIA = "Across Asia as a whole, which buys more than 50% of everything Japan sells abroad, shipments were 3.2% lower."
E_EU = "Exports to the European Union bucked the trend with a 4.9% rise"
E_SA = "Exports fell 1.5% from April, while imports dropped 1.9%, leaving a seasonally adjusted deficit of 410.4 billion yen."

ARTICLE = {
    "id": "dAT2_02_japan_trade_may_2025",
    "title": "U.S. car tariffs tip Japanese exports into their first drop since last September",
    "publisher": "Pacific Ledger News",
    "published": "2025-06-18",
    "notes": [
        "Publisher and date from the dateline 'TOKYO, June 18 (Pacific Ledger News)'; the text never states the year: May and April are 2025 from the publication date.",
        "Japan's Ministry of Finance figures are goods trade (customs basis): product null for totals.",
        "'8.13 trillion yen (about $56.2 billion)': a JPY fact and an approx USD fact. '637.6 billion yen, or roughly $4.4 billion': a JPY and an approx USD balance, both negative (deficit).",
        "'April, when they had risen 2.0%': April export growth, yoy (no other cue; the paragraph's frame is 'from a year earlier'), period 2025-04.",
        "'The revised figure for April showed a 115.6 billion yen deficit': April balance, negative.",
        "Poll forecasts are out: 'a steeper 3.8% decline' (Reuters survey), 'the poll had pointed to a 6.7% fall', 'the 893.0 billion yen forecasters had pencilled in'; the economist's outlook is out.",
        "'Japan's single biggest export market' -> rank 1 of the U.S. in Japan's exports; 'made up 18.6% of the total' -> share of exports.",
        "'Measured by value, shipments of cars to the U.S. tumbled 24.7%': product 'cars', partner United States. 'the count of vehicles sent fell a much smaller 3.9%' is volume growth beside value growth: out.",
        "'Auto parts bound for the U.S. fell 19.0%': exports of auto parts to the United States.",
        "'Japan's surplus with the United States shrank 4.7% from a year before to 451.7 billion yen': balance with the U.S. (positive) and its growth -4.7.",
        "China: exports -8.8%, imports -2.2% ('were 2.2% lower'), deficit 624.9 billion yen (negative). 'a run of monthly shortfalls ... to 50 months' is a streak: out.",
        "Asia: 'which buys more than 50% of everything Japan sells abroad' -> share 50 of exports with qualifier over; 'shipments were 3.2% lower' -> -3.2. Partner 'Asia' (the region as a whole).",
        "EU: 'a 4.9% rise' in exports and a deficit of 308.9 billion yen (negative).",
        "Seasonally adjusted paragraph: 'Exports fell 1.5% from April' is a comparison with the month before -> mom, and the frame carries to 'imports dropped 1.9%'. "
        "The seasonally adjusted deficit of 410.4 billion yen has the same identity fields as the unadjusted 637.6 billion yen deficit (the record has no seasonal-adjustment field); "
        "both are stated figures and both are labelled.",
        "Out of scope: 'first year-on-year decline since September'/'first drop since last September' and 'its second straight month in the red' (streaks), 25% and 24% tariff rates, 'seven times since April' (negotiator visits), GDP contraction.",
    ],
    "facts": [
        fact(JP, "exports", "growth", -1.7, "percent", MAY, "1.7", E_EXP),
        fact(JP, "exports", "value", 8.13e12, "JPY", MAY, "8.13 trillion", E_EXP),
        fact(JP, "exports", "value", 56.2e9, "USD", MAY, "56.2 billion", E_EXP, qualifier="approx"),
        fact(JP, "exports", "growth", 2.0, "percent", APR, "2.0", "April, when they had risen 2.0%."),
        fact(JP, "imports", "growth", -7.7, "percent", MAY, "7.7", E_IMP),
        fact(JP, "imports", "value", 8.77e12, "JPY", MAY, "8.77 trillion", E_IMP),
        fact(JP, "balance", "value", -637.6e9, "JPY", MAY, "637.6 billion", E_BAL),
        fact(JP, "balance", "value", -4.4e9, "USD", MAY, "4.4 billion", E_BAL, qualifier="approx"),
        fact(JP, "balance", "value", -115.6e9, "JPY", APR, "115.6 billion", "The revised figure for April showed a 115.6 billion yen deficit."),
        fact(JP, "exports", "rank", 1, "number", MAY, "biggest", E_US, partner=US),
        fact(JP, "exports", "growth", -11.1, "percent", MAY, "11.1", E_US, partner=US),
        fact(JP, "exports", "value", 1.51e12, "JPY", MAY, "1.51 trillion", E_US, partner=US),
        fact(JP, "exports", "share", 18.6, "percent", MAY, "18.6", E_US, partner=US),
        fact(JP, "exports", "growth", -24.7, "percent", MAY, "24.7", "Measured by value, shipments of cars to the U.S. tumbled 24.7%",
             partner=US, product="cars"),
        fact(JP, "exports", "growth", -19.0, "percent", MAY, "19.0", "Auto parts bound for the U.S. fell 19.0%.",
             partner=US, product="auto parts"),
        fact(JP, "imports", "growth", -13.5, "percent", MAY, "13.5", E_US_M, partner=US),
        fact(JP, "imports", "value", 1.06e12, "JPY", MAY, "1.06 trillion", E_US_M, partner=US),
        fact(JP, "balance", "value", 451.7e9, "JPY", MAY, "451.7 billion", E_US_BAL, partner=US),
        fact(JP, "balance", "growth", -4.7, "percent", MAY, "4.7", E_US_BAL, partner=US),
        fact(JP, "exports", "growth", -8.8, "percent", MAY, "8.8", E_CN, partner="China"),
        fact(JP, "imports", "growth", -2.2, "percent", MAY, "2.2", E_CN, partner="China"),
        fact(JP, "balance", "value", -624.9e9, "JPY", MAY, "624.9 billion",
             "the deficit with China stood at 624.9 billion yen", partner="China"),
        fact(JP, "exports", "share", 50, "percent", MAY, "50", E_ASIA, partner="Asia", qualifier="over"),
        fact(JP, "exports", "growth", -3.2, "percent", MAY, "3.2", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 4.9, "percent", MAY, "4.9", E_EU, partner=EU),
        fact(JP, "balance", "value", -308.9e9, "JPY", MAY, "308.9 billion",
             "Japan still ran a deficit of 308.9 billion yen with the bloc", partner=EU),
        fact(JP, "exports", "growth", -1.5, "percent", MAY, "1.5", E_SA, basis="mom"),
        fact(JP, "imports", "growth", -1.9, "percent", MAY, "1.9", E_SA, basis="mom"),
        fact(JP, "balance", "value", -410.4e9, "JPY", MAY, "410.4 billion", E_SA),
    ],
}
