from _fact import fact, period

JAN_NOV = period(2025, 1, 11)
E_TOTAL = "foreign trade in Xinjiang Uygur Autonomous Region, northwest China, reached 478.52 billion yuan (about 67.3 billion U.S. dollars) during the first 11 months of this year, up 18.7 percent year on year"
E_FLOWS = "exports rose 20.4 percent to 415.36 billion yuan and imports increased 8.1 percent to 63.16 billion yuan"
E_CENTRAL_ASIA = "Xinjiang's trade with the five Central Asian countries -- Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan -- expanded 9.6 percent over the period to 298.47 billion yuan, equal to 62.4 percent of the region's overall foreign trade"
E_KAZAKHSTAN = "Kazakhstan, which is Xinjiang's largest trading partner, saw its trade with the region grow 13.2 percent to 176.9 billion yuan"
E_MECH_VALUE = "Exports of these goods climbed 24.7 percent to 218.4 billion yuan"
E_NEV = "new-energy vehicle exports surged 61.3 percent to 9.87 billion yuan"
E_FARM = "Agricultural product imports grew 17.3 percent to 12.45 billion yuan"
E_PRIVATE = "Privately owned businesses continued to anchor Xinjiang's foreign trade, handling 437.9 billion yuan of imports and exports, 91.5 percent of the total"
E_FTZ = "Foreign trade in the China (Xinjiang) Pilot Free Trade Zone, whose areas lie in Urumqi, Kashgar and Horgos, amounted to 190.03 billion yuan, or 39.7 percent of Xinjiang's total"
E_KASHGAR = "foreign trade in Kashgar Prefecture in southern Xinjiang rose 31.2 percent to 48.63 billion yuan"

