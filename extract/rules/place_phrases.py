"""Places written inside a phrase whose words decide their role: a people ("imports from the Dutch"), a place named
by its kind ("the manufacturing hub of Dongguan"), markets a sentence's goods are "bound for", markets listed or
ranked as such, a city named for its exchange."""

from __future__ import annotations

import re

from tradefacts.extract.text import PERCENT_WORD

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


# "trade with its three main partners was as follows: ASEAN, ...; the EU, ...": each item after the colon
_PARTNERS_LISTED = re.compile(
    r"\b(?:trade\s+with|partners|markets|destinations|suppliers)\b[^:.]{0,80}:(?=(?:[^:.]|\.(?=\d))*$)", re.IGNORECASE)
_RATE_FOR = re.compile(rf"\d\s*{PERCENT_WORD}\s+for\s+(?:the\s+)?$", re.IGNORECASE)  # "reached 26.1% for Africa"
# "Among regional markets, Africa stood out with growth of 19.5 percent": a market
_MARKETS_OPENING = re.compile(
    r"\s*(?:Among|Of|By)\s+(?:(?:the|its|regional|major|main|key|overseas|foreign|trading|export|import)\s+)*"
    r"(?:markets|partners|destinations|regions|suppliers)\s*,\s*(?:the\s+)?", re.IGNORECASE)
# "prices at the Nairobi Coffee Exchange", "the Mombasa auction": a market place, no economy
_INSTITUTION_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]+\s+)?(?:Exchange|[Aa]uctions?|[Bb]ourse|[Cc]ommodity\s+[Ee]xchange|"
                                r"[Tt]ea\s+[Aa]uction)\b")


# "...; for Latin America, the United States and ASEAN the figures were 407.5, 299.3 and 236.0": markets whose
# figures follow
_FOR_LIST_BEFORE = re.compile(r"(?:^|[;,:]\s+)for\s+(?:the\s+)?[^;:]{0,100}$", re.IGNORECASE)
_FIGURES_WERE_AFTER = re.compile(
    r"[^;:]{0,100}?\s+the\s+(?:corresponding\s+|respective\s+)?(?:figures?|numbers?|values?|totals?|amounts?)\s+"
    r"(?:were|was|stood|came|reached)\b", re.IGNORECASE)


# "Next in line came the European Union, in second place with 1.27 trillion yuan": the next market of a ranking
_CAME_NEXT = re.compile(r"\b(?:Next(?:\s+in\s+line)?|Behind\s+(?:it|them)|After\s+(?:it|them))\s*,?\s+"
                        r"(?:came|come|comes|was|were|stood|ranked)\s+(?:the\s+)?$", re.IGNORECASE)


def named_as_market(sentence: str, start: int) -> bool:
    """Whether the place at `start` is written as a market: listed after "partners ... as follows:", opening the
    sentence after "Among regional markets,", the market a rate is "for", listed after "for" before "the figures
    were", or the one that "Next in line came"."""
    return bool(_PARTNERS_LISTED.search(sentence, max(0, start - 400), start)
                or _MARKETS_OPENING.fullmatch(sentence, 0, start)
                or _RATE_FOR.search(sentence, max(0, start - 40), start)
                or (_FOR_LIST_BEFORE.search(sentence, max(0, start - 110), start)
                    and _FIGURES_WERE_AFTER.match(sentence, start))
                or _CAME_NEXT.search(sentence, max(0, start - 40), start) is not None)


def names_market_place(after: str) -> bool:
    """Whether the words after a city name an exchange or auction held there ("the Nairobi Coffee Exchange")."""
    return _INSTITUTION_AFTER.match(after) is not None


_CURRENCY_AFTER = re.compile(r"^\s+(?:currency|dollars?(?:\s+terms)?|cents?)\b", re.IGNORECASE)


def names_currency(after: str) -> bool:
    """Whether the words after a place make it a currency's name ("Measured in US currency", "in US dollar terms")."""
    return _CURRENCY_AFTER.match(after) is not None
