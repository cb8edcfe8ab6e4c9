"""Hand labels for dO1_02_xinhua_annual_review_jan (set O, held out): Xinhua annual review of China's 2025 trade."""

from _fact import fact, period

YEAR = period(2025, 1, 12)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
Q3 = period(2025, 7, 9)
Q4 = period(2025, 10, 12)
DECEMBER = period(2025, 12)
YEAR_2020 = period(2020, 1, 12)

E_TOTAL = "Total trade in goods rose 3.8 percent year on year to 45.47 trillion yuan (about 6.35 trillion U.S. dollars)"
E_TRADE = "Exports expanded 6.1 percent to 26.99 trillion yuan, while imports edged up 0.5 percent to 18.48 trillion yuan."
E_QUARTERS = (
    "Imports and exports totaled 10.3 trillion yuan in the first quarter and then rose to 11.49 trillion yuan, "
    "11.82 trillion yuan and 11.86 trillion yuan in the following three quarters."
)
E_PRIVATE = "Private enterprises' imports and exports grew 7.1 percent to 26.05 trillion yuan, accounting for 57.3 percent of the national total"
E_BRI = "Trade with countries participating in the Belt and Road Initiative reached 23.6 trillion yuan, up 6.3 percent and accounting for 51.9 percent of the total."
E_ASEAN = "The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner, with bilateral trade rising 8 percent to 7.55 trillion yuan."
E_HIGH_TECH = "exports of high-tech products rose 13.2 percent to 5.25 trillion yuan"

BRI = "Belt and Road partner countries"

ARTICLE = {
    "id": "dO1_02_xinhua_annual_review_jan",
    "title": "China's foreign trade tops 45 trillion yuan, sets new record as exporters diversify",
    "publisher": "Xinhua",
    "published": "2026-01-14",
    "notes": [
        "Dateline 'BEIJING, Jan. 14 (Xinhua)' has no year; 'last year' against published 2026-01-14 makes the running period 2025.",
        "Headline 'tops 45 trillion yuan' and lead 'passing the 45-trillion-yuan mark' are thresholds for the exact 45.47 trillion: the exact figure only.",
        "'(about 6.35 trillion U.S. dollars)': a separate USD fact, qualifier approx.",
        "'widening from the previous year' for the surplus has no number: only the surplus value is labelled.",
        "'the world's largest trader in goods': rank 1 of China's total trade (world ranking), labelled; 'since 2017' is a year, out.",
        "Quarterly path: 10.3 trillion in Q1, then 11.49/11.82/11.86 trillion 'in the following three quarters' = Q2, Q3, Q4 in order.",
        "'Fourth-quarter trade was up 3 percent from a year earlier': growth of Q4, yoy.",
        "December 4.22 trillion 'the highest monthly total on record': value labelled, the record claim has no number.",
        "'In 2020, ... stood at 32.16 trillion yuan': a fact for 2020, labelled with period 2020; 'more than 40 percent higher' than 2020 is a comparison with an earlier year, not yoy: out.",
        "'the ninth consecutive year of growth' (streak), 'up 25,000 from the previous year' (change in a count), '1.8 percentage points more' and 'contributing 2.4 percentage points': out.",
        "Enterprise counts: 723,000 enterprises with import and export performance (segment foreign trade enterprises) and 634,000 private firms (segment private enterprises).",
        "'Private companies have led China's foreign trade by value since 2019': no number, not labelled as a rank.",
        "US trade 'fell 14.6 percent': growth -14.6 with partner United States; no value given.",
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
        fact("China", "balance", "value", 8.51e12, "CNY", YEAR, "8.51 trillion", "The trade surplus came in at 8.51 trillion yuan"),
        fact("China", "total", "rank", 1, "number", YEAR, "largest", "China remained the world's largest trader in goods"),
        fact("China", "total", "value", 10.3e12, "CNY", Q1, "10.3 trillion", E_QUARTERS),
        fact("China", "total", "value", 11.49e12, "CNY", Q2, "11.49 trillion", E_QUARTERS),
        fact("China", "total", "value", 11.82e12, "CNY", Q3, "11.82 trillion", E_QUARTERS),
        fact("China", "total", "value", 11.86e12, "CNY", Q4, "11.86 trillion", E_QUARTERS),
        fact("China", "total", "growth", 3, "percent", Q4, "3", "Fourth-quarter trade was up 3 percent from a year earlier"),
        fact("China", "total", "value", 4.22e12, "CNY", DECEMBER, "4.22 trillion", "December alone brought in 4.22 trillion yuan"),
        fact("China", "total", "value", 32.16e12, "CNY", YEAR_2020, "32.16 trillion", "In 2020, China's total imports and exports stood at 32.16 trillion yuan"),
        fact(
            "China",
            "total",
            "count",
            723000,
            "number",
            YEAR,
            "723,000",
            "The number of enterprises with import and export performance reached 723,000 last year",
            segment="foreign trade enterprises",
        ),
        fact("China", "total", "count", 634000, "number", YEAR, "634,000", "Private firms made up the bulk of them, numbering 634,000.", segment="private enterprises"),
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
            "Trade with the United States, in contrast, fell 14.6 percent over the year",
            partner="United States",
        ),
        fact("China", "exports", "value", 5.25e12, "CNY", YEAR, "5.25 trillion", E_HIGH_TECH, product="high-tech products"),
        fact("China", "exports", "growth", 13.2, "percent", YEAR, "13.2", E_HIGH_TECH, product="high-tech products"),
    ],
}
