from _fact import fact, period

H1 = period(2025, 1, 6)
Q2 = period(2025, 4, 6)
JUNE = period(2025, 6)
SZ = "Shenzhen"

LEAD = (
    "the city's combined imports and exports between January and June amounted to 2.17 trillion yuan (about 303.4 "
    "billion U.S. dollars), placing it first among mainland Chinese cities, although that was 1.4% lower than the "
    "high base set a year earlier"
)
EXPORTS = "Exports fell 6.9% to 1.31 trillion yuan"
IMPORTS = "Imports, by contrast, climbed 8.6% to 858.86 billion yuan"
Q2_TRADE = "In the second quarter it totalled 1.14 trillion yuan, 10.7% more than in the first quarter"
JUNE_TRADE = (
    "June by itself saw imports and exports worth 401.2 billion yuan, a rise of 3.2% year on year and of 7.9% month "
    "on month"
)
GBA = (
    "Shenzhen continued to anchor trade in the Greater Bay Area, accounting for 49.6% of foreign trade across the "
    "area's nine mainland cities"
)
BAOAN = "Bao'an's imports and exports rose 5.3% to 412.6 billion yuan"
LONGGANG = "trade in Longgang expanded 11.2%"
PRIVATE = "Trade by these firms reached 1.51 trillion yuan, equal to 69.8% of Shenzhen's total"
PRIVATE_COUNT = "around 48,000 private firms engaged in importing and exporting over the six months"
HONG_KONG = (
    "Trade with Hong Kong, Shenzhen's largest trading partner, grew 6.3% to 254.6 billion yuan"
)
BRI = (
    "Shipments to Belt and Road partner countries increased 4.1% to 560.3 billion yuan and represented 42.8% of all "
    "Shenzhen exports"
)
MECH = (
    "exports of mechanical and electrical products came to 981.2 billion yuan, making up 74.9% of what the city sold "
    "abroad"
)
CHIPS = (
    "Integrated circuits, the largest item on the city's import list, saw their imports increase 19.4% on the back of "
    "stronger buying by the computing power sector"
)
BR = "Belt and Road partner countries"
ME = "mechanical and electrical products"
IC = "integrated circuits"
PE = "private enterprises"

