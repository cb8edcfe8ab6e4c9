from _fact import fact, period

SEVEN_MONTHS = period(2025, 1, 7)
JULY = period(2025, 7)
AREA = "Guangzhou"
E_HEADLINE = (
    "the total value of Guangzhou's imports and exports reached 658.43 billion yuan, "
    "an increase of 5.2% over the same period last year"
)
E_FLOWS = "Among them, exports were 412.6 billion yuan, up 8.1%; imports were 245.83 billion yuan, up 0.7%."
E_JULY = "In July, the city's imports and exports totaled 98.76 billion yuan, up 9.4%"
E_GENERAL = "general trade imports and exports reached 452.1 billion yuan, up 6.3%"
E_PRIVATE = (
    "Private enterprises imported and exported 388.5 billion yuan, up 10.2%, accounting for 59% of the city's total"
)
E_ASEAN = "ASEAN remained Guangzhou's largest trading partner, with imports and exports of 101.36 billion yuan, up 12.8%."
E_PARTNERS = "Trade with the European Union grew 6.5%, while trade with the United States fell 7.9%."
E_MECH = (
    "Exports of mechanical and electrical products reached 225.6 billion yuan, up 11.3%, "
    "accounting for 54.7% of the city's total export value."
)
E_NEW_THREE = (
    'exports of the "new three" products, namely electric vehicles, lithium batteries and solar cells, '
    "totaled 21.84 billion yuan, up 26.5%."
)
E_EV_BATTERIES = (
    "exports of electric vehicles and lithium batteries were 14.62 billion yuan and 5.87 billion yuan, "
    "up 41.3% and 8.9% respectively"
)
E_SOLAR = "exports of solar cells decreased by 3.2%"
MECH = "mechanical and electrical products"
NEW_THREE = "new three"

ARTICLE = {
    "id": "dT1_04_guangzhou_gov_7m2025",
    "title": "Guangzhou's foreign trade up 5.2% in first seven months",
    "publisher": "Guangzhou Municipal Commerce Bureau",
    "published": "2025-08-22",
    "notes": [
        "Running period: the first seven months of 2025 (stated in the opening sentence); July alone is 2025-07.",
        "'(the same below)' makes every later growth rate year on year; no month-on-month figures in the text.",
        "'1.7 percentage points higher than the national average': percentage-point comparison, out.",
        "'17,326 enterprises ... had actual import and export performance' labelled as a count of foreign trade "
        "enterprises; '1,148 more than in the same period last year' is a derived change, out.",
        "'ASEAN remained Guangzhou's largest trading partner' labelled as rank 1 of the partner's total trade.",
        "The 'new three' products labelled with product 'new three' (the text's words); their exports are a "
        "subset of mechanical and electrical exports, labelled separately.",
        "Electric vehicles / lithium batteries: values and growth distributed by 'respectively'; solar cells have "
        "only a growth rate (a fall, negative).",
        "'remained the city's main mode of trade' for general trade: no stated rank number, not labelled as rank.",
        "Out of scope: port container throughput (15.3 million TEUs, up 4.1 percent), 179 container routes, "
        "the 138th Canton Fair and its 31,000 exhibitors, October 15, the '15 measures'.",
        "New forms of trade, Africa and Latin America are mentioned without figures: nothing to label.",
    ],
    "facts": [
        fact(AREA, "total", "value", 658.43e9, "CNY", SEVEN_MONTHS, "658.43 billion", E_HEADLINE),
        fact(AREA, "total", "growth", 5.2, "percent", SEVEN_MONTHS, "5.2", E_HEADLINE),
        fact(AREA, "exports", "value", 412.6e9, "CNY", SEVEN_MONTHS, "412.6 billion", E_FLOWS),
        fact(AREA, "exports", "growth", 8.1, "percent", SEVEN_MONTHS, "8.1", E_FLOWS),
        fact(AREA, "imports", "value", 245.83e9, "CNY", SEVEN_MONTHS, "245.83 billion", E_FLOWS),
        fact(AREA, "imports", "growth", 0.7, "percent", SEVEN_MONTHS, "0.7", E_FLOWS),
        fact(AREA, "total", "value", 98.76e9, "CNY", JULY, "98.76 billion", E_JULY),
        fact(AREA, "total", "growth", 9.4, "percent", JULY, "9.4", E_JULY),
        fact(AREA, "total", "value", 452.1e9, "CNY", SEVEN_MONTHS, "452.1 billion", E_GENERAL,
             segment="general trade"),
        fact(AREA, "total", "growth", 6.3, "percent", SEVEN_MONTHS, "6.3", E_GENERAL, segment="general trade"),
        fact(AREA, "total", "value", 388.5e9, "CNY", SEVEN_MONTHS, "388.5 billion", E_PRIVATE,
             segment="private enterprises"),
        fact(AREA, "total", "growth", 10.2, "percent", SEVEN_MONTHS, "10.2", E_PRIVATE,
             segment="private enterprises"),
        fact(AREA, "total", "share", 59, "percent", SEVEN_MONTHS, "59", E_PRIVATE, segment="private enterprises"),
        fact(AREA, "total", "count", 17326, "number", SEVEN_MONTHS, "17,326",
             "17,326 enterprises in Guangzhou had actual import and export performance",
             segment="foreign trade enterprises"),
        fact(AREA, "total", "rank", 1, "number", SEVEN_MONTHS, "largest", E_ASEAN, partner="ASEAN"),
        fact(AREA, "total", "value", 101.36e9, "CNY", SEVEN_MONTHS, "101.36 billion", E_ASEAN, partner="ASEAN"),
        fact(AREA, "total", "growth", 12.8, "percent", SEVEN_MONTHS, "12.8", E_ASEAN, partner="ASEAN"),
        fact(AREA, "total", "growth", 6.5, "percent", SEVEN_MONTHS, "6.5", E_PARTNERS, partner="European Union"),
        fact(AREA, "total", "growth", -7.9, "percent", SEVEN_MONTHS, "7.9", E_PARTNERS, partner="United States"),
        fact(AREA, "exports", "value", 225.6e9, "CNY", SEVEN_MONTHS, "225.6 billion", E_MECH, product=MECH),
        fact(AREA, "exports", "growth", 11.3, "percent", SEVEN_MONTHS, "11.3", E_MECH, product=MECH),
        fact(AREA, "exports", "share", 54.7, "percent", SEVEN_MONTHS, "54.7", E_MECH, product=MECH),
        fact(AREA, "exports", "value", 21.84e9, "CNY", SEVEN_MONTHS, "21.84 billion", E_NEW_THREE,
             product=NEW_THREE),
        fact(AREA, "exports", "growth", 26.5, "percent", SEVEN_MONTHS, "26.5", E_NEW_THREE, product=NEW_THREE),
        fact(AREA, "exports", "value", 14.62e9, "CNY", SEVEN_MONTHS, "14.62 billion", E_EV_BATTERIES,
             product="electric vehicles"),
        fact(AREA, "exports", "growth", 41.3, "percent", SEVEN_MONTHS, "41.3", E_EV_BATTERIES,
             product="electric vehicles"),
        fact(AREA, "exports", "value", 5.87e9, "CNY", SEVEN_MONTHS, "5.87 billion", E_EV_BATTERIES,
             product="lithium batteries"),
        fact(AREA, "exports", "growth", 8.9, "percent", SEVEN_MONTHS, "8.9", E_EV_BATTERIES,
             product="lithium batteries"),
        fact(AREA, "exports", "growth", -3.2, "percent", SEVEN_MONTHS, "3.2", E_SOLAR, product="solar cells"),
    ],
}
