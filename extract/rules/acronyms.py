"""Goods acronyms: the ones a text defines ("new energy vehicles (NEVs)") or spells out elsewhere ("liquefied natural
gas" for "LNG"), over the common ones it uses undefined."""

from __future__ import annotations

import re

from tradefacts.extract.rules.product_names import HEAD_NOUNS

_ACRONYM = re.compile(r"\b(?P<long>[A-Za-z][\w-]*(?:\s+[\w-]+){0,5}?)\s+\((?P<short>[A-Z][A-Za-z]{1,6}?)(?P<s>s?)\)")
# "electrical and electronic (E&E) products": initials joined by "&" for words joined by "and", the head after
_AMPERSAND_ACRONYM = re.compile(
    rf"\b(?P<a>[a-z][\w-]*)\s+and\s+(?P<b>[a-z][\w-]*)\s+\((?P<short>[A-Z]&[A-Z])\)\s+(?P<head>{HEAD_NOUNS})\b",
    re.IGNORECASE,
)


# Goods acronyms trade reporting uses without defining them ("NEV exports"); a text's own definition wins.
COMMON_ACRONYMS = {
    "nev": "new energy vehicles", "nevs": "new energy vehicles", "ev": "electric vehicles",
    "evs": "electric vehicles", "ics": "integrated circuits",
}  # fmt: skip


_CAPITALS = re.compile(r"\b(?P<short>[A-Z]{3,5})(?P<s>s?)\b")
_GOODS_HEAD = re.compile(rf"(?:{HEAD_NOUNS})$")


def _spelled_out(text: str, short: str) -> str | None:
    """The lower-case goods phrase whose initials spell `short` ("liquefied natural gas" for "LNG"), if the text
    writes one."""
    found = re.search(r"\b" + r"[a-z-]*\s+".join(short.lower()) + r"[a-z-]*\b", text)
    return found.group() if found and _GOODS_HEAD.search(found.group()) else None


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines, lower-cased: "new energy vehicles (NEVs)" → {"nevs": "new energy vehicles"}, or
    spells out elsewhere ("LNG" in a text that writes "liquefied natural gas"), over the common ones it uses
    undefined (`COMMON_ACRONYMS`)."""
    table = dict(COMMON_ACRONYMS)
    for short in {m.group("short") for m in _CAPITALS.finditer(text)}:
        if long := _spelled_out(text, short):
            table[short.lower()] = table[short.lower() + "s"] = long
    for m in _ACRONYM.finditer(text):
        short = m.group("short")
        words = m.group("long").split()[-len(short) :]
        if len(words) == len(short) and "".join(w[0] for w in words).lower() == short.lower():
            long = " ".join(words).lower()
            table[(short + m.group("s")).lower()] = long
            table[short.lower()] = long
    for m in _AMPERSAND_ACRONYM.finditer(text):
        if (m.group("a")[0] + "&" + m.group("b")[0]).lower() == m.group("short").lower():
            table[m.group("short").lower()] = f"{m.group('a')} and {m.group('b')} {m.group('head')}".lower()
    return table
