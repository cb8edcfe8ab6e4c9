"""Arithmetic on periods: the same months moved by some months, put in another year, or widened back from their
last month. Pure functions of `Period`, used by the period reader and the rules that date figures."""

from __future__ import annotations

from tradefacts.schemas import Period


def _month(index: int) -> str:
    """"YYYY-MM" of a month counted from January of year 0 (2025-07 is 2025 * 12 + 6)."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_span(first: int, last: int) -> Period:
    """The months `first` to `last`, each counted from January of year 0; a span may cross a year's end."""
    return Period(start=_month(first), end=_month(last))


def shifted(period: Period, months: int) -> Period:
    """The same months moved by `months` ("a year earlier" is -12)."""

    def move(ym: str) -> str:
        return _month(int(ym[:4]) * 12 + int(ym[5:7]) - 1 + months)

    return Period(start=move(period.start), end=move(period.end))


def in_year(period: Period, year: int) -> Period:
    """The same months with `year` as the year they end in ("the same quarter of 2024")."""
    return shifted(period, -12 * (int(period.end[:4]) - year))


def months_to(period: Period, n: int) -> Period:
    """The `n` months that end with the period's last month ("over the last 12 months")."""
    last = Period(start=period.end, end=period.end)
    return Period(start=shifted(last, 1 - n).start, end=period.end)
