from _fact import fact, period

CN = "China"
NOV = period(2026, 11)
JAN_NOV = period(2026, 1, 11)

E_NOV_TOTAL = ("The General Administration of Customs put the month's combined imports and exports at 3.97 trillion "
               "yuan, 1.7 percent more than a year before")
E_NOV_MOM = "The monthly total was 7.9 percent higher than in October"
E_NOV_EXP = "Outbound sales accounted for 2.41 trillion yuan of that, a gain of 2.5 percent from a year earlier"
E_NOV_IMP = "purchases from abroad came to 1.56 trillion yuan, only 0.4 percent higher"
E_USD = "In US dollar terms, outbound shipments grew 3.7 percent and inbound shipments 1.5 percent"
E_YTD_TOTAL = ("Cumulative goods trade from January through November stood at 42.15 trillion yuan, up 2.3 percent on the "
               "first 11 months of 2025")
E_YTD_EXP = "Exports increased 3.1 percent to 25.23 trillion yuan"
E_YTD_IMP = "imports climbed 1 percent to 16.92 trillion yuan"
E_ASEAN = ("Two-way trade with the Southeast Asian bloc grew by 7.2 percent over January-November to 6.41 trillion "
           "yuan, or 15.2 percent of all the goods China traded with the world")
E_EU = "The European Union, with 12.4 percent of the total, saw its exchanges with China expand 4.6 percent"
E_US = ("the United States went the other way, its trade with China shrinking 4.3 percent and its share of the total "
        "easing to 8.3 percent")
E_BR = ("Trade with Belt and Road partner countries grew 5.1 percent over the 11 months, lifting their combined "
        "share of China's foreign trade to 50.9 percent")
E_EM = ("exports of electromechanical goods, a category that covers machinery, electronics and vehicles, amounted "
        "to 15.26 trillion yuan, up 6.8 percent and making up 60.5 percent of total exports")
E_RE = "outbound rare earth shipments totaled 6,120.4 metric tons last month, 4.8 percent less than in October"

