from _fact import fact, period

Q3 = period(2025, 1, 9)
SEP = period(2025, 9)
C = "China"
LA = "Latin America"
E_LEAD = ("China's trade with Latin America grew 2.3 percent year-on-year to 3.12 trillion yuan (about $436 billion) "
          "in the first three quarters of 2025")
E_SH = "The region accounted for 9.3 percent of China's total foreign trade in the January-September period"
E_XM = ("China's exports to Latin America rose 7.8 percent to 1.69 trillion yuan, while imports from the region dropped "
        "3.5 percent to 1.43 trillion yuan")
E_BR = ("Brazil remained China's largest trading partner in the region, with bilateral trade of 884.6 billion yuan, "
        "up 1.2 percent and making up 28.4 percent of China-Latin America trade.")
E_RESP = ("Trade with Mexico, Chile and Peru stood at 592.3 billion yuan, 390.5 billion yuan and 254.8 billion yuan "
          "respectively, up 4.1 percent, down 2.6 percent and up 9.8 percent.")
E_SOY = ("Soybeans from Brazil totaled 68.3 million tons, worth 196.4 billion yuan, and made up 71.2 percent of China's "
         "soybean imports over the period.")
E_CU = ("Imports of copper ore from Chile and Peru, the world's two biggest copper mining nations, grew 8.7 percent "
        "and 11.5 percent in value, respectively.")
E_CAR = "China shipped 118.9 billion yuan worth of automobiles to Latin America, a jump of 21.3 percent"
E_ME = "Mechanical and electrical products, worth 990.3 billion yuan, made up 58.6 percent of China's exports to the region"

