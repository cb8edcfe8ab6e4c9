from _fact import fact, period

Y = period(2025, 1, 12)
E_SZ = "Shenzhen kept its lead as China’s largest trading city with 4.55 trillion RMB of imports and exports, growing 1.4% year-on-year"
E_SH = "Shanghai closed in at 4.51 trillion RMB with a faster 5.6% pace"
E_DG = "Dongguan reclaimed the title of China’s fifth-largest trading city with 1.57 trillion RMB and a 13.8% gain"
E_XA = "Xi’an’s 2025 total stood at 498.7 hundred million RMB (just shy of 500 billion RMB)"

ARTICLE = {
    "id": "003_34299a57cf4212d3",
    "title": "China’s Trade Map Is Rewiring: Shenzhen and Shanghai Hold Fast as Inland and Small Cities Surge",
    "publisher": "China Daily Brief",
    "published": None,
    "notes": [
        "The text gives no publication date: published null; the running period is 2025 from the text.",
        "Key takeaways restate body figures; each observation is labelled once, with the body sentence as evidence where it states it.",
        "'together accounting for about 20%' and 'roughly a fifth' are the same observation: one share fact.",
        "Shanghai's rank (second) is implied by 'top two' but not stated for Shanghai alone: not labelled.",
        "Jinhua: 'past the 1 trillion RMB mark ... (10,508.6 hundred million RMB, or ~1.05 trillion RMB)': the exact figure only; "
        "'~1.05 trillion' is the same observation rounded.",
        "Xi'an: '498.7 hundred million RMB (just shy of 500 billion RMB)' disagree beyond rounding: both labelled, as the guide says.",
        "'export growth over 20%' for Xi'an, Hefei, Jinan labelled once as a group; the body's 'roughly 20% or more' restates it.",
        "Freight-train departures and the $67.7 billion of goods moved by train, stalls, SKUs and orders: not trade flows of an area, out.",
        "'trading millions of SKUs to more than 230 countries' (Yiwu) labelled as a count of trading partners, over 230.",
        "'narrowing the gap to about 430 billion RMB': derived comparison, out.",
    ],
    "facts": [
        fact("Shenzhen", "total", "value", 4.55e12, "CNY", Y, "4.55 trillion", E_SZ),
        fact("Shenzhen", "total", "rank", 1, "number", Y, "largest", E_SZ),
        fact("Shenzhen", "total", "growth", 1.4, "percent", Y, "1.4", E_SZ),
        fact("Shanghai", "total", "value", 4.51e12, "CNY", Y, "4.51 trillion", E_SH),
        fact("Shanghai", "total", "growth", 5.6, "percent", Y, "5.6", E_SH),
        fact(
            "Shenzhen, Shanghai",
            "total",
            "share",
            20,
            "percent",
            Y,
            "20",
            "Shenzhen (4.55 trillion RMB) and Shanghai (4.51 trillion RMB) remain the top two trading cities, together accounting for about 20% of China’s foreign trade",
            qualifier="approx",
        ),
        fact(
            "Jinhua",
            "total",
            "value",
            1.05086e12,
            "CNY",
            Y,
            "10,508.6 hundred million",
            "(10,508.6 hundred million RMB, or ~1.05 trillion RMB)",
        ),
        fact(
            "Xi'an, Hefei, Jinan",
            "exports",
            "growth",
            20,
            "percent",
            Y,
            "20",
            "Inland tech-oriented provincial capitals (Xi’an, Hefei, Jinan) posted export growth over 20%",
            qualifier="over",
        ),
        fact("Dongguan", "total", "rank", 5, "number", Y, "fifth", E_DG),
        fact("Dongguan", "total", "value", 1.57e12, "CNY", Y, "1.57 trillion", E_DG),
        fact("Dongguan", "total", "growth", 13.8, "percent", Y, "13.8", E_DG),
        fact(
            "Ningbo", "total", "value", 1.45e12, "CNY", Y, "1.45 trillion", "Ningbo, which recorded 1.45 trillion RMB"
        ),
        fact("Xi'an", "total", "value", 49.87e9, "CNY", Y, "498.7 hundred million", E_XA),
        fact("Xi'an", "total", "value", 500e9, "CNY", Y, "500 billion", E_XA, qualifier="approx"),
        fact("Fuzhou", "total", "growth", -24, "percent", Y, "24", "Fuzhou’s foreign trade collapsed by 24%"),
        fact(
            "Yiwu",
            "total",
            "count",
            230,
            "number",
            Y,
            "230",
            "trading millions of SKUs to more than 230 countries",
            segment="trading partners",
            qualifier="over",
        ),
    ],
}