ARTICLE = {
    "id": "dBS1_01",
    "title": "China's foreign trade holds steady in Nov as ASEAN, EU demand firms",
    "publisher": "China Daily",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none (November 2026 has not happened). Modelled on China Daily / Xinhua reporting of the "
        "January-November 2025 and earlier customs releases (ASEAN ~15%, EU ~12-13%, US ~8-9%, Belt and Road "
        "~51% of total; electromechanical ~60% of exports; rare earths ~5,000-7,000 t a month; soybeans 8.11 Mt in "
        "November 2025). Invented: every 2026 figure. Derived (checked): 2.41 + 1.56 = 3.97 trillion; surplus "
        "849.6 billion = 2.41 - 1.56 within rounding; 25.23 + 16.92 = 42.15; surplus 8.31 = 25.23 - 16.92; "
        "shares 6.41/42.15 = 15.2%, 15.26/25.23 = 60.5%; October total implied 3.97/1.079 = 3.68 trillion (not "
        "stated). Same underlying release as dBS1_03 (dollar figures agree: exports +3.7%, imports +1.5%; "
        "rare earths 6,120.4 t, -4.8% on October; soybeans 8.62 Mt).",
        "Judgement calls: the dollar-terms growth rates (3.7, 1.5) are separate facts from the yuan-terms rates "
        "(2.5, 0.4): same area/flow/period, different value; the record has no currency-basis field for growth. "
        "'7.9 percent higher than in October' is growth basis mom (comparison with the month before); so is "
        "'4.8 percent less than in October' for rare earths. 'China's largest trading partner' -> ASEAN rank 1. "
        "Product names in the text's words: 'electromechanical goods', 'labor-intensive products', "
        "'rare earths' (exports, quantity), 'soybean' arrivals -> imports quantity of soybeans. "
        "'November's surplus' and the 'period' surplus take their periods from the paragraph. "
        "The Belt and Road share 'lifting ... to 50.9 percent' is a share level, labelled as such.",
        "Not facts: 'roughly 3 percent' (yuan exchange-rate gain); '2.8 percentage points above the national "
        "average' (derived comparison); 'around 2.5 percent' full-year growth (an analyst's forecast); 'the "
        "highest volume for the month on record' (milestone); years 2025 and 2027, 'first quarter of 2027', "
        "'11 months' as period words; 'week-long'.",
        "Copy check: 10 sentences searched, 1 reworded (the rare-earth sentence shared its skeleton with a 2023 Reuters rare-earth story: shipped N metric tons of rare earths ..., down X from the prior month).",
        "Second check: 26 sentences searched, 6 reworded.",
    ],
    "facts": [
        # November 2026, yuan terms
        fact(CN, "total", "value", 3.97e12, "CNY", NOV, "3.97 trillion", E_NOV_TOTAL),
        fact(CN, "total", "growth", 1.7, "percent", NOV, "1.7", E_NOV_TOTAL),
        fact(CN, "total", "growth", 7.9, "percent", NOV, "7.9", E_NOV_MOM, basis="mom"),
        fact(CN, "exports", "growth", 2.5, "percent", NOV, "2.5", E_NOV_EXP),
        fact(CN, "exports", "value", 2.41e12, "CNY", NOV, "2.41 trillion", E_NOV_EXP),
        fact(CN, "imports", "growth", 0.4, "percent", NOV, "0.4", E_NOV_IMP),
        fact(CN, "imports", "value", 1.56e12, "CNY", NOV, "1.56 trillion", E_NOV_IMP),
        fact(CN, "balance", "value", 849.6e9, "CNY", NOV, "849.6 billion",
             "On those figures, November's surplus works out at 849.6 billion yuan"),
        # November 2026, dollar terms
        fact(CN, "exports", "growth", 3.7, "percent", NOV, "3.7", E_USD),
        fact(CN, "imports", "growth", 1.5, "percent", NOV, "1.5", E_USD),
        # January-November 2026
        fact(CN, "total", "value", 42.15e12, "CNY", JAN_NOV, "42.15 trillion", E_YTD_TOTAL),
        fact(CN, "total", "growth", 2.3, "percent", JAN_NOV, "2.3", E_YTD_TOTAL),
        fact(CN, "exports", "growth", 3.1, "percent", JAN_NOV, "3.1", E_YTD_EXP),
        fact(CN, "exports", "value", 25.23e12, "CNY", JAN_NOV, "25.23 trillion", E_YTD_EXP),
        fact(CN, "imports", "growth", 1.0, "percent", JAN_NOV, "1", E_YTD_IMP),
        fact(CN, "imports", "value", 16.92e12, "CNY", JAN_NOV, "16.92 trillion", E_YTD_IMP),
        fact(CN, "balance", "value", 8.31e12, "CNY", JAN_NOV, "8.31 trillion",
             "the trade surplus for the period stood at 8.31 trillion yuan"),
        # partners, January-November
        fact(CN, "total", "rank", 1, "number", JAN_NOV, "largest",
             "ASEAN kept its place as China's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "growth", 7.2, "percent", JAN_NOV, "7.2", E_ASEAN, partner="ASEAN"),
        fact(CN, "total", "value", 6.41e12, "CNY", JAN_NOV, "6.41 trillion", E_ASEAN, partner="ASEAN"),
        fact(CN, "total", "share", 15.2, "percent", JAN_NOV, "15.2", E_ASEAN, partner="ASEAN"),
        fact(CN, "total", "growth", 4.6, "percent", JAN_NOV, "4.6", E_EU, partner="European Union"),
        fact(CN, "total", "share", 12.4, "percent", JAN_NOV, "12.4", E_EU, partner="European Union"),
        fact(CN, "total", "growth", -4.3, "percent", JAN_NOV, "4.3", E_US, partner="United States"),
        fact(CN, "total", "share", 8.3, "percent", JAN_NOV, "8.3", E_US, partner="United States"),
        fact(CN, "total", "growth", 5.1, "percent", JAN_NOV, "5.1", E_BR, partner="Belt and Road partner countries"),
        fact(CN, "total", "share", 50.9, "percent", JAN_NOV, "50.9", E_BR, partner="Belt and Road partner countries"),
        # products, January-November
        fact(CN, "exports", "value", 15.26e12, "CNY", JAN_NOV, "15.26 trillion", E_EM,
             product="electromechanical goods"),
        fact(CN, "exports", "growth", 6.8, "percent", JAN_NOV, "6.8", E_EM, product="electromechanical goods"),
        fact(CN, "exports", "share", 60.5, "percent", JAN_NOV, "60.5", E_EM, product="electromechanical goods"),
        fact(CN, "exports", "growth", -2.6, "percent", JAN_NOV, "2.6",
             "Overseas sales of labor-intensive products such as textiles, garments, shoes and furniture dropped "
             "2.6 percent over the same period", product="labor-intensive products"),
        # commodities, November
        fact(CN, "exports", "quantity", 6120.4, "tonnes", NOV, "6,120.4", E_RE, product="rare earths"),
        fact(CN, "exports", "growth", -4.8, "percent", NOV, "4.8", E_RE, product="rare earths", basis="mom"),
        fact(CN, "imports", "quantity", 8.62e6, "tonnes", NOV, "8.62 million",
             "Soybean arrivals reached 8.62 million tons in November", product="soybeans"),
    ],
}
