from _fact import fact, period

YEAR_2024 = period(2024, 1, 12)

E_TOTAL = (
    "Zhejiang's imports and exports reached a record high of 5.23 trillion yuan (about 727.4 billion U.S. dollars) in "
    "2024, an increase of 7.3 percent from a year earlier"
)
E_EXPORTS = "Exports, long the province's strong suit, rose 8.6 percent year-on-year to 3.89 trillion yuan"
E_IMPORTS = "imports increased 3.6 percent to 1.34 trillion yuan."
E_SHARES = (
    "The province's total trade, exports and imports made up 11.9 percent, 15.3 percent and 7.3 percent, "
    "respectively, of China's national figures."
)
E_RANKS = "Zhejiang was third in the country for total trade value and second for exports"
E_PRIVATE = "their imports and exports growing 9.6 percent to 4.2 trillion yuan, equal to 80.3 percent of the provincial total"
E_BRI = (
    "Trade with Belt and Road partner countries grew 8.9 percent to 2.82 trillion yuan, making up 53.9 percent of "
    "the province's foreign trade."
)
E_EU = "With trade of 792.7 billion yuan, the European Union stayed Zhejiang's largest trading partner."
E_ASEAN = "Zhejiang's trade with ASEAN increased 10.2 percent to 704.6 billion yuan"
E_CENTRAL_ASIA = "Trade between Zhejiang and the five Central Asian countries surged 28.5 percent to 67.3 billion yuan"
E_MECH = (
    "exports of mechanical and electrical products grew 9.1 percent to 1.76 trillion yuan, accounting for 45.2 percent "
    "of all exports from the province"
)
E_NEW_TRIO = (
    'exports of the "new trio" (electric vehicles, lithium-ion batteries and solar cells) fell 3.1 percent '
    "to 167.3 billion yuan"
)
BRI = "Belt and Road partner countries"
PRIVATE = "private enterprises"
MECH = "mechanical and electrical products"
NEW_TRIO = "new trio"

