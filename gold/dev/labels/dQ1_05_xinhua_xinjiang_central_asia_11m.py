from _fact import fact, period

JAN_NOV = period(2025, 1, 11)
E_TOTAL = "saw its foreign trade rise 18.7 percent year on year to 478.52 billion yuan (about 67.3 billion U.S. dollars) in the first 11 months of this year"
E_FLOWS = "Exports reached 415.36 billion yuan, up 20.4 percent, while imports grew 8.1 percent to 63.16 billion yuan"
E_CENTRAL_ASIA = "Trade with the five Central Asian countries, namely Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, totaled 298.47 billion yuan during the period, an increase of 9.6 percent, accounting for 62.4 percent of the region's total foreign trade"
E_KAZAKHSTAN = "trade with Kazakhstan, Xinjiang's largest trading partner, rose 13.2 percent to 176.9 billion yuan"
E_MECH_VALUE = "Their export value increased 24.7 percent to 218.4 billion yuan"
E_NEV = "Exports of new-energy vehicles jumped 61.3 percent to 9.87 billion yuan"
E_FARM = "Imports of agricultural products rose 17.3 percent to 12.45 billion yuan"
E_PRIVATE = "Private enterprises remained the backbone of the region's foreign trade, with imports and exports of 437.9 billion yuan, or 91.5 percent of the total"
E_FTZ = "The China (Xinjiang) Pilot Free Trade Zone, which covers areas in Urumqi, Kashgar and Horgos, recorded foreign trade of 190.03 billion yuan, 39.7 percent of the region's total"
E_KASHGAR = "Kashgar Prefecture's foreign trade increased 31.2 percent to 48.63 billion yuan"

ARTICLE = {
    "id": "dQ1_05_xinhua_xinjiang_central_asia_11m",
    "title": "Xinjiang's foreign trade up 18.7 pct in first 11 months, Central Asia remains main market",
    "publisher": "Xinhua",
    "published": "2025-12-12",
    "notes": [
        "The year appears only in the published date: 'the first 11 months of this year' under a 'Dec. 12' dateline is January-November 2025; every figure takes that period.",
        "Headline '18.7 pct' restates the lead: labelled once with the lead as evidence.",
        "'(about 67.3 billion U.S. dollars)': the same observation in USD, qualifier approx.",
        "'Exports reached ... while imports grew ...': the subject Xinjiang carries over from the lead.",
        "Trade with 'the five Central Asian countries' is labelled with partner 'Central Asia'; its share (62.4 percent of the region's total) is a share of Xinjiang's trade with the world.",
        "'Among them, trade with Kazakhstan, Xinjiang's largest trading partner': stated rank 1 for Kazakhstan. Uzbekistan's 35.8 percent growth has no value: growth only.",
        "'mechanical and electrical goods made up 52.6 percent of the region's exports' and 'Their export value ...' (pronoun carries the product over): product 'mechanical and electrical goods', exports with the world.",
        "New-energy vehicle exports and agricultural imports are Xinjiang's trade with the world (partner null); the countries named after them are origins in passing, not a partner restriction.",
        "Private enterprises: value and share labelled with segment 'private enterprises'; 'The number of private firms with actual import and export performance reached 3,786' is a count with segment 'private enterprises'.",
        "The China (Xinjiang) Pilot Free Trade Zone is labelled as its own area 'China (Xinjiang) Pilot Free Trade Zone'; its share is of Xinjiang's total.",
        "Kashgar Prefecture labelled as area 'Kashgar' (descriptor 'Prefecture' dropped).",
        "Out of scope: freight train trips via Horgos and Alashankou (15,800, up 6.4 percent), vehicles cleared at the Horgos road port (410,000), Alashankou cargo throughput (22 million tonnes), 'largest land port for vehicle exports' (a port ranking, not a trade flow of an area), the date 'Dec. 10'.",
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
             "trade with Uzbekistan surged 35.8 percent", partner="Uzbekistan"),
        fact("Xinjiang", "exports", "share", 52.6, "percent", JAN_NOV, "52.6",
             "mechanical and electrical goods made up 52.6 percent of the region's exports",
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
             "The number of private firms with actual import and export performance reached 3,786",
             segment="private enterprises"),
        fact("China (Xinjiang) Pilot Free Trade Zone", "total", "value", 190.03e9, "CNY", JAN_NOV, "190.03 billion", E_FTZ),
        fact("China (Xinjiang) Pilot Free Trade Zone", "total", "share", 39.7, "percent", JAN_NOV, "39.7", E_FTZ),
        fact("Kashgar", "total", "growth", 31.2, "percent", JAN_NOV, "31.2", E_KASHGAR),
        fact("Kashgar", "total", "value", 48.63e9, "CNY", JAN_NOV, "48.63 billion", E_KASHGAR),
    ],
}
