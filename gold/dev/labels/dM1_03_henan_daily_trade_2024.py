from _fact import fact, period

FULL_YEAR = period(2024, 1, 12)
E_TOTAL = (
    "Henan's combined imports and exports grew 1.6 percent year on year to 824.48 billion yuan in 2024, placing the "
    "province 10th nationwide and first of the six central Chinese provinces"
)
E_EXPORTS = "Exports increased 3.8 percent to 536.43 billion yuan"
E_IMPORTS = "imports declined 2.2 percent to 288.05 billion yuan"
E_TOTAL_VALUE = "combined imports and exports grew 1.6 percent year on year to 824.48 billion yuan in 2024"
E_PARTNER_VALUES = (
    "Henan's top three partners were again the United States, ASEAN and the European Union, which accounted for "
    "trade of 146.2 billion yuan, 104.56 billion yuan and 90.37 billion yuan respectively."
)
E_PARTNER_GROWTH = (
    "Commerce with the US and with ASEAN expanded by 5.1 percent and 8.8 percent respectively, while that with the "
    "EU shrank 3.4 percent."
)
E_PRIVATE = (
    "Private companies again formed the core of Henan's foreign trade, with their imports and exports rising "
    "9.6 percent to 503.27 billion yuan, or 61 percent of the provincial total."
)
E_PHONES = (
    "Mobile phones, most of them put together in the Zhengzhou Airport Economy Zone, were still Henan's leading "
    "export, worth 264.35 billion yuan and making up 49.3 percent of all exports from the province"
)
E_CARS = "Exports of cars soared 39.6 percent, and those of new energy vehicles climbed 62.3 percent"
E_NEW_TRIO = "Lithium batteries and solar cells posted export growth of 27.4 percent and 18.9 percent respectively."
E_FARM = "Exports of agricultural products rose 8.2 percent to 31.64 billion yuan"
E_ECOMMERCE = (
    "Henan's cross-border e-commerce imports and exports, postal parcels included, increased 10.1 percent to "
    "254.16 billion yuan"
)
PRIVATE = "private enterprises"
PHONES = "mobile phones"
FARM = "agricultural products"
ECOMMERCE = "cross-border e-commerce"

