"""The story's period: the one its headline dates its first figure with, and a base written as a record or a peak.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

MAY = ("2025-05", "2025-05")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'the second monthly surplus in a row' in a fiscal-year story: the month that ends the fiscal year": (
        "Japan logs fiscal-year trade deficit\n\nTOKYO, April 20 (Kyodo) -- Japan posted a trade deficit of 2.41 "
        "trillion yen in fiscal 2025 through March, the Finance Ministry said Monday.\n\nIn March, Japan posted a "
        "surplus of 405.2 billion yen, the second monthly surplus in a row. Exports rose 3.9 percent from a year "
        "earlier to 10.21 trillion yen.",
        date(2026, 4, 20),
        [("Japan", None, None, None, "balance", "value", None, -2.41e12, "JPY", "2025-04", "2026-03"),
         ("Japan", None, None, None, "exports", "growth", "yoy", 3.9, "percent", "2026-03", "2026-03"),
         ("Japan", None, None, None, "exports", "value", None, 10.21e12, "JPY", "2026-03", "2026-03")],
    ),
    "a headline on a month and a half year: the paragraphs without a period are on the month": (
        "Taiwan's May exports jump 38.6%; Jan-May surplus at $38.1 bln\n\nTAIPEI, June 9 - Taiwan's exports "
        "surged in May on demand for servers, the finance ministry said.\n\nImports rose 21.7% from a year earlier "
        "to $39.4 billion.\n\nShipments to the United States more than doubled to $16.9 billion.",
        date(2025, 6, 9),
        [("Taiwan", None, None, None, "imports", "growth", "yoy", 21.7, "percent", *MAY),
         ("Taiwan", None, None, None, "imports", "value", None, 39.4e9, "USD", *MAY),
         ("Taiwan", "United States", None, None, "exports", "value", None, 16.9e9, "USD", *MAY)],
    ),
    "a headline whose only number is a year keeps the year it names last": (
        "Canada's trade gap narrows in December; 2025 deficit widest since 2020\n\nOTTAWA, Feb 5 - Canada's "
        "merchandise trade deficit narrowed to C$1.2 billion in December from C$2.4 billion in November.\n\nThe "
        "deficit for the year grew to C$27.5 billion.",
        date(2026, 2, 5),
        [("Canada", None, None, None, "balance", "value", None, -27.5e9, "CAD", "2025-01", "2025-12")],
    ),
    "'from the record set in April' is the base of a month's change, not its period": (
        "US exports fall in May\n\nWASHINGTON, July 3 - U.S. exports of goods and services dropped 4.0% to "
        "$279.0 billion in May from the record set in April. Imports of goods slipped from the peak reached in "
        "March, falling 0.9% to $278.8 billion.",
        date(2025, 7, 3),
        [("United States", None, "goods and services", None, "exports", "value", None, 279.0e9, "USD", *MAY),
         ("United States", None, "goods and services", None, "exports", "growth", "mom", -4.0, "percent", *MAY)],
    ),
    "a base figure with its currency word keeps its own month: 'from a surplus of 98.4 billion yen in April'": (
        "Japan's trade\n\nTOKYO, June 18 - Japan posted a trade deficit of 637.6 billion yen ($4.4 billion) in May "
        "2025 from a surplus of 98.4 billion yen in April.",
        date(2025, 6, 18),
        [("Japan", None, None, None, "balance", "value", None, -637.6e9, "JPY", *MAY),
         ("Japan", None, None, None, "balance", "value", None, 98.4e9, "JPY", "2025-04", "2025-04")],
    ),
    "'below the figure for May last year' is a year-on-year base, and a record 'set in' a month keeps that month": (
        "French exports\n\nPARIS, July 8 - French exports fell to 48.2 billion euros in May 2025, 1.3% less than "
        "in April and 4.6% below the figure for May last year. They had peaked at a record 50.7 billion euros set in "
        "January.",
        date(2025, 7, 8),
        [("France", None, None, None, "exports", "growth", "yoy", -4.6, "percent", *MAY),
         ("France", None, None, None, "exports", "growth", "mom", -1.3, "percent", *MAY),
         ("France", None, None, None, "exports", "value", None, 50.7e9, "EUR", "2025-01", "2025-01")],
    ),
    "an abbreviated month range with its full stop, 'Jan.-June', is the half year": (
        "Japan logs 1.9 tril. yen trade deficit in Jan.-June as energy bill stays high\n\nTOKYO - Japan's "
        "exports rose 3.1 percent from a year earlier to 52.9 trillion yen, the Finance Ministry said.",
        date(2025, 7, 17),
        [("Japan", None, None, None, "exports", "value", None, 52.9e12, "JPY", "2025-01", "2025-06")],
    ),
    "'a record for the period' after 'the first 11 months of the year' is that span, not the whole year": (
        "China's surplus with ASEAN\n\nBEIJING, Dec 9 - China's trade surplus with ASEAN widened 14.2 per cent in "
        "the first 11 months of the year to US$211.5 billion, a record for the period.\n\nExports to the bloc "
        "rose 13.1 per cent to US$594.3 billion.",
        date(2025, 12, 9),
        [("China", "ASEAN", None, None, "balance", "value", None, 211.5e9, "USD", "2025-01", "2025-11"),
         ("China", "ASEAN", None, None, "exports", "value", None, 594.3e9, "USD", "2025-01", "2025-11")],
    ),
    "a heading that names a period ('FIRST HALF') holds for the paragraphs under it; 'going back to 1992' dates none": (
        "China's July exports beat forecasts\n\nBEIJING, Aug 7 - China's exports rose 7.2% in July from a year "
        "earlier to $321.8 billion, the steepest rise in records going back to 1992 for the month.\n\nFIRST "
        "HALF\n\nFor January-June, exports climbed 5.9% to $1.81 trillion.\n\nImports in yuan terms fell 2.7% to "
        "8.75 trillion yuan.",
        date(2025, 8, 7),
        [("China", None, None, None, "exports", "value", None, 321.8e9, "USD", "2025-07", "2025-07"),
         ("China", None, None, None, "imports", "value", None, 8.75e12, "CNY", "2025-01", "2025-06")],
    ),
    "a heading with its units over 'Origin: quantity, change' lines: the heading's period, each origin a "
    "supplier, 'mln T' tonnes": (
        "China's soybean imports hit June record\n\nBEIJING, July 20 - China's soybean imports reached 12.26 "
        "million tons in June 2025.\n\nFIRST-HALF ARRIVALS BY ORIGIN (change on year)\nBrazil: 31.86 mln T, "
        "-7.5%\nArgentina: 111,603 T, -47.5%\n",
        date(2025, 7, 20),
        [("China", "Brazil", "soybeans", None, "imports", "quantity", None, 31.86e6, "tonnes", "2025-01", "2025-06"),
         ("China", "Brazil", "soybeans", None, "imports", "growth", "yoy", -7.5, "percent", "2025-01", "2025-06"),
         ("China", "Argentina", "soybeans", None, "imports", "quantity", None, 111_603.0, "tonnes", "2025-01",
          "2025-06")],
    ),
    "'4.5% below the 49.49 million tons of August': the rate is September's, the base figure August's": (
        "China's crude imports slip\n\nBEIJING, Oct 20 - China imported 47.3 million tons of crude oil in "
        "September 2025. That was 4.5% below the 49.49 million tons of August but 3.9% above the year-ago level.",
        date(2025, 10, 20),
        [("China", None, "crude oil", None, "imports", "quantity", None, 49.49e6, "tonnes", "2025-08", "2025-08"),
         ("China", None, "crude oil", None, "imports", "growth", "yoy", 3.9, "percent", "2025-09", "2025-09")],
    ),
    "'the first half of this year' is the publication's year, though the paragraph before was on another": (
        "Trade with Africa grows\n\nBy a staff reporter | Updated: 2025-07-21\n\nChina's trade with Africa came to "
        "$295.6 billion in 2024, 4.8 percent more than in 2023.\n\nIn the first half of this year, China-Africa "
        "trade grew 14.4 percent year-on-year to 1.17 trillion yuan. In March this year, exports to Africa climbed "
        "3.1 percent.",
        date(2025, 7, 21),
        [("China", "Africa", None, None, "total", "value", None, 295.6e9, "USD", "2024-01", "2024-12"),
         ("China", "Africa", None, None, "total", "growth", "yoy", 14.4, "percent", "2025-01", "2025-06"),
         ("China", "Africa", None, None, "total", "value", None, 1.17e12, "CNY", "2025-01", "2025-06"),
         ("China", "Africa", None, None, "exports", "growth", "yoy", 3.1, "percent", "2025-03", "2025-03")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_story_period(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_headline_year_not_yet_over_frames_no_figure() -> None:
    """"China-US trade keeps shrinking in 2026", out in November 2026: the year is not over, so the figures after
    it take the span the lead states (January-October), not a whole year the gate would refuse."""
    text = ("China-US trade keeps shrinking in 2026\n\nHONG KONG - China's exports to the US came to US$318.6 billion in "
            "the January-October period, down 14.2 per cent.\n\nThat put bilateral trade at US$417.0 billion, a "
            "decline of 13.6 per cent.")
    periods = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 11, 23))}
    assert periods.get(417.0e9) == ("2026-01", "2026-10") and periods.get(-13.6) == ("2026-01", "2026-10"), periods
