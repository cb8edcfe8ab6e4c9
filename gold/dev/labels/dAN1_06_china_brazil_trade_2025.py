from _fact import fact, period

Y = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
C = "China"
B = "Brazil"
ME = "mechanical and electrical products"
E_CN = ("China's goods trade with Brazil expanded 2.4 percent year on year to 1.33 trillion yuan (about 185.6 "
        "billion U.S. dollars) in 2025")
E_CN_XM = ("China's exports to Brazil rose 7.8 percent to 524.6 billion yuan last year, while its imports from the "
           "South American country edged down 0.9 percent to 805.4 billion yuan")
E_BR_X = ("Brazilian exports to China reached 100.9 billion dollars in 2025, up 6.9 percent and equal to 28.9 percent "
          "of the country's total exports")
E_BR_M = "imports from China climbed 11.9 percent to 71.2 billion dollars"
E_BAL = "Brazil's trade surplus with China thus narrowed to 29.7 billion dollars from 30.8 billion dollars in 2024."
E_BR_T = ("Measured by the Brazilian side, bilateral trade totaled 172.1 billion dollars, with China remaining "
          "Brazil's largest trading partner and top export destination")
E_SOY = "soybean sales to China were worth 34.6 billion dollars, down 4.2 percent as prices softened"
E_OIL_ORE = ("crude oil and iron ore shipments brought in 21.3 billion dollars and 16.9 billion dollars, up 9.8 percent "
             "and down 11.5 percent respectively")
E_SOY_CN = ("China imported 80.12 million tonnes of soybeans from Brazil in 2025, accounting for 72.5 percent of its "
            "total soybean purchases")
E_BEEF = "Brazilian beef shipments to China reached 1.48 million tonnes"
E_ME = ("China's exports of mechanical and electrical products to Brazil amounted to 301.2 billion yuan, up 10.4 "
        "percent and accounting for 57.4 percent of its total shipments to the country")
E_CAR = "exports of automobiles to Brazil jumping 35.6 percent"

