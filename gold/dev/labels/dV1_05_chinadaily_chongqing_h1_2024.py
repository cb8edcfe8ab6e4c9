from _fact import fact, period

FIRST_HALF = period(2024, 1, 6)
JUNE = period(2024, 6)

EVIDENCE_TOTAL = (
    "the municipality's total trade came to 357.9 billion yuan ($49.3 billion) from January to June, "
    "a year-on-year increase of 5.8 percent"
)
EVIDENCE_EXPORTS = "exports were worth 237.6 billion yuan, up 7.9 percent"
EVIDENCE_IMPORTS = "imports 120.3 billion yuan, up 1.9 percent"
EVIDENCE_JUNE = "Trade in June alone amounted to 64.3 billion yuan, 9.1 percent more than a year before"
EVIDENCE_LAPTOPS = "Chongqing shipped 28.6 million laptops overseas with a value of 96.8 billion yuan, an increase of 4.1 percent"
EVIDENCE_CARS = (
    "The city sent 162,000 vehicles abroad, a large share of them new energy models headed for the Middle East, Central Asia "
    "and Latin America, and car exports jumped 42.3 percent in value to 18.9 billion yuan"
)
EVIDENCE_BATTERIES = "whose exports soared 68.5 percent year-on-year to 5.27 billion yuan"
EVIDENCE_CBEC = (
    "Trade through cross-border e-commerce channels climbed 27.3 percent year-on-year to 12.6 billion yuan"
)
EVIDENCE_ASEAN = "Trade with ASEAN, still the city's largest trading partner, increased 13.2 percent to 69.4 billion yuan."
EVIDENCE_EU_US = (
    "Chongqing's trade with the European Union and the United States came to 54.7 billion yuan and 50.1 billion yuan, "
    "respectively."
)
EVIDENCE_BRI = "With Belt and Road partner countries, Chongqing traded 143.5 billion yuan worth of goods, 9.6 percent more than a year earlier."
EVIDENCE_PRIVATE = (
    "Private enterprises were again the mainstay of Chongqing's foreign trade, with their imports and exports growing "
    "11.5 percent to 188.2 billion yuan"
)

