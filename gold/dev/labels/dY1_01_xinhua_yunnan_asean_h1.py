from _fact import fact, period

H1 = period(2025, 1, 6)
YN = "Yunnan"

LEAD = (
    "posted foreign trade of 139.62 billion yuan (about 19.47 billion U.S. dollars) in the first half of 2025, "
    "a year-on-year increase of 8.7 percent"
)
EXPORTS = "Exports from Yunnan increased 14.2 percent to 84.35 billion yuan"
IMPORTS = "imports grew only 1.3 percent, to 55.27 billion yuan"
ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) kept its place as the largest trading partner of the province"
ASEAN_TRADE = (
    "Trade between Yunnan and the bloc, at 61.08 billion yuan, grew 11.4 percent and represented 43.7 percent of the "
    "provincial total"
)
ASEAN_FLOWS = (
    "Shipments from Yunnan to the 10-member group rose 15.8 percent, while the province's imports from the grouping "
    "fell 2.6 percent"
)
LAOS_TRADE = "Commerce with the landlocked nation soared 31.5 percent to 10.42 billion yuan"
LAOS_RAIL = "Of that sum, 4.87 billion yuan was carried by the China-Laos Railway"
LAOS_EXPORTS = (
    "The province's exports to Laos, which consist mostly of fertilizers, machinery and fresh vegetables, increased "
    "36.2 percent"
)
LAOS_IMPORTS = "its imports from Laos, topped by potash, cassava and bananas, climbed 24.8 percent"
VIETNAM = "Trade with Vietnam, which flows mostly via Hekou port on the Red River, came to 9.73 billion yuan"
MYANMAR_RANK = (
    "Myanmar, whose frontier with Yunnan is longer than that of any other neighbor, kept its position as the province's "
    "biggest trading partner among individual countries"
)
MYANMAR_TRADE = "two-way trade contracted 4.3 percent to 13.05 billion yuan"
SOUTH_ASIA = "Its trade with South Asia rose 17.6 percent to 4.36 billion yuan"
INDIA = "exports to India, led by phosphate fertilizers and electronic components, increased 12.9 percent"
FRUIT = "Overseas sales of fruit soared 41.7 percent"
VEGETABLES = "exports of vegetables reached 2.05 billion yuan"
FLOWERS = "Fresh-cut flower exports came to 430 million yuan"
MECH = (
    "Mechanical and electrical products continued to anchor Yunnan's export mix, with shipments worth 31.6 billion yuan "
    "making up 37.5 percent of all exports"
)
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dY1_01_xinhua_yunnan_asean_h1",
    "title": "Yunnan's first-half trade with ASEAN grows 11.4 pct, with Laos railway boosting cross-border commerce",
    "publisher": "Xinhua",
    "published": "2025-07-23",
    "notes": [
        "Dateline 'KUNMING, July 23 (Xinhua)' and 'announced on Wednesday' (23 July 2025 is a Wednesday): published 2025-07-23; "
        "every figure is for the first half of 2025 (2025-01..2025-06), the running period set in the lead.",
        "The dollar conversion '(about 19.47 billion U.S. dollars)' is a separate USD fact with qualifier approx.",
        "'beat the national average by 5.8 percentage points' is a derived comparison: out.",
        "'the bloc', 'the 10-member group' and 'the grouping' are ASEAN. '10-member' is not a trade figure.",
        "'the landlocked nation' (in the Laos paragraph) is Laos; 'two-way trade' in the Myanmar sentence is Yunnan-Myanmar "
        "trade.",
        "'Of that sum, 4.87 billion yuan was carried by the China-Laos Railway': a part of Yunnan-Laos total trade restricted to one "
        "transport route. Labelled as area Yunnan, partner Laos, flow total, with segment 'china-laos railway' (treated like "
        "a trade mode, lower case). Guide question: the guide lists enterprise types and trade modes for segment but does not "
        "say whether a transport corridor counts as one.",
        "'1,035 km', 'December 2021', 'upward of 2,100 international freight trains': not trade flows, out.",
        "Vietnam: only the value is labelled; 'about the same as a year earlier' gives no number.",
        "'the province's biggest trading partner among individual countries' is a stated rank of Myanmar (total trade): rank 1, as ASEAN's "
        "'largest trading partner' is rank 1 among all partners; both stated, both labelled.",
        "'two-way trade' (Myanmar sentence) is Yunnan-Myanmar total trade.",
        "'Its trade with South Asia': 'Its' is Yunnan (partner 'South Asia'); 'exports to India' carries the province as subject.",
        "Products in the text's words, singular/plural as the category: 'Overseas sales of fruit' -> fruit; 'exports of "
        "vegetables' -> vegetables (as 'Soybean imports' -> soybeans); fresh-cut flowers; mechanical and electrical products.",
        "Mechanical and electrical share '37.5 percent of all exports' is a share of the province's exports (flow exports).",
        "'the highest ever for a January-June period' is a milestone, out; 'most of the solar cells and power equipment among "
        "them went to ASEAN' has no number.",
        "The customs official's expectations (double-digit growth; the annual total with ASEAN might exceed 125 billion yuan) "
        "are forecasts: out. 'less than two hours' and 'version 3.0' are not trade figures.",
        "'double-digit growth' has no number and is a forecast anyway.",
    ],
    "facts": [
        fact(YN, "total", "value", 139.62e9, "CNY", H1, "139.62 billion", LEAD),
        fact(YN, "total", "value", 19.47e9, "USD", H1, "19.47 billion", LEAD, qualifier="approx"),
        fact(YN, "total", "growth", 8.7, "percent", H1, "8.7", LEAD),
        fact(YN, "exports", "growth", 14.2, "percent", H1, "14.2", EXPORTS),
        fact(YN, "exports", "value", 84.35e9, "CNY", H1, "84.35 billion", EXPORTS),
        fact(YN, "imports", "growth", 1.3, "percent", H1, "1.3", IMPORTS),
        fact(YN, "imports", "value", 55.27e9, "CNY", H1, "55.27 billion", IMPORTS),
        fact(YN, "total", "rank", 1, "number", H1, "largest", ASEAN_RANK, partner="ASEAN"),
        fact(YN, "total", "growth", 11.4, "percent", H1, "11.4", ASEAN_TRADE, partner="ASEAN"),
        fact(YN, "total", "value", 61.08e9, "CNY", H1, "61.08 billion", ASEAN_TRADE, partner="ASEAN"),
        fact(YN, "total", "share", 43.7, "percent", H1, "43.7", ASEAN_TRADE, partner="ASEAN"),
        fact(YN, "exports", "growth", 15.8, "percent", H1, "15.8", ASEAN_FLOWS, partner="ASEAN"),
        fact(YN, "imports", "growth", -2.6, "percent", H1, "2.6", ASEAN_FLOWS, partner="ASEAN"),
        fact(YN, "total", "growth", 31.5, "percent", H1, "31.5", LAOS_TRADE, partner="Laos"),
        fact(YN, "total", "value", 10.42e9, "CNY", H1, "10.42 billion", LAOS_TRADE, partner="Laos"),
        fact(YN, "total", "value", 4.87e9, "CNY", H1, "4.87 billion", LAOS_RAIL, partner="Laos",
             segment="china-laos railway"),
        fact(YN, "exports", "growth", 36.2, "percent", H1, "36.2", LAOS_EXPORTS, partner="Laos"),
        fact(YN, "imports", "growth", 24.8, "percent", H1, "24.8", LAOS_IMPORTS, partner="Laos"),
        fact(YN, "total", "value", 9.73e9, "CNY", H1, "9.73 billion", VIETNAM, partner="Vietnam"),
        fact(YN, "total", "rank", 1, "number", H1, "biggest", MYANMAR_RANK, partner="Myanmar"),
        fact(YN, "total", "growth", -4.3, "percent", H1, "4.3", MYANMAR_TRADE, partner="Myanmar"),
        fact(YN, "total", "value", 13.05e9, "CNY", H1, "13.05 billion", MYANMAR_TRADE, partner="Myanmar"),
        fact(YN, "total", "growth", 17.6, "percent", H1, "17.6", SOUTH_ASIA, partner="South Asia"),
        fact(YN, "total", "value", 4.36e9, "CNY", H1, "4.36 billion", SOUTH_ASIA, partner="South Asia"),
        fact(YN, "exports", "growth", 12.9, "percent", H1, "12.9", INDIA, partner="India"),
        fact(YN, "exports", "growth", 41.7, "percent", H1, "41.7", FRUIT, product="fruit"),
        fact(YN, "exports", "value", 2.05e9, "CNY", H1, "2.05 billion", VEGETABLES, product="vegetables"),
        fact(YN, "exports", "value", 430e6, "CNY", H1, "430 million", FLOWERS, product="fresh-cut flowers"),
        fact(YN, "exports", "value", 31.6e9, "CNY", H1, "31.6 billion", MECH, product=ME),
        fact(YN, "exports", "share", 37.5, "percent", H1, "37.5", MECH, product=ME),
    ],
}
