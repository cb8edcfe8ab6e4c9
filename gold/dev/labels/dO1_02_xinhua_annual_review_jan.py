"""Hand labels for dO1_02_xinhua_annual_review_jan (set O, held out): Xinhua annual review of China's 2025 trade."""

from _fact import fact, period

YEAR = period(2025, 1, 12)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
Q3 = period(2025, 7, 9)
Q4 = period(2025, 10, 12)
DECEMBER = period(2025, 12)
YEAR_2020 = period(2020, 1, 12)

E_TOTAL = "put the full-year figure at 45.47 trillion yuan (about 6.35 trillion U.S. dollars), 3.8 percent higher year on year"
E_TRADE = "Exports, at 26.99 trillion yuan, were up 6.1 percent, while imports inched 0.5 percent higher to 18.48 trillion yuan."
E_QUARTERS = (
    "The first quarter's imports and exports came to 10.3 trillion yuan; the next three quarters brought 11.49 trillion yuan, "
    "11.82 trillion yuan and 11.86 trillion yuan."
)
E_PRIVATE = "Private enterprises handled 26.05 trillion yuan of the trade, up 7.1 percent from a year earlier and equal to 57.3 percent of the national figure"
E_BRI = "China traded 23.6 trillion yuan with countries taking part in the Belt and Road Initiative, a rise of 6.3 percent, giving them 51.9 percent of all trade."
E_ASEAN = "Two-way trade with the Association of Southeast Asian Nations (ASEAN), still China's largest trading partner, increased 8 percent to 7.55 trillion yuan."
E_HIGH_TECH = "high-tech products brought in export sales of 5.25 trillion yuan, a 13.2 percent increase"

BRI = "Belt and Road partner countries"

ARTICLE = {
    "id": "dO1_02_xinhua_annual_review_jan",
    "title": "Exporters spread their bets as China's goods trade hits record above 45 trillion yuan",
    "publisher": "Xinhua",
    "published": "2026-01-14",
    "notes": [
        "Dateline 'BEIJING, Jan. 14 (Xinhua)' has no year; 'last year' against published 2026-01-14 makes the running period 2025.",
        "Headline 'record above 45 trillion yuan' and lead 'went beyond 45 trillion yuan' are thresholds for the exact 45.47 trillion: the exact figure only.",
        "'(about 6.35 trillion U.S. dollars)': a separate USD fact, qualifier approx.",
        "'wider than in the previous year' for the surplus has no number: only the surplus value is labelled.",
        "'the largest goods trader in the world': rank 1 of China's total trade (world ranking), labelled; 'since 2017' is a year, out.",
        "Quarterly path: 10.3 trillion in Q1, then 11.49/11.82/11.86 trillion for 'the next three quarters' = Q2, Q3, Q4 in order.",
        "'In the fourth quarter trade grew 3 percent from a year earlier': growth of Q4, yoy.",
        "December 4.22 trillion 'the largest for any month on record': value labelled, the record claim has no number.",
        "'the 2020 total for imports and exports was 32.16 trillion yuan': a fact for 2020, labelled with period 2020; 'exceeded it by more than 40 percent' (2020) is a comparison with an earlier year, not yoy: out.",
        "'expanded for nine years in a row' (streak), '25,000 more than the year before' (change in a count), '1.8 percentage points higher' and 'added 2.4 percentage points': out.",
        "Enterprise counts: 723,000 companies that recorded import or export activity (segment foreign trade enterprises) and 634,000 private businesses (segment private enterprises).",
        "'Since 2019, no other type of company has traded more by value': no number, not labelled as a rank.",
        "US trade 'down 14.6 percent': growth -14.6 with partner United States; no value given.",
        "China-Europe freight trips (19,000), GDP growth (about 5 percent) and the analysts' 3 percent outlook: out.",
    ],
    "facts": [
        fact("China", "total", "value", 45.47e12, "CNY", YEAR, "45.47 trillion", E_TOTAL),
        fact("China", "total", "value", 6.35e12, "USD", YEAR, "6.35 trillion", E_TOTAL, qualifier="approx"),
        fact("China", "total", "growth", 3.8, "percent", YEAR, "3.8", E_TOTAL),
        fact("China", "exports", "value", 26.99e12, "CNY", YEAR, "26.99 trillion", E_TRADE),
        fact("China", "exports", "growth", 6.1, "percent", YEAR, "6.1", E_TRADE),
        fact("China", "imports", "value", 18.48e12, "CNY", YEAR, "18.48 trillion", E_TRADE),
        fact("China", "imports", "growth", 0.5, "percent", YEAR, "0.5", E_TRADE),
        fact("China", "balance", "value", 8.51e12, "CNY", YEAR, "8.51 trillion", "The surplus, wider than in the previous year, reached 8.51 trillion yuan"),
        fact("China", "total", "rank", 1, "number", YEAR, "largest", "China is still the largest goods trader in the world"),
        fact("China", "total", "value", 10.3e12, "CNY", Q1, "10.3 trillion", E_QUARTERS),
        fact("China", "total", "value", 11.49e12, "CNY", Q2, "11.49 trillion", E_QUARTERS),
        fact("China", "total", "value", 11.82e12, "CNY", Q3, "11.82 trillion", E_QUARTERS),
        fact("China", "total", "value", 11.86e12, "CNY", Q4, "11.86 trillion", E_QUARTERS),
        fact("China", "total", "growth", 3, "percent", Q4, "3", "In the fourth quarter trade grew 3 percent from a year earlier"),
        fact("China", "total", "value", 4.22e12, "CNY", DECEMBER, "4.22 trillion", "the December figure of 4.22 trillion yuan"),
        fact("China", "total", "value", 32.16e12, "CNY", YEAR_2020, "32.16 trillion", "the 2020 total for imports and exports was 32.16 trillion yuan"),
        fact(
            "China",
            "total",
            "count",
            723000,
            "number",
            YEAR,
            "723,000",
            "Last year 723,000 companies recorded import or export activity",
            segment="foreign trade enterprises",
        ),
        fact("China", "total", "count", 634000, "number", YEAR, "634,000", "Most of them, 634,000, were private businesses.", segment="private enterprises"),
        fact("China", "total", "value", 26.05e12, "CNY", YEAR, "26.05 trillion", E_PRIVATE, segment="private enterprises"),
        fact("China", "total", "growth", 7.1, "percent", YEAR, "7.1", E_PRIVATE, segment="private enterprises"),
        fact("China", "total", "share", 57.3, "percent", YEAR, "57.3", E_PRIVATE, segment="private enterprises"),
        fact("China", "total", "value", 23.6e12, "CNY", YEAR, "23.6 trillion", E_BRI, partner=BRI),
        fact("China", "total", "growth", 6.3, "percent", YEAR, "6.3", E_BRI, partner=BRI),
        fact("China", "total", "share", 51.9, "percent", YEAR, "51.9", E_BRI, partner=BRI),
        fact("China", "total", "rank", 1, "number", YEAR, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 8, "percent", YEAR, "8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 7.55e12, "CNY", YEAR, "7.55 trillion", E_ASEAN, partner="ASEAN"),
        fact(
            "China",
            "total",
            "growth",
            -14.6,
            "percent",
            YEAR,
            "14.6",
            "heavier tariffs dragged China-U.S. trade down 14.6 percent for the year",
            partner="United States",
        ),
        fact("China", "exports", "value", 5.25e12, "CNY", YEAR, "5.25 trillion", E_HIGH_TECH, product="high-tech products"),
        fact("China", "exports", "growth", 13.2, "percent", YEAR, "13.2", E_HIGH_TECH, product="high-tech products"),
    ],
}
