"""A period phrase found in a sentence (`PeriodMention`): its months, its span, its role, and how it resolves
against the story's year and publication date. Found by `extract.periods.find_periods`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tradefacts.extract.fiscal import Fiscal
from tradefacts.schemas import Period


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase in a sentence: months (year may be missing), its span, and its role. `comparison` marks a
    base the sentence compares against ("than in August"); `shift_months` one relative to the fact's own period ("a
    year earlier": -12); `relative_month` is "last month" (-1 from the publication month)."""

    start: int
    end: int
    first: int
    last: int
    year: int | None
    relative_year: int = 0  # -1 for "last year"
    comparison: bool = False
    shift_months: int = 0
    relative_month: int = 0
    items: tuple[tuple[int, int], ...] = ()  # "the first, second and third quarters": one period per listed item
    to_date: bool = False  # "the year to date": January to the running period's last month
    the_period: bool = False  # "in the period": the span the story last stated; with `last` 3, "the quarter"
    same_as_last: bool = False  # "over the same period": the period of the figures just read
    the_month: bool = False  # "in the month": the single month the story last stated
    fiscal: Fiscal | None = None  # a fiscal year or part of it (extract/fiscal.py)
    months_named: bool = False  # "over the three months": the story's span of that length, else the year's first
    trailing: int = 0  # "over the last 12 months": that many months up to the running period's last
    same_months: bool = False  # "the same quarter of 2024": the running period's months in `year`
    this_year: bool = False  # "the first half of this year": the publication's year, whatever year the story last named
    whole_year: bool = False  # "over the full year": the twelve months the story last stated, fiscal ones too
    ordinal_part: bool = False  # "the first quarter", "the second half": a part named by its order (fiscal or not)

    def item(self, index: int) -> PeriodMention:
        """The period of one item of a listed period ("the second" of "first, second and third quarters")."""
        first, last = self.items[index]
        return PeriodMention(self.start, self.end, first, last, self.year, comparison=self.comparison)

    def resolve(self, context_year: int | None, published: date | None = None) -> Period | None:
        """The period, taking a missing year from the context; statistics precede their publication."""
        if self.shift_months:
            return None  # relative to another period: see `shifted`
        if self.relative_month:
            if published is None:
                return None
            month = (published.year * 12 + published.month - 1) + self.relative_month
            return Period.months(month // 12, month % 12 + 1, month % 12 + 1)
        if self.year is not None:
            year: int | None = self.year
        elif context_year is None:
            return None
        else:
            from_publication = bool(self.relative_year or self.this_year)  # "last year", "this year"
            base = published.year if (from_publication and published) else context_year
            year = base + self.relative_year  # "last year" is the year before publication
            whole_year = self.first == 1 and self.last == 12 and published is not None and published.month <= 3
            if published and not from_publication and year == published.year and (
                self.first > published.month or whole_year
            ):
                year -= 1  # "in December", a "Jan-Dec" column in an article of January: last year's
        if self.first < 1:  # "the 12 months to March 2025": April 2024 to March 2025
            return Period(start=f"{year - 1:04d}-{self.first + 12:02d}", end=f"{year:04d}-{self.last:02d}")
        if self.first > self.last:  # "December-January", "from November to February": across the turn of the year
            return Period(start=f"{year - 1:04d}-{self.first:02d}", end=f"{year:04d}-{self.last:02d}")
        return Period.months(year, self.first, self.last)


_BRACKET_BETWEEN = re.compile(r"\s*\(\s*")


def restated(sentence: str, period: PeriodMention, then: PeriodMention | None) -> bool:
    """Whether `then` restates `period` in brackets with its year: "the first half (July-December 2025)"."""
    return bool(then and then.year and _BRACKET_BETWEEN.fullmatch(sentence, period.end, then.start))
