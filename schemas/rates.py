"""Yearly exchange-rate bands of the main currencies against the US dollar, 2000 on (schemas/exchange_rates.csv).

The table gives each year's mean, low and high of the ECB's daily reference rates, crossed through the dollar
(its header names the source; tools/build_exchange_rates.py rebuilds it). A cross rate's band is the widest the
two currencies' bands allow: a pair of figures converted on any day of the year falls inside it.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib.resources import files
from typing import NamedTuple


class YearRate(NamedTuple):
    """Units of a currency per US dollar over one year: the mean and the extremes of the daily rates."""

    mean: float
    low: float
    high: float
    source: str  # "ECB", or "peg" for a pegged rate recorded before the ECB series starts


@cache
def per_dollar() -> dict[tuple[int, str], YearRate]:
    """The shipped table by (year, ISO code); the US dollar itself is 1 in every year the table covers."""
    text = files("tradefacts.schemas").joinpath("exchange_rates.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("".join(line for line in text.splitlines(True) if not line.startswith("#"))))
    table = {
        (int(r["year"]), r["currency"]): YearRate(float(r["mean"]), float(r["low"]), float(r["high"]), r["source"])
        for r in rows
    }
    for year in {year for year, _ in table}:
        table[year, "USD"] = YearRate(1.0, 1.0, 1.0, "ECB")
    return table


def rate_band(numerator: str, denominator: str, years: range) -> tuple[float, float] | None:
    """The lowest and highest rate of `numerator` per `denominator` in any of `years` ("CNY", "USD" → yuan per
    dollar), or None when the table lacks either currency in one of those years."""
    table = per_dollar()
    lows, highs = [], []
    for year in years:
        top, bottom = table.get((year, numerator)), table.get((year, denominator))
        if top is None or bottom is None:
            return None
        lows.append(top.low / bottom.high)
        highs.append(top.high / bottom.low)
    return (min(lows), max(highs)) if lows else None