ARTICLE = {
    "id": "dV1_05_chinadaily_chongqing_h1_2024",
    "title": "Chongqing's foreign trade expands on strength in notebooks, vehicles and batteries",
    "publisher": "China Daily",
    "published": "2024-07-22",
    "notes": [
        "Running period is the first half of 2024 (stated in the text); June alone is 2024-06.",
        "'357.9 billion yuan ($49.3 billion)': CNY fact and a USD fact; the conversion has no 'about', so qualifier exact.",
        "'beating the national average by 0.7 percentage points': percentage-point comparison, out.",
        "'the strongest month of the year so far' (June): a record, no number, out.",
        "Laptops: 28.6 million is a quantity (unit number); 'an increase of 4.1 percent' follows 'with a value of 96.8 billion yuan' and is read as value growth.",
        "'laptops accounted for 40.7 percent of all the city's exports': export share of laptops.",
        "'biggest notebook computer production base in the world', 'about one of every three laptops sold globally': production, not trade, out.",
        "Cars: 42.3 percent is value growth beside the value; 162,000 vehicles is a quantity (unit number).",
        "Cross-border e-commerce figures take segment 'cross-border e-commerce', flow total.",
        "ASEAN 'largest trading partner' labelled as rank 1 of total trade.",
        "'4,217 companies had import and export records': count of foreign trade enterprises; 'up by 412 from a year before' is a derived difference, out.",
        "Out of scope: 'under six hours', 'five years', 2,600 China-Europe train trips, 1.1 million tons carried on the land-sea corridor (freight, not the city's trade), GDP growth of 6.1 percent.",
    ],
    "facts": [
        fact("Chongqing", "total", "value", 357.9e9, "CNY", FIRST_HALF, "357.9 billion", EVIDENCE_TOTAL),
        fact("Chongqing", "total", "value", 49.3e9, "USD", FIRST_HALF, "49.3 billion", EVIDENCE_TOTAL),
        fact("Chongqing", "total", "growth", 5.8, "percent", FIRST_HALF, "5.8", EVIDENCE_TOTAL),
        fact("Chongqing", "exports", "growth", 7.9, "percent", FIRST_HALF, "7.9", EVIDENCE_EXPORTS),
        fact("Chongqing", "exports", "value", 237.6e9, "CNY", FIRST_HALF, "237.6 billion", EVIDENCE_EXPORTS),
        fact("Chongqing", "imports", "growth", 1.9, "percent", FIRST_HALF, "1.9", EVIDENCE_IMPORTS),
        fact("Chongqing", "imports", "value", 120.3e9, "CNY", FIRST_HALF, "120.3 billion", EVIDENCE_IMPORTS),
        fact("Chongqing", "total", "value", 64.3e9, "CNY", JUNE, "64.3 billion", EVIDENCE_JUNE),
        fact("Chongqing", "total", "growth", 9.1, "percent", JUNE, "9.1", EVIDENCE_JUNE),
        fact("Chongqing", "exports", "quantity", 28.6e6, "number", FIRST_HALF, "28.6 million", EVIDENCE_LAPTOPS,
             product="laptops"),
        fact("Chongqing", "exports", "value", 96.8e9, "CNY", FIRST_HALF, "96.8 billion", EVIDENCE_LAPTOPS,
             product="laptops"),
        fact("Chongqing", "exports", "growth", 4.1, "percent", FIRST_HALF, "4.1", EVIDENCE_LAPTOPS, product="laptops"),
        fact("Chongqing", "exports", "share", 40.7, "percent", FIRST_HALF, "40.7",
             "laptops accounted for 40.7 percent of all the city's exports.", product="laptops"),
        fact("Chongqing", "exports", "growth", 42.3, "percent", FIRST_HALF, "42.3", EVIDENCE_CARS, product="cars"),
        fact("Chongqing", "exports", "value", 18.9e9, "CNY", FIRST_HALF, "18.9 billion", EVIDENCE_CARS, product="cars"),
        fact("Chongqing", "exports", "quantity", 162000, "number", FIRST_HALF, "162,000", EVIDENCE_CARS, product="cars"),
        fact("Chongqing", "exports", "growth", 68.5, "percent", FIRST_HALF, "68.5", EVIDENCE_BATTERIES,
             product="lithium batteries"),
        fact("Chongqing", "exports", "value", 5.27e9, "CNY", FIRST_HALF, "5.27 billion", EVIDENCE_BATTERIES,
             product="lithium batteries"),
        fact("Chongqing", "total", "value", 12.6e9, "CNY", FIRST_HALF, "12.6 billion", EVIDENCE_CBEC,
             segment="cross-border e-commerce"),
        fact("Chongqing", "total", "growth", 27.3, "percent", FIRST_HALF, "27.3", EVIDENCE_CBEC,
             segment="cross-border e-commerce"),
        fact("Chongqing", "total", "rank", 1, "number", FIRST_HALF, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("Chongqing", "total", "value", 69.4e9, "CNY", FIRST_HALF, "69.4 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("Chongqing", "total", "growth", 13.2, "percent", FIRST_HALF, "13.2", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("Chongqing", "total", "value", 54.7e9, "CNY", FIRST_HALF, "54.7 billion", EVIDENCE_EU_US,
             partner="European Union"),
        fact("Chongqing", "total", "value", 50.1e9, "CNY", FIRST_HALF, "50.1 billion", EVIDENCE_EU_US,
             partner="United States"),
        fact("Chongqing", "total", "growth", 9.6, "percent", FIRST_HALF, "9.6", EVIDENCE_BRI,
             partner="Belt and Road partner countries"),
        fact("Chongqing", "total", "value", 143.5e9, "CNY", FIRST_HALF, "143.5 billion", EVIDENCE_BRI,
             partner="Belt and Road partner countries"),
        fact("Chongqing", "total", "value", 188.2e9, "CNY", FIRST_HALF, "188.2 billion", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("Chongqing", "total", "growth", 11.5, "percent", FIRST_HALF, "11.5", EVIDENCE_PRIVATE,
             segment="private enterprises"),
        fact("Chongqing", "total", "count", 4217, "number", FIRST_HALF, "4,217",
             "In all, 4,217 companies had import and export records over the half-year", segment="foreign trade enterprises"),
    ],
}
