from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCTOBER = period(2025, 10)
E_TOTAL = "Trade between China and Africa reached a record 2.01 trillion yuan ($282.4 billion) in the first 10 months of 2025, up 14.2 percent year on year"
E_FLOWS = "China's exports to Africa rose 25.8 percent to 1.26 trillion yuan, while imports from the continent edged down 1.2 percent to 745.3 billion yuan"
E_OCT = "In October alone, bilateral trade grew 10.2 percent from a year earlier to 198.6 billion yuan"
E_MECH = "Mechanical and electrical products remained the backbone of Chinese sales to Africa, with exports worth 640.5 billion yuan, up 30.1 percent"
E_AUTO = "Automobile exports jumped 47.3 percent to 81.2 billion yuan"
E_CRUDE = "Crude oil imports from Africa fell 13.5 percent to 98.7 billion yuan, with volumes slipping to 27.4 million tonnes"
E_COPPER = "Purchases of copper ore and concentrates, by contrast, climbed 12.3 percent to 96.3 billion yuan"
E_SA = "South Africa remained China's largest trading partner on the continent, with two-way trade of 354.2 billion yuan, down 2.1 percent"
E_SA_IMPORTS = "China's imports from the country, dominated by iron ore, manganese and platinum-group metals, fell 9.6 percent to 196.3 billion yuan"
E_NIGERIA = "Trade with Africa's most populous nation surged 31.8 percent to 162.7 billion yuan"

ARTICLE = {
    "id": "dQ1_04_cgtn_china_africa_10m",
    "title": "China-Africa trade climbs 14.2% in first 10 months as exports to the continent surge",
    "publisher": "CGTN",
    "published": "2025-11-20",
    "notes": [
        "The year is in the text ('the first 10 months of 2025'); every figure without its own period takes January-October 2025, except the October-alone sentence.",
        "Headline '14.2%' restates the body's growth figure: labelled once, with the body sentence as evidence.",
        "'($282.4 billion)' is the same observation in USD, given without 'about': a separate USD fact, qualifier exact.",
        "'10.6 percentage points faster than ... overall imports and exports': percentage-point comparison, out.",
        "'leaving China with a trade surplus of 514.7 billion yuan with the region': balance of China with Africa, positive (1.26 trillion - 745.3 billion).",
        "Product facts in the 'Cars and machinery' and import paragraphs carry the partner Africa over from the text ('Chinese sales to Africa', 'imports from Africa'); 'Automobile exports', 'shipments of electric vehicles' and 'Purchases of copper ore' are read as trade with Africa from the paragraph context.",
        "Crude oil: value growth and value labelled; 'volumes slipping to 27.4 million tonnes' is a quantity fact (no volume growth rate is stated).",
        "Farm produce imports 'kept growing' without a number: nothing to label. 'Lithium batteries and solar panels ... double-digit gains': no number, not labelled.",
        "South Africa paragraph: 'China's imports from the country' carries the partner South Africa over from the previous sentence.",
        "Nigeria: 'Nigeria ranked second' is a stated rank (2); 'Trade with Africa's most populous nation' carries Nigeria over. 'Angola, Egypt and the DRC rounded out the top five': implied ranks, not labelled.",
        "'Africa's largest trading partner for 16 consecutive years': streak over many years with no single period, not labelled.",
        "Out of scope: zero-tariff '100 percent of tariff lines', '33 least developed African countries', '53 African countries', the analyst's full-year forecast '2.4 trillion yuan', expo '8,000 exhibitors', years 2024/2025 in policy context.",
    ],
    "facts": [
        fact("China", "total", "value", 2.01e12, "CNY", JAN_OCT, "2.01 trillion", E_TOTAL, partner="Africa"),
        fact("China", "total", "value", 282.4e9, "USD", JAN_OCT, "282.4 billion", E_TOTAL, partner="Africa"),
        fact("China", "total", "growth", 14.2, "percent", JAN_OCT, "14.2", E_TOTAL, partner="Africa"),
        fact("China", "total", "share", 5.4, "percent", JAN_OCT, "5.4",
             "The January-October figure made up 5.4 percent of China's total foreign trade", partner="Africa"),
        fact("China", "exports", "growth", 25.8, "percent", JAN_OCT, "25.8", E_FLOWS, partner="Africa"),
        fact("China", "exports", "value", 1.26e12, "CNY", JAN_OCT, "1.26 trillion", E_FLOWS, partner="Africa"),
        fact("China", "imports", "growth", -1.2, "percent", JAN_OCT, "1.2", E_FLOWS, partner="Africa"),
        fact("China", "imports", "value", 745.3e9, "CNY", JAN_OCT, "745.3 billion", E_FLOWS, partner="Africa"),
        fact("China", "balance", "value", 514.7e9, "CNY", JAN_OCT, "514.7 billion",
             "leaving China with a trade surplus of 514.7 billion yuan with the region", partner="Africa"),
        fact("China", "total", "growth", 10.2, "percent", OCTOBER, "10.2", E_OCT, partner="Africa"),
        fact("China", "total", "value", 198.6e9, "CNY", OCTOBER, "198.6 billion", E_OCT, partner="Africa"),
        fact("China", "exports", "value", 640.5e9, "CNY", JAN_OCT, "640.5 billion", E_MECH,
             partner="Africa", product="mechanical and electrical products"),
        fact("China", "exports", "growth", 30.1, "percent", JAN_OCT, "30.1", E_MECH,
             partner="Africa", product="mechanical and electrical products"),
        fact("China", "exports", "growth", 47.3, "percent", JAN_OCT, "47.3", E_AUTO, partner="Africa", product="automobiles"),
        fact("China", "exports", "value", 81.2e9, "CNY", JAN_OCT, "81.2 billion", E_AUTO, partner="Africa", product="automobiles"),
        fact("China", "exports", "growth", 214.5, "percent", JAN_OCT, "214.5",
             "shipments of electric vehicles soared 214.5 percent", partner="Africa", product="electric vehicles"),
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
        fact("China", "total", "rank", 2, "number", JAN_OCT, "second", "Nigeria ranked second", partner="Nigeria"),
        fact("China", "total", "growth", 31.8, "percent", JAN_OCT, "31.8", E_NIGERIA, partner="Nigeria"),
        fact("China", "total", "value", 162.7e9, "CNY", JAN_OCT, "162.7 billion", E_NIGERIA, partner="Nigeria"),
    ],
}