ARTICLE = {
    "id": "dQ1_05_xinhua_xinjiang_central_asia_11m",
    "title": "Central Asia stays Xinjiang's main market as region's foreign trade grows 18.7 pct in first 11 months",
    "publisher": "Xinhua",
    "published": "2025-12-12",
    "notes": [
        "The year appears only in the published date: 'the first 11 months of this year' under a 'Dec. 12' dateline is January-November 2025; every figure takes that period.",
        "Headline '18.7 pct' restates the lead: labelled once with the lead as evidence.",
        "'(about 67.3 billion U.S. dollars)': the same observation in USD, qualifier approx.",
        "'exports rose ... and imports increased ...': the subject Xinjiang carries over from the lead.",
        "Trade with 'the five Central Asian countries' is labelled with partner 'Central Asia'; its share (62.4 percent of the region's total) is a share of Xinjiang's trade with the world.",
        "'Of these, Kazakhstan, which is Xinjiang's largest trading partner': stated rank 1 for Kazakhstan. Uzbekistan's 35.8 percent growth has no value: growth only.",
        "'52.6 percent of Xinjiang's exports were mechanical and electrical goods' and 'Exports of these goods ...' ('these goods' carries the product over): product 'mechanical and electrical goods', exports with the world.",
        "New-energy vehicle exports and agricultural imports are Xinjiang's trade with the world (partner null); the countries named after them are origins in passing, not a partner restriction.",
        "Private enterprises: value and share labelled with segment 'private enterprises'; 'Customs data put the number of private firms that actually engaged in import and export at 3,786' is a count with segment 'private enterprises'.",
        "The China (Xinjiang) Pilot Free Trade Zone is labelled as its own area 'China (Xinjiang) Pilot Free Trade Zone'; its share is of Xinjiang's total.",
        "Kashgar Prefecture labelled as area 'Kashgar' (descriptor 'Prefecture' dropped).",
        "Out of scope: freight train trips via Horgos and Alashankou (15,800, up 6.4 percent), vehicles cleared at the Horgos road port (410,000), Alashankou cargo throughput (22 million tonnes), 'biggest land port for vehicle exports' (a port ranking, not a trade flow of an area), the date 'Dec. 10'.",
    ],
    "facts": [
        fact("Xinjiang", "total", "growth", 18.7, "percent", JAN_NOV, "18.7", E_TOTAL),
        fact("Xinjiang", "total", "value", 478.52e9, "CNY", JAN_NOV, "478.52 billion", E_TOTAL),
        fact("Xinjiang", "total", "value", 67.3e9, "USD", JAN_NOV, "67.3 billion", E_TOTAL, qualifier="approx"),
        fact("Xinjiang", "exports", "value", 415.36e9, "CNY", JAN_NOV, "415.36 billion", E_FLOWS),
        fact("Xinjiang", "exports", "growth", 20.4, "percent", JAN_NOV, "20.4", E_FLOWS),
        fact("Xinjiang", "imports", "growth", 8.1, "percent", JAN_NOV, "8.1", E_FLOWS),
        fact("Xinjiang", "imports", "value", 63.16e9, "CNY", JAN_NOV, "63.16 billion", E_FLOWS),
        fact("Xinjiang", "total", "value", 298.47e9, "CNY", JAN_NOV, "298.47 billion", E_CENTRAL_ASIA, partner="Central Asia"),
        fact("Xinjiang", "total", "growth", 9.6, "percent", JAN_NOV, "9.6", E_CENTRAL_ASIA, partner="Central Asia"),
        fact("Xinjiang", "total", "share", 62.4, "percent", JAN_NOV, "62.4", E_CENTRAL_ASIA, partner="Central Asia"),
        fact("Xinjiang", "total", "rank", 1, "number", JAN_NOV, "largest", E_KAZAKHSTAN, partner="Kazakhstan"),
        fact("Xinjiang", "total", "growth", 13.2, "percent", JAN_NOV, "13.2", E_KAZAKHSTAN, partner="Kazakhstan"),
        fact("Xinjiang", "total", "value", 176.9e9, "CNY", JAN_NOV, "176.9 billion", E_KAZAKHSTAN, partner="Kazakhstan"),
        fact("Xinjiang", "total", "growth", 35.8, "percent", JAN_NOV, "35.8",
             "trade with Uzbekistan soared 35.8 percent", partner="Uzbekistan"),
        fact("Xinjiang", "exports", "share", 52.6, "percent", JAN_NOV, "52.6",
             "52.6 percent of Xinjiang's exports were mechanical and electrical goods",
             product="mechanical and electrical goods"),
        fact("Xinjiang", "exports", "growth", 24.7, "percent", JAN_NOV, "24.7", E_MECH_VALUE,
             product="mechanical and electrical goods"),
        fact("Xinjiang", "exports", "value", 218.4e9, "CNY", JAN_NOV, "218.4 billion", E_MECH_VALUE,
             product="mechanical and electrical goods"),
        fact("Xinjiang", "exports", "growth", 61.3, "percent", JAN_NOV, "61.3", E_NEV, product="new-energy vehicles"),
        fact("Xinjiang", "exports", "value", 9.87e9, "CNY", JAN_NOV, "9.87 billion", E_NEV, product="new-energy vehicles"),
        fact("Xinjiang", "imports", "growth", 17.3, "percent", JAN_NOV, "17.3", E_FARM, product="agricultural products"),
        fact("Xinjiang", "imports", "value", 12.45e9, "CNY", JAN_NOV, "12.45 billion", E_FARM, product="agricultural products"),
        fact("Xinjiang", "total", "value", 437.9e9, "CNY", JAN_NOV, "437.9 billion", E_PRIVATE, segment="private enterprises"),
        fact("Xinjiang", "total", "share", 91.5, "percent", JAN_NOV, "91.5", E_PRIVATE, segment="private enterprises"),
        fact("Xinjiang", "total", "count", 3786, "number", JAN_NOV, "3,786",
             "Customs data put the number of private firms that actually engaged in import and export at 3,786",
             segment="private enterprises"),
        fact("China (Xinjiang) Pilot Free Trade Zone", "total", "value", 190.03e9, "CNY", JAN_NOV, "190.03 billion", E_FTZ),
        fact("China (Xinjiang) Pilot Free Trade Zone", "total", "share", 39.7, "percent", JAN_NOV, "39.7", E_FTZ),
        fact("Kashgar", "total", "growth", 31.2, "percent", JAN_NOV, "31.2", E_KASHGAR),
        fact("Kashgar", "total", "value", 48.63e9, "CNY", JAN_NOV, "48.63 billion", E_KASHGAR),
    ],
}
