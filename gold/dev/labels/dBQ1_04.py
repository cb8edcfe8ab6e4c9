from _fact import fact, period

SH = "Shanghai"
Q13 = period(2026, 1, 9)
SEP = period(2026, 9)

E_LEAD = "with the city's imports and exports for the nine months totaling 3.53 trillion yuan (about 496.8 billion U.S. dollars), 5.7 percent more than a year earlier"
E_EXIM = "Shanghai Customs data put the nine-month export total at 1.61 trillion yuan, an 8.8-percent rise, and imports at 1.92 trillion yuan, up 3.2 percent"
E_QTR = "Quarter by quarter, the city traded goods worth 1.09 trillion yuan from January to March, 1.19 trillion yuan from April to June and 1.25 trillion yuan from July to September, year-on-year gains of 7.9 percent, 4.4 percent and 5.0 percent respectively"
E_SEP = "September alone saw the city's foreign trade reach 412.6 billion yuan, 1.7 percent more than a year before and 3.1 percent above the August level"
E_PRIV = "Their combined imports and exports expanded 9.1 percent to 1.44 trillion yuan, lifting their share of the city's total to a record 40.8 percent"
E_EU = "That bloc alone made up 19.8 percent of Shanghai's total, with two-way trade of 698.5 billion yuan, 2.3 percent more than a year earlier"
E_EM = "Trade with ASEAN and with countries taking part in the Belt and Road Initiative rose 8.6 percent and 7.4 percent respectively, reaching 501.3 billion yuan and 1.52 trillion yuan"
E_IC = "Exports of integrated circuits increased 12.4 percent to 131.6 billion yuan"
E_CAR = "car exports surged 18.9 percent to 84.3 billion yuan"
E_BIO = "Overseas sales of biomedicine products jumped 23.5 percent to 18.2 billion yuan"
BR = "Belt and Road partner countries"
EU = "European Union"

