from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
YTD24 = period(2024, 1, 11)
US = "United States"
GS = "goods and services"
E_HEAD = "Measured across goods and services, the shortfall widened 94.6% from October to $56.8 billion"
E_XM = "Exports slid 3.6% from October to $292.1 billion, while imports climbed 5% to $348.9 billion."
E_GOODS = "On goods alone, the deficit grew to $86.9 billion"
E_SERV = "the services surplus, covering things like tourism, banking and software licensing, inched up to $30.1 billion"
E_GXM = "Goods exports fell to $185.6 billion and goods imports rose to $272.5 billion"
E_CHINA = "with imports from China easing to $25.0 billion and exports to China at $10.3 billion"
E_RESP = "The shortfalls with Mexico, Vietnam and Taiwan came to $17.8 billion, $16.2 billion and $15.6 billion, respectively."
E_EU = "With the 27-nation European Union, the gap more than doubled to $14.5 billion from $6.3 billion in October"
E_YTD = ("The deficit for January through November 2025 totaled $839.5 billion, up 4.1% from the $806.4 billion of "
         "the same stretch in 2024")
E_YTD_XM = "Over that period, exports rose 6.0% and imports 5.6%."
E_YTD_GS = ("For the 11 months, the goods gap reached $1.15 trillion, partly balanced by a $309 billion surplus in "
            "services.")

ARTICLE = {
    "id": "dAN2_01_us_trade_deficit_nov_2025",
    "title": "November US trade shortfall nearly doubles, up 94.6% to $56.8 billion from a 16-year low",
    "publisher": "AP",
    "published": "2026-01-29",
    "notes": [
        "Publisher from the dateline 'WASHINGTON (AP)'; published 2026-01-29 (a Thursday, the release day of the November 2025 report); no year is given for November, so 2025 from the date and from 'January through November 2025'.",
        "Headline figures (94.6%, $56.8 billion) restate the body's November goods-and-services deficit and its monthly growth: labelled once, with body evidence.",
        "Headline totals (balance, exports, imports) are goods and services: product 'goods and services'; goods-only figures (goods deficit, goods exports/imports, country detail) product null; services figures product 'services'.",
        "'widened 94.6% from October': growth of a deficit follows its verb, +94.6, basis mom.",
        "'Exports slid 3.6% from October ... while imports climbed 5%': the paragraph's mom frame carries to imports; both basis mom.",
        "October's revised deficit ($29.2 billion) and the EU gap in October ($6.3 billion) are labelled as October 2025 balance facts.",
        "FactSet forecast ('roughly $40.5 billion'), 43-day shutdown, tariff rates (up to 100% on drugs, about 17% effective rate, 15% on EU goods), 27-nation, GDP 4.4% and the economist's forecast of a percentage point: out (forecasts, tariffs, not trade flows).",
        "'smallest level in 16 years', 'narrowest since June 2009', 'reached a record', 'more than doubled': milestones or derived comparisons, no number to label ('more than doubled' does not make $14.5 billion a threshold).",
        "Absolute monthly changes ('fell $4.2 billion', 'rose $6.7 billion', 'grew by another $6.6 billion' for computers): derived comparisons, out; only the levels $12.9 billion (gold exports) and $21.1 billion (pharmaceutical imports) are labelled.",
        "Nonmonetary gold and pharmaceutical preparations: product named in the text's words; goods categories, November, levels.",
        "China detail: deficit, imports and exports with China, goods only (product null), November.",
        "Respectively list: Mexico, Vietnam, Taiwan deficits paired in order, all negative balances.",
        "Year to date: January-November 2025; the $806.4 billion is the same observation for January-November 2024 (period 2024-01/2024-11). 'up 4.1% from' = growth of the deficit, +4.1, yoy.",
        "'Over that period, exports rose 6.0% and imports 5.6%': Jan-Nov goods and services, yoy (compared with the same period of 2024); imports inherit 'rose'.",
        "YTD goods gap $1.15 trillion (product null) and services surplus $309 billion (product services) for January-November 2025.",
    ],
    "facts": [
        fact(US, "balance", "growth", 94.6, "percent", NOV, "94.6", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -56.8e9, "USD", NOV, "56.8 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -29.2e9, "USD", OCT, "29.2 billion",
             "The October gap, revised to $29.2 billion", product=GS),
        fact(US, "exports", "growth", -3.6, "percent", NOV, "3.6", E_XM, product=GS, basis="mom"),
        fact(US, "exports", "value", 292.1e9, "USD", NOV, "292.1 billion", E_XM, product=GS),
        fact(US, "imports", "growth", 5, "percent", NOV, "5", E_XM, product=GS, basis="mom"),
        fact(US, "imports", "value", 348.9e9, "USD", NOV, "348.9 billion", E_XM, product=GS),
        fact(US, "balance", "value", -86.9e9, "USD", NOV, "86.9 billion", E_GOODS),
        fact(US, "balance", "value", 30.1e9, "USD", NOV, "30.1 billion", E_SERV, product="services"),
        fact(US, "exports", "value", 185.6e9, "USD", NOV, "185.6 billion", E_GXM),
        fact(US, "imports", "value", 272.5e9, "USD", NOV, "272.5 billion", E_GXM),
        fact(US, "exports", "value", 106.4e9, "USD", NOV, "106.4 billion",
             "services exports reached a record $106.4 billion", product="services"),
        fact(US, "exports", "value", 12.9e9, "USD", NOV, "12.9 billion",
             "Nonmonetary gold exports, which had jumped in the autumn as investors moved bullion to London and Switzerland, fell $4.2 billion to $12.9 billion",
             product="nonmonetary gold"),
        fact(US, "imports", "value", 21.1e9, "USD", NOV, "21.1 billion",
             "Pharmaceutical preparations imports rose $6.7 billion to $21.1 billion",
             product="pharmaceutical preparations"),
        fact(US, "balance", "value", -14.7e9, "USD", NOV, "14.7 billion",
             "The November goods deficit with China stood at $14.7 billion", partner="China"),
        fact(US, "imports", "value", 25.0e9, "USD", NOV, "25.0 billion", E_CHINA, partner="China"),
        fact(US, "exports", "value", 10.3e9, "USD", NOV, "10.3 billion", E_CHINA, partner="China"),
        fact(US, "balance", "value", -17.8e9, "USD", NOV, "17.8 billion", E_RESP, partner="Mexico"),
        fact(US, "balance", "value", -16.2e9, "USD", NOV, "16.2 billion", E_RESP, partner="Vietnam"),
        fact(US, "balance", "value", -15.6e9, "USD", NOV, "15.6 billion", E_RESP, partner="Taiwan"),
        fact(US, "balance", "value", -14.5e9, "USD", NOV, "14.5 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -6.3e9, "USD", OCT, "6.3 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -839.5e9, "USD", YTD, "839.5 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", 4.1, "percent", YTD, "4.1", E_YTD, product=GS),
        fact(US, "balance", "value", -806.4e9, "USD", YTD24, "806.4 billion", E_YTD, product=GS),
        fact(US, "exports", "growth", 6.0, "percent", YTD, "6.0", E_YTD_XM, product=GS),
        fact(US, "imports", "growth", 5.6, "percent", YTD, "5.6", E_YTD_XM, product=GS),
        fact(US, "balance", "value", -1.15e12, "USD", YTD, "1.15 trillion", E_YTD_GS),
        fact(US, "balance", "value", 309e9, "USD", YTD, "309 billion", E_YTD_GS, product="services"),
    ],
}
