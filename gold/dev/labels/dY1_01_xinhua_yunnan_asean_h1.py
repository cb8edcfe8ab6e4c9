from _fact import fact, period

H1 = period(2025, 1, 6)
YN = "Yunnan"

LEAD = (
    "saw its foreign trade reach 139.62 billion yuan (about 19.47 billion U.S. dollars) in the first half of 2025, "
    "up 8.7 percent year on year"
)
EXPORTS = "Exports climbed 14.2 percent to 84.35 billion yuan"
IMPORTS = "imports edged up just 1.3 percent to 55.27 billion yuan"
ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) remained the province's largest trading partner"
ASEAN_TRADE = "Yunnan's trade with the bloc rose 11.4 percent to 61.08 billion yuan, making up 43.7 percent of its total"
ASEAN_FLOWS = "Exports to the 10-member grouping grew 15.8 percent, whereas imports from it slipped 2.6 percent"
LAOS_TRADE = "Trade with the landlocked country jumped 31.5 percent to 10.42 billion yuan"
LAOS_RAIL = "4.87 billion yuan of it moved on the China-Laos Railway"
LAOS_EXPORTS = "Yunnan's exports to Laos, mainly fertilizers, machinery and fresh vegetables, rose 36.2 percent"
LAOS_IMPORTS = "imports from the neighboring country, led by potash, cassava and bananas, increased 24.8 percent"
VIETNAM = "Bilateral trade with Vietnam, conducted largely through the Hekou port on the Red River, totaled 9.73 billion yuan"
MYANMAR_RANK = (
    "Myanmar, which shares the longest stretch of Yunnan's border, is still the province's biggest single-country "
    "trading partner"
)
MYANMAR_TRADE = "flows between the two sides shrank 4.3 percent to 13.05 billion yuan"
SOUTH_ASIA = "It expanded trade with the region by 17.6 percent to 4.36 billion yuan"
INDIA = "its exports to India, chiefly phosphate fertilizers and electronic components, grew 12.9 percent"
FRUIT = "Fruit exports surged 41.7 percent"
VEGETABLES = "vegetable shipments abroad totaled 2.05 billion yuan"
FLOWERS = "The province also sold 430 million yuan worth of fresh-cut flowers overseas"
MECH = (
    "Mechanical and electrical products, meanwhile, remained the backbone of the province's exports at 31.6 billion "
    "yuan, or 37.5 percent of the total"
)
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dY1_01_xinhua_yunnan_asean_h1",
    "title": "China's Yunnan sees trade with ASEAN up 11.4 pct in H1 as rail link to Laos lifts border flows",
    "publisher": "Xinhua",
    "published": "2025-07-23",
    "notes": [
        "Dateline 'KUNMING, July 23 (Xinhua)' and 'said on Wednesday' (23 July 2025 is a Wednesday): published 2025-07-23; "
        "every figure is for the first half of 2025 (2025-01..2025-06), the running period set in the lead.",
        "The dollar conversion '(about 19.47 billion U.S. dollars)' is a separate USD fact with qualifier approx.",
        "'5.8 percentage points higher than the national average' is a derived comparison: out.",
        "'the bloc' and 'the 10-member grouping' are ASEAN; 'imports from it' is ASEAN too. '10-member' is not a trade figure.",
        "'the landlocked country' and 'the neighboring country' (in the Laos paragraph) are Laos; 'the neighboring country' in "
        "the Myanmar sentence is Myanmar, but that clause carries no number.",
        "'4.87 billion yuan of it moved on the China-Laos Railway': a part of Yunnan-Laos total trade restricted to one "
        "transport route. Labelled as area Yunnan, partner Laos, flow total, with segment 'china-laos railway' (treated like "
        "a trade mode, lower case). Guide question: the guide lists enterprise types and trade modes for segment but does not "
        "say whether a transport corridor counts as one.",
        "'1,035-km', 'December 2021', 'More than 2,100 cross-border freight trains': not trade flows, out.",
        "Vietnam: only the value is labelled; 'roughly flat from a year earlier' gives no number.",
        "'the province's biggest single-country trading partner' is a stated rank of Myanmar (total trade): rank 1, as ASEAN's "
        "'largest trading partner' is rank 1 among all partners; both stated, both labelled.",
        "'flows between the two sides' is Yunnan-Myanmar total trade.",
        "'It expanded trade with the region': 'It' is Yunnan and 'the region' is South Asia (partner 'South Asia'); 'its exports to India' carries the province as subject.",
        "Products in the text's words, singular/plural as the category: 'Fruit exports' -> fruit; 'vegetable shipments "
        "abroad' -> vegetables (as 'Soybean imports' -> soybeans); fresh-cut flowers; mechanical and electrical products.",
        "Mechanical and electrical share '37.5 percent of the total' is a share of the province's exports (flow exports).",
        "'a record for the period' is a milestone, out; 'solar cells and power equipment heading mostly to ASEAN' has no number.",
        "Chen Hui's expectations (double-digit growth; full-year ASEAN trade could top 125 billion yuan) are forecasts: out. "
        "'under two hours' and 'version 3.0' are not trade figures.",
        "'a double-digit pace' has no number and is a forecast anyway.",
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
