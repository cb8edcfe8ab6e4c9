from _fact import fact, period

UK = "United Kingdom"
US = "United States"
EU = "European Union"
NEU = "non-EU countries"
AUG = period(2025, 8)
JUL = period(2025, 7)
JA = period(2025, 6, 8)
JANAUG = period(2025, 1, 8)

ARTICLE = {
    "id": "dBK2_06",
    "title": "UK trade deficit widens as exports to U.S. and EU slide",
    "publisher": "Reuters",
    "published": "2025-10-16",
    "notes": [
        "Real figures: ONS UK trade August 2025 (goods balance 21.18 bn vs revised 20.65 bn in July, goods "
        "exports -3.3% to 31.0 bn, imports flat at 51.3 bn, underlying deficit 20.3 bn, yoy -10.0 / +4.9, EU and "
        "non-EU exports, imports and balances, US exports down 0.7 bn to about 4.0 bn, US imports down 0.5 bn, "
        "three-month total deficit 5.2 bn widened by 1.7 bn, goods deficit +3.0 bn, services surplus +1.3 bn), "
        "Reuters poll 22.0 bn, GDP +0.1% after -0.1%. Invented: three-month goods deficit 59.3 bn and services "
        "surplus 54.1 bn levels, 6.9 bn deficit including precious metals, pharmaceutical exports to the EU, "
        "US export yoy rate and share, US imports level 4.1 bn (derived), Jan-Aug US exports, the quote.",
        "Judgement calls: month-on-month basis where a paragraph opens with 'compared with July' / 'on the "
        "month' / 'from July' (goods exports, EU trade incl. pharmaceutical products, non-EU trade, US "
        "exports); 'They were 18.4% below their level of August 2024' = yoy growth -18.4 for August 2025; "
        "figures excluding and including precious metals both labelled with product null (goods) or "
        "'goods and services' (total trade), since precious-metal treatment is not a field; 'three months to "
        "August' = 2025-06..2025-08; the services surplus labelled as product services, balance positive; "
        "'$28.44 billion' conversion labelled as a USD fact with qualifier exact (no approximation cue); "
        "'accounted for about 13% of Britain's goods exports' = share of exports to the US, approx.",
        "Not facts: changes in pounds ('by 0.7 billion pounds', 'by 0.5 billion pounds', 'by 1.7 billion "
        "pounds', 'by 3.0 billion pounds', '1.3 billion-pound increase'), which the record cannot express; "
        "22.0 bn Reuters poll forecast; 10% US baseline tariff; 32% of firms and '10 or more employees' "
        "(survey); GDP 0.1% growth and July's 0.1% dip (not trade); '$1 = 0.7447 pounds' (exchange rate); "
        "'Imports were flat' (no number).",
        "Copy check: 23 sentences searched, 3 reworded. Second check: 26 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -21.18e9, "GBP", AUG, "21.18 billion",
             "The goods trade gap rose to 21.18 billion pounds"),
        fact(UK, "balance", "value", -28.44e9, "USD", AUG, "28.44 billion",
             "The goods trade gap rose to 21.18 billion pounds ($28.44 billion)"),
        fact(UK, "balance", "value", -20.65e9, "GBP", JUL, "20.65 billion",
             "The goods trade gap rose to 21.18 billion pounds ($28.44 billion) from 20.65 billion pounds in July"),
        fact(UK, "exports", "growth", -3.3, "percent", AUG, "3.3",
             "goods exports fell 3.3% compared with July", basis="mom"),
        fact(UK, "exports", "value", 31.0e9, "GBP", AUG, "31.0 billion",
             "goods exports fell 3.3% compared with July to 31.0 billion pounds"),
        fact(UK, "imports", "value", 51.3e9, "GBP", AUG, "51.3 billion",
             "Imports were flat at 51.3 billion pounds"),
        fact(UK, "balance", "value", -20.3e9, "GBP", AUG, "20.3 billion",
             "Imports were flat at 51.3 billion pounds, leaving an underlying goods deficit of 20.3 billion pounds"),
        fact(UK, "exports", "growth", -10.0, "percent", AUG, "10.0",
             "Compared with August last year, goods exports were 10.0% lower"),
        fact(UK, "imports", "growth", 4.9, "percent", AUG, "4.9",
             "Compared with August last year, goods exports were 10.0% lower and imports 4.9% higher"),
        fact(UK, "balance", "value", -12.8e9, "GBP", AUG, "12.8 billion",
             "The goods deficit with the EU reached 12.8 billion pounds", partner=EU),
        fact(UK, "imports", "growth", 0.8, "percent", AUG, "0.8",
             "imports from the bloc edged up 0.8% on the month", partner=EU, basis="mom"),
        fact(UK, "imports", "value", 27.6e9, "GBP", AUG, "27.6 billion",
             "imports from the bloc edged up 0.8% on the month to 27.6 billion pounds", partner=EU),
        fact(UK, "exports", "growth", -5.3, "percent", AUG, "5.3",
             "The goods deficit with the EU reached 12.8 billion pounds as imports from the bloc edged up 0.8% "
             "on the month to 27.6 billion pounds while exports to it slid 5.3%",
             partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.7e9, "GBP", AUG, "14.7 billion",
             "The goods deficit with the EU reached 12.8 billion pounds as imports from the bloc edged up 0.8% "
             "on the month to 27.6 billion pounds while exports to it slid 5.3% to 14.7 billion pounds",
             partner=EU),
        fact(UK, "exports", "growth", -12.4, "percent", AUG, "12.4",
             "Sales of medicinal and pharmaceutical products to EU countries fell 12.4%",
             partner=EU, product="medicinal and pharmaceutical products", basis="mom"),
        fact(UK, "exports", "value", 1.4e9, "GBP", AUG, "1.4 billion",
             "Sales of medicinal and pharmaceutical products to EU countries fell 12.4% to 1.4 billion pounds",
             partner=EU, product="medicinal and pharmaceutical products"),
        fact(UK, "exports", "growth", -1.5, "percent", AUG, "1.5",
             "Trade with countries outside the EU also weakened from July: exports fell 1.5%",
             partner=NEU, basis="mom"),
        fact(UK, "exports", "value", 16.2e9, "GBP", AUG, "16.2 billion",
             "Trade with countries outside the EU also weakened from July: exports fell 1.5% to 16.2 billion pounds",
             partner=NEU),
        fact(UK, "imports", "growth", -0.8, "percent", AUG, "0.8",
             "Trade with countries outside the EU also weakened from July: exports fell 1.5% to 16.2 billion "
             "pounds and imports dipped 0.8%",
             partner=NEU, basis="mom"),
        fact(UK, "imports", "value", 23.7e9, "GBP", AUG, "23.7 billion",
             "Trade with countries outside the EU also weakened from July: exports fell 1.5% to 16.2 billion "
             "pounds and imports dipped 0.8% to 23.7 billion pounds",
             partner=NEU),
        fact(UK, "balance", "value", -7.5e9, "GBP", AUG, "7.5 billion",
             "leaving a deficit of 7.5 billion pounds with non-EU countries", partner=NEU),
        fact(UK, "exports", "growth", -14.9, "percent", AUG, "14.9",
             "Goods exports to the United States, including precious metals, dropped by 0.7 billion pounds, or "
             "14.9%, compared with July",
             partner=US, basis="mom"),
        fact(UK, "exports", "value", 4.0e9, "GBP", AUG, "4.0 billion",
             "Goods exports to the United States, including precious metals, dropped by 0.7 billion pounds, or "
             "14.9%, compared with July to 4.0 billion pounds",
             partner=US),
        fact(UK, "exports", "growth", -18.4, "percent", AUG, "18.4",
             "They were 18.4% below their level of August 2024", partner=US),
        fact(UK, "exports", "share", 13, "percent", AUG, "13",
             "The United States accounted for about 13% of Britain's goods exports in August",
             partner=US, qualifier="approx"),
        fact(UK, "imports", "value", 4.1e9, "GBP", AUG, "4.1 billion",
             "imports from the United States down by 0.5 billion pounds to 4.1 billion pounds", partner=US),
        fact(UK, "exports", "value", 38.9e9, "GBP", JANAUG, "38.9 billion",
             "In the first eight months of 2025, goods exports to the United States totalled 38.9 billion pounds",
             partner=US),
        fact(UK, "exports", "growth", -0.8, "percent", JANAUG, "0.8",
             "In the first eight months of 2025, goods exports to the United States totalled 38.9 billion "
             "pounds, 0.8% less than in the same period of 2024",
             partner=US),
        fact(UK, "balance", "value", -5.2e9, "GBP", JA, "5.2 billion",
             "Over the three months to August, a period the ONS considers a better guide to the trend, the "
             "total trade deficit in goods and services excluding precious metals widened by 1.7 billion "
             "pounds to 5.2 billion pounds",
             product="goods and services"),
        fact(UK, "balance", "value", -59.3e9, "GBP", JA, "59.3 billion",
             "The goods deficit rose by 3.0 billion pounds to 59.3 billion pounds"),
        fact(UK, "balance", "value", 54.1e9, "GBP", JA, "54.1 billion",
             "a 1.3 billion-pound increase in the services surplus to 54.1 billion pounds", product="services"),
        fact(UK, "balance", "value", -6.9e9, "GBP", JA, "6.9 billion",
             "Including precious metals, the total trade deficit over those three months was 6.9 billion pounds",
             product="goods and services"),
    ],
}
