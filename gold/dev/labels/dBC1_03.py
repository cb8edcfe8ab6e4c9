from _fact import fact, period

Q = period(2025, 1, 9)
SEP = period(2025, 9)

E_HEAD = "the total import and export value of Hunan Province reached 441.86 billion yuan, an increase of 4.3% over the same period last year (the same below), ranking 12th in the country"
E_EI = "Among them, exports were 301.25 billion yuan, up 6.8%; imports were 140.61 billion yuan, down 0.7%."
E_SEP = "In September alone, the import and export value of our province was 52.37 billion yuan, up 9.1%, of which exports were 36.14 billion yuan, up 12.6%."
E_CNT = "the number of enterprises with actual import and export performance in the province reached 8,153"
E_PRIV = "Private enterprises imported and exported 362.8 billion yuan, up 6.2%, accounting for 82.1% of the province's total"
E_FIE = "Foreign-invested enterprises imported and exported 42.93 billion yuan, down 3.5%"
E_SOE = "state-owned enterprises imported and exported 33.61 billion yuan, up 1.8%"
E_GEN = "General trade imports and exports were 358.1 billion yuan, up 3.9%, accounting for 81% of the total"
E_PROC = "Processing trade imports and exports were 34.52 billion yuan, up 12.3%."
E_ME = "the province exported mechanical and electrical products worth 146.22 billion yuan, up 9.4%, accounting for 48.5% of the province's total export value"
E_LAB = "Exports of labor-intensive products were 59.3 billion yuan, down 2.1%, accounting for 19.7%."
E_TRIO = "The \"new trio\" of electric vehicles, lithium batteries and solar cells exported 6.85 billion yuan, up 31.6%."
E_IMPS = "In terms of imports, metal ores and ore sands were imported at 38.62 billion yuan, up 5.5%, and agricultural products at 21.93 billion yuan, up 7.2%."
E_PARTN = "During the period, the province traded with 228 countries and regions."
E_TOP3 = "Ranked by trade value, ASEAN, the United States and the European Union came first, second and third among the province's partners, at 90.21 billion yuan, 41.6 billion yuan and 38.7 billion yuan respectively, marking an increase of 10.3%, a decrease of 14.2% and an increase of 7.6% respectively."
E_AFR = "Trade with Africa reached 46.35 billion yuan, up 18.7%, accounting for 10.5% of the total, and the province's trade with Africa ranked fourth in the country."
E_CS = "Changsha ranked first in the province with an import and export value of 258.4 billion yuan, up 5.1%, accounting for 58.5% of the province's total"
E_YC = "Yueyang and Chenzhou ranked second and third, with 38.71 billion yuan and 30.26 billion yuan respectively."
E_FAST = "Huaihua, Xiangxi and Loudi were the three fastest-growing cities and prefectures, with growth of 45.3%, 31.2% and 22.6% respectively."

H = "Hunan"
US = "United States"
EU = "European Union"

