"""Places written inside a phrase whose words decide their role: a people ("imports from the Dutch"), a place named
by its kind ("the manufacturing hub of Dongguan"), markets a sentence's goods are "bound for"."""

from __future__ import annotations

import re

# "from the Dutch fell", "sales to the French and ...": a demonym standing alone after "the" names its people
_TO_PEOPLE = re.compile(r"\b(?:to|from|with)\s+the\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(
    r"^(?:\s*[,.;)]|\s+(?:and|or|but|while|were|was|rose|fell|grew|jumped|dropped|climbed|slid|declined|increased|"
    r"decreased|surged|slumped|shrank|expanded|market|markets|economy|side)\b)", re.IGNORECASE,  # "the American market"
)
# "the manufacturing hub of Dongguan", "the port city of Qingdao": the place itself, described by its kind
_KIND_OF = re.compile(
    r"(?:^|(?<=\s))(?:the|The)\s+(?:[\w-]+\s+){0,2}?(?:hub|city|port|province|region|municipality|county|district)"
    r"\s+of\s+$"
)
_DESCRIBED_GOODS = re.compile(  # ", most of them bound for": an aside on goods just named
    r",\s+(?:(?:most|many|much|all|some|half)\s+of\s+(?:them|which|it)\s+|mostly\s+|mainly\s+)?$"
)
# "most of them bound for Taiwan, South Korea and China": each market of the list
_BOUND_FOR = re.compile(
    r"\b(?:bound|destined|headed)\s+for\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+and\s+|,\s+|\s+and\s+))*$"
)


# "shipped to American buyers", "bought from Chinese suppliers": the buyers or sellers of a market
_TO_TRADERS = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?$", re.IGNORECASE)
_TRADERS_AFTER = re.compile(
    r"^\s+(?:buyers|customers|consumers|clients|importers|purchasers|suppliers|sellers|exporters|producers)\b",
    re.IGNORECASE,
)


def names_people(before: str, after: str) -> bool:
    """Whether a demonym between `before` and `after` stands for its people's country ("imports from the Dutch fell",
    "exports to the American market", "goods shipped to American buyers"): the partner."""
    if _TO_TRADERS.search(before) and _TRADERS_AFTER.match(after):
        return True
    return _TO_PEOPLE.search(before) is not None and _PEOPLE_AFTER.match(after) is not None


def named_by_kind(before: str) -> re.Match[str] | None:
    """The description a place follows ("the manufacturing hub of "), where `before` ends with one."""
    return _KIND_OF.search(before)


def bound_for(before: str) -> re.Match[str] | None:
    """The "bound for" (a list of markets so far) that `before` ends with, if any."""
    return _BOUND_FOR.search(before)


def where_goods_go(before: str, bound: re.Match[str]) -> bool:
    """Whether the "bound for" opens an aside on goods just named (", most of them bound for"): markets no figure
    is of."""
    return _DESCRIBED_GOODS.search(before, 0, bound.start()) is not None
