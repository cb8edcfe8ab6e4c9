from _fact import fact, period

JAN_APR = period(2026, 1, 4)
JAN_FEB = period(2026, 1, 2)
APR = period(2026, 4)

LEAD = ("China's foreign trade in goods grew 11.6 percent year on year to 15.78 trillion yuan "
        "(about 2.29 trillion U.S. dollars) in the first four months of 2026")
EXP = "Exports rose 13.1 percent from a year earlier to 9.49 trillion yuan during the January-April period"
IMP = "imports went up 9.4 percent to 6.29 trillion yuan"
SURPLUS = "The country's trade surplus stood at 3.2 trillion yuan."
JANFEB = "The pace of expansion moderated from the 18.3 percent recorded in the first two months of the year"
APRIL = ("In April alone, China's total imports and exports came in at 4.19 trillion yuan, "
         "an increase of 9.1 percent year on year.")
USD_EXP = "In U.S. dollar terms, exports expanded 17.2 percent to 1.37 trillion dollars over the four months"
ASEAN_RANK = "ASEAN remained China's largest trading partner in the period."
ASEAN = ("Trade between the two sides climbed 14.5 percent to 2.73 trillion yuan, "
         "accounting for 17.3 percent of the country's total foreign trade.")
EU = "Trade with the European Union rose 12.8 percent"
US = ("trade with the United States, China's third-largest trading partner, declined 12.4 percent")
AF_LA = ("China's trade with Africa and Latin America increased 21.7 percent and 7.9 percent, respectively, "
         "in the first four months.")
PRIV = ("Private enterprises continued to serve as the main force of the country's foreign trade, with their "
        "imports and exports reaching 9.21 trillion yuan, up 15.1 percent year on year.")
PRIV_SHARE = "They accounted for 58.4 percent of the national total"
ENT = "A total of 562,000 enterprises posted import and export records in the first four months"
ME = "Exports of mechanical and electrical products rose 17.5 percent to 5.88 trillion yuan"
IC = "Among them, exports of integrated circuits increased 24.6 percent"
LABOR = ("shipments of labor-intensive products such as textiles, garments and furniture edged down 1.8 percent")

ARTICLE = {
    "id": "dAF1_01_xinhua_china_trade_jan_apr_2026",
    "title": "China's foreign trade up 11.6 pct in first four months of 2026",
    "publisher": "Xinhua",
    "published": "2026-05-09",
    "notes": [
        "Period: 'first four months of 2026' = 2026-01..2026-04; 'In April alone' = 2026-04; "
        "'the first two months of the year' = 2026-01..2026-02 (year from the running period).",
        "'The pace of expansion moderated from the 18.3 percent recorded in the first two months': total "
        "foreign trade growth of January-February 2026, labelled as its own observation.",
        "Dollar-terms growth of exports (17.2) labelled beside the yuan-terms growth "
        "(13.1): the record has no field for the currency of a rate, so they share every field but value.",
        "'about 2.29 trillion U.S. dollars' is the conversion of the yuan total: separate USD fact, approx.",
        "'Trade between the two sides' after 'ASEAN remained China's largest trading partner': partner ASEAN; "
        "'largest' = rank 1; the 17.3 percent share is of China's total trade.",
        "'the United States, China's third-largest trading partner': rank 3, partner United States.",
        "'They accounted for 58.4 percent of the national total': share of private enterprises, segment "
        "'private enterprises'.",
        "'562,000 enterprises posted import and export records': count, segment 'foreign trade enterprises', "
        "flow total.",
        "'Among them, exports of integrated circuits': a product within mechanical and "
        "electrical exports, labelled with its own product.",
        "'shipments of labor-intensive products ... edged down 1.8 percent': exports growth -1.8, product "
        "'labor-intensive products'.",
        "Out of scope, unlabelled: '9.2 percentage points faster' and '1.8 percentage points higher' "
        "(percentage-point comparisons); 'about 27,000 more' (a change in a count, derived); 'around 6 percent "
        "in 2026' (forecast); 'nine consecutive years' (streak); 'more than 3,000 exhibitors' (not a trade flow).",
    ],
    "facts": [
        fact("China", "total", "growth", 11.6, "percent", JAN_APR, "11.6", LEAD),
        fact("China", "total", "value", 15.78e12, "CNY", JAN_APR, "15.78 trillion", LEAD),
        fact("China", "total", "value", 2.29e12, "USD", JAN_APR, "2.29 trillion", LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 13.1, "percent", JAN_APR, "13.1", EXP),
        fact("China", "exports", "value", 9.49e12, "CNY", JAN_APR, "9.49 trillion", EXP),
        fact("China", "imports", "growth", 9.4, "percent", JAN_APR, "9.4", IMP),
        fact("China", "imports", "value", 6.29e12, "CNY", JAN_APR, "6.29 trillion", IMP),
        fact("China", "balance", "value", 3.2e12, "CNY", JAN_APR, "3.2 trillion", SURPLUS),
        fact("China", "total", "growth", 18.3, "percent", JAN_FEB, "18.3", JANFEB),
        fact("China", "total", "value", 4.19e12, "CNY", APR, "4.19 trillion", APRIL),
        fact("China", "total", "growth", 9.1, "percent", APR, "9.1", APRIL),
        fact("China", "exports", "growth", 17.2, "percent", JAN_APR, "17.2", USD_EXP),
        fact("China", "exports", "value", 1.37e12, "USD", JAN_APR, "1.37 trillion", USD_EXP),
        fact("China", "total", "rank", 1, "number", JAN_APR, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 14.5, "percent", JAN_APR, "14.5", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 2.73e12, "CNY", JAN_APR, "2.73 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 17.3, "percent", JAN_APR, "17.3", ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 12.8, "percent", JAN_APR, "12.8", EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JAN_APR, "third", US, partner="United States"),
        fact("China", "total", "growth", -12.4, "percent", JAN_APR, "12.4", US, partner="United States"),
        fact("China", "total", "growth", 21.7, "percent", JAN_APR, "21.7", AF_LA, partner="Africa"),
        fact("China", "total", "growth", 7.9, "percent", JAN_APR, "7.9", AF_LA, partner="Latin America"),
        fact("China", "total", "value", 9.21e12, "CNY", JAN_APR, "9.21 trillion", PRIV, segment="private enterprises"),
        fact("China", "total", "growth", 15.1, "percent", JAN_APR, "15.1", PRIV, segment="private enterprises"),
        fact("China", "total", "share", 58.4, "percent", JAN_APR, "58.4", PRIV_SHARE, segment="private enterprises"),
        fact("China", "total", "count", 562000, "number", JAN_APR, "562,000", ENT, segment="foreign trade enterprises"),
        fact("China", "exports", "growth", 17.5, "percent", JAN_APR, "17.5", ME, product="mechanical and electrical products"),
        fact("China", "exports", "value", 5.88e12, "CNY", JAN_APR, "5.88 trillion", ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 24.6, "percent", JAN_APR, "24.6", IC, product="integrated circuits"),
        fact("China", "exports", "growth", -1.8, "percent", JAN_APR, "1.8", LABOR, product="labor-intensive products"),
    ],
}
