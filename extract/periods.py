"""Reference periods written in trade reporting: months, month ranges, first N months, halves, quarters, years."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefacts.extract.text import MONTH_NUMBER
from tradefacts.schemas import Period
from tradefacts.schemas.numbers import CARDINAL_WORDS

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?"
)
_COUNT = r"(?:\d{1,2}|" + "|".join(w for w, n in CARDINAL_WORDS.items() if 1 <= n <= 12) + r")"
_ORD_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_OF_YEAR = rf"(?:,?\s+(?:of\s+|in\s+)?(?:the\s+year\s+)?{_YEAR})?"
_ORDQ = "|".join(_ORD_Q)
PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"(?P<firstn>(?:the\s+)?first\s+(?P<n>{_COUNT})\s+months){_OF_YEAR}",
        rf"(?P<m1>{_MONTH})\s*(?:-|–|to|through|until)\s*(?P<m2>{_MONTH})(?:\s+period)?{_OF_YEAR}",
        rf"(?P<half>(?:the\s+)?(?P<hwhich>first|second)\s+half|\bH(?P<hn>[12])){_OF_YEAR}",
        rf"(?P<firstq>(?:the\s+)?first\s+(?P<qn>two|three|2|3)\s+quarters){_OF_YEAR}",
        rf"(?P<quarter>(?:the\s+)?(?P<qwhich>{_ORDQ})\s+quarter|\bQ(?P<qd>[1-4])){_OF_YEAR}",
        rf"(?P<single>(?<![\w-])(?:in|for|during|of|since|throughout|by)\s+(?:the\s+month\s+of\s+)?(?P<m>{_MONTH}))"
        rf"(?!\s*(?:\d{{1,2}}\b|-|–|to\b|through\b|until\b))(?:\s+{_YEAR})?",
        r"(?P<last>last\s+year)",
        rf"(?P<yearonly>(?<![\d-]){_YEAR}(?![\d-]|\s*(?:percent|%)))",
    )
]
_ANY_PERIOD = re.compile(rf"\d|{_MONTH}|\b(?:first|second|half|quarter|year)\b", re.IGNORECASE)
_WRITTEN_DATE = re.compile(rf"{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d", re.IGNORECASE)
_COMPARISON = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|since|previous)\s+(?:(?:in|the|same|period|of|a|year)\s+){0,5}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase in a sentence: months (year may be missing) and its span."""

    start: int
    end: int
    first: int
    last: int
    year: int | None
    relative_year: int = 0  # -1 for "last year"

    def resolve(self, context_year: int | None) -> Period | None:
        """The period, taking a missing year from the context."""
        year = self.year if self.year is not None else (context_year + self.relative_year if context_year else None)
        return Period.months(year, self.first, self.last) if year else None


def _count(text: str) -> int:
    return int(text) if text.isdigit() else CARDINAL_WORDS[text.lower()]


def find_periods(sentence: str) -> list[PeriodMention]:
    """Every period phrase in a sentence, left to right; written dates ("July 10, 2025") are not periods."""
    if not _ANY_PERIOD.search(sentence):
        return []
    masked = _WRITTEN_DATE.sub(lambda m: " " * len(m.group()), sentence)
    matches = sorted((m for p in PATTERNS for m in p.finditer(masked)), key=lambda m: (m.start(), -m.end()))
    found: list[PeriodMention] = []
    taken_until = -1
    for m in matches:
        if m.start() < taken_until:
            continue
        taken_until = m.end()
        groups = m.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        if groups.get("firstn"):
            n = _count(m.group("n"))
            if not 1 <= n <= 12:
                continue
            first, last = 1, n
        elif groups.get("m1"):
            first, last = (
                MONTH_NUMBER[groups.get("m1").lower().rstrip(".")],
                MONTH_NUMBER[m.group("m2").lower().rstrip(".")],
            )
            if first > last:
                continue
        elif groups.get("half"):
            second = (groups.get("hwhich") or "").lower() == "second" or groups.get("hn") == "2"
            first, last = (7, 12) if second else (1, 6)
        elif groups.get("firstq"):
            first, last = 1, 3 * _count(m.group("qn"))
        elif groups.get("quarter"):
            q = _ORD_Q[groups.get("qwhich").lower()] if groups.get("qwhich") else int(m.group("qd"))
            first, last = 3 * q - 2, 3 * q
        elif groups.get("single"):
            if groups.get("m") == "may" and not groups.get("year"):
                continue  # "may" is mostly the verb
            first = last = MONTH_NUMBER[m.group("m").lower().rstrip(".")]
        elif groups.get("last"):
            if _COMPARISON.search(masked[: m.start()]):
                continue
            found.append(PeriodMention(m.start(), m.end(), 1, 12, None, relative_year=-1))
            continue
        else:
            if _COMPARISON.search(masked[: m.start()]):
                continue  # "a rise from 2020", "higher than 2024": a comparison base, not the period
            first, last = 1, 12
        found.append(PeriodMention(m.start(), m.end(), first, last, year))
    return found
