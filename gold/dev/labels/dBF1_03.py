from _fact import fact, period

Q = period(2025, 1, 9)
SEP = period(2025, 9)
A = "Qingdao"

E_LEAD = "Qingdao's imports and exports of goods came to 7,012.6 hundred million yuan in the first three quarters of this year, 4.3% more than a year earlier, according to figures Qingdao Customs released on October 23; the city supplied 26.5% of the province's total import and export value and stayed first among the cities of the province"
E_EXIM = "Exports accounted for 4,208.4 hundred million yuan of that sum, growing 7.9%, while imports slipped 0.7% to 2,804.2 hundred million yuan."
E_SEP = "In September, trade through the city set a record for a single month at 836.5 hundred million yuan, 9.2% higher year-on-year"
E_SEPX = "exports contributing 512.3 hundred million yuan after a 13.5% rise"
E_GT = "general trade was again the backbone, making up 66.1% of the city's total with 4,635.8 hundred million yuan, after growth of 5.1%"
E_PT = "Processing trade expanded more quickly, by 10.6% to 798.4 hundred million yuan, or 11.4% of the total"
E_PTX = "exports under processing trade rose 12.3% to 561.2 hundred million yuan"
E_BL = "A 20% share went to bonded logistics, which grew 1.8% to 1,402.7 hundred million yuan."
E_PE = "Private enterprises handled 72.5% of the total, or 5,084.3 hundred million yuan, and their trade grew 6.2%"
E_FIE = "Trade by foreign-invested enterprises shrank 1.3% to 1,103.6 hundred million yuan."
E_P3V = "its trade with them came to 1,183.5 hundred million yuan, 845.2 hundred million yuan and 676.9 hundred million yuan respectively"
E_P3G = "Trade with ASEAN and the EU rose 9.7% and 4.4% respectively, whereas trade with the United States dropped 12.6%"
E_BR = "Trade with Belt and Road partner countries rose 7.5% to 3,592.1 hundred million yuan, lifting their share of the total to 51.2%"
E_ME = "Mechanical and electrical products made up 45% of the city's total exports, with shipments abroad worth 1,894.6 hundred million yuan, 11.3% more than a year earlier"
E_AS = "of which, automobiles and ships increased by 28.4% and 19.7% respectively"
E_LI = "Labor-intensive products were exported at 503.9 hundred million yuan, a decrease of 3.2%."
E_MO = "metal ores were imported at 351.8 hundred million yuan, up 6.7%, while crude oil imports fell 8.5%"

