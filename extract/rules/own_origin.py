"""Goods that leave the story's own economy: "shipments from India" in a story on India are India's exports, though
"shipments from" another economy are the story's imports (extract/rules/flows.py)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

from tradefacts.extract.rules.flows import FLOW_RE
from tradefacts.extract.rules.gazetteer import Place

_FROM = re.compile(
    r"\b(?:shipments|cargoes|deliveries|supplies|sales|goods|merchandise)\s+(?:leaving\s+|sent\s+)?from\s+(?:the\s+)?",
    re.IGNORECASE,
)


def from_own_economy(sentence: str, places: Sequence[Sequence[Place]], area: str | None, pos: int) -> bool:
    """Whether the figure at `pos` follows goods written as coming "from" its own `area`, within its clause
    ("Merchandise shipments from India climbed 19.4 per cent"); `places` are lists of places in text order."""
    found = list(_FROM.finditer(sentence, max(0, pos - 200), pos))
    if not found or ";" in sentence[found[-1].end() : pos] or FLOW_RE.search(sentence, found[-1].end(), pos):
        return False  # "Shipments from India fell, while imports rose 3%": the 3% has its own flow word
    start = found[-1].end()
    for kind in places:
        k = bisect_left(kind, start, key=attrgetter("start"))
        if k < len(kind) and kind[k].start == start:
            return kind[k].name == area
    return False
