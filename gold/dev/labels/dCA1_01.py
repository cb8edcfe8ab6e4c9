from _fact import fact, period

CN = "China"
Y23 = period(2023, 1, 12)
OCT = period(2023, 10)
NOV = period(2023, 11)
DEC = period(2023, 12)

S_TOTAL = "Goods imports and exports were worth a combined 41.76 trillion yuan last year, or about 5.88 trillion U.S. dollars"
S_DOLLAR = "In dollar terms, total trade shrank 5 percent to 5.94 trillion dollars"
S_Q4 = ("Year-on-year growth in total trade accelerated to 0.8 percent in October, 1.3 percent in November "
        "and 2.8 percent in December")
S_PRIV = "At 22.36 trillion yuan, their imports and exports were 6.3 percent higher than a year before and made up 53.5 percent of the national total"
S_NEW3 = "exports of the \"new three\" -- electric passenger vehicles, lithium-ion batteries and solar cells -- crossed the trillion-yuan line, reaching 1.06 trillion yuan after a 29.9 percent jump"
S_ME = "Exports of mechanical and electrical products grew 2.9 percent and took a 58.6 percent slice of the export total"
S_BRI = ("Belt and Road partner countries made up 46.6 percent of the country's overall trade, and the 19.47 trillion yuan "
         "China traded with them was 2.8 percent more than a year earlier")
S_EU = "China's trade with the European Union came to 5.51 trillion yuan, or 13.2 percent of the total"
S_EUUS = ("China's trade with the European Union came to 5.51 trillion yuan, or 13.2 percent of the total, and with the "
          "United States to 4.67 trillion yuan, or 11.2 percent")
