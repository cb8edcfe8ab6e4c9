from _fact import fact, period

Q = period(2025, 1, 3)
SV = "services"
KIS = "knowledge-intensive services"
E_TOT = "Services imports and exports combined came to RMB1963.45 billion (RMB, same below), a year-on-year increase of 8.7%"
E_X = "Exports of services rose 11.3% to 842.37 billion"
E_M = "imports of services increased 6.8% to 1121.08 billion"
E_DEF = "The deficit in services trade narrowed by 4.8% to 278.71 billion"
E_USD = "Measured in US dollars, total services imports and exports were USD273.56 billion, up 7.6%"
E_KIS = "Knowledge-intensive services imports and exports totaled 727.6 billion, an increase of 6.9%, making up 37.1% of all services trade"
E_KX = "Exports within this category were 438.2 billion, rising 8.1%"
E_TR = "trade in travel services climbed 16.4% to 566.3 billion"
E_G = "in the first quarter China's total goods trade grew 1.3% to 10.3 trillion yuan"

ARTICLE = {
    "id": "dG1_06_mofcom_services_q1",
    "title": "MOFCOM Regular Press Conference of May 15: Full Transcript",
    "publisher": "Ministry of Commerce",
    "published": "2025-05-15",
    "notes": [
        "MOFCOM press-conference transcript; the text gives no year ('first quarter of this year'): 2025 from published; every figure is Q1 2025-01/2025-03.",
        "'(RMB, same below)': the bare amounts after it ('842.37 billion', '278.71 billion', '727.6 billion' ...) are CNY.",
        "Services totals carry product 'services'; knowledge-intensive and travel services carry their own product names.",
        "'The deficit in services trade narrowed by 4.8% to 278.71 billion': balance -278.71e9 and growth of the deficit -4.8 (narrowed). '14.14 billion less than a year earlier' is a derived comparison, out; so is 'Export growth outpaced import growth by 4.5 percentage points'.",
        "USD273.56 billion and 7.6%: the same services total in dollar terms; the value is a separate USD fact, and the dollar-terms growth is a second growth fact that shares every field but the value with the yuan growth.",
        "Knowledge-intensive services: 37.1% share of total services trade labelled; '0.6 percentage points above the year-earlier level' out.",
        "'Exports within this category were 438.2 billion': exports of knowledge-intensive services; 'intellectual property royalties grew the fastest, by 18.6%': exports growth, product 'intellectual property royalties'.",
        "Goods trade 10.3 trillion yuan, up 1.3% (product null) from the Q&A; 'the eighth straight quarter in which goods trade in a single quarter was above 10 trillion yuan' is a streak, out.",
        "Out: 9.47 million entries and 71.9% visa-free (not trade), 22 free trade agreements with 30 countries and regions, over 80 participating countries.",
    ],
    "facts": [
        fact("China", "total", "value", 1963.45e9, "CNY", Q, "1963.45 billion", E_TOT, product=SV),
        fact("China", "total", "growth", 8.7, "percent", Q, "8.7", E_TOT, product=SV),
        fact("China", "exports", "value", 842.37e9, "CNY", Q, "842.37 billion", E_X, product=SV),
        fact("China", "exports", "growth", 11.3, "percent", Q, "11.3", E_X, product=SV),
        fact("China", "imports", "value", 1121.08e9, "CNY", Q, "1121.08 billion", E_M, product=SV),
        fact("China", "imports", "growth", 6.8, "percent", Q, "6.8", E_M, product=SV),
        fact("China", "balance", "growth", -4.8, "percent", Q, "4.8", E_DEF, product=SV),
        fact("China", "balance", "value", -278.71e9, "CNY", Q, "278.71 billion", E_DEF, product=SV),
        fact("China", "total", "value", 273.56e9, "USD", Q, "273.56 billion", E_USD, product=SV),
        fact("China", "total", "growth", 7.6, "percent", Q, "7.6", E_USD, product=SV),
        fact("China", "total", "value", 727.6e9, "CNY", Q, "727.6 billion", E_KIS, product=KIS),
        fact("China", "total", "growth", 6.9, "percent", Q, "6.9", E_KIS, product=KIS),
        fact("China", "total", "share", 37.1, "percent", Q, "37.1", E_KIS, product=KIS),
        fact("China", "exports", "value", 438.2e9, "CNY", Q, "438.2 billion", E_KX, product=KIS),
        fact("China", "exports", "growth", 8.1, "percent", Q, "8.1", E_KX, product=KIS),
        fact("China", "exports", "growth", 18.6, "percent", Q, "18.6",
             "intellectual property royalties grew the fastest, by 18.6%", product="intellectual property royalties"),
        fact("China", "total", "value", 566.3e9, "CNY", Q, "566.3 billion", E_TR, product="travel services"),
        fact("China", "total", "growth", 16.4, "percent", Q, "16.4", E_TR, product="travel services"),
        fact("China", "total", "value", 10.3e12, "CNY", Q, "10.3 trillion", E_G),
        fact("China", "total", "growth", 1.3, "percent", Q, "1.3", E_G),
    ],
}
