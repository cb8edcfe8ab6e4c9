from _fact import fact, period

Y = period(2024, 1, 12)
TEA = "tea"
E_HK = "Measured by value, Hong Kong came first with purchases of $389 million, equal to 27.4 percent of China's tea export earnings"
E_MA = "the largest buyer was again Morocco, where green tea is drunk sweetened and flavored with mint; it took in 75,200 tons of Chinese tea"
E_REV = "Tea brought in $1.42 billion in export revenue last year, 8.8 percent less than in 2023"
E_BLACK = "Black tea bucked the trend, as its exports increased 4.1 percent to $260 million"
E_IMP = "China's tea imports fell 11.2 percent to $138 million"
E_FJ = "Tea exports from Fujian, the province known for oolong and white tea, rose 6.3 percent year-on-year to 1.9 billion yuan"

ARTICLE = {
    "id": "dI1_05_chinadaily_tea_2024",
    "title": "Overseas buyers spend less, cutting value of China's tea exports",
    "publisher": "China Daily",
    "published": "2025-01-23",
    "notes": [
        "Running period is the year 2024 ('in 2024', 'last year').",
        "Tea export tonnage (374,100 tons) and value ($1.42 billion) are separate facts: quantity and value; "
        "the 8.8 percent fall is of export revenue (value growth).",
        "Morocco 'By volume, the largest buyer' and Hong Kong 'Measured by value ... came first': each rank 1 of China's tea exports "
        "(the record has no by-volume/by-value dimension, so both are rank 1 with their partner).",
        "Tea imports: the figure is for all tea ('China's tea imports'); product tea, partner null.",
        "'tea trade showed a surplus of roughly $1.28 billion': balance, approx.",
        "Fujian tea exports in yuan: area Fujian.",
        "Average price $3.80 a kilogram, 3.6 million tons of output, 'one-tenth of its production', "
        "'climb by 3 to 5 percent this year' (expectation): out of scope.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 374100, "tonnes", Y, "374,100",
             "China sold 374,100 metric tons of tea overseas in 2024", product=TEA),
        fact("China", "exports", "value", 1.42e9, "USD", Y, "1.42 billion", E_REV, product=TEA),
        fact("China", "exports", "growth", -8.8, "percent", Y, "8.8", E_REV, product=TEA),
        fact("China", "exports", "quantity", 311400, "tonnes", Y, "311,400",
             "Most of the tea sold abroad was still green tea, with 311,400 tons exported", product="green tea"),
        fact("China", "exports", "growth", 4.1, "percent", Y, "4.1", E_BLACK, product="black tea"),
        fact("China", "exports", "value", 260e6, "USD", Y, "260 million", E_BLACK, product="black tea"),
        fact("China", "exports", "rank", 1, "number", Y, "largest", E_MA, partner="Morocco", product=TEA),
        fact("China", "exports", "quantity", 75200, "tonnes", Y, "75,200", E_MA, partner="Morocco", product=TEA),
        fact("China", "exports", "rank", 1, "number", Y, "first", E_HK, partner="Hong Kong", product=TEA),
        fact("China", "exports", "value", 389e6, "USD", Y, "389 million", E_HK, partner="Hong Kong", product=TEA),
        fact("China", "exports", "share", 27.4, "percent", Y, "27.4", E_HK, partner="Hong Kong", product=TEA),
        fact("China", "imports", "value", 138e6, "USD", Y, "138 million", E_IMP, product=TEA),
        fact("China", "imports", "growth", -11.2, "percent", Y, "11.2", E_IMP, product=TEA),
        fact("China", "balance", "value", 1.28e9, "USD", Y, "1.28 billion",
             "China's tea trade showed a surplus of roughly $1.28 billion", product=TEA, qualifier="approx"),
        fact("Fujian", "exports", "growth", 6.3, "percent", Y, "6.3", E_FJ, product=TEA),
        fact("Fujian", "exports", "value", 1.9e9, "CNY", Y, "1.9 billion", E_FJ, product=TEA),
    ],
}
