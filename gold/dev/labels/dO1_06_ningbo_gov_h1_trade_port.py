from _fact import fact, period

FIRST_HALF = period(2024, 1, 6)
JUNE = period(2024, 6)

E_TOTAL = (
    "Ningbo's combined imports and exports for January-June came to 653.48 billion yuan ($89.98 billion), "
    "the fifth-highest of any Chinese city and 6.5 percent more than a year earlier"
)
E_FLOWS = (
    "Exports were up 5.9 percent at 420.66 billion yuan, and imports grew faster, by 7.6 percent, to 232.82 billion yuan"
)
E_JUNE = "June's total of 115.6 billion yuan was 3.9 percent higher year-on-year and 4.7 percent higher than in May"
E_PRIVATE = "private enterprises, which imported and exported 484.9 billion yuan in January-June, a 9.1 percent increase, making up 74.2 percent of the total"
E_EU = (
    "Ningbo's largest trading partner was still the European Union, with which it traded 106.3 billion yuan, up 1.8 percent"
)
E_US = "Trade with the United States reached 104.9 billion yuan after a 9.6 percent rise"
E_ASEAN = "trade with ASEAN increased 12.3 percent to 80.75 billion yuan"
E_BRI = "Belt and Road countries accounted for 287.4 billion yuan of the city's trade in the half, 8.3 percent more than a year earlier"
E_MECH = "Mechanical and electrical products made up 55.5 percent of all the city's exports, with shipments of 233.6 billion yuan"
MECH = "mechanical and electrical products"
PRIVATE = "private enterprises"
BRI = "Belt and Road countries"

ARTICLE = {
    "id": "dO1_06_ningbo_gov_h1_trade_port",
    "title": "Record first-half trade for Ningbo as port volumes rise",
    "publisher": None,
    "published": "2024-07-23",
    "notes": [
        "City government news release with no outlet named in the text: publisher null.",
        "The text never states the year ('a first-half record', 'when the year began'): 2024 comes from the published metadata.",
        "'653.48 billion yuan ($89.98 billion)': the same observation in two currencies, a CNY fact and a USD fact; the conversion "
        "is given without 'about', so qualifier exact.",
        "'the fifth-highest of any Chinese city' labelled as rank 5 of Ningbo's total trade.",
        "June: '3.9 percent higher year-on-year and 4.7 percent higher than in May': a yoy growth and a mom growth of the same month.",
        "'private enterprises, which imported and exported': the subject is named in the same sentence; "
        "segment private enterprises.",
        "'Ningbo's largest trading partner was still the European Union' labelled as rank 1, partner European Union, first half.",
        "'Within this group, household appliance exports' and the 'new three' are sub-items of exports: product household appliances, "
        "product new three.",
        "Cross-border e-commerce 18.2 billion yuan: flow total, segment cross-border e-commerce.",
        "Port figures are freight handled, not trade flows of an area: container throughput 18.74 million TEUs (up 7.1 percent), "
        "over 690 million tonnes of cargo, sea-rail 920,000 TEUs (up 10.6 percent), 305 routes, 131 routes, 16 provinces: "
        "not labelled. '200 trade promotion missions' is not a trade flow either.",
        "'a first-half record' is a milestone: not labelled.",
    ],
    "facts": [
        fact("Ningbo", "total", "value", 653.48e9, "CNY", FIRST_HALF, "653.48 billion", E_TOTAL),
        fact("Ningbo", "total", "value", 89.98e9, "USD", FIRST_HALF, "89.98 billion", E_TOTAL),
        fact("Ningbo", "total", "growth", 6.5, "percent", FIRST_HALF, "6.5", E_TOTAL),
        fact("Ningbo", "total", "rank", 5, "number", FIRST_HALF, "fifth", E_TOTAL),
        fact("Ningbo", "exports", "value", 420.66e9, "CNY", FIRST_HALF, "420.66 billion", E_FLOWS),
        fact("Ningbo", "exports", "growth", 5.9, "percent", FIRST_HALF, "5.9", E_FLOWS),
        fact("Ningbo", "imports", "value", 232.82e9, "CNY", FIRST_HALF, "232.82 billion", E_FLOWS),
        fact("Ningbo", "imports", "growth", 7.6, "percent", FIRST_HALF, "7.6", E_FLOWS),
        fact("Ningbo", "total", "value", 115.6e9, "CNY", JUNE, "115.6 billion", E_JUNE),
        fact("Ningbo", "total", "growth", 3.9, "percent", JUNE, "3.9", E_JUNE),
        fact("Ningbo", "total", "growth", 4.7, "percent", JUNE, "4.7", E_JUNE, basis="mom"),
        fact("Ningbo", "total", "value", 484.9e9, "CNY", FIRST_HALF, "484.9 billion", E_PRIVATE, segment=PRIVATE),
        fact("Ningbo", "total", "growth", 9.1, "percent", FIRST_HALF, "9.1", E_PRIVATE, segment=PRIVATE),
        fact("Ningbo", "total", "share", 74.2, "percent", FIRST_HALF, "74.2", E_PRIVATE, segment=PRIVATE),
        fact("Ningbo", "total", "rank", 1, "number", FIRST_HALF, "largest", E_EU, partner="European Union"),
        fact("Ningbo", "total", "growth", 1.8, "percent", FIRST_HALF, "1.8", E_EU, partner="European Union"),
        fact("Ningbo", "total", "value", 106.3e9, "CNY", FIRST_HALF, "106.3 billion", E_EU, partner="European Union"),
        fact("Ningbo", "total", "growth", 9.6, "percent", FIRST_HALF, "9.6", E_US, partner="United States"),
        fact("Ningbo", "total", "value", 104.9e9, "CNY", FIRST_HALF, "104.9 billion", E_US, partner="United States"),
        fact("Ningbo", "total", "growth", 12.3, "percent", FIRST_HALF, "12.3", E_ASEAN, partner="ASEAN"),
        fact("Ningbo", "total", "value", 80.75e9, "CNY", FIRST_HALF, "80.75 billion", E_ASEAN, partner="ASEAN"),
        fact("Ningbo", "total", "growth", 8.3, "percent", FIRST_HALF, "8.3", E_BRI, partner=BRI),
        fact("Ningbo", "total", "value", 287.4e9, "CNY", FIRST_HALF, "287.4 billion", E_BRI, partner=BRI),
        fact("Ningbo", "exports", "value", 233.6e9, "CNY", FIRST_HALF, "233.6 billion", E_MECH, product=MECH),
        fact("Ningbo", "exports", "share", 55.5, "percent", FIRST_HALF, "55.5", E_MECH, product=MECH),
        fact(
            "Ningbo",
            "exports",
            "growth",
            14.8,
            "percent",
            FIRST_HALF,
            "14.8",
            "household appliance exports grew 14.8 percent",
            product="household appliances",
        ),
        fact(
            "Ningbo",
            "exports",
            "growth",
            -11.4,
            "percent",
            FIRST_HALF,
            "11.4",
            'the "new three" - electric vehicles, lithium batteries and solar cells - saw exports drop 11.4 percent',
            product="new three",
        ),
        fact(
            "Ningbo",
            "total",
            "value",
            18.2e9,
            "CNY",
            FIRST_HALF,
            "18.2 billion",
            "Trade conducted through cross-border e-commerce, an increasingly popular route for the city's small and medium-sized manufacturers, amounted to 18.2 billion yuan",
            segment="cross-border e-commerce",
        ),
    ],
}
