from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
E_TOT = "Ningbo's imports and exports totaled 713.6 billion yuan, up 4.3 percent year on year"
E_X = "exports came to 486.2 billion yuan, up 6.9 percent"
E_M = "imports slipped 1 percent to 227.4 billion yuan"
E_BL = "Beilun District's foreign trade came to 151.6 billion yuan, up 5.2 percent"
E_YZ = "Yinzhou District posted 121.4 billion yuan, up 7.8 percent"
E_CX = "Cixi recorded 83.5 billion yuan, down 2.1 percent"
E_PE = "Of the city's total, private firms handled 571.9 billion yuan, accounting for 80.1 percent."
E_EU = "Its exports to the EU reached 101.5 billion yuan, an increase of 8.4 percent"

ARTICLE = {
    "id": "dD1_04_ningbo_daily_h1",
    "title": "Ningbo's foreign trade tops 700 billion yuan in first half",
    "publisher": "Ningbo Daily",
    "published": "2025-07-22",
    "notes": [
        "The text gives no year ('the first half of the year', 'released yesterday'); 2025 comes from published: H1 = 2025-01/2025-06, June = 2025-06.",
        "'The city', 'its' and 'Its exports' carry Ningbo across paragraphs: area Ningbo.",
        "The headline's 'tops 700 billion yuan' is the threshold of the exact 713.6 billion: exact figure only.",
        "Districts are areas of their own, descriptor dropped: Beilun, Yinzhou, Cixi.",
        "'three biggest trading districts' is an implied ranking with no stated order: not labelled.",
        "'the European Union remained its largest export destination': stated rank 1 of Ningbo's exports by partner.",
        "'private firms' labelled with segment 'private enterprises' (the paragraph's own words); 571.9/713.6 = 80.1%.",
        "'1.4 percentage points faster than the national rate', 'picked up for three months in a row', 'a record for a single month' (no number): out.",
        "Port throughput (20.6 million TEUs, up 7.5 percent), 11 shipping routes, 120 trade fairs and GDP growth 5.7 percent: not trade flows, out.",
        "Automobile exports 'jumped 31.2 percent' with no value: growth only.",
    ],
    "facts": [
        fact("Ningbo", "total", "value", 713.6e9, "CNY", H1, "713.6 billion", E_TOT),
        fact("Ningbo", "total", "growth", 4.3, "percent", H1, "4.3", E_TOT),
        fact("Ningbo", "exports", "value", 486.2e9, "CNY", H1, "486.2 billion", E_X),
        fact("Ningbo", "exports", "growth", 6.9, "percent", H1, "6.9", E_X),
        fact("Ningbo", "imports", "value", 227.4e9, "CNY", H1, "227.4 billion", E_M),
        fact("Ningbo", "imports", "growth", -1, "percent", H1, "1", E_M),
        fact("Ningbo", "total", "value", 128.3e9, "CNY", JUN, "128.3 billion",
             "The city's imports and exports in June alone reached 128.3 billion yuan"),
        fact("Beilun", "total", "value", 151.6e9, "CNY", H1, "151.6 billion", E_BL),
        fact("Beilun", "total", "growth", 5.2, "percent", H1, "5.2", E_BL),
        fact("Yinzhou", "total", "value", 121.4e9, "CNY", H1, "121.4 billion", E_YZ),
        fact("Yinzhou", "total", "growth", 7.8, "percent", H1, "7.8", E_YZ),
        fact("Cixi", "total", "value", 83.5e9, "CNY", H1, "83.5 billion", E_CX),
        fact("Cixi", "total", "growth", -2.1, "percent", H1, "2.1", E_CX),
        fact("Ningbo", "total", "value", 571.9e9, "CNY", H1, "571.9 billion", E_PE, segment="private enterprises"),
        fact("Ningbo", "total", "share", 80.1, "percent", H1, "80.1", E_PE, segment="private enterprises"),
        fact("Ningbo", "exports", "rank", 1, "number", H1, "largest",
             "the European Union remained its largest export destination", partner="European Union"),
        fact("Ningbo", "exports", "value", 101.5e9, "CNY", H1, "101.5 billion", E_EU, partner="European Union"),
        fact("Ningbo", "exports", "growth", 8.4, "percent", H1, "8.4", E_EU, partner="European Union"),
        fact("Ningbo", "exports", "growth", -11.6, "percent", H1, "11.6",
             "exports to the United States dropped 11.6 percent", partner="United States"),
        fact("Ningbo", "exports", "growth", 31.2, "percent", H1, "31.2", "Exports of automobiles jumped 31.2 percent",
             product="automobiles"),
    ],
}
