from _fact import fact, period

SEP = period(2025, 9)
Q3 = period(2025, 7, 9)
YTD = period(2025, 1, 9)
KR = "South Korea"
US = "United States"
E_LEAD = "South Korea's exports jumped 12.7 percent on-year in September to the highest monthly level on record"
E_VAL = "Outbound shipments came to US$65.95 billion last month, compared with $58.5 billion a year earlier"
E_REC = "The figure topped the previous monthly high of $63.8 billion set in March 2022."
E_IM = "Imports rose 8.2 percent to $56.39 billion, leaving a trade surplus of $9.56 billion"
E_CHIP = ("Semiconductors, the country's top export item, saw shipments rise 22 percent to an all-time high of $16.61 billion, "
          "accounting for 25.2 percent of total exports.")
E_AUTO = "Automobile exports climbed 16.8 percent to $6.4 billion"
E_CAR_US = ("Car shipments to the U.S., where a 25 percent tariff on Korean vehicles remains in place pending the details of a "
            "trade deal, fell 2.3 percent to $1.91 billion.")
E_SHIP = "Ship exports gained 11.1 percent to $2.73 billion, and bio-health products 23.4 percent to $1.67 billion"
E_CN_ASEAN = ("shipments to China and the 10-member Association of Southeast Asian Nations rose 0.5 percent and 20.9 percent "
              "to $11.76 billion and $11.16 billion, respectively.")
E_EU = "Exports to the European Union grew 17.8 percent."
E_US = "Exports to the U.S. slipped 1.4 percent to $10.27 billion"
E_Q3 = "In the July-September quarter, exports reached $185.03 billion, up 6.4 percent from a year earlier"
E_YTD = "Cumulative exports for the first nine months stood at $519.78 billion, up 2.2 percent."

ARTICLE = {
    "id": "dAP2_03_korea_exports_sep_2025",
    "title": "S. Korea's Sept. exports hit record $65.95 bln on chip boom, extra working days",
    "publisher": "Hangang Herald",
    "published": "2025-10-01",
    "notes": [
        "Outlet is invented; figures modelled on the trade ministry's September 2025 release (some item and region figures are modelled, kept consistent).",
        "Headline '$65.95 bln' is the same observation as the body's US$65.95 billion: labelled once (body).",
        "'compared with $58.5 billion a year earlier': September 2024 exports, labelled with period 2024-09.",
        "'previous monthly high of $63.8 billion set in March 2022': exports value for 2022-03, labelled as stated.",
        "Growth rates are on-year (the lead sets 'on-year'; others give no other basis).",
        "Working days (24, four more), average daily exports ($2.75 billion, -6.1 percent, a per-working-day average): out.",
        "'the country's top export item': rank 1 of semiconductor exports, September.",
        "'Car shipments to the U.S.': exports, product 'cars', partner United States; the 25 percent tariff is not a fact.",
        "'and bio-health products 23.4 percent to $1.67 billion' shares the verb 'gained' (gapped).",
        "Respectively list: China 0.5 percent / $11.76 billion, ASEAN 20.9 percent / $11.16 billion; '10-member' is not a trade figure.",
        "'the only decline among the nine major regions', 'four straight months', 'largest for any September since 2018': conditional count / streaks / milestones, out.",
        "Third quarter = July-September 2025; first nine months = January-September 2025.",
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
        fact(KR, "exports", "growth", 0.5, "percent", SEP, "0.5", E_CN_ASEAN, partner="China"),
        fact(KR, "exports", "growth", 20.9, "percent", SEP, "20.9", E_CN_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 11.76e9, "USD", SEP, "11.76 billion", E_CN_ASEAN, partner="China"),
        fact(KR, "exports", "value", 11.16e9, "USD", SEP, "11.16 billion", E_CN_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 17.8, "percent", SEP, "17.8", E_EU, partner="European Union"),
        fact(KR, "exports", "growth", -1.4, "percent", SEP, "1.4", E_US, partner=US),
        fact(KR, "exports", "value", 10.27e9, "USD", SEP, "10.27 billion", E_US, partner=US),
        fact(KR, "exports", "value", 185.03e9, "USD", Q3, "185.03 billion", E_Q3),
        fact(KR, "exports", "growth", 6.4, "percent", Q3, "6.4", E_Q3),
        fact(KR, "exports", "value", 519.78e9, "USD", YTD, "519.78 billion", E_YTD),
        fact(KR, "exports", "growth", 2.2, "percent", YTD, "2.2", E_YTD),
    ],
}