ARTICLE = {
    "id": "dAU1_06_china_latin_america_trade_jan_sep_2025",
    "title": "China-Latin America trade edges up 2.3% in first three quarters as car, electronics exports gain ground",
    "publisher": "Global Times",
    "published": "2025-10-21",
    "notes": [
        "Running period: 'the first three quarters of 2025' = 'the January-September period' = 2025-01..2025-09; 'over the period' and unqualified figures inherit it.",
        "Headline '2.3%' and lead '2.3 percent' are one observation, labelled once.",
        "'3.12 trillion yuan (about $436 billion)': a CNY fact and an approx USD fact.",
        "'The region accounted for 9.3 percent of China's total foreign trade': share of trade with partner Latin America.",
        "'leaving China with a trade surplus of 260 billion yuan': balance value, positive, partner Latin America.",
        "'In September alone, bilateral trade increased 7.9 percent from a year earlier': growth for 2025-09, partner Latin America. 'the fastest monthly pace so far this year': milestone, out.",
        "'Brazil remained China's largest trading partner in the region': a rank among Latin American partners only; the record (rank 1 with partner Brazil) would read as Brazil being China's largest partner overall, which it is not, so this conditional rank is out. Judgement call.",
        "Brazil's '28.4 percent of China-Latin America trade': share, partner Brazil (the whole is China's trade with the region; the record does not name the whole).",
        "Respectively list: Mexico 592.3 billion / up 4.1, Chile 390.5 billion / down 2.6 (-2.6), Peru 254.8 billion / up 9.8, paired in order.",
        "Soybeans from Brazil: imports quantity 68.3 million tons, value 196.4 billion yuan, and share 71.2 percent of China's soybean imports (partner Brazil, product soybeans).",
        "'178.2 million tons of iron ore from Brazil': imports quantity, product iron ore, partner Brazil.",
        "Copper ore 'grew 8.7 percent and 11.5 percent in value, respectively': value growth of imports from Chile and Peru; no volume figure beside it. 'the world's two biggest copper mining nations' is not a trade flow: out.",
        "Automobiles: '118.9 billion yuan worth ... a jump of 21.3 percent': exports to Latin America, value and yoy growth. 'Mexico and Brazil the two largest markets': no ordinal per partner, a rank within the region's car buyers: out.",
        "Mechanical and electrical products: value 990.3 billion yuan and share 58.6 percent of China's exports to the region (partner Latin America). Electronic products 'rose 6.4 percent': export growth, product 'electronic products'.",
        "'free trade agreements with five countries': FTA partners, not a count of trading partners: out; 'last year' there is a year, not a figure.",
        "The researcher's prediction that full-year trade would top 4.1 trillion yuan and that NEV exports would grow 'by more than 20 percent' in Q4: forecasts, out.",
    ],
    "facts": [
        fact(C, "total", "growth", 2.3, "percent", Q3, "2.3", E_LEAD, partner=LA),
        fact(C, "total", "value", 3.12e12, "CNY", Q3, "3.12 trillion", E_LEAD, partner=LA),
        fact(C, "total", "value", 436e9, "USD", Q3, "436 billion", E_LEAD, partner=LA, qualifier="approx"),
        fact(C, "total", "share", 9.3, "percent", Q3, "9.3", E_SH, partner=LA),
        fact(C, "exports", "growth", 7.8, "percent", Q3, "7.8", E_XM, partner=LA),
        fact(C, "exports", "value", 1.69e12, "CNY", Q3, "1.69 trillion", E_XM, partner=LA),
        fact(C, "imports", "growth", -3.5, "percent", Q3, "3.5", E_XM, partner=LA),
        fact(C, "imports", "value", 1.43e12, "CNY", Q3, "1.43 trillion", E_XM, partner=LA),
        fact(C, "balance", "value", 260e9, "CNY", Q3, "260 billion", "leaving China with a trade surplus of 260 billion yuan", partner=LA),
        fact(C, "total", "growth", 7.9, "percent", SEP, "7.9",
             "In September alone, bilateral trade increased 7.9 percent from a year earlier", partner=LA),
        fact(C, "total", "value", 884.6e9, "CNY", Q3, "884.6 billion", E_BR, partner="Brazil"),
        fact(C, "total", "growth", 1.2, "percent", Q3, "1.2", E_BR, partner="Brazil"),
        fact(C, "total", "share", 28.4, "percent", Q3, "28.4", E_BR, partner="Brazil"),
        fact(C, "total", "value", 592.3e9, "CNY", Q3, "592.3 billion", E_RESP, partner="Mexico"),
        fact(C, "total", "value", 390.5e9, "CNY", Q3, "390.5 billion", E_RESP, partner="Chile"),
        fact(C, "total", "value", 254.8e9, "CNY", Q3, "254.8 billion", E_RESP, partner="Peru"),
        fact(C, "total", "growth", 4.1, "percent", Q3, "4.1", E_RESP, partner="Mexico"),
        fact(C, "total", "growth", -2.6, "percent", Q3, "2.6", E_RESP, partner="Chile"),
        fact(C, "total", "growth", 9.8, "percent", Q3, "9.8", E_RESP, partner="Peru"),
        fact(C, "imports", "quantity", 68.3e6, "tonnes", Q3, "68.3 million", E_SOY, partner="Brazil", product="soybeans"),
        fact(C, "imports", "value", 196.4e9, "CNY", Q3, "196.4 billion", E_SOY, partner="Brazil", product="soybeans"),
        fact(C, "imports", "share", 71.2, "percent", Q3, "71.2", E_SOY, partner="Brazil", product="soybeans"),
        fact(C, "imports", "quantity", 178.2e6, "tonnes", Q3, "178.2 million",
             "China also brought in 178.2 million tons of iron ore from Brazil.", partner="Brazil", product="iron ore"),
        fact(C, "imports", "growth", 8.7, "percent", Q3, "8.7", E_CU, partner="Chile", product="copper ore"),
        fact(C, "imports", "growth", 11.5, "percent", Q3, "11.5", E_CU, partner="Peru", product="copper ore"),
        fact(C, "exports", "value", 118.9e9, "CNY", Q3, "118.9 billion", E_CAR, partner=LA, product="automobiles"),
        fact(C, "exports", "growth", 21.3, "percent", Q3, "21.3", E_CAR, partner=LA, product="automobiles"),
        fact(C, "exports", "value", 990.3e9, "CNY", Q3, "990.3 billion", E_ME, partner=LA, product="mechanical and electrical products"),
        fact(C, "exports", "share", 58.6, "percent", Q3, "58.6", E_ME, partner=LA, product="mechanical and electrical products"),
        fact(C, "exports", "growth", 6.4, "percent", Q3, "6.4",
             "made up 58.6 percent of China's exports to the region, while exports of electronic products such as mobile phones and laptops rose 6.4 percent",
             partner=LA, product="electronic products"),
    ],
}
