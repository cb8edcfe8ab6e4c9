"""Dates that belong to something else than the figures beside them: an event that "began late last year", what
"hit" a partner "last year", and the month of an earlier figure in "having grown 1.3% in December".

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

JUL = ("2026-07", "2026-07")
CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "', topping their total for the whole of 2024,': the year compared with, not the next figure's": (
        "SEOUL, Dec. 1 (Yonhap) -- South Korea's exports rose 6.2 percent in November 2025. Steel exports for the 11 "
        "months came to $28.4 billion, topping their total for the whole of 2024, and car exports reached $27.9 "
        "billion.",
        date(2025, 12, 1),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 6.2, "percent", "2025-11", "2025-11"),
         ("South Korea", None, "steel", None, "exports", "value", None, 28.4e9, "USD", "2025-01", "2025-11"),
         ("South Korea", None, "cars", None, "exports", "value", None, 27.9e9, "USD", "2025-01", "2025-11")],
    ),
    "'Despite a chill that began late last year, exports to China rose': the story's month": (
        "TOKYO (Reuters) - Japan's exports rose in July 2026. Despite a diplomatic chill with Beijing that began late "
        "last year, exports to China rose 14.2% to 1.77 trillion yen.",
        date(2026, 8, 20),
        [("Japan", "China", None, None, "exports", "growth", "yoy", 14.2, "percent", *JUL),
         ("Japan", "China", None, None, "exports", "value", None, 1.77e12, "JPY", *JUL)],
    ),
    "'The goods shortfall with China, hit by the highest tariffs last year, rose': the story's month": (
        "TOKYO (Reuters) - Japan's exports rose in July 2026. The goods shortfall with China, hit by the highest "
        "tariffs last year, rose 6.9% to 14 billion yen.",
        date(2026, 8, 20),
        [("Japan", "China", None, None, "balance", "value", None, -14e9, "JPY", *JUL)],
    ),
    "'to 109.2 billion euros, having grown 1.3% in December': the level is January's, the 1.3% December's": (
        "BERLIN (Reuters) - German exports fell in January 2026. Imports dropped 5.9% from the previous month to "
        "109.2 billion euros, having grown 1.3% in December.",
        date(2026, 3, 9),
        [("Germany", None, None, None, "imports", "value", None, 109.2e9, "EUR", "2026-01", "2026-01"),
         ("Germany", None, None, None, "imports", "growth", "mom", 1.3, "percent", "2025-12", "2025-12")],
    ),
    "', Japan's biggest market so far this year,': the rank's period, not the rate's after it": (
        "TOKYO (Kyodo) -- Japan's exports rose 4.1 percent in July 2026. Shipments to the United States fell 2.2 "
        "percent, while those to China, Japan's biggest export market so far this year, grew 7.5 percent.",
        date(2026, 8, 20),
        [("Japan", None, None, None, "exports", "growth", "yoy", 4.1, "percent", *JUL),
         ("Japan", "United States", None, None, "exports", "growth", "yoy", -2.2, "percent", *JUL),
         ("Japan", "China", None, None, "exports", "rank", None, 1.0, "number", "2026-01", "2026-07"),
         ("Japan", "China", None, None, "exports", "growth", "yoy", 7.5, "percent", *JUL)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_aside_dates(name: str) -> None:
    assert_yields(*CASES[name])


def test_the_month_of_a_shutdown_or_a_strike_dates_the_event_not_the_figure() -> None:
    """"after retooling shutdowns in September, pushing exports of motor vehicles and parts up 4.5%": October's
    rise, in a story on October; the shutdown's month is no period of figures."""
    text = ("Canada's trade\n\nOTTAWA, Dec 4 - Canada's exports rose 2.0% in October 2026. Several Ontario assembly "
            "plants returned to full schedules after retooling shutdowns in September, pushing exports of motor "
            "vehicles and parts up 4.5% to $8.36 billion.")
    periods = {row[7]: row[9] for row in facts_of(text, date(2026, 12, 4))}
    assert periods[4.5] == "2026-10" and periods[8.36e9] == "2026-10", periods
