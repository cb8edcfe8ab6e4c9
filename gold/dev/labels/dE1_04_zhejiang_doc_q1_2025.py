from _fact import fact, period

Q1 = period(2025, 1, 3)
ZJ = "Zhejiang"
E_TOT = "the province's goods imports and exports totalled 1.28 trillion yuan, up 6.2% year on year"
E_EXP = "Within this, exports stood at 962.5 billion yuan, rising 8.5%"
E_IMP = "imports at 317.6 billion yuan, down 0.3%"
E_GT = "General trade was still the dominant mode, with imports and exports of 1.03 trillion yuan, or 80.5% of the provincial total"
E_MP = "market procurement trade grew further, with its exports rising 15.8% to 148.67 billion yuan, equal to 15.4% of total provincial exports"
E_PE = "Private firms remained the backbone, with imports and exports rising 8.3% to 1.02 trillion yuan, which represented 79.7% of the total"
E_PROD = "Mechanical and electrical products and labour-intensive products saw exports of 428.6 and 205.3 billion yuan respectively, rising 10.2% and 4.1%"

ARTICLE = {
    "id": "dE1_04_zhejiang_doc_q1_2025",
    "title": "First-Quarter Foreign Trade in Zhejiang: Stable Expansion and Better Quality",
    "publisher": "Department of Commerce of Zhejiang Province",
    "published": "2025-04-21",
    "notes": [
        "Translated government prose: 'the province' and 'provincial' are Zhejiang; '(the same below)' makes every later rate a year-on-year rate for the first quarter of 2025.",
        "'Within this' introduces exports and imports as parts of the total.",
        "General trade, processing trade and market procurement are segments; market procurement figures are exports ('its exports rising'); its share is of the province's total exports.",
        "'428.6 and 205.3 billion yuan respectively': the scale word 'billion' is written once after the last number; value_text is the number as written ('428.6'), value 428.6e9. check.py cannot carry the scale word back to '428.6' and flags it (parser limitation, label kept).",
        "'98,000 enterprises posted actual import and export activity' is a count of foreign trade enterprises; '6,200 more than a year earlier' is a derived difference, out.",
        "Out of scope: '4.9 percentage points higher than the national level', 'added 5.4 percentage points to provincial foreign trade growth', the 'Ten Thousand Enterprises Expanding Markets' action (a name), 210 overseas exhibitions, this year's goal.",
    ],
    "facts": [
        fact(ZJ, "total", "value", 1.28e12, "CNY", Q1, "1.28 trillion", E_TOT),
        fact(ZJ, "total", "growth", 6.2, "percent", Q1, "6.2", E_TOT),
        fact(ZJ, "exports", "value", 962.5e9, "CNY", Q1, "962.5 billion", E_EXP),
        fact(ZJ, "exports", "growth", 8.5, "percent", Q1, "8.5", E_EXP),
        fact(ZJ, "imports", "value", 317.6e9, "CNY", Q1, "317.6 billion", E_IMP),
        fact(ZJ, "imports", "growth", -0.3, "percent", Q1, "0.3", E_IMP),
        fact(ZJ, "total", "value", 1.03e12, "CNY", Q1, "1.03 trillion", E_GT, segment="general trade"),
        fact(ZJ, "total", "share", 80.5, "percent", Q1, "80.5", E_GT, segment="general trade"),
        fact(ZJ, "total", "value", 98.4e9, "CNY", Q1, "98.4 billion",
             "Processing trade recorded imports and exports of 98.4 billion yuan", segment="processing trade"),
        fact(ZJ, "exports", "value", 148.67e9, "CNY", Q1, "148.67 billion", E_MP, segment="market procurement"),
        fact(ZJ, "exports", "growth", 15.8, "percent", Q1, "15.8", E_MP, segment="market procurement"),
        fact(ZJ, "exports", "share", 15.4, "percent", Q1, "15.4", E_MP, segment="market procurement"),
        fact(ZJ, "total", "value", 1.02e12, "CNY", Q1, "1.02 trillion", E_PE, segment="private enterprises"),
        fact(ZJ, "total", "growth", 8.3, "percent", Q1, "8.3", E_PE, segment="private enterprises"),
        fact(ZJ, "total", "share", 79.7, "percent", Q1, "79.7", E_PE, segment="private enterprises"),
        fact(ZJ, "total", "count", 98000, "number", Q1, "98,000",
             "Across the province, 98,000 enterprises posted actual import and export activity",
             segment="foreign trade enterprises"),
        fact(ZJ, "exports", "value", 428.6e9, "CNY", Q1, "428.6", E_PROD, product="mechanical and electrical products"),
        fact(ZJ, "exports", "value", 205.3e9, "CNY", Q1, "205.3 billion", E_PROD, product="labour-intensive products"),
        fact(ZJ, "exports", "growth", 10.2, "percent", Q1, "10.2", E_PROD, product="mechanical and electrical products"),
        fact(ZJ, "exports", "growth", 4.1, "percent", Q1, "4.1", E_PROD, product="labour-intensive products"),
    ],
}
