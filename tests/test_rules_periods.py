"""Which months a figure covers: one row per construction of trade reporting.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a period after a colon dates the clause after it, not the figures before the colon": (
        "Korea's exports\n\nSEOUL, Sept 1 - South Korea's exports rose 4.1% in August. Chip sales to China climbed "
        "9.3% to $3.9 billion, helped by a low base: in August last year, they had fallen 14%.",
        date(2025, 9, 1),
        [("South Korea", "China", "chips", None, "exports", "growth", "yoy", 9.3, "percent", "2025-08", "2025-08"),
         ("South Korea", "China", "chips", None, "exports", "value", None, 3.9e9, "USD", "2025-08", "2025-08")],
    ),
    "a share that 'was 4.1% over January-September' is the span's, not the base of a rate": (
        "China's exports\n\nBEIJING, Oct 13 (Reuters) - China's exports rose 8.3% in September. Japan's share of "
        "China's exports was 4.1% over January-September 2025, against 4.4% for all of 2024.",
        date(2025, 10, 13),
        [("China", "Japan", None, None, "exports", "share", None, 4.1, "percent", "2025-01", "2025-09")],
    ),
    "'in the half-year' after a figure of the half's second quarter is the half, not the quarter": (
        "China's trade in H1\n\nBEIJING, July 14 (Xinhua) -- China's foreign trade rose 2.9 percent in the first "
        "half of 2025.\n\nIn the second quarter, trade grew 4.5 percent. Exports rose 7.2 percent in the half-year "
        "to 13.02 trillion yuan.",
        date(2025, 7, 14),
        [("China", None, None, None, "total", "growth", "yoy", 4.5, "percent", "2025-04", "2025-06"),
         ("China", None, None, None, "exports", "value", None, 13.02e12, "CNY", "2025-01", "2025-06")],
    ),
    "'0.8% below their April-June level' is a change on the quarter before; 'their level a year before' on the year": (
        "UK trade\n\nLONDON - UK goods exports fell in the three months to September 2025. Over the quarter, exports "
        "came in 0.8% below their April-June level, and exports to Japan were 4.1% above their level a year before.",
        date(2025, 11, 13),
        [("United Kingdom", None, None, None, "exports", "growth", "qoq", -0.8, "percent", "2025-07", "2025-09"),
         ("United Kingdom", "Japan", None, None, "exports", "growth", "yoy", 4.1, "percent", "2025-07", "2025-09")],
    ),
    "'12.1% below September's 40.2 million tons': the possessive dates its own figure, the rate is this month's": (
        "China's coal imports\n\nBEIJING, Nov 20 (Reuters) - China's coal imports fell in October. Coal imports were "
        "35.3 million tons last month, up 4.4% from 33.8 million tons a year earlier but 12.1% below September's 40.2 "
        "million tons.",
        date(2025, 11, 20),
        [("China", None, "coal", None, "imports", "quantity", None, 33.8e6, "tonnes", "2024-10", "2024-10"),
         ("China", None, "coal", None, "imports", "growth", "mom", -12.1, "percent", "2025-10", "2025-10"),
         ("China", None, "coal", None, "imports", "quantity", None, 40.2e6, "tonnes", "2025-09", "2025-09")],
    ),
    "'the final quarter' named in a sentence with no figure dates the next sentence's": (
        "China's trade in 2024\n\nBEIJING - China's trade rose 5 percent in 2024. Momentum built late, and the final "
        "quarter was the strongest. Trade climbed 6.3 percent year on year.",
        date(2025, 1, 20),
        [("China", None, None, None, "total", "growth", "yoy", 6.3, "percent", "2024-10", "2024-12")],
    ),
    "'a 12.4% increase over August' compares with August: the rate is September's, month on month": (
        "China's antimony\n\nBEIJING - Customs recorded 1,420 tonnes of antimony leaving the country in September "
        "2025, a 12.4% increase over August.",
        date(2025, 10, 20),
        [("China", None, "antimony", None, "exports", "quantity", None, 1420.0, "tonnes", "2025-09", "2025-09"),
         ("China", None, "antimony", None, "exports", "growth", "mom", 12.4, "percent", "2025-09", "2025-09")],
    ),
    "'up from growth of 2.9 percent in the first half': the base rate is the first half's": (
        "China's trade\n\nBEIJING - China's trade grew 4.1 percent in the first three quarters of 2025, up from growth "
        "of 3.0 percent in the first half.",
        date(2025, 10, 14),
        [("China", None, None, None, "total", "growth", "yoy", 3.0, "percent", "2025-01", "2025-06")],
    ),
    "a range of quarters in a headline ('Q1-Q3') is January to September, for the story's later figures too": (
        "Jilin's trade with Japan rises 3.2 pct in Q1-Q3\n\nCHANGCHUN, Oct. 22 (Xinhua) -- Jilin's foreign trade "
        "grew 2.1 percent in the first three quarters of 2025.\n\nTrade with Japan rose 3.2 percent.",
        date(2025, 10, 22),
        [("Jilin", "Japan", None, None, "total", "growth", "yoy", 3.2, "percent", "2025-01", "2025-09")],
    ),
    "a period restated in brackets with its year, inside a fiscal year: the bracket's months, and they run on": (
        "Egypt's trade\n\nCAIRO, Jan 20 - Egypt's trade deficit narrowed 6.1 percent to $18.3 billion in the first "
        "half (July-December 2025) of fiscal year 2025/26. Exports grew 12.4 percent to $21.2 billion.",
        date(2026, 1, 20),
        [("Egypt", None, None, None, "balance", "value", None, -18.3e9, "USD", "2025-07", "2025-12"),
         ("Egypt", None, None, None, "exports", "value", None, 21.2e9, "USD", "2025-07", "2025-12")],
    ),
    "'On the month,' in a story on a quarter: the month the story last named, inside the quarter": (
        "UK trade\n\nLONDON - The UK goods deficit widened to £61.2 billion in the three months to June 2025. Goods "
        "exports fell 1.4% in June.\n\nOn the month, exports to non-EU countries dropped 3.1% to £14.8 billion.",
        date(2025, 8, 14),
        [("United Kingdom", "non-EU countries", None, None, "exports", "growth", "mom", -3.1, "percent", "2025-06",
          "2025-06"),
         ("United Kingdom", "non-EU countries", None, None, "exports", "value", None, 14.8e9, "GBP", "2025-06",
          "2025-06")],
    ),
    "'A year earlier,' opening a sentence dates its figures a year before the running period, and only them": (
        "Dutch trade\n\nTHE HAGUE, Dec 10 - The Netherlands ran a trade surplus of 6.2 billion euros in October. A "
        "year earlier, the surplus had stood at 7.4 billion euros. Imports rose 1.8 percent.",
        date(2025, 12, 10),
        [("Netherlands", None, None, None, "balance", "value", None, 7.4e9, "EUR", "2024-10", "2024-10"),
         ("Netherlands", None, None, None, "imports", "growth", "yoy", 1.8, "percent", "2025-10", "2025-10")],
    ),
    "a paragraph that turns to the month before: the period right after its first figure runs on": (
        "Korea's early November exports\n\nSEOUL, Nov. 12 (Yonhap) -- South Korea's exports rose 5.1 percent in "
        "November from a year earlier, customs data showed.\n\nSemiconductor exports hit $14.9 billion in October, "
        "up 21.3 percent. Steel products, by contrast, dropped 6.4 percent.",
        date(2025, 11, 12),
        [("South Korea", None, "steel products", None, "exports", "growth", "yoy", -6.4, "percent", "2025-10",
          "2025-10")],
    ),
    "a month in a pluperfect sentence looks back: the story's month runs on after it": (
        "French trade\n\nPARIS, Dec 5 (Reuters) - French exports rose 2.1% in October from the month before. In "
        "September, they had dropped by a revised 1.7%. Imports climbed 0.9% to 58.3 billion euros.",
        date(2025, 12, 5),
        [("France", None, None, None, "exports", "growth", "mom", -1.7, "percent", "2025-09", "2025-09"),
         ("France", None, None, None, "imports", "growth", "mom", 0.9, "percent", "2025-10", "2025-10"),
         ("France", None, None, None, "imports", "value", None, 58.3e9, "EUR", "2025-10", "2025-10")],
    ),
    "a quarter or a half written as a hyphenated adjective": (
        "Korea's year\n\nSEOUL - Fourth-quarter exports climbed 6.2 percent from a year earlier, and Korea's "
        "second-half imports fell 1.4 percent.",
        date(2025, 1, 2),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 6.2, "percent", "2024-10", "2024-12"),
         ("South Korea", None, None, None, "imports", "growth", "yoy", -1.4, "percent", "2024-07", "2024-12")],
    ),
    "the base of a percentage-point gap is no base of the rate before it": (
        "Korea's year\n\nSEOUL - Korea's exports rose 6.2 percent in the third quarter of 2025, 1.5 percentage "
        "points faster than in the second quarter.",
        date(2025, 10, 2),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 6.2, "percent", "2025-07", "2025-09")],
    ),
    "a comparison with 'the previous three months' reads the three months to the running month": (
        "UK trade\n\nLONDON - The UK's goods exports fell 2.1% in March 2025.\n\nImports rose 1.1% compared with "
        "the preceding three months to £205.4 billion. The deficit widened to £7.9 billion.\n\nCompared with the "
        "same three months of last year, exports to the EU were 2.4% higher.",
        date(2025, 5, 15),
        [("United Kingdom", None, None, None, "exports", "growth", "yoy", -2.1, "percent", "2025-03", "2025-03"),
         ("United Kingdom", None, "goods and services", None, "imports", "growth", "qoq", 1.1, "percent", "2025-01", "2025-03"),
         ("United Kingdom", None, "goods and services", None, "imports", "value", None, 205.4e9, "GBP", "2025-01", "2025-03"),
         ("United Kingdom", None, "goods and services", None, "balance", "value", None, -7.9e9, "GBP", "2025-01", "2025-03"),
         ("United Kingdom", "European Union", None, None, "exports", "growth", "yoy", 2.4, "percent", "2025-01",
          "2025-03")],
    ),
    "a rate 'from' the month before the end of a span is the span's last month, month on month": (
        "Japan's trade\n\nTOKYO - Japan's exports grew 1.8 percent in the April-September first half of fiscal "
        "2025. Adjusted for seasonal swings, imports fell 0.9 percent from August.",
        date(2025, 10, 20),
        [("Japan", None, None, None, "exports", "growth", "yoy", 1.8, "percent", "2025-04", "2025-09"),
         ("Japan", None, None, None, "imports", "growth", "mom", -0.9, "percent", "2025-09", "2025-09")],
    ),
    "the fiscal year that ended in a month, and 'fiscal years' that count a record": (
        "Japan's trade\n\nTOKYO - For the fiscal year that ended in March, Japan's imports fell 1.2% to 112.4 "
        "trillion yen. The deficit of 4.25 trillion yen was the narrowest in three fiscal years.",
        date(2025, 4, 17),
        [("Japan", None, None, None, "imports", "value", None, 112.4e12, "JPY", "2024-04", "2025-03"),
         ("Japan", None, None, None, "balance", "value", None, -4.25e12, "JPY", "2024-04", "2025-03")],
    ),
    "months across the new year of a fiscal year written '2024-25', and 'the nine-month period'": (
        "India's trade\n\nNEW DELHI - During April-December 2024-25, India's exports grew 1.6 per cent to USD "
        "321.7 billion. The trade deficit for the nine-month period stood at USD 210.8 billion.",
        date(2025, 1, 15),
        [("India", None, None, None, "exports", "value", None, 321.7e9, "USD", "2024-04", "2024-12"),
         ("India", None, None, None, "balance", "value", None, -210.8e9, "USD", "2024-04", "2024-12")],
    ),
    "a quarter of a fiscal year written by its years, as an appositive": (
        "India's trade\n\nNEW DELHI - For July-September, the second quarter of the 2024-25 fiscal year, "
        "imports rose 5.2 per cent to USD 183.2 billion.",
        date(2024, 10, 15),
        [("India", None, None, None, "imports", "value", None, 183.2e9, "USD", "2024-07", "2024-09")],
    ),
    "'quarterly' figures distributed by 'respectively' are the four quarters": (
        "Jiangsu's year\n\nNANJING - Jiangsu's foreign trade grew 7 percent in 2024. Quarterly exports stood at "
        "0.62 trillion yuan, 0.67 trillion yuan, 0.71 trillion yuan and 0.74 trillion yuan, respectively.",
        date(2025, 1, 21),
        [("Jiangsu", None, None, None, "exports", "value", None, 0.62e12, "CNY", "2024-01", "2024-03"),
         ("Jiangsu", None, None, None, "exports", "value", None, 0.74e12, "CNY", "2024-10", "2024-12")],
    ),
    "months of a fiscal year, and its first months, named against it": (
        "India's trade\n\nNEW DELHI - In April-October of the current financial year, exports rose 1.2 per cent "
        "to USD 254.3 billion. In the first six months of fiscal year 2024-25, imports grew 7.1 per cent.",
        date(2025, 11, 17),
        [("India", None, None, None, "exports", "value", None, 254.3e9, "USD", "2025-04", "2025-10"),
         ("India", None, None, None, "imports", "growth", "yoy", 7.1, "percent", "2024-04", "2024-09")],
    ),
    "a fiscal year's months that cross into the next calendar year": (
        "India's trade\n\nNEW DELHI - In April-February 2024-25, imports rose 6.9 per cent to USD 653.4 billion.",
        date(2025, 3, 17),
        [("India", None, None, None, "imports", "value", None, 653.4e9, "USD", "2024-04", "2025-02")],
    ),
    "a part of a fiscal year written by its two years alone, with no 'fiscal' word": (
        "India's trade\n\nNEW DELHI - Over the first eight months of 2025-26, shipments to the US climbed 11.4 per cent "
        "to USD 59.0 billion. The deficit for the whole of 2024-25 was USD 99.2 billion, and in the second half of "
        "2024-25 imports rose 4.1 per cent. Exports in the third quarter of 2024-25 came to USD 104.5 billion.",
        date(2025, 12, 15),
        [("India", "United States", None, None, "exports", "value", None, 59.0e9, "USD", "2025-04", "2025-11"),
         ("India", None, None, None, "balance", "value", None, -99.2e9, "USD", "2024-04", "2025-03"),
         ("India", None, None, None, "imports", "growth", "yoy", 4.1, "percent", "2024-10", "2025-03"),
         ("India", None, None, None, "exports", "value", None, 104.5e9, "USD", "2024-10", "2024-12")],
    ),
    "'in the first to fourth quarters' and 'the first through third quarters' give one quarter per listed figure": (
        "China's trade\n\nBEIJING, Jan 14 - China's foreign trade rose 3.8 percent in 2025. Imports and exports came "
        "to 10.25 trillion yuan, 11.5 trillion yuan, 11.75 trillion yuan and 12 trillion yuan in the first to fourth "
        "quarters. Exports rose 5.1 percent, 6.2 percent and 7.3 percent in the first through third quarters.",
        date(2026, 1, 14),
        [("China", None, None, None, "total", "value", None, 10.25e12, "CNY", "2025-01", "2025-03"),
         ("China", None, None, None, "total", "value", None, 12e12, "CNY", "2025-10", "2025-12"),
         ("China", None, None, None, "exports", "growth", "yoy", 6.2, "percent", "2025-04", "2025-06"),
         ("China", None, None, None, "exports", "growth", "yoy", 7.3, "percent", "2025-07", "2025-09")],
    ),
    "twelve months to a month, across the new year": (
        "UK trade\n\nIn the 12 months to February 2025, the UK's trade deficit widened to £31.2 billion.",
        date(2025, 4, 11),
        [("United Kingdom", None, None, None, "balance", "value", None, -31.2e9, "GBP", "2024-03", "2025-02")],
    ),
    "the year ended a month": (
        "New Zealand trade\n\nNew Zealand's exports rose 7.1 percent to NZ$74.3 billion in the year ended June 2025.",
        date(2025, 7, 24),
        [("New Zealand", None, None, None, "exports", "value", None, 74.3e9, "NZD", "2024-07", "2025-06")],
    ),
    "a milestone's start year is not the period": (
        "Japan's exports\n\nJapan's exports in 2025 grew 2.8 percent to 108.2 trillion yen, the most since records "
        "began in 1979.",
        date(2026, 1, 22),
        [("Japan", None, None, None, "exports", "value", None, 108.2e12, "JPY", "2025-01", "2025-12")],
    ),
    "a comparison base that opens the sentence": (
        "Canada's exports\n\nIn September 2025, exports fell 0.4%. Compared with September last year, total exports "
        "were 2.5% lower.",
        date(2025, 11, 4),
        [("Canada", None, None, None, "exports", "growth", "yoy", -2.5, "percent", "2025-09", "2025-09")],
    ),
    "a look back does not move the running period": (
        "China's exports\n\nBEIJING, Nov 7 (Reuters) - China's exports grew 3.1% in October, slowing from an 8.3% "
        "gain in September. Imports rose 1.0%.",
        date(2025, 11, 7),
        [("China", None, None, None, "exports", "growth", "yoy", 8.3, "percent", "2025-09", "2025-09"),
         ("China", None, None, None, "imports", "growth", "yoy", 1.0, "percent", "2025-10", "2025-10")],
    ),
    "a month of last year": (
        "EU trade\n\nThe euro zone's surplus with the United States rose to 21.4 billion euros in October 2025 from "
        "16.9 billion in October last year.",
        date(2025, 12, 16),
        [("Euro area", "United States", None, None, "balance", "value", None, 16.9e9, "EUR", "2024-10", "2024-10")],
    ),
    "the month before, and 'on May'": (
        "Italy's exports rise in June as US buyers stock up\n\nCompared with the month before, imports fell 1.3% in "
        "June 2025. On a seasonally adjusted basis, exports rose 0.9% on May.",
        date(2025, 8, 19),
        [("Italy", None, None, None, "imports", "growth", "mom", -1.3, "percent", "2025-06", "2025-06"),
         ("Italy", None, None, None, "exports", "growth", "mom", 0.9, "percent", "2025-06", "2025-06")],
    ),
    "the year to date": (
        "Kenya's trade\n\nKenya's exports rose 5% in June 2025. Exports for the year to date rose 4.4% to $4.1 "
        "billion.",
        date(2025, 8, 1),
        [("Kenya", None, None, None, "exports", "value", None, 4.1e9, "USD", "2025-01", "2025-06")],
    ),
    "between two months": (
        "Swiss trade\n\nSwiss exports fell 2.1% to CHF 66.0 billion between April and June 2025.",
        date(2025, 7, 17),
        [("Switzerland", None, None, None, "exports", "value", None, 66.0e9, "CHF", "2025-04", "2025-06")],
    ),
    "the four quarters of a year": (
        "China's trade in 2024\n\nIn 2024, trade in the four quarters was 10.2 trillion yuan, 10.9 trillion yuan, "
        "11.3 trillion yuan and 11.5 trillion yuan.",
        date(2025, 1, 14),
        [("China", None, None, None, "total", "value", None, 10.9e12, "CNY", "2024-04", "2024-06"),
         ("China", None, None, None, "total", "value", None, 11.5e12, "CNY", "2024-10", "2024-12")],
    ),
    "a base figure that a balance compares with": (
        "Peru's trade surplus narrows in June as copper prices ease\n\nPeru's surplus of $2.1 billion in June 2025 "
        "compares with a surplus of $2.6 billion a year earlier.",
        date(2025, 8, 15),
        [("Peru", None, None, None, "balance", "value", None, 2.6e9, "USD", "2024-06", "2024-06")],
    ),
    "a base booked in another month": (
        "Peru's trade surplus widens in June on gold shipments\n\nPeru's surplus of $2.1 billion in June 2025 was "
        "larger than the $1.7 billion booked in May.",
        date(2025, 8, 15),
        [("Peru", None, None, None, "balance", "value", None, 1.7e9, "USD", "2025-05", "2025-05")],
    ),
    "a base month before 'to' and a figure, and its basis shared by the sentence": (
        "Canada's trade deficit widens in August as exports slump\n\nOTTAWA, Oct 7 (Reuters) - Total exports dropped "
        "3.0% from July to C$60.57 billion in August, while imports edged up 0.9% to C$66.89 billion.",
        date(2025, 10, 7),
        [("Canada", None, None, None, "exports", "growth", "mom", -3.0, "percent", "2025-08", "2025-08"),
         ("Canada", None, None, None, "imports", "growth", "mom", 0.9, "percent", "2025-08", "2025-08")],
    ),
    "'the period' in a text that states no span takes the year, as a figure with no period does": (
        "Shenzhen imports\n\nIn 2025, Shenzhen's imports of electromechanical products grew 14.7 percent during the "
        "period.",
        None,
        [("Shenzhen", None, "electromechanical products", None, "imports", "growth", "yoy", 14.7, "percent",
          "2025-01", "2025-12")],
    ),
    "the months a story counts, and 'the period'": (
        "China's trade with Europe grows in August\n\nIn the first eight months of 2025, China's exports rose 5.1 "
        "percent. The EU took 14.9 per cent of all Chinese exports in the eight months. ASEAN remained the biggest "
        "trading partner in the period, with trade of 4.9 trillion yuan.",
        date(2025, 9, 8),
        [("China", "European Union", None, None, "exports", "share", None, 14.9, "percent", "2025-01", "2025-08"),
         ("China", "ASEAN", None, None, "total", "value", None, 4.9e12, "CNY", "2025-01", "2025-08")],
    ),
    "a rate higher than in a named month is growth, not a derived comparison": (
        "China's exports to the EU climb in August\n\nIn August 2025, exports to the EU were 3.5 per cent higher "
        "than in July.",
        date(2025, 9, 8),
        [("China", "European Union", None, None, "exports", "growth", "mom", 3.5, "percent", "2025-08", "2025-08")],
    ),
    "'over the three months' is the story's span of three months": (
        "UK trade deficit widens in the third quarter\n\nIn the three months to September 2025, exports fell 1.1%. "
        "The goods trade deficit stood at £61.2bn over the three months.",
        date(2025, 11, 13),
        [("United Kingdom", None, None, None, "balance", "value", None, -61.2e9, "GBP", "2025-07", "2025-09")],
    ),
    "a paragraph whose first rate is month on month": (
        "German exports fall in September\n\nCalendar and seasonally adjusted, exports declined 1.4% from August "
        "2025 in September 2025. Imports, by contrast, rose 0.7%.",
        date(2025, 11, 7),
        [("Germany", None, None, None, "imports", "growth", "mom", 0.7, "percent", "2025-09", "2025-09")],
    ),
    "fiscal years, by the economy's own calendar": (
        "Japan's trade deficit narrows in fiscal first half\n\nTOKYO - Japan posted a deficit of ¥1.76 trillion in "
        "the first half of the current fiscal year.",
        date(2025, 10, 22),
        [("Japan", None, None, None, "balance", "value", None, -1.76e12, "JPY", "2025-04", "2025-09")],
    ),
    "a fiscal year written by its two calendar years, and one that ended on a date": (
        "India's goods trade deficit widens to a record in FY26\n\nIndia's merchandise trade deficit widened to a "
        "record $293.8 billion in 2025-26. Goods exports in the financial year ended 31 March 2026 rose 1% to $441.8 "
        "billion. Pakistan's exports rose 7% in FY25.",
        date(2026, 4, 15),
        [("India", None, None, None, "balance", "value", None, -293.8e9, "USD", "2025-04", "2026-03"),
         ("India", None, None, None, "exports", "value", None, 441.8e9, "USD", "2025-04", "2026-03")],
    ),
    "'in the year to' a month is that month against a year earlier; a fiscal year to a month is the year": (
        "Japan's November trade\n\nTOKYO, Dec 18 (Reuters) - Japan's imports fell 4.2% in the year to November, and "
        "shipments to China rose 1.9%. Japan exported 99.4 trillion yen in the fiscal year to March 2024.",
        date(2024, 12, 18),
        [("Japan", None, None, None, "imports", "growth", "yoy", -4.2, "percent", "2024-11", "2024-11"),
         ("Japan", "China", None, None, "exports", "growth", "yoy", 1.9, "percent", "2024-11", "2024-11"),
         ("Japan", None, None, None, "exports", "value", None, 99.4e12, "JPY", "2023-04", "2024-03")],
    ),
    "a figure whose digits look like a year is no year": (
        "China's services trade\n\nBEIJING, July 20 (Xinhua) -- In the first half of 2025, China's services exports "
        "reached RMB2018.6 billion, up 9.1% year-on-year.",
        date(2025, 7, 20),
        [("China", None, "services", None, "exports", "value", None, 2018.6e9, "CNY", "2025-01", "2025-06")],
    ),
    "a span of months across the new year, written 'July-March'": (
        "Sri Lanka's exports\n\nCOLOMBO, April 18 - Sri Lanka's apparel exports rose 6.2% to $3.9 billion in "
        "July-March, the export board said.",
        date(2025, 4, 18),
        [("Sri Lanka", None, "apparel", None, "exports", "value", None, 3.9e9, "USD", "2024-07", "2025-03")],
    ),
    "a month written after a later figure is that figure's; a rate and its value, or a list, share one": (
        "Korea's exports\n\nSEOUL, Dec 1 - South Korea's exports rose 4.4% in November 2025. Imports grew 2.2%, "
        "improving on the 0.7% gain recorded in October. Chip exports rose 9.1% to $14.2 billion "
        "between January and November, and shipments to China, the US and Japan came to $10.2 billion, $9.9 "
        "billion and $2.5 billion, respectively, in the same eleven months.",
        date(2025, 12, 1),
        [("South Korea", None, None, None, "imports", "growth", "yoy", 2.2, "percent", "2025-11", "2025-11"),
         ("South Korea", None, None, None, "imports", "growth", "yoy", 0.7, "percent", "2025-10", "2025-10"),
         ("South Korea", None, "chips", None, "exports", "growth", "yoy", 9.1, "percent", "2025-01", "2025-11")],
    ),
    "'1st half' and '2nd half', in a headline and in the text": (
        "Japan's Exports Rise in Fiscal 1st Half\n\nTOKYO, Oct. 16 - Japan's exports rose 3.3 pct on the year to "
        "¥52.1 trillion in the April-September first half of fiscal 2025.\n\nImports fell 1.2 pct. Korea's exports "
        "rose 2.0% in the 2nd half of 2024.",
        date(2025, 10, 16),
        [("Japan", None, None, None, "exports", "value", None, 52.1e12, "JPY", "2025-04", "2025-09"),
         ("Japan", None, None, None, "imports", "growth", "yoy", -1.2, "percent", "2025-04", "2025-09"),
         ("South Korea", None, None, None, "exports", "growth", "yoy", 2.0, "percent", "2024-07", "2024-12")],
    ),
    "bases written 'vis-à-vis' a month and 'per cent over' a span": (
        "India's trade in June\n\nNEW DELHI - India's exports for June 2025 are estimated at USD 35.1 Billion, "
        "registering a growth of 4.2 per cent vis-à-vis June 2024. Exports during April-June 2025 were USD 112.2 "
        "Billion, a growth of 3.1 per cent over April-June 2024.",
        date(2025, 7, 15),
        [("India", None, None, None, "exports", "growth", "yoy", 4.2, "percent", "2025-06", "2025-06"),
         ("India", None, None, None, "exports", "growth", "yoy", 3.1, "percent", "2025-04", "2025-06")],
    ),
    "'over the last 12 months' runs up to the running month, and does not move it": (
        "Turkey's exports\n\nANKARA - Turkey's exports rose 3.1% to $22.6 billion in September 2025. Exports over "
        "the last 12 months reached $268.1 billion. Imports fell 2.0%.",
        date(2025, 10, 4),
        [("Turkey", None, None, None, "exports", "value", None, 268.1e9, "USD", "2024-10", "2025-09"),
         ("Turkey", None, None, None, "imports", "growth", "yoy", -2.0, "percent", "2025-09", "2025-09")],
    ),
    "'the same quarter of 2024' is the running quarter in that year, a base that does not move it": (
        "Euro zone trade\n\nBRUSSELS - The euro zone's surplus rose to 91.2 billion euros in the first quarter of "
        "2025, compared with 70.4 billion euros in the same quarter of 2024, as exports grew 6.0%.",
        date(2025, 5, 16),
        [("Euro area", None, None, None, "balance", "value", None, 70.4e9, "EUR", "2024-01", "2024-03"),
         ("Euro area", None, None, None, "exports", "growth", "yoy", 6.0, "percent", "2025-01", "2025-03")],
    ),
    "a sentence with no figure that looks back does not move the running period": (
        "China's March trade\n\nBEIJING, April 14 - China's exports rose 3.1% in March 2026. The slowdown "
        "followed a strong January and February. Imports climbed 2.4%.",
        date(2026, 4, 14),
        [("China", None, None, None, "imports", "growth", "yoy", 2.4, "percent", "2026-03", "2026-03")],
    ),
    "a monthly deficit after an annual one is the month's": (
        "Kenya's annual trade gap narrows\n\nKenya's trade deficit for the year ended September 2025 was $10.2 "
        "billion. In September alone, exports rose 6.1 percent to $0.71 billion.\n\nThat left a monthly trade "
        "deficit of $0.93 billion. Over the year, imports fell 2.2 percent. In March alone, exports slipped 1.2 "
        "percent, and the monthly trade deficit came in at $1.01 billion.",
        date(2025, 10, 24),
        [("Kenya", None, None, None, "balance", "value", None, -0.93e9, "USD", "2025-09", "2025-09"),
         ("Kenya", None, None, None, "balance", "value", None, -1.01e9, "USD", "2025-03", "2025-03")],
    ),
    "a month written as the date of an event is no period of figures": (
        "India's exports in FY26\n\nIndia's merchandise exports rose 2.1% to $441.8 billion in 2025. The US "
        "imposed a 50% tariff on a wide range of Indian goods from late August. The trade deficit with China "
        "swelled to $101.2 billion.",
        date(2026, 1, 15),
        [("India", "China", None, None, "balance", "value", None, -101.2e9, "USD", "2025-01", "2025-12")],
    ),
    "a year a figureless line looks ahead to is no running period": (
        "China's trade with Africa hits a record\n\nTariff threats could cool the trade in 2025, analysts say.\n\n"
        "China's trade with Africa rose 4.8 per cent to $295.6 billion last year.\n\nChinese exports to the "
        "continent climbed 3.5 per cent to $178.8 billion.",
        date(2025, 1, 14),
        [("China", "Africa", None, None, "exports", "value", None, 178.8e9, "USD", "2024-01", "2024-12")],
    ),
    "'in the month' after a span is the single month stated before it, and no month-on-month cue": (
        "Thailand's exports\n\nThailand's exports grew 8.2 per cent to $27.1 billion in October. In "
        "January-October, shipments totalled $271 billion. Exports to Japan dropped 4.4 per cent to $2.3 billion "
        "in the month.",
        date(2025, 11, 24),
        [("Thailand", "Japan", None, None, "exports", "growth", "yoy", -4.4, "percent", "2025-10", "2025-10"),
         ("Thailand", "Japan", None, None, "exports", "value", None, 2.3e9, "USD", "2025-10", "2025-10")],
    ),
    "each rate takes the cue or base written after it, before the next figure": (
        "Malaysia's exports fall in March\n\nMalaysia's exports in March reached RM133.2 billion, down 3.4 percent from February "
        "but up 6.7 percent year-on-year. Imports came to RM120.5 billion, a fall of 2.2 percent on a monthly basis "
        "while rising 9.0 percent against March last year.",
        date(2025, 4, 18),
        [("Malaysia", None, None, None, "exports", "growth", "mom", -3.4, "percent", "2025-03", "2025-03"),
         ("Malaysia", None, None, None, "exports", "growth", "yoy", 6.7, "percent", "2025-03", "2025-03"),
         ("Malaysia", None, None, None, "imports", "growth", "mom", -2.2, "percent", "2025-03", "2025-03"),
         ("Malaysia", None, None, None, "imports", "growth", "yoy", 9.0, "percent", "2025-03", "2025-03")],
    ),
    "a cue written before its rate as 'a month-on-month increase of'": (
        "Anhui's foreign trade in May\n\nAnhui's foreign trade in May stood at 80.4 billion yuan, a year-on-year rise of 4.9% and "
        "a month-on-month increase of 6.2%.",
        date(2025, 6, 21),
        [("Anhui", None, None, None, "total", "growth", "yoy", 4.9, "percent", "2025-05", "2025-05"),
         ("Anhui", None, None, None, "total", "growth", "mom", 6.2, "percent", "2025-05", "2025-05")],
    ),
    "a range of months 'last year'": (
        "China's exports beat forecasts in early 2025\n\nChina's exports grew 5.2% in the first two months. "
        "Shipments had fallen 3.1% in "
        "January-February last year.",
        date(2025, 3, 7),
        [("China", None, None, None, "exports", "growth", "yoy", -3.1, "percent", "2024-01", "2024-02")],
    ),
    "the year as a whole, and the quarter named by its last month": (
        "New Zealand's trade surplus in December\n\nWELLINGTON - New Zealand's trade balance showed a surplus of "
        "NZ$0.3 billion in December. For the year as a whole, the deficit came to NZ$2.1 billion, down 48% from "
        "NZ$4.0 billion the previous year. In the three months to December, exports rose to NZ$19.8 billion from "
        "NZ$17.2 billion in the September quarter.",
        date(2026, 1, 28),
        [("New Zealand", None, None, None, "balance", "value", None, -2.1e9, "NZD", "2025-01", "2025-12"),
         ("New Zealand", None, None, None, "balance", "value", None, -4.0e9, "NZD", "2024-01", "2024-12"),
         ("New Zealand", None, None, None, "exports", "value", None, 17.2e9, "NZD", "2025-07", "2025-09")],
    ),
    "a base 'from a record' figure of another year keeps the running period for the rest": (
        "Mexico's trade in 2025\n\nMEXICO CITY - Mexico's trade deficit narrowed 12.4% to $6.9 billion, down from "
        "a record $7.9 billion in 2024.",
        date(2026, 1, 27),
        [("Mexico", None, None, None, "balance", "growth", "yoy", -12.4, "percent", "2025-01", "2025-12"),
         ("Mexico", None, None, None, "balance", "value", None, -6.9e9, "USD", "2025-01", "2025-12"),
         ("Mexico", None, None, None, "balance", "value", None, -7.9e9, "USD", "2024-01", "2024-12")],
    ),
    "a last month's rate after a forecast is a fact of that month, and no base of the others": (
        "Chile's imports pick up in May\n\nSANTIAGO - Chile's imports grew 3.5% in May, beating a forecast 1.5% rise "
        "and up from 0.2% in April.",
        date(2025, 6, 9),
        [("Chile", None, None, None, "imports", "growth", "yoy", 3.5, "percent", "2025-05", "2025-05"),
         ("Chile", None, None, None, "imports", "growth", "yoy", 0.2, "percent", "2025-04", "2025-04")],
    ),
    "a month or year written as a possessive before a figure is that figure's period": (
        "Singapore's exports rise in October\n\nSINGAPORE - Singapore's exports rose 4.7% in October to S$58.1 "
        "billion, up 3.2% from September's S$56.3 billion and slowing from August's 7.9% pace. The surplus fell 6% "
        "from 2024's S$61.0 billion.",
        date(2025, 11, 17),
        [("Singapore", None, None, None, "exports", "value", None, 56.3e9, "SGD", "2025-09", "2025-09"),
         ("Singapore", None, None, None, "exports", "growth", "yoy", 7.9, "percent", "2025-08", "2025-08"),
         ("Singapore", None, None, None, "balance", "value", None, 61.0e9, "SGD", "2024-01", "2024-12")],
    ),
    "'from March's record high of 4.1 million tons': a possessive month dates the peak it names": (
        "Japan's coal imports\n\nTOKYO, May 21 - Japan's coal imports fell 8.2% to 3.7 million tons in April 2025 "
        "from March's record high of 4.1 million tons.",
        date(2025, 5, 21),
        [("Japan", None, "coal", None, "imports", "quantity", None, 4.1e6, "tonnes", "2025-03", "2025-03")],
    ),
    "a base value 'in the same month a year earlier' is a year before, not the fact's own month": (
        "Spain's surplus narrows in June\n\nMADRID - Spain's trade deficit widened to 4.1 billion euros in June from "
        "3.2 billion euros in the same month of last year.",
        date(2025, 8, 20),
        [("Spain", None, None, None, "balance", "value", None, -4.1e9, "EUR", "2025-06", "2025-06"),
         ("Spain", None, None, None, "balance", "value", None, -3.2e9, "EUR", "2024-06", "2024-06")],
    ),
    "bases after 'than in', after a named gap, and 'the same stretch last year'": (
        "Thai trade in September\n\nBANGKOK - Thailand bought 1.2 million tonnes of rice in September, 8.4% more "
        "than in the same month a year ago. It posted a deficit of $1.3 billion, narrowing by 9.4 percent from "
        "the $1.4 billion gap in September last year. The deficit for the first nine months was running 11.2% "
        "ahead of the same stretch last year, with imports up 6% and exports up 4%.",
        date(2025, 10, 24),
        [("Thailand", None, "rice", None, "imports", "growth", "yoy", 8.4, "percent", "2025-09", "2025-09"),
         ("Thailand", None, None, None, "balance", "growth", "yoy", -9.4, "percent", "2025-09", "2025-09"),
         ("Thailand", None, None, None, "balance", "value", None, -1.4e9, "USD", "2024-09", "2024-09"),
         ("Thailand", None, None, None, "imports", "growth", "yoy", 6.0, "percent", "2025-01", "2025-09")],
    ),
    "a rate after 'but' in a clause about a forecast is a fact, of the month its base names": (
        "Peru's imports in November\n\nLIMA, Dec 15 - Peru's exports rose 5.9% in November. Imports grew 1.9%, "
        "missing the poll's forecast of a 3.0% increase but improving on the 1.0% gain logged in October.",
        date(2025, 12, 15),
        [("Peru", None, None, None, "imports", "growth", "yoy", 1.9, "percent", "2025-11", "2025-11"),
         ("Peru", None, None, None, "imports", "growth", "yoy", 1.0, "percent", "2025-10", "2025-10")],
    ),
    "the month of an event in a clause of its own is no period of the figures": (
        "Austria's exports fell in 2025\n\nVIENNA - Austria's exports fell 2.4% in 2025. Exports to the United "
        "States fell by 8.1% to €13.2 billion, after Washington imposed a 15% tariff on most EU goods in August. "
        "The US still took 6.9% of Austrian exports.",
        date(2026, 2, 20),
        [("Austria", "United States", None, None, "exports", "value", None, 13.2e9, "EUR", "2025-01", "2025-12"),
         ("Austria", "United States", None, None, "exports", "share", None, 6.9, "percent", "2025-01", "2025-12")],
    ),
    "listed quarters after 'with' are the figures' own, one each": (
        "Guangdong's trade in the first three quarters\n\nGUANGZHOU - Guangdong's foreign trade reached 6.8 trillion "
        "yuan in the first three quarters of 2025, with the first, second and third quarters coming in at 2.1 "
        "trillion yuan, 2.3 trillion yuan and 2.4 trillion yuan respectively.",
        date(2025, 10, 20),
        [("Guangdong", None, None, None, "total", "value", None, 2.1e12, "CNY", "2025-01", "2025-03"),
         ("Guangdong", None, None, None, "total", "value", None, 2.3e12, "CNY", "2025-04", "2025-06"),
         ("Guangdong", None, None, None, "total", "value", None, 2.4e12, "CNY", "2025-07", "2025-09")],
    ),
    "the fiscal year that ended in March, the previous business year, and a bare fiscal year in the headline": (
        "Japan posts record trade gap in fiscal year\n\nTOKYO - Japan's trade deficit for the fiscal year that "
        "ended in March reached ¥18.2 trillion, the Finance Ministry said. The deficit was up from ¥6.1 trillion in "
        "the previous business year.\n\nExports rose 9.4 percent to ¥97.1 trillion.",
        date(2025, 4, 17),
        [("Japan", None, None, None, "balance", "value", None, -18.2e12, "JPY", "2024-04", "2025-03"),
         ("Japan", None, None, None, "balance", "value", None, -6.1e12, "JPY", "2023-04", "2024-03"),
         ("Japan", None, None, None, "exports", "value", None, 97.1e12, "JPY", "2024-04", "2025-03")],
    ),
    "a financial year named by the date it ends": (
        "India's exports\n\nNEW DELHI - India's exports in the financial year ending March 31, 2025 reached "
        "$437.4 billion.",
        date(2025, 4, 15),
        [("India", None, None, None, "exports", "value", None, 437.4e9, "USD", "2024-04", "2025-03")],
    ),
    "'between October and November 2025' is November against October, as the ONS writes it": (
        "UK trade: November 2025\n\nTotal imports of goods decreased by £1.2 billion (2.2%) to £52.6 billion "
        "between October and November 2025.",
        date(2026, 1, 15),
        [("United Kingdom", None, None, None, "imports", "growth", "mom", -2.2, "percent", "2025-11", "2025-11"),
         ("United Kingdom", None, None, None, "imports", "value", None, 52.6e9, "GBP", "2025-11", "2025-11")],
    ),
    "a level's base with no period of its own is the period before the figure's": (
        "Canada's trade\n\nOTTAWA - Canada's merchandise trade deficit narrowed to C$2.1 billion in June from "
        "C$3.4 billion. In the second quarter, exports climbed to C$192.5 billion from C$188.0 billion. Exports "
        "totalled more than C$60 billion in June, and Statistics Canada revised May's deficit to C$3.4 billion "
        "from the C$3.9 billion it first reported.",
        date(2025, 8, 6),
        [("Canada", None, None, None, "balance", "value", None, -2.1e9, "CAD", "2025-06", "2025-06"),
         ("Canada", None, None, None, "balance", "value", None, -3.4e9, "CAD", "2025-05", "2025-05"),
         ("Canada", None, None, None, "exports", "value", None, 192.5e9, "CAD", "2025-04", "2025-06"),
         ("Canada", None, None, None, "exports", "value", None, 188.0e9, "CAD", "2025-01", "2025-03"),
         ("Canada", None, None, None, "exports", "value", None, 60e9, "CAD", "2025-06", "2025-06"),
         ("Canada", None, None, None, "balance", "value", None, -3.9e9, "CAD", "2025-05", "2025-05")],
    ),
    "a month range 'of the fiscal year' is those months, and 'the N months' the span just stated": (
        "India's trade\n\nNEW DELHI - In the April-January period of the fiscal year that ends on March 31, India's "
        "merchandise exports rose 3.1% to $380.2 billion. Services exports in the 10 months were estimated at "
        "$320.5 billion.",
        date(2026, 2, 16),
        [("India", None, None, None, "exports", "growth", "yoy", 3.1, "percent", "2025-04", "2026-01"),
         ("India", None, None, None, "exports", "value", None, 380.2e9, "USD", "2025-04", "2026-01"),
         ("India", None, "services", None, "exports", "value", None, 320.5e9, "USD", "2025-04", "2026-01")],
    ),
    "a base 'the same half of' a year, an event's month, and a period written right after its figure": (
        "Thai trade\n\nBANGKOK - Thailand's trade deficit in the first half of 2024 was 98.2 billion baht. The "
        "shortfall narrowed 31.5% from the same half of 2023. Exports to Japan fell 2.2% to $2.1 billion last month "
        "and were down 4.8% for the first six months. Thailand's surplus with the U.S. widened 18.4% to $9.9 billion, "
        "a figure likely to be raised at the trade talks in September.",
        date(2024, 7, 18),
        [("Thailand", None, None, None, "balance", "value", None, -98.2e9, "THB", "2024-01", "2024-06"),
         ("Thailand", None, None, None, "balance", "growth", "yoy", -31.5, "percent", "2024-01", "2024-06"),
         ("Thailand", "Japan", None, None, "exports", "growth", "yoy", -2.2, "percent", "2024-06", "2024-06"),
         ("Thailand", "Japan", None, None, "exports", "value", None, 2.1e9, "USD", "2024-06", "2024-06"),
         ("Thailand", "Japan", None, None, "exports", "growth", "yoy", -4.8, "percent", "2024-01", "2024-06"),
         ("Thailand", "United States", None, None, "balance", "growth", "yoy", 18.4, "percent", "2024-01", "2024-06"),
         ("Thailand", "United States", None, None, "balance", "value", None, 9.9e9, "USD", "2024-01", "2024-06")],
    ),
    "'the four-month total' and 'the total for the year so far' are the year's first months": (
        "Chile's trade\n\nSANTIAGO - Chile's exports to Peru rose 9.8 percent in April 2025 to $0.9 billion, bringing "
        "the four-month total to $3.4 billion. Copper exports reached $4.1 billion in April, taking the total for the "
        "year so far to $16.2 billion.",
        date(2025, 5, 20),
        [("Chile", "Peru", None, None, "exports", "growth", "yoy", 9.8, "percent", "2025-04", "2025-04"),
         ("Chile", "Peru", None, None, "exports", "value", None, 0.9e9, "USD", "2025-04", "2025-04"),
         ("Chile", "Peru", None, None, "exports", "value", None, 3.4e9, "USD", "2025-01", "2025-04"),
         ("Chile", None, "copper", None, "exports", "value", None, 4.1e9, "USD", "2025-04", "2025-04"),
         ("Chile", None, "copper", None, "exports", "value", None, 16.2e9, "USD", "2025-01", "2025-04")],
    ),
    "'on the year' after a sequential rate is year on year": (
        "China trade\n\nBEIJING - China's imports rose 0.9 percent sequentially to $221.8 billion in March 2025 and "
        "were up 1.6 percent on the year.",
        date(2025, 4, 14),
        [("China", None, None, None, "imports", "growth", "mom", 0.9, "percent", "2025-03", "2025-03"),
         ("China", None, None, None, "imports", "value", None, 221.8e9, "USD", "2025-03", "2025-03"),
         ("China", None, None, None, "imports", "growth", "yoy", 1.6, "percent", "2025-03", "2025-03")],
    ),
    "a change 'recorded in the same period last year' is an earlier event, not the figure's period": (
        "Jiangsu trade\n\nIn the first half of 2025, Jiangsu exported 310.2 billion yuan of textiles. Exports of "
        "furniture totalled 58.6 billion yuan, an increase of 2.1 percent, reversing the decline recorded in the "
        "same period last year.",
        date(2025, 7, 21),
        [("Jiangsu", None, "furniture", None, "exports", "value", None, 58.6e9, "CNY", "2025-01", "2025-06"),
         ("Jiangsu", None, "furniture", None, "exports", "growth", "yoy", 2.1, "percent", "2025-01", "2025-06")],
    ),
    "a relative-clause aside with no figure dates an event and names no area ('which Beijing put under ...')": (
        "China's rare earth exports\n\nChina's rare earth exports fell 3.2% in October 2025 to 4,480 tons. Exports "
        "of rare earth magnets, which Beijing put under a licensing regime in April, rose 4.4% from September to "
        "5,460 tons.",
        date(2025, 11, 20),
        [("China", None, "rare earth magnets", None, "exports", "quantity", None, 5460, "tonnes", "2025-10",
          "2025-10")],
    ),
    "a list of figures written before a list of quarters pairs up in order": (
        "Anhui trade\n\nAnhui's trade grew steadily in 2025, coming in at 201.3 billion yuan, 214 billion yuan and "
        "226.8 billion yuan in the first, second and third quarters, respectively.",
        date(2025, 10, 20),
        [("Anhui", None, None, None, "total", "value", None, 201.3e9, "CNY", "2025-01", "2025-03"),
         ("Anhui", None, None, None, "total", "value", None, 214e9, "CNY", "2025-04", "2025-06"),
         ("Anhui", None, None, None, "total", "value", None, 226.8e9, "CNY", "2025-07", "2025-09")],
    ),
    "a period in a later ', putting ...' clause is that clause's figure's, not the figures before it": (
        "China's rare earths\n\nChina's exports rose 4.4% in May 2025. Exports of rare earths rose 2.2% from April "
        "to 5,810 tons, bringing shipments in the first five months to 22,310 tons.",
        date(2025, 6, 9),
        [("China", None, "rare earths", None, "exports", "quantity", None, 5810, "tonnes", "2025-05", "2025-05"),
         ("China", None, "rare earths", None, "exports", "quantity", None, 22310, "tonnes", "2025-01", "2025-05")],
    ),
    "'for the year through November' is the year to date": (
        "China's rare earths\n\nFor the year through November 2025, China's exports of rare earths were 55,480 "
        "tons.",
        date(2025, 12, 8),
        [("China", None, "rare earths", None, "exports", "quantity", None, 55480, "tonnes", "2025-01", "2025-11")],
    ),
    "a look back ('after a 16.1% drop in June') dates its own figure, not the later figures of the sentence": (
        "China's exports\n\nExports to the United States fell 12.4% in May 2025, after a 9.8% drop in April, while "
        "shipments to the European Union rose 5.1%.",
        date(2025, 6, 9),
        [("China", "European Union", None, None, "exports", "growth", "yoy", 5.1, "percent", "2025-05", "2025-05"),
         ("China", "United States", None, None, "exports", "growth", "yoy", -9.8, "percent", "2025-04", "2025-04")],
    ),
    "a look back's period carries into its own ', when ...' clause": (
        "India's trade deficit\n\nNEW DELHI - India's imports were USD 59.1 billion in January 2026, leaving a trade "
        "deficit of USD 21.9 billion as against USD 20.4 billion in January 2025, when exports stood at USD 35.2 "
        "billion.",
        date(2026, 2, 16),
        [("India", None, None, None, "exports", "value", None, 35.2e9, "USD", "2025-01", "2025-01")],
    ),
    "'the fastest monthly growth this year' ranks a month's own year-on-year rate; it is no month-on-month cue": (
        "Guangzhou trade\n\nIn July 2025, the city's imports and exports totaled 98.76 billion yuan, up 9.4%, the "
        "fastest monthly growth recorded so far this year.",
        date(2025, 8, 20),
        [("Guangzhou", None, None, None, "total", "growth", "yoy", 9.4, "percent", "2025-07", "2025-07")],
    ),
    "a date in what the figures came after is an event's, not theirs": (
        "India's trade deficit narrows in November\n\nNEW DELHI - India's gold imports plunged 48.5% to $4.1 "
        "billion in November 2025 after the wedding-season buying of October faded. Exports to the United Arab "
        "Emirates rose 3.2% to $3.3 billion, the first gain after declines in August and September.",
        date(2025, 12, 15),
        [("India", None, "gold", None, "imports", "growth", "yoy", -48.5, "percent", "2025-11", "2025-11"),
         ("India", None, "gold", None, "imports", "value", None, 4.1e9, "USD", "2025-11", "2025-11"),
         ("India", "United Arab Emirates", None, None, "exports", "growth", "yoy", 3.2, "percent", "2025-11",
          "2025-11")],
    ),
    "a date of an order or a levy is the event's": (
        "Korea's exports\n\nSEOUL - South Korea's exports rose 2.1 percent in October 2025. Ship exports jumped "
        "31.4 percent to $2.9 billion on deliveries of carriers ordered in 2022. Car exports fell 6.1 percent as "
        "shipments to the U.S. dropped 9.5 percent after Washington slapped a 25 percent tariff on vehicles in "
        "April.",
        date(2025, 11, 1),
        [("South Korea", None, "ships", None, "exports", "value", None, 2.9e9, "USD", "2025-10", "2025-10"),
         ("South Korea", "United States", "cars", None, "exports", "growth", "yoy", -9.5, "percent", "2025-10",
          "2025-10")],
    ),
    "a ', pulling ...' clause states a figure of its own, for a period of its own": (
        "India's deficit narrows\n\nNEW DELHI - India's exports rose 11.4% in November 2025. Imports fell 2.3% to "
        "$61.9 billion, pulling the deficit down to $23.8 billion from a record $40.2 billion in October.",
        date(2025, 12, 15),
        [("India", None, None, None, "imports", "growth", "yoy", -2.3, "percent", "2025-11", "2025-11"),
         ("India", None, None, None, "balance", "value", None, -23.8e9, "USD", "2025-11", "2025-11"),
         ("India", None, None, None, "balance", "value", None, -40.2e9, "USD", "2025-10", "2025-10")],
    ),
    "a revised figure after a forecast is reported, and dates only itself": (
        "Japan's deficit narrows\n\nTOKYO - Japan's exports rose 2.9% in November 2024. That left a trade deficit "
        "of 121.4 billion yen, smaller than the 650.2 billion yen deficit forecast in the poll and a revised 471.9 "
        "billion yen deficit in October.",
        date(2024, 12, 18),
        [("Japan", None, None, None, "balance", "value", None, -121.4e9, "JPY", "2024-11", "2024-11"),
         ("Japan", None, None, None, "balance", "value", None, -471.9e9, "JPY", "2024-10", "2024-10")],
    ),
    "'the first six months of the year through June' is January to June, and so is 'the half' after it": (
        "Japan's deficit shrinks in first half\n\nTOKYO, July 17 (Kyodo) -- Japan's trade deficit shrank 31 percent "
        "to 2.4 trillion yen in the first six months of the year through June, the ministry said.\n\nExports in the "
        "half rose 3.4 percent to 54.1 trillion yen.",
        date(2025, 7, 17),
        [("Japan", None, None, None, "exports", "growth", "yoy", 3.4, "percent", "2025-01", "2025-06"),
         ("Japan", None, None, None, "exports", "value", None, 54.1e12, "JPY", "2025-01", "2025-06")],
    ),
    "a ', taking the total so far this year to' clause dates its own figure, not the next sentence's": (
        "China's commodity imports\n\n(Bloomberg) -- China's coal imports rose 2.7% to 44.1 million tons in August "
        "2025, taking the total so far this year to 301.2 million tons, up 9.8%. Copper imports fell 7.4% to 421,000 "
        "tons.",
        date(2025, 9, 8),
        [("China", None, "copper", None, "imports", "growth", "yoy", -7.4, "percent", "2025-08", "2025-08")],
    ),
    "a ', taking ...' clause that restates the sentence's figure with a period sets the story's": (
        "China's car exports\n\nBEIJING - China exported 2.1 million vehicles in April 2026. Mexico remained the "
        "largest market, taking 228,000 units in the first four months. Shipments to Russia fell 35.1 percent.",
        date(2026, 5, 12),
        [("China", "Russia", "vehicles", None, "exports", "growth", "yoy", -35.1, "percent", "2026-01", "2026-04")],
    ),
    "'6.9% below the record $244.8 billion of 2024' is a fall from a base: the rate is the year's, the base 2024's": (
        "China-Russia trade falls\n\nBEIJING - Trade between China and Russia came to $228.1 billion in 2025, 6.9% "
        "below the record $244.8 billion of 2024. Exports to Russia were $103.9 billion, 4 per cent above the $99.9 "
        "billion in 2024.",
        date(2026, 1, 14),
        [("China", "Russia", None, None, "total", "value", None, 228.1e9, "USD", "2025-01", "2025-12"),
         ("China", "Russia", None, None, "total", "growth", "yoy", -6.9, "percent", "2025-01", "2025-12"),
         ("China", "Russia", None, None, "total", "value", None, 244.8e9, "USD", "2024-01", "2024-12"),
         ("China", "Russia", None, None, "exports", "value", None, 103.9e9, "USD", "2025-01", "2025-12"),
         ("China", "Russia", None, None, "exports", "growth", "yoy", 4.0, "percent", "2025-01", "2025-12"),
         ("China", "Russia", None, None, "exports", "value", None, 99.9e9, "USD", "2024-01", "2024-12")],
    ),
    "a period in a trailing ', with ...' detail after the sentence's figure is the detail's, not the story's": (
        "China-Russia trade falls\n\nBEIJING - Trade between China and Russia fell 6.9% in 2025.\n\nChina's "
        "exports to Russia dropped 9.9%, with car exports down 46% in the first 11 months. Imports from Russia "
        "slipped 3.4%.",
        date(2026, 1, 14),
        [("China", "Russia", None, None, "imports", "growth", "yoy", -3.4, "percent", "2025-01", "2025-12")],
    ),
    "'April-October this fiscal' (no 'of') is those months of the fiscal year, and 'for October' stays 2025": (
        "India's trade\n\nNEW DELHI, Nov 17 (PTI) India's exports contracted 11.8 per cent in October.\n\nDuring "
        "April-October this fiscal, exports rose 0.63 per cent to USD 254.25 billion. Services exports for October "
        "were USD 38.52 billion.",
        date(2025, 11, 17),
        [("India", None, None, None, "exports", "growth", "yoy", 0.63, "percent", "2025-04", "2025-10"),
         ("India", None, "services", None, "exports", "value", None, 38.52e9, "USD", "2025-10", "2025-10")],
    ),
    "a lead's month that the first figures took stays the story's after a later 'first nine months'": (
        "China's September soybean imports hit record\n\n(Bloomberg) -- China's soybean imports surged to a record "
        "in September 2025.\n\nArrivals totaled 12.87 million tons. For the first nine months, purchases reached "
        "86.18 million tons.\n\nSteel exports rose 2.5% to 10.47 million tons.",
        date(2025, 10, 13),
        [("China", None, "steel", None, "exports", "growth", "yoy", 2.5, "percent", "2025-09", "2025-09")],
    ),
    "'for the period' in a clause after a span the sentence stated is that span, not the running month": (
        "China's exports\n\nBEIJING (Reuters) - China's exports rose 8% in April 2026. In the first four months "
        "of the year, exports grew 14.7%, leaving a surplus of $445 billion for the period.",
        date(2026, 5, 9),
        [("China", None, None, None, "balance", "value", None, 445e9, "USD", "2026-01", "2026-04")],
    ),
    "a December story that turns to the whole year stays on it in the next paragraphs, till one states a period": (
        "German exports fall in December\n\nBERLIN (AFP) - German exports fell 1.1 percent in December 2025.\n\n"
        "Across 2025 as a whole, exports edged down 0.3 percent.\n\nImports from China jumped 8.6 percent to 169.7 "
        "billion euros.\n\nIn December, imports from China rose 2 percent.",
        date(2026, 2, 9),
        [("Germany", "China", None, None, "imports", "value", None, 169.7e9, "EUR", "2025-01", "2025-12"),
         ("Germany", "China", None, None, "imports", "growth", "yoy", 2.0, "percent", "2025-12", "2025-12")],
    ),
    "'the first eleven months of last year' is one period, and 'in July 2025 over July 2024' compares": (
        "German trade\n\nBERLIN - Over the first eleven months of last year, German exports to the United States fell "
        "8.7%.\n\n• Exports to Brazil in July 2025 over July 2024 rose 4.4%.",
        date(2026, 2, 9),
        [("Germany", "United States", None, None, "exports", "growth", "yoy", -8.7, "percent", "2025-01", "2025-11"),
         ("Germany", "Brazil", None, None, "exports", "growth", "yoy", 4.4, "percent", "2025-07", "2025-07")],
    ),
    "a figure in a ', when ...' clause is the period's the clause opens on": (
        "China's exports\n\nBEIJING - China's exports rose 4.6% in May 2025. Shipments to the US were down 9.1 "
        "percent from April, when they had totaled USD33.0 billion. The surplus was bigger than in April, when it "
        "stood at USD96.2 billion.",
        date(2025, 6, 9),
        [("China", "United States", None, None, "exports", "value", None, 33.0e9, "USD", "2025-04", "2025-04"),
         ("China", None, None, None, "balance", "value", None, 96.2e9, "USD", "2025-04", "2025-04")],
    ),
    "'reversing an 8.3 percent gain in September', 'compared with growth of 8.3 per cent in September' look back":
    (
        "China's exports fall in October\n\nBEIJING, Nov 7 (AFP) - China's exports fell 1.3 percent in October 2025, "
        "reversing a 7.9 percent gain in September as shipments to the United States slumped 22.4 percent. The slump "
        "dragged imports down 0.8 per cent to US$210.1 billion, compared with growth of 7.4 per cent in September.",
        date(2025, 11, 7),
        [("China", "United States", None, None, "exports", "growth", "yoy", -22.4, "percent", "2025-10", "2025-10"),
         ("China", None, None, None, "imports", "value", None, 210.1e9, "USD", "2025-10", "2025-10")],
    ),
    "a base a year before a month of the running quarter makes that month the rate's own": (
        "German exports\n\nBERLIN - German exports rose 1.1% in September 2025 compared with the previous month.\n\n"
        "In the third quarter, exports were 0.4% lower than in the previous quarter. Compared with September 2024, "
        "exports rose 1.8%.",
        date(2025, 11, 7),
        [("Germany", None, None, None, "exports", "growth", "qoq", -0.4, "percent", "2025-07", "2025-09"),
         ("Germany", None, None, None, "exports", "growth", "yoy", 1.8, "percent", "2025-09", "2025-09")],
    ),
    "a lead on the quarter with no figure, then the year to date: later paragraphs read the year to date": (
        "China's trade picks up\n\nBEIJING - China's foreign trade strengthened in the third quarter of 2025, "
        "customs figures showed.\n\nTrade in goods came to 31.2 trillion yuan in the first three quarters, up "
        "3.8 percent.\n\nThe quarter itself was the best of the year.\n\nTrade with ASEAN rose 8.4 percent.",
        date(2025, 10, 14),
        [("China", None, None, None, "total", "value", None, 31.2e12, "CNY", "2025-01", "2025-09"),
         ("China", "ASEAN", None, None, "total", "growth", "yoy", 8.4, "percent", "2025-01", "2025-09")],
    ),
    "a lead on a month with no figure, then the three months to it: later paragraphs keep the month": (
        "UK trade\n\nLONDON - Britain's goods exports fell in February 2026, official figures showed.\n\nExports came "
        "to £88.4bn in the three months to February.\n\nExports to the EU fell 2.2% on the month.",
        date(2026, 4, 14),
        [("United Kingdom", "European Union", None, None, "exports", "growth", "mom", -2.2, "percent", "2026-02",
          "2026-02")],
    ),
    "'January and February' over one figure and its conversion is one span; over two rates, one month each": (
        "China's trade\n\nBEIJING, March 7 (Xinhua) -- Total trade in January and February reached 6.54 trillion "
        "yuan (about 920 billion U.S. dollars). Exports in January and February rose 3.1 percent and 4.2 percent "
        "respectively.",
        date(2026, 3, 7),
        [("China", None, None, None, "total", "value", None, 6.54e12, "CNY", "2026-01", "2026-02"),
         ("China", None, None, None, "total", "value", None, 920e9, "USD", "2026-01", "2026-02"),
         ("China", None, None, None, "exports", "growth", "yoy", 4.2, "percent", "2026-02", "2026-02")],
    ),
    "a sentence on the same month a year before is a look back: 'during the month' after it is the story's": (
        "India's trade\n\nNew Delhi, Mar 16 (PTI) India's exports rose 2.2 per cent to USD 38.1 billion in February "
        "2026.\n\nThe trade gap in February 2025 stood at USD 14.05 billion.\n\nIn rupee terms, exports during the "
        "month stood at Rs 3.31 lakh crore.",
        date(2026, 3, 16),
        [("India", None, None, None, "balance", "value", None, -14.05e9, "USD", "2025-02", "2025-02"),
         ("India", None, None, None, "exports", "value", None, 3.31e12, "INR", "2026-02", "2026-02")],
    ),
    "a period after 'after rising 1.3%' is that figure's, not the value before it": (
        "German trade\n\nBERLIN, March 9 (Reuters) - German exports fell 2.3% on the month in January 2026. "
        "Imports slid 5.9% month on month to 109.2 billion euros after rising 1.3% in December.",
        date(2026, 3, 9),
        [("Germany", None, None, None, "imports", "value", None, 109.2e9, "EUR", "2026-01", "2026-01"),
         ("Germany", None, None, None, "imports", "growth", "mom", 1.3, "percent", "2025-12", "2025-12")],
    ),
    "a headline's 'fiscal first-half' is the fiscal half-year, hyphen or not": (
        "Japan posts fiscal first-half trade surplus\n\nTOKYO - Japan posted a trade surplus of ¥512.4 billion in the "
        "first half of fiscal 2026.\n\nExports to China rose 2.2 percent.",
        date(2026, 10, 21),
        [("Japan", "China", None, None, "exports", "growth", "yoy", 2.2, "percent", "2026-04", "2026-09")],
    ),
    "in a story on the three months to October, a rate 'on the month' and the paragraph it frames are October's": (
        "UK trade\n\nLONDON - The UK's trade deficit widened in the three months to October 2025, official figures "
        "showed.\n\nExports to the EU rose 2.3% on the month to £15.1bn, and imports from the bloc were up 0.8% at "
        "£27.2bn.",
        date(2025, 12, 12),
        [("United Kingdom", "European Union", None, None, "exports", "growth", "mom", 2.3, "percent", "2025-10",
          "2025-10"),
         ("United Kingdom", "European Union", None, None, "imports", "value", None, 27.2e9, "GBP", "2025-10",
          "2025-10")],
    ),
    "a year right after 'ended' or 'into' is an event's time, not the story's period ('manufacturers ended 2025 "
    "on a weak footing')": (
        "UK trade\n\nLONDON, Jan 15 (Reuters) - Britain's goods trade deficit widened in November, adding to signs "
        "that manufacturers ended 2025 on a weak footing.\n\nGoods exports dropped 2.9%.",
        date(2026, 1, 15),
        [("United Kingdom", None, None, None, "exports", "growth", "yoy", -2.9, "percent", "2025-11", "2025-11")],
    ),
    "a sentence opening 'Compared with September,' in a story on the three months to October is October's": (
        "UK trade\n\nLONDON, Dec 12 (Reuters) - Britain's trade deficit widened in the three months to October "
        "2025.\n\nCompared with September, exports to non-EU countries rose 6.4% to 15.7 billion pounds.",
        date(2025, 12, 12),
        [("United Kingdom", "non-EU countries", None, None, "exports", "growth", "mom", 6.4, "percent", "2025-10",
          "2025-10"),
         ("United Kingdom", "non-EU countries", None, None, "exports", "value", None, 15.7e9, "GBP", "2025-10",
          "2025-10")],
    ),
    "a level's base takes its own period: the second of 'from A in October and B a year earlier', one after "
    "'reversing a deficit of', one after 'up from about'; a second rate after 'from a year earlier and' is no base": (
        "German trade surplus narrows in November\n\nBERLIN - Germany's exports fell 2.5% in November 2025. The "
        "surplus came to 13.1 billion euros, down from 17.2 billion euros in October and 20.0 billion euros a year "
        "earlier. Trade with Russia posted a surplus of 0.2 billion euros, reversing a deficit of 0.4 billion euros "
        "a year earlier. In the first eleven months the surplus came to 185 billion euros, up from about 170 billion "
        "euros in the same period of 2024. Imports were up 3.1% from a year earlier and 1.2% from October.",
        date(2026, 1, 9),
        [("Germany", None, None, None, "balance", "value", None, 17.2e9, "EUR", "2025-10", "2025-10"),
         ("Germany", None, None, None, "balance", "value", None, 20.0e9, "EUR", "2024-11", "2024-11"),
         ("Germany", "Russia", None, None, "balance", "value", None, -0.4e9, "EUR", "2024-11", "2024-11"),
         ("Germany", None, None, None, "balance", "value", None, 170e9, "EUR", "2024-01", "2024-11"),
         ("Germany", None, None, None, "imports", "growth", "mom", 1.2, "percent", "2025-11", "2025-11")],
    ),
    "a month in a later coordinate clause (', and in December alone', ', while ... in December') is not the "
    "period of the figures before it in an annual story": (
        "China's 2025 battery exports\n\nBEIJING - China's exports of lithium-ion batteries rose 20 per cent in "
        "2025. Exports to Germany dropped 6.1 per cent to US$9.4 billion, and in December alone shipments to Germany "
        "plunged 31 per cent. Exports to India grew 12% to US$3.2 billion, while shipments to Brazil surged 44% in "
        "December.",
        date(2026, 1, 20),
        [("China", "Germany", "lithium-ion batteries", None, "exports", "value", None, 9.4e9, "USD", "2025-01",
          "2025-12"),
         ("China", "Germany", "lithium-ion batteries", None, "exports", "growth", "yoy", -31.0, "percent", "2025-12",
          "2025-12"),
         ("China", "India", "lithium-ion batteries", None, "exports", "growth", "yoy", 12.0, "percent", "2025-01",
          "2025-12"),
         ("China", "Brazil", "lithium-ion batteries", None, "exports", "growth", "yoy", 44.0, "percent", "2025-12",
          "2025-12")],
    ),
    "'after a 1.9% rise the month before' is the month before's own rate, compared as the rate before it; 'up 3% "
    "from the month before' is a rate against that month, past a poll's forecast": (
        "China's imports grow in December\n\nBEIJING (Reuters) - China's imports grew 5.7% in December 2025 from a "
        "year earlier, against a poll forecast of 0.9% and after a 1.9% rise the month before. Exports were up 3% "
        "from the month before.\n\nGermany's exports fell 1.2% on the month in October, after a 2.1% rise the "
        "month before.",
        date(2026, 1, 14),
        [("China", None, None, None, "imports", "growth", "yoy", 1.9, "percent", "2025-11", "2025-11"),
         ("China", None, None, None, "exports", "growth", "mom", 3.0, "percent", "2025-12", "2025-12"),
         ("Germany", None, None, None, "exports", "growth", "mom", 2.1, "percent", "2025-09", "2025-09")],
    ),
    "'below their level of August' is a base: it neither dates the figure nor moves the running month": (
        "UK trade gap widens in October\n\nLONDON (Reuters) - Britain's goods exports rose in October 2025. Exports "
        "of machinery were up 11% on the month, although they remained below their level of August. Compared with "
        "September, exports to the European Union rose 3.9% to 14.6 billion pounds.",
        date(2025, 12, 12),
        [("United Kingdom", None, "machinery", None, "exports", "growth", "mom", 11.0, "percent", "2025-10",
          "2025-10"),
         ("United Kingdom", "European Union", None, None, "exports", "value", None, 14.6e9, "GBP", "2025-10",
          "2025-10")],
    ),
    "'For the quarter as a whole' in a story on March is the first quarter, and the sentence after it too; a date "
    "in ', a reflection of ...' after the last figure is its cause's; 'over those eight months' is the span stated": (
        "US trade deficit narrows in March\n\nWASHINGTON (Reuters) - The U.S. trade deficit narrowed 10% to $60.2 "
        "billion in March 2026. For the quarter as a whole, the deficit shrank 55.0% to $211.2 billion. Exports "
        "were up 12.0%, while imports fell 9.1%, a reflection of the flood of goods that arrived in early 2025.\n\n"
        "In the first eight months of 2025, U.S. exports to Mexico rose 4%. Imports from Canada fell 2.2% over "
        "those eight months.",
        date(2026, 5, 5),
        [("United States", None, None, None, "balance", "value", None, -211.2e9, "USD", "2026-01", "2026-03"),
         ("United States", None, None, None, "imports", "growth", "yoy", -9.1, "percent", "2026-01", "2026-03"),
         ("United States", "Canada", None, None, "imports", "growth", "yoy", -2.2, "percent", "2025-01",
          "2025-08")],
    ),
    "a month in a trailing ', supported by ... a surge in January' after a fiscal year's figures is the surge's": (
        "Japan's fiscal 2025 exports hit record\n\nTOKYO (Kyodo) -- Japan's exports rose 4.0 percent in fiscal "
        "2025, which ended in March 2026. Shipments to China rose 3.4 percent to 19.31 trillion yen, supported by "
        "chipmaking equipment and a surge in January ahead of the Lunar New Year holiday.",
        date(2026, 4, 22),
        [("Japan", "China", None, None, "exports", "value", None, 19.31e12, "JPY", "2025-04", "2026-03")],
    ),
    "a date inside a description of a place ('With China, the target of Trump's steepest tariffs last year,') "
    "dates none of the figures": (
        "US trade deficit narrows in March\n\nWASHINGTON (AP) - The U.S. trade deficit narrowed to $60.2 billion in "
        "March 2026. With China, the target of the steepest tariffs last year, the goods gap grew 6.9% from February "
        "to $14 billion.",
        date(2026, 5, 5),
        [("United States", "China", None, None, "balance", "value", None, -14e9, "USD", "2026-03", "2026-03")],
    ),
    "'compared with the final three months of 2025' is the fourth quarter, a base: a first-quarter story's figures "
    "stay in the first quarter, quarter on quarter": (
        "UK trade deficit widens in first quarter\n\nLONDON (Reuters) - Britain's trade deficit widened in the first "
        "quarter of 2026. Goods exports fell 2.4% compared with the final three months of 2025 to 92.6 billion pounds. "
        "Compared with the last three months of 2025, exports to the EU slipped 0.8%.",
        date(2026, 5, 14),
        [("United Kingdom", None, None, None, "exports", "growth", "qoq", -2.4, "percent", "2026-01", "2026-03"),
         ("United Kingdom", None, None, None, "exports", "value", None, 92.6e9, "GBP", "2026-01", "2026-03"),
         ("United Kingdom", "European Union", None, None, "exports", "growth", "qoq", -0.8, "percent", "2026-01",
          "2026-03")],
    ),
    "'an annual trade surplus of' and 'Full-year exports' in a story on a month are the twelve months to it: the "
    "calendar year in a story on December": (
        "German exports fall in December\n\nBERLIN (AFP) - German exports fell 1.1 percent in December 2025. That "
        "left an annual trade surplus of 195.6 billion euros. Full-year exports fell 0.5 percent.",
        date(2026, 2, 9),
        [("Germany", None, None, None, "balance", "value", None, 195.6e9, "EUR", "2025-01", "2025-12"),
         ("Germany", None, None, None, "exports", "growth", "yoy", -0.5, "percent", "2025-01", "2025-12")],
    ),
    "'by the end of September' is the year so far, and 'import or export' is the whole trade": (
        "Hubei trade\n\nWUHAN, Oct. 20 (Xinhua) -- By the end of September, 9,140 enterprises in Hubei had recorded "
        "import or export business this year. By the end of September, exports totaled 436.1 billion yuan.",
        date(2025, 10, 20),
        [("Hubei", None, None, "foreign trade enterprises", "total", "count", None, 9140.0, "number", "2025-01",
          "2025-09"),
         ("Hubei", None, None, None, "exports", "value", None, 436.1e9, "CNY", "2025-01", "2025-09")],
    ),
    "'Over the same 10 months' is the year so far, as 'the 10 months' is, after a sentence on the month": (
        "China's October trade\n\nBEIJING, Nov 7 (Reuters) - China's exports rose 5.1% in October from a year "
        "earlier. Over the same 10 months, exports to ASEAN and Africa climbed 14.3% and 26.1%, respectively.",
        date(2025, 11, 7),
        [("China", "ASEAN", None, None, "exports", "growth", "yoy", 14.3, "percent", "2025-01", "2025-10"),
         ("China", "Africa", None, None, "exports", "growth", "yoy", 26.1, "percent", "2025-01", "2025-10")],
    ),
    "'over the same period' after an earlier figure of its sentence is that figure's period": (
        "UK trade gap widens\n\nLONDON - UK exports fell 2% in August 2025. In the three months to August, goods "
        "exports to the US were 13.5% lower than a year earlier, with car exports to the country down 21.7% over the "
        "same period.",
        date(2025, 10, 10),
        [("United Kingdom", "United States", None, None, "exports", "growth", "yoy", -13.5, "percent", "2025-06",
          "2025-08"),
         ("United Kingdom", "United States", "cars", None, "exports", "growth", "yoy", -21.7, "percent", "2025-06",
          "2025-08")],
    ),
    "a period inside a relative clause (', which supplied 71.3% of the imports last year,') is the clause's alone": (
        "China's sorghum imports slump in August\n\nChina imported 610,000 tons of sorghum in August. Arrivals from "
        "the U.S., which supplied 71.3% of China's sorghum imports last year, tumbled 93% to 26,500 tons.",
        date(2025, 9, 20),
        [("China", "United States", "sorghum", None, "imports", "share", None, 71.3, "percent", "2024-01", "2024-12"),
         ("China", "United States", "sorghum", None, "imports", "growth", "yoy", -93.0, "percent", "2025-08",
          "2025-08"),
         ("China", "United States", "sorghum", None, "imports", "quantity", None, 26500.0, "tonnes", "2025-08",
          "2025-08")],
    ),
    "'12.1 per cent below that of the same month last year' is a fall on the year": (
        "China's magnet exports rise in November\n\nChina exported 5,000 tonnes of rare earth magnets in November. "
        "The figure was nonetheless 12.1 per cent below that of the same month last year.",
        date(2025, 12, 20),
        [("China", None, "rare earth magnets", None, "exports", "growth", "yoy", -12.1, "percent", "2025-11",
          "2025-11")],
    ),
    "a period after a superlative ('the highest monthly figure so far this year') is the superlative's": (
        "Sichuan's foreign trade grows\n\nCHENGDU, Sept 20 (Xinhua) -- Sichuan's foreign trade reached 750 billion "
        "yuan in the first eight months, up 5.1 percent. In August alone, Sichuan's foreign trade hit 92.4 billion "
        "yuan, up 7.9 percent from a year earlier and the highest monthly figure so far this year.",
        date(2024, 9, 20),
        [("Sichuan", None, None, None, "total", "growth", "yoy", 7.9, "percent", "2024-08", "2024-08"),
         ("Sichuan", None, None, None, "total", "value", None, 92.4e9, "CNY", "2024-08", "2024-08")],
    ),
    "'in the six-month period' is the year's first six months, after a sentence on the second quarter": (
        "China's foreign trade in H1\n\nBEIJING, July 14 (Xinhua) -- China's foreign trade rose 2.9 percent in the "
        "first half. In the second quarter, trade grew 4.5 percent. Private firms' foreign trade climbed 7.3 percent "
        "to 12.48 trillion yuan in the six-month period.",
        date(2025, 7, 14),
        [("China", None, None, "private enterprises", "total", "growth", "yoy", 7.3, "percent", "2025-01", "2025-06"),
         ("China", None, None, None, "total", "growth", "yoy", 4.5, "percent", "2025-04", "2025-06")],
    ),
    "a figure after 'than the' takes the period right after it ('milder than the 33.1 per cent plunge in August')": (
        "China's exports to the US\n\nChina's exports fell 25 per cent in October. The October drop was milder than "
        "the 33.1 per cent plunge in August.",
        date(2025, 11, 8),
        [("China", None, None, None, "exports", "growth", "yoy", -33.1, "percent", "2025-08", "2025-08")],
    ),
    "'Figures published last month by China's customs' dates their release, not the figures; 'By Beijing's count' is China's": (
        "China-Australia trade slides in 2025\n\nSYDNEY, Feb 5 - Two-way goods trade came to A$288.5 billion in "
        "2025.\n\nFigures published last month by China's General Administration of Customs tell a somewhat different "
        "story.\n\nBy Beijing's count, bilateral trade fell 7.4 per cent to 1.41 trillion yuan. In US dollar terms, it "
        "dropped 7.3 per cent to US$196.2 billion.",
        date(2026, 2, 5),
        [("China", "Australia", None, None, "total", "value", None, 1.41e12, "CNY", "2025-01", "2025-12"),
         ("China", "Australia", None, None, "total", "growth", "yoy", -7.3, "percent", "2025-01", "2025-12")],
    ),
    "'running 3.2% ahead of 2024' is a rise against 2024, '1.5% behind the year before' a fall": (
        "China's crude oil imports\n\nBEIJING, Jan 14 (Reuters) - China imported 577.7 million tons of crude oil in "
        "2025. Through the first 11 months, imports had been running 3.2% ahead of 2024, and exports of fuel 1.5% "
        "behind the year before.",
        date(2026, 1, 14),
        [("China", None, "crude oil", None, "imports", "growth", "yoy", 3.2, "percent", "2025-01", "2025-11"),
         ("China", None, "fuel", None, "exports", "growth", "yoy", -1.5, "percent", "2025-01", "2025-11")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_periods(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_range_across_the_turn_of_the_year_resolves() -> None:
    """A listed range whose first month comes after its last ("December-January") spans two years; it once
    raised a validation error that failed the whole document."""
    from tradefacts.extract.period_mention import PeriodMention

    period = PeriodMention(0, 16, 12, 1, 2026).resolve(2026, date(2026, 3, 9))
    assert period is not None and (period.start, period.end) == ("2025-12", "2026-01")
