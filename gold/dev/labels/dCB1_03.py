from _fact import fact, period

ZJ = "Zhejiang"
Y24 = period(2024, 1, 12)

EV_TOT = ("in 2024 our province's total import and export value again ranked third in the country, reaching 52,236.1 "
          "hundred million yuan, a year-on-year increase of 7.2% (the same below)")
EV_EXP = "Exports, which ranked second in the country, grew 8.7% to 38,546.2 hundred million yuan"
EV_IMP = "imports rose 3.4% to 13,689.9 hundred million yuan"
EV_BAL = "Our province's trade surplus, at 24,856.3 hundred million yuan, was 11.9% larger than a year earlier"
EV_PRIV = ("Private enterprises accounted for 78.9% of the province's total in 2024, 1.7 percentage points more than the "
           "previous year, with their imports and exports growing 9.6% to 41,212.3 hundred million yuan")
EV_BRI = ("Countries jointly building the \"Belt and Road\" took 52.7% of the province's total, with our province's "
          "import and export to them rising 9.4% to 27,536.4 hundred million yuan")
EV_EU = ("the European Union remained our province's largest trading partner: import and export with it came to "
         "7,611.2 hundred million yuan, up 6.0%")
EV_USAS = "trade with the United States and ASEAN grew by 6.5% and 10.4% to 5,946.8 and 5,637.0 hundred million yuan respectively"
EV_ME = ("Mechanical and electrical products accounted for 45.8% of the province's exports, their export value rising "
         "10.2% to 17,655.3 hundred million yuan")
EV_CBEC = "Cross-border e-commerce accounted for 5,271.9 hundred million yuan of imports and exports, 12.3% more than in the previous year"
EV_NB = ("Ningbo continued to rank first in the province, with 26.2% of the province's total: its import and export "
         "value rose 8.6% to 13,698.7 hundred million yuan")
EV_JH = ("Its import and export reached 9,432.4 hundred million yuan, an increase of 15.2%, and its proportion of the "
         "province's total rose to 18.1%")
BRI = "Belt and Road partner countries"
EU = "European Union"
ME = "mechanical and electrical products"
PRIV = "private enterprises"

