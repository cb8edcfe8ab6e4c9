"""Quarters a sentence writes by ellipsis after naming one: "from 10.3 trillion yuan in the first quarter to 11.86
trillion yuan in the fourth", "10.3 trillion yuan in the first quarter, then 11.49, 11.82 and 11.86 trillion yuan in
the following three quarters"; and the year a part of a year is written with after its figure ("a first-quarter
record of 10.17 trillion yuan in 2024")."""

from __future__ import annotations

import re
from dataclasses import replace

from tradefacts.extract.period_mention import PeriodMention

_ORDINAL = {"second": 2, "third": 3, "fourth": 4, "final": 4}
# "in the fourth," / "in the fourth." / "in the fourth as ...": an ordinal with no noun of its own
_ELIDED = re.compile(
    r"\b(?:in|for|during)\s+the\s+(?P<ord>second|third|fourth|final)\b"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:as|and|while|when|with|to|from|after|before|but|alone)\b))",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:following|next|subsequent|remaining|other)\s+(?P<n>two|three)\s+quarters\b",
    re.IGNORECASE,
)


def with_elided_quarters(sentence: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """`found` with the quarters written by ellipsis after the first quarter the sentence names, in text order."""
    named = next((p for p in found if p.last - p.first == 2 and p.first % 3 == 1 and not p.items
                  and not p.shift_months), None)  # fmt: skip
    if named is None or ("the " not in sentence[named.end :]):
        return found
    quarter = (named.first + 2) // 3
    extra = [
        PeriodMention(m.start(), m.end(), 3 * n - 2, 3 * n, named.year, relative_year=named.relative_year)
        for m in _ELIDED.finditer(sentence, named.end)
        if (n := _ORDINAL[m.group("ord").lower()]) > quarter
    ]
    for m in _FOLLOWING.finditer(sentence, named.end):
        count = 2 if m.group("n").lower() == "two" else 3
        items = tuple((3 * q - 2, 3 * q) for q in range(quarter + 1, min(4, quarter + count) + 1))
        if len(items) == count:  # "the following three quarters" after the first: the second to the fourth
            extra.append(PeriodMention(m.start(), m.end(), items[0][0], items[-1][1], named.year,
                                       relative_year=named.relative_year, items=items))  # fmt: skip
    return sorted([*found, *extra], key=lambda p: p.start) if extra else found


_IN_YEAR = re.compile(r"\bin\s+$")
_NO_CLAUSE_BREAK = re.compile(r"(?:[^,;:.]|\.(?=\w)|(?<=\b[A-Z])\.){0,90}")  # "U.S." and "10.17" end no clause


def with_year_of_part(sentence: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """`found` with a bare year written right after a part of a year with no year of its own, in the same clause,
    made that part's year ("hit a first-quarter record of 10.17 trillion yuan (about 1.43 trillion U.S. dollars) in
    2024, up 5 percent": the quarter of 2024, for the rate after it too, not the whole of 2024)."""
    out: list[PeriodMention] = []
    for p in found:
        part = out[-1] if out else None
        if part and part.year is None and not part.comparison and not part.relative_year and not part.items and (
            part.last - part.first < 11 and not part.shift_months and not part.the_month and not part.the_period
        ) and p.year is not None and (p.first, p.last) == (1, 12) and not p.comparison and not p.whole_year and (
            _NO_CLAUSE_BREAK.fullmatch(sentence, part.end, p.start) and _IN_YEAR.search(sentence, 0, p.start)
        ):  # not "In October the deficit fell to its smallest since 2009": a milestone's year
            out[-1] = replace(part, end=p.end, year=p.year)
            continue
        out.append(p)
    return out