BRI = "Belt and Road partner countries"
EU = "European Union"
US = "United States"
PRIV = "private enterprises"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dCA1_01",
    "title": "China's foreign trade edges up 0.2 pct in 2023 as new growth drivers gather pace",
    "publisher": "Xinhua",
    "published": "2024-01-12",
    "notes": [
        "Real figures (GAC press conference of 2024-01-12 as reported by Xinhua english.news.cn, China Daily and "
        "customs.gov.cn 'Review of China's Foreign Trade in 2023'; dollar totals from People's Daily Online 2024-04-17 "
        "and menafn; all in the pages corpus): 41.76 trn yuan +0.2% (about 5.88 trn USD); exports 23.77 trn +0.6%; "
        "imports 17.99 trn -0.3%; dollar total 5.94 trn, exports 3.38 trn -4.6%, imports 2.56 trn -5.5%, surplus "
        "823.2 bn down 6.2%; October/November/December growth 0.8/1.3/2.8% and December 3.81 trn, a monthly record; "
        "private firms 22.36 trn +6.3%, 53.5%, +3.1 pp, 556,000 firms; new three 1.06 trn +29.9%; mechanical and "
        "electrical 58.6% of exports, +2.9%; Belt and Road 19.47 trn +2.8%, 46.6%; ASEAN 6.41 trn, largest partner; "
        "EU 5.51 trn and US 4.67 trn, 13.2% and 11.2%, both rebounding in Q4; WTO estimate of a 14% export share; "
        "seventh year as the largest goods trader.",
        "Derived/made up: the dollar total's -5.0% is from memory (consistent with 5.94 trn and the 2022 base, not "
        "read verbatim in the corpus); the 2023 growth target of around 5 percent is the official target, from memory "
        "(confirmed by sunstar.com.ph in the corpus). No trade figure is invented. All sentences are my own; the "
        "quotes of Wang and Lyu are given in indirect speech in my words.",
        "Judgement calls: the total in dollars appears twice with different values (5.88 trn as Xinhua's conversion, "
        "approx; 5.94 trn as GAC's dollar series), both labelled as written since they disagree beyond rounding. "
        "'last year' takes 2023 from the published date. 'their imports and exports' carries the private-enterprise "
        "subject from the previous sentence. 'Exports accounted for 23.77 trillion yuan ..., and imports for 17.99 "
        "trillion yuan, a dip of 0.3 percent' shares one verb between two flows. 'imports were 5.5 percent lower' is "
        "growth -5.5. The dollar surplus 'narrowed 6.2 percent' is growth -6.2 of the balance. The Oct/Nov/Dec list "
        "gives three monthly growth rates of total trade. 'two-way trade' is total flow. 'crossed the trillion-yuan "
        "line' restates the 1.06 trn figure (exact only).",
        "Not facts: 3.1 percentage points (pp difference); 'For the first time, ... crossed the trillion-yuan line' and 'set "
        "a monthly record' (milestones); WTO projection of about 14 percent of global exports (forecast); seventh "
        "straight year (streak); growth target of around 5 percent (GDP target); years 2022, 2023, 2024.",
        "Copy check: 18 sentences (or sentence groups) searched, 4 reworded (exports/imports sentence, new three, "
        "mechanical and electrical products, Lyu's import explanation).",
        "Second check: 24 sentences searched, 10 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 41.76e12, "CNY", Y23, "41.76 trillion", S_TOTAL),
        fact(CN, "total", "value", 5.88e12, "USD", Y23, "5.88 trillion", S_TOTAL, qualifier="approx"),
        fact(CN, "total", "growth", 0.2, "percent", Y23, "0.2",
             "Goods imports and exports were worth a combined 41.76 trillion yuan last year, or about 5.88 trillion U.S. dollars, up 0.2 percent from 2022"),
        fact(CN, "exports", "growth", 0.6, "percent", Y23, "0.6", "Exports accounted for 23.77 trillion yuan of the total, 0.6 percent more than in 2022"),
        fact(CN, "exports", "value", 23.77e12, "CNY", Y23, "23.77 trillion", "Exports accounted for 23.77 trillion yuan of the total, 0.6 percent more than in 2022"),
        fact(CN, "imports", "growth", -0.3, "percent", Y23, "0.3", "and imports for 17.99 trillion yuan, a dip of 0.3 percent"),
        fact(CN, "imports", "value", 17.99e12, "CNY", Y23, "17.99 trillion", "and imports for 17.99 trillion yuan, a dip of 0.3 percent"),
        fact(CN, "total", "growth", -5, "percent", Y23, "5", S_DOLLAR),
        fact(CN, "total", "value", 5.94e12, "USD", Y23, "5.94 trillion", S_DOLLAR),
        fact(CN, "exports", "growth", -4.6, "percent", Y23, "4.6", "Exports were down 4.6 percent at 3.38 trillion dollars"),
        fact(CN, "exports", "value", 3.38e12, "USD", Y23, "3.38 trillion", "Exports were down 4.6 percent at 3.38 trillion dollars"),
        fact(CN, "imports", "growth", -5.5, "percent", Y23, "5.5", "imports were 5.5 percent lower at 2.56 trillion dollars"),
        fact(CN, "imports", "value", 2.56e12, "USD", Y23, "2.56 trillion", "imports were 5.5 percent lower at 2.56 trillion dollars"),
        fact(CN, "balance", "value", 823.2e9, "USD", Y23, "823.2 billion",
             "leaving a surplus of 823.2 billion dollars"),
        fact(CN, "balance", "growth", -6.2, "percent", Y23, "6.2",
             "leaving a surplus of 823.2 billion dollars, which narrowed 6.2 percent from the 2022 level"),
        fact(CN, "total", "growth", 0.8, "percent", OCT, "0.8", S_Q4),
        fact(CN, "total", "growth", 1.3, "percent", NOV, "1.3", S_Q4),
        fact(CN, "total", "growth", 2.8, "percent", DEC, "2.8", S_Q4),
        fact(CN, "total", "value", 3.81e12, "CNY", DEC, "3.81 trillion",
             "December's imports and exports of 3.81 trillion yuan set a monthly record"),
        fact(CN, "total", "growth", 6.3, "percent", Y23, "6.3", S_PRIV, segment=PRIV),
        fact(CN, "total", "value", 22.36e12, "CNY", Y23, "22.36 trillion", S_PRIV, segment=PRIV),
        fact(CN, "total", "share", 53.5, "percent", Y23, "53.5", S_PRIV, segment=PRIV),
        fact(CN, "total", "count", 556000, "number", Y23, "556,000",
             "The number of private firms registering import or export activity reached 556,000", segment=PRIV),
        fact(CN, "exports", "growth", 29.9, "percent", Y23, "29.9", S_NEW3, product="new three"),
        fact(CN, "exports", "value", 1.06e12, "CNY", Y23, "1.06 trillion", S_NEW3, product="new three"),
        fact(CN, "exports", "share", 58.6, "percent", Y23, "58.6", S_ME, product=ME),
        fact(CN, "exports", "growth", 2.9, "percent", Y23, "2.9", S_ME, product=ME),
        fact(CN, "total", "growth", 2.8, "percent", Y23, "2.8", S_BRI, partner=BRI),
        fact(CN, "total", "value", 19.47e12, "CNY", Y23, "19.47 trillion", S_BRI, partner=BRI),
        fact(CN, "total", "share", 46.6, "percent", Y23, "46.6", S_BRI, partner=BRI),
        fact(CN, "total", "rank", 1, "number", Y23, "largest",
             "ASEAN was again China's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "value", 6.41e12, "CNY", Y23, "6.41 trillion",
             "With 6.41 trillion yuan of two-way trade, ASEAN was again China's largest trading partner",
             partner="ASEAN"),
        fact(CN, "total", "value", 5.51e12, "CNY", Y23, "5.51 trillion", S_EU, partner=EU),
        fact(CN, "total", "value", 4.67e12, "CNY", Y23, "4.67 trillion", S_EUUS, partner=US),
        fact(CN, "total", "share", 13.2, "percent", Y23, "13.2", S_EU, partner=EU),
        fact(CN, "total", "share", 11.2, "percent", Y23, "11.2", S_EUUS, partner=US),
    ],
}
