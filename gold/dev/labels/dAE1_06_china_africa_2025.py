from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
C = "China"
AF = "Africa"

LEAD = "Trade between China and Africa climbed 17.6 percent year-on-year to a record 2.49 trillion yuan ($348 billion) in 2025"
SHARE = "Africa's share of China's total foreign trade rose to 5.5 percent last year"
NAT = "China's goods trade as a whole expanded 3.8 percent in 2025 to 45.47 trillion yuan."
EXP = "China's shipments to Africa soared 25.7 percent to 1.61 trillion yuan"
IMP = "its purchases from the continent increased 5.3 percent to 880 billion yuan"
DECS = "Bilateral trade in December by itself reached 232.6 billion yuan, 21.3 percent more than a year earlier."
ME = ("Such exports rose 29.4 percent to 765.3 billion yuan, representing 47.5 percent of all Chinese exports to "
      "the continent")
AUTO = "Car exports surged 52.1 percent"
PV = "exports of photovoltaic products such as solar panels and inverters grew 41.6 percent"
SA = "China's trade with South Africa grew 3.1 percent to 391.2 billion yuan"
NG = "Shipments to Nigeria jumped 36.8 percent to 193.6 billion yuan"
DRC = ("China bought 139.5 billion yuan of goods from the Democratic Republic of the Congo, a key source of copper "
       "and cobalt, an increase of 6.8 percent")
AO = "Imports from Angola, which are mainly crude oil, dropped 11.4 percent"
AGRI = "China's purchases of agricultural products from Africa increased 9.8 percent to 48.6 billion yuan"
BAL = "China's surplus with the continent growing to 730 billion yuan"

ARTICLE = {
    "id": "dAE1_06_china_africa_2025",
    "title": "Exports to Africa jump 25.7% as China-Africa trade sets new record in 2025: GAC",
    "publisher": "Global Times",
    "published": "2026-01-14",
    "notes": [
        "Area China throughout; partner Africa for China-Africa figures ('the continent', 'bilateral trade').",
        "Period: full year 2025 ('in 2025', 'last year' from a January 2026 publication); December 2025 for 'in December by itself'.",
        "$348 billion is the USD conversion of the 2.49 trillion yuan total: separate USD fact with qualifier approx (a conversion, per the brief).",
        "Share 5.5: China-Africa trade as a share of China's total foreign trade.",
        "Out of scope: 'up 0.7 percentage points from 2024' (percentage-point comparison).",
        "China's overall goods trade 45.47 trillion yuan, +3.8%: area China, partner null.",
        "Mechanical and electrical products: 'Such exports' refers back; partner Africa; share 47.5 of China's exports to Africa.",
        "Automobiles (+52.1%) and photovoltaic products (+41.6%): exports to Africa (paragraph about shipments to Africa).",
        "South Africa: total trade; Nigeria: exports; Democratic Republic of the Congo: imports ('China bought ... from'); Angola: imports, growth only.",
        "Balance: 'China's surplus with the continent growing to 730 billion yuan' -> balance value +730e9, partner Africa; no growth stated.",
        "Out of scope: zero-tariff '100 percent of tariff lines', '33 African countries', '53 African countries' (not trade flows or trading-partner counts), 'December 1, 2024'.",
        "Out of scope: the researcher's expectation of 'more than 10 percent' growth in 2026 (forecast).",
        "Out of scope: 'fourth' expo, 4,700 exhibitors, 'agreements worth billions of dollars' (not trade flows).",
    ],
    "facts": [
        fact(C, "total", "value", 2.49e12, "CNY", Y, "2.49 trillion", LEAD, partner=AF),
        fact(C, "total", "value", 348e9, "USD", Y, "$348 billion", LEAD, partner=AF, qualifier="approx"),
        fact(C, "total", "growth", 17.6, "percent", Y, "17.6", LEAD, partner=AF),
        fact(C, "total", "share", 5.5, "percent", Y, "5.5", SHARE, partner=AF),
        fact(C, "total", "growth", 3.8, "percent", Y, "3.8", NAT),
        fact(C, "total", "value", 45.47e12, "CNY", Y, "45.47 trillion", NAT),
        fact(C, "exports", "growth", 25.7, "percent", Y, "25.7", EXP, partner=AF),
        fact(C, "exports", "value", 1.61e12, "CNY", Y, "1.61 trillion", EXP, partner=AF),
        fact(C, "imports", "growth", 5.3, "percent", Y, "5.3", IMP, partner=AF),
        fact(C, "imports", "value", 880e9, "CNY", Y, "880 billion", IMP, partner=AF),
        fact(C, "total", "growth", 21.3, "percent", DEC, "21.3", DECS, partner=AF),
        fact(C, "total", "value", 232.6e9, "CNY", DEC, "232.6 billion", DECS, partner=AF),
        fact(C, "exports", "value", 765.3e9, "CNY", Y, "765.3 billion", ME, partner=AF, product="mechanical and electrical products"),
        fact(C, "exports", "growth", 29.4, "percent", Y, "29.4", ME, partner=AF, product="mechanical and electrical products"),
        fact(C, "exports", "share", 47.5, "percent", Y, "47.5", ME, partner=AF, product="mechanical and electrical products"),
        fact(C, "exports", "growth", 52.1, "percent", Y, "52.1", AUTO, partner=AF, product="automobiles"),
        fact(C, "exports", "growth", 41.6, "percent", Y, "41.6", PV, partner=AF, product="photovoltaic products"),
        fact(C, "total", "value", 391.2e9, "CNY", Y, "391.2 billion", SA, partner="South Africa"),
        fact(C, "total", "growth", 3.1, "percent", Y, "3.1", SA, partner="South Africa"),
        fact(C, "exports", "growth", 36.8, "percent", Y, "36.8", NG, partner="Nigeria"),
        fact(C, "exports", "value", 193.6e9, "CNY", Y, "193.6 billion", NG, partner="Nigeria"),
        fact(C, "imports", "growth", 6.8, "percent", Y, "6.8", DRC, partner="Democratic Republic of the Congo"),
        fact(C, "imports", "value", 139.5e9, "CNY", Y, "139.5 billion", DRC, partner="Democratic Republic of the Congo"),
        fact(C, "imports", "growth", -11.4, "percent", Y, "11.4", AO, partner="Angola"),
        fact(C, "imports", "growth", 9.8, "percent", Y, "9.8", AGRI, partner=AF, product="agricultural products"),
        fact(C, "imports", "value", 48.6e9, "CNY", Y, "48.6 billion", AGRI, partner=AF, product="agricultural products"),
        fact(C, "balance", "value", 730e9, "CNY", Y, "730 billion", BAL, partner=AF),
    ],
}
