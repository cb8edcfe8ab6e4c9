from _fact import fact, period

YEAR_2025 = period(2025, 1, 12)
DECEMBER = period(2025, 12)

EVIDENCE_TOTAL = "China's goods imports and exports hit a record 45.47 trillion yuan in 2025, rising 3.8 percent from the year before"
EVIDENCE_EXPORTS_CNY = 'exports totalled 26.99 trillion yuan, a rise of 6.1 percent year on year'
EVIDENCE_IMPORTS_CNY = 'imports of 18.48 trillion yuan, which were 0.5 percent higher'
EVIDENCE_EXPORTS_USD = 'outbound shipments reached 3.77 trillion dollars, up 5.5 percent'
EVIDENCE_SURPLUS_USD = 'At about 1.19 trillion dollars, the surplus was 20 percent bigger than a year before'
EVIDENCE_US = "trade with the United States dropped 17 percent to 4.05 trillion yuan, or 8.9 percent of China's total foreign trade"
EVIDENCE_ASEAN = 'two-way trade up 8 percent at 7.55 trillion yuan'
EVIDENCE_EU = 'Trade with the European Union grew 2 percent to 5.98 trillion yuan'
EVIDENCE_BRI = 'Trade with this group expanded by 6.3 percent to 23.6 trillion yuan'
EVIDENCE_BRI_SHARE = "represented 51.9 percent of the country's total"
EVIDENCE_PRIVATE = 'whose trade rose 7.1 percent to 26.04 trillion yuan'
EVIDENCE_PRIVATE_SHARE = 'They accounted for 57.3 percent of the national total'
EVIDENCE_HIGH_TECH = 'High-tech product exports increased 13.2 percent to 5.25 trillion yuan'

BRI = "Belt and Road partner countries"
PRIVATE = "private enterprises"

