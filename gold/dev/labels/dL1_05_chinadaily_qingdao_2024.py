from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)
DECEMBER_2024 = period(2024, 12)
TOTAL_SENTENCE = "Over the whole year, Qingdao's combined imports and exports rose 6.7 percent year-on-year to 935.46 billion yuan ($128.1 billion), making up 27.7 percent of Shandong's total foreign trade"
FLOWS_SENTENCE = "Exports were up 8.1 percent at 564.27 billion yuan and imports grew 4.6 percent to 371.19 billion yuan"
PRIVATE_SENTENCE = "their foreign trade expanded 9.4 percent to 633.1 billion yuan, making up 67.7 percent of the city's total"
ECOMMERCE_SENTENCE = "Trade conducted through cross-border e-commerce channels jumped 23.8 percent to 41.36 billion yuan"
ASEAN_SENTENCE = "Trade with the Association of Southeast Asian Nations, still the largest trading partner of the city, grew 11.3 percent to 150.2 billion yuan"

ARTICLE = {
    "id": "dL1_05_chinadaily_qingdao_2024",
    "title": "Booming online cross-border sales help push Qingdao's foreign trade past 935b yuan",
    "publisher": "China Daily",
    "published": "2025-01-24",
    "notes": [
        "The year appears only in the published date (byline 2025-01-24): 'last year' and 'the whole year' are 2024 (2024-01/2024-12); December is 2024-12.",
        "Headline 'past 935b yuan' is a threshold for the same observation as the exact 935.46 billion: exact figure only.",
        "'$128.1 billion' conversion given without 'about': USD fact, qualifier exact.",
        "Share 27.7 percent of Shandong's total: share fact for Qingdao (the larger whole is Shandong, not expressible).",
        "'came 11th among Chinese cities': rank 11.",
        "Private enterprises: value, growth and share ('making up 67.7 percent of the city's total').",
        "Cross-border e-commerce: segment 'cross-border e-commerce', total flow.",
        "ASEAN 'largest trading partner': rank 1 with partner ASEAN.",
        "20,587 enterprises with import and export records: count, segment 'foreign trade enterprises'; 'surpassing 20,000' is the threshold of the same observation, not labelled.",
        "'orders ... doubled', container throughput (31 million TEUs), port ranking 'top five': not trade flows of the city, out.",
        "December 'its strongest month, with foreign trade of 89.7 billion yuan': value for 2024-12.",
    ],
    "facts": [
        fact("Qingdao", "total", "value", 935.46e9, "CNY", YEAR_2024, "935.46 billion", TOTAL_SENTENCE),
        fact("Qingdao", "total", "value", 128.1e9, "USD", YEAR_2024, "128.1 billion", TOTAL_SENTENCE),
        fact("Qingdao", "total", "growth", 6.7, "percent", YEAR_2024, "6.7", TOTAL_SENTENCE),
        fact("Qingdao", "total", "share", 27.7, "percent", YEAR_2024, "27.7", TOTAL_SENTENCE),
        fact("Qingdao", "total", "rank", 11, "number", YEAR_2024, "11th",
             "Qingdao came 11th among Chinese cities by foreign trade value"),
        fact("Qingdao", "exports", "growth", 8.1, "percent", YEAR_2024, "8.1", FLOWS_SENTENCE),
        fact("Qingdao", "exports", "value", 564.27e9, "CNY", YEAR_2024, "564.27 billion", FLOWS_SENTENCE),
        fact("Qingdao", "imports", "growth", 4.6, "percent", YEAR_2024, "4.6", FLOWS_SENTENCE),
        fact("Qingdao", "imports", "value", 371.19e9, "CNY", YEAR_2024, "371.19 billion", FLOWS_SENTENCE),
        fact("Qingdao", "total", "growth", 9.4, "percent", YEAR_2024, "9.4", PRIVATE_SENTENCE, segment="private enterprises"),
        fact("Qingdao", "total", "value", 633.1e9, "CNY", YEAR_2024, "633.1 billion", PRIVATE_SENTENCE, segment="private enterprises"),
        fact("Qingdao", "total", "share", 67.7, "percent", YEAR_2024, "67.7", PRIVATE_SENTENCE, segment="private enterprises"),
        fact("Qingdao", "total", "growth", 23.8, "percent", YEAR_2024, "23.8", ECOMMERCE_SENTENCE, segment="cross-border e-commerce"),
        fact("Qingdao", "total", "value", 41.36e9, "CNY", YEAR_2024, "41.36 billion", ECOMMERCE_SENTENCE, segment="cross-border e-commerce"),
        fact("Qingdao", "total", "rank", 1, "number", YEAR_2024, "largest", ASEAN_SENTENCE, partner="ASEAN"),
        fact("Qingdao", "total", "growth", 11.3, "percent", YEAR_2024, "11.3", ASEAN_SENTENCE, partner="ASEAN"),
        fact("Qingdao", "total", "value", 150.2e9, "CNY", YEAR_2024, "150.2 billion", ASEAN_SENTENCE, partner="ASEAN"),
        fact("Qingdao", "total", "count", 20587, "number", YEAR_2024, "20,587",
             "Qingdao had 20,587 enterprises with import and export records", segment="foreign trade enterprises"),
        fact("Qingdao", "total", "value", 89.7e9, "CNY", DECEMBER_2024, "89.7 billion",
             "December brought the city its strongest month, with foreign trade of 89.7 billion yuan"),
    ],
}
