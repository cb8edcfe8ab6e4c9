from _fact import fact, period

SEP = period(2025, 9)
Q3 = period(2025, 7, 9)
YTD = period(2025, 1, 9)
KR = "South Korea"
US = "United States"
E_LEAD = "pushed South Korea's September exports 12.7 percent above a year earlier"
E_VAL = "put the month's exports at US$65.95 billion, against $58.5 billion in September last year"
E_REC = "beating the $63.8 billion peak reached in March 2022"
E_IM = "With imports up 8.2 percent at $56.39 billion, the country's trade account showed a $9.56 billion surplus"
E_CHIP = ("Chip sales abroad, South Korea's top export item, set a record at $16.61 billion after a 22 percent gain, and made "
          "up 25.2 percent of all exports.")
E_AUTO = "vehicle exports advanced 16.8 percent to $6.4 billion"
E_CAR_US = "Sales of cars to the U.S. slipped 2.3 percent to $1.91 billion"
E_SHIP = "Shipbuilders' exports grew 11.1 percent to $2.73 billion and bio-health products 23.4 percent to $1.67 billion"
E_CN = "exports to China edged up 0.5 percent to $11.76 billion"
E_ASEAN = "those to the 10-member Association of Southeast Asian Nations jumped 20.9 percent to $11.16 billion"
E_EU = "Sales to the European Union were 17.8 percent higher."
E_US = "Exports to the U.S. were the exception among the nine major regions, declining 1.4 percent to $10.27 billion"
E_Q3 = "Third-quarter exports totaled a record $185.03 billion, 6.4 percent more than in the July-September period of 2024"
E_YTD = "shipments for January through September amounted to $519.78 billion, a 2.2 percent increase"

ARTICLE = {
    "id": "dAP2_03_korea_exports_sep_2025",
    "title": "Chips and a longer working month lift S. Korea's exports to record $65.95 bln in September",
    "publisher": "Hangang Herald",
    "published": "2025-10-01",
    "notes": [
        "Outlet is invented; figures modelled on the trade ministry's September 2025 release (some item and region figures are modelled, kept consistent).",
        "Headline '$65.95 bln' is the same observation as the body's US$65.95 billion: labelled once (body).",
        "'against $58.5 billion in September last year': September 2024 exports, labelled with period 2024-09.",
        "'the $63.8 billion peak reached in March 2022': exports value for 2022-03, labelled as stated.",
        "Growth rates are on-year (the lead sets 'above a year earlier'; others give no other basis).",
        "Working days (24, four more), average daily exports ($2.75 billion, -6.1 percent, a per-working-day average): out.",
        "'Chip sales abroad, South Korea's top export item': rank 1 of semiconductor exports, September.",
        "'Sales of cars to the U.S.': exports, product 'cars', partner United States; the 25 percent tariff is not a fact.",
        "'and bio-health products 23.4 percent to $1.67 billion' shares the verb 'grew' (gapped).",
        "China 0.5 percent / $11.76 billion, ASEAN 20.9 percent / $11.16 billion; '10-member' is not a trade figure.",
        "'the exception among the nine major regions', 'the fourth monthly surplus in a row', 'biggest for a September since 2018', 'best September on record': conditional count / streaks / milestones, out.",
        "Third quarter = July-September 2025; 'January through September' = January-September 2025.",
        "Tariff rates (25, 15 percent), $350 billion investment pledge, 2.5 trillion won support package, years: out.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 12.7, "percent", SEP, "12.7", E_LEAD),
        fact(KR, "exports", "value", 65.95e9, "USD", SEP, "65.95 billion", E_VAL),
        fact(KR, "exports", "value", 58.5e9, "USD", period(2024, 9), "58.5 billion", E_VAL),
        fact(KR, "exports", "value", 63.8e9, "USD", period(2022, 3), "63.8 billion", E_REC),
        fact(KR, "imports", "growth", 8.2, "percent", SEP, "8.2", E_IM),
        fact(KR, "imports", "value", 56.39e9, "USD", SEP, "56.39 billion", E_IM),
        fact(KR, "balance", "value", 9.56e9, "USD", SEP, "9.56 billion", E_IM),
        fact(KR, "exports", "rank", 1, "number", SEP, "top", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 22, "percent", SEP, "22", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 16.61e9, "USD", SEP, "16.61 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 25.2, "percent", SEP, "25.2", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 16.8, "percent", SEP, "16.8", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 6.4e9, "USD", SEP, "6.4 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", -2.3, "percent", SEP, "2.3", E_CAR_US, product="cars", partner=US),
        fact(KR, "exports", "value", 1.91e9, "USD", SEP, "1.91 billion", E_CAR_US, product="cars", partner=US),
        fact(KR, "exports", "growth", 11.1, "percent", SEP, "11.1", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 2.73e9, "USD", SEP, "2.73 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 23.4, "percent", SEP, "23.4", E_SHIP, product="bio-health products"),
        fact(KR, "exports", "value", 1.67e9, "USD", SEP, "1.67 billion", E_SHIP, product="bio-health products"),
        fact(KR, "exports", "growth", 0.5, "percent", SEP, "0.5", E_CN, partner="China"),
        fact(KR, "exports", "growth", 20.9, "percent", SEP, "20.9", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 11.76e9, "USD", SEP, "11.76 billion", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.16e9, "USD", SEP, "11.16 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 17.8, "percent", SEP, "17.8", E_EU, partner="European Union"),
        fact(KR, "exports", "growth", -1.4, "percent", SEP, "1.4", E_US, partner=US),
        fact(KR, "exports", "value", 10.27e9, "USD", SEP, "10.27 billion", E_US, partner=US),
        fact(KR, "exports", "value", 185.03e9, "USD", Q3, "185.03 billion", E_Q3),
        fact(KR, "exports", "growth", 6.4, "percent", Q3, "6.4", E_Q3),
        fact(KR, "exports", "value", 519.78e9, "USD", YTD, "519.78 billion", E_YTD),
        fact(KR, "exports", "growth", 2.2, "percent", YTD, "2.2", E_YTD),
    ],
}