ARTICLE = {
    "id": "dS1_01_cgtn_annual_trade_2025",
    "title": "China's 2025 goods trade sets record at 45.47 trillion yuan as surplus passes $1 trillion",
    "publisher": "CGTN",
    "published": "2026-01-14",
    "notes": [
        "CGTN annual review published 2026-01-14; the running period is the year 2025, stated in the text.",
        "Headline restates the yuan total; 'surplus passes $1 trillion' is a threshold for the same observation as "
        "'about 1.19 trillion dollars': the exact (approx) figure only.",
        "Growth in yuan terms and in dollar terms of exports are both labelled; they differ only in value.",
        "'imports were flat at 2.58 trillion dollars': the value is labelled; 'were flat' states no rate, so no "
        "dollar import growth fact.",
        "The dollar surplus 'was 20 percent bigger': balance growth +20; the surplus value is approx ('about').",
        "December dollar export growth (6.6) labelled with period 2025-12; 'a faster pace than November's' gives no number.",
        "'more than 240 countries and regions' (the official's remarks): count of trading partners, qualifier over, year 2025.",
        "'trade with 190 of them grew': conditional count, out.",
        "ASEAN 'stayed China's largest trading partner': rank 1; 'a 17th year running' is a streak, out.",
        "Percentage points (BRI outpacing overall growth by 2.5, private share up 1.8, Chinese-branded share up 1.4): out.",
        "'gone past the trillion-dollar mark' milestone, 'since 2017', GDP target 'around 5 percent': out of scope.",
        "No dollar total is stated; the yuan surplus 8.51 trillion = 26.99 - 18.48; the dollar surplus 1.19 = 3.77 - 2.58.",
    ],
    "facts": [
        fact("China", "total", "value", 45.47e12, "CNY", YEAR_2025, "45.47 trillion", EVIDENCE_TOTAL),
        fact("China", "total", "growth", 3.8, "percent", YEAR_2025, "3.8", EVIDENCE_TOTAL),
        fact("China", "exports", "growth", 6.1, "percent", YEAR_2025, "6.1", EVIDENCE_EXPORTS_CNY),
        fact("China", "exports", "value", 26.99e12, "CNY", YEAR_2025, "26.99 trillion", EVIDENCE_EXPORTS_CNY),
        fact("China", "imports", "growth", 0.5, "percent", YEAR_2025, "0.5", EVIDENCE_IMPORTS_CNY),
        fact("China", "imports", "value", 18.48e12, "CNY", YEAR_2025, "18.48 trillion", EVIDENCE_IMPORTS_CNY),
        fact(
            "China",
            "balance",
            "value",
            8.51e12,
            "CNY",
            YEAR_2025,
            "8.51 trillion",
            "The surplus on goods trade thus stood at 8.51 trillion yuan",
        ),
        fact("China", "exports", "growth", 5.5, "percent", YEAR_2025, "5.5", EVIDENCE_EXPORTS_USD),
        fact("China", "exports", "value", 3.77e12, "USD", YEAR_2025, "3.77 trillion", EVIDENCE_EXPORTS_USD),
        fact(
            "China",
            "imports",
            "value",
            2.58e12,
            "USD",
            YEAR_2025,
            "2.58 trillion",
            "imports were flat at 2.58 trillion dollars",
        ),
        fact("China", "balance", "growth", 20, "percent", YEAR_2025, "20", EVIDENCE_SURPLUS_USD),
        fact(
            "China",
            "balance",
            "value",
            1.19e12,
            "USD",
            YEAR_2025,
            "1.19 trillion",
            EVIDENCE_SURPLUS_USD,
            qualifier="approx",
        ),
        fact(
            "China",
            "exports",
            "growth",
            6.6,
            "percent",
            DECEMBER,
            "6.6",
            "December exports, measured in dollars, were 6.6 percent higher than a year earlier",
        ),
        fact(
            "China",
            "total",
            "count",
            240,
            "number",
            YEAR_2025,
            "240",
            "China's trading partners now number more than 240 countries and regions",
            segment="trading partners",
            qualifier="over",
        ),
        fact(
            "China",
            "total",
            "rank",
            1,
            "number",
            YEAR_2025,
            "largest",
            "the Association of Southeast Asian Nations (ASEAN) was China's largest trading partner",
            partner="ASEAN",
        ),
        fact("China", "total", "growth", 8, "percent", YEAR_2025, "8", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 7.55e12, "CNY", YEAR_2025, "7.55 trillion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact(
            "China", "total", "value", 5.98e12, "CNY", YEAR_2025, "5.98 trillion", EVIDENCE_EU, partner="European Union"
        ),
        fact("China", "total", "growth", 2, "percent", YEAR_2025, "2", EVIDENCE_EU, partner="European Union"),
        fact("China", "total", "growth", -17, "percent", YEAR_2025, "17", EVIDENCE_US, partner="United States"),
        fact(
            "China", "total", "value", 4.05e12, "CNY", YEAR_2025, "4.05 trillion", EVIDENCE_US, partner="United States"
        ),
        fact("China", "total", "share", 8.9, "percent", YEAR_2025, "8.9", EVIDENCE_US, partner="United States"),
        fact("China", "total", "growth", 6.3, "percent", YEAR_2025, "6.3", EVIDENCE_BRI, partner=BRI),
        fact("China", "total", "value", 23.6e12, "CNY", YEAR_2025, "23.6 trillion", EVIDENCE_BRI, partner=BRI),
        fact("China", "total", "share", 51.9, "percent", YEAR_2025, "51.9", EVIDENCE_BRI_SHARE, partner=BRI),
        fact("China", "total", "growth", 7.1, "percent", YEAR_2025, "7.1", EVIDENCE_PRIVATE, segment=PRIVATE),
        fact(
            "China", "total", "value", 26.04e12, "CNY", YEAR_2025, "26.04 trillion", EVIDENCE_PRIVATE, segment=PRIVATE
        ),
        fact("China", "total", "share", 57.3, "percent", YEAR_2025, "57.3", EVIDENCE_PRIVATE_SHARE, segment=PRIVATE),
        fact(
            "China",
            "exports",
            "growth",
            13.2,
            "percent",
            YEAR_2025,
            "13.2",
            EVIDENCE_HIGH_TECH,
            product="high-tech products",
        ),
        fact(
            "China",
            "exports",
            "value",
            5.25e12,
            "CNY",
            YEAR_2025,
            "5.25 trillion",
            EVIDENCE_HIGH_TECH,
            product="high-tech products",
        ),
    ],
}
