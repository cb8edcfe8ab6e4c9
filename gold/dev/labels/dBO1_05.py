from _fact import fact, period

CN = "China"
Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)

LEAD = ("Goods trade between China and the Association of Southeast Asian Nations (ASEAN) reached 7.55 trillion "
        "yuan (about $1.05 trillion) in 2025")
RANK = "keeping the bloc in place as China's largest trading partner for the sixth year running"
BASE = "Bilateral trade was 8 percent higher than in 2024, when it came to 6.99 trillion yuan"
NATION = "China's overall foreign trade, which expanded 3.8 percent to 45.47 trillion yuan last year"
SHARE = ("China's overall foreign trade, which expanded 3.8 percent to 45.47 trillion yuan last year, with ASEAN "
         "accounting for 16.6 percent of the national total")
RANKS = "The European Union and the US ranked second and third among China's trading partners"
EXP = "China's exports to ASEAN climbed 12.5 percent to 4.69 trillion yuan"
IMP = "imports from the region edged up 1.4 percent to 2.86 trillion yuan"
SURPLUS = "China's trade surplus with the bloc consequently widened by 35.6 percent to 1.83 trillion yuan"
DECEMBER = "In December alone, exports to ASEAN jumped 14.9 percent year-on-year to 438.6 billion yuan"
ME = "Mechanical and electrical goods made up 58.3 percent of China's full-year exports to the region"
VN = "trade with Vietnam grew 13.2 percent to 2.12 trillion yuan"
MYID = ("trade with Malaysia and Indonesia rose 4.1 percent and 5.7 percent to 1.58 trillion yuan and "
        "1.12 trillion yuan, respectively")
INTER = ("Intermediate goods such as electronic components, machinery parts and chemical materials represented "
         "65.8 percent of China-ASEAN trade in 2025")
AGRI = "China's imports of agricultural products from ASEAN rose 9.6 percent to 268.3 billion yuan last year"
DURIAN = "China bought 1.71 million tonnes of fresh durian from ASEAN countries, worth about $7.6 billion"