ARTICLE = {
    "id": "dAN1_06_china_brazil_trade_2025",
    "title": "China-Brazil trade tops 185 bln dollars in 2025 as soybean, oil flows hold firm",
    "publisher": "Xinhua",
    "published": "2026-01-25",
    "notes": [
        "Dateline Jan. 25 (Xinhua); the article covers 2025, so the date is 2026-01-25; 'last year' = 2025.",
        "Two sources, labelled as stated: GAC figures are China's trade (area China, partner Brazil); MDIC figures are Brazil's trade (area Brazil, partner China). The two totals (185.6 vs 172.1 billion dollars) measure different areas, so both are labelled and do not conflict.",
        "Headline 'tops 185 bln dollars' is a threshold for the body's exact 'about 185.6 billion U.S. dollars': only the exact figure is labelled (qualifier approx, from 'about').",
        "'1.33 trillion yuan (about 185.6 billion U.S. dollars)': a CNY fact and an approx USD fact; the 2.4 percent growth is labelled once (stated in yuan terms only).",
        "GAC imports 'edged down 0.9 percent' -> -0.9.",
        "Brazil's exports to China 'equal to 28.9 percent of the country's total exports' -> share, area Brazil, partner China, flow exports.",
        "Brazil's surplus with China: 29.7 billion dollars (2025) and 30.8 billion dollars (2024, a stated previous-year figure) are two balance facts; 'narrowed' describes the change, which is not labelled as a number.",
        "China 'remaining Brazil's largest trading partner and top export destination' -> two rank-1 facts (area Brazil, partner China: flow total and flow exports). 'positions it has held since 2009': streak/year, out.",
        "'Brazil has long been China's largest trading partner in Latin America' carries no number and is a rank within a region, which the record cannot express (a rank 1 for China-Brazil trade would read as China's top partner overall): left out.",
        "MDIC product figures are Brazil's exports to China: soybeans value/growth; crude oil and iron ore respectively list (values in order; crude 'up 9.8', iron ore 'down 11.5' -> -11.5). Soybean 'down 4.2 percent' is value growth (no volume growth beside it).",
        "GAC soybeans: 80.12 million tonnes (quantity) and 72.5 percent of China's total soybean imports (share), area China, partner Brazil, product soybeans, flow imports.",
        "Beef 1.48 million tonnes: area Brazil (figure attributed to the MDIC), partner China, product beef, exports, quantity.",
        "Mechanical and electrical products: value, growth, and share of China's total exports to Brazil; automobiles export growth 35.6 percent (GAC), area China, partner Brazil.",
        "Out of scope: the 35 percent EV import tariff and July 2026, the 50 percent U.S. tariff, the forecast 'about 20 percent' rise in corn and sorghum sales (forecast), 'more than 40 Brazilian meatpacking plants' (export approvals, not a count of trading enterprises with trade records), years.",
    ],
    "facts": [
        fact(C, "total", "growth", 2.4, "percent", Y, "2.4", E_CN, partner=B),
        fact(C, "total", "value", 1.33e12, "CNY", Y, "1.33 trillion", E_CN, partner=B),
        fact(C, "total", "value", 185.6e9, "USD", Y, "185.6 billion", E_CN, partner=B, qualifier="approx"),
        fact(C, "exports", "growth", 7.8, "percent", Y, "7.8", E_CN_XM, partner=B),
        fact(C, "exports", "value", 524.6e9, "CNY", Y, "524.6 billion", E_CN_XM, partner=B),
        fact(C, "imports", "growth", -0.9, "percent", Y, "0.9", E_CN_XM, partner=B),
        fact(C, "imports", "value", 805.4e9, "CNY", Y, "805.4 billion", E_CN_XM, partner=B),
        fact(B, "exports", "value", 100.9e9, "USD", Y, "100.9 billion", E_BR_X, partner=C),
        fact(B, "exports", "growth", 6.9, "percent", Y, "6.9", E_BR_X, partner=C),
        fact(B, "exports", "share", 28.9, "percent", Y, "28.9", E_BR_X, partner=C),
        fact(B, "imports", "growth", 11.9, "percent", Y, "11.9", E_BR_M, partner=C),
        fact(B, "imports", "value", 71.2e9, "USD", Y, "71.2 billion", E_BR_M, partner=C),
        fact(B, "balance", "value", 29.7e9, "USD", Y, "29.7 billion", E_BAL, partner=C),
        fact(B, "balance", "value", 30.8e9, "USD", Y24, "30.8 billion", E_BAL, partner=C),
        fact(B, "total", "value", 172.1e9, "USD", Y, "172.1 billion", E_BR_T, partner=C),
        fact(B, "total", "rank", 1, "number", Y, "largest", E_BR_T, partner=C),
        fact(B, "exports", "rank", 1, "number", Y, "top", E_BR_T, partner=C),
        fact(B, "exports", "value", 34.6e9, "USD", Y, "34.6 billion", E_SOY, partner=C, product="soybeans"),
        fact(B, "exports", "growth", -4.2, "percent", Y, "4.2", E_SOY, partner=C, product="soybeans"),
        fact(B, "exports", "value", 21.3e9, "USD", Y, "21.3 billion", E_OIL_ORE, partner=C, product="crude oil"),
        fact(B, "exports", "value", 16.9e9, "USD", Y, "16.9 billion", E_OIL_ORE, partner=C, product="iron ore"),
        fact(B, "exports", "growth", 9.8, "percent", Y, "9.8", E_OIL_ORE, partner=C, product="crude oil"),
        fact(B, "exports", "growth", -11.5, "percent", Y, "11.5", E_OIL_ORE, partner=C, product="iron ore"),
        fact(C, "imports", "quantity", 80.12e6, "tonnes", Y, "80.12 million", E_SOY_CN, partner=B, product="soybeans"),
        fact(C, "imports", "share", 72.5, "percent", Y, "72.5", E_SOY_CN, partner=B, product="soybeans"),
        fact(B, "exports", "quantity", 1.48e6, "tonnes", Y, "1.48 million", E_BEEF, partner=C, product="beef"),
        fact(C, "exports", "value", 301.2e9, "CNY", Y, "301.2 billion", E_ME, partner=B, product=ME),
        fact(C, "exports", "growth", 10.4, "percent", Y, "10.4", E_ME, partner=B, product=ME),
        fact(C, "exports", "share", 57.4, "percent", Y, "57.4", E_ME, partner=B, product=ME),
        fact(C, "exports", "growth", 35.6, "percent", Y, "35.6", E_CAR, partner=B, product="automobiles"),
    ],
}
