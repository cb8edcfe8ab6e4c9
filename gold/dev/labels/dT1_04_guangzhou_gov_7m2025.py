from _fact import fact, period

SEVEN_MONTHS = period(2025, 1, 7)
JULY = period(2025, 7)
AREA = "Guangzhou"
E_HEADLINE = (
    "Guangzhou's combined imports and exports in the first seven months of 2025 came to 658.43 billion yuan, "
    "Guangzhou Customs data show, a rise of 5.2% year on year"
)
E_FLOWS = "Exports grew 8.1% to 412.6 billion yuan, and imports rose 0.7% to 245.83 billion yuan."
E_JULY = "Trade in July alone rose 9.4% to 98.76 billion yuan"
E_GENERAL = "General trade, still the city's dominant trading method, grew 6.3% over the seven months to 452.1 billion yuan"
E_PRIVATE = (
    "Trade by private enterprises rose 10.2% to 388.5 billion yuan, making up 59% of the city's total"
)
E_ASEAN = "Its trade with ASEAN, still the city's largest trading partner, rose 12.8% to 101.36 billion yuan."
E_PARTNERS = "Trade with the European Union increased 6.5%, but trade with the United States dropped 7.9%."
E_MECH = (
    "Outbound sales of mechanical and electrical products climbed 11.3% to 225.6 billion yuan, "
    "equal to 54.7% of the city's entire export value."
)
E_NEW_THREE = (
    'the "new three" products (electric vehicles, lithium batteries and solar cells) '
    "earned 21.84 billion yuan in exports, a rise of 26.5%."
)
E_EV_BATTERIES = (
    "Electric vehicles and lithium batteries brought in export sales of 14.62 billion yuan and 5.87 billion yuan, "
    "growth of 41.3% and 8.9% respectively"
)
E_SOLAR = "solar cell exports shrank by 3.2%"
MECH = "mechanical and electrical products"
NEW_THREE = "new three"

ARTICLE = {
    "id": "dT1_04_guangzhou_gov_7m2025",
    "title": "Guangzhou trade grows 5.2% in January-July",
    "publisher": "Guangzhou Municipal Commerce Bureau",
    "published": "2025-08-22",
    "notes": [
        "Running period: the first seven months of 2025 (stated in the opening sentence); July alone is 2025-07.",
        "'(the same below)' makes every later growth rate year on year; no month-on-month figures in the text.",
        "'beat the national rate by 1.7 percentage points': percentage-point comparison, out.",
        "'The number of Guangzhou firms with actual import and export activity ... stood at 17,326' labelled as a count "
        "of foreign trade enterprises; 'an increase of 1,148 on a year earlier' is a derived change, out.",
        "ASEAN, 'still the city's largest trading partner', labelled as rank 1 of the partner's total trade.",
        "The 'new three' products labelled with product 'new three' (the text's words); their exports are a "
        "subset of mechanical and electrical exports, labelled separately.",
        "Electric vehicles / lithium batteries: values and growth distributed by 'respectively'; solar cells have "
        "only a growth rate (a fall, negative).",
        "'still the city's dominant trading method' for general trade: no stated rank number, not labelled as rank.",
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
             "The number of Guangzhou firms with actual import and export activity in January-July stood at 17,326",
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
