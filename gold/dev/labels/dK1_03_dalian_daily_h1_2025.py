from _fact import fact, period

H1 = period(2025, 1, 6)
E_TOT = "the city's total imports and exports reaching 233.62 billion yuan, up 6.9 percent year-on-year"
E_XM = ("exports amounted to 122.45 billion yuan, up 18.7 percent, while imports came in at 111.17 billion yuan, "
        "down 3.9 percent")
E_RANK = ("Dalian's imports and exports accounted for 59.8 percent of Liaoning Province's total during the period, "
          "ranking first among the province's 14 cities and ninth among the country's 15 sub-provincial cities")
E_PRIV = ("Private enterprises' imports and exports reached 127.8 billion yuan, up 2.4 percent, "
          "accounting for 54.7 percent of the city's total")
E_BR = ("Dalian's trade with countries participating in the Belt and Road Initiative totaled 132.5 billion yuan, "
        "up 7.1 percent, accounting for 56.7 percent of the city's total")
E_ASEAN = "trade with ASEAN soared 51.8 percent to 45.1 billion yuan"
E_RCEP = ("Trade with other members of the Regional Comprehensive Economic Partnership (RCEP) reached 116.4 billion yuan, "
          "up 19.6 percent, accounting for 49.8 percent of the total")
E_ME = ("the city exported 71.9 billion yuan of mechanical and electrical products, up 15.1 percent, "
        "accounting for 58.7 percent of its total exports")
E_SHIP = "exports of ships reached 11.6 billion yuan, an increase of 24.9 percent"

ARTICLE = {
    "id": "dK1_03_dalian_daily_h1_2025",
    "title": "Dalian's foreign trade up 6.9% in H1 as exports surge",
    "publisher": "Dalian Daily",
    "published": "2025-07-24",
    "notes": [
        "Running period: first half of 2025, stated in the text; area Dalian throughout.",
        "'4.0 percentage points higher than the national level' and 'driving up the growth ... by 6.6 percentage points': out.",
        "Two stated ranks of Dalian's total trade in H1: first in Liaoning and ninth among sub-provincial cities; both labelled "
        "(the record cannot name the field). '14 cities' and '15 sub-provincial cities' are field sizes, not facts.",
        "'accounted for 59.8 percent of Liaoning Province's total': share of Dalian's total trade.",
        "'7,906 enterprises posted import and export records ... of which 6,212 were private enterprises': two counts, "
        "segments foreign trade enterprises and private enterprises.",
        "'Of which, trade with ASEAN' is part of the Belt and Road trade: partner ASEAN.",
        "RCEP: the text defines the acronym; partner written as 'RCEP members' by analogy with 'Belt and Road partner countries'.",
        "Ships are a sub-item ('Of which') of mechanical and electrical exports: product ships.",
        "Port container throughput, China-Europe freight train departures and '21 more': not trade flows, out.",
    ],
    "facts": [
        fact("Dalian", "total", "value", 233.62e9, "CNY", H1, "233.62 billion", E_TOT),
        fact("Dalian", "total", "growth", 6.9, "percent", H1, "6.9", E_TOT),
        fact("Dalian", "exports", "value", 122.45e9, "CNY", H1, "122.45 billion", E_XM),
        fact("Dalian", "exports", "growth", 18.7, "percent", H1, "18.7", E_XM),
        fact("Dalian", "imports", "value", 111.17e9, "CNY", H1, "111.17 billion", E_XM),
        fact("Dalian", "imports", "growth", -3.9, "percent", H1, "3.9", E_XM),
        fact("Dalian", "total", "share", 59.8, "percent", H1, "59.8", E_RANK),
        fact("Dalian", "total", "rank", 1, "number", H1, "first", E_RANK),
        fact("Dalian", "total", "rank", 9, "number", H1, "ninth", E_RANK),
        fact("Dalian", "total", "count", 7906, "number", H1, "7,906",
             "A total of 7,906 enterprises posted import and export records in the first half",
             segment="foreign trade enterprises"),
        fact("Dalian", "total", "count", 6212, "number", H1, "6,212",
             "of which 6,212 were private enterprises", segment="private enterprises"),
        fact("Dalian", "total", "value", 127.8e9, "CNY", H1, "127.8 billion", E_PRIV, segment="private enterprises"),
        fact("Dalian", "total", "growth", 2.4, "percent", H1, "2.4", E_PRIV, segment="private enterprises"),
        fact("Dalian", "total", "share", 54.7, "percent", H1, "54.7", E_PRIV, segment="private enterprises"),
        fact("Dalian", "total", "value", 132.5e9, "CNY", H1, "132.5 billion", E_BR, partner="Belt and Road partner countries"),
        fact("Dalian", "total", "growth", 7.1, "percent", H1, "7.1", E_BR, partner="Belt and Road partner countries"),
        fact("Dalian", "total", "share", 56.7, "percent", H1, "56.7", E_BR, partner="Belt and Road partner countries"),
        fact("Dalian", "total", "growth", 51.8, "percent", H1, "51.8", E_ASEAN, partner="ASEAN"),
        fact("Dalian", "total", "value", 45.1e9, "CNY", H1, "45.1 billion", E_ASEAN, partner="ASEAN"),
        fact("Dalian", "total", "value", 116.4e9, "CNY", H1, "116.4 billion", E_RCEP, partner="RCEP members"),
        fact("Dalian", "total", "growth", 19.6, "percent", H1, "19.6", E_RCEP, partner="RCEP members"),
        fact("Dalian", "total", "share", 49.8, "percent", H1, "49.8", E_RCEP, partner="RCEP members"),
        fact("Dalian", "exports", "value", 71.9e9, "CNY", H1, "71.9 billion", E_ME, product="mechanical and electrical products"),
        fact("Dalian", "exports", "growth", 15.1, "percent", H1, "15.1", E_ME, product="mechanical and electrical products"),
        fact("Dalian", "exports", "share", 58.7, "percent", H1, "58.7", E_ME, product="mechanical and electrical products"),
        fact("Dalian", "exports", "value", 11.6e9, "CNY", H1, "11.6 billion", E_SHIP, product="ships"),
        fact("Dalian", "exports", "growth", 24.9, "percent", H1, "24.9", E_SHIP, product="ships"),
    ],
}