ARTICLE = {
    "id": "dP1_05_zhejiang_annual_2024",
    "title": "Zhejiang sets foreign trade record of 5.23 trillion yuan in 2024",
    "publisher": "ezhejiang.gov.cn",
    "published": "2025-01-21",
    "notes": [
        "Publisher: the byline line names the site ezhejiang.gov.cn (Zhejiang's English government portal), written as the outlet; published date from 'Updated: 2025-01-21'.",
        "Running period: the year 2024, stated in the lead; 'over the year' refers to it.",
        "'about 727.4 billion U.S. dollars' is the same observation as 5.23 trillion yuan in another currency: a separate USD fact, qualifier approx.",
        "'outpaced national growth by 2.3 percentage points' and '1.7 percentage points higher than in 2023': percentage-point differences, out.",
        "Shares of the national figures come as a 'respectively' list over total, exports and imports: three share facts, partner null (share of China's trade, not trade with China).",
        "Ranks: 'third in the country for total trade value and second for exports' are stated ranks; 'trailing only Guangdong' restates the exports rank and is not labelled again.",
        "'accounted for 17 percent of the growth in China's foreign trade': a contribution to growth, out.",
        "Private enterprises: the text says 'private companies'; segment written as 'private enterprises'.",
        "'the count of firms that actually carried out import and export business climbed to 114,000': count of foreign trade enterprises; no growth of the count is given.",
        "EU: 'largest trading partner' is a stated rank (1) with its value; no growth is given for the EU.",
        "'the five Central Asian countries' is written as partner Central Asia.",
        "2,937 freight-train trips from Yiwu, GDP (9.01 trillion yuan, 5.5 percent), the two-week delivery time in the quote and the target for this year: not trade flows, out.",
        "New trio: 'fell 3.1 percent' is a fall, -3.1; the remark that shipment volumes rose has no number.",
    ],
    "facts": [
        fact("Zhejiang", "total", "value", 5.23e12, "CNY", YEAR_2024, "5.23 trillion", E_TOTAL),
        fact("Zhejiang", "total", "value", 727.4e9, "USD", YEAR_2024, "727.4 billion", E_TOTAL, qualifier="approx"),
        fact("Zhejiang", "total", "growth", 7.3, "percent", YEAR_2024, "7.3", E_TOTAL),
        fact("Zhejiang", "exports", "growth", 8.6, "percent", YEAR_2024, "8.6", E_EXPORTS),
        fact("Zhejiang", "exports", "value", 3.89e12, "CNY", YEAR_2024, "3.89 trillion", E_EXPORTS),
        fact("Zhejiang", "imports", "growth", 3.6, "percent", YEAR_2024, "3.6", E_IMPORTS),
        fact("Zhejiang", "imports", "value", 1.34e12, "CNY", YEAR_2024, "1.34 trillion", E_IMPORTS),
        fact("Zhejiang", "total", "share", 11.9, "percent", YEAR_2024, "11.9", E_SHARES),
        fact("Zhejiang", "exports", "share", 15.3, "percent", YEAR_2024, "15.3", E_SHARES),
        fact("Zhejiang", "imports", "share", 7.3, "percent", YEAR_2024, "7.3", E_SHARES),
        fact("Zhejiang", "total", "rank", 3, "number", YEAR_2024, "third", E_RANKS),
        fact("Zhejiang", "exports", "rank", 2, "number", YEAR_2024, "second", E_RANKS),
        fact("Zhejiang", "total", "growth", 9.6, "percent", YEAR_2024, "9.6", E_PRIVATE, segment=PRIVATE),
        fact("Zhejiang", "total", "value", 4.2e12, "CNY", YEAR_2024, "4.2 trillion", E_PRIVATE, segment=PRIVATE),
        fact("Zhejiang", "total", "share", 80.3, "percent", YEAR_2024, "80.3", E_PRIVATE, segment=PRIVATE),
        fact("Zhejiang", "total", "count", 114000, "number", YEAR_2024, "114,000",
             "the count of firms that actually carried out import and export business climbed to 114,000",
             segment="foreign trade enterprises"),
        fact("Zhejiang", "total", "value", 2.82e12, "CNY", YEAR_2024, "2.82 trillion", E_BRI, partner=BRI),
        fact("Zhejiang", "total", "growth", 8.9, "percent", YEAR_2024, "8.9", E_BRI, partner=BRI),
        fact("Zhejiang", "total", "share", 53.9, "percent", YEAR_2024, "53.9", E_BRI, partner=BRI),
        fact("Zhejiang", "total", "rank", 1, "number", YEAR_2024, "largest", E_EU, partner="European Union"),
        fact("Zhejiang", "total", "value", 792.7e9, "CNY", YEAR_2024, "792.7 billion", E_EU, partner="European Union"),
        fact("Zhejiang", "total", "growth", 10.2, "percent", YEAR_2024, "10.2", E_ASEAN, partner="ASEAN"),
        fact("Zhejiang", "total", "value", 704.6e9, "CNY", YEAR_2024, "704.6 billion", E_ASEAN, partner="ASEAN"),
        fact("Zhejiang", "total", "growth", 28.5, "percent", YEAR_2024, "28.5", E_CENTRAL_ASIA, partner="Central Asia"),
        fact("Zhejiang", "total", "value", 67.3e9, "CNY", YEAR_2024, "67.3 billion", E_CENTRAL_ASIA, partner="Central Asia"),
        fact("Zhejiang", "exports", "growth", 9.1, "percent", YEAR_2024, "9.1", E_MECH, product=MECH),
        fact("Zhejiang", "exports", "value", 1.76e12, "CNY", YEAR_2024, "1.76 trillion", E_MECH, product=MECH),
        fact("Zhejiang", "exports", "share", 45.2, "percent", YEAR_2024, "45.2", E_MECH, product=MECH),
        fact("Zhejiang", "exports", "growth", -3.1, "percent", YEAR_2024, "3.1", E_NEW_TRIO, product=NEW_TRIO),
        fact("Zhejiang", "exports", "value", 167.3e9, "CNY", YEAR_2024, "167.3 billion", E_NEW_TRIO, product=NEW_TRIO),
    ],
}