ARTICLE = {
    "id": "dBC1_03",
    "title": "Hunan's Foreign Trade Grows 4.3% in the First Three Quarters",
    "publisher": "Hunan Daily",
    "published": "2025-10-21",
    "notes": [
        "Translated provincial release; running period the first three quarters of 2025 (2025-01..2025-09); '(the same below)' marks every later bare 'up x%' as year on year.",
        "'our province' / 'the province' -> area Hunan throughout.",
        "'ranking 12th in the country' -> Hunan total rank 12 (among provinces).",
        "'the province's trade with Africa ranked fourth in the country' -> Hunan, partner Africa, rank 4.",
        "Segments: private enterprises, foreign-invested enterprises, state-owned enterprises (enterprise types); general trade and processing trade (trade modes).",
        "8,153 enterprises with actual import and export performance -> count, segment 'foreign trade enterprises'; 'an increase of 412' is an absolute change, out of scope.",
        "228 countries and regions traded with -> count, segment 'trading partners'.",
        "ASEAN/US/EU ranks, values and signed growth rates come from one sentence with two 'respectively' lists ('a decrease of 14.2%' -> -14.2).",
        "City ranks are ranks within the province: Changsha 1, Yueyang 2, Chenzhou 3; each city is the area of its own facts. Huaihua, Xiangxi, Loudi growth from a 'respectively' list; 'three fastest-growing' is a ranking by growth rate, which the record cannot express, not labelled as rank.",
        "Out of scope, not labelled: '0.4 percentage points higher than the same period last year' (derived comparison).",
        "The 'new trio' export value is labelled with product 'new trio'; metal ores and ore sands and agricultural products are import figures.",
        "Shares of labor-intensive products (19.7%) are of the province's total exports, carried from the preceding sentence.",
    ],
    "facts": [
        fact(H, "total", "value", 441.86e9, "CNY", Q, "441.86 billion", E_HEAD),
        fact(H, "total", "growth", 4.3, "percent", Q, "4.3", E_HEAD),
        fact(H, "total", "rank", 12, "number", Q, "12th", E_HEAD),
        fact(H, "exports", "value", 301.25e9, "CNY", Q, "301.25 billion", E_EI),
        fact(H, "exports", "growth", 6.8, "percent", Q, "6.8", E_EI),
        fact(H, "imports", "value", 140.61e9, "CNY", Q, "140.61 billion", E_EI),
        fact(H, "imports", "growth", -0.7, "percent", Q, "0.7", E_EI),
        fact(H, "total", "value", 52.37e9, "CNY", SEP, "52.37 billion", E_SEP),
        fact(H, "total", "growth", 9.1, "percent", SEP, "9.1", E_SEP),
        fact(H, "exports", "value", 36.14e9, "CNY", SEP, "36.14 billion", E_SEP),
        fact(H, "exports", "growth", 12.6, "percent", SEP, "12.6", E_SEP),
        fact(H, "total", "count", 8153, "number", Q, "8,153", E_CNT, segment="foreign trade enterprises"),
        fact(H, "total", "value", 362.8e9, "CNY", Q, "362.8 billion", E_PRIV, segment="private enterprises"),
        fact(H, "total", "growth", 6.2, "percent", Q, "6.2", E_PRIV, segment="private enterprises"),
        fact(H, "total", "share", 82.1, "percent", Q, "82.1", E_PRIV, segment="private enterprises"),
        fact(H, "total", "value", 42.93e9, "CNY", Q, "42.93 billion", E_FIE, segment="foreign-invested enterprises"),
        fact(H, "total", "growth", -3.5, "percent", Q, "3.5", E_FIE, segment="foreign-invested enterprises"),
        fact(H, "total", "value", 33.61e9, "CNY", Q, "33.61 billion", E_SOE, segment="state-owned enterprises"),
        fact(H, "total", "growth", 1.8, "percent", Q, "1.8", E_SOE, segment="state-owned enterprises"),
        fact(H, "total", "value", 358.1e9, "CNY", Q, "358.1 billion", E_GEN, segment="general trade"),
        fact(H, "total", "growth", 3.9, "percent", Q, "3.9", E_GEN, segment="general trade"),
        fact(H, "total", "share", 81, "percent", Q, "81", E_GEN, segment="general trade"),
        fact(H, "total", "value", 34.52e9, "CNY", Q, "34.52 billion", E_PROC, segment="processing trade"),
        fact(H, "total", "growth", 12.3, "percent", Q, "12.3", E_PROC, segment="processing trade"),
        fact(H, "exports", "value", 146.22e9, "CNY", Q, "146.22 billion", E_ME, product="mechanical and electrical products"),
        fact(H, "exports", "growth", 9.4, "percent", Q, "9.4", E_ME, product="mechanical and electrical products"),
        fact(H, "exports", "share", 48.5, "percent", Q, "48.5", E_ME, product="mechanical and electrical products"),
        fact(H, "exports", "value", 59.3e9, "CNY", Q, "59.3 billion", E_LAB, product="labor-intensive products"),
        fact(H, "exports", "growth", -2.1, "percent", Q, "2.1", E_LAB, product="labor-intensive products"),
        fact(H, "exports", "share", 19.7, "percent", Q, "19.7", E_LAB, product="labor-intensive products"),
        fact(H, "exports", "value", 6.85e9, "CNY", Q, "6.85 billion", E_TRIO, product="new trio"),
        fact(H, "exports", "growth", 31.6, "percent", Q, "31.6", E_TRIO, product="new trio"),
        fact(H, "imports", "value", 38.62e9, "CNY", Q, "38.62 billion", E_IMPS, product="metal ores and ore sands"),
        fact(H, "imports", "growth", 5.5, "percent", Q, "5.5", E_IMPS, product="metal ores and ore sands"),
        fact(H, "imports", "value", 21.93e9, "CNY", Q, "21.93 billion", E_IMPS, product="agricultural products"),
        fact(H, "imports", "growth", 7.2, "percent", Q, "7.2", E_IMPS, product="agricultural products"),
        fact(H, "total", "count", 228, "number", Q, "228", E_PARTN, segment="trading partners"),
        fact(H, "total", "rank", 1, "number", Q, "first", E_TOP3, partner="ASEAN"),
        fact(H, "total", "rank", 2, "number", Q, "second", E_TOP3, partner=US),
        fact(H, "total", "rank", 3, "number", Q, "third", E_TOP3, partner=EU),
        fact(H, "total", "value", 90.21e9, "CNY", Q, "90.21 billion", E_TOP3, partner="ASEAN"),
        fact(H, "total", "value", 41.6e9, "CNY", Q, "41.6 billion", E_TOP3, partner=US),
        fact(H, "total", "value", 38.7e9, "CNY", Q, "38.7 billion", E_TOP3, partner=EU),
        fact(H, "total", "growth", 10.3, "percent", Q, "10.3", E_TOP3, partner="ASEAN"),
        fact(H, "total", "growth", -14.2, "percent", Q, "14.2", E_TOP3, partner=US),
        fact(H, "total", "growth", 7.6, "percent", Q, "7.6", E_TOP3, partner=EU),
        fact(H, "total", "value", 46.35e9, "CNY", Q, "46.35 billion", E_AFR, partner="Africa"),
        fact(H, "total", "growth", 18.7, "percent", Q, "18.7", E_AFR, partner="Africa"),
        fact(H, "total", "share", 10.5, "percent", Q, "10.5", E_AFR, partner="Africa"),
        fact(H, "total", "rank", 4, "number", Q, "fourth", E_AFR, partner="Africa"),
        fact("Changsha", "total", "rank", 1, "number", Q, "first", E_CS),
        fact("Changsha", "total", "value", 258.4e9, "CNY", Q, "258.4 billion", E_CS),
        fact("Changsha", "total", "growth", 5.1, "percent", Q, "5.1", E_CS),
        fact("Changsha", "total", "share", 58.5, "percent", Q, "58.5", E_CS),
        fact("Yueyang", "total", "rank", 2, "number", Q, "second", E_YC),
        fact("Chenzhou", "total", "rank", 3, "number", Q, "third", E_YC),
        fact("Yueyang", "total", "value", 38.71e9, "CNY", Q, "38.71 billion", E_YC),
        fact("Chenzhou", "total", "value", 30.26e9, "CNY", Q, "30.26 billion", E_YC),
        fact("Huaihua", "total", "growth", 45.3, "percent", Q, "45.3", E_FAST),
        fact("Xiangxi", "total", "growth", 31.2, "percent", Q, "31.2", E_FAST),
        fact("Loudi", "total", "growth", 22.6, "percent", Q, "22.6", E_FAST),
    ],
}
