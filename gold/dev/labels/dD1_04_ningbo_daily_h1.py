from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
E_TOT = "Ningbo's imports and exports reached 713.6 billion yuan between January and June, a year-on-year rise of 4.3 percent"
E_X = "exports grew 6.9 percent to 486.2 billion yuan"
E_M = "imports dipped 1 percent to 227.4 billion yuan"
E_BL = "Foreign trade in Beilun District reached 151.6 billion yuan, up 5.2 percent"
E_YZ = "Yinzhou District recorded 121.4 billion yuan, a rise of 7.8 percent"
E_CX = "Cixi's total fell 2.1 percent to 83.5 billion yuan"
E_PE = "private firms accounted for 571.9 billion yuan, or 80.1 percent of the city's total."
E_EU = "Its shipments to the EU grew 8.4 percent to 101.5 billion yuan"

ARTICLE = {
    "id": "dD1_04_ningbo_daily_h1",
    "title": "First-half foreign trade in Ningbo passes 700 billion yuan",
    "publisher": "Ningbo Daily",
    "published": "2025-07-22",
    "notes": [
        "The text gives no year ('the first half of the year', 'released yesterday'); 2025 comes from published: H1 = 2025-01/2025-06, June = 2025-06.",
        "'the city', 'its' and 'Its shipments' carry Ningbo across paragraphs: area Ningbo.",
        "The headline's 'passes 700 billion yuan' is the threshold of the exact 713.6 billion: exact figure only.",
        "Districts are areas of their own, descriptor dropped: Beilun, Yinzhou, Cixi.",
        "'the three with the most trade' is an implied ranking with no stated order: not labelled.",
        "'the European Union was still its largest export destination': stated rank 1 of Ningbo's exports by partner.",
        "'private firms' labelled with segment 'private enterprises' (the paragraph's own words); 571.9/713.6 = 80.1%.",
        "'outpaced the national rate by 1.4 percentage points', 'growth has quickened for three consecutive months', 'a single-month record' (no number): out.",
        "Port throughput (20.6 million TEUs, rose 7.5 percent), 11 shipping routes, 120 trade fairs and GDP growth 5.7 percent: not trade flows, out.",
        "Automobile exports 'surged 31.2 percent' with no value: growth only.",
    ],
    "facts": [
        fact("Ningbo", "total", "value", 713.6e9, "CNY", H1, "713.6 billion", E_TOT),
        fact("Ningbo", "total", "growth", 4.3, "percent", H1, "4.3", E_TOT),
        fact("Ningbo", "exports", "value", 486.2e9, "CNY", H1, "486.2 billion", E_X),
        fact("Ningbo", "exports", "growth", 6.9, "percent", H1, "6.9", E_X),
        fact("Ningbo", "imports", "value", 227.4e9, "CNY", H1, "227.4 billion", E_M),
        fact("Ningbo", "imports", "growth", -1, "percent", H1, "1", E_M),
        fact("Ningbo", "total", "value", 128.3e9, "CNY", JUN, "128.3 billion",
             "Ningbo's trade in June alone amounted to 128.3 billion yuan"),
        fact("Beilun", "total", "value", 151.6e9, "CNY", H1, "151.6 billion", E_BL),
        fact("Beilun", "total", "growth", 5.2, "percent", H1, "5.2", E_BL),
        fact("Yinzhou", "total", "value", 121.4e9, "CNY", H1, "121.4 billion", E_YZ),
        fact("Yinzhou", "total", "growth", 7.8, "percent", H1, "7.8", E_YZ),
        fact("Cixi", "total", "value", 83.5e9, "CNY", H1, "83.5 billion", E_CX),
        fact("Cixi", "total", "growth", -2.1, "percent", H1, "2.1", E_CX),
        fact("Ningbo", "total", "value", 571.9e9, "CNY", H1, "571.9 billion", E_PE, segment="private enterprises"),
        fact("Ningbo", "total", "share", 80.1, "percent", H1, "80.1", E_PE, segment="private enterprises"),
        fact("Ningbo", "exports", "rank", 1, "number", H1, "largest",
             "the European Union was still its largest export destination", partner="European Union"),
        fact("Ningbo", "exports", "value", 101.5e9, "CNY", H1, "101.5 billion", E_EU, partner="European Union"),
        fact("Ningbo", "exports", "growth", 8.4, "percent", H1, "8.4", E_EU, partner="European Union"),
        fact("Ningbo", "exports", "growth", -11.6, "percent", H1, "11.6",
             "exports to the United States fell 11.6 percent", partner="United States"),
        fact("Ningbo", "exports", "growth", 31.2, "percent", H1, "31.2", "Automobile exports surged 31.2 percent",
             product="automobiles"),
    ],
}