ARTICLE = {
    "id": "dBO1_05",
    "title": "ASEAN stays China's top trading partner as two-way trade tops 7.5 trillion yuan in 2025",
    "publisher": "Global Times",
    "published": "2026-01-16",
    "notes": [
        "Real figures: China's 2025 goods trade of 45.47 trillion yuan, up 3.8 percent (People's Daily, Feb 2026); "
        "Modelled: China-ASEAN trade of 6.99 trillion yuan in 2024 (Xinhua reported GAC data of \"nearly 7 trillion yuan\"); the 2025 "
        "China-ASEAN total (7.55 trillion yuan, about $1.05 trillion, consistent with reports that it passed "
        "$1 trillion), exports 4.69 and imports 2.86 trillion yuan built on 2024 levels of about 4.17 and 2.82. "
        "Invented: December exports, the member-country figures, the mechanical and electrical share, the "
        "intermediate-goods share, agricultural imports and the durian tonnage and value. Derived and checked: "
        "4.69 + 2.86 = 7.55; 7.55/6.99 = +8.0%; 7.55/45.47 = 16.6%; surplus 4.69 - 2.86 = 1.83 against "
        "1.35 in 2024 = +35.6%.",
        "Judgement calls: the headline's 'tops 7.5 trillion yuan' is a threshold for the same observation as the "
        "exact 7.55 trillion, so only the exact figure is labelled. The '$1.05 trillion' restatement is a separate "
        "USD fact, approx. '8 percent higher than in 2024' is 2025 growth (the comparison base is not the period); "
        "the 6.99 trillion of 2024 is its own fact with period 2024. 'last year' = 2025 from the January 2026 "
        "date; December is December 2025. The surplus 'widened by 35.6 percent' is balance growth +35.6. The "
        "EU and US ranks (second, third) are ranks of China's trade with those partners. The durian tonnage is a "
        "quantity of imports from ASEAN (product 'fresh durian'), its dollar value a separate approx USD fact.",
        "Not facts: 'sixth year running' (streak); '3.0 protocol' and October 2025 (agreement name, date); the "
        "researcher's forecast of 5 to 7 percent growth in 2026; 'two or three times' in the quote; "
        "'little more than a day' rail time; the year numbers.",
        "Copy check: 8 sentences searched (lead, export/import/surplus, Vietnam-Malaysia-Indonesia, intermediate "
        "goods, the quote, the FTA sentence, durian, rail to Kunming); 0 reworded for wording (the rail sentence "
        "was corrected to 'little more than a day' to match reported transit times).",
        "Second check: 25 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 7.55e12, "CNY", Y25, "7.55 trillion", LEAD, partner="ASEAN"),
        fact(CN, "total", "value", 1.05e12, "USD", Y25, "$1.05 trillion", LEAD, partner="ASEAN", qualifier="approx"),
        fact(CN, "total", "rank", 1, "number", Y25, "largest", RANK, partner="ASEAN"),
        fact(CN, "total", "growth", 8, "percent", Y25, "8", BASE, partner="ASEAN"),
        fact(CN, "total", "value", 6.99e12, "CNY", Y24, "6.99 trillion", BASE, partner="ASEAN"),
        fact(CN, "total", "growth", 3.8, "percent", Y25, "3.8", NATION),
        fact(CN, "total", "value", 45.47e12, "CNY", Y25, "45.47 trillion", NATION),
        fact(CN, "total", "share", 16.6, "percent", Y25, "16.6", SHARE, partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", Y25, "second", RANKS, partner="European Union"),
        fact(CN, "total", "rank", 3, "number", Y25, "third", RANKS, partner="United States"),
        fact(CN, "exports", "growth", 12.5, "percent", Y25, "12.5", EXP, partner="ASEAN"),
        fact(CN, "exports", "value", 4.69e12, "CNY", Y25, "4.69 trillion", EXP, partner="ASEAN"),
        fact(CN, "imports", "growth", 1.4, "percent", Y25, "1.4", IMP, partner="ASEAN"),
        fact(CN, "imports", "value", 2.86e12, "CNY", Y25, "2.86 trillion", IMP, partner="ASEAN"),
        fact(CN, "balance", "growth", 35.6, "percent", Y25, "35.6", SURPLUS, partner="ASEAN"),
        fact(CN, "balance", "value", 1.83e12, "CNY", Y25, "1.83 trillion", SURPLUS, partner="ASEAN"),
        fact(CN, "exports", "growth", 14.9, "percent", DEC, "14.9", DECEMBER, partner="ASEAN"),
        fact(CN, "exports", "value", 438.6e9, "CNY", DEC, "438.6 billion", DECEMBER, partner="ASEAN"),
        fact(CN, "exports", "share", 58.3, "percent", Y25, "58.3", ME, partner="ASEAN",
             product="mechanical and electrical goods"),
        fact(CN, "total", "growth", 13.2, "percent", Y25, "13.2", VN, partner="Vietnam"),
        fact(CN, "total", "value", 2.12e12, "CNY", Y25, "2.12 trillion", VN, partner="Vietnam"),
        fact(CN, "total", "growth", 4.1, "percent", Y25, "4.1", MYID, partner="Malaysia"),
        fact(CN, "total", "growth", 5.7, "percent", Y25, "5.7", MYID, partner="Indonesia"),
        fact(CN, "total", "value", 1.58e12, "CNY", Y25, "1.58 trillion", MYID, partner="Malaysia"),
        fact(CN, "total", "value", 1.12e12, "CNY", Y25, "1.12 trillion", MYID, partner="Indonesia"),
        fact(CN, "total", "share", 65.8, "percent", Y25, "65.8", INTER, partner="ASEAN", product="intermediate goods"),
        fact(CN, "imports", "growth", 9.6, "percent", Y25, "9.6", AGRI, partner="ASEAN",
             product="agricultural products"),
        fact(CN, "imports", "value", 268.3e9, "CNY", Y25, "268.3 billion", AGRI, partner="ASEAN",
             product="agricultural products"),
        fact(CN, "imports", "quantity", 1.71e6, "tonnes", Y25, "1.71 million", DURIAN, partner="ASEAN",
             product="fresh durian"),
        fact(CN, "imports", "value", 7.6e9, "USD", Y25, "$7.6 billion", DURIAN, partner="ASEAN",
             product="fresh durian", qualifier="approx"),
    ],
}
