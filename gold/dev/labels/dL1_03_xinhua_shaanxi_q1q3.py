from _fact import fact, period

NINE_MONTHS = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)
LEAD_SENTENCE = "In the first three quarters of 2025, the foreign trade of Shaanxi Province in northwest China reached 382.46 billion yuan (about 53.7 billion U.S. dollars), a year-on-year increase of 9.6 percent"
EXPORTS_IMPORTS = "Exports from the province climbed 14.3 percent to 245.18 billion yuan between January and September, and imports inched up 2.1 percent to 137.28 billion yuan"
ELECTROMECHANICAL = "Exports of electromechanical goods amounted to 201.7 billion yuan, 16.8 percent more than a year earlier, and represented 82.3 percent of all of Shaanxi's exports"
CENTRAL_ASIA = "trade between Shaanxi and the five Central Asian countries jumped 31.7 percent to 14.62 billion yuan, with exports making up 12.95 billion yuan of that"
BELT_AND_ROAD = "Trade with Belt and Road partner countries came to 151.3 billion yuan, a 39.6 percent slice of the province's foreign trade"
PRIVATE = "Private firms led the way: their combined imports and exports grew 18.2 percent to reach 140.2 billion yuan"
SEPTEMBER_SENTENCE = "September by itself saw the province's foreign trade climb 12.4 percent from a year earlier to 46.83 billion yuan"

ARTICLE = {
    "id": "dL1_03_xinhua_shaanxi_q1q3",
    "title": "Closer Central Asia ties help lift Shaanxi's January-September foreign trade by 9.6 pct",
    "publisher": "Xinhua",
    "published": "2025-10-21",
    "notes": [
        "Running period: first three quarters of 2025 (2025-01/2025-09); 'September by itself' is 2025-09.",
        "Dollar conversion 'about 53.7 billion U.S. dollars' is a separate USD fact, qualifier approx.",
        "Headline 9.6 pct restates the lead: labelled once with the body sentence.",
        "'outstripped the nationwide rate over the same months by 5.6 percentage points': derived comparison, out.",
        "'the five Central Asian countries' written as partner 'Central Asia'; the word 'five' is not a trade figure.",
        "China-Europe Railway Express trips (4,210, up 12.5 percent), 4.3 million tonnes carried, 18 routes, 45 countries: freight-train statistics, out of scope.",
        "4,136 companies with actual import and export activity: count, segment 'foreign trade enterprises'; 'an increase of 312 from a year earlier' is a derived difference, out.",
    ],
    "facts": [
        fact("Shaanxi", "total", "value", 382.46e9, "CNY", NINE_MONTHS, "382.46 billion", LEAD_SENTENCE),
        fact("Shaanxi", "total", "value", 53.7e9, "USD", NINE_MONTHS, "53.7 billion", LEAD_SENTENCE, qualifier="approx"),
        fact("Shaanxi", "total", "growth", 9.6, "percent", NINE_MONTHS, "9.6", LEAD_SENTENCE),
        fact("Shaanxi", "exports", "growth", 14.3, "percent", NINE_MONTHS, "14.3", EXPORTS_IMPORTS),
        fact("Shaanxi", "exports", "value", 245.18e9, "CNY", NINE_MONTHS, "245.18 billion", EXPORTS_IMPORTS),
        fact("Shaanxi", "imports", "growth", 2.1, "percent", NINE_MONTHS, "2.1", EXPORTS_IMPORTS),
        fact("Shaanxi", "imports", "value", 137.28e9, "CNY", NINE_MONTHS, "137.28 billion", EXPORTS_IMPORTS),
        fact("Shaanxi", "exports", "value", 201.7e9, "CNY", NINE_MONTHS, "201.7 billion", ELECTROMECHANICAL, product="electromechanical products"),
        fact("Shaanxi", "exports", "growth", 16.8, "percent", NINE_MONTHS, "16.8", ELECTROMECHANICAL, product="electromechanical products"),
        fact("Shaanxi", "exports", "share", 82.3, "percent", NINE_MONTHS, "82.3", ELECTROMECHANICAL, product="electromechanical products"),
        fact("Shaanxi", "total", "growth", 31.7, "percent", NINE_MONTHS, "31.7", CENTRAL_ASIA, partner="Central Asia"),
        fact("Shaanxi", "total", "value", 14.62e9, "CNY", NINE_MONTHS, "14.62 billion", CENTRAL_ASIA, partner="Central Asia"),
        fact("Shaanxi", "exports", "value", 12.95e9, "CNY", NINE_MONTHS, "12.95 billion", CENTRAL_ASIA, partner="Central Asia"),
        fact("Shaanxi", "total", "value", 151.3e9, "CNY", NINE_MONTHS, "151.3 billion", BELT_AND_ROAD, partner="Belt and Road partner countries"),
        fact("Shaanxi", "total", "share", 39.6, "percent", NINE_MONTHS, "39.6", BELT_AND_ROAD, partner="Belt and Road partner countries"),
        fact("Shaanxi", "total", "growth", 18.2, "percent", NINE_MONTHS, "18.2", PRIVATE, segment="private enterprises"),
        fact("Shaanxi", "total", "value", 140.2e9, "CNY", NINE_MONTHS, "140.2 billion", PRIVATE, segment="private enterprises"),
        fact("Shaanxi", "total", "count", 4136, "number", NINE_MONTHS, "4,136",
             "In all, 4,136 companies in Shaanxi recorded actual import and export activity", segment="foreign trade enterprises"),
        fact("Shaanxi", "total", "value", 46.83e9, "CNY", SEPTEMBER, "46.83 billion", SEPTEMBER_SENTENCE),
        fact("Shaanxi", "total", "growth", 12.4, "percent", SEPTEMBER, "12.4", SEPTEMBER_SENTENCE),
    ],
}
