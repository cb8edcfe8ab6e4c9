from _fact import fact, period

Q1Q3 = period(2025, 1, 9)
SEP = period(2025, 9)
A = "Heilongjiang"

LEAD = ("Foreign trade of Heilongjiang, China's northernmost province, decreased 2.4 percent year on year in the first "
        "three quarters of 2025 to 228.65 billion yuan (about 32.1 billion U.S. dollars)")
EXP = "the border province's exports grew 11.6 percent to 62.37 billion yuan"
IMP = "its imports fell 6.8 percent to 166.28 billion yuan"
RU = ("Russia was still the province's largest trading partner, with bilateral trade of 152.84 billion yuan, equal "
      "to 66.8 percent of Heilongjiang's total foreign trade")
RU_G = "That amount was 5.1 percent below the level of a year earlier."
RU_X = "Exports to Russia, mainly cars, construction machinery and fresh vegetables, increased 14.3 percent to 24.16 billion yuan"
RU_M = "Imports from the neighbor, chiefly crude oil, coal and timber, declined 8 percent to 128.68 billion yuan"
CRUDE_Q = "Crude oil imports into the province amounted to 19.76 million tonnes in the January-September period"
CRUDE_V = "their value fell 12.1 percent to 88.6 billion yuan"
BRI = ("Trade with Belt and Road partner countries came to 181.2 billion yuan, equivalent to 79.2 percent of the "
       "province's overall foreign trade")
RCEP = ("With the other members of the Regional Comprehensive Economic Partnership (RCEP), the province's trade "
        "increased 9.7 percent to 21.45 billion yuan")
PRIV = ("Private companies, which carry most of Heilongjiang's foreign trade, saw their imports and exports grow 3.2 "
        "percent to 158.9 billion yuan, or 69.5 percent of the total")
ME = "Outbound shipments of mechanical and electrical products rose 18.6 percent to 27.84 billion yuan"
SEPT = ("The province's foreign trade in September totaled 26.7 billion yuan, an increase of 3.6 percent year on "
        "year and of 7.9 percent from August")

ARTICLE = {
    "id": "dAE1_04_heilongjiang_q1q3_2025",
    "title": "Heilongjiang's exports grow 11.6 pct over January-September",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Area Heilongjiang throughout (dateline and lead); 'the border province', 'the province' = Heilongjiang.",
        "Period Jan-Sep 2025 ('first three quarters of 2025', 'from January to September', 'January-September period').",
        "'That amount was 5.1 percent below the level of a year earlier': refers back to trade with Russia -> partner Russia, total, growth -5.1.",
        "'Exports to Russia' and 'Imports from the neighbor': partner Russia.",
        "'largest trading partner' -> rank 1 for Russia (total).",
        "Crude oil: 19.76 million tonnes is a quantity fact (world, imports, product crude oil); the value fell 12.1% to 88.6 bn.",
        "Out of scope: 'with volume rising 0.9 percent' (volume growth beside value growth).",
        "Out of scope: 'trailed the national rate by 6.4 percentage points' (percentage-point comparison).",
        "RCEP figure is trade with the other RCEP members: partner 'Regional Comprehensive Economic Partnership' (acronym written out).",
        "Partner for Belt and Road: 'Belt and Road partner countries'.",
        "Private enterprises: segment 'private enterprises', value/growth/share of total foreign trade.",
        "Record number of enterprises: no number stated, nothing labelled.",
        "Cars 'expanded faster than any other major export': no number, nothing labelled.",
        "September: yoy 3.6 and mom 7.9 ('from August' = month before) as separate facts.",
        "Out of scope: 312 freight train trips, 3,000 km border, 25 ports, 5 percent GDP target, 'the first year-on-year gain since May' (streak).",
        "USD conversion 'about 32.1 billion U.S. dollars' labelled as a separate approx fact.",
    ],
    "facts": [
        fact(A, "total", "value", 228.65e9, "CNY", Q1Q3, "228.65 billion", LEAD),
        fact(A, "total", "value", 32.1e9, "USD", Q1Q3, "32.1 billion", LEAD, qualifier="approx"),
        fact(A, "total", "growth", -2.4, "percent", Q1Q3, "2.4", LEAD),
        fact(A, "exports", "growth", 11.6, "percent", Q1Q3, "11.6", EXP),
        fact(A, "exports", "value", 62.37e9, "CNY", Q1Q3, "62.37 billion", EXP),
        fact(A, "imports", "growth", -6.8, "percent", Q1Q3, "6.8", IMP),
        fact(A, "imports", "value", 166.28e9, "CNY", Q1Q3, "166.28 billion", IMP),
        fact(A, "total", "rank", 1, "number", Q1Q3, "largest", RU, partner="Russia"),
        fact(A, "total", "value", 152.84e9, "CNY", Q1Q3, "152.84 billion", RU, partner="Russia"),
        fact(A, "total", "share", 66.8, "percent", Q1Q3, "66.8", RU, partner="Russia"),
        fact(A, "total", "growth", -5.1, "percent", Q1Q3, "5.1", RU_G, partner="Russia"),
        fact(A, "exports", "growth", 14.3, "percent", Q1Q3, "14.3", RU_X, partner="Russia"),
        fact(A, "exports", "value", 24.16e9, "CNY", Q1Q3, "24.16 billion", RU_X, partner="Russia"),
        fact(A, "imports", "growth", -8, "percent", Q1Q3, "8", RU_M, partner="Russia"),
        fact(A, "imports", "value", 128.68e9, "CNY", Q1Q3, "128.68 billion", RU_M, partner="Russia"),
        fact(A, "imports", "quantity", 19.76e6, "tonnes", Q1Q3, "19.76 million", CRUDE_Q, product="crude oil"),
        fact(A, "imports", "growth", -12.1, "percent", Q1Q3, "12.1", CRUDE_V, product="crude oil"),
        fact(A, "imports", "value", 88.6e9, "CNY", Q1Q3, "88.6 billion", CRUDE_V, product="crude oil"),
        fact(A, "total", "value", 181.2e9, "CNY", Q1Q3, "181.2 billion", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "share", 79.2, "percent", Q1Q3, "79.2", BRI, partner="Belt and Road partner countries"),
        fact(A, "total", "growth", 9.7, "percent", Q1Q3, "9.7", RCEP, partner="Regional Comprehensive Economic Partnership"),
        fact(A, "total", "value", 21.45e9, "CNY", Q1Q3, "21.45 billion", RCEP, partner="Regional Comprehensive Economic Partnership"),
        fact(A, "total", "value", 158.9e9, "CNY", Q1Q3, "158.9 billion", PRIV, segment="private enterprises"),
        fact(A, "total", "growth", 3.2, "percent", Q1Q3, "3.2", PRIV, segment="private enterprises"),
        fact(A, "total", "share", 69.5, "percent", Q1Q3, "69.5", PRIV, segment="private enterprises"),
        fact(A, "exports", "growth", 18.6, "percent", Q1Q3, "18.6", ME, product="mechanical and electrical products"),
        fact(A, "exports", "value", 27.84e9, "CNY", Q1Q3, "27.84 billion", ME, product="mechanical and electrical products"),
        fact(A, "total", "value", 26.7e9, "CNY", SEP, "26.7 billion", SEPT),
        fact(A, "total", "growth", 3.6, "percent", SEP, "3.6", SEPT),
        fact(A, "total", "growth", 7.9, "percent", SEP, "7.9", SEPT, basis="mom"),
    ],
}
