from _fact import fact, period

Y24 = period(2024, 1, 12)

E_TOT = "the total import and export value of the city for the year stood at 1.37 trillion yuan (about 192.5 billion U.S. dollars), up 5.6 percent over 2023"
E_RANK = "The total ranked sixth among cities nationwide"
E_EXP = "exports grew 6.4 percent to 915.47 billion yuan"
E_IMP = "Imports reached 454.61 billion yuan, an increase of 4.1 percent"
E_BAL = "The city's trade surplus amounted to 460.86 billion yuan"
E_ENT = "27,836 enterprises in the city had actual import and export performance"
E_PRIV = "their imports and exports totaled 1.03 trillion yuan, growing 8.1 percent and accounting for 75.2 percent of the city's total"
E_ME = "Mechanical and electrical products, the pillar of the city's exports, were shipped abroad to a value of 488.9 billion yuan, an increase of 7.3 percent, or 53.4 percent of total exports"
E_RESP = "exports of auto parts, household appliances and lithium batteries increased by 9.6 percent, 12.4 percent and 21.7 percent, respectively"
E_CRUDE = "the city brought in 41.2 million tonnes of crude oil"
E_EU = "The European Union remained Ningbo's largest trading partner, with bilateral trade of 237.4 billion yuan, up 3.8 percent"
E_US = "Trade with the United States, the second largest partner, rose 6.1 percent to 221.9 billion yuan"
E_ASEAN = "trade with ASEAN climbed 10.2 percent"
E_BR = "Imports and exports with countries jointly building the Belt and Road reached 626.8 billion yuan, growing 7.9 percent"
E_PARTNERS = "the city's enterprises traded with more than 230 countries and regions"