ARTICLE = {
    "id": "dM1_03_henan_daily_trade_2024",
    "title": "Carmakers and farms broaden Henan's exports as 2024 trade passes 820 billion yuan",
    "publisher": "Henan Daily",
    "published": "2025-01-21",
    "notes": [
        "Full-year 2024 report published in January 2025; 'last year' is 2024 and every figure is for 2024.",
        "Headline 'passes 820 billion yuan' is a threshold for the body's exact 824.48 billion: the exact figure only.",
        "'placing the province 10th nationwide and first of the six central Chinese provinces': two stated ranks of the "
        "same flow (10 and 1), both labelled; the record cannot name the restricted field.",
        "'the fourth straight year that Henan's foreign trade exceeded 800 billion yuan': a streak, out.",
        "'trailed the national rate by 3.4 percentage points': a percentage-point comparison, out (the national rate "
        "itself is not stated).",
        "'top three partners' is an implied group rank, not labelled; partner values and growth rates "
        "are distributed by 'respectively' and by the shared verb ('expanded by 5.1 percent and 8.8 percent respectively').",
        "'did business with over 200 countries and regions': count of trading partners, qualifier over.",
        "'The number of Henan firms with actual import and export activity last year was 12,875': count of foreign "
        "trade enterprises; 'an increase of 1,026 from 2023' is a derived change, out.",
        "Mobile phones: value and share of total exports labelled; 'dipped slightly from the previous year' has no number.",
        "'Exports of cars' labelled with product 'cars'; no value is given for cars or new energy vehicles.",
        "Cross-border e-commerce figure comes from the commerce department and includes postal parcels; labelled as "
        "the total of segment cross-border e-commerce.",
        "China-Europe Railway Express trips (3,261), airport cargo (820,000 tonnes, 34.2 percent more), GDP growth "
        "(5.1 percent) and GDP (6.36 trillion yuan): not trade flows, out.",
    ],
    "facts": [
        fact("Henan", "total", "value", 824.48e9, "CNY", FULL_YEAR, "824.48 billion", E_TOTAL_VALUE),
        fact("Henan", "total", "growth", 1.6, "percent", FULL_YEAR, "1.6", E_TOTAL_VALUE, basis="yoy"),
        fact("Henan", "total", "rank", 10, "number", FULL_YEAR, "10th", E_TOTAL),
        fact("Henan", "total", "rank", 1, "number", FULL_YEAR, "first", E_TOTAL),
        fact("Henan", "exports", "value", 536.43e9, "CNY", FULL_YEAR, "536.43 billion", E_EXPORTS),
        fact("Henan", "exports", "growth", 3.8, "percent", FULL_YEAR, "3.8", E_EXPORTS, basis="yoy"),
        fact("Henan", "imports", "value", 288.05e9, "CNY", FULL_YEAR, "288.05 billion", E_IMPORTS),
        fact("Henan", "imports", "growth", -2.2, "percent", FULL_YEAR, "2.2", E_IMPORTS, basis="yoy"),
        fact("Henan", "total", "value", 146.2e9, "CNY", FULL_YEAR, "146.2 billion", E_PARTNER_VALUES,
             partner="United States"),
        fact("Henan", "total", "value", 104.56e9, "CNY", FULL_YEAR, "104.56 billion", E_PARTNER_VALUES,
             partner="ASEAN"),
        fact("Henan", "total", "value", 90.37e9, "CNY", FULL_YEAR, "90.37 billion", E_PARTNER_VALUES,
             partner="European Union"),
        fact("Henan", "total", "growth", 5.1, "percent", FULL_YEAR, "5.1", E_PARTNER_GROWTH,
             partner="United States", basis="yoy"),
        fact("Henan", "total", "growth", 8.8, "percent", FULL_YEAR, "8.8", E_PARTNER_GROWTH, partner="ASEAN",
             basis="yoy"),
        fact("Henan", "total", "growth", -3.4, "percent", FULL_YEAR, "3.4", E_PARTNER_GROWTH,
             partner="European Union", basis="yoy"),
        fact("Henan", "total", "value", 376.1e9, "CNY", FULL_YEAR, "376.1 billion",
             "Trade with Belt and Road partner countries totalled 376.1 billion yuan",
             partner="Belt and Road partner countries"),
        fact("Henan", "total", "count", 200, "number", FULL_YEAR, "200",
             "during the year Henan did business with over 200 countries and regions",
             segment="trading partners", qualifier="over"),
        fact("Henan", "total", "value", 503.27e9, "CNY", FULL_YEAR, "503.27 billion", E_PRIVATE, segment=PRIVATE),
        fact("Henan", "total", "growth", 9.6, "percent", FULL_YEAR, "9.6", E_PRIVATE, segment=PRIVATE, basis="yoy"),
        fact("Henan", "total", "share", 61, "percent", FULL_YEAR, "61", E_PRIVATE, segment=PRIVATE),
        fact("Henan", "total", "count", 12875, "number", FULL_YEAR, "12,875",
             "The number of Henan firms with actual import and export activity last year was 12,875",
             segment="foreign trade enterprises"),
        fact("Henan", "exports", "value", 264.35e9, "CNY", FULL_YEAR, "264.35 billion", E_PHONES, product=PHONES),
        fact("Henan", "exports", "share", 49.3, "percent", FULL_YEAR, "49.3", E_PHONES, product=PHONES),
        fact("Henan", "exports", "growth", 39.6, "percent", FULL_YEAR, "39.6", "Exports of cars soared 39.6 percent",
             product="cars", basis="yoy"),
        fact("Henan", "exports", "growth", 62.3, "percent", FULL_YEAR, "62.3", E_CARS,
             product="new energy vehicles", basis="yoy"),
        fact("Henan", "exports", "growth", 27.4, "percent", FULL_YEAR, "27.4", E_NEW_TRIO,
             product="lithium batteries", basis="yoy"),
        fact("Henan", "exports", "growth", 18.9, "percent", FULL_YEAR, "18.9", E_NEW_TRIO, product="solar cells",
             basis="yoy"),
        fact("Henan", "exports", "value", 31.64e9, "CNY", FULL_YEAR, "31.64 billion", E_FARM, product=FARM),
        fact("Henan", "exports", "growth", 8.2, "percent", FULL_YEAR, "8.2", E_FARM, product=FARM, basis="yoy"),
        fact("Henan", "total", "value", 254.16e9, "CNY", FULL_YEAR, "254.16 billion", E_ECOMMERCE,
             segment=ECOMMERCE),
        fact("Henan", "total", "growth", 10.1, "percent", FULL_YEAR, "10.1", E_ECOMMERCE, segment=ECOMMERCE,
             basis="yoy"),
    ],
}
