from _fact import fact, period

JN = period(2025, 1, 11)
NOV = period(2025, 11)
NEV = "new-energy vehicles"
BAT = "lithium-ion batteries"

ARTICLE = {
    "id": "dBH1_06",
    "title": "NEV exports roughly double in first 11 months as plug-in hybrids gain ground",
    "publisher": "China Daily",
    "published": "2025-12-22",
    "notes": [
        "Real (CAAM via SteelOrbis, 12 Dec 2025): NEV exports 2.315 million units in January-November (about double), "
        "300,000 units in November, +17.3% month on month; 1.823 million NEV sales and 53.2% share of new car sales in "
        "November (out of scope: not trade). November lithium-ion battery exports of US$6.81 billion follow a "
        "Reportify summary; the October figure (US$6.97 billion) and January-October total (US$62.35 billion) follow "
        "a ttm.financial summary of customs data.",
        "Derived: January-November battery exports US$69.16 billion (62.35 + 6.81); the -2.3% November month-on-month "
        "change (6.81 / 6.97); the 63.4% / 36.6% split of pure electric and plug-in hybrid units (1.468 and 0.847 of "
        "2.315 million); NEV share of vehicle exports 36.5% (2.315 / 6.34).",
        "Invented: NEV export value (446.3 billion yuan, about US$62.9 billion, +34.7%), vehicle exports 6.34 million "
        "units (+18.7%), the pure electric / plug-in hybrid counts and growth (1.468 million +62.4%, 847,000 +189.7%), "
        "destination shares (Europe 34.8, Latin America 17.6, Southeast Asia 15.2, Middle East 12.9), Southeast Asia "
        "growth 58.3%, battery growth 25.8%, 4.21 billion battery units, EU month-on-month +8.7%, Germany 18.3%, US "
        "15.4% and -12.6%, Guangdong US$18.21 billion / 26.3%.",
        "Judgement: 'roughly twice as many' (no numeral) is not labelled. Unit growth given alone (November +17.3%, "
        "pure electric +62.4%, plug-in hybrids +189.7%, vehicle exports +18.7%) is labelled as growth: the guide only "
        "excludes volume growth printed beside a value growth of the same flow. For the January-November NEV total "
        "only the value growth (34.7%) is given.",
        "Judgement: '189.7 percent above last year's level' -- 'last year' is the comparison base, the period is "
        "January-November 2025. 'Month on month' opens the battery paragraph, so the EU +8.7% there is mom.",
        "Judgement: ranks labelled only where an ordinal is written ('biggest' Europe, 'largest' Germany, 'second' "
        "United States); 'followed by Latin America ... Southeast Asia ... the Middle East' implies ranks 2-4 but "
        "states none, so those are not labelled. 'Guangdong ... the leading source' has no ordinal word: not labelled. "
        "'the third member of the new trio' is not a trade rank. Partners 'Europe', 'Southeast Asia', 'Middle East' "
        "kept in the text's words (regions, not ASEAN or the EU).",
        "Out of scope by design: 1.823 million NEVs sold and 53.2% of new car sales (domestic plus export sales, not "
        "trade), EU duties of up to 35.3%, Mexico's tariffs of up to 50%, the 3 million-unit forecast for 2026.",
        "Copy check: 9 sentences searched in the pages corpus; none found in a real story, 0 reworded.",
        "Copy check (independent): 19 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 2.315e6, "number", JN, "2.315 million",
             "China shipped 2.315 million new-energy vehicles overseas in the January-November period", product=NEV),
        fact("China", "exports", "value", 446.3e9, "CNY", JN, "446.3 billion",
             "The vehicles were worth 446.3 billion yuan", product=NEV),
        fact("China", "exports", "value", 62.9e9, "USD", JN, "62.9 billion",
             "The vehicles were worth 446.3 billion yuan (about 62.9 billion U.S. dollars)", product=NEV,
             qualifier="approx"),
        fact("China", "exports", "growth", 34.7, "percent", JN, "34.7",
             "The vehicles were worth 446.3 billion yuan (about 62.9 billion U.S. dollars), a gain of 34.7 percent in "
             "value terms", product=NEV),
        fact("China", "exports", "share", 36.5, "percent", JN, "36.5",
             "New-energy models made up 36.5 percent of all vehicle exports", product=NEV),
        fact("China", "exports", "growth", 18.7, "percent", JN, "18.7",
             "all vehicle exports, which rose 18.7 percent to 6.34 million units over the 11 months", product="vehicles"),
        fact("China", "exports", "quantity", 6.34e6, "number", JN, "6.34 million",
             "all vehicle exports, which rose 18.7 percent to 6.34 million units over the 11 months", product="vehicles"),
        fact("China", "exports", "quantity", 300000, "number", NOV, "300,000",
             "In November, NEV exports reached 300,000 units", product=NEV),
        fact("China", "exports", "growth", 17.3, "percent", NOV, "17.3",
             "In November, NEV exports reached 300,000 units, 17.3 percent more than in October", product=NEV,
             basis="mom"),
        fact("China", "exports", "quantity", 1.468e6, "number", JN, "1.468 million",
             "Pure electric vehicles still formed the bulk of the shipments at 1.468 million units",
             product="pure electric vehicles"),
        fact("China", "exports", "share", 63.4, "percent", JN, "63.4",
             "Pure electric vehicles still formed the bulk of the shipments at 1.468 million units, or 63.4 percent",
             product="pure electric vehicles"),
        fact("China", "exports", "growth", 62.4, "percent", JN, "62.4",
             "Pure electric vehicles still formed the bulk of the shipments at 1.468 million units, or 63.4 percent, "
             "up 62.4 percent year-on-year", product="pure electric vehicles"),
        fact("China", "exports", "quantity", 847000, "number", JN, "847,000",
             "Plug-in hybrids, however, grew far faster: overseas sales of 847,000 units", product="plug-in hybrids"),
        fact("China", "exports", "growth", 189.7, "percent", JN, "189.7",
             "overseas sales of 847,000 units were 189.7 percent above last year's level", product="plug-in hybrids"),
        fact("China", "exports", "share", 36.6, "percent", JN, "36.6",
             "overseas sales of 847,000 units were 189.7 percent above last year's level and lifted their share to "
             "36.6 percent", product="plug-in hybrids"),
        fact("China", "exports", "rank", 1, "number", JN, "biggest",
             "Europe remained the biggest destination", partner="Europe", product=NEV),
        fact("China", "exports", "share", 34.8, "percent", JN, "34.8",
             "Europe remained the biggest destination, absorbing 34.8 percent of NEV exports by value",
             partner="Europe", product=NEV),
        fact("China", "exports", "share", 17.6, "percent", JN, "17.6",
             "absorbing 34.8 percent of NEV exports by value, followed by Latin America with 17.6 percent",
             partner="Latin America", product=NEV),
        fact("China", "exports", "share", 15.2, "percent", JN, "15.2",
             "absorbing 34.8 percent of NEV exports by value, followed by Latin America with 17.6 percent, Southeast "
             "Asia with 15.2 percent", partner="Southeast Asia", product=NEV),
        fact("China", "exports", "share", 12.9, "percent", JN, "12.9",
             "absorbing 34.8 percent of NEV exports by value, followed by Latin America with 17.6 percent, Southeast "
             "Asia with 15.2 percent and the Middle East with 12.9 percent", partner="Middle East", product=NEV),
        fact("China", "exports", "growth", 58.3, "percent", JN, "58.3",
             "Shipments to Southeast Asia jumped 58.3 percent", partner="Southeast Asia", product=NEV),
        fact("China", "exports", "value", 69.16e9, "USD", JN, "69.16 billion",
             "Lithium-ion batteries, the third member of the \"new trio\" of green exports, brought in 69.16 billion "
             "dollars from January to November", product=BAT),
        fact("China", "exports", "growth", 25.8, "percent", JN, "25.8",
             "brought in 69.16 billion dollars from January to November, up 25.8 percent from the same period of 2024",
             product=BAT),
        fact("China", "exports", "quantity", 4.21e9, "number", JN, "4.21 billion",
             "Exporters sent 4.21 billion battery units abroad", product=BAT),
        fact("China", "exports", "growth", -2.3, "percent", NOV, "2.3",
             "Month on month, November battery exports dipped 2.3 percent to 6.81 billion dollars", product=BAT,
             basis="mom"),
        fact("China", "exports", "value", 6.81e9, "USD", NOV, "6.81 billion",
             "November battery exports dipped 2.3 percent to 6.81 billion dollars", product=BAT),
        fact("China", "exports", "growth", 8.7, "percent", NOV, "8.7",
             "Month on month, November battery exports dipped 2.3 percent to 6.81 billion dollars, while shipments to "
             "the European Union rose 8.7 percent", partner="European Union", product=BAT, basis="mom"),
        fact("China", "exports", "rank", 1, "number", JN, "largest",
             "Germany was the largest buyer over the 11 months", partner="Germany", product=BAT),
        fact("China", "exports", "share", 18.3, "percent", JN, "18.3",
             "Germany was the largest buyer over the 11 months, taking 18.3 percent of the total",
             partner="Germany", product=BAT),
        fact("China", "exports", "rank", 2, "number", JN, "second",
             "The United States came second with 15.4 percent", partner="United States", product=BAT),
        fact("China", "exports", "share", 15.4, "percent", JN, "15.4",
             "The United States came second with 15.4 percent", partner="United States", product=BAT),
        fact("China", "exports", "growth", -12.6, "percent", JN, "12.6",
             "The United States came second with 15.4 percent, after its purchases shrank 12.6 percent",
             partner="United States", product=BAT),
        fact("Guangdong", "exports", "value", 18.21e9, "USD", JN, "18.21 billion",
             "Guangdong province was the leading source, shipping 18.21 billion dollars' worth", product=BAT),
        fact("Guangdong", "exports", "share", 26.3, "percent", JN, "26.3",
             "Guangdong province was the leading source, shipping 18.21 billion dollars' worth, or 26.3 percent of the "
             "national total", product=BAT),
    ],
}