ARTICLE = {
    "id": "dAV1_04_ningbo_gov_2024",
    "title": "Ningbo's foreign trade climbs 5.6% to record 1.37 trillion yuan in 2024",
    "publisher": "Ningbo Municipal People's Government",
    "published": "2025-01-24",
    "notes": [
        "Headline '5.6%' and '1.37 trillion' restate the body's full-year total; labelled once, with body evidence.",
        "Running period is calendar 2024 (headline, 'for the year', 'Last year'); every fact is 2024-01..2024-12.",
        "'(about 192.5 billion U.S. dollars)' is the same total in another currency: separate USD fact, qualifier approx.",
        "'0.6 percentage points above the national growth rate' and 'a share 1.8 percentage points higher than a year earlier' are derived comparisons: out.",
        "'crossing the 900-billion-yuan threshold' is a threshold beside the exact export figure 915.47 billion: only the exact figure is labelled.",
        "'ranked sixth among cities nationwide' is a rank of Ningbo's total trade: rank 6, flow total, partner null.",
        "'27,836 enterprises ... had actual import and export performance' is a count of foreign trade enterprises; '2,031 more than in 2023' is a derived change: out.",
        "Private enterprises' 1.03 trillion / 8.1 / 75.2 carry segment 'private enterprises', flow total.",
        "Mechanical and electrical products: value, growth and share of exports (53.4 percent of total exports); product 'mechanical and electrical products'.",
        "'auto parts, household appliances and lithium batteries ... respectively': three export growth facts, one per product.",
        "'brought in 41.2 million tonnes of crude oil': imports quantity, product 'crude oil', unit tonnes.",
        "EU 'largest trading partner' -> rank 1 (value_text 'largest'); US 'the second largest partner' -> rank 2. ASEAN has growth only.",
        "Belt and Road: partner canonical 'Belt and Road partner countries'.",
        "'more than 230 countries and regions' is a count of trading partners: segment 'trading partners', qualifier over.",
        "Out: port cargo throughput (1.38 billion tonnes), container and sea-rail TEUs, '16th year running' streak, 126 promotion events, GDP 1.81 trillion and 5.4 percent, 2025 targets (around 3 percent, 950 billion yuan) as targets/forecasts.",
    ],
    "facts": [
        fact("Ningbo", "total", "value", 1.37e12, "CNY", Y24, "1.37 trillion", E_TOT),
        fact("Ningbo", "total", "value", 192.5e9, "USD", Y24, "192.5 billion", E_TOT, qualifier="approx"),
        fact("Ningbo", "total", "growth", 5.6, "percent", Y24, "5.6", E_TOT),
        fact("Ningbo", "total", "rank", 6, "number", Y24, "sixth", E_RANK),
        fact("Ningbo", "exports", "growth", 6.4, "percent", Y24, "6.4", E_EXP),
        fact("Ningbo", "exports", "value", 915.47e9, "CNY", Y24, "915.47 billion", E_EXP),
        fact("Ningbo", "imports", "value", 454.61e9, "CNY", Y24, "454.61 billion", E_IMP),
        fact("Ningbo", "imports", "growth", 4.1, "percent", Y24, "4.1", E_IMP),
        fact("Ningbo", "balance", "value", 460.86e9, "CNY", Y24, "460.86 billion", E_BAL),
        fact("Ningbo", "total", "count", 27836, "number", Y24, "27,836", E_ENT, segment="foreign trade enterprises"),
        fact("Ningbo", "total", "value", 1.03e12, "CNY", Y24, "1.03 trillion", E_PRIV, segment="private enterprises"),
        fact("Ningbo", "total", "growth", 8.1, "percent", Y24, "8.1", E_PRIV, segment="private enterprises"),
        fact("Ningbo", "total", "share", 75.2, "percent", Y24, "75.2", E_PRIV, segment="private enterprises"),
        fact("Ningbo", "exports", "value", 488.9e9, "CNY", Y24, "488.9 billion", E_ME, product="mechanical and electrical products"),
        fact("Ningbo", "exports", "growth", 7.3, "percent", Y24, "7.3", E_ME, product="mechanical and electrical products"),
        fact("Ningbo", "exports", "share", 53.4, "percent", Y24, "53.4", E_ME, product="mechanical and electrical products"),
        fact("Ningbo", "exports", "growth", 9.6, "percent", Y24, "9.6", E_RESP, product="auto parts"),
        fact("Ningbo", "exports", "growth", 12.4, "percent", Y24, "12.4", E_RESP, product="household appliances"),
        fact("Ningbo", "exports", "growth", 21.7, "percent", Y24, "21.7", E_RESP, product="lithium batteries"),
        fact("Ningbo", "imports", "quantity", 41.2e6, "tonnes", Y24, "41.2 million", E_CRUDE, product="crude oil"),
        fact("Ningbo", "total", "rank", 1, "number", Y24, "largest", E_EU, partner="European Union"),
        fact("Ningbo", "total", "value", 237.4e9, "CNY", Y24, "237.4 billion", E_EU, partner="European Union"),
        fact("Ningbo", "total", "growth", 3.8, "percent", Y24, "3.8", E_EU, partner="European Union"),
        fact("Ningbo", "total", "rank", 2, "number", Y24, "second", E_US, partner="United States"),
        fact("Ningbo", "total", "growth", 6.1, "percent", Y24, "6.1", E_US, partner="United States"),
        fact("Ningbo", "total", "value", 221.9e9, "CNY", Y24, "221.9 billion", E_US, partner="United States"),
        fact("Ningbo", "total", "growth", 10.2, "percent", Y24, "10.2", E_ASEAN, partner="ASEAN"),
        fact("Ningbo", "total", "value", 626.8e9, "CNY", Y24, "626.8 billion", E_BR, partner="Belt and Road partner countries"),
        fact("Ningbo", "total", "growth", 7.9, "percent", Y24, "7.9", E_BR, partner="Belt and Road partner countries"),
        fact("Ningbo", "total", "count", 230, "number", Y24, "230", E_PARTNERS, segment="trading partners", qualifier="over"),
    ],
}
