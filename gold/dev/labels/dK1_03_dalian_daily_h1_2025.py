from _fact import fact, period

H1 = period(2025, 1, 6)
E_TOT = "combined imports and exports came to 233.62 billion yuan, a year-on-year rise of 6.9 percent"
E_XM = ("Exports made up 122.45 billion yuan of that figure, growing 18.7 percent, "
        "whereas imports fell 3.9 percent to 111.17 billion yuan")
E_RANK = ("The city generated 59.8 percent of Liaoning Province's trade in the six months, "
          "placing it first of the province's 14 cities and ninth of China's 15 sub-provincial cities")
E_PRIV = ("Trade by private enterprises rose 2.4 percent to 127.8 billion yuan, "
          "making up 54.7 percent of Dalian's total")
E_BR = ("The city's trade with countries taking part in the Belt and Road Initiative grew 7.1 percent to 132.5 billion yuan, "
        "or 56.7 percent of its overall figure")
E_ASEAN = "trade with ASEAN jumped 51.8 percent to 45.1 billion yuan"
E_RCEP = ("With fellow members of the Regional Comprehensive Economic Partnership (RCEP), the city's trade came to 116.4 billion yuan, "
          "19.6 percent more than a year earlier, equal to 49.8 percent of the total")
E_ME = ("Dalian's outbound shipments of mechanical and electrical products rose 15.1 percent to 71.9 billion yuan in January-June, "
        "making up 58.7 percent of all its exports")
E_SHIP = "Ship exports within that category grew 24.9 percent to 11.6 billion yuan"

ARTICLE = {
    "id": "dK1_03_dalian_daily_h1_2025",
    "title": "Surging exports lift Dalian's H1 foreign trade by 6.9%",
    "publisher": "Dalian Daily",
    "published": "2025-07-24",
    "notes": [
        "Running period: first half of 2025, stated in the text; area Dalian throughout.",
        "'beat the national rate by 4.0 percentage points' and 'contributed 6.6 percentage points to Dalian's foreign trade growth': out.",
        "Two stated ranks of Dalian's total trade in H1: first in Liaoning and ninth among sub-provincial cities; both labelled "
        "(the record cannot name the field). '14 cities' and '15 sub-provincial cities' are field sizes, not facts.",
        "'generated 59.8 percent of Liaoning Province's trade': share of Dalian's total trade.",
        "'7,906 companies recorded import and export activity, 6,212 of them private enterprises': two counts, "
        "segments foreign trade enterprises and private enterprises.",
        "'Within that, trade with ASEAN' is part of the Belt and Road trade: partner ASEAN.",
        "RCEP: the text defines the acronym; partner written as 'RCEP members' by analogy with 'Belt and Road partner countries'.",
        "Ships are a sub-item ('within that category') of mechanical and electrical exports: product ships.",
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
             "In the first half, 7,906 companies recorded import and export activity",
             segment="foreign trade enterprises"),
        fact("Dalian", "total", "count", 6212, "number", H1, "6,212",
             "6,212 of them private enterprises", segment="private enterprises"),
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
