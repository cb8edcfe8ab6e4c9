"""Goods acronyms: the ones a text defines ("new energy vehicles (NEVs)") over the common ones it uses undefined."""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"\b(?P<long>[A-Za-z][\w-]*(?:\s+[\w-]+){0,5}?)\s+\((?P<short>[A-Z][A-Za-z]{1,6}?)(?P<s>s?)\)")


# Goods acronyms trade reporting uses without defining them ("NEV exports"); a text's own definition wins.
COMMON_ACRONYMS = {
    "nev": "new energy vehicles", "nevs": "new energy vehicles", "ev": "electric vehicles",
    "evs": "electric vehicles", "ics": "integrated circuits",
}  # fmt: skip


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines, lower-cased: "new energy vehicles (NEVs)" → {"nevs": "new energy vehicles"},
    over the common ones it uses undefined (`COMMON_ACRONYMS`)."""
    table = dict(COMMON_ACRONYMS)
    for m in _ACRONYM.finditer(text):
        short = m.group("short")
        words = m.group("long").split()[-len(short) :]
        if len(words) == len(short) and "".join(w[0] for w in words).lower() == short.lower():
            long = " ".join(words).lower()
            table[(short + m.group("s")).lower()] = long
            table[short.lower()] = long
    return table
