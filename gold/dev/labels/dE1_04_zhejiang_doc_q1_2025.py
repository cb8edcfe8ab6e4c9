from _fact import fact, period

Q1 = period(2025, 1, 3)
ZJ = "Zhejiang"
E_TOT = "the total import and export value of goods of our province was 1.28 trillion yuan, a year-on-year increase of 6.2%"
E_EXP = "Of which, exports were 962.5 billion yuan, an increase of 8.5%"
E_IMP = "imports were 317.6 billion yuan, a decrease of 0.3%"
E_GT = "The import and export value of general trade was 1.03 trillion yuan, accounting for 80.5% of the province's total"
E_MP = "exports under market procurement were 148.67 billion yuan, up 15.8%, accounting for 15.4% of the province's total exports"
E_PE = "The import and export value of private enterprises reached 1.02 trillion yuan, an increase of 8.3%, accounting for 79.7% of the total"
E_PROD = "Exports of mechanical and electrical products and labour-intensive products were 428.6 and 205.3 billion yuan respectively, up 10.2% and 4.1%"

ARTICLE = {
    "id": "dE1_04_zhejiang_doc_q1_2025",
    "title": "Zhejiang's Foreign Trade Maintained Steady Growth with Improving Quality in the First Quarter",
    "publisher": "Department of Commerce of Zhejiang Province",
    "published": "2025-04-21",
    "notes": [
        "Translated government prose: 'our province' and 'the province' are Zhejiang; '(the same below)' makes every later rate a year-on-year rate for the first quarter of 2025.",
        "'Of which' introduces exports and imports as parts of the total.",
        "General trade, processing trade and market procurement are segments; market procurement figures are exports ('exports under market procurement'); its share is of the province's total exports.",
        "'428.6 and 205.3 billion yuan respectively': the scale word 'billion' is written once after the last number; value_text is the number as written ('428.6'), value 428.6e9. check.py cannot carry the scale word back to '428.6' and flags it (parser limitation, label kept).",
        "'The number of enterprises with actual import and export performance ... reached 98,000' is a count of foreign trade enterprises; 'an increase of 6,200' is a derived difference, out.",
        "Out of scope: '4.9 percentage points higher than the national level', 'contributing 5.4 percentage points to the growth', the 'Ten Thousand Enterprises Expanding Markets' action (a name), 210 overseas exhibitions, the annual target.",
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
             "The import and export value of processing trade was 98.4 billion yuan", segment="processing trade"),
        fact(ZJ, "exports", "value", 148.67e9, "CNY", Q1, "148.67 billion", E_MP, segment="market procurement"),
        fact(ZJ, "exports", "growth", 15.8, "percent", Q1, "15.8", E_MP, segment="market procurement"),
        fact(ZJ, "exports", "share", 15.4, "percent", Q1, "15.4", E_MP, segment="market procurement"),
        fact(ZJ, "total", "value", 1.02e12, "CNY", Q1, "1.02 trillion", E_PE, segment="private enterprises"),
        fact(ZJ, "total", "growth", 8.3, "percent", Q1, "8.3", E_PE, segment="private enterprises"),
        fact(ZJ, "total", "share", 79.7, "percent", Q1, "79.7", E_PE, segment="private enterprises"),
        fact(ZJ, "total", "count", 98000, "number", Q1, "98,000",
             "The number of enterprises with actual import and export performance in the province reached 98,000",
             segment="foreign trade enterprises"),
        fact(ZJ, "exports", "value", 428.6e9, "CNY", Q1, "428.6", E_PROD, product="mechanical and electrical products"),
        fact(ZJ, "exports", "value", 205.3e9, "CNY", Q1, "205.3 billion", E_PROD, product="labour-intensive products"),
        fact(ZJ, "exports", "growth", 10.2, "percent", Q1, "10.2", E_PROD, product="mechanical and electrical products"),
        fact(ZJ, "exports", "growth", 4.1, "percent", Q1, "4.1", E_PROD, product="labour-intensive products"),
    ],
}
