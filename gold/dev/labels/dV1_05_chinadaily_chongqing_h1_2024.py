from _fact import fact, period

FIRST_HALF = period(2024, 1, 6)
JUNE = period(2024, 6)

EVIDENCE_TOTAL = (
    "The municipality's imports and exports reached 357.9 billion yuan ($49.3 billion) in the January-June period, "
    "up 5.8 percent year-on-year"
)
EVIDENCE_EXPORTS = "Exports climbed 7.9 percent to 237.6 billion yuan"
EVIDENCE_IMPORTS = "imports rose 1.9 percent to 120.3 billion yuan"
EVIDENCE_JUNE = "In June alone, the city's foreign trade stood at 64.3 billion yuan, an increase of 9.1 percent from a year earlier"
EVIDENCE_LAPTOPS = "Chongqing exported 28.6 million laptops in the first six months, worth 96.8 billion yuan, up 4.1 percent."
EVIDENCE_CARS = "Car exports soared 42.3 percent to 18.9 billion yuan, with 162,000 vehicles shipped abroad"
EVIDENCE_BATTERIES = "with exports surging 68.5 percent year-on-year to 5.27 billion yuan"
EVIDENCE_CBEC = (
    "Imports and exports via cross-border e-commerce channels totaled 12.6 billion yuan, "
    "a year-on-year rise of 27.3 percent"
)
EVIDENCE_ASEAN = "ASEAN remained Chongqing's largest trading partner, with bilateral trade reaching 69.4 billion yuan, up 13.2 percent."
EVIDENCE_EU_US = (
    "Trade with the European Union and the United States stood at 54.7 billion yuan and 50.1 billion yuan, respectively."
)
EVIDENCE_BRI = "The city's trade with Belt and Road partner countries grew 9.6 percent to 143.5 billion yuan."
EVIDENCE_PRIVATE = "Private enterprises, which had import and export value of 188.2 billion yuan, up 11.5 percent"

ARTICLE = {
    "id": "dV1_05_chinadaily_chongqing_h1_2024",
    "title": "Laptops, cars and batteries drive Chongqing's foreign trade growth",
    "publisher": "China Daily",
    "published": "2024-07-22",
    "notes": [
        "Running period is the first half of 2024 (stated in the text); June alone is 2024-06.",
        "'357.9 billion yuan ($49.3 billion)': CNY fact and a USD fact; the conversion has no 'about', so qualifier exact.",
        "'0.7 percentage points higher than the national average': percentage-point comparison, out.",
        "'the highest monthly figure so far this year' (June): a record, no number, out.",
        "Laptops: 28.6 million is a quantity (unit number); 'up 4.1 percent' follows 'worth 96.8 billion yuan' and is read as value growth.",
        "'Laptops made up 40.7 percent of the city's total exports': export share of laptops.",
        "'world's largest production base', 'roughly one in three laptops sold worldwide': production, not trade, out.",
        "Cars: 42.3 percent is value growth beside the value; 162,000 vehicles is a quantity (unit number).",
        "Cross-border e-commerce figures take segment 'cross-border e-commerce', flow total.",
        "ASEAN 'largest trading partner' labelled as rank 1 of total trade.",
        "'4,217 companies posted import and export records': count of foreign trade enterprises; '412 more than a year earlier' is a derived difference, out.",
        "Out of scope: 'less than six hours', 'five years', 2,600 China-Europe train trips, 1.1 million tons carried on the land-sea corridor (freight, not the city's trade), GDP growth of 6.1 percent.",
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
             "Laptops made up 40.7 percent of the city's total exports.", product="laptops"),
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
             "A total of 4,217 companies posted import and export records in the period", segment="foreign trade enterprises"),
    ],
}