ARTICLE = {
    "id": "dW1_03_shenzhen_gov_h1_2025",
    "title": "Shenzhen trade totals 2.17 trillion yuan in H1 2025 as private firms' share hits 69.8%",
    "publisher": "Shenzhen Government Online",
    "published": "2025-07-20",
    "notes": [
        "Publisher: the credit line 'Shenzhen Government Online' at the end of the text; the data are Shenzhen "
        "Customs' and the area is Shenzhen throughout ('the city', 'these firms', 'the city's').",
        "'the first half of 2025' / 'between January and June' is 2025-01..2025-06; 'the second quarter' is "
        "2025-04..2025-06; 'June by itself' is 2025-06.",
        "'placing it first among mainland Chinese cities' is a stated rank of Shenzhen's total trade among cities: "
        "rank 1, area Shenzhen, no partner.",
        "'that was 1.4% lower': 'that' is the H1 total of the same sentence; lower -> -1.4, yoy ('than ... a year "
        "earlier').",
        "'10.7% more than in the first quarter' is growth on the previous quarter: basis qoq, period Q2 2025.",
        "'a rise of 3.2% year on year and of 7.9% month on month': two growth facts for June, basis yoy and mom.",
        "'accounting for 49.6% of foreign trade across the area's nine mainland cities' (of the Greater Bay Area) is "
        "Shenzhen's share of a larger whole: share, area Shenzhen, flow total. 'continued to anchor trade' is no rank.",
        "Districts are areas in their own right, written without the administrative suffix as the guide drops "
        "descriptors: 'Bao'an' (value and growth), 'Longgang' (growth only; 'trade in Longgang expanded 11.2%' "
        "refers to its imports and exports). Growth without a base is yoy.",
        "'around 48,000 private firms engaged in importing and exporting' is a count of trading enterprises of the "
        "narrower type: segment 'private enterprises', flow total, qualifier approx. 'more than 300 of them had set up "
        "warehouses abroad' counts warehouse openings, not trading enterprises: out.",
        "'Hong Kong, Shenzhen's largest trading partner' -> rank 1, partner Hong Kong, flow total.",
        "Belt and Road: the figures are exports only (flow exports, partner 'Belt and Road partner countries'); the share "
        "42.8% is of the city's exports.",
        "'Integrated circuits, the largest item on the city's import list' is a stated rank of a product among "
        "imports: rank 1, product integrated circuits, flow imports (hard call: ranks in the guide's examples are of "
        "partners, but the guide defines rank as the ordinal position of a trade flow).",
        "Out: '1.3 percentage points above' (derived comparison), exports to the United States 'dropped steeply' (no "
        "number), GDP growth 5.1%, '20 additional measures', 156 China-Europe freight train trips (not trade flows).",
    ],
    "facts": [
        fact(SZ, "total", "value", 2.17e12, "CNY", H1, "2.17 trillion", LEAD),
        fact(SZ, "total", "value", 303.4e9, "USD", H1, "303.4 billion", LEAD, qualifier="approx"),
        fact(SZ, "total", "rank", 1, "number", H1, "first", LEAD),
        fact(SZ, "total", "growth", -1.4, "percent", H1, "1.4", LEAD),
        fact(SZ, "exports", "value", 1.31e12, "CNY", H1, "1.31 trillion", EXPORTS),
        fact(SZ, "exports", "growth", -6.9, "percent", H1, "6.9", EXPORTS),
        fact(SZ, "imports", "growth", 8.6, "percent", H1, "8.6", IMPORTS),
        fact(SZ, "imports", "value", 858.86e9, "CNY", H1, "858.86 billion", IMPORTS),
        fact(SZ, "total", "value", 1.14e12, "CNY", Q2, "1.14 trillion", Q2_TRADE),
        fact(SZ, "total", "growth", 10.7, "percent", Q2, "10.7", Q2_TRADE, basis="qoq"),
        fact(SZ, "total", "value", 401.2e9, "CNY", JUNE, "401.2 billion", JUNE_TRADE),
        fact(SZ, "total", "growth", 3.2, "percent", JUNE, "3.2", JUNE_TRADE),
        fact(SZ, "total", "growth", 7.9, "percent", JUNE, "7.9", JUNE_TRADE, basis="mom"),
        fact(SZ, "total", "share", 49.6, "percent", H1, "49.6", GBA),
        fact("Bao'an", "total", "value", 412.6e9, "CNY", H1, "412.6 billion", BAOAN),
        fact("Bao'an", "total", "growth", 5.3, "percent", H1, "5.3", BAOAN),
        fact("Longgang", "total", "growth", 11.2, "percent", H1, "11.2", LONGGANG),
        fact(SZ, "total", "value", 1.51e12, "CNY", H1, "1.51 trillion", PRIVATE, segment=PE),
        fact(SZ, "total", "share", 69.8, "percent", H1, "69.8", PRIVATE, segment=PE),
        fact(SZ, "total", "count", 48000, "number", H1, "48,000", PRIVATE_COUNT, segment=PE, qualifier="approx"),
        fact(SZ, "total", "rank", 1, "number", H1, "largest", HONG_KONG, partner="Hong Kong"),
        fact(SZ, "total", "growth", 6.3, "percent", H1, "6.3", HONG_KONG, partner="Hong Kong"),
        fact(SZ, "total", "value", 254.6e9, "CNY", H1, "254.6 billion", HONG_KONG, partner="Hong Kong"),
        fact(SZ, "exports", "value", 560.3e9, "CNY", H1, "560.3 billion", BRI, partner=BR),
        fact(SZ, "exports", "growth", 4.1, "percent", H1, "4.1", BRI, partner=BR),
        fact(SZ, "exports", "share", 42.8, "percent", H1, "42.8", BRI, partner=BR),
        fact(SZ, "exports", "value", 981.2e9, "CNY", H1, "981.2 billion", MECH, product=ME),
        fact(SZ, "exports", "share", 74.9, "percent", H1, "74.9", MECH, product=ME),
        fact(SZ, "imports", "rank", 1, "number", H1, "largest", CHIPS, product=IC),
        fact(SZ, "imports", "growth", 19.4, "percent", H1, "19.4", CHIPS, product=IC),
    ],
}
