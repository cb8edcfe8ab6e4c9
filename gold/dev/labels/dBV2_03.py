from _fact import fact, period

TR = "Turkey"
NOV = period(2026, 11)
OCT = period(2026, 10)
NOV25 = period(2025, 11)
YTD = period(2026, 1, 11)

ARTICLE = {
    "id": "dBV2_03",
    "title": "Turkey's November trade deficit narrows 4% as energy bill eases",
    "publisher": "Reuters",
    "published": "2026-12-02",
    "notes": [
        "Real figures: none (November 2026 data did not exist when written); the structure (trade ministry "
        "preliminary figures announced by the trade minister on the 2nd of the month: exports, imports, deficit, energy "
        "and gold imports, sectors, top markets, the count of destinations, January-November totals, lira and policy "
        "rate context) is modelled on Reuters, Anadolu and Daily Sabah reporting of 2016-2025. Invented: every 2026 "
        "and November 2025 figure, the inflation rate, the repo rate, the lira quote and the $275 billion programme "
        "target. Derived: deficit = 31.06 - 24.18 = 6.88; November 2025 exports 24.18/1.053 = 22.96 and imports "
        "31.06/1.031 = 30.13 give the $7.17 billion gap; 6.88/7.17 = -4.0%; exports 24.18/23.61 = +2.4% m/m; Germany "
        "1.92/24.18 = 7.9%; coverage 24.18/31.06 = 77.8%; January-November deficit 340.9 - 252.6 = 88.3, and "
        "252.6/1.039 and 340.9/1.022 give a 2025 gap of 90.4, so -2.4%.",
        "Judgement calls: the headline's 'narrows 4%' is the same observation as the body's 'shrinking ... by 4.0%' "
        "(one fact, body evidence), a deficit growth of -4.0 (shrinking). 'A year earlier the monthly gap had stood at "
        "$7.17 billion' is the November 2025 balance (-7.17e9). '2.4% higher than in October' is month-on-month, and "
        "'when they totalled $23.61 billion' is October's exports. 'Britain' is partner United Kingdom. 'Turkish goods "
        "reached 219 countries and territories' is a count of trading partners (flow exports, segment 'trading "
        "partners'). 'The automotive industry led sector sales' gives no ordinal number, so no rank is labelled. "
        "'3.9% more than a year earlier' is yoy growth of January-November exports.",
        "Not facts: the exports-to-imports coverage ratio of 77.8% (a ratio of two flows, not a share of a whole); "
        "inflation of 29%; the 150 basis-point cut and the 31.5% repo rate; 1.5% of GDP (a forecast of the current "
        "account); the lira at 47.85 per dollar and its 14% fall; the $275 billion 2026 export target; Dec. 11, 2023 "
        "and other years.",
        "Copy check: 7 sentences searched (lead, exports/imports sentence, gold sentence, partners sentence, lira "
        "sentence, energy sentence, quote), 3 reworded (the lead, which kept the 'Turkey's trade deficit narrowed "
        "X% ... to $Y billion, ... ministry data showed on <day>' skeleton of real Reuters briefs; the "
        "exports/imports sentence, a common 'Exports rose ... while imports rose ...' skeleton; and the "
        "January-November sentence, close to an Anadolu 'In the first 11 months ...' sentence seen while reading).",
        "Second check: 23 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(TR, "balance", "growth", -4.0, "percent", NOV, "4.0",
             "shrinking Turkey's trade deficit by 4.0% from a year earlier to $6.88 billion"),
        fact(TR, "balance", "value", -6.88e9, "USD", NOV, "$6.88 billion",
             "shrinking Turkey's trade deficit by 4.0% from a year earlier to $6.88 billion"),
        fact(TR, "exports", "value", 24.18e9, "USD", NOV, "$24.18 billion",
             "exports had climbed 5.3% to $24.18 billion"),
        fact(TR, "exports", "growth", 5.3, "percent", NOV, "5.3",
             "exports had climbed 5.3% to $24.18 billion"),
        fact(TR, "imports", "growth", 3.1, "percent", NOV, "3.1",
             "against a 3.1% rise in imports to $31.06 billion"),
        fact(TR, "imports", "value", 31.06e9, "USD", NOV, "$31.06 billion",
             "against a 3.1% rise in imports to $31.06 billion"),
        fact(TR, "balance", "value", -7.17e9, "USD", NOV25, "$7.17 billion",
             "A year earlier the monthly gap had stood at $7.17 billion."),
        fact(TR, "exports", "growth", 2.4, "percent", NOV, "2.4",
             "Outbound shipments were also 2.4% higher than in October", basis="mom"),
        fact(TR, "exports", "value", 23.61e9, "USD", OCT, "$23.61 billion",
             "Outbound shipments were also 2.4% higher than in October, when they totalled $23.61 billion"),
        fact(TR, "imports", "value", 5.42e9, "USD", NOV, "$5.42 billion",
             "Energy imports, mostly crude oil and natural gas, fell 8.6% to $5.42 billion in November",
             product="energy"),
        fact(TR, "imports", "growth", -8.6, "percent", NOV, "8.6",
             "Energy imports, mostly crude oil and natural gas, fell 8.6% to $5.42 billion in November",
             product="energy"),
        fact(TR, "imports", "value", 1.87e9, "USD", NOV, "$1.87 billion",
             "Gold imports, however, surged 41.3% to $1.87 billion", product="gold"),
        fact(TR, "imports", "growth", 41.3, "percent", NOV, "41.3",
             "Gold imports, however, surged 41.3% to $1.87 billion", product="gold"),
        fact(TR, "exports", "value", 3.41e9, "USD", NOV, "$3.41 billion",
             "The automotive industry led sector sales, with exports worth $3.41 billion", product="automotive"),
        fact(TR, "exports", "growth", 9.2, "percent", NOV, "9.2",
             "The automotive industry led sector sales, with exports worth $3.41 billion, 9.2% more than a year before.",
             product="automotive"),
        fact(TR, "exports", "value", 2.35e9, "USD", NOV, "$2.35 billion",
             "Chemicals followed with $2.35 billion", product="chemicals"),
        fact(TR, "exports", "value", 1.64e9, "USD", NOV, "$1.64 billion",
             "ready-to-wear apparel exports dropped 7.5% to $1.64 billion", product="ready-to-wear apparel"),
        fact(TR, "exports", "growth", -7.5, "percent", NOV, "7.5",
             "ready-to-wear apparel exports dropped 7.5% to $1.64 billion", product="ready-to-wear apparel"),
        fact(TR, "exports", "rank", 1, "number", NOV, "largest",
             "Germany remained Turkey's largest export market", partner="Germany"),
        fact(TR, "exports", "value", 1.92e9, "USD", NOV, "$1.92 billion",
             "Germany remained Turkey's largest export market, buying $1.92 billion of goods", partner="Germany"),
        fact(TR, "exports", "growth", 6.8, "percent", NOV, "6.8",
             "Germany remained Turkey's largest export market, buying $1.92 billion of goods, up 6.8%",
             partner="Germany"),
        fact(TR, "exports", "share", 7.9, "percent", NOV, "7.9",
             "Germany remained Turkey's largest export market, buying $1.92 billion of goods, up 6.8%, or 7.9% of the total.",
             partner="Germany"),
        fact(TR, "exports", "value", 1.41e9, "USD", NOV, "$1.41 billion",
             "Britain, the United States and Iraq followed with $1.41 billion, $1.36 billion and $1.18 billion, respectively.",
             partner="United Kingdom"),
        fact(TR, "exports", "value", 1.36e9, "USD", NOV, "$1.36 billion",
             "Britain, the United States and Iraq followed with $1.41 billion, $1.36 billion and $1.18 billion, respectively.",
             partner="United States"),
        fact(TR, "exports", "value", 1.18e9, "USD", NOV, "$1.18 billion",
             "Britain, the United States and Iraq followed with $1.41 billion, $1.36 billion and $1.18 billion, respectively.",
             partner="Iraq"),
        fact(TR, "exports", "share", 42.6, "percent", NOV, "42.6",
             "The European Union took 42.6% of Turkish exports in the month", partner="European Union"),
        fact(TR, "exports", "count", 219, "number", NOV, "219",
             "Turkish goods reached 219 countries and territories in November", segment="trading partners"),
        fact(TR, "exports", "value", 252.6e9, "USD", YTD, "$252.6 billion",
             "Cumulative exports for January-November reached $252.6 billion"),
        fact(TR, "exports", "growth", 3.9, "percent", YTD, "3.9",
             "Cumulative exports for January-November reached $252.6 billion, 3.9% more than a year earlier"),
        fact(TR, "imports", "value", 340.9e9, "USD", YTD, "$340.9 billion",
             "imports over the same 11 months gained 2.2% to $340.9 billion"),
        fact(TR, "imports", "growth", 2.2, "percent", YTD, "2.2",
             "imports over the same 11 months gained 2.2% to $340.9 billion"),
        fact(TR, "balance", "value", -88.3e9, "USD", YTD, "$88.3 billion",
             "The deficit for the period shrank 2.4% to $88.3 billion."),
        fact(TR, "balance", "growth", -2.4, "percent", YTD, "2.4",
             "The deficit for the period shrank 2.4% to $88.3 billion."),
    ],
}
