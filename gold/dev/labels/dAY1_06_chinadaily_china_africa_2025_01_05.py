from _fact import fact, period

C = "China"
A = "Africa"
P = period(2025, 1, 5)
Y24 = period(2024, 1, 12)

LEAD = "Imports and exports between China and African countries totaled 963.21 billion yuan ($134.2 billion) from January to May, up 12.4 percent year-on-year"
FLOWS = "On the export side, China sold 599.57 billion yuan of goods to the continent, 20.2 percent more than a year earlier; African goods bought by China edged up 1.6 percent to 363.64 billion yuan, producing a trade surplus of 235.93 billion yuan for China"
USD = "In dollar terms, exports came to $83.4 billion and imports to $50.6 billion"
MEP = "Mechanical and electrical products were the mainstay of China's shipments to the continent, worth 315.37 billion yuan and making up 52.6 percent of the total"
GREEN = "Exports of automobiles rose 34.8 percent, while those of solar cells and lithium batteries climbed 64.2 percent and 49.7 percent, respectively"
AGRI = "China's purchases of African agricultural products increased 9.1 percent to 22.65 billion yuan"
SA = "South Africa remained China's largest trading partner on the continent, with bilateral trade of 152.6 billion yuan in the five months, while Nigeria and Angola ranked second and third, respectively"
Y2024 = "two-way trade grew 4.8 percent last year to $295.6 billion"

ARTICLE = {
    "id": "dAY1_06_chinadaily_china_africa_2025_01_05",
    "title": "China-Africa trade scales record high in first five months",
    "publisher": "China Daily",
    "published": "2025-06-10",
    "notes": [
        "Area China, partner Africa throughout for China-Africa figures ('trade with Africa', 'goods to the continent', 'African goods bought by China'); 'the continent' resolved to Africa.",
        "963.21 billion yuan ($134.2 billion): a CNY fact and a USD fact; the dollar figure has no hedge word, so qualifier exact.",
        "'In dollar terms, exports came to $83.4 billion and imports to $50.6 billion': USD facts for the same Jan-May flows, period carried from context.",
        "5.4 percent is Africa's share of China's overall foreign trade: share, partner Africa.",
        "China's total foreign trade (2.5 percent, 17.94 trillion yuan) has partner None; 'far quicker than' is a comparison with no number of its own.",
        "The surplus of 235.93 billion yuan is a positive balance with partner Africa.",
        "Mechanical and electrical products 52.6 percent is a share of China's exports to Africa ('of the total' = the shipments to the continent).",
        "Automobiles, solar cells and lithium batteries growth: exports to Africa, coordinated with 'respectively'; period carried from the running Jan-May.",
        "South Africa 'largest trading partner on the continent' -> rank 1 (area China, partner South Africa); Nigeria and Angola 'ranked second and third, respectively' -> ranks 2 and 3.",
        "'In 2024 China was again Africa's largest trading partner' -> area Africa, partner China, rank 1, period 2024. '16 consecutive years' and 'a record for the fourth year running' are streaks: not labelled.",
        "'two-way trade grew 4.8 percent last year to $295.6 billion' -> 2024 (last year from 2025-06-10), area China, partner Africa, as for the rest of the article.",
        "Out of scope: zero-tariff treatment on 100 percent of tariff lines and the 53 African countries (tariff policy, not trading-partner counts); expo attendance (4,700 companies, an expectation) and deals worth $10.3 billion (orders/deals); 'Ten years ago' (no figure).",
        "Jan-May totals, exports, imports, shares, dollar figures, China's total trade and the 2024 figures follow real customs/MOFCOM reporting; the product, agricultural and South Africa figures are illustrative.",
    ],
    "facts": [
        fact(C, "total", "value", 963.21e9, "CNY", P, "963.21 billion", LEAD, partner=A),
        fact(C, "total", "value", 134.2e9, "USD", P, "134.2 billion", LEAD, partner=A),
        fact(C, "total", "growth", 12.4, "percent", P, "12.4", LEAD, partner=A),
        fact(C, "total", "share", 5.4, "percent", P, "5.4",
             "The figure accounted for 5.4 percent of China's overall foreign trade during the period", partner=A),
        fact(C, "total", "growth", 2.5, "percent", P, "2.5",
             "the country's total foreign trade, which expanded 2.5 percent to 17.94 trillion yuan in the same period"),
        fact(C, "total", "value", 17.94e12, "CNY", P, "17.94 trillion",
             "the country's total foreign trade, which expanded 2.5 percent to 17.94 trillion yuan in the same period"),
        fact(C, "exports", "growth", 20.2, "percent", P, "20.2", FLOWS, partner=A),
        fact(C, "exports", "value", 599.57e9, "CNY", P, "599.57 billion", FLOWS, partner=A),
        fact(C, "imports", "growth", 1.6, "percent", P, "1.6", FLOWS, partner=A),
        fact(C, "imports", "value", 363.64e9, "CNY", P, "363.64 billion", FLOWS, partner=A),
        fact(C, "balance", "value", 235.93e9, "CNY", P, "235.93 billion", FLOWS, partner=A),
        fact(C, "exports", "value", 83.4e9, "USD", P, "83.4 billion", USD, partner=A),
        fact(C, "imports", "value", 50.6e9, "USD", P, "50.6 billion", USD, partner=A),
        fact(C, "exports", "value", 315.37e9, "CNY", P, "315.37 billion", MEP, partner=A, product="mechanical and electrical products"),
        fact(C, "exports", "share", 52.6, "percent", P, "52.6", MEP, partner=A, product="mechanical and electrical products"),
        fact(C, "exports", "growth", 34.8, "percent", P, "34.8", GREEN, partner=A, product="automobiles"),
        fact(C, "exports", "growth", 64.2, "percent", P, "64.2", GREEN, partner=A, product="solar cells"),
        fact(C, "exports", "growth", 49.7, "percent", P, "49.7", GREEN, partner=A, product="lithium batteries"),
        fact(C, "imports", "growth", 9.1, "percent", P, "9.1", AGRI, partner=A, product="agricultural products"),
        fact(C, "imports", "value", 22.65e9, "CNY", P, "22.65 billion", AGRI, partner=A, product="agricultural products"),
        fact(C, "total", "rank", 1, "number", P, "largest", SA, partner="South Africa"),
        fact(C, "total", "value", 152.6e9, "CNY", P, "152.6 billion", SA, partner="South Africa"),
        fact(C, "total", "rank", 2, "number", P, "second", SA, partner="Nigeria"),
        fact(C, "total", "rank", 3, "number", P, "third", SA, partner="Angola"),
        fact(A, "total", "rank", 1, "number", Y24, "largest",
             "In 2024 China was again Africa's largest trading partner", partner=C),
        fact(C, "total", "value", 295.6e9, "USD", Y24, "295.6 billion", Y2024, partner=A),
        fact(C, "total", "growth", 4.8, "percent", Y24, "4.8", Y2024, partner=A),
    ],
}
