"""Quarters a sentence writes by ellipsis after naming one: "from 10.3 trillion yuan in the first quarter to 11.86
trillion yuan in the fourth", "10.3 trillion yuan in the first quarter, then 11.49, 11.82 and 11.86 trillion yuan in
the following three quarters"."""

from __future__ import annotations

import re

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
