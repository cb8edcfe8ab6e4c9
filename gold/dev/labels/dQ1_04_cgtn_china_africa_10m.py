from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCTOBER = period(2025, 10)
E_TOTAL = "China-Africa trade hit an all-time high of 2.01 trillion yuan ($282.4 billion) in the first 10 months of 2025, a year-on-year increase of 14.2 percent"
E_FLOWS = "Chinese exports to Africa increased 25.8 percent to 1.26 trillion yuan, and imports from the continent dipped 1.2 percent to 745.3 billion yuan"
E_OCT = "October's two-way trade by itself was 198.6 billion yuan, 10.2 percent more than a year before"
E_MECH = "Mechanical and electrical products again formed the core of what China sold to Africa: exports of them rose 30.1 percent to 640.5 billion yuan"
E_AUTO = "Car exports climbed 47.3 percent to 81.2 billion yuan"
E_CRUDE = "The value of crude oil bought from Africa dropped 13.5 percent to 98.7 billion yuan, and the volume fell to 27.4 million tonnes"
E_COPPER = "Imports of copper ore and concentrates, on the other hand, increased 12.3 percent to 96.3 billion yuan"
E_SA = "Trade with South Africa, still China's largest partner in Africa, slipped 2.1 percent to 354.2 billion yuan"
E_SA_IMPORTS = "Chinese imports from the country, made up largely of iron ore, manganese and platinum-group metals, declined 9.6 percent to 196.3 billion yuan"
E_NIGERIA = "Two-way trade with the continent's most populous country jumped 31.8 percent to 162.7 billion yuan"