ARTICLE = {
    "id": "dCB1_03",
    "title": "Zhejiang's Import and Export Exceeded 5.2 Trillion Yuan in 2024, Reaching a Record High",
    "publisher": "Hangzhou Customs",
    "published": "2025-01-20",
    "notes": [
        "Real figures (Hangzhou Customs, January 2025, as recalled): Zhejiang's 2024 trade of about 5.2 trillion yuan "
        "up about 7.2%, third in China; exports up about 8.7%, second in China. The search found no 2024 full-year "
        "Zhejiang story, so these are from memory and should be treated as approximate.",
        "Derived/made up: every exact hundred-million figure (52,236.1 total = 38,546.2 exports + 13,689.9 imports; "
        "surplus 24,856.3 = their difference; surplus growth 11.9 derived from made-up 2023 levels), imports +3.4%, "
        "private enterprises 41,212.3 (+9.6%, 78.9% share), enterprise counts 11.3 and 10.2 ten thousand, Belt and "
        "Road 27,536.4 (+9.4%, 52.7%), EU/US/ASEAN levels and rates, EU as largest partner, electromechanical exports "
        "17,655.3 (+10.2%, 45.8%), 'new three items' -4.6%, cross-border e-commerce 5,271.9 (+12.3%), Ningbo and "
        "Jinhua levels, rates and shares; shares are computed from the made-up levels. Percentage-point "
        "contributions, warehouse counts and the publication layout are made up.",
        "Judgement calls: area is Zhejiang throughout ('our province'); Ningbo and Jinhua facts take the city as area "
        "and their shares are of the province's total; Ningbo's 'rank first in the province' is a rank fact among "
        "Zhejiang's cities; 'Its' carries Jinhua from the sentence before; the headline's 'Exceeded 5.2 Trillion' is "
        "a threshold for the exact 52,236.1 hundred million, so only the exact figure is labelled; the national ranks "
        "(third, second) are rank facts with no partner; the counts '11.3 ten thousand' (all enterprises with records, "
        "segment foreign trade enterprises) and '10.2 ten thousand' (private enterprises) are counts; 'the same below' "
        "makes every rate year-on-year; 'countries jointly building the Belt and Road' is the canonical Belt and Road "
        "partner countries; the U.S. and ASEAN values take their scale from the list's closing 'hundred million'.",
        "Not facts: 5.2 trillion (headline threshold); 0.9, 1.7 and 6.7 percentage points (contribution / share "
        "change); third consecutive year (streak); 11 cities; 1,000 overseas warehouses and 50 countries and regions "
        "(warehouse coverage, not trading partners); double-digit growth (no number); 2024 (year).",
        "Copy check: 13 sentences searched, 1 reworded.",
        "Second check: 26 sentences searched, 10 reworded.",
    ],
    "facts": [
        fact(ZJ, "total", "value", 52236.1e8, "CNY", Y24, "52,236.1 hundred million", EV_TOT),
        fact(ZJ, "total", "growth", 7.2, "percent", Y24, "7.2", EV_TOT),
        fact(ZJ, "total", "rank", 3, "number", Y24, "third", EV_TOT),
        fact(ZJ, "exports", "value", 38546.2e8, "CNY", Y24, "38,546.2 hundred million", EV_EXP),
        fact(ZJ, "exports", "growth", 8.7, "percent", Y24, "8.7", EV_EXP),
        fact(ZJ, "exports", "rank", 2, "number", Y24, "second", EV_EXP),
        fact(ZJ, "imports", "value", 13689.9e8, "CNY", Y24, "13,689.9 hundred million", EV_IMP),
        fact(ZJ, "imports", "growth", 3.4, "percent", Y24, "3.4", EV_IMP),
        fact(ZJ, "balance", "value", 24856.3e8, "CNY", Y24, "24,856.3 hundred million", EV_BAL),
        fact(ZJ, "balance", "growth", 11.9, "percent", Y24, "11.9", EV_BAL),
        fact(ZJ, "total", "value", 41212.3e8, "CNY", Y24, "41,212.3 hundred million", EV_PRIV, segment=PRIV),
        fact(ZJ, "total", "growth", 9.6, "percent", Y24, "9.6", EV_PRIV, segment=PRIV),
        fact(ZJ, "total", "share", 78.9, "percent", Y24, "78.9", EV_PRIV, segment=PRIV),
        fact(ZJ, "total", "count", 113000, "number", Y24, "11.3 ten thousand",
             "The number of enterprises with actual import and export performance throughout the year reached 11.3 ten thousand",
             segment="foreign trade enterprises"),
        fact(ZJ, "total", "count", 102000, "number", Y24, "10.2 ten thousand",
             "of which private enterprises numbered 10.2 ten thousand", segment=PRIV),
        fact(ZJ, "total", "value", 27536.4e8, "CNY", Y24, "27,536.4 hundred million", EV_BRI, partner=BRI),
        fact(ZJ, "total", "growth", 9.4, "percent", Y24, "9.4", EV_BRI, partner=BRI),
        fact(ZJ, "total", "share", 52.7, "percent", Y24, "52.7", EV_BRI, partner=BRI),
        fact(ZJ, "total", "rank", 1, "number", Y24, "largest",
             "the European Union remained our province's largest trading partner", partner=EU),
        fact(ZJ, "total", "value", 7611.2e8, "CNY", Y24, "7,611.2 hundred million", EV_EU, partner=EU),
        fact(ZJ, "total", "growth", 6.0, "percent", Y24, "6.0", EV_EU, partner=EU),
        fact(ZJ, "total", "growth", 6.5, "percent", Y24, "6.5", EV_USAS, partner="United States"),
        fact(ZJ, "total", "growth", 10.4, "percent", Y24, "10.4", EV_USAS, partner="ASEAN"),
        fact(ZJ, "total", "value", 5946.8e8, "CNY", Y24, "5,946.8", EV_USAS, partner="United States"),
        fact(ZJ, "total", "value", 5637.0e8, "CNY", Y24, "5,637.0 hundred million", EV_USAS, partner="ASEAN"),
        fact(ZJ, "exports", "value", 17655.3e8, "CNY", Y24, "17,655.3 hundred million", EV_ME, product=ME),
        fact(ZJ, "exports", "growth", 10.2, "percent", Y24, "10.2", EV_ME, product=ME),
        fact(ZJ, "exports", "share", 45.8, "percent", Y24, "45.8", EV_ME, product=ME),
        fact(ZJ, "exports", "growth", -4.6, "percent", Y24, "4.6",
             "exports of the \"new three items\" (electric vehicles, lithium batteries and solar cells) decreased by 4.6%",
             product="new three items"),
        fact(ZJ, "total", "value", 5271.9e8, "CNY", Y24, "5,271.9 hundred million", EV_CBEC, segment="cross-border e-commerce"),
        fact(ZJ, "total", "growth", 12.3, "percent", Y24, "12.3", EV_CBEC, segment="cross-border e-commerce"),
        fact("Ningbo", "total", "value", 13698.7e8, "CNY", Y24, "13,698.7 hundred million", EV_NB),
        fact("Ningbo", "total", "growth", 8.6, "percent", Y24, "8.6", EV_NB),
        fact("Ningbo", "total", "share", 26.2, "percent", Y24, "26.2", EV_NB),
        fact("Ningbo", "total", "rank", 1, "number", Y24, "first", EV_NB),
        fact("Jinhua", "total", "value", 9432.4e8, "CNY", Y24, "9,432.4 hundred million", EV_JH),
        fact("Jinhua", "total", "growth", 15.2, "percent", Y24, "15.2", EV_JH),
        fact("Jinhua", "total", "share", 18.1, "percent", Y24, "18.1", EV_JH),
    ],
}