ARTICLE = {
    "id": "dBQ1_04",
    "title": "First three quarters bring Shanghai 5.7 pct trade growth",
    "publisher": "Xinhua",
    "published": "2026-10-22",
    "notes": [
        "Real figures: none (January-September 2026 data are invented). Modelled on the Xinhua/Shanghai Customs "
        "release for January-September 2025 (3.34 trillion yuan, +5.4%; exports 1.48 trillion, imports 1.86 "
        "trillion; quarters 1.01/1.14/1.19 trillion; private firms 1.32 trillion, 39.5% share). Invented: every 2026 "
        "figure, chosen so that the 2026 quarters grow from the real 2025 quarters (1.09/1.01, 1.19/1.14, 1.25/1.19) "
        "and the nine-month total from 3.34 trillion. Derived checks: 1.61 + 1.92 = 3.53; 1.09 + 1.19 + 1.25 = "
        "3.53; 1.44/3.53 = 40.8%; 698.5/3530 = 19.8%; 1520/3530 = 43.1%; 3.53 trillion / 496.8 billion = 7.105 "
        "yuan per dollar.",
        "Judgement calls: the headline's 5.7 pct is the same observation as the lead's and is labelled once with "
        "the lead's evidence. The USD conversion is a separate fact with qualifier approx. The quarter list "
        "names each quarter by its months and closes with 'respectively': each quarter is its own period (01-03, "
        "04-06, 07-09). '3.1 "
        "percent above the August level' is month-on-month growth for September. 'Countries taking part in the "
        "Belt and Road Initiative' / 'the Belt and Road group' -> partner 'Belt and Road partner countries'. "
        "'Overseas sales' of biomedicine products and 'Exports of integrated circuits' are exports of those "
        "products. 'Largest trading partner' -> rank 1 for the EU. The count of 46,300 businesses filing import or "
        "export declarations -> count, segment 'foreign trade enterprises'.",
        "Not facts: '1.3 percentage points higher' (derived difference of shares); '2,100 more' (a difference "
        "between counts); 'the seventh month in a row ... topped 380 billion yuan' (streak and threshold); 'its "
        "highest share for the period on record' (milestone); '1.9 percentage points faster than the national "
        "average' (derived comparison); the years 2025/2026; 'three leading industries'.",
        "Copy check: 5 sentences searched (lead, exports/imports sentence, quarter list, private-enterprise "
        "sentence, spokesperson sentence); 2 reworded (the lead, whose skeleton matched Xinhua's Shanghai leads, "
        "and the quarter list, whose skeleton matched the 2025 Shanghai release).",
        "Second check: 21 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(SH, "total", "value", 3.53e12, "CNY", Q13, "3.53 trillion", E_LEAD),
        fact(SH, "total", "value", 496.8e9, "USD", Q13, "496.8 billion", E_LEAD, qualifier="approx"),
        fact(SH, "total", "growth", 5.7, "percent", Q13, "5.7", E_LEAD),
        fact(SH, "exports", "value", 1.61e12, "CNY", Q13, "1.61 trillion", E_EXIM),
        fact(SH, "exports", "growth", 8.8, "percent", Q13, "8.8", E_EXIM),
        fact(SH, "imports", "value", 1.92e12, "CNY", Q13, "1.92 trillion", E_EXIM),
        fact(SH, "imports", "growth", 3.2, "percent", Q13, "3.2", E_EXIM),
        fact(SH, "total", "value", 1.09e12, "CNY", period(2026, 1, 3), "1.09 trillion", E_QTR),
        fact(SH, "total", "value", 1.19e12, "CNY", period(2026, 4, 6), "1.19 trillion", E_QTR),
        fact(SH, "total", "value", 1.25e12, "CNY", period(2026, 7, 9), "1.25 trillion", E_QTR),
        fact(SH, "total", "growth", 7.9, "percent", period(2026, 1, 3), "7.9", E_QTR),
        fact(SH, "total", "growth", 4.4, "percent", period(2026, 4, 6), "4.4", E_QTR),
        fact(SH, "total", "growth", 5.0, "percent", period(2026, 7, 9), "5.0", E_QTR),
        fact(SH, "total", "value", 412.6e9, "CNY", SEP, "412.6 billion", E_SEP),
        fact(SH, "total", "growth", 1.7, "percent", SEP, "1.7", E_SEP),
        fact(SH, "total", "growth", 3.1, "percent", SEP, "3.1", E_SEP, basis="mom"),
        fact(SH, "total", "value", 1.44e12, "CNY", Q13, "1.44 trillion", E_PRIV, segment="private enterprises"),
        fact(SH, "total", "growth", 9.1, "percent", Q13, "9.1", E_PRIV, segment="private enterprises"),
        fact(SH, "total", "share", 40.8, "percent", Q13, "40.8", E_PRIV, segment="private enterprises"),
        fact(SH, "total", "count", 46300, "number", Q13, "46,300",
             "A total of 46,300 businesses in Shanghai filed import or export declarations during the nine months",
             segment="foreign trade enterprises"),
        fact(SH, "total", "rank", 1, "number", Q13, "largest",
             "The European Union stayed the city's largest trading partner", partner=EU),
        fact(SH, "total", "value", 698.5e9, "CNY", Q13, "698.5 billion", E_EU, partner=EU),
        fact(SH, "total", "growth", 2.3, "percent", Q13, "2.3", E_EU, partner=EU),
        fact(SH, "total", "share", 19.8, "percent", Q13, "19.8", E_EU, partner=EU),
        fact(SH, "total", "growth", 8.6, "percent", Q13, "8.6", E_EM, partner="ASEAN"),
        fact(SH, "total", "growth", 7.4, "percent", Q13, "7.4", E_EM, partner=BR),
        fact(SH, "total", "value", 501.3e9, "CNY", Q13, "501.3 billion", E_EM, partner="ASEAN"),
        fact(SH, "total", "value", 1.52e12, "CNY", Q13, "1.52 trillion", E_EM, partner=BR),
        fact(SH, "total", "share", 43.1, "percent", Q13, "43.1",
             "The Belt and Road group made up 43.1 percent of the city's foreign trade", partner=BR),
        fact(SH, "exports", "growth", 12.4, "percent", Q13, "12.4", E_IC, product="integrated circuits"),
        fact(SH, "exports", "value", 131.6e9, "CNY", Q13, "131.6 billion", E_IC, product="integrated circuits"),
        fact(SH, "exports", "growth", 18.9, "percent", Q13, "18.9", E_CAR, product="cars"),
        fact(SH, "exports", "value", 84.3e9, "CNY", Q13, "84.3 billion", E_CAR, product="cars"),
        fact(SH, "exports", "growth", 23.5, "percent", Q13, "23.5", E_BIO, product="biomedicine products"),
        fact(SH, "exports", "value", 18.2e9, "CNY", Q13, "18.2 billion", E_BIO, product="biomedicine products"),
    ],
}