ARTICLE = {
    "id": "dBF1_03",
    "title": "Qingdao's foreign trade exceeds 700 billion yuan in first three quarters, ranking first in Shandong",
    "publisher": None,
    "published": "2025-10-24",
    "notes": [
        "Written as a translated municipal/customs release (no outlet named in the text, so publisher None). All figures are illustrative, built to be internally consistent (exports + imports = total) and in the range of Qingdao's real 2025 trade; they are not quoted data.",
        "'this year' and 'In the first three quarters' with publication 2025-10-24 -> January-September 2025; 'In September' -> 2025-09.",
        "Headline 'exceeds 700 billion yuan' is a threshold for the same observation as 7,012.6 hundred million yuan; only the exact figure is labelled.",
        "'hundred million yuan' values are converted (7,012.6 hundred million -> 7.0126e11).",
        "Shares: 26.5% of the province's total and 24.8% of the province's exports are labelled as shares of Qingdao's total and exports; segment shares (66.1, 11.4, 20, 72.5) are shares of the city's total, and 45% is the mechanical and electrical share of the city's exports.",
        "Two rank facts for Qingdao's total: 'stayed first among the cities of the province' -> 1, and 'came fifth' of the 15 sub-provincial cities -> 5; they differ only in the ranking population, which the record cannot express, so both are kept as written.",
        "Segments in the text's words: general trade, processing trade, bonded logistics, private enterprises, foreign-invested enterprises. 'exports under processing trade' -> flow exports, segment processing trade. '15,600 enterprises ... actually carried out import or export business' -> count, segment 'foreign trade enterprises'.",
        "Partner values and growth split from two 'respectively'-style coordinations; the United States growth is negative from 'dropped'. 'top three trading partners' gives no individual ordinals, so no rank facts are labelled for ASEAN, the EU or the US.",
        "'of which, automobiles and ships increased by 28.4% and 19.7% respectively' follows the mechanical-and-electrical export sentence -> export growth for products 'automobiles' and 'ships'.",
        "Left out: '2.6 percentage points higher than that of the province' and '1.5 percentage points more than a year before' (derived comparisons); 'a record for a single month' (milestone); '15 sub-provincial cities' (not a trade figure); the fourth-quarter outlook (no number).",
    ],
    "facts": [
        fact(A, "total", "value", 7012.6e8, "CNY", Q, "7,012.6 hundred million", E_LEAD),
        fact(A, "total", "growth", 4.3, "percent", Q, "4.3", E_LEAD),
        fact(A, "total", "share", 26.5, "percent", Q, "26.5", E_LEAD),
        fact(A, "total", "rank", 1, "number", Q, "first", E_LEAD),
        fact(A, "exports", "value", 4208.4e8, "CNY", Q, "4,208.4 hundred million", E_EXIM),
        fact(A, "exports", "growth", 7.9, "percent", Q, "7.9", E_EXIM),
        fact(A, "imports", "value", 2804.2e8, "CNY", Q, "2,804.2 hundred million", E_EXIM),
        fact(A, "imports", "growth", -0.7, "percent", Q, "0.7", E_EXIM),
        fact(A, "exports", "share", 24.8, "percent", Q, "24.8",
             "its exports accounted for 24.8% of the province's exports"),
        fact(A, "total", "rank", 5, "number", Q, "fifth",
             "Measured by trade volume, Qingdao came fifth of the country's 15 sub-provincial cities"),
        fact(A, "total", "value", 836.5e8, "CNY", SEP, "836.5 hundred million", E_SEP),
        fact(A, "total", "growth", 9.2, "percent", SEP, "9.2", E_SEP),
        fact(A, "exports", "value", 512.3e8, "CNY", SEP, "512.3 hundred million", E_SEPX),
        fact(A, "exports", "growth", 13.5, "percent", SEP, "13.5", E_SEPX),
        fact(A, "total", "value", 4635.8e8, "CNY", Q, "4,635.8 hundred million", E_GT, segment="general trade"),
        fact(A, "total", "growth", 5.1, "percent", Q, "5.1", E_GT, segment="general trade"),
        fact(A, "total", "share", 66.1, "percent", Q, "66.1", E_GT, segment="general trade"),
        fact(A, "total", "value", 798.4e8, "CNY", Q, "798.4 hundred million", E_PT, segment="processing trade"),
        fact(A, "total", "growth", 10.6, "percent", Q, "10.6", E_PT, segment="processing trade"),
        fact(A, "total", "share", 11.4, "percent", Q, "11.4", E_PT, segment="processing trade"),
        fact(A, "exports", "value", 561.2e8, "CNY", Q, "561.2 hundred million", E_PTX, segment="processing trade"),
        fact(A, "exports", "growth", 12.3, "percent", Q, "12.3", E_PTX, segment="processing trade"),
        fact(A, "total", "value", 1402.7e8, "CNY", Q, "1,402.7 hundred million", E_BL, segment="bonded logistics"),
        fact(A, "total", "growth", 1.8, "percent", Q, "1.8", E_BL, segment="bonded logistics"),
        fact(A, "total", "share", 20, "percent", Q, "20", E_BL, segment="bonded logistics"),
        fact(A, "total", "value", 5084.3e8, "CNY", Q, "5,084.3 hundred million", E_PE, segment="private enterprises"),
        fact(A, "total", "growth", 6.2, "percent", Q, "6.2", E_PE, segment="private enterprises"),
        fact(A, "total", "share", 72.5, "percent", Q, "72.5", E_PE, segment="private enterprises"),
        fact(A, "total", "value", 1103.6e8, "CNY", Q, "1,103.6 hundred million", E_FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "growth", -1.3, "percent", Q, "1.3", E_FIE, segment="foreign-invested enterprises"),
        fact(A, "total", "count", 15600, "number", Q, "15,600",
             "15,600 enterprises in the city actually carried out import or export business", segment="foreign trade enterprises"),
        fact(A, "total", "value", 1183.5e8, "CNY", Q, "1,183.5 hundred million", E_P3V, partner="ASEAN"),
        fact(A, "total", "value", 845.2e8, "CNY", Q, "845.2 hundred million", E_P3V, partner="European Union"),
        fact(A, "total", "value", 676.9e8, "CNY", Q, "676.9 hundred million", E_P3V, partner="United States"),
        fact(A, "total", "growth", 9.7, "percent", Q, "9.7", E_P3G, partner="ASEAN"),
        fact(A, "total", "growth", 4.4, "percent", Q, "4.4", E_P3G, partner="European Union"),
        fact(A, "total", "growth", -12.6, "percent", Q, "12.6", E_P3G, partner="United States"),
        fact(A, "total", "value", 3592.1e8, "CNY", Q, "3,592.1 hundred million", E_BR, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 7.5, "percent", Q, "7.5", E_BR, partner="Belt and Road partner countries"),
        fact(A, "total", "share", 51.2, "percent", Q, "51.2", E_BR, partner="Belt and Road partner countries"),
        fact(A, "exports", "value", 1894.6e8, "CNY", Q, "1,894.6 hundred million", E_ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 11.3, "percent", Q, "11.3", E_ME, product="mechanical and electrical products"),
        fact(A, "exports", "share", 45, "percent", Q, "45", E_ME, product="mechanical and electrical products"),
        fact(A, "exports", "growth", 28.4, "percent", Q, "28.4", E_AS, product="automobiles"),
        fact(A, "exports", "growth", 19.7, "percent", Q, "19.7", E_AS, product="ships"),
        fact(A, "exports", "value", 503.9e8, "CNY", Q, "503.9 hundred million", E_LI, product="labor-intensive products"),
        fact(A, "exports", "growth", -3.2, "percent", Q, "3.2", E_LI, product="labor-intensive products"),
        fact(A, "imports", "value", 351.8e8, "CNY", Q, "351.8 hundred million", E_MO, product="metal ores"),
        fact(A, "imports", "growth", 6.7, "percent", Q, "6.7", E_MO, product="metal ores"),
        fact(A, "imports", "growth", -8.5, "percent", Q, "8.5", E_MO, product="crude oil"),
    ],
}
