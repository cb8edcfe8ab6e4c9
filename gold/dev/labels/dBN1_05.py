from _fact import fact, period

CN = "China"
LA = "Latin America"
Y25 = period(2025, 1, 12)
DEC = period(2025, 12)

ARTICLE = {
    "id": "dBN1_05",
    "title": "China-Latin America trade hits record as farm goods, EVs flow both ways",
    "publisher": "China Daily",
    "published": "2026-02-05",
    "notes": [
        "Real figures: China-Latin America trade of 3.93 trillion yuan in 2025, up 6.5 percent, and imports from the region "
        "up 4.9 percent (customs data as reported by Xinhua, Feb 2026); export growth to Latin America of about 7% (customs, "
        "reported Jan 14, 2026); Chile and Peru as China's first and second copper ore suppliers; Chancay port opening in "
        "November 2024; Mexico's tariffs of up to 50 percent. Invented or derived: the dollar total $549.6 billion (+6.0%), "
        "exports $294.3 billion (7.0%, the real 'about 7%' written to one decimal), imports $255.3 billion (the real yuan "
        "growth 4.9% applied to dollars), surplus $39.0 billion (294.3-255.3), share 8.6% (3.93/45.47 trillion yuan), "
        "December +9.1%, Brazil $188.3 billion (+1.7%) and imports from Brazil $108.1 billion (matching the dBN1_04 table), "
        "soybeans 82.3 million tonnes and 73.6%, iron ore $28.4 billion (-8.5%), Mexico/Chile/Peru levels and growth, "
        "Argentina +12.0%, beef $14.1 billion (+15.2%), EVs +41.3%, smartphones $18.7 billion (+9.6%), the $580 billion forecast.",
        "Judgement calls: 'Latin America and the Caribbean' is the guide's partner 'Latin America'. The yuan growth (6.5) and the "
        "dollar growth (6.0) of the same trade are labelled as two growth facts, each with its own value. 'last year' and 'in "
        "2025' are January-December 2025 (story dated 2026-02-05); 'from 2024' and 'on a year earlier' are comparison bases, "
        "not periods. 'Bilateral trade' and 'In December alone, trade with Latin America' carry area China from the "
        "paragraph. Soybeans: a quantity (82.3 million tonnes) and a share of China's soybean imports (73.6); the share is of "
        "quantity, the record has no field for that. Copper: 'the top supplier of copper ore and concentrate to China' is rank 1 "
        "for imports from Chile of that product; 'with Peru in second place' is rank 2 for Peru (ranks among all suppliers, "
        "which the record can express).",
        "Not facts: 'Brazil remained China's largest trading partner in the region' (a rank within a subset of partners; the "
        "record cannot say 'in the region', and rank 1 would claim Brazil is China's top partner overall); 'more than 40-fold "
        "since the start of the century' (derived comparison over 25 years); 'free trade agreements with five countries' (not "
        "a count of trading partners); 'pass $580 billion this year' (analysts' forecast); 'duties as high as 50 percent' "
        "(tariff rate); 'roughly 23 days' (shipping time); 'November 2024' (date).",
        "Copy check: 8 sentences searched, 1 reworded (the Mexico tariff sentence followed a wire sentence on Mexico's "
        "tariffs on countries without trade agreements). The search also surfaced the real 2025 totals (3.93 trillion yuan, "
        "+6.5%; imports +4.9%), and the invented totals first written were replaced by them.",
        "Second check: 18 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 3.93e12, "CNY", Y25, "3.93 trillion",
             "Trade between China and Latin America and the Caribbean rose to a record 3.93 trillion yuan last year",
             partner=LA),
        fact(CN, "total", "growth", 6.5, "percent", Y25, "6.5",
             "rose to a record 3.93 trillion yuan last year, up 6.5 percent from 2024", partner=LA),
        fact(CN, "total", "value", 549.6e9, "USD", Y25, "$549.6 billion",
             "Counted in US dollars, two-way trade came to $549.6 billion", partner=LA),
        fact(CN, "total", "growth", 6.0, "percent", Y25, "6.0",
             "two-way trade came to $549.6 billion, an increase of 6.0 percent on a year earlier", partner=LA),
        fact(CN, "total", "share", 8.6, "percent", Y25, "8.6",
             "The region made up 8.6 percent of China's total foreign trade in 2025", partner=LA),
        fact(CN, "exports", "growth", 7.0, "percent", Y25, "7.0",
             "China's exports to the region grew 7.0 percent to $294.3 billion", partner=LA),
        fact(CN, "exports", "value", 294.3e9, "USD", Y25, "$294.3 billion",
             "China's exports to the region grew 7.0 percent to $294.3 billion", partner=LA),
        fact(CN, "imports", "growth", 4.9, "percent", Y25, "4.9",
             "its imports from Latin America rose 4.9 percent to $255.3 billion", partner=LA),
        fact(CN, "imports", "value", 255.3e9, "USD", Y25, "$255.3 billion",
             "its imports from Latin America rose 4.9 percent to $255.3 billion", partner=LA),
        fact(CN, "balance", "value", 39.0e9, "USD", Y25, "$39.0 billion",
             "That left China with a surplus of $39.0 billion in its trade with the region", partner=LA),
        fact(CN, "total", "growth", 9.1, "percent", DEC, "9.1",
             "In December alone, trade with Latin America expanded by 9.1 percent year-on-year", partner=LA),
        fact(CN, "total", "growth", 1.7, "percent", Y25, "1.7",
             "Bilateral trade edged up 1.7 percent to $188.3 billion", partner="Brazil"),
        fact(CN, "total", "value", 188.3e9, "USD", Y25, "$188.3 billion",
             "Bilateral trade edged up 1.7 percent to $188.3 billion", partner="Brazil"),
        fact(CN, "imports", "value", 108.1e9, "USD", Y25, "$108.1 billion",
             "China's purchases of Brazilian goods, led by soybeans, iron ore, crude oil and beef, were worth $108.1 billion",
             partner="Brazil"),
        fact(CN, "imports", "quantity", 82.3e6, "tonnes", Y25, "82.3 million",
             "China bought 82.3 million metric tons of the oilseed from Brazil last year",
             partner="Brazil", product="soybeans"),
        fact(CN, "imports", "share", 73.6, "percent", Y25, "73.6",
             "equal to 73.6 percent of its total soybean imports", partner="Brazil", product="soybeans"),
        fact(CN, "imports", "growth", -8.5, "percent", Y25, "8.5",
             "China's spending on Brazilian iron ore, by contrast, fell 8.5 percent to $28.4 billion",
             partner="Brazil", product="iron ore"),
        fact(CN, "imports", "value", 28.4e9, "USD", Y25, "$28.4 billion",
             "China's spending on Brazilian iron ore, by contrast, fell 8.5 percent to $28.4 billion",
             partner="Brazil", product="iron ore"),
        fact(CN, "total", "value", 113.8e9, "USD", Y25, "$113.8 billion",
             "trade with Mexico, Chile and Peru reached $113.8 billion", partner="Mexico"),
        fact(CN, "total", "value", 70.5e9, "USD", Y25, "$70.5 billion",
             "trade with Mexico, Chile and Peru reached $113.8 billion, $70.5 billion", partner="Chile"),
        fact(CN, "total", "value", 56.8e9, "USD", Y25, "$56.8 billion",
             "trade with Mexico, Chile and Peru reached $113.8 billion, $70.5 billion and $56.8 billion respectively",
             partner="Peru"),
        fact(CN, "total", "growth", 4.0, "percent", Y25, "4.0",
             "trade with Mexico, Chile and Peru reached $113.8 billion, $70.5 billion and $56.8 billion respectively, "
             "rising 4.0 percent", partner="Mexico"),
        fact(CN, "total", "growth", 5.4, "percent", Y25, "5.4",
             "trade with Mexico, Chile and Peru reached $113.8 billion, $70.5 billion and $56.8 billion respectively, "
             "rising 4.0 percent, 5.4 percent", partner="Chile"),
        fact(CN, "total", "growth", 11.5, "percent", Y25, "11.5",
             "trade with Mexico, Chile and Peru reached $113.8 billion, $70.5 billion and $56.8 billion respectively, "
             "rising 4.0 percent, 5.4 percent and 11.5 percent year-on-year", partner="Peru"),
        fact(CN, "total", "growth", 12.0, "percent", Y25, "12.0",
             "Trade with Argentina grew 12.0 percent", partner="Argentina"),
        fact(CN, "imports", "rank", 1, "number", Y25, "top",
             "Chile held on to its position as the top supplier of copper ore and concentrate to China",
             partner="Chile", product="copper ore and concentrate"),
        fact(CN, "imports", "rank", 2, "number", Y25, "second",
             "Chile held on to its position as the top supplier of copper ore and concentrate to China, with Peru in "
             "second place", partner="Peru", product="copper ore and concentrate"),
        fact(CN, "imports", "growth", 15.2, "percent", Y25, "15.2",
             "Beef imports from Latin America climbed 15.2 percent to $14.1 billion", partner=LA, product="beef"),
        fact(CN, "imports", "value", 14.1e9, "USD", Y25, "$14.1 billion",
             "Beef imports from Latin America climbed 15.2 percent to $14.1 billion", partner=LA, product="beef"),
        fact(CN, "exports", "growth", 41.3, "percent", Y25, "41.3",
             "China's shipments of electric vehicles to Latin America jumped 41.3 percent",
             partner=LA, product="electric vehicles"),
        fact(CN, "exports", "growth", 9.6, "percent", Y25, "9.6",
             "its smartphone exports to the region increased 9.6 percent to $18.7 billion",
             partner=LA, product="smartphones"),
        fact(CN, "exports", "value", 18.7e9, "USD", Y25, "$18.7 billion",
             "its smartphone exports to the region increased 9.6 percent to $18.7 billion",
             partner=LA, product="smartphones"),
    ],
}