ARTICLE = {
    "id": "dQ1_04_cgtn_china_africa_10m",
    "title": "China's trade with Africa up 14.2% over January-October, led by booming exports to the continent",
    "publisher": "CGTN",
    "published": "2025-11-20",
    "notes": [
        "The year is in the text ('the first 10 months of 2025'); every figure without its own period takes January-October 2025, except the October-alone sentence.",
        "Headline '14.2%' restates the body's growth figure: labelled once, with the body sentence as evidence.",
        "'($282.4 billion)' is the same observation in USD, given without 'about': a separate USD fact, qualifier exact.",
        "'10.6 percentage points faster than the nation's imports and exports as a whole': percentage-point comparison, out.",
        "'giving China a 514.7 billion yuan trade surplus with Africa': balance of China with Africa, positive (1.26 trillion - 745.3 billion).",
        "Product facts in the 'Vehicles and machinery' and import paragraphs carry the partner Africa over from the text ('what China sold to Africa', 'bought from Africa'); 'Car exports', 'electric vehicle shipments' and 'Imports of copper ore' are read as trade with Africa from the paragraph context.",
        "Crude oil: value growth and value labelled; 'the volume fell to 27.4 million tonnes' is a quantity fact (no volume growth rate is stated).",
        "Farm goods imports 'continued to grow' without a number: nothing to label. 'Solar panels and lithium batteries ... double-digit rates': no number, not labelled.",
        "South Africa paragraph: 'Chinese imports from the country' carries the partner South Africa over from the previous sentence.",
        "Nigeria: 'Nigeria took second place' is a stated rank (2); 'Two-way trade with the continent's most populous country' carries Nigeria over. 'The rest of the top five were Angola, Egypt and the Democratic Republic of the Congo': implied ranks, not labelled.",
        "'For 16 years running, no country has traded more with Africa than China': streak over many years with no single period, not labelled.",
        "Out of scope: zero-tariff '100 percent of tariff lines', '33 least developed African countries', '53 African countries', the analyst's full-year forecast '2.4 trillion yuan', expo '8,000 exhibitors', years 2024/2025 in policy context.",
    ],
    "facts": [
        fact("China", "total", "value", 2.01e12, "CNY", JAN_OCT, "2.01 trillion", E_TOTAL, partner="Africa"),
        fact("China", "total", "value", 282.4e9, "USD", JAN_OCT, "282.4 billion", E_TOTAL, partner="Africa"),
        fact("China", "total", "growth", 14.2, "percent", JAN_OCT, "14.2", E_TOTAL, partner="Africa"),
        fact("China", "total", "share", 5.4, "percent", JAN_OCT, "5.4",
             "Over January-October, trade with Africa represented 5.4 percent of all Chinese foreign trade", partner="Africa"),
        fact("China", "exports", "growth", 25.8, "percent", JAN_OCT, "25.8", E_FLOWS, partner="Africa"),
        fact("China", "exports", "value", 1.26e12, "CNY", JAN_OCT, "1.26 trillion", E_FLOWS, partner="Africa"),
        fact("China", "imports", "growth", -1.2, "percent", JAN_OCT, "1.2", E_FLOWS, partner="Africa"),
        fact("China", "imports", "value", 745.3e9, "CNY", JAN_OCT, "745.3 billion", E_FLOWS, partner="Africa"),
        fact("China", "balance", "value", 514.7e9, "CNY", JAN_OCT, "514.7 billion",
             "giving China a 514.7 billion yuan trade surplus with Africa", partner="Africa"),
        fact("China", "total", "growth", 10.2, "percent", OCTOBER, "10.2", E_OCT, partner="Africa"),
        fact("China", "total", "value", 198.6e9, "CNY", OCTOBER, "198.6 billion", E_OCT, partner="Africa"),
        fact("China", "exports", "value", 640.5e9, "CNY", JAN_OCT, "640.5 billion", E_MECH,
             partner="Africa", product="mechanical and electrical products"),
        fact("China", "exports", "growth", 30.1, "percent", JAN_OCT, "30.1", E_MECH,
             partner="Africa", product="mechanical and electrical products"),
        fact("China", "exports", "growth", 47.3, "percent", JAN_OCT, "47.3", E_AUTO, partner="Africa", product="automobiles"),
        fact("China", "exports", "value", 81.2e9, "CNY", JAN_OCT, "81.2 billion", E_AUTO, partner="Africa", product="automobiles"),
        fact("China", "exports", "growth", 214.5, "percent", JAN_OCT, "214.5",
             "electric vehicle shipments surged 214.5 percent", partner="Africa", product="electric vehicles"),
        fact("China", "imports", "growth", -13.5, "percent", JAN_OCT, "13.5", E_CRUDE, partner="Africa", product="crude oil"),
        fact("China", "imports", "value", 98.7e9, "CNY", JAN_OCT, "98.7 billion", E_CRUDE, partner="Africa", product="crude oil"),
        fact("China", "imports", "quantity", 27.4e6, "tonnes", JAN_OCT, "27.4 million", E_CRUDE, partner="Africa", product="crude oil"),
        fact("China", "imports", "growth", 12.3, "percent", JAN_OCT, "12.3", E_COPPER,
             partner="Africa", product="copper ore and concentrates"),
        fact("China", "imports", "value", 96.3e9, "CNY", JAN_OCT, "96.3 billion", E_COPPER,
             partner="Africa", product="copper ore and concentrates"),
        fact("China", "total", "rank", 1, "number", JAN_OCT, "largest", E_SA, partner="South Africa"),
        fact("China", "total", "value", 354.2e9, "CNY", JAN_OCT, "354.2 billion", E_SA, partner="South Africa"),
        fact("China", "total", "growth", -2.1, "percent", JAN_OCT, "2.1", E_SA, partner="South Africa"),
        fact("China", "imports", "growth", -9.6, "percent", JAN_OCT, "9.6", E_SA_IMPORTS, partner="South Africa"),
        fact("China", "imports", "value", 196.3e9, "CNY", JAN_OCT, "196.3 billion", E_SA_IMPORTS, partner="South Africa"),
        fact("China", "total", "rank", 2, "number", JAN_OCT, "second", "Nigeria took second place", partner="Nigeria"),
        fact("China", "total", "growth", 31.8, "percent", JAN_OCT, "31.8", E_NIGERIA, partner="Nigeria"),
        fact("China", "total", "value", 162.7e9, "CNY", JAN_OCT, "162.7 billion", E_NIGERIA, partner="Nigeria"),
    ],
}
